window.__order.push('nomodule fallback');
