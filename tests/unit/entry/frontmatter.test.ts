import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entryBody, parseEntry, stringifyEntry } from '../../../src/entry/frontmatter.ts';

test('---js and ---javascript front matter is refused, never run', () => {
  const g = globalThis as { ranFrontMatter?: boolean };
  for (const lang of ['js', 'javascript', 'JS']) {
    assert.throws(() => parseEntry(`---${lang}\n(globalThis.ranFrontMatter = true, { title: "x" })\n---\nbody\n`), /JavaScript front matter is not allowed/);
  }
  assert.equal(g.ranFrontMatter, undefined);
});

test('a broken entry is an error every time it is read (no cached {} on the second parse)', () => {
  const broken = '---\ntitle: a\nevents: [\n---\n\nbody\n';
  for (let i = 0; i < 2; i++) assert.throws(() => parseEntry(broken), /at line 3, column \d+/);
});

test('YAML 1.2: 0120 is 120, yes and 12:30 stay text', () => {
  assert.deepEqual(parseEntry('---\na: 0120\nb: yes\nc: 12:30\n---\n\nbody\n').data, { a: 120, b: 'yes', c: '12:30' });
});

test('other front matter languages, an unclosed block, a list are one-line errors', () => {
  assert.throws(() => parseEntry('---toml\na = 1\n---\n'), /language "toml" is not allowed/);
  assert.throws(() => parseEntry('---\ntitle: a\n\nThe article, with no closing line.\n'), /no closing --- line/);
  assert.throws(() => parseEntry('---\n- 1\n---\nx\n'), /a list, not fields/);
});

test('write then read gives the entry back, a body that starts with --- included', () => {
  for (const body of ['Plain text.', '---\nnot: frontmatter\n---\nstill the body', 'A\n\n---\n\nB']) {
    const entry = { data: { title: 'T', events: [{ key: 'e1', date: '2025-06' }] }, body };
    const text = stringifyEntry(entry);
    assert.ok(text.startsWith('---\ntitle: T\n'), text);
    // The body is written with one final line break.
    assert.deepEqual(parseEntry(text), { ...entry, body: `${body}\n` });
    assert.equal(entryBody(text), `${body}\n`);
  }
});

test('a file without front matter is all body', () => {
  assert.deepEqual(parseEntry('Just text.\n'), { data: {}, body: 'Just text.\n' });
});
