/**
 * RFC 4180 CSV, as the Open Cookie Database is published
 * (../shared/data/open-cookie-database.csv): quoted fields may hold commas,
 * quotes ("") and newlines; rows end in LF or CRLF. Rows of a single field
 * (blank lines) are dropped. Shared by scripts/known-cookies.mjs and the
 * presets' tests, which check the presets' rows against the same database.
 * @param {string} text the whole file
 * @returns {string[][]} the rows, the header first
 */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += c;
  }
  if (field !== '' || row.length > 0) row.push(field), rows.push(row);
  return rows.filter((r) => r.length > 1);
}
