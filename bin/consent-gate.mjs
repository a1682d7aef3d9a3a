#!/usr/bin/env node
/**
 * consent-gate's command line, for marketing and CI:
 *   consent-gate validate <catalogue.json>...
 * checks each catalogue with the same validator the SDK runs (the rules of
 * catalog/schema.json plus the cross-references: services, categories in use),
 * prints every problem with its path, and exits 1 if any file is invalid; a
 * JSON Schema among the files (catalog/*.json holds schema.json) is skipped.
 *   consent-gate scan <url> [--pages N] [--out catalog.json]
 * drafts a catalogue from what a site really sets (bin/scan.mjs).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { isScanReport } from './scan-report.mjs';
import { formatProblem, parseCatalog } from '../dist/consent-gate.js';
// The service presets a catalogue may name (consent-gate/presets); a dist/ built without them validates as before.
const presets = await import('../dist/consent-gate-presets.js').then((m) => m.presets, () => undefined);

const USAGE = `Usage: consent-gate validate <catalogue.json>...
       consent-gate scan <url> [--pages N] [--out catalog.json] [--chromium PATH]

validate: checks catalogues against the rules consent-gate enforces at runtime.
  Exit status: 0 all valid, 1 a catalogue is invalid or unreadable, 2 wrong usage.
scan: visits a site accepting nothing, then all, and drafts its catalogue.`;

const [command, ...files] = process.argv.slice(2);
if (command === '--help' || command === '-h') {
  console.log(USAGE);
  process.exit(0);
}
if (command === 'scan') {
  const { main } = await import('./scan.mjs');
  process.exit(await main(files));
}
if (command !== 'validate' || files.length === 0) {
  console.error(USAGE);
  process.exit(2);
}

/** "1 service", "2 services". */
const count = (n, noun) => `${n} ${noun}${n === 1 ? '' : 's'}`;
/** A JSON Schema (catalog/schema.json, or any file whose `$schema` is a meta-schema) given with the catalogues, as `catalog/*.json` does. */
const isJsonSchema = (file, input) =>
  basename(file) === 'schema.json' || (typeof input?.$schema === 'string' && /^https?:\/\/json-schema\.org\//.test(input.$schema));

let failed = false;
for (const file of files) {
  let input;
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    // Not there, a folder, not readable: a problem of the file, not of its JSON.
    const reason = { ENOENT: 'no such file', EISDIR: 'it is a folder', EACCES: 'permission denied' }[error?.code];
    console.error(`✗ ${file}: cannot read it: ${reason ?? (error instanceof Error ? error.message : error)}`);
    failed = true;
    continue;
  }
  try {
    input = JSON.parse(text);
  } catch (error) {
    // Broken JSON (the message says where).
    console.error(`✗ ${file}: not valid JSON: ${error instanceof Error ? error.message : error}`);
    failed = true;
    continue;
  }
  if (isJsonSchema(file, input)) {
    console.log(`- ${file}: a JSON Schema, not a catalogue: skipped`);
    continue;
  }
  if (isScanReport(file, input)) {
    console.log(`- ${file}: a scan report (consent-gate scan), not a catalogue: skipped`);
    continue;
  }
  const result = parseCatalog(input, { presets });
  for (const warning of result.warnings) console.warn(`  warning: ${file}: ${warning}`);
  if (result.ok) {
    const { revision, enabled, services, cookies } = result.catalog;
    console.log(`✓ ${file}: valid (revision ${revision}; ${enabled.length === 1 ? 'category' : 'categories'} ${enabled.join(', ')}; ${count(services.length, 'service')}; ${count(cookies.length, 'cookie')})`);
  } else {
    failed = true;
    console.error(`✗ ${file}: ${count(result.problems.length, 'problem')}`);
    for (const problem of result.problems) console.error(`  ${formatProblem(problem)}`);
  }
}
process.exit(failed ? 1 : 0);
