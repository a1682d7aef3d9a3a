/* Stand-in for https://analytics.tiktok.com/i18n/pixel/events.js. Like events.js it runs the snippet's queue
   (ttq, arrays [method, ...args]) in order, then replaces ttq with its loaded object. After holdConsent,
   events wait; grantConsent sends those held and lets later ones through; revokeConsent drops them and sends
   nothing more. Each event sent is a hit to analytics.tiktok.com/api/v2/pixel. */
(function () {
  var log = window.__vendorStub.log, show = window.__vendorStub.show, beacon = window.__vendorStub.beacon;
  var name = window.TiktokAnalyticsObject || 'ttq';
  var queue = window[name] || [];
  var state = 'none';
  var held = [];
  var send = function (event) { beacon('https://analytics.tiktok.com/api/v2/pixel?event=' + encodeURIComponent(event)); };
  var run = function (command) {
    var method = command[0];
    log('ttq ' + show(command));
    if (method === 'holdConsent') state = 'held';
    else if (method === 'grantConsent') { state = 'granted'; held.splice(0).forEach(send); }
    else if (method === 'revokeConsent') { state = 'revoked'; held = []; }
    else if (method === 'page' || method === 'track') {
      var event = method === 'page' ? 'Pageview' : command[1];
      if (state === 'held') held.push(event);
      else if (state !== 'revoked') send(event);
    }
  };
  var loaded = { methods: queue.methods || [] };
  loaded.methods.forEach(function (method) {
    loaded[method] = function () { run([method].concat(Array.prototype.slice.call(arguments))); };
  });
  loaded.push = function (command) { run(command); };
  for (var i = 0; i < queue.length; i++) if (Array.isArray(queue[i])) run(queue[i]);
  window[name] = loaded;
})();
