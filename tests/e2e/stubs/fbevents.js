/* Stand-in for fbevents.js served by page.route: drains the snippet's queue,
   sets _fbp and sends each tracked event to facebook.com/tr as the real one does. */
(function () {
  var fbq = window.fbq;
  window.__trackers = (window.__trackers || []).concat('fbevents.js');
  document.cookie = '_fbp=fb.1.' + Date.now() + '.' + Math.floor(Math.random() * 1e9) + '; path=/; max-age=7776000';
  fbq.callMethod = function (command, a) {
    if (command === 'track') new Image().src = 'https://www.facebook.com/tr?ev=' + encodeURIComponent(a);
  };
  var queued = fbq.queue;
  fbq.queue = [];
  queued.forEach(function (args) { fbq.callMethod.apply(null, args); });
})();
