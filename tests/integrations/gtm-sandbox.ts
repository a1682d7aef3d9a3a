/**
 * A small stand-in for Google Tag Manager's sandbox, enough to run the code of
 * integrations/gtm/consent-gate.tpl in vitest. It holds only the APIs that code
 * uses, each as Google documents it ("Custom template APIs", "Custom template
 * permissions", "Sandboxed JavaScript", "Standard library" on
 * developers.google.com/tag-platform/tag-manager/templates):
 *
 * - `require` of any other API throws, as an API unknown to the stand-in.
 * - Every API that needs a permission checks the template's own
 *   ___WEB_PERMISSIONS___ and throws when it is not declared; what the code did
 *   use is recorded (`used`), so a test can also check nothing more is declared.
 * - Values cross between the page and the sandbox as the docs say: plain data
 *   copied, functions wrapped, anything else (a Promise, a class instance) undefined.
 * - The container's events run in order, Consent Initialization first:
 *   `setDefaultConsentState` after a tag has fired (another tag of the same
 *   event, or any tag of a later event) is a violation the stand-in reports;
 *   `addEventCallback` callbacks run when the event ends; a tag that has not
 *   called `gtmOnSuccess` or `gtmOnFailure` by then is a violation too.
 *
 * What it does not model: the queueing of consent commands after the event
 * (`consent()` applies them in call order), regions, and the browser itself.
 * `checkSandboxedJs` checks the code keeps to the language the sandbox runs
 * (ECMAScript 5.1 with arrow functions, const and let; no `new`, no `this`;
 * only the documented methods of the built-in types), and `runGtmTests` runs the
 * template's ___TESTS___ scenarios with the test APIs they use (mock, runCode,
 * assertApi, assertThat).
 */
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'acorn';

export const TEMPLATE_PATH = 'integrations/gtm/consent-gate.tpl';
export const SECTION_ORDER = [
  '___TERMS_OF_SERVICE___', '___INFO___', '___TEMPLATE_PARAMETERS___', '___SANDBOXED_JS_FOR_WEB_TEMPLATE___',
  '___WEB_PERMISSIONS___', '___TESTS___', '___NOTES___',
];

export interface Parameter {
  type: string;
  name: string;
  defaultValue?: unknown;
  subParams?: Parameter[];
  [key: string]: unknown;
}

export interface Template {
  /** Section names in file order, and their text. */
  order: string[];
  sections: Record<string, string>;
  info: Record<string, unknown>;
  parameters: Parameter[];
  code: string;
  permissions: Permissions;
}

/** The sections of a .tpl file: a line `___NAME___` opens each. */
export function readTemplate(path = TEMPLATE_PATH): Template {
  const text = readFileSync(path, 'utf8');
  const sections: Record<string, string> = {};
  const order: string[] = [];
  let current: string | undefined;
  for (const line of text.split('\n')) {
    if (/^___[A-Z_]+___$/.test(line)) {
      current = line;
      order.push(line);
      sections[line] = '';
    } else if (current) sections[current] += `${line}\n`;
  }
  for (const name of order) sections[name] = sections[name]!.trim();
  return {
    order,
    sections,
    info: JSON.parse(sections['___INFO___']!),
    parameters: JSON.parse(sections['___TEMPLATE_PARAMETERS___']!),
    code: sections['___SANDBOXED_JS_FOR_WEB_TEMPLATE___']!,
    permissions: declaredPermissions(JSON.parse(sections['___WEB_PERMISSIONS___']!)),
  };
}

/** Every field, groups' fields included. */
export function allParameters(parameters: Parameter[]): Parameter[] {
  return parameters.flatMap((p) => [p, ...allParameters(p.subParams ?? [])]);
}

/** `data` as a new tag of the template has it: each field's default value. */
export function fieldDefaults(parameters: Parameter[]): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const p of allParameters(parameters)) if (p.type !== 'GROUP' && p.type !== 'LABEL') data[p.name] = p.defaultValue;
  return data;
}

