/* Stand-in for https://us-assets.i.posthog.com/static/array.js. Like posthog-js it inits from the snippet
   (posthog._i), runs the snippet's queued calls right after init (captures last, as _execute_array orders
   them), then sends the first $pageview on a timer, only if not opted out at that time; window.posthog becomes
   the loaded instance (__loaded). opt_in_capturing captures $opt_in unless { captureEventName: false }.
   The opt-in state is kept in localStorage under __ph_opt_in_out_<token> ('1' or '0'), read afresh on each
   use, as posthog-js's ConsentManager keeps it (opt_out_capturing_persistence_type 'localStorage'), so
   every tab of the site shares it.
   Each capture is a hit to us.i.posthog.com/e/. */
(function () {
  var log = window.__vendorStub.log, show = window.__vendorStub.show, beacon = window.__vendorStub.beacon;
  var snippet = window.posthog;
  if (!snippet || snippet.__loaded) return;
  var host = snippet._i && snippet._i[0] && snippet._i[0][1].api_host;
  var key = '__ph_opt_in_out_' + (snippet._i && snippet._i[0] && snippet._i[0][0]);
  var stored = function () { return localStorage.getItem(key); };
  var optedOut = function () { return stored() === '0'; };
  var instance = {
    __loaded: true,
    capture: function (event) {
      log('posthog capture ' + event + (optedOut() ? ' (dropped: opted out)' : ''));
      if (!optedOut()) beacon(host + '/e/?event=' + encodeURIComponent(event));
    },
    opt_out_capturing: function () { log('posthog opt_out_capturing'); localStorage.setItem(key, '0'); },
    opt_in_capturing: function (options) {
      log('posthog opt_in_capturing' + (options ? ' ' + JSON.stringify(options) : ''));
      localStorage.setItem(key, '1');
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
  setTimeout(function () { if (!optedOut()) instance.capture('$pageview'); else log('posthog $pageview not sent: opted out'); }, 1);
})();
