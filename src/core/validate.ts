/**
 * Small helpers for validating untrusted JSON while collecting every problem
 * with its path (`catalog.cookies[3].category`), rather than stopping at the
 * first one: marketing fixes a catalogue in one pass.
 */

export interface Problem {
  path: string;
  message: string;
}

export class Problems {
  readonly list: Problem[] = [];
  add(path: string, expected: string, got?: unknown): void {
    const message = arguments.length > 2 ? `expected ${expected}, got ${describe(got)}` : `expected ${expected}`;
    this.list.push({ path, message });
  }
}

export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function formatProblem(p: Problem): string {
  return `${p.path}: ${p.message}`;
}

/** A non-empty string, or `undefined` (with a problem) when it is not one. */
export function readString(
  problems: Problems,
  obj: Record<string, unknown>,
  key: string,
  path: string,
  required: boolean,
): string | undefined {
  const value = obj[key];
  if (value === undefined && !required) return undefined;
  if (typeof value !== 'string' || value.trim() === '') {
    problems.add(`${path}.${key}`, 'a non-empty string', value);
    return undefined;
  }
  return value;
}

export function readOneOf<T extends string>(
  problems: Problems,
  value: unknown,
  allowed: readonly T[],
  path: string,
): T | undefined {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  problems.add(path, `one of ${allowed.join(', ')}`, value);
  return undefined;
}

/** Reports keys the format does not know (usually typos) as warnings. */
export function unknownKeys(obj: Record<string, unknown>, known: readonly string[], path: string): string[] {
  return Object.keys(obj)
    .filter((key) => !known.includes(key))
    .map((key) => `${path}.${key}: unknown field, ignored (expected one of ${known.join(', ')})`);
}

/** http(s) or a relative URL; never `javascript:` or `data:`. */
export function isSafeUrl(url: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.trim());
  return !scheme || /^https?$/i.test(scheme[1]!);
}