/** What the permissions allow, and (as `used`) what the code used. */
export interface Permissions {
  consent: Record<string, { read: boolean; write: boolean }>;
  globals: Record<string, { read: boolean; write: boolean; execute: boolean }>;
  cookies: 'any' | string[];
  dataLayerWrite: string[];
  logging?: 'debug' | 'all';
  eventMetadata: boolean;
  templateStorage: boolean;
}

const nonePermitted = (): Permissions => ({ consent: {}, globals: {}, cookies: [], dataLayerWrite: [], eventMetadata: false, templateStorage: false });

interface ParamValue { type: number; string?: string; boolean?: boolean; listItem?: ParamValue[]; mapKey?: ParamValue[]; mapValue?: ParamValue[] }
/** A permission parameter in the file's encoding: 1 string, 2 list, 3 map, 8 boolean. */
function decode(value: ParamValue): unknown {
  switch (value.type) {
    case 1: return value.string;
    case 2: return (value.listItem ?? []).map(decode);
    case 3: return Object.fromEntries((value.mapKey ?? []).map((key, i) => [decode(key), decode(value.mapValue![i]!)]));
    case 8: return value.boolean;
    default: throw new Error(`permission value of type ${value.type}: not known to the stand-in`);
  }
}

type PermissionEntry = { instance: { key: { publicId: string }; param: { key: string; value: ParamValue }[] } };
export function declaredPermissions(entries: PermissionEntry[]): Permissions {
  const permitted = nonePermitted();
  for (const { instance } of entries) {
    const param = Object.fromEntries(instance.param.map(({ key, value }) => [key, decode(value)])) as Record<string, unknown>;
    switch (instance.key.publicId) {
      case 'access_consent':
        for (const t of param.consentTypes as { consentType: string; read: boolean; write: boolean }[]) permitted.consent[t.consentType] = { read: t.read, write: t.write };
        break;
      case 'access_globals':
        for (const k of param.keys as { key: string; read: boolean; write: boolean; execute: boolean }[]) permitted.globals[k.key] = { read: k.read, write: k.write, execute: k.execute };
        break;
      case 'get_cookies':
        permitted.cookies = param.cookieAccess === 'any' ? 'any' : (param.cookieNames as string[]);
        break;
      case 'write_data_layer':
        permitted.dataLayerWrite = param.keyPatterns as string[];
        break;
      case 'logging':
        permitted.logging = param.environments as 'debug' | 'all';
        break;
      case 'read_event_metadata':
        permitted.eventMetadata = true;
        break;
      case 'access_template_storage':
        permitted.templateStorage = true;
        break;
      default:
        throw new Error(`permission ${instance.key.publicId}: not known to the stand-in`);
    }
  }
  return permitted;
}

// ---------------------------------------------------------------------------------------------
// The language

/** Methods of the built-in types the sandbox has ("Standard library"). */
const STANDARD_METHODS = new Set([
  // Array
  'concat', 'every', 'filter', 'forEach', 'indexOf', 'join', 'lastIndexOf', 'map', 'pop', 'push', 'reduce', 'reduceRight',
  'reverse', 'shift', 'slice', 'some', 'sort', 'splice', 'toString', 'unshift',
  // String (concat, indexOf, lastIndexOf, slice, toString as above)
  'charAt', 'match', 'replace', 'search', 'split', 'substring', 'toLowerCase', 'toLocaleLowerCase', 'toUpperCase', 'toLocaleUpperCase', 'trim',
]);
/** Methods of the APIs' objects and of `data`. */
const API_METHODS = new Set(['parse', 'stringify', 'abs', 'ceil', 'floor', 'max', 'min', 'pow', 'round', 'sqrt', 'getItem', 'setItem', 'removeItem', 'clear', 'gtmOnSuccess', 'gtmOnFailure']);
/** The test APIs of ___TESTS___ ("Tests" in the custom template docs). */
const TEST_GLOBALS = ['mock', 'runCode', 'assertApi', 'assertThat', 'fail'];
const TEST_METHODS = new Set(['wasCalled', 'wasNotCalled', 'wasCalledWith', 'wasNotCalledWith', 'isEqualTo', 'isNotEqualTo', 'isDefined', 'isUndefined', 'isTrue', 'isFalse', 'isNull', 'isNotNull']);

