/** The local test server (scripts/serve.mjs --test-pages), shared by the config and the fixtures. */
import { execFileSync } from 'node:child_process';

/**
 * A port of this run's own: CG_TEST_PORT, else one that is free now, picked
 * once by the runner and handed to its workers through CG_TEST_PORT (they
 * inherit its environment), so that two `npm test` runs side by side never
 * meet, and never one on 4173 (Vite preview's default) where another app may
 * be running. The config never reuses a server it did not start.
 */
export const PORT = Number((process.env.CG_TEST_PORT ||= String(freePort())));
export const BASE_URL = `http://127.0.0.1:${PORT}`;

/** A port the system says is free (a listen on port 0), asked of a child so this module stays synchronous. */
function freePort(): number {
  const listen = "const s = require('net').createServer().listen(0, '127.0.0.1', () => { process.stdout.write(String(s.address().port)); s.close(); });";
  return Number(execFileSync(process.execPath, ['-e', listen], { encoding: 'utf8' }));
}
