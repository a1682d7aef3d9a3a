import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/preact';

// Every test starts from an empty page without cookies, as a first visit would.
afterEach(() => {
  // A test of Node-side code (// @vitest-environment node) has no page to clean.
  if (typeof document === 'undefined') return;
  cleanup();
  for (const pair of document.cookie.split(';')) {
    const name = pair.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  }
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});
