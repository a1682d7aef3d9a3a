/* Offline stand-in for https://www.googletagmanager.com/gtag/js: sets the
   cookies the real gtag.js sets (_ga, _ga_<id>). The demo panel shows that it
   ran and what the page sent to dataLayer. */
(function () {
  var src = document.currentScript && document.currentScript.src;
  var id = (src && new URL(src).searchParams.get('id')) || 'G-DEMO';
  var now = Math.floor(Date.now() / 1000);
  var year = 400 * 24 * 3600;
  document.cookie = '_ga=GA1.1.' + Math.floor(Math.random() * 1e9) + '.' + now + '; path=/; max-age=' + year + '; samesite=lax';
  document.cookie = '_ga_' + id.replace(/^G-/, '') + '=GS1.1.' + now + '.1.0.' + now + '; path=/; max-age=' + year + '; samesite=lax';
})();
