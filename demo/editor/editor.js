/**
 * The catalogue editor (demo/editor, served at /editor by `npm start`): a
 * form over the catalogue JSON, checked as you type by the SDK's own
 * validator (`parseCatalog`, the same rules and messages as the runtime and
 * `consent-gate validate`), a live preview running the production script-tag
 * bundle, and the export. Not part of the SDK.
 *
 * Layout: folding sections (native <details>) beside a preview that stays in
 * view; each problem the validator reports is shown at the field its path
 * names (`catalog.cookies[1].provider` → the field with
 * data-path="cookies[1].provider", else the nearest enclosing group) and
 * listed, with a link to it, in the Check summary at the top. While the
 * catalogue is invalid the preview keeps the last valid one, dimmed and
 * marked out of date.
 */
import { formatProblem, parseCatalog } from '/dist/consent-gate.js';
// The service presets (`{ "preset": "microsoft-clarity" }` in `services`): offered in the picker, read for the
// rows that name one, and given to the validator, which expands them as the SDK does.
import { presets as PRESETS } from '/dist/consent-gate-presets.js';

const OPTIONAL = [
  ['performance', 'Performance'],
  ['functionality', 'Functionality'],
  ['targeting', 'Targeting'],
  ['unclassified', 'Unclassified'],
];
const CATEGORIES = [['strictly-necessary', 'Strictly necessary'], ...OPTIONAL];
const BANNER_TEXTS = [
  ['bannerTitle', 'Banner title', 'Your privacy, your choice'],
  ['bannerDescription', 'Banner text', 'We use cookies the site needs to work. With your consent, we also use cookies…', true],
  ['acceptAll', 'Accept button', 'Accept all'],
  ['rejectAll', 'Reject button', 'Reject all'],
  ['customize', 'Customize button', 'Customize'],
];
/** The folding sections: key (also the first part of the catalogue paths they hold), title, open at first. */
const SECTIONS = [
  ['site', 'Site', true],
  ['categories', 'Categories and services', true],
  ['cookies', 'Cookies', false],
  ['texts', 'Texts', true],
  ['look', 'Look', true],
  ['consent-mode', 'Consent Mode', true],
  ['jurisdictions', 'Jurisdictions', false],
];
/** The README's worked set-up, offered to start from. */
const WORLD = {
  eu: { regions: ['EEA'], model: 'opt-in' },
  uk: { regions: ['GB'], model: 'opt-in', categories: { performance: { basis: 'objection' } } },
  us: { regions: ['US-CA', 'US-CO', 'US-CT', 'US-TX', 'US-OR', 'US-MT'], model: 'opt-out' },
  elsewhere: { model: 'opt-in', default: true },
};
/** Which section a catalogue path belongs to, by its first part. */
const SECTION_OF = {
  revision: 'site', site: 'site', language: 'site', privacyPolicyUrl: 'site', options: 'site',
  categories: 'categories', services: 'categories', cookies: 'cookies', texts: 'texts',
  appearance: 'look', integrations: 'consent-mode', jurisdictions: 'jurisdictions',
};
/** The preset a services entry names, when the table has it. */
const presetOf = (s) => (s && typeof s.preset === 'string' && Object.hasOwn(PRESETS, s.preset) ? PRESETS[s.preset] : undefined);
/** A services entry as the SDK reads it: the preset's id, name and category, then whatever is written beside `preset`. */
function serviceOf(s) {
  const preset = presetOf(s);
  return preset ? { id: s.preset, name: preset.name, category: preset.category, ...s } : s ?? {};
}
/** Whether the catalogue has this preset already: an entry naming it, or a service written out under its id. */
const hasPreset = (services, id) => services.some((s) => s?.preset === id || (s?.preset === undefined && s?.id === id));
const categoryName = (id) => CATEGORIES.find(([c]) => c === id)?.[1] ?? id;

/** The preview's own consent cookie, cleared before each render so the banner always shows. */
const PREVIEW_COOKIE = 'cg_editor_preview';

const $ = (id) => document.getElementById(id);
let catalog = {};
/** The catalogue as loaded: what a change is compared with to decide whether visitors must be asked again. */
let original = {};
/** The validator's last answer, shown again after the form is redrawn. */
let lastResult;
/** Which sections and cookie cards are open, kept across redraws (key → open). */
const opened = new Map();
/** The control to focus after the next redraw (e.g. a new cookie's name). */
let focusNext;

// ---- small DOM helpers: every control is a labelled form control ----

function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children.filter((c) => c != null));
  return node;
}
/** A stable id from a catalogue path, so focus and links survive a redraw. */
const idOf = (path) => 'f-' + path.replace(/[^A-Za-z0-9]+/g, '-');
/** Text for screen readers only: "Cookie 2: " before a visible "Provider". */
const hidden = (text) => (text ? el('span', { className: 'vh', textContent: text }) : null);

/**
 * A field: its label (a hidden `prefix` makes the name unique, "Cookie 2: provider"),
 * the control, an optional hint and the place its problems are shown.
 */
