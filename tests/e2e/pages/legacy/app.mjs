window.__order.push('module');
