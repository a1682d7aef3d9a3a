/* Stand-in for matomo.js. Like Matomo's tracker it applies some commands first (requireConsent,
   requireCookieConsent, setTrackerUrl, setSiteId, setConsentGiven, setCookieConsentGiven, ... as its
   applyFirst list does), then the rest of _paq in order, then replaces _paq with an object whose push runs at
   once. With requireConsent, tracking requests wait until setConsentGiven and are sent then; after
   forgetConsentGiven nothing is sent. With requireCookieConsent, requests are sent but the _pk_id cookie is set
   only once cookie consent is given, and deleted when it is taken back. */
(function () {
  var log = window.__vendorStub.log, show = window.__vendorStub.show, beacon = window.__vendorStub.beacon;
  var applyFirst = ['requireCookieConsent', 'forgetCookieConsentGiven', 'setTrackerUrl', 'setSiteId', 'setCookieConsentGiven', 'requireConsent', 'setConsentGiven'];
  var trackerUrl = '';
  var consentRequired = false, consentGiven = false, cookieConsentRequired = false, cookieConsentGiven = false;
  var waiting = [];
  var send = function (action) {
    if (consentRequired && !consentGiven) return void waiting.push(action);
    if (!cookieConsentRequired || cookieConsentGiven || (consentRequired && consentGiven)) document.cookie = '_pk_id.1.stub=stub; path=/; max-age=33696000';
    beacon(trackerUrl + '?action=' + action);
  };
  var run = function (command) {
    var method = command[0];
    log('matomo ' + show(command));
    if (method === 'setTrackerUrl') trackerUrl = command[1];
    else if (method === 'requireConsent') consentRequired = true;
    else if (method === 'setConsentGiven') { consentGiven = true; waiting.splice(0).forEach(send); }
    else if (method === 'forgetConsentGiven') { consentGiven = false; waiting = []; document.cookie = '_pk_id.1.stub=; path=/; max-age=0'; }
    else if (method === 'requireCookieConsent') cookieConsentRequired = true;
    else if (method === 'setCookieConsentGiven') { cookieConsentGiven = true; document.cookie = '_pk_id.1.stub=stub; path=/; max-age=33696000'; }
    else if (method === 'forgetCookieConsentGiven') { cookieConsentGiven = false; document.cookie = '_pk_id.1.stub=; path=/; max-age=0'; }
    else if (method === 'trackPageView') send('pageview');
    else if (method === 'trackEvent') send('event');
  };
  var queue = window._paq || [];
  queue.filter(function (c) { return applyFirst.indexOf(c[0]) >= 0; }).forEach(run);
  queue.filter(function (c) { return applyFirst.indexOf(c[0]) < 0; }).forEach(run);
  window._paq = { push: function () { Array.prototype.forEach.call(arguments, run); } };
})();