function wrap(path, label, prefix, control, hint) {
  control.id = idOf(path);
  const box = el('div', { className: 'field' },
    el('label', { htmlFor: control.id }, hidden(prefix), label),
    control,
    hint ? el('p', { className: 'hint', id: `${control.id}-hint`, textContent: hint }) : null,
    el('p', { className: 'field-error', id: `${control.id}-error`, hidden: true }),
  );
  box.dataset.path = path;
  box.dataset.field = '';
  if (hint) control.setAttribute('aria-describedby', `${control.id}-hint`);
  return box;
}

/** A text, number or long-text field bound to `set`. */
function field(path, label, value, set, { type = 'text', prefix, hint, multiline = false, ...attrs } = {}) {
  const input = multiline
    ? el('textarea', { value: value ?? '', rows: 3, ...attrs })
    : el('input', { type, value: value ?? '', ...attrs });
  input.addEventListener('input', () => {
    set(type === 'number' ? (input.value === '' ? undefined : Number(input.value)) : input.value);
    changed();
  });
  return wrap(path, label, prefix, input, hint);
}

function select(path, label, value, options, set, { prefix, hint } = {}) {
  // A value the catalogue holds but the list does not offer (a pasted "theme": "blue") is shown as it is, so that
  // the problem at this field can be read and fixed by picking a real option (the first option would change nothing).
  const unknown = value !== undefined && !options.some(([v]) => v === value) ? [[value, `${value} (not a valid choice)`]] : [];
  const input = el('select', {}, ...[...unknown, ...options].map(([v, text]) => el('option', { value: v, textContent: text, selected: v === value })));
  input.addEventListener('change', () => {
    set(input.value);
    changed();
  });
  return wrap(path, label, prefix, input, hint);
}

function toggle(path, label, checked, set, attrs = {}) {
  const input = el('input', { type: 'checkbox', checked, id: idOf(path), ...attrs });
  input.setAttribute('role', 'switch');
  input.addEventListener('change', () => {
    set(input.checked);
    changed();
  });
  const box = el('div', { className: 'field field-switch' },
    el('label', { className: 'switch-label', htmlFor: input.id }, input, el('span', { textContent: label })),
    el('p', { className: 'field-error', id: `${input.id}-error`, hidden: true }),
  );
  box.dataset.path = path;
  box.dataset.field = '';
  return box;
}

function button(text, onclick, { prefix, className = 'button', id } = {}) {
  return el('button', { type: 'button', className, onclick, ...(id && { id }) }, text, hidden(prefix));
}

