import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeWithExisting } from '../../../src/ingest/write/merge.ts';
import type { ArticleInput } from '../../../src/schema/article.ts';

const ev = (key: string, evidence: string, extra = {}) => ({ key, date: '2020-03-05', date_precision: 'day' as const, agencies: ['ICE' as const], action: 'deploy' as const, personnel: null, personnel_qualifier: null, evidence, ...extra });
const fresh = (events: ReturnType<typeof ev>[]): ArticleInput => ({ title: 'New title', published: '2020-03-06', source_file: 'a.txt', source_sha256: 'b'.repeat(64), events });

test('mergeWithExisting keeps a reviewed event exactly as the editor left it', () => {
  const existing = { title: 'Old', events: [ev('e1', 'ICE sent 500 agents to ten cities.', { date: '2020-02-28', reviewed: true, note: 'checked with the agency' })] };
  const merged = mergeWithExisting(fresh([ev('e1', 'ICE sent 500 agents to ten cities.')]), existing);
  assert.equal(merged.events!.length, 1);
  assert.equal(merged.events![0]!.date, '2020-02-28');
  assert.equal(merged.events![0]!.note, 'checked with the agency');
});

test('mergeWithExisting replaces unreviewed events but keeps their keys and notes', () => {
  const existing = { events: [ev('e7', 'CBP sent 100 agents to Chicago and New York.', { note: 'see also the Times' })] };
  const merged = mergeWithExisting(fresh([ev('e1', 'CBP sent 100 agents to Chicago and New York.', { personnel: 100 })]), existing);
  assert.equal(merged.events![0]!.key, 'e7');
  assert.equal(merged.events![0]!.personnel, 100);
  assert.equal(merged.events![0]!.note, 'see also the Times');
});

test('mergeWithExisting keeps the metadata of a reviewed article', () => {
  const merged = mergeWithExisting(fresh([]), { reviewed: true, title: 'Editor title', published: '2020-03-07', events: [] });
  assert.equal(merged.title, 'Editor title');
  assert.equal(merged.published, '2020-03-07');
});

test('mergeWithExisting keeps a rejected event and drops the fresh event that restates it', () => {
  const existing = { events: [ev('e1', 'ATF is deployed and serving 9,000 async tasks.', { rejected: true, note: 'a software blog' })] };
  const merged = mergeWithExisting(fresh([ev('e1', 'ATF is deployed and serving 9,000 async tasks.'), ev('e2', 'ICE sent 40 officers to Reno.')]), existing);
  assert.deepEqual(merged.events!.map((e) => [e.key, e.rejected ?? false, e.note ?? null]), [['e1', true, 'a software blog'], ['e2', false, null]]);
});

test('mergeWithExisting keeps an event added by hand (a key the machine never writes), even unreviewed', () => {
  const existing = { events: [ev('h1', 'Border Patrol agents began working in Reno a week earlier.', { date: '2021-02', date_precision: 'month' })] };
  const merged = mergeWithExisting(fresh([ev('e1', 'ICE sent 40 officers to Reno.')]), existing);
  assert.deepEqual(merged.events!.map((e) => [e.key, e.date]), [['e1', '2020-03-05'], ['h1', '2021-02']]);
});
