#!/usr/bin/env node
/**
 * The build targets ES2020 (vite.config.ts `build.target`); this checks the claim on what ships:
 * every dist/*.js must parse as ES2020 (acorn, ecmaVersion 2020, regular expressions included),
 * so nothing newer (`??=`, class fields, top-level await, regex /d …) slipped in through a
 * dependency or a minifier. Files with import/export are parsed as modules, the others as the
 * classic scripts a <script> tag loads. Exit status 1 names each file, line and column.
 * Usage: node scripts/check-es2020.mjs [dir]   (default dist/)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'acorn';

const dir = resolve(process.argv[2] ?? 'dist');
const files = readdirSync(dir).filter((name) => name.endsWith('.js')).sort();
if (files.length === 0) {
  console.error(`check-es2020: no .js file in ${dir} (run npm run build first)`);
  process.exit(1);
}

const failures = [];
let modules = 0;
for (const name of files) {
  const code = readFileSync(join(dir, name), 'utf8');
  const attempt = (sourceType) => parse(code, { ecmaVersion: 2020, sourceType, allowHashBang: true });
  try {
    try {
      attempt('script');
    } catch (error) {
      // Only import/export (or import.meta) make it a module; any other error stands.
      if (!/sourceType: module|outside a module/.test(error.message)) throw error;
      attempt('module');
      modules++;
    }
  } catch (error) {
    failures.push(`${name}:${error.loc?.line}:${error.loc?.column}: ${error.message.replace(/ \(\d+:\d+\)$/, '')}`);
  }
}

if (failures.length) {
  console.error(`check-es2020: ${failures.length} of ${files.length} files in ${dir} do not parse as ES2020:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-es2020: ${files.length} files parse as ES2020 (${files.length - modules} scripts, ${modules} modules)`);