/** A folding part (a section, or a cookie's card), its open state remembered under `key`. */
function folding(key, path, title, open, body, { className = 'section', badgeFor = key } = {}) {
  const details = el('details', { className, open: opened.get(key) ?? open },
    el('summary', {}, el('span', { className: 'section-title' }, ...[].concat(title)), ' ', el('span', { className: 'badge', hidden: true })),
    el('div', { className: 'section-body' },
      el('div', { className: 'group-error', hidden: true }),
      ...body),
  );
  details.dataset.key = key;
  details.dataset.badge = badgeFor;
  if (path != null) details.dataset.path = path;
  details.addEventListener('toggle', () => opened.set(key, details.open));
  return details;
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
  c.texts ??= {};
  const categorySelect = (path, label, value, set, prefix) => select(path, label, value, CATEGORIES, set, { prefix });
  const redraw = (then) => () => {
    focusNext = then;
    render();
    changed();
  };

  const languageBar = el('div', { className: 'language-bar' },
    select('editor.language', 'Edit texts in', editLanguage(), LANGUAGES, (v) => {
      editing = v;
      render();
    }, { hint: 'The category, cookie and banner texts below are shown and written in this language.' }),
  );

  const site = [
    field('site', 'Site name', c.site, (v) => put(c, 'site', v)),
    field('privacyPolicyUrl', 'Privacy policy URL', c.privacyPolicyUrl, (v) => put(c, 'privacyPolicyUrl', v), { hint: 'A link to it is in the banner. An address starting with https://, or one on your site such as /privacy.' }),
    field('language', 'Language of the texts', c.language, (v) => put(c, 'language', v), { placeholder: 'en', hint: 'The language the catalogue is written in, as a code: en, de, fr…' }),
    field('revision', 'Revision', c.revision, (v) => put(c, 'revision', v), { type: 'number', min: 1, step: 1, hint: 'Raised for you when a change needs every visitor to be asked again.' }),
    field('options.consentMaxAgeDays', 'Consent lifetime (days)', c.options?.consentMaxAgeDays, (v) => put((c.options ??= {}), 'consentMaxAgeDays', v), { type: 'number', min: 1, max: 395, placeholder: '182', hint: 'After this many days visitors are asked again (at most 395).' }),
  ];

  const categoryCards = [
    el('div', { className: 'card' }, toggle('categories.strictly-necessary', 'Strictly necessary', true, () => {}, { disabled: true }),
      el('p', { className: 'hint', textContent: 'Always on: the cookies the site cannot work without.' })),
    ...OPTIONAL.map(([id, name]) => {
      const settings = c.categories[id];
      const on = !!settings && settings.enabled !== false;
      const card = el('div', { className: 'card' },
        toggle(`categories.${id}.enabled`, name, on, (checked) => {
          // Switched off, a listed category keeps its texts and cookie rows (documented), just not offered.
          if (checked) c.categories[id] = { ...(c.categories[id] ?? {}), enabled: true };
          else if (c.categories[id]) c.categories[id].enabled = false;
          render();
        }),
        field(`categories.${id}.description`, 'Description', textOf(settings?.description), (v) => {
          c.categories[id] ??= { enabled: false };
          put(c.categories[id], 'description', withText(c.categories[id].description, v));
        }, { prefix: `${name}: `, multiline: true, rows: 2, placeholder: 'Built-in text' }),
      );
      card.dataset.path = `categories.${id}`;
      return card;
    }),
  ];
  const services = el('div', { className: 'group' },
    el('h3', { textContent: 'Services' }),
    el('p', { className: 'hint', textContent: 'The tools that set cookies (an analytics tool, an ad pixel): each one can be switched on and off on its own.' }),
    ...c.services.map((s, i) => {
      if (s && typeof s === 'object' && s.preset !== undefined) return presetRow(c, s, i, redraw);
      const n = `Service ${i + 1}: `;
      const row = el('div', { className: 'card grid' },
        field(`services[${i}].name`, 'Name', s.name, (v) => (s.name = v), { prefix: n }),
        field(`services[${i}].id`, 'ID', s.id, (v) => (s.id = v), { prefix: n, spellcheck: false }),
        categorySelect(`services[${i}].category`, 'Category', s.category, (v) => (s.category = v), n),
        button('Remove', () => (c.services.splice(i, 1), redraw('add-service')()), { prefix: ` service ${i + 1}`, className: 'button button-quiet' }),
      );
      row.dataset.path = `services[${i}]`;
      return row;
    }),
    button('Add a service', () => (c.services.push({ id: '', name: '', category: 'performance' }), redraw(idOf(`services[${c.services.length - 1}].name`))()), { id: 'add-service' }),
    presetPicker(c, redraw),
  );
  services.dataset.path = 'services';

  const cookies = [
    el('p', { className: 'hint', textContent: 'Every cookie the site sets, as visitors see them listed under each category.' }),
    ...c.cookies.map((k, i) => {
      const n = `Cookie ${i + 1}: `;
      const category = CATEGORIES.find(([id]) => id === k.category)?.[1] ?? k.category;
      return folding(`cookie-${i}`, `cookies[${i}]`, [`Cookie ${i + 1}: `, el('code', { textContent: k.name || 'no name yet' }), el('span', { className: 'meta', textContent: [k.provider, category].filter(Boolean).join(' · ') })], false, [
        el('div', { className: 'grid' },
          field(`cookies[${i}].name`, 'Name', k.name, (v) => (k.name = v), { prefix: n, spellcheck: false }),
          select(`cookies[${i}].match`, 'Match', k.match ?? 'exact', [['exact', 'exact name'], ['prefix', 'names starting with it']], (v) => put(k, 'match', v === 'exact' ? undefined : v), { prefix: n }),
          categorySelect(`cookies[${i}].category`, 'Category', k.category, (v) => (k.category = v), n),
          field(`cookies[${i}].provider`, 'Provider', k.provider, (v) => (k.provider = v), { prefix: n }),
          field(`cookies[${i}].domain`, 'Domain', k.domain, (v) => put(k, 'domain', v), { prefix: n, placeholder: 'this site' }),
          field(`cookies[${i}].expiry`, 'Expiry', textOf(k.expiry), (v) => put(k, 'expiry', withText(k.expiry, v)), { prefix: n, placeholder: 'e.g. 2 years' }),
        ),
        field(`cookies[${i}].description`, 'Description', textOf(k.description), (v) => put(k, 'description', withText(k.description, v)), { prefix: n, multiline: true, rows: 3 }),
        button('Remove', () => (c.cookies.splice(i, 1), opened.delete(`cookie-${c.cookies.length}`), redraw('add-cookie')()), { prefix: ` cookie ${i + 1}`, className: 'button button-quiet' }),
      ], { className: 'card cookie', badgeFor: `cookie-${i}` });
    }),
    button('Add a cookie', () => {
      c.cookies.push({ name: '', category: 'strictly-necessary', provider: '', expiry: '', description: '' });
      opened.set(`cookie-${c.cookies.length - 1}`, true);
      redraw(idOf(`cookies[${c.cookies.length - 1}].name`))();
    }, { id: 'add-cookie' }),
  ];

  const texts = BANNER_TEXTS.map(([key, label, builtIn, multiline]) =>
    field(`texts.${key}`, label, textOf(c.texts[key]), (v) => put(c.texts, key, withText(c.texts[key], v)), { placeholder: builtIn, multiline, rows: 3 }),
  );
  // The banner text the preview shows: the built-in one names only the purposes of the categories switched on.
  const note = el('p', { id: 'banner-text-in-force', className: 'hint', textContent: inForce });
  note.setAttribute('aria-live', 'polite');
  texts.push(note);

  const look = [
    select('appearance.theme', 'Theme', c.appearance?.theme ?? 'light', [['light', 'light'], ['dark', 'dark'], ['auto', 'auto (follows the visitor)']], (v) => ((c.appearance ??= {}).theme = v)),
    select('appearance.layout', 'Layout', c.appearance?.layout ?? 'bar', [['bar', 'bar along the bottom'], ['box', 'box in the corner'], ['wall', 'wall (blocks the page)']], (v) => ((c.appearance ??= {}).layout = v)),
    toggle('appearance.settingsButton', 'Floating settings button', c.appearance?.settingsButton === true, (v) => ((c.appearance ??= {}).settingsButton = v)),
  ];

  const consentMode = [
    select('integrations.googleConsentMode.mode', 'Google Consent Mode', c.integrations?.googleConsentMode?.mode ?? 'off', [['off', 'off'], ['basic', 'basic'], ['advanced', 'advanced']], (v) => {
      c.integrations ??= {};
      if (v === 'off') delete c.integrations.googleConsentMode;
      else c.integrations.googleConsentMode = { ...(c.integrations.googleConsentMode ?? {}), mode: v };
    }, { hint: 'Tells Google tags what the visitor chose. Basic: they load only after consent; advanced: they load at once and send cookieless pings until then.' }),
  ];

  const rules = c.jurisdictions && typeof c.jurisdictions === 'object' ? c.jurisdictions : undefined;
  /**
   * A rule renamed in place: the object rebuilt in the same order, so the rules keep their places. Rules are
   * found by identity, not by the id drawn (the form is not redrawn while typing); a name another rule has is not taken.
   */
  const rename = (rule, to) => {
    const current = c.jurisdictions ?? {};
    if (to in current && current[to] !== rule) return;
    c.jurisdictions = Object.fromEntries(Object.entries(current).map(([id, r]) => [r === rule ? to : id, r]));
  };
  const jurisdictions = [
    el('p', { className: 'hint', textContent: 'One catalogue, every law: each rule applies a model to the regions it lists; visitors from elsewhere, or whose region the page does not say, get the default rule. Opt-in: nothing optional before consent (EU). Opt-out: everything runs until the visitor opts out, with a "Your Privacy Choices" button and no banner (US states).' }),
    ...(rules ? Object.entries(rules) : []).map(([id, rule], i) => {
      const n = `Rule ${i + 1}: `;
      const at = `jurisdictions.${id}`;
      const card = el('div', { className: 'card' },
        el('div', { className: 'grid' },
          field(`${at} key`, 'Rule id', id, (v) => rename(rule, v), { prefix: n, spellcheck: false, hint: 'Lower-case letters, digits and dashes: "eu", "us-states".' }),
          select(`${at}.model`, 'Model', rule.model, [['opt-in', 'opt-in (ask first)'], ['opt-out', 'opt-out (run until the visitor opts out)']], (v) => {
            rule.model = v;
            redraw(idOf(`${at}.model`))();
          }, { prefix: n }),
          field(`${at}.regions`, 'Regions', Array.isArray(rule.regions) ? rule.regions.join(', ') : rule.regions, (v) => {
            const list = v.split(',').map((code) => code.trim()).filter(Boolean);
            put(rule, 'regions', list.length ? list : undefined);
          }, { prefix: n, spellcheck: false, placeholder: 'EEA, GB, US-CA', hint: 'ISO 3166 codes, upper case: DE, GB, US-CA; EEA for the European Economic Area.' }),
        ),
        toggle(`${at}.default`, 'Default rule (region unknown or in no rule)', rule.default === true, (v) => put(rule, 'default', v || undefined)),
        ...(rule.model === 'opt-in'
          ? OPTIONAL.filter(([cat]) => cat !== 'targeting').map(([cat, name]) =>
              select(`${at}.categories.${cat}.basis`, `${name}: legal basis`, rule.categories?.[cat]?.basis ?? 'consent', [['consent', 'consent (asked first)'], ['objection', 'objection (runs until the visitor objects)']], (v) => {
                rule.categories ??= {};
                if (v === 'consent') delete rule.categories[cat];
                else rule.categories[cat] = { basis: v };
                if (!Object.keys(rule.categories).length) delete rule.categories;
              }, { prefix: n }))
          : []),
        button('Remove', () => {
          c.jurisdictions = Object.fromEntries(Object.entries(c.jurisdictions ?? {}).filter(([, r]) => r !== rule));
          if (!Object.keys(c.jurisdictions).length) delete c.jurisdictions;
          redraw('add-rule')();
        }, { prefix: ` rule ${i + 1}`, className: 'button button-quiet' }),
      );
      card.dataset.path = at;
      return card;
    }),
    button('Add a rule', () => {
      c.jurisdictions ??= {};
      let k = Object.keys(c.jurisdictions).length + 1;
      while (`rule-${k}` in c.jurisdictions) k++;
      c.jurisdictions[`rule-${k}`] = { regions: [], model: 'opt-in' };
      redraw(idOf(`jurisdictions.rule-${k} key`))();
    }, { id: 'add-rule' }),
    ...(rules ? [] : [button('Start from EU opt-in, UK analytics by objection, US opt-out', () => ((c.jurisdictions = structuredClone(WORLD)), redraw('add-rule')()), { id: 'use-world', className: 'button button-quiet' })]),
  ];

  const bodies = { site, categories: [...categoryCards, services], cookies, texts, look, 'consent-mode': consentMode, jurisdictions };
  const active = document.activeElement;
  const next = focusNext;
  focusNext = undefined;
  const keep = next ?? ($('fields').contains(active) ? active.id : undefined);
  const y = window.scrollY;
  $('fields').replaceChildren(languageBar, ...SECTIONS.map(([key, title, open]) => folding(key, key, title, open, bodies[key])));
  window.scrollTo(window.scrollX, y);
  if (keep) $(keep)?.focus({ preventScroll: !next });
  if (lastResult) showProblems(lastResult);
}

