import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { perEvent } from '../../../src/build/build-cache.ts';
import { knowDigest } from '../../../src/build/digest.ts';
import { RECORD_DIR_ENV } from '../../../src/build/page-record.ts';

// A download's pieces are kept between builds by their event's digest: a piece is rendered again only when
// its event is new or changed, and what comes back is exactly what rendering would give, whatever the piece
// holds (line breaks, characters beyond ASCII, the JSON of the cache's own header).
const record = mkdtempSync(join(tmpdir(), 'pieces-'));
process.env[RECORD_DIR_ENV] = record;
process.on('exit', () => rmSync(record, { recursive: true, force: true }));

const event = (id: string, text: string) => {
  const e = { id, text };
  knowDigest(e, `digest-of-${id}-${text.length}`);
  return e;
};
const texts = ['plain', 'two\nlines\r\n', 'été — 東京 🚓', '[["a"],[1]]\n{"not":"a header"}', ''];

function build(events: Array<{ id: string; text: string }>) {
  const seen: string[] = [];
  const out = perEvent('test.txt', events, (e) => {
    seen.push(e.id);
    return `<${e.id}:${e.text}>`;
  });
  return { out, rendered: seen };
}

test('pieces come back as rendered, and only new or changed events are rendered again', () => {
  const events = texts.map((t, i) => event(`e${i}`, t));
  const expected = events.map((e) => `<${e.id}:${e.text}>`);
  const first = build(events);
  assert.deepEqual(first.out, expected);
  assert.deepEqual(first.rendered, events.map((e) => e.id));

  const again = build(events);
  assert.deepEqual(again.out, expected);
  assert.deepEqual(again.rendered, []);

  const changed = [...events.slice(0, 2), event('e2', 'changed'), ...events.slice(3), event('new', 'x\ny')];
  const third = build(changed);
  assert.deepEqual(third.out, changed.map((e) => `<${e.id}:${e.text}>`));
  assert.deepEqual(third.rendered, ['e2', 'new']);
});

test('a cache file cut short or garbled is not trusted: every piece is rendered again', () => {
  const events = texts.map((t, i) => event(`g${i}`, t));
  build(events);
  const file = join(record, 'cache', readdirSync(join(record, 'cache')).find((f) => f.startsWith('test.txt'))!);
  const whole = readFileSync(file, 'utf8');
  for (const broken of [whole.slice(0, -3), `${whole}extra`, `not json\n${whole}`, '']) {
    writeFileSync(file, broken);
    const after = build(events);
    assert.deepEqual(after.out, events.map((e) => `<${e.id}:${e.text}>`));
    assert.deepEqual(after.rendered, events.map((e) => e.id));
  }
});
