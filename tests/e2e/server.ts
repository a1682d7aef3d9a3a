/** The local test server (scripts/serve.mjs --test-pages), shared by the config and the fixtures. */
/**
 * A port of the suite's own, not 4173 (Vite preview's default), where another app may well be running;
 * CG_TEST_PORT lets two checkouts run their suites side by side without sharing a server.
 */
export const DEFAULT_TEST_PORT = 4319;
export const PORT = Number(process.env.CG_TEST_PORT) || DEFAULT_TEST_PORT;
export const BASE_URL = `http://127.0.0.1:${PORT}`;