// ---- service presets: a service's row when it names one, and the picker that adds them ----

/**
 * The row of a services entry naming a preset: the preset's name, provider and cookies read from the table,
 * its category (written beside `preset` only when it differs from the preset's) and Remove. A preset the
 * table does not know shows its id as a field, where the validator's problem lands.
 */
function presetRow(c, s, i, redraw) {
  const preset = presetOf(s);
  const name = s.name ?? preset?.name ?? s.preset;
  const n = `Service ${i + 1}, ${name}: `;
  const rows = Array.isArray(s.cookies) ? s.cookies : preset?.cookies ?? [];
  const row = el('div', { className: 'card preset-service' },
    el('p', { className: 'preset-title' },
      el('strong', { textContent: String(name) }),
      el('span', { className: 'meta', textContent: preset ? ` · preset ${s.preset}, ${preset.provider}` : ' · not a known preset' })),
    el('div', { className: 'grid' },
      preset
        ? select(`services[${i}].category`, 'Category', s.category ?? preset.category, CATEGORIES,
            (v) => put(s, 'category', v === preset.category ? undefined : v),
            { prefix: n, hint: `The preset's is ${categoryName(preset.category)}; its cookies move with the service.` })
        : field(`services[${i}].preset`, 'Preset', String(s.preset), (v) => (s.preset = v), { prefix: n, spellcheck: false }),
      button('Remove', () => (c.services.splice(i, 1), redraw('preset-search')()), { prefix: ` service ${i + 1}, ${name}`, className: 'button button-quiet' }),
    ),
    rows.length ? el('p', { className: 'hint', textContent: `Cookies from the preset: ${rows.map((r) => (r?.match === 'prefix' ? `${r.name}…` : r?.name)).join(', ')}.` }) : null,
    el('div', { className: 'group-error', hidden: true }),
  );
  row.dataset.path = `services[${i}]`;
  return row;
}

