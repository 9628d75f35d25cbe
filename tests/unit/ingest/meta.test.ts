import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanArticle } from '../../../src/ingest/clean/index.ts';
import { readMeta } from '../../../src/ingest/meta/index.ts';

const meta = (text: string, hints = {}) => readMeta(cleanArticle(text, 'text'), hints, 'fallback');

test('readMeta finds a dateline glued to the first sentence', () => {
  assert.equal(meta(' date 2023-04-05 Agents were sent to Omaha, officials said.').published, '2023-04-05');
});

test('readMeta finds "Month D, YYYYUpdated:" header lines and never a date inside the story', () => {
  assert.equal(meta('Headline\nBy A B\nMarch 6, 2020Updated: March 6, 2020\n\nAgents were sent on March 2, 2020 to Omaha.').published, '2020-03-06');
  assert.equal(meta('Agents were sent to Omaha on a long-planned mission that officials first described in detail to reporters on March 2, 2020, after weeks of rumors.').published, null);
});

test('readMeta prefers the editor: a flag beats the text and is marked as such', () => {
  const m = meta(' date 2023-04-05 Agents were sent.', { published: '2023-04-07', publishedFrom: 'sidecar' });
  assert.equal(m.published, '2023-04-07');
  assert.equal(m.published_source, 'sidecar');
});

test('readMeta bounds an undated article by "President-elect Trump" to the 2024 transition', () => {
  const m = meta('ICE officers are preparing to re-enter the field under President-elect Donald Trump, sources said.');
  assert.equal(m.published, null);
  assert.deepEqual(m.published_window, ['2024-11-06', '2025-01-19']);
});

test('readMeta takes a short first line as the title, else the first sentence', () => {
  assert.equal(meta('Agents Sent to Omaha\n\nAgents were sent.').title, 'Agents Sent to Omaha');
  assert.equal(meta('Agents were sent to Omaha on Monday. More later.').title, 'Agents were sent to Omaha on Monday');
});
