/* Stand-in for gtag.js served by page.route: behaves like the real tag where
   the tests look (cookies _ga and _ga_<id>, a hit to google-analytics.com).
   Like the real one it processes dataLayer from the start, in order, and then
   takes over dataLayer.push, so later commands are processed as they come.
   window.__gtagCommands records each gtag command it processed ("consent default",
   "js", "config G-TEST", ...); window.__gtagBeforeDefault those of them (js,
   config, event) that read consent before any consent default was set, which
   Google's tag diagnostics report. */
(function () {
  var id = new URL(document.currentScript.src).searchParams.get('id') || 'G-TEST';
  var now = Math.floor(Date.now() / 1000);
  document.cookie = '_ga=GA1.1.' + Math.floor(Math.random() * 1e9) + '.' + now + '; path=/; max-age=34560000';
  document.cookie = '_ga_' + id.replace(/^G-/, '') + '=GS1.1.' + now + '; path=/; max-age=34560000';
  window.__trackers = (window.__trackers || []).concat('gtag.js');
  var dataLayer = (window.dataLayer = window.dataLayer || []);
  var commands = (window.__gtagCommands = window.__gtagCommands || []);
  var early = (window.__gtagBeforeDefault = window.__gtagBeforeDefault || []);
  var defaulted = false;
  var see = function (entry) {
    // gtag() pushes `arguments` objects; other entries are Tag Manager's data and events.
    if (Object.prototype.toString.call(entry) !== '[object Arguments]') return;
    var name = entry[0] === 'consent' || entry[0] === 'set' ? entry[0] + ' ' + entry[1] : entry[0] + (typeof entry[1] === 'string' ? ' ' + entry[1] : '');
    commands.push(name);
    if (name === 'consent default') defaulted = true;
    else if (!defaulted && (entry[0] === 'js' || entry[0] === 'config' || entry[0] === 'event')) early.push(name);
  };
  var count = dataLayer.length;
  for (var i = 0; i < dataLayer.length; i++) see(dataLayer[i]);
  var push = dataLayer.push;
  dataLayer.push = function () {
    for (var j = 0; j < arguments.length; j++) see(arguments[j]);
    return push.apply(dataLayer, arguments);
  };
  fetch('https://www.google-analytics.com/g/collect?v=2&tid=' + id + '&commands=' + count, { method: 'POST', mode: 'no-cors' });
})();