/** What the picker's search field holds, kept across redraws. */
let presetQuery = '';
/** Says a choice to screen readers (a live region outside the redrawn form). */
const announce = (text) => {
  const live = $('announce');
  live.textContent = '';
  setTimeout(() => (live.textContent = text), 50);
};

/**
 * "Add from presets": a combobox (ARIA 1.2, list autocomplete) over the presets table, filtered by name, id and
 * provider as you type; ↓ ↑ move through the matches, Enter or a click adds the one chosen as `{ "preset": id }`.
 * A preset already in the catalogue is marked and cannot be added again.
 */
function presetPicker(c, redraw) {
  const input = el('input', { type: 'text', id: 'preset-search', value: presetQuery, autocomplete: 'off', spellcheck: false, placeholder: 'Search: Clarity, Google, TikTok…' });
  const list = el('ul', { id: 'preset-list', className: 'preset-list', hidden: true });
  const none = el('p', { className: 'hint preset-none', textContent: 'No preset matches.', hidden: true });
  for (const [key, value] of [['role', 'combobox'], ['aria-autocomplete', 'list'], ['aria-controls', 'preset-list'], ['aria-expanded', 'false'], ['aria-describedby', 'preset-search-hint']]) input.setAttribute(key, value);
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Presets');
  let matches = [];
  let active = -1;

  const optionId = (id) => `preset-option-${id}`;
  const highlight = (at) => {
    active = at;
    list.querySelectorAll('[role="option"]').forEach((option, k) => option.setAttribute('aria-selected', String(k === at)));
    if (at >= 0) {
      input.setAttribute('aria-activedescendant', optionId(matches[at]));
      $(optionId(matches[at]))?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  /** The list shows while open with matches; an empty one gives way to a line saying so. */
  const open = (yes) => {
    list.hidden = !yes || matches.length === 0;
    none.hidden = !yes || matches.length > 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    if (!yes) highlight(-1);
  };
  /** The matches for the query, drawn; the first one not yet added is highlighted while something is typed. */
  const filter = () => {
    const q = input.value.trim().toLowerCase();
    matches = Object.keys(PRESETS).filter((id) => !q || [id, PRESETS[id].name, PRESETS[id].provider].some((t) => t?.toLowerCase().includes(q)));
    list.replaceChildren(...matches.map((id) => {
      const preset = PRESETS[id];
      const added = hasPreset(c.services, id);
      const option = el('li', { id: optionId(id), className: 'preset-option' },
        el('span', { className: 'preset-name', textContent: preset.name }),
        el('span', { className: 'meta', textContent: ` ${preset.provider} · ${categoryName(preset.category)}` }),
        added ? el('span', { className: 'preset-added', textContent: ' · in the catalogue' }) : null);
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      if (added) option.setAttribute('aria-disabled', 'true');
      option.addEventListener('mousedown', (event) => event.preventDefault());
      option.addEventListener('click', () => choose(id));
      return option;
    }));
    const first = matches.findIndex((id) => !hasPreset(c.services, id));
    highlight(q && matches.length ? Math.max(first, 0) : -1);
  };
  const choose = (id) => {
    if (hasPreset(c.services, id)) return announce(`${PRESETS[id].name} is already in the catalogue.`);
    c.services.push({ preset: id });
    presetQuery = '';
    // A preset in a category the catalogue does not list brings the category along (else the Check turns red):
    // listed, and switched on, since the site has just said it runs a tool of that purpose.
    const { category } = PRESETS[id];
    const categories = (c.categories ??= {});
    const brought = category !== 'strictly-necessary' && (!categories[category] || categories[category].enabled === false);
    if (brought) {
      const { enabled: _off, ...kept } = categories[category] ?? {};
      categories[category] = kept;
    }
    announce(`${PRESETS[id].name} added to the services${brought ? `, with the category ${categoryName(category)}` : ''}.`);
    redraw('preset-search')();
  };

  input.addEventListener('input', () => {
    presetQuery = input.value;
    filter();
    open(true);
  });
  input.addEventListener('click', () => {
    if (input.getAttribute('aria-expanded') !== 'true') (filter(), open(true));
  });
  input.addEventListener('blur', () => open(false));
  input.addEventListener('keydown', (event) => {
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (step) {
      event.preventDefault();
      if (input.getAttribute('aria-expanded') !== 'true') (filter(), open(true));
      if (matches.length) highlight(active < 0 ? (step > 0 ? 0 : matches.length - 1) : (active + step + matches.length) % matches.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (!list.hidden && active >= 0) choose(matches[active]);
    } else if (event.key === 'Escape') {
      if (!list.hidden || !none.hidden) open(false);
      else (input.value = presetQuery = '');
      event.preventDefault();
    }
  });

  const box = el('div', { className: 'field preset-picker' },
    el('label', { htmlFor: input.id, textContent: 'Add from presets' }),
    input,
    list,
    none,
    el('p', { className: 'hint', id: 'preset-search-hint', textContent: 'A known tool with its cookie rows, added as { "preset": "…" }: type to search by name or provider, then ↓ and Enter, or click. A field you change beside it (its category) overrides the preset.' }),
  );
  return box;
}

// ---- problems at their fields, and the summary at the top ----

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The element a problem's path names: its field, else the nearest group or section holding it. */
function targetOf(path) {
  let at = path.replace(/^catalog\.?/, '').replace(/ key$/, '');
  for (;;) {
    const found = at && document.querySelector(`#fields [data-path="${CSS.escape(at)}"]`);
    if (found) return found;
    if (!at) return null;
    const shorter = at.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
    at = shorter === at ? '' : shorter;
  }
}
/** The visible name of where a problem is: "Cookies › Cookie 2: provider". */
function placeOf(target) {
  if (!target) return 'Catalogue';
  const section = target.closest('details.section');
  const sectionTitle = section?.querySelector(':scope > summary .section-title')?.textContent;
  const own = target.dataset.field !== undefined ? target.querySelector('label')?.textContent
    : target.matches('details') ? target.querySelector(':scope > summary .section-title')?.textContent : undefined;
  return [sectionTitle, own !== sectionTitle ? own : undefined].filter(Boolean).join(' › ');
}
function reveal(target) {
  for (let d = target.closest('details'); d; d = d.parentElement.closest('details')) d.open = true;
}

function showProblems(result) {
  for (const box of document.querySelectorAll('#fields .field-error, #fields .group-error')) {
    box.replaceChildren();
    box.hidden = true;
  }
  for (const control of document.querySelectorAll('#fields [aria-invalid]')) {
    control.removeAttribute('aria-invalid');
    const hint = $(`${control.id}-hint`);
    if (hint) control.setAttribute('aria-describedby', hint.id);
    else control.removeAttribute('aria-describedby');
  }
  const counts = new Map();
  const items = (result.ok ? [] : result.problems).map((problem) => {
    const target = targetOf(problem.path);
    const control = target?.dataset.field !== undefined ? target.querySelector('input, select, textarea') : null;
    if (control) {
      const error = $(`${control.id}-error`);
      error.append(el('span', { textContent: problem.message }));
      error.hidden = false;
      control.setAttribute('aria-invalid', 'true');
      control.setAttribute('aria-describedby', [$(`${control.id}-hint`)?.id, error.id].filter(Boolean).join(' '));
    } else if (target) {
      const box = target.querySelector(':scope > .section-body > .group-error') ?? target.querySelector('.group-error');
      if (box) {
        // The path inside the catalogue, not the summary's full line: "categories key: expected …".
        box.append(el('p', { textContent: `${problem.path.replace(/^catalog\.?/, '') || 'catalogue'}: ${problem.message}` }));
        box.hidden = false;
      }
    }
    // Counted on every folding part that holds it, so a closed section or cookie card says so.
    for (let d = target?.closest('details'); d; d = d.parentElement.closest('details')) counts.set(d.dataset.badge, (counts.get(d.dataset.badge) ?? 0) + 1);
    const where = el('span', { className: 'where', textContent: placeOf(target) });
    const what = el('span', { className: 'msg', textContent: formatProblem(problem) });
    if (!target) return el('li', {}, where, what);
    const focusable = control ?? target.querySelector('summary') ?? target.querySelector('input, select, textarea, button');
    return el('li', {}, el('a', {
      href: `#${focusable?.id || ''}`,
      onclick: (event) => {
        event.preventDefault();
        reveal(target);
        (focusable ?? target).focus();
        (focusable ?? target).scrollIntoView({ block: 'center' });
      },
    }, where, what));
  });
  for (const details of document.querySelectorAll('#fields details')) {
    const n = counts.get(details.dataset.badge) ?? 0;
    const badge = details.querySelector(':scope > summary .badge');
    badge.textContent = n ? plural(n, 'problem') : '';
    badge.hidden = n === 0;
    details.classList.toggle('has-problems', n > 0);
  }
  const count = $('problem-count');
  count.hidden = result.ok;
  count.textContent = result.ok ? '' : `${plural(result.problems.length, 'problem')} to fix: the preview waits until ${result.problems.length === 1 ? 'it is' : 'they are'} fixed.`;
  $('problems').replaceChildren(
    ...(result.ok ? [el('li', { className: 'ok', textContent: 'Valid: the SDK and `consent-gate validate` accept this catalogue.' })] : items),
    ...result.warnings.map((w) => el('li', { className: 'warning', textContent: `Warning: ${w}` })),
  );
  $('check').classList.toggle('has-problems', !result.ok);
  // The preview keeps the last valid catalogue: say so while it is out of date.
  const frame = $('preview');
  $('preview-pane').classList.toggle('stale', !result.ok);
  $('stale-note').hidden = result.ok;
  // The note on the banner text was read off that preview: out of date with it.
  if (!result.ok && inForce && !inForce.startsWith(STALE_TEXT)) showInForce(STALE_TEXT + inForce);
  if (result.ok) frame.removeAttribute('aria-describedby');
  else frame.setAttribute('aria-describedby', 'stale-note');
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
  const before = new Map((original.services ?? []).map(serviceOf).map((s) => [s.id, s.category]));
  for (const s of (catalog.services ?? []).map(serviceOf)) {
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
  const revision = $(idOf('revision'));
  if (revision && Number(revision.value) !== catalog.revision) revision.value = catalog.revision ?? '';
}

let previewTimer;
let previews = 0;
function changed() {
  applyRevision();
  const result = parseCatalog(catalog, { presets: PRESETS });
  lastResult = result;
  showProblems(result);
  const json = JSON.stringify(catalog, null, 2);
  $('export-json').value = json;
  URL.revokeObjectURL($('download').href);
  $('download').href = URL.createObjectURL(new Blob([json + '\n'], { type: 'application/json' }));
  $('export-script').value = `<script src="/consent-gate.iife.js" data-catalog="/catalog/${slug()}.json"></script>`;
  $('export-npm').value = `import { createConsentGate } from 'consent-gate';\nimport catalog from './catalog/${slug()}.json';\n\nconst gate = createConsentGate({ catalog });`;
  // Only a valid catalogue is previewed; the last valid one stays (marked out of date) until then.
  clearTimeout(previewTimer);
  if (result.ok) previewTimer = setTimeout(preview, 250);
}

const slug = () => (catalog.site ?? 'site').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'site';

/** What the preview's banner says, and whose words those are, for the Texts section. */
let inForce = '';
const STALE_TEXT = 'Out of date, like the preview: ';
function showInForce(text) {
  inForce = text;
  const note = document.getElementById('banner-text-in-force');
  if (note) note.textContent = text;
}

/** Reads the banner text off the preview once its banner is drawn (the SDK's shadow root is open). */
function readInForce(frame, own) {
  const started = Date.now();
  const look = () => {
    const root = frame.contentDocument?.querySelector('[data-consent-gate-root]')?.shadowRoot;
    const text = root?.querySelector('#cg-banner-title + p')?.firstChild?.textContent?.trim();
    if (text) return showInForce(`Banner text in force (${own ? 'yours' : 'built-in, naming the purposes of the categories switched on'}): “${text}”`);
    if ($('preview') === frame && Date.now() - started < 10_000) setTimeout(look, 100);
  };
  look();
}

/**
 * The wall layout is a modal dialog, which takes the focus when it opens: in the preview that would pull the
 * caret out of the field being typed in, so the next keystrokes land in the preview. A focus move into a new
 * preview that the person did not make (no click inside it, no Tab here just before) goes back to that field.
 */
let typingIn = null;
let tabbedAt = 0;
document.addEventListener('focusin', (event) => (typingIn = event.target.closest?.('.form-pane') ? event.target.id : typingIn));
document.addEventListener('keydown', (event) => event.key === 'Tab' && (tabbedAt = Date.now()), true);
/** When the current preview was drawn, and whether the person has clicked or typed in it since. */
let previewDrawn = 0;
let previewTouched = false;
// One listener for every preview: the window blurs when focus goes into the preview frame.
window.addEventListener('blur', () =>
  setTimeout(() => {
    const taken = document.activeElement === $('preview') && !previewTouched && Date.now() - tabbedAt > 500 && Date.now() - previewDrawn < 10_000;
    if (taken && typingIn) $(typingIn)?.focus({ preventScroll: true });
  }),
);
function keepFocusFrom(frame) {
  previewDrawn = Date.now();
  previewTouched = false;
  frame.addEventListener('load', () => {
    for (const type of ['pointerdown', 'keydown']) frame.contentWindow?.addEventListener(type, () => (previewTouched = true), true);
  });
}

/** The production script tag on a blank page, the catalogue inline; the preview's own cookie cleared so it asks. */
function preview() {
  document.cookie = `${PREVIEW_COOKIE}=; Max-Age=-1; Path=/`;
  const json = JSON.stringify(catalog).replace(/</g, '\\u003c');
  // A fresh iframe each time, rather than navigating one whose page may have a modal dialog open.
  const frame = el('iframe', { id: 'preview', title: 'Banner preview' });
  // Numbered, so that a test (or a curious reader) can tell which catalogue the preview shows.
  frame.dataset.preview = String(++previews);
  $('preview').replaceWith(frame);
  keepFocusFrom(frame);
  // As a visitor from the picked region, with Global Privacy Control if ticked.
  const region = $('preview-region').value;
  const gpc = $('preview-gpc').checked ? "<script>Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true })</script>" : '';
  frame.srcdoc = `<!doctype html><html lang="${editLanguage()}"${editLanguage() === 'ar' ? ' dir="rtl"' : ''}><head><meta charset="utf-8"><title>Preview</title>
<script type="application/json" id="consent-gate-config">${json}</script>${gpc}
<script src="/dist/consent-gate.iife.js" data-cookie-name="${PREVIEW_COOKIE}"${region ? ` data-region="${region}"` : ''}></script></head>
<body style="font: 14px system-ui; margin: 12px"><main><p>Your site's page.</p><p><a href="#" data-consent-gate="preferences">Cookie settings</a></p></main></body></html>`;
  readInForce(frame, !!textOf(catalog.texts?.bannerDescription));
}

/** A load that failed is said beside the control it came from; a good one clears both. */
function loadError(source, message) {
  for (const [id, control] of [['pasted-error', $('pasted')], ['file-error', $('file')]]) {
    const mine = source === control && message;
    $(id).textContent = mine ? message : '';
    $(id).hidden = !mine;
    if (mine) {
      control.setAttribute('aria-invalid', 'true');
      control.setAttribute('aria-describedby', id);
    } else {
      control.removeAttribute('aria-invalid');
      control.removeAttribute('aria-describedby');
    }
  }
}

function load(json, from, source) {
  let next;
  try {
    next = typeof json === 'string' ? JSON.parse(json) : json;
  } catch (error) {
    loadError(source, `${from}: not JSON (${error.message}). Nothing was loaded; the form still shows the catalogue before.`);
    return;
  }
  if (typeof next !== 'object' || next === null || Array.isArray(next)) {
    loadError(source, `${from}: not a catalogue (a JSON object such as { "revision": 1, … }). Nothing was loaded.`);
    return;
  }
  loadError(null);
  catalog = next;
  original = structuredClone(catalog);
  $('revision-note').dataset.raised = '';
  render();
  changed();
}

/**
 * The latest load wins: a shipped catalogue still being fetched (the first one, at start, on a slow
 * machine) must not replace one the person pasted or picked meanwhile.
 */
let loads = 0;
const latest = async (read, from, source) => {
  const ticket = ++loads;
  const json = await read();
  if (ticket === loads) load(json, from, source);
};
$('load-shipped').addEventListener('click', () => latest(async () => (await fetch(`/catalog/${$('shipped').value}.json`)).json(), $('shipped').value));
$('load-pasted').addEventListener('click', () => latest(() => $('pasted').value, 'Pasted JSON', $('pasted')));
$('file').addEventListener('change', () => {
  const file = $('file').files?.[0];
  if (file) void latest(() => file.text(), file.name, $('file'));
});
$('reset-preview').addEventListener('click', preview);
for (const id of ['preview-region', 'preview-gpc']) $(id).addEventListener('change', () => lastResult?.ok && preview());
$('load-shipped').click();
