/* Stand-in for https://us-assets.i.posthog.com/static/array.js. Like posthog-js it inits from the snippet
   (posthog._i), runs the snippet's queued calls right after init (captures last, as _execute_array orders
   them), then sends the first $pageview on a timer, only if not opted out at that time; window.posthog becomes
   the loaded instance (__loaded). opt_in_capturing captures $opt_in unless { captureEventName: false }.
   Each capture is a hit to us.i.posthog.com/e/. */
(function () {
  var log = window.__vendorStub.log, show = window.__vendorStub.show, beacon = window.__vendorStub.beacon;
  var snippet = window.posthog;
  if (!snippet || snippet.__loaded) return;
  var optedOut = false;
  var host = snippet._i && snippet._i[0] && snippet._i[0][1].api_host;
  var instance = {
    __loaded: true,
    capture: function (event) {
      log('posthog capture ' + event + (optedOut ? ' (dropped: opted out)' : ''));
      if (!optedOut) beacon(host + '/e/?event=' + encodeURIComponent(event));
    },
    opt_out_capturing: function () { log('posthog opt_out_capturing'); optedOut = true; },
    opt_in_capturing: function (options) {
      log('posthog opt_in_capturing' + (options ? ' ' + JSON.stringify(options) : ''));
      optedOut = false;
      if (!(options && options.captureEventName === false)) instance.capture('$opt_in');
    },
  };
  log('posthog init');
  var calls = Array.prototype.slice.call(snippet).filter(Array.isArray);
  var captures = calls.filter(function (c) { return c[0] === 'capture'; });
  calls.filter(function (c) { return c[0] !== 'capture'; }).concat(captures).forEach(function (c) {
    if (instance[c[0]]) instance[c[0]].apply(instance, c.slice(1));
    else log('posthog ' + c[0]);
  });
  window.posthog = instance;
  setTimeout(function () { if (!optedOut) instance.capture('$pageview'); else log('posthog $pageview not sent: opted out'); }, 1);
})();
