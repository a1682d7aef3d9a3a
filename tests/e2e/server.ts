/** The local test server (scripts/serve.mjs --test-pages), shared by the config and the fixtures. */
/** CG_TEST_PORT lets two checkouts run their suites side by side without sharing a server. */
export const PORT = Number(process.env.CG_TEST_PORT) || 4173;
export const BASE_URL = `http://127.0.0.1:${PORT}`;
