// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';

const load = async () => {
  vi.resetModules();
  const { default: config } = await import('../playwright.config');
  return { config, webServer: Array.isArray(config.webServer) ? config.webServer[0] : config.webServer };
};

describe('the real-browser suite (playwright.config.ts)', () => {
  it('never tests a server it did not start, on a free port of its own that its workers inherit', async () => {
    vi.stubEnv('CG_TEST_PORT', '');
    const { config, webServer } = await load();
    expect(webServer?.reuseExistingServer).toBe(false);
    const port = process.env.CG_TEST_PORT!;
    expect(Number(port)).toBeGreaterThan(0);
    // 4173 is Vite preview's default: another app may be there.
    expect(port).not.toBe('4173');
    expect(config.use?.baseURL).toBe(`http://127.0.0.1:${port}`);
    expect(webServer?.command).toBe(`node scripts/serve.mjs --port ${port} --test-pages`);
    // A worker loads the config again with the runner's environment: the same port.
    expect((await load()).config.use?.baseURL).toBe(`http://127.0.0.1:${port}`);
    vi.unstubAllEnvs();
  });

  it('takes CG_TEST_PORT', async () => {
    vi.stubEnv('CG_TEST_PORT', '4261');
    expect((await load()).config.use?.baseURL).toBe('http://127.0.0.1:4261');
    vi.unstubAllEnvs();
  });
});
