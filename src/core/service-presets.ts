/**
 * Service presets without their data: what a preset is, and how a catalogue's
 * `{ "preset": "…" }` entries become whole services and cookie rows. The table
 * itself (src/presets/presets.ts) reaches a page only through the presets
 * file or the consent-gate/presets entry; `parseCatalog` takes it as an
 * argument, so neither the loader nor the npm core carries it.
 */
import type { CategoryId, LocalText, ServiceCookieInput } from './types';
import { isRecord } from './validate';

/** A preset: the service it fills in, and the cookie rows it sets. */
export interface ServicePreset {
  /** The service's name, as the preferences show it. */
  name: string;
  category: CategoryId;
  /** Who provides it, e.g. "Google". */
  provider?: string;
  /** What it does: a string in the catalogue's language, or one per language. */
  description?: LocalText;
  /** The catalogue's cookie rows without `service` and `category`: those are the service's. */
  cookies: readonly ServiceCookieInput[];
  /** Third-party hosts the vendor's tag or embed loads from; a host matches an entry it equals or ends in after a dot. */
  hosts?: readonly string[];
}

/** Presets by id, as `parseCatalog(input, { presets })` and `createConsentGate({ presets })` take them. */
export type PresetTable = { readonly [id: string]: ServicePreset };

/** Where an added cookie row came from, so a problem in it is reported where it was written. */
export interface AddedRow {
  /** Its index in the expanded catalogue's `cookies`. */
  at: number;
  /** The index of its service in `services`. */
  service: number;
  /** Its index in the preset's rows or in the service's own `cookies`. */
  row: number;
  /** Written on the service entry (`services[i].cookies`), not the preset's. */
  own: boolean;
}

const has = (table: PresetTable, id: unknown): id is string => typeof id === 'string' && Object.prototype.hasOwnProperty.call(table, id);

/**
 * Replaces each `services` entry naming a known preset by the whole service,
 * and appends its cookie rows to `cookies` (see `expandPresets`). Entries
 * naming an unknown preset are left for `parseCatalog` to report. Never
 * changes `input`.
 */
export function expandWith(input: unknown, presets: PresetTable): { catalog: unknown; added: AddedRow[] } {
  const added: AddedRow[] = [];
  if (!isRecord(input) || !Array.isArray(input.services) || !input.services.some((entry) => isRecord(entry) && has(presets, entry.preset))) {
    return { catalog: input, added };
  }
  // A `cookies` that is no list stays as it is, for parseCatalog to name; the preset rows then wait for a list.
  const malformed = input.cookies !== undefined && !Array.isArray(input.cookies);
  const listed: unknown[] = Array.isArray(input.cookies) ? input.cookies : [];
  const cookies: unknown[] = [...listed];
  const services = input.services.map((entry: unknown, i) => {
    if (!isRecord(entry) || !has(presets, entry.preset)) return entry;
    const preset = presets[entry.preset]!;
    const { preset: id, cookies: own, ...given } = entry;
    // Any field given beside the preset wins; an `undefined` one (npm) is no field.
    const service: Record<string, unknown> = { id, name: preset.name, category: preset.category };
    if (preset.provider !== undefined) service.provider = preset.provider;
    if (preset.description !== undefined) service.description = preset.description;
    for (const [key, value] of Object.entries(given)) if (value !== undefined) service[key] = value;
    // The service's own rows replace the preset's; a malformed list adds nothing (parseCatalog names it).
    const rows: readonly unknown[] = own === undefined ? preset.cookies : Array.isArray(own) ? own : [];
    rows.forEach((row, j) => {
      // A row the catalogue already lists for this service (by name) is the site's own word on it.
      const name = isRecord(row) ? row.name : undefined;
      if (malformed || listed.some((cookie) => isRecord(cookie) && cookie.service === service.id && cookie.name === name)) return;
      added.push({ at: cookies.length, service: i, row: j, own: own !== undefined });
      // A row belongs to its service, and to the service's category, whatever category was given.
      cookies.push(isRecord(row) ? { ...row, category: service.category, service: service.id } : row);
    });
    return service;
  });
  return { catalog: { ...input, services, cookies: malformed ? input.cookies : cookies }, added };
}
