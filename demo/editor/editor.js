/**
 * The catalogue editor (demo/editor, served at /editor by `npm start`): a
 * form over the catalogue JSON, checked as you type by the SDK's own
 * validator (`parseCatalog`, the same rules and messages as the runtime and
 * `consent-gate validate`), a live preview running the production script-tag
 * bundle, and the export. Not part of the SDK.
 */
import { formatProblem, parseCatalog } from '/dist/consent-gate.js';

const OPTIONAL = [
  ['performance', 'Performance'],
  ['functionality', 'Functionality'],
  ['targeting', 'Targeting'],
  ['unclassified', 'Unclassified'],
];
const CATEGORIES = [['strictly-necessary', 'Strictly necessary'], ...OPTIONAL];
const BANNER_TEXTS = [
  ['bannerTitle', 'Banner title', 'Your privacy, your choice'],
  ['bannerDescription', 'Banner text', 'We use cookies the site needs to work. With your consent, we also use cookies…'],
  ['acceptAll', 'Accept button', 'Accept all'],
  ['rejectAll', 'Reject button', 'Reject all'],
  ['customize', 'Customize button', 'Customize'],
];
/** The preview's own consent cookie, cleared before each render so the banner always shows. */
const PREVIEW_COOKIE = 'cg_editor_preview';

const $ = (id) => document.getElementById(id);
let catalog = {};
/** The catalogue as loaded: what a change is compared with to decide whether visitors must be asked again. */
let original = {};

// ---- small DOM helpers: every control is a labelled form control ----

function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children.filter((c) => c != null));
  return node;
}

/** A labelled text, number or URL field bound to `get`/`set`. */
function field(label, value, set, type = 'text', attrs = {}) {
  const input = el('input', { type, value: value ?? '', ...attrs });
  input.addEventListener('input', () => {
    set(type === 'number' ? (input.value === '' ? undefined : Number(input.value)) : input.value);
    changed();
  });
  return el('label', {}, label, input);
}

function select(label, value, options, set) {
  const input = el('select', {}, ...options.map(([v, text]) => el('option', { value: v, textContent: text, selected: v === value })));
  input.addEventListener('change', () => {
    set(input.value);
    changed();
  });
  return el('label', {}, label, input);
}

function toggle(label, checked, set, attrs = {}) {
  const input = el('input', { type: 'checkbox', checked, ...attrs });
  input.setAttribute('role', 'switch');
  input.addEventListener('change', () => {
    set(input.checked);
    changed();
  });
  return el('label', { className: 'switch-label' }, input, label);
}

/** Languages with built-in banner texts: the ones a text can be written in here. */
const LANGUAGES = [['en', 'English'], ['de', 'German'], ['fr', 'French'], ['es', 'Spanish'], ['it', 'Italian'], ['nl', 'Dutch'], ['pt', 'Portuguese'], ['ar', 'Arabic']];
/** The language being edited; texts in other languages are kept as they are. */
let editing = null;
const ownLanguage = () => catalog.language ?? 'en';
const editLanguage = () => editing ?? ownLanguage();

/** A catalogue text is a string (in the catalogue's own language) or one string per language. */
function textOf(value) {
  if (value && typeof value === 'object') return value[editLanguage()] ?? '';
  return editLanguage() === ownLanguage() ? value ?? '' : '';
}
/** The text with this language's words set (or removed when empty); `undefined` when no language is left. */
function withText(value, text) {
  const lang = editLanguage();
  if (typeof value !== 'object' || value === null) {
    if (lang === ownLanguage()) return text || undefined;
    value = value ? { [ownLanguage()]: value } : {};
  }
  const next = { ...value };
  if (text) next[lang] = text;
  else delete next[lang];
  return Object.keys(next).length > 0 ? next : undefined;
}
/** Empty means "not set": the field is left out of the catalogue rather than written as "". */
function put(obj, key, value) {
  if (value === '' || value === undefined) delete obj[key];
  else obj[key] = value;
}

