import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSidecar } from '../../../src/ingest/meta/sidecar.ts';

const fails = (text: string, name: string, message: RegExp) => assert.throws(() => parseSidecar(text, name), message);

test('parseSidecar(json) reads published, url, publisher and title', () => {
  assert.deepEqual(parseSidecar('{"published":"2020-03-06","url":"https://ex.org/a","publisher":"Ex","title":"T"}', 'a.meta.json'), { published: '2020-03-06', url: 'https://ex.org/a', publisher: 'Ex', title: 'T' });
});

test('parseSidecar(yaml) reads an unquoted date as the day written, whatever its time zone', () => {
  assert.deepEqual(parseSidecar('published: 2024-11-14\n', 'a.meta.yaml'), { published: '2024-11-14' });
  assert.deepEqual(parseSidecar('published: 2024-11-14T23:30:00-05:00\n', 'a.meta.yml'), { published: '2024-11-14' });
});

test('parseSidecar(yaml) accepts document markers and an empty file', () => {
  assert.deepEqual(parseSidecar('---\ntitle: "12:30"\n...\n', 'a.meta.yaml'), { title: '12:30' });
  assert.deepEqual(parseSidecar('', 'a.meta.yaml'), {});
});

test('parseSidecar names the file and the field in one line', () => {
  fails('{ "published": "2024-02-30" }', 'a.meta.json', /^Error: a\.meta\.json: field "published": not a real calendar day$/);
  fails('{ "published": "14/11/2024" }', 'a.meta.json', /field "published": expected a date as YYYY-MM-DD/);
  fails('{ "url": "javascript:alert(1)" }', 'a.meta.json', /field "url": expected an http\(s\) address/);
  fails('{ "author": "x" }', 'a.meta.json', /field "author": not a sidecar field/);
  fails('title: ""\n', 'a.meta.yaml', /field "title": expected a headline/);
});

test('parseSidecar(yaml) reads YAML 1.2: 12:30 and yes stay text, and tells to quote a number', () => {
  assert.deepEqual(parseSidecar('title: 12:30\npublisher: yes\n', 'a.meta.yaml'), { title: '12:30', publisher: 'yes' });
  fails('publisher: 01234\n', 'a.meta.yaml', /field "publisher": expected text, got a number; put 01234 in quotes/);
});

test('parseSidecar refuses broken JSON, two YAML documents, lists and code tags', () => {
  fails('{ "published": ', 'a.meta.json', /^Error: a\.meta\.json: not valid JSON/);
  fails('title: a\n---\ntitle: b\n', 'a.meta.yaml', /not valid YAML: more than one YAML document/);
  fails('- a\n- b\n', 'a.meta.yaml', /expected fields .* got a list/);
  fails('title: !!js/function "function(){ globalThis.pwned = 1 }"\n', 'a.meta.yaml', /not valid YAML: unknown tag/);
  assert.equal((globalThis as { pwned?: number }).pwned, undefined);
});

test('parseSidecar(yaml) rejects an alias bomb quickly instead of expanding it', () => {
  const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)].join('\n');
  const start = Date.now();
  fails(bomb, 'a.meta.yaml', /^Error: a\.meta\.yaml: not valid YAML: .*more than 100 aliases/);
  assert.ok(Date.now() - start < 1000);
});
