#!/usr/bin/env node
/**
 * The README's benchmark table, generated: rewrites what stands between
 * <!-- bench:start --> and <!-- bench:end --> in README.md's "## Benchmark" section
 * from a bench report. bench/run.mjs calls it at the end of a run; on its own,
 * `node bench/readme.mjs` rewrites the table from bench-results/latest.json.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const README = new URL('../README.md', import.meta.url);
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/**
 * The results as a markdown table: medians (p90) per SDK and consent-gate's ratio to
 * each peer's median, then the correctness verdicts.
 */
export function markdown({ date, machine, commit, runs, acceptToNextFrameMethod, results }) {
  const fmt = {
    ms: (v) => `${v.toFixed(v < 10 ? 1 : 0)} ms`,
    kB: (v) => `${(v / 1000).toFixed(1)} kB`,
    cls: (v) => v.toFixed(3),
  };
  const rows = [
    ['Time to banner', 'timeToBannerMs', fmt.ms, true],
    ['Bytes, first visit', 'firstVisitBytes', fmt.kB, true],
    ['Bytes, returning visit', 'returningBytes', fmt.kB, true],
    ['Script, first visit (over no-SDK page)', 'firstVisitScriptOverNoSdkMs', fmt.ms, true],
    ['Script, returning visit (over trackers-only page)', 'returningScriptOverTrackersOnlyMs', fmt.ms, true],
    ['Accept all → next frame', 'acceptToNextFrameMs', fmt.ms, true],
    ['Customize → dialog visible', 'customizeToDialogMs', fmt.ms, true],
    ['Cumulative layout shift', 'cls', fmt.cls, false],
  ];
  const sdks = Object.keys(results);
  // consent-gate in each set-up measured (catalogue inline; "consent-gate (data-catalog)" at a URL), against each peer.
  const ours = sdks.filter((s) => s.startsWith('consent-gate'));
  const peers = sdks.filter((s) => !ours.includes(s));
  const pairs = ours.flatMap((o) => peers.map((p) => [o, p]));
  const lines = [
    `Measured ${date.slice(0, 10)} on ${machine}, commit ${commit}; ${runs} samples per SDK, median (p90).`,
    '',
    `| figure | ${sdks.join(' | ')} | ${pairs.map(([o, p]) => `${o} ÷ ${p}`).join(' | ')} |`,
    `| --- | ${sdks.map(() => '---').join(' | ')} | ${pairs.map(() => '---').join(' | ')} |`,
  ];
  // A report from before a figure existed has no row for it.
  for (const [label, key, f, ratio] of rows.filter(([, key]) => results['consent-gate'][key])) {
    const cells = sdks.map((s) => (results[s][key] ? `${f(results[s][key].median)} (${f(results[s][key].p90)})` : '—'));
    const ratios = pairs.map(([o, p]) => (ratio && results[o][key] && results[p][key]?.median > 0 ? (results[o][key].median / results[p][key].median).toFixed(2) : '—'));
    lines.push(`| ${label} | ${cells.join(' | ')} | ${ratios.join(' | ')} |`);
  }
  const checks = sdks.map((s) => `${s}: ${Object.values(results[s].correct).every(Boolean) ? 'all correctness checks pass' : 'FAILS ' + JSON.stringify(results[s].correct)}`);
  if (acceptToNextFrameMethod) lines.push('', `"Accept all → next frame": ${acceptToNextFrameMethod}.`);
  lines.push('', ...checks);
  return lines.join('\n');
}


/** Puts the report's table between the markers; fails loudly if they are missing, rather than appending. */
export async function updateReadme(report) {
  const readme = await readFile(README, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} block to rewrite`);
  const next = `${readme.slice(0, start + START.length)}\n${markdown(report)}\n${readme.slice(end)}`;
  if (next !== readme) await writeFile(README, next);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await updateReadme(JSON.parse(await readFile(new URL('../bench-results/latest.json', import.meta.url), 'utf8')));
}
