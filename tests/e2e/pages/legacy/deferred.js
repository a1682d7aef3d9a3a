window.__order.push('deferred');
