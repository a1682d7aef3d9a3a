/** RFC 4180 CSV rows, the header first; rows of a single field dropped. See csv.mjs. */
export function parseCsv(text: string): string[][];
