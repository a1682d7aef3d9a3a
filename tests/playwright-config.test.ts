// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';

describe('the real-browser suite (playwright.config.ts)', () => {
  it('never tests a server it did not start, and listens on a port of its own unless CG_TEST_PORT says otherwise', async () => {
    vi.resetModules();
    vi.stubEnv('CG_TEST_PORT', '');
    const { default: config } = await import('../playwright.config');
    const webServer = Array.isArray(config.webServer) ? config.webServer[0] : config.webServer;
    expect(webServer?.reuseExistingServer).toBe(false);
    // 4173 is Vite preview's default: another app may be there.
    expect(config.use?.baseURL).toBe('http://127.0.0.1:4319');
    expect(webServer?.command).toBe('node scripts/serve.mjs --port 4319 --test-pages');
    vi.unstubAllEnvs();
  });

  it('takes CG_TEST_PORT, so two checkouts can run side by side', async () => {
    vi.resetModules();
    vi.stubEnv('CG_TEST_PORT', '4261');
    const { default: config } = await import('../playwright.config');
    expect(config.use?.baseURL).toBe('http://127.0.0.1:4261');
    vi.unstubAllEnvs();
  });
});
