/* Offline stand-in for https://connect.facebook.net/en_US/fbevents.js: takes
   over the queue of the standard Pixel snippet, sets _fbp and keeps the calls
   (window.demoPixelCalls) for the demo panel. */
(function () {
  var fbq = window.fbq;
  var log = (window.demoPixelCalls = []);
  if (!fbq) return;
  fbq.callMethod = function () {
    log.push('fbq(' + Array.prototype.map.call(arguments, function (a) { return JSON.stringify(a); }).join(', ') + ')');
  };
  var queued = fbq.queue || [];
  fbq.queue = [];
  queued.forEach(function (args) { fbq.callMethod.apply(null, args); });
  document.cookie = '_fbp=fb.1.' + Date.now() + '.' + Math.floor(Math.random() * 1e9) + '; path=/; max-age=' + 90 * 24 * 3600 + '; samesite=lax';
})();