// ---- the form ----

function render() {
  const c = catalog;
  c.categories ??= {};
  c.services ??= [];
  c.cookies ??= [];
  const categorySelect = (label, value, set) => select(label, value, CATEGORIES, set);

  const general = el('fieldset', {}, el('legend', { textContent: 'Site' }),
    field('Site name', c.site, (v) => put(c, 'site', v)),
    field('Revision', c.revision, (v) => put(c, 'revision', v), 'number', { min: 1, step: 1, id: 'revision' }),
    field('Privacy policy URL', c.privacyPolicyUrl, (v) => put(c, 'privacyPolicyUrl', v)),
    field('Language of the texts', c.language, (v) => put(c, 'language', v), 'text', { placeholder: 'en' }),
    select('Edit texts in', editLanguage(), LANGUAGES, (v) => {
      editing = v;
      render();
    }),
  );

  const categories = el('fieldset', {}, el('legend', { textContent: 'Categories' }),
    toggle('Strictly necessary', true, () => {}, { disabled: true }),
    ...OPTIONAL.map(([id, name]) => {
      const settings = c.categories[id];
      const on = !!settings && settings.enabled !== false;
      return el('div', { className: 'row' },
        toggle(name, on, (checked) => {
          // Switched off, a listed category keeps its texts and cookie rows (documented), just not offered.
          if (checked) c.categories[id] = { ...(c.categories[id] ?? {}), enabled: true };
          else if (c.categories[id]) c.categories[id].enabled = false;
          render();
        }),
        field(`${name}: description`, textOf(settings?.description), (v) => {
          c.categories[id] ??= { enabled: false };
          put(c.categories[id], 'description', withText(c.categories[id].description, v));
        }, 'text', { placeholder: 'built-in text' }),
      );
    }),
  );

  const services = el('fieldset', {}, el('legend', { textContent: 'Services' }),
    ...c.services.map((s, i) =>
      el('div', { className: 'row' },
        field(`Service ${i + 1}: id`, s.id, (v) => (s.id = v)),
        field(`Service ${i + 1}: name`, s.name, (v) => (s.name = v)),
        categorySelect(`Service ${i + 1}: category`, s.category, (v) => (s.category = v)),
        el('button', { type: 'button', textContent: `Remove service ${i + 1}`, onclick: () => (c.services.splice(i, 1), render(), changed()) }),
      ),
    ),
    el('button', { type: 'button', textContent: 'Add a service', onclick: () => (c.services.push({ id: '', name: '', category: 'performance' }), render(), changed()) }),
  );

  const cookies = el('fieldset', {}, el('legend', { textContent: 'Cookies' }),
    ...c.cookies.map((k, i) =>
      el('div', { className: 'row' },
        field(`Cookie ${i + 1}: name`, k.name, (v) => (k.name = v)),
        select(`Cookie ${i + 1}: match`, k.match ?? 'exact', [['exact', 'exact name'], ['prefix', 'prefix']], (v) => put(k, 'match', v === 'exact' ? undefined : v)),
        categorySelect(`Cookie ${i + 1}: category`, k.category, (v) => (k.category = v)),
        field(`Cookie ${i + 1}: provider`, k.provider, (v) => (k.provider = v)),
        field(`Cookie ${i + 1}: domain`, k.domain, (v) => put(k, 'domain', v)),
        field(`Cookie ${i + 1}: expiry`, textOf(k.expiry), (v) => put(k, 'expiry', withText(k.expiry, v))),
        field(`Cookie ${i + 1}: description`, textOf(k.description), (v) => put(k, 'description', withText(k.description, v))),
        el('button', { type: 'button', textContent: `Remove cookie ${i + 1}`, onclick: () => (c.cookies.splice(i, 1), render(), changed()) }),
      ),
    ),
    el('button', {
      type: 'button',
      textContent: 'Add a cookie',
      onclick: () => (c.cookies.push({ name: '', category: 'strictly-necessary', provider: '', expiry: '', description: '' }), render(), changed()),
    }),
  );

  c.texts ??= {};
  const texts = el('fieldset', {}, el('legend', { textContent: 'Banner texts' }),
    ...BANNER_TEXTS.map(([key, label, builtIn]) =>
      field(label, textOf(c.texts[key]), (v) => put(c.texts, key, withText(c.texts[key], v)), 'text', { placeholder: builtIn }),
    ),
  );

  const look = el('fieldset', {}, el('legend', { textContent: 'Look' }),
    select('Theme', c.appearance?.theme ?? 'light', [['light', 'light'], ['dark', 'dark'], ['auto', 'auto (follows the visitor)']], (v) => ((c.appearance ??= {}).theme = v)),
    select('Layout', c.appearance?.layout ?? 'bar', [['bar', 'bar along the bottom'], ['box', 'box in the corner'], ['wall', 'wall (blocks the page)']], (v) => ((c.appearance ??= {}).layout = v)),
    toggle('Floating settings button', c.appearance?.settingsButton === true, (v) => ((c.appearance ??= {}).settingsButton = v)),
  );

  const consentMode = c.integrations?.googleConsentMode?.mode ?? 'off';
  const behaviour = el('fieldset', {}, el('legend', { textContent: 'Consent' }),
    select('Google Consent Mode', consentMode, [['off', 'off'], ['basic', 'basic'], ['advanced', 'advanced']], (v) => {
      c.integrations ??= {};
      if (v === 'off') delete c.integrations.googleConsentMode;
      else c.integrations.googleConsentMode = { ...(c.integrations.googleConsentMode ?? {}), mode: v };
    }),
    field('Consent lifetime (days)', c.options?.consentMaxAgeDays, (v) => put((c.options ??= {}), 'consentMaxAgeDays', v), 'number', { min: 1, max: 395, placeholder: '182' }),
  );

  $('fields').replaceChildren(general, categories, services, cookies, texts, look, behaviour);
}

