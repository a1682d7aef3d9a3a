/* Stand-in for gtag.js served by page.route: behaves like the real tag where
   the tests look (cookies _ga and _ga_<id>, a hit to google-analytics.com). */
(function () {
  var id = new URL(document.currentScript.src).searchParams.get('id') || 'G-TEST';
  var now = Math.floor(Date.now() / 1000);
  document.cookie = '_ga=GA1.1.' + Math.floor(Math.random() * 1e9) + '.' + now + '; path=/; max-age=34560000';
  document.cookie = '_ga_' + id.replace(/^G-/, '') + '=GS1.1.' + now + '; path=/; max-age=34560000';
  window.__trackers = (window.__trackers || []).concat('gtag.js');
  var commands = (window.dataLayer || []).length;
  fetch('https://www.google-analytics.com/g/collect?v=2&tid=' + id + '&commands=' + commands, { method: 'POST', mode: 'no-cors' });
})();
