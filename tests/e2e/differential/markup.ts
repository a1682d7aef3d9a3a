/**
 * The two pages of one case: the scripts as plain markup (the oracle), and
 * the same scripts gated on `performance` under the consent-gate loader.
 * Each script, when it runs, pushes its index to `window.__order`.
 */
import { isExternal, type Kind, type Script } from './kinds';

export const ORIGIN = 'http://differential.test';
export type Variant = 'ungated' | 'gated';

export const pageUrl = (variant: Variant, id: number) => `${ORIGIN}/${variant}/${id}`;
/** Each page variant has its own script URLs, so nothing one loads is cached for the other. */
export const scriptUrl = (variant: Variant, id: number, index: number) => `${ORIGIN}/s/${id}/${variant}/${index}.js`;

/** What an external script's file says; the route handler serves it. */
export const scriptBody = (index: number) => `window.__order.push(${index});\n`;

function inlineBody(kind: Kind, index: number): string {
  const push = `window.__order.push(${index});`;
  return kind === 'inline-throws' ? `${push} throw new Error('differential: thrown by script ${index}');` : push;
}

/** The attributes a kind has as plain markup, other than src. */
function attributes(kind: Kind): { type?: string; flags: string[] } {
  switch (kind) {
    case 'inline-module':
    case 'external-module':
      return { type: 'module', flags: [] };
    case 'external-async':
      return { flags: ['async'] };
    case 'external-defer':
    case 'inline-defer':
      return { flags: ['defer'] };
    case 'external-nomodule':
      return { flags: ['nomodule'] };
    default:
      return { flags: [] };
  }
}

/** One <script> tag, plain or gated (type="text/plain" data-category, data-src, data-type). */
export function scriptTag(variant: Variant, id: number, index: number, { kind }: Script): string {
  const { type, flags } = attributes(kind);
  const gated = variant === 'gated';
  const attrs: string[] = [];
  if (gated) attrs.push('type="text/plain"', 'data-category="performance"');
  if (type) attrs.push(gated ? `data-type="${type}"` : `type="${type}"`);
  if (isExternal(kind)) attrs.push(`${gated ? 'data-src' : 'src'}="${scriptUrl(variant, id, index)}"`);
  attrs.push(...flags, `data-index="${index}"`);
  return `<script ${attrs.join(' ')}>${isExternal(kind) ? '' : inlineBody(kind, index)}</script>`;
}

const head = `<meta charset="utf-8"><title>differential</title><script>window.__order = []; window.__errors = [];</script>`;

export interface CatalogueOptions {
  /** catalog.options, e.g. { scriptTimeout: 1500 }. */
  options?: Record<string, unknown>;
  /** Optional categories besides performance. */
  categories?: string[];
}

/** The inline catalogue the loader reads; it must be in the page before the loader, which looks for it as it runs. */
export function catalogue({ options, categories = [] }: CatalogueOptions = {}): string {
  const listed = Object.fromEntries(['strictly-necessary', 'performance', ...categories].map((c) => [c, {}]));
  const json = { revision: 1, privacyPolicyUrl: '/privacy', categories: listed, ...(options && { options }) };
  return `<script type="application/json" id="consent-gate-config">${JSON.stringify(json)}</script>`;
}

/** A gated page: catalogue, the loader from `sdkOrigin`/dist/, then `body`. */
export function gatedPage(sdkOrigin: string, body: string, catalogueOptions?: CatalogueOptions): string {
  return `<!doctype html><html lang="en"><head>${head}
${catalogue(catalogueOptions)}
<script src="${sdkOrigin}/dist/consent-gate.iife.js"></script>
</head><body>
<h1 id="page-heading">A page</h1>
${body}
</body></html>`;
}

export function ungatedPage(body: string): string {
  return `<!doctype html><html lang="en"><head>${head}</head><body>
<h1 id="page-heading">A page</h1>
${body}
</body></html>`;
}

/** The scripts of a case as markup, one tag a line. */
export const scriptTags = (variant: Variant, id: number, list: readonly Script[]) =>
  list.map((s, i) => scriptTag(variant, id, i, s)).join('\n');

export function casePage(variant: Variant, id: number, list: readonly Script[], sdkOrigin: string): string {
  const body = scriptTags(variant, id, list);
  return variant === 'gated' ? gatedPage(sdkOrigin, body) : ungatedPage(body);
}
