import { describe, expect, it } from 'vitest';
import { scriptKind } from '../../src/core/script-kind';

/** A script element with these attributes, as the gate sees it (type in data-type). */
const kind = (attrs: string, type: string | null, hasSrc: boolean) => {
  document.body.innerHTML = `<script type="text/plain" ${attrs}></script>`;
  return scriptKind(document.body.firstElementChild!, type, hasSrc);
};

describe('scriptKind: what the HTML parser would do with a script', () => {
  it.each([
    ['', null, false, 'inline'],
    ['defer async', null, false, 'inline'],
    ['', null, true, 'blocking'],
    ['', 'text/javascript', true, 'blocking'],
    ['', 'application/x-javascript', true, 'blocking'],
    ['', ' TEXT/JavaScript ', true, 'blocking'],
    ['async', null, true, 'async'],
    ['defer', null, true, 'deferred'],
    ['async defer', null, true, 'async'],
    ['', 'module', true, 'deferred'],
    ['', 'module', false, 'deferred'],
    ['async', 'module', false, 'async'],
    ['nomodule', null, true, 'none'],
    ['nomodule', null, false, 'none'],
    ['', 'text/x-template', true, 'none'],
    ['', 'text/javascript;charset=utf-8', false, 'none'],
    ['', 'importmap', false, 'none'],
  ] as const)('<script %s> of type %j, src %s: %s', (attrs, type, hasSrc, expected) => {
    expect(kind(attrs, type, hasSrc)).toBe(expected);
  });
});
