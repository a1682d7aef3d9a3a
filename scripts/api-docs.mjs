#!/usr/bin/env node
/**
 * Generates docs/API.md, the API reference of the npm entries
 * (`consent-gate`, `consent-gate/server`, `consent-gate/audit`, `consent-gate/presets`), from the
 * types and their doc comments, with the TypeScript compiler the project
 * already uses. `npm run docs` writes it; `--check` exits 1 when it is out
 * of date (a unit test runs that, so the reference cannot drift from the code).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const OUT = `${root}docs/API.md`;
const ENTRIES = [
  ['consent-gate', 'src/entries/index.ts'],
  ['consent-gate/server', 'src/entries/server.ts'],
  ['consent-gate/audit', 'src/entries/audit.ts'],
  ['consent-gate/presets', 'src/entries/presets.ts'],
];

const { config } = ts.readConfigFile(`${root}tsconfig.json`, ts.sys.readFile);
const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root);
const program = ts.createProgram(ENTRIES.map(([, file]) => `${root}${file}`), { ...options, noEmit: true });
const checker = program.getTypeChecker();
const FORMAT = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType;

const docOf = (symbol) => ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
const tagsOf = (symbol) =>
  symbol
    .getJsDocTags(checker)
    .filter((tag) => ['default', 'throws', 'example'].includes(tag.name))
    .map((tag) => `${tag.name === 'example' ? '' : `*@${tag.name}* `}${ts.displayPartsToString(tag.text ?? [])}`.trim());
/** One paragraph for a table cell. */
const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n+/g, ' ');
const code = (text) => `\`${text.replace(/`/g, "'")}\``;

function describeMembers(type) {
  const rows = checker.getPropertiesOfType(type).map((member) => {
    const declaration = member.valueDeclaration ?? member.declarations?.[0];
    const memberType = declaration ? checker.getTypeOfSymbolAtLocation(member, declaration) : checker.getDeclaredTypeOfSymbol(member);
    const optional = member.flags & ts.SymbolFlags.Optional ? '?' : '';
    const doc = [docOf(member), ...tagsOf(member).filter((t) => t.startsWith('*@default'))].filter(Boolean).join(' ');
    return `| ${code(member.name + optional)} | ${cell(code(checker.typeToString(memberType, declaration, FORMAT)))} | ${cell(doc)} |`;
  });
  return rows.length > 0 ? ['| member | type | what it is |', '| --- | --- | --- |', ...rows].join('\n') : '';
}

function describe(exported) {
  const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
  const declaration = symbol.valueDeclaration ?? symbol.declarations?.[0];
  const lines = [`### ${code(exported.name)}`, ''];
  const doc = docOf(symbol);
  if (symbol.flags & ts.SymbolFlags.Function) {
    for (const signature of checker.getTypeOfSymbolAtLocation(symbol, declaration).getCallSignatures()) {
      lines.push('```ts', `function ${exported.name}${checker.signatureToString(signature, declaration, FORMAT)}`, '```', '');
    }
  } else if (symbol.flags & ts.SymbolFlags.Class) {
    lines.push('```ts', `class ${exported.name}`, '```', '');
  } else if (symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias)) {
    const type = checker.getDeclaredTypeOfSymbol(symbol);
    const isObject = symbol.flags & ts.SymbolFlags.Interface || (type.flags & ts.TypeFlags.Object && !type.getCallSignatures().length);
    // The checker's expansion ('bar' | 'box' | 'wall'), or the alias as written where the checker can only repeat its name.
    const expanded = checker.typeToString(type, declaration, FORMAT);
    const written = expanded === exported.name && ts.isTypeAliasDeclaration(declaration) ? declaration.type.getText() : expanded;
    if (!isObject || written !== expanded) lines.push('```ts', `type ${exported.name} = ${written}`, '```', '');
  } else {
    lines.push('```ts', `const ${exported.name}: ${checker.typeToString(checker.getTypeOfSymbolAtLocation(symbol, declaration), declaration, FORMAT)}`, '```', '');
  }
  if (doc) lines.push(doc, '');
  for (const tag of tagsOf(symbol)) lines.push(tag.startsWith('*@') ? `${tag}` : ['```ts', tag, '```'].join('\n'), '');
  if (symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias | ts.SymbolFlags.Class)) {
    const type = symbol.flags & ts.SymbolFlags.Class ? checker.getTypeOfSymbolAtLocation(symbol, declaration).getConstructSignatures()[0]?.getReturnType() : checker.getDeclaredTypeOfSymbol(symbol);
    if (type && type.flags & ts.TypeFlags.Object) {
      const members = describeMembers(type);
      if (members) lines.push(members, '');
    }
  }
  return lines.join('\n');
}

const sections = ENTRIES.map(([name, file]) => {
  const source = program.getSourceFile(`${root}${file}`);
  const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(source)).sort((a, b) => a.name.localeCompare(b.name));
  return [`## ${code(name)}`, '', `${exports.length} exports, from \`${file}\`.`, '', ...exports.map(describe)].join('\n');
});
const out = `# API reference

Generated by \`npm run docs\` (scripts/api-docs.mjs) from the types and doc
comments of the npm entries; a unit test fails when it is out of date. The
README's [API](../README.md#api) section explains how the parts fit together;
this page lists every export.

${sections.join('\n')}`
  // A type the checker can only name by its file prints as import("/abs/path").Name: the name is enough, and the path is this machine's.
  .replace(/import\("[^"]*"\)\./g, '')
  .replace(/\n{3,}/g, '\n\n');

if (process.argv.includes('--check')) {
  if (readFileSync(OUT, 'utf8') !== out) {
    console.error('docs/API.md is out of date: run npm run docs');
    process.exit(1);
  }
  console.log('docs/API.md is up to date');
} else {
  writeFileSync(OUT, out);
  console.log(`wrote ${OUT}`);
}
