/** The local test server (scripts/serve.mjs --test-pages), shared by the config and the fixtures. */
export const PORT = 4173;
export const BASE_URL = `http://127.0.0.1:${PORT}`;
