/* Demo only, not part of the SDK: a panel at the foot of each sample page
   showing what consent-gate did (the consent, which gated scripts ran and
   which wait, the cookies, what was sent to dataLayer), the switch that
   loads the real tracker URLs instead of the local stand-ins, and the
   banner's language, theme and layout to try: each a demo cookie that the
   demo server (scripts/serve.mjs) reads, giving the loader's tag
   data-language and its catalogue the appearance, as a site owner would. */
(function () {
  var SWITCH_COOKIE = 'demo_trackers';
  var real = new RegExp('(^|; )' + SWITCH_COOKIE + '=real(;|$)').test(document.cookie);

  function el(tag, props, children) {
    var node = Object.assign(document.createElement(tag), props || {});
    (children || []).forEach(function (child) { node.append(child); });
    return node;
  }
  var out = {};
  function row(term, key, tag) {
    out[key] = el(tag || 'div', { className: 'demo-out' });
    out[key].dataset.out = key;
    return [el('dt', { textContent: term }), el('dd', {}, [out[key]])];
  }
  var toggle = el('input', { type: 'checkbox', checked: real });
  toggle.setAttribute('role', 'switch');
  toggle.addEventListener('change', function () {
    document.cookie = SWITCH_COOKIE + '=' + (toggle.checked ? 'real; max-age=86400' : '; max-age=0') + '; path=/; samesite=lax';
    location.reload();
  });
  function demoCookie(name) {
    var match = new RegExp('(^|; )demo_' + name + '=([a-z-]+)').exec(document.cookie);
    return match ? match[2] : '';
  }
  /** A select that sets a demo cookie (empty: as the site is wired) and loads the page again with it. */
  function choice(name, label, options) {
    var id = 'demo-' + name;
    var input = el('select', { id: id }, options.map(function (o) {
      return el('option', { value: o[0], textContent: o[1], selected: o[0] === demoCookie(name) });
    }));
    input.addEventListener('change', function () {
      document.cookie = 'demo_' + name + '=' + (input.value ? input.value + '; max-age=86400' : '; max-age=0') + '; path=/; samesite=lax';
      location.reload();
    });
    return el('div', { className: 'demo-choice' }, [el('label', { htmlFor: id, textContent: label }), input]);
  }
  var again = el('button', { type: 'button', textContent: 'Show the banner again' });
  again.addEventListener('click', function () {
    // A new visitor: the consent cookie gone, the page loaded again.
    document.cookie = 'cg_consent=; max-age=0; path=/';
    location.reload();
  });
  var tryOut = el('fieldset', { className: 'demo-try' }, [
    el('legend', { textContent: 'Try the banner (demo only: sets a cookie and reloads)' }),
    choice('language', 'Banner speaks', [['', 'the page\'s language'], ['en', 'English'], ['de', 'Deutsch'], ['fr', 'Français'], ['es', 'Español'], ['it', 'Italiano'], ['nl', 'Nederlands'], ['pt', 'Português'], ['ar', 'العربية (Arabic)']]),
    choice('theme', 'Theme', [['', 'as the catalogue says'], ['light', 'light'], ['dark', 'dark'], ['auto', 'auto (follows the system)']]),
    choice('layout', 'Layout', [['', 'as the catalogue says'], ['bar', 'bar along the bottom'], ['box', 'box in the corner'], ['wall', 'wall (blocks the page)']]),
    choice('region', 'Visitor from', [['', 'as the page says'], ['de', 'Germany (DE)'], ['gb', 'United Kingdom (GB)'], ['us-ca', 'California (US-CA)'], ['us-tx', 'Texas (US-TX)'], ['unknown', 'unknown region']]),
    choice('gpc', 'Global Privacy Control', [['', 'off'], ['on', 'on']]),
    again,
  ]);
  var panel = el('aside', { id: 'demo-panel' }, [
    el('h2', { id: 'demo-panel-title', textContent: 'What consent-gate did' }),
    el('dl', {}, [].concat(
      row('Consent', 'consent'),
      row('Gated scripts', 'scripts', 'ul'),
      row('Cookies', 'cookies'),
      row('Sent to dataLayer', 'datalayer', 'ol'),
      row('Sent to the Meta Pixel', 'pixel', 'ol'),
    )),
    el('label', { className: 'switch-label' }, [toggle, ' Real tracker URLs (googletagmanager.com, connect.facebook.net; needs the internet)']),
    tryOut,
  ]);
  panel.setAttribute('aria-labelledby', 'demo-panel-title');
  (document.querySelector('footer') || document.body).before(panel);

  /** A dataLayer entry as the page wrote it: gtag(…) for the arguments gtag() pushes, else the object. */
  function entry(item) {
    function value(v) { return v instanceof Date ? 'new Date()' : JSON.stringify(v); }
    return Object.prototype.toString.call(item) === '[object Arguments]'
      ? 'gtag(' + Array.prototype.map.call(item, value).join(', ') + ')'
      : value(item);
  }
  function script(node) {
    var what = node.getAttribute('data-service') || node.getAttribute('data-category');
    var src = node.getAttribute('data-src') || node.getAttribute('src');
    var where = src ? new URL(src, location.href).host + new URL(src, location.href).pathname : 'inline snippet';
    var waits = node.type === 'text/plain';
    return what + ' (' + node.getAttribute('data-category') + '): ' + where + (waits ? ', waits for consent' : ', ran');
  }
  function list(target, lines, empty) {
    var text = lines.join('\n') || empty;
    if (target.dataset.text === text) return; // unchanged: keep the DOM (and a screen reader) quiet
    target.dataset.text = text;
    target.replaceChildren.apply(target, lines.length ? lines.map(function (line) { return el('li', { textContent: line }); }) : [el('li', { textContent: empty })]);
  }
  function render() {
    var consent = window.ConsentGate && window.ConsentGate.getConsent();
    var text = consent ? 'granted: ' + (consent.granted.join(', ') || 'nothing optional') : 'no choice yet: nothing optional granted';
    // With jurisdictions: the rule that applied, and which grants are the model's default rather than a choice.
    if (consent && consent.jurisdiction) text += ' · jurisdiction ' + consent.jurisdiction + ' (' + consent.model + ')' + (consent.byDefault ? ', by default: ' + consent.byDefault.join(', ') : '');
    if (out.consent.textContent !== text) out.consent.textContent = text;
    list(out.scripts, Array.prototype.map.call(document.querySelectorAll('script[data-category]'), script), '(none on this page)');
    var cookies = document.cookie ? document.cookie.split('; ').map(function (c) { return c.split('=')[0]; }).sort().join(', ') : '(none)';
    if (out.cookies.textContent !== cookies) out.cookies.textContent = cookies;
    list(out.datalayer, (window.dataLayer || []).map(entry), '(nothing)');
    // The stand-in keeps the Pixel's calls; the real fbevents.js shows them in the browser's network panel.
    list(out.pixel, window.demoPixelCalls || [], window.fbq && !window.demoPixelCalls ? '(the real fbevents.js: see the network panel)' : '(nothing)');
  }
  document.addEventListener('consent-gate:change', function () { setTimeout(render, 50); });
  setInterval(render, 500);
  render();
})();
