// @vitest-environment node
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';

/** `node scripts/serve.mjs …` until it prints its address or exits; its output and exit code. */
function serve(args: string[], env: Record<string, string> = {}): Promise<{ out: string; code: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/serve.mjs', ...args], { env: { ...process.env, ...env }, stdio: 'pipe' });
    let out = '';
    const read = (chunk: Buffer) => {
      out += chunk;
      if (/demo: http/.test(out)) child.kill();
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => resolve({ out, code }));
  });
}

let blocker: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (blocker ? blocker.close(() => resolve()) : resolve())));
/** Some other program holding a port on 127.0.0.1 (or on ::1 alone, as dev servers bound to `localhost` often do). */
async function takenPort(host = '127.0.0.1'): Promise<number> {
  blocker = createServer((_req, res) => res.end('another app'));
  await new Promise<void>((resolve) => blocker!.listen(0, host, resolve));
  return (blocker.address() as { port: number }).port;
}

describe('npm start (scripts/serve.mjs) on a port that is taken', () => {
  it('says so in one line and serves on the next free port (PORT)', { timeout: 30_000 }, async () => {
    const port = await takenPort();
    const { out } = await serve([], { PORT: String(port) });
    expect(out).not.toMatch(/EADDRINUSE|\n\s+at /);
    expect(out).toMatch(new RegExp(`^port ${port} is in use; trying ${port + 1}\\n`));
    expect(out).toMatch(/consent-gate demo: http:\/\/localhost:\d+\//);
  });

  it('counts a port held on ::1 only as taken: the printed localhost URL must reach the demo, not the other app', { timeout: 30_000 }, async () => {
    const port = await takenPort('::1');
    const { out } = await serve([], { PORT: String(port) });
    expect(out).toMatch(new RegExp(`^port ${port} is in use; trying ${port + 1}\\n`));
    expect(out).toMatch(new RegExp(`consent-gate demo: http://localhost:${port + 1}/`));
  });

  it('with --port, a port it was told to take, stops with one line and exit status 1', { timeout: 30_000 }, async () => {
    const port = await takenPort();
    const { out, code } = await serve(['--port', String(port)]);
    expect(code).toBe(1);
    expect(out).toBe(`✗ port ${port} is in use (--port ${port}): stop what holds it or pass another port\n`);
  });
});