// ---- checking, re-consent, preview, export ----

/**
 * Why visitors must be asked again (a category or service added, a purpose
 * changed), and the categories whose purpose changed: an earlier yes to those
 * must not carry over, which `revisedIn` says.
 */
function reconsentReasons() {
  const reasons = [];
  const revised = [];
  const inUse = (cat, id) => !!cat.categories?.[id] && cat.categories[id].enabled !== false;
  // The purpose is what the catalogue's own language says; a translation added or corrected changes none.
  const own = (text) => (text && typeof text === 'object' ? text[ownLanguage()] : text);
  for (const [id, name] of OPTIONAL) {
    if (inUse(catalog, id) && !inUse(original, id)) reasons.push(`category “${name}” added`);
    if (inUse(catalog, id) && inUse(original, id) && own(catalog.categories[id].description) !== own(original.categories[id].description)) {
      reasons.push(`the purpose of “${name}” changed`);
      revised.push(id);
    }
  }
  const before = new Map((original.services ?? []).map((s) => [s.id, s.category]));
  for (const s of catalog.services ?? []) {
    if (!s.id) continue;
    if (!before.has(s.id)) reasons.push(`service “${s.name || s.id}” added`);
    else if (before.get(s.id) !== s.category) reasons.push(`service “${s.name || s.id}” moved to another category`);
  }
  return { reasons, revised };
}

