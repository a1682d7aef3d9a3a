/* Stand-in for fbevents.js served by page.route: drains the snippet's queue,
   sets _fbp and sends each tracked event to facebook.com/tr as the real one does.
   Like the real Pixel, fbq('consent', 'revoke') holds events back and
   fbq('consent', 'grant') releases them; window.__fbqCommands records every
   command in the order the Pixel saw them. */
(function () {
  var fbq = window.fbq;
  var revoked = false;
  var held = [];
  var send = function (event) { new Image().src = 'https://www.facebook.com/tr?ev=' + encodeURIComponent(event); };
  window.__trackers = (window.__trackers || []).concat('fbevents.js');
  window.__fbqCommands = window.__fbqCommands || [];
  document.cookie = '_fbp=fb.1.' + Date.now() + '.' + Math.floor(Math.random() * 1e9) + '; path=/; max-age=7776000';
  fbq.callMethod = function (command, a) {
    window.__fbqCommands.push(command + ':' + a);
    if (command === 'consent') {
      revoked = a === 'revoke';
      if (!revoked) held.splice(0).forEach(send);
    } else if (command === 'track') {
      if (revoked) held.push(a);
      else send(a);
    }
  };
  var queued = fbq.queue;
  fbq.queue = [];
  queued.forEach(function (args) { fbq.callMethod.apply(null, args); });
})();
