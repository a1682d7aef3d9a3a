/* Stand-in for https://www.clarity.ms/tag/<id>, served by page.route. Like clarity.js it runs the snippet's
   queue (clarity.q, arguments objects) in order, then takes over window.clarity. consentv2 sets what it may
   store: analytics_Storage granted sets _clck, denied deletes it (Clarity erases its cookies on a denial).
   It uploads to z.clarity.ms with the consent it holds; every command goes to the vendor log. */
(function () {
  var log = window.__vendorStub.log, show = window.__vendorStub.show, beacon = window.__vendorStub.beacon;
  var analytics = 'unset';
  var run = function (args) {
    log('clarity ' + show(args));
    if (args[0] !== 'consentv2') return;
    analytics = args[1] && args[1].analytics_Storage;
    document.cookie = analytics === 'granted' ? '_clck=stub; path=/; max-age=31536000' : '_clck=; path=/; max-age=0';
  };
  var queued = (window.clarity && window.clarity.q) || [];
  window.clarity = function () { run(arguments); };
  queued.forEach(run);
  beacon('https://z.clarity.ms/collect?analytics_Storage=' + analytics);
})();