function applyRevision() {
  const { reasons, revised } = reconsentReasons();
  const base = Number(original.revision) || 0;
  const note = $('revision-note');
  if (reasons.length > 0 && !(catalog.revision > base)) catalog.revision = base + 1;
  // Undone changes need no re-consent: back to the loaded revision if the editor raised it.
  if (reasons.length === 0 && catalog.revision === base + 1 && note.dataset.raised === 'yes') catalog.revision = base;
  note.dataset.raised = reasons.length > 0 && catalog.revision === base + 1 ? 'yes' : '';
  for (const [id] of OPTIONAL) {
    const category = catalog.categories?.[id];
    if (!category) continue;
    if (revised.includes(id)) category.revisedIn = catalog.revision;
    else put(category, 'revisedIn', original.categories?.[id]?.revisedIn);
  }
  note.textContent = reasons.length > 0
    ? `Revision ${catalog.revision}: every visitor will be asked again, because ${reasons.join(', ')}.`
    : `Revision ${catalog.revision ?? '—'}: no change needs visitors to be asked again.`;
  const revision = $('revision');
  if (revision && Number(revision.value) !== catalog.revision) revision.value = catalog.revision ?? '';
}

let previewTimer;
let previews = 0;
function changed() {
  applyRevision();
  const result = parseCatalog(catalog);
  const problems = $('problems');
  problems.replaceChildren(
    ...(result.ok
      ? [el('li', { className: 'ok', textContent: 'Valid: the SDK and `consent-gate validate` accept this catalogue.' })]
      : result.problems.map((p) => el('li', { textContent: formatProblem(p) }))),
    ...result.warnings.map((w) => el('li', { textContent: `Warning: ${w}` })),
  );
  const json = JSON.stringify(catalog, null, 2);
  $('export-json').value = json;
  URL.revokeObjectURL($('download').href);
  $('download').href = URL.createObjectURL(new Blob([json + '\n'], { type: 'application/json' }));
  $('export-script').value = `<script src="/consent-gate.iife.js" data-catalog="/catalog/${slug()}.json"></script>`;
  $('export-npm').value = `import { createConsentGate } from 'consent-gate';\nimport catalog from './catalog/${slug()}.json';\n\nconst gate = createConsentGate({ catalog });`;
  // Only a valid catalogue is previewed; the last valid one stays until then.
  if (result.ok) {
    clearTimeout(previewTimer);
    previewTimer = setTimeout(preview, 250);
  }
}

const slug = () => (catalog.site ?? 'site').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'site';

/** The production script tag on a blank page, the catalogue inline; the preview's own cookie cleared so it asks. */
function preview() {
  document.cookie = `${PREVIEW_COOKIE}=; Max-Age=-1; Path=/`;
  const json = JSON.stringify(catalog).replace(/</g, '\\u003c');
  // A fresh iframe each time, rather than navigating one whose page may have a modal dialog open.
  const frame = el('iframe', { id: 'preview', title: 'Banner preview' });
  // Numbered, so that a test (or a curious reader) can tell which catalogue the preview shows.
  frame.dataset.preview = String(++previews);
  $('preview').replaceWith(frame);
  frame.srcdoc = `<!doctype html><html lang="${editLanguage()}"${editLanguage() === 'ar' ? ' dir="rtl"' : ''}><head><meta charset="utf-8">
<script type="application/json" id="consent-gate-config">${json}</script>
<script src="/dist/consent-gate.iife.js" data-cookie-name="${PREVIEW_COOKIE}"></script></head>
<body style="font: 14px system-ui; margin: 12px"><p>Your site's page.</p><p><a href="#" data-consent-gate="preferences">Cookie settings</a></p></body></html>`;
}

function load(json, from) {
  try {
    catalog = typeof json === 'string' ? JSON.parse(json) : json;
  } catch (error) {
    $('problems').replaceChildren(el('li', { textContent: `${from}: not JSON (${error.message})` }));
    return;
  }
  original = structuredClone(catalog);
  $('revision-note').dataset.raised = '';
  render();
  changed();
}

$('load-shipped').addEventListener('click', async () => load(await (await fetch(`/catalog/${$('shipped').value}.json`)).json(), $('shipped').value));
$('load-pasted').addEventListener('click', () => load($('pasted').value, 'Pasted JSON'));
$('file').addEventListener('change', async () => {
  const file = $('file').files?.[0];
  if (file) load(await file.text(), file.name);
});
$('reset-preview').addEventListener('click', preview);
$('load-shipped').click();
