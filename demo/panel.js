/* Demo only: shows which gated scripts ran, the cookies on the page and the
   consent, so a visitor can see the gate work. Not part of the SDK. */
(function () {
  var panel = document.getElementById('demo-panel');
  if (!panel) return;
  function render() {
    var consent = window.ConsentGate && window.ConsentGate.getConsent();
    panel.querySelector('[data-out="consent"]').textContent = consent ? consent.granted.join(', ') : 'no choice yet (nothing optional granted)';
    panel.querySelector('[data-out="cookies"]').textContent = document.cookie ? document.cookie.split('; ').map(function (c) { return c.split('=')[0]; }).join(', ') : '(none)';
    panel.querySelector('[data-out="log"]').textContent = (window.demoLog || []).join('\n') || '(nothing ran)';
  }
  document.addEventListener('consent-gate:change', function () { setTimeout(render, 50); });
  setInterval(render, 1000);
  render();
})();
