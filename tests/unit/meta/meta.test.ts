import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanArticle } from '../../../src/ingest/clean/index.ts';
import { readMeta, type MetaHints } from '../../../src/ingest/meta/index.ts';

const meta = (text: string, hints: MetaHints = {}, format: 'text' | 'markdown' | 'html' = 'text') => readMeta(cleanArticle(text, format), hints, 'fallback');

test('readMeta(text) finds a dateline glued to the first sentence', () => {
  assert.equal(meta(' date 2023-04-05 Agents were sent to Omaha, officials said.').published, '2023-04-05');
});

test('readMeta(text) finds "Month D, YYYYUpdated:" header lines and never a date inside the story', () => {
  assert.equal(meta('Headline\nBy A B\nMarch 6, 2020Updated: March 6, 2020\n\nAgents were sent on March 2, 2020 to Omaha.').published, '2020-03-06');
  assert.equal(meta('Agents were sent to Omaha on a long-planned mission that officials first described in detail to reporters on March 2, 2020, after weeks of rumors.').published, null);
  assert.equal(meta('Agents Sent to Omaha\n\nOn March 2, 2020, agents arrived in Omaha.').published, null);
});

test('readMeta(text) marks a date found in the text as such', () => {
  const m = meta('Agents Sent to Omaha\nPublished: Nov. 14, 2024 at 9:15 a.m. ET\nAgents were sent to Omaha, officials said.');
  assert.deepEqual([m.published, m.published_source, m.published_window], ['2024-11-14', 'text', null]);
});

test('readMeta(text) prefers the editor: a flag or a sidecar beats the text and is marked as such', () => {
  const m = meta(' date 2023-04-05 Agents were sent.', { published: '2023-04-07', publishedFrom: 'sidecar' });
  assert.equal(m.published, '2023-04-07');
  assert.equal(m.published_source, 'sidecar');
  assert.equal(meta('Agents were sent.', { published: '2023-04-07' }).published_source, 'flag');
});

test('readMeta(text) takes title, publisher and url hints over what the file says', () => {
  const m = meta('{Plainsdaily.com}\nAgents Sent to Omaha\n\nAgents were sent.', { title: 'Edited title', publisher: 'Plains Daily', url: 'https://plains.example/a' });
  assert.deepEqual([m.title, m.publisher, m.url], ['Edited title', 'Plains Daily', 'https://plains.example/a']);
});

test('readMeta(text) leaves an undated article null with no window when nothing bounds it', () => {
  const m = meta('Agents were sent to Omaha on Monday, the agency said. They will stay two weeks.');
  assert.deepEqual([m.published, m.published_source, m.published_window], [null, null, null]);
});

test('readMeta(text) bounds an undated article by "President-elect Trump" to the 2024 transition', () => {
  const m = meta('ICE officers are preparing to re-enter the field under President-elect Donald Trump, sources said. The Biden administration had kept them at desks.');
  assert.equal(m.published, null);
  assert.deepEqual(m.published_window, ['2024-11-06', '2025-01-19']);
});

test('readMeta(text) takes a headline-like first line as the title, else the first sentence', () => {
  assert.equal(meta('Agents Sent to Omaha\n\nAgents were sent.').title, 'Agents Sent to Omaha');
  assert.equal(meta('Agents were sent to Omaha on Monday. More later.').title, 'Agents were sent to Omaha on Monday');
});

test('readMeta(text) shortens a long first sentence at a word for the title', () => {
  const title = meta(`${'Border Patrol agents from several sectors along the southern border '.repeat(3)}were sent north.`).title;
  assert.ok(title.length <= 120 && title.endsWith('…') && !/\s…$/.test(title), title);
});

test('readMeta(text) does not take a byline, a dateline or a caption for the title', () => {
  const m = meta('By Jo Lee\nMarch 6, 2020\nAgents walk near the fence. (AP Photo/Ana Lopez)\nBorder Patrol sent 60 agents to McAllen on Friday, officials said.');
  assert.equal(m.title, 'Border Patrol sent 60 agents to McAllen on Friday, officials said');
  assert.equal(m.byline, 'Jo Lee');
});

test('readMeta(html) takes the page title without the outlet and the canonical url', () => {
  const p = '<p>Border Patrol agents were sent to Omaha on Monday, officials said, in a move that surprised the city and its leaders.</p>';
  const html = `<html><head><title>Agents sent to Omaha | Plains Daily</title><meta property="og:site_name" content="Plains Daily"><link rel="canonical" href="https://plains.example/a"></head><body><article>${p.repeat(4)}</article></body></html>`;
  const m = meta(html, {}, 'html');
  assert.deepEqual([m.title, m.publisher, m.url], ['Agents sent to Omaha', 'Plains Daily', 'https://plains.example/a']);
});

test('readMeta(html) cuts only the outlet after the last separator and keeps the separators before it as written', () => {
  const p = '<p>Border Patrol agents were sent to Omaha on Monday, officials said, in a move that surprised the city and its leaders.</p>';
  const html = `<html><head><meta property="og:title" content="Weekly report #12 - agents in Omaha | Plains Daily"><meta property="og:site_name" content="Plains Daily"></head><body><article>${p.repeat(4)}</article></body></html>`;
  assert.equal(meta(html, {}, 'html').title, 'Weekly report #12 - agents in Omaha');
});

test('readMeta(html) takes the title reader view shows: the page title without the site name after its last separator', () => {
  const p = '<p>Border Patrol agents were sent to Omaha on Monday, officials said, in a move that surprised the city and its leaders.</p>';
  const html = `<html><head><title>Border agents arrive in Omaha for a month | Regional desk | Plains Daily</title></head><body><article>${p.repeat(4)}</article></body></html>`;
  assert.equal(meta(html, {}, 'html').title, 'Border agents arrive in Omaha for a month | Regional desk');
});

test('readMeta(markdown) reads title, date and author from front matter', () => {
  const m = meta('---\ntitle: Guard in Memphis\ndate: "2025-09-12"\nauthor: Kim Diaz\n---\nThe Guard arrived in Memphis on Friday.', {}, 'markdown');
  assert.deepEqual([m.title, m.published, m.byline], ['Guard in Memphis', '2025-09-12', 'Kim Diaz']);
});
