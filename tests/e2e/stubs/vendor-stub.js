/* What the vendor stand-ins share, served in front of each (tests/scenarios/network.ts): the vendor log, every
   command a stand-in processes, in order, kept in sessionStorage across the reload a revocation sets off. */
window.__vendorStub = window.__vendorStub || {
  log: function (entry) {
    var all = JSON.parse(sessionStorage.getItem('vendor-log') || '[]');
    all.push(entry);
    sessionStorage.setItem('vendor-log', JSON.stringify(all));
  },
  show: function (args) {
    return Array.prototype.map.call(args, function (a) { return typeof a === 'string' ? a : JSON.stringify(a); }).join(' ');
  },
  beacon: function (url) { new Image().src = url; },
};