/** Beyond ECMAScript 5.1 with arrow functions, const and let, or documented as absent (`new`, `this`). */
const NOT_SANDBOXED: Record<string, string> = {
  NewExpression: '`new` (the sandbox has none)',
  ThisExpression: '`this` (sandboxed functions have none)',
  TemplateLiteral: 'a template literal',
  TaggedTemplateExpression: 'a tagged template',
  ClassDeclaration: 'a class',
  ClassExpression: 'a class',
  SpreadElement: 'spread syntax',
  RestElement: 'rest syntax',
  ObjectPattern: 'destructuring',
  ArrayPattern: 'destructuring',
  AssignmentPattern: 'a default value',
  ForOfStatement: 'for...of',
  ChainExpression: 'optional chaining',
  AwaitExpression: 'await',
  YieldExpression: 'yield',
  WithStatement: 'with',
  ImportExpression: 'import()',
  MetaProperty: 'new.target or import.meta',
};

type Node = { type: string; [key: string]: unknown };
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

/**
 * What in `code` the sandbox would not run: syntax outside its language, a
 * global other than `require` and `data` (the sandbox has no window, Math or
 * JSON but through require), a method the built-in types do not have. Empty: none.
 */
export function checkSandboxedJs(code: string, { test = false } = {}): string[] {
  const problems: string[] = [];
  let program: Node;
  try {
    program = parse(code, { ecmaVersion: 2022, allowReturnOutsideFunction: true, sourceType: 'script', locations: true }) as unknown as Node;
  } catch (error) {
    return [`does not parse: ${(error as Error).message}`];
  }
  const where = (node: Node) => `line ${(node.loc as { start: { line: number } }).start.line}`;
  const declared = new Set<string>(['require', 'data', 'undefined', ...(test ? TEST_GLOBALS : [])]);
  const referenced: Node[] = [];
  const methods = test ? new Set([...STANDARD_METHODS, ...API_METHODS, ...TEST_METHODS]) : new Set([...STANDARD_METHODS, ...API_METHODS]);

  const visit = (node: Node): void => {
    if (NOT_SANDBOXED[node.type]) problems.push(`${where(node)}: ${NOT_SANDBOXED[node.type]}`);
    if (node.type === 'Literal' && node.regex) problems.push(`${where(node)}: a regular expression (the sandbox has no RegExp)`);
    if (node.type === 'UnaryExpression' && node.operator === 'delete') problems.push(`${where(node)}: delete (Object.delete is the sandbox's)`);
    if ((node.type === 'LogicalExpression' && node.operator === '??') || (node.type === 'BinaryExpression' && node.operator === '**')) {
      problems.push(`${where(node)}: the operator ${node.operator as string}`);
    }
    if ((node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression') && (node.async || node.generator)) {
      problems.push(`${where(node)}: an async or generator function`);
    }
    if (node.type === 'Property' && (node.kind === 'get' || node.kind === 'set')) problems.push(`${where(node)}: a getter or setter`);
    if (node.type === 'VariableDeclarator' && isNode(node.id) && node.id.type === 'Identifier') declared.add(node.id.name as string);
    if (node.type === 'FunctionDeclaration' && isNode(node.id)) declared.add(node.id.name as string);
    if ((node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression')) {
      for (const param of node.params as Node[]) if (param.type === 'Identifier') declared.add(param.name as string);
    }
    if (node.type === 'CallExpression' && isNode(node.callee) && node.callee.type === 'MemberExpression' && !node.callee.computed) {
      const name = (node.callee.property as Node).name as string;
      if (!methods.has(name)) problems.push(`${where(node)}: the method ${name} (not in the sandbox's standard library)`);
    }
    if (node.type === 'Identifier') referenced.push(node);
    for (const [key, child] of Object.entries(node)) {
      // Names that are no reference: a property after ".", an object literal's key.
      if (node.type === 'MemberExpression' && key === 'property' && !node.computed) continue;
      if (node.type === 'Property' && key === 'key' && !node.computed) continue;
      if (Array.isArray(child)) child.filter(isNode).forEach(visit);
      else if (isNode(child)) visit(child);
    }
  };
  visit(program);
  for (const id of referenced) if (!declared.has(id.name as string)) problems.push(`${where(id)}: the global ${id.name as string} (not in the sandbox)`);
  return problems;
}

// ---------------------------------------------------------------------------------------------
// The APIs

export interface Call { api: string; args: unknown[]; event: string }

export interface SandboxOptions {
  /** document.cookie as the page has it; default the test page's own. */
  cookies?: string | (() => string);
  /** getTimestampMillis(); default Date.now(). */
  now?: number | (() => number);
  /** The page's globals (window.ConsentGate…). */
  window?: Record<string, unknown>;
  /** Logging limited to "debug" logs only in Preview and Debug mode; default on. */
  debugMode?: boolean;
  /** In place of the template's declared permissions (to test the stand-in itself). */
  permissions?: Permissions;
  /** In place of the template's code (likewise). */
  code?: string;
}

export interface Sandbox {
  readonly window: Record<string, unknown>;
  /** Every API call the code made, in order, with the event it came in. */
  readonly calls: Call[];
  readonly logs: unknown[][];
  /** Documented rules the code broke (setDefaultConsentState after a tag, a tag that never completed). */
  readonly violations: string[];
  /** Errors thrown inside the sandbox, including in callbacks the page called (where nothing else sees them). */
  readonly errors: Error[];
  /** The permissions the code used. */
  readonly used: Permissions;
  /** APIs the code required, and those it called. */
  readonly required: Set<string>;
  readonly invoked: Set<string>;
  /** The current container event: gtm.init_consent (Consent Initialization), gtm.init, gtm.js, gtm.dom, gtm.load. */
  readonly event: string;
  /** APIs replaced for GTM's test API `mock`: a function, or the value to return. */
  readonly mocks: Map<string, unknown>;
  /** Fires the template's tag in the current event; `data` is the fields' defaults and `overrides`. */
  run(overrides?: Record<string, unknown>, options?: { defaults?: boolean }): void;
  /** Another tag of the container fires in the current event. */
  fireTag(name?: string): void;
  /** The current event ends: its event callbacks run; the next event begins, and its tags fire. */
  endEvent(): void;
  /** The consent state the commands made: the defaults, then each update. */
  consent(): Record<string, string>;
  /** The arguments of each call of one API. */
  callsOf(api: string): unknown[][];
  require(name: string): unknown;
}

export const EVENTS = ['gtm.init_consent', 'gtm.init', 'gtm.js', 'gtm.dom', 'gtm.load'];
/** Globals a template sees only through require: shadowed, so that using one fails in the stand-in too. */
const SHADOWED = [
  'window', 'document', 'globalThis', 'self', 'Math', 'JSON', 'Date', 'Object', 'Array', 'String', 'Number', 'Boolean', 'RegExp',
  'Promise', 'Symbol', 'Reflect', 'Proxy', 'parseInt', 'parseFloat', 'isNaN', 'isFinite', 'encodeURIComponent', 'decodeURIComponent',
  'encodeURI', 'decodeURI', 'setTimeout', 'setInterval', 'console', 'fetch', 'navigator', 'location', 'localStorage',
];
/** Consent settings keys that are no consent type. */
const SETTINGS_KEYS = ['region', 'wait_for_update'];

const isPlain = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && [Object.prototype, null].includes(Object.getPrototypeOf(value));

/** getType: typeof, but "array" and "null" apart. */
function getType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'function' ? 'function' : typeof value === 'object' ? 'object' : typeof value;
}

/** A dataLayer key against write_data_layer's key patterns ("*" a wildcard). */
const keyMatches = (pattern: string, key: string) =>
  new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`).test(key);
/** gtagSet's keys: a key, or every flattened key of a plain object (foo.bar). */
const flattened = (value: Record<string, unknown>, prefix = ''): string[] =>
  Object.entries(value).flatMap(([key, v]) => (isPlain(v) ? flattened(v, `${prefix}${key}.`) : [`${prefix}${key}`]));

export function createSandbox(template: Template, options: SandboxOptions = {}): Sandbox {
  const permitted = options.permissions ?? template.permissions;
  const win = options.window ?? {};
  const cookies = () => (typeof options.cookies === 'function' ? options.cookies() : options.cookies ?? document.cookie);
  const now = () => (typeof options.now === 'function' ? options.now() : options.now ?? Date.now());
  const calls: Call[] = [];
  const logs: unknown[][] = [];
  const violations: string[] = [];
  const errors: Error[] = [];
  const used = nonePermitted();
  const required = new Set<string>();
  const invoked = new Set<string>();
  const mocks = new Map<string, unknown>();
  const storage = new Map<string, unknown>();
  const defaults: Record<string, string> = {};
  const updates: Record<string, string>[] = [];
  let eventIndex = 0;
  let tagsFired = false;
  let eventCallbacks: ((containerId: string, eventData: unknown) => void)[] = [];
  let pending: { completed: boolean }[] = [];
  const event = () => EVENTS[eventIndex] ?? `event ${eventIndex}`;

  const denied = (message: string): never => {
    const error = new Error(`permission denied: ${message}`);
    errors.push(error);
    throw error;
  };
  const record = (api: string, args: unknown[]) => {
    // JSON.parse: the API JSON.
    invoked.add(api.split('.')[0]!);
    calls.push({ api, args, event: event() });
  };

  // Values crossing between the page and the sandbox ("callInWindow": the eight sandbox types; else undefined).
  const toSandbox = (value: unknown): unknown => {
    if (value === null || ['undefined', 'boolean', 'number', 'string'].includes(typeof value)) return value;
    if (typeof value === 'function') return (...args: unknown[]) => toSandbox((value as (...a: unknown[]) => unknown)(...args.map(toNative)));
    if (Array.isArray(value)) return value.map(toSandbox);
    if (isPlain(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toSandbox(v)]));
    return undefined;
  };
  const toNative = (value: unknown): unknown => {
    if (typeof value === 'function') {
      return (...args: unknown[]) => {
        try {
          return toNative((value as (...a: unknown[]) => unknown)(...args.map(toSandbox)));
        } catch (error) {
          errors.push(error as Error);
          throw error;
        }
      };
    }
    if (Array.isArray(value)) return value.map(toNative);
    if (isPlain(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNative(v)]));
    return value;
  };

  const checkConsentWrite = (api: string, settings: unknown) => {
    if (!isPlain(settings)) throw new Error(`${api}: takes an object of consent types`);
    for (const key of Object.keys(settings)) {
      if (SETTINGS_KEYS.includes(key)) continue;
      if (!permitted.consent[key]?.write) denied(`${api} writes ${key}: access_consent does not allow writing it`);
      (used.consent[key] ??= { read: false, write: false }).write = true;
    }
  };
  const consentValues = (settings: Record<string, unknown>) => {
    const values: Record<string, string> = {};
    // "Any value other than 'granted' will be treated as 'denied'."
    for (const [key, value] of Object.entries(settings)) if (!SETTINGS_KEYS.includes(key)) values[key] = value === 'granted' ? 'granted' : 'denied';
    return values;
  };
  const readsCookie = (name: string) => permitted.cookies === 'any' || permitted.cookies.includes(name);
  const writesKey = (key: string) => permitted.dataLayerWrite.some((pattern) => keyMatches(pattern, key));
  const executes = (key: string) => !!permitted.globals[key]?.execute;
  const needStorage = () => {
    if (!permitted.templateStorage) denied('templateStorage: access_template_storage is not declared');
    used.templateStorage = true;
  };

  const apis: Record<string, unknown> = {
    setDefaultConsentState(settings: unknown) {
      checkConsentWrite('setDefaultConsentState', settings);
      record('setDefaultConsentState', [settings]);
      // Tag Manager: the default must be set before any tag fires, on the Consent Initialization trigger.
      if (tagsFired) violations.push(`setDefaultConsentState in ${event()}, after tags have fired: the default must come first, on Consent Initialization`);
      Object.assign(defaults, consentValues(settings as Record<string, unknown>));
    },
    updateConsentState(settings: unknown) {
      checkConsentWrite('updateConsentState', settings);
      record('updateConsentState', [settings]);
      updates.push(consentValues(settings as Record<string, unknown>));
    },
    gtagSet(keyOrObject: unknown, value?: unknown) {
      const keys = typeof keyOrObject === 'string' ? [keyOrObject] : isPlain(keyOrObject) ? flattened(keyOrObject) : [];
      for (const key of keys) {
        if (!writesKey(key)) denied(`gtagSet writes ${key}: write_data_layer does not allow it`);
        if (!used.dataLayerWrite.includes(key)) used.dataLayerWrite.push(key);
      }
      record('gtagSet', value === undefined ? [keyOrObject] : [keyOrObject, value]);
    },
    getCookieValues(name: unknown, decode: unknown = true) {
      const key = String(name);
      if (!readsCookie(key)) denied(`getCookieValues reads ${key}: get_cookies does not allow it`);
      if (used.cookies !== 'any' && !used.cookies.includes(key)) used.cookies.push(key);
      record('getCookieValues', [name, decode]);
      // "Returns the values of all cookies with the given name", in document.cookie's order.
      const raw = cookies().split(/;\s*/).filter((pair) => pair.startsWith(`${key}=`)).map((pair) => pair.slice(key.length + 1));
      if (decode === false) return raw;
      return raw.map((value) => {
        try {
          return decodeURIComponent(value);
        } catch {
          throw new Error('stand-in: getCookieValues with decode on, for a value decodeURIComponent refuses, is not documented');
        }
      });
    },
    decodeUriComponent(encoded: unknown) {
      record('decodeUriComponent', [encoded]);
      // "Returns undefined when provided with invalid input."
      try {
        return decodeURIComponent(String(encoded));
      } catch {
        return undefined;
      }
    },
    JSON: {
      // "If the value cannot be parsed … undefined. If the input value is not a string, the input will be coerced to a string."
      parse(input: unknown) {
        record('JSON.parse', [input]);
        try {
          return JSON.parse(String(input));
        } catch {
          return undefined;
        }
      },
      stringify(input: unknown) {
        record('JSON.stringify', [input]);
        try {
          return JSON.stringify(input);
        } catch {
          return undefined;
        }
      },
    },
    Math: Object.fromEntries(['abs', 'ceil', 'floor', 'max', 'min', 'pow', 'round', 'sqrt'].map((name) => [
      name,
      (...args: number[]) => {
        invoked.add('Math');
        return (Math[name as 'abs'] as (...a: number[]) => number)(...args);
      },
    ])),
    getType(value: unknown) {
      invoked.add('getType');
      return getType(value);
    },
    makeInteger(value: unknown) {
      record('makeInteger', [value]);
      // "Converts the given value to a number (integer)": a number, then its whole part.
      return Math.trunc(Number(value));
    },
    getTimestampMillis() {
      record('getTimestampMillis', []);
      return now();
    },
    callInWindow(path: unknown, ...args: unknown[]) {
      const key = String(path);
      if (!executes(key)) denied(`callInWindow calls ${key}: access_globals does not allow executing it`);
      (used.globals[key] ??= { read: false, write: false, execute: false }).execute = true;
      record('callInWindow', [path, ...args]);
      // "If the given path does not exist, or does not reference a function, undefined will be returned."
      let parent: unknown = undefined;
      let target: unknown = win;
      for (const part of key.split('.')) {
        parent = target;
        target = target !== null && typeof target === 'object' || typeof target === 'function' ? (target as Record<string, unknown>)[part] : undefined;
      }
      if (typeof target !== 'function') return undefined;
      return toSandbox((target as (...a: unknown[]) => unknown).apply(parent, args.map(toNative)));
    },
    addEventCallback(callback: unknown) {
      if (!permitted.eventMetadata) denied('addEventCallback: read_event_metadata is not declared');
      used.eventMetadata = true;
      record('addEventCallback', [callback]);
      eventCallbacks.push(callback as (containerId: string, eventData: unknown) => void);
    },
    templateStorage: {
      // "Data stored in template storage persists for the lifetime of the page"; values kept as they are.
      getItem(key: string) {
        needStorage();
        invoked.add('templateStorage');
        return storage.get(key);
      },
      setItem(key: string, value: unknown) {
        needStorage();
        invoked.add('templateStorage');
        storage.set(key, value);
      },
      removeItem(key: string) {
        needStorage();
        invoked.add('templateStorage');
        storage.delete(key);
      },
      clear() {
        needStorage();
        invoked.add('templateStorage');
        storage.clear();
      },
    },
    queryPermission(name: unknown, ...args: unknown[]) {
      record('queryPermission', [name, ...args]);
      switch (name) {
        case 'get_cookies': return readsCookie(String(args[0]));
        case 'access_consent': return !!permitted.consent[String(args[0])]?.[args[1] === 'read' ? 'read' : 'write'];
        case 'access_globals': {
          const rights = permitted.globals[String(args[1])];
          return !!rights && (args[0] === 'readwrite' ? rights.read && rights.write : !!rights[args[0] as 'read' | 'write' | 'execute']);
        }
        case 'write_data_layer': return writesKey(String(args[0]));
        case 'logging': return permitted.logging !== undefined;
        case 'read_event_metadata': return permitted.eventMetadata;
        case 'access_template_storage': return permitted.templateStorage;
        default: throw new Error(`queryPermission('${String(name)}'): not known to the stand-in`);
      }
    },
    logToConsole(...args: unknown[]) {
      if (!permitted.logging) denied('logToConsole: logging is not declared');
      used.logging = permitted.logging;
      record('logToConsole', args);
      // Limited to "debug": only Preview and Debug mode show it.
      if (permitted.logging === 'all' || options.debugMode !== false) logs.push(args);
    },
  };

  const requireApi = (name: string): unknown => {
    required.add(name);
    if (!(name in apis)) throw new Error(`require('${name}'): not an API of this stand-in`);
    const api = apis[name];
    if (typeof api !== 'function') return api;
    // GTM's test API `mock` replaces an API, also after require.
    return (...args: unknown[]) => {
      if (!mocks.has(name)) return (api as (...a: unknown[]) => unknown)(...args);
      record(name, args);
      const mock = mocks.get(name);
      return typeof mock === 'function' ? (mock as (...a: unknown[]) => unknown)(...args) : mock;
    };
  };

  const compiled = new Function(...SHADOWED, `return function (require, data) {\n${options.code ?? template.code}\n};`)(
    ...SHADOWED.map(() => undefined),
  ) as (require: (name: string) => unknown, data: Record<string, unknown>) => void;

  return {
    window: win,
    calls,
    logs,
    violations,
    errors,
    used,
    required,
    invoked,
    mocks,
    get event() {
      return event();
    },
    run(overrides = {}, { defaults: withDefaults = true } = {}) {
      const tag = { completed: false };
      pending.push(tag);
      const done = (api: string) => () => {
        record(api, []);
        if (tag.completed) violations.push(`${api} after the tag had completed`);
        tag.completed = true;
      };
      const data = { ...(withDefaults ? fieldDefaults(template.parameters) : {}), ...overrides, gtmOnSuccess: done('gtmOnSuccess'), gtmOnFailure: done('gtmOnFailure') };
      try {
        compiled(requireApi, data);
      } catch (error) {
        if (!errors.includes(error as Error)) errors.push(error as Error);
        throw error;
      }
      tagsFired = true;
    },
    fireTag() {
      tagsFired = true;
    },
    endEvent() {
      const callbacks = eventCallbacks;
      eventCallbacks = [];
      for (const callback of callbacks) {
        try {
          callback('GTM-STANDIN', { tags: [] });
        } catch (error) {
          if (!errors.includes(error as Error)) errors.push(error as Error);
          throw error;
        }
      }
      if (pending.some((tag) => !tag.completed)) violations.push(`a tag of ${event()} called neither gtmOnSuccess nor gtmOnFailure`);
      pending = [];
      eventIndex += 1;
      // The tags of the next event's triggers (Initialization, All Pages, …) fire.
      tagsFired = true;
    },
    consent() {
      return Object.assign({}, defaults, ...updates);
    },
    callsOf(api) {
      return calls.filter((call) => call.api === api).map((call) => call.args);
    },
    require: requireApi,
  };
}

// ---------------------------------------------------------------------------------------------
// ___TESTS___

export interface GtmScenario { name: string; code: string }

/** The scenarios and setup of ___TESTS___, in the block style the template editor writes. */
export function gtmScenarios(tests: string): { scenarios: GtmScenario[]; setup: string } {
  const scenarios: GtmScenario[] = [];
  let setup = '';
  // Where the lines of a block go: a scenario's code (indented 4), the setup (indented 2), or nowhere.
  let into: 'code' | 'setup' | undefined;
  for (const line of tests.split('\n')) {
    const name = /^- name: (.*)$/.exec(line);
    if (name) {
      scenarios.push({ name: name[1]!, code: '' });
      into = undefined;
    } else if (line === '  code: |-' && scenarios.length) into = 'code';
    else if (line === 'setup: |-') into = 'setup';
    else if (into === 'code' && (line.startsWith('    ') || line === '')) scenarios.at(-1)!.code += `${line.slice(4)}\n`;
    else if (into === 'setup' && (line.startsWith('  ') || line === '')) setup += `${line.slice(2)}\n`;
    else into = undefined;
  }
  return { scenarios, setup };
}

/** Runs one scenario with GTM's test APIs: the sandbox it ran in, or the failed assertion thrown. */
export function runGtmScenario(template: Template, setup: string, scenario: GtmScenario, options: SandboxOptions = {}): Sandbox {
  const sandbox = createSandbox(template, { cookies: '', ...options });
  const fail = (message: string): never => {
    throw new Error(`${scenario.name}: ${message}`);
  };
  const show = (value: unknown) => JSON.stringify(value);
  const mock = (name: string, value: unknown) => void sandbox.mocks.set(name, value);
  const runCode = (data: Record<string, unknown>) => sandbox.run(data, { defaults: false });
  const assertApi = (name: string) => {
    const argsOf = () => sandbox.callsOf(name);
    const called = (args: unknown[]) => argsOf().some((a) => isDeepStrictEqual(a, args));
    return {
      wasCalled: () => void (argsOf().length || fail(`${name} was not called`)),
      wasNotCalled: () => void (argsOf().length && fail(`${name} was called: ${show(argsOf())}`)),
      wasCalledWith: (...args: unknown[]) => void (called(args) || fail(`${name} was not called with ${show(args)}: ${show(argsOf())}`)),
      wasNotCalledWith: (...args: unknown[]) => void (called(args) && fail(`${name} was called with ${show(args)}`)),
    };
  };
  const assertThat = (actual: unknown) => ({
    isEqualTo: (expected: unknown) => void (isDeepStrictEqual(actual, expected) || fail(`${show(actual)} is not ${show(expected)}`)),
    isNotEqualTo: (expected: unknown) => void (isDeepStrictEqual(actual, expected) && fail(`${show(actual)} is ${show(expected)}`)),
    isDefined: () => void (actual === undefined && fail('undefined')),
    isUndefined: () => void (actual === undefined || fail(`${show(actual)} is defined`)),
    isTrue: () => void (actual === true || fail(`${show(actual)} is not true`)),
    isFalse: () => void (actual === false || fail(`${show(actual)} is not false`)),
    isNull: () => void (actual === null || fail(`${show(actual)} is not null`)),
    isNotNull: () => void (actual === null && fail('null')),
  });
  new Function('mock', 'runCode', 'assertApi', 'assertThat', 'fail', 'require', `${setup}\n${scenario.code}`)(
    mock, runCode, assertApi, assertThat, fail, sandbox.require,
  );
  return sandbox;
}
