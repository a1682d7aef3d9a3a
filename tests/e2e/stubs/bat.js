/* Stand-in for https://bat.bing.com/bat.js. The UET snippet calls new UET({ q: uetq, ... }) once this has loaded:
   like bat.js it reads the flat queue in order ('consent', kind, values is one command; 'pageLoad' one; 'event',
   name, values one), then takes pushes directly. A pageLoad or event is a hit to bat.bing.com/action/0 with the
   ad_storage it holds (asc=G granted, D denied); _uetsid is set only while ad_storage is granted. */
(function () {
  var log = window.__vendorStub.log, show = window.__vendorStub.show, beacon = window.__vendorStub.beacon;
  window.UET = function (o) {
    var adStorage = 'unset';
    var one = function (items, i) {
      var name = items[i];
      if (name === 'consent' || name === 'event') {
        log('uet ' + show(items.slice(i, i + 3)));
        if (name === 'consent') {
          adStorage = items[i + 2] && items[i + 2].ad_storage;
          document.cookie = adStorage === 'granted' ? '_uetsid=stub; path=/; max-age=86400' : '_uetsid=; path=/; max-age=0';
        } else beacon('https://bat.bing.com/action/0?ti=' + o.ti + '&evt=custom&asc=' + (adStorage === 'granted' ? 'G' : 'D'));
        return i + 3;
      }
      log('uet ' + name);
      if (name === 'pageLoad') beacon('https://bat.bing.com/action/0?ti=' + o.ti + '&evt=pageLoad&asc=' + (adStorage === 'granted' ? 'G' : 'D'));
      return i + 1;
    };
    var items = Array.prototype.slice.call(o.q || []);
    for (var i = 0; i < items.length; ) i = one(items, i);
    this.push = function () {
      var args = Array.prototype.slice.call(arguments);
      for (var j = 0; j < args.length; ) j = one(args, j);
    };
  };
})();
