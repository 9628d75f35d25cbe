import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTimeline, type ArticleEntry } from '../../../src/timeline/index.ts';
import { Article } from '../../../src/schema/article.ts';
import type { ArticleEventInput } from '../../../src/schema/event.ts';

let n = 0;
function entry(id: string, published: string | null, events: Array<Partial<ArticleEventInput>>, window: [string, string] | null = null): ArticleEntry {
  const data = Article.parse({
    title: id, published, published_window: window, source_file: `${id}.txt`, source_sha256: 'a'.repeat(64),
    events: events.map((e, i) => ({ key: `e${i + 1}`, date: null, date_precision: null, agencies: ['ICE'], action: 'deploy', personnel: null, personnel_qualifier: null, evidence: `Sentence ${++n}.`, ...e })),
  });
  return { id, data };
}

test('buildTimeline merges one operation reported a month apart by two outlets', () => {
  const { events } = buildTimeline([
    entry('a', '2020-02-20', [{ date: '2020-02', date_precision: 'month', agencies: ['ICE'], operation: 'Operation Palladium', places: ['Boston, MA'] }]),
    entry('b', '2020-03-25', [{ date: '2020-03-20', date_precision: 'day', agencies: ['ICE', 'HSI'], operation: 'Operation Palladium', places: ['Chicago, IL'] }]),
  ]);
  assert.equal(events.length, 1);
  assert.deepEqual(events[0]!.sources.map((s) => s.article), ['a', 'b']);
});

test('buildTimeline keeps two deployments to one city on one day apart when agencies or counts differ', () => {
  const day = { date: '2025-06-07', date_precision: 'day' as const, places: ['Los Angeles, CA'] };
  const { events } = buildTimeline([
    entry('a', '2025-06-08', [{ ...day, agencies: ['NATIONAL_GUARD'], personnel: 2000, personnel_qualifier: 'exact' }]),
    entry('b', '2025-06-08', [{ ...day, agencies: ['MILITARY'], personnel: 700, personnel_qualifier: 'approx' }]),
    entry('c', '2025-06-09', [{ ...day, agencies: ['NATIONAL_GUARD'], personnel: 300, personnel_qualifier: 'exact' }]),
  ]);
  assert.equal(events.length, 3);
});

test('buildTimeline gives an article that reports two events two entries, and one with none, none', () => {
  const { events } = buildTimeline([
    entry('two', '2025-02-20', [{ date: '2025-01', date_precision: 'month', agencies: ['USMS'] }, { date: '2025-02', date_precision: 'month', agencies: ['DSS'] }]),
    entry('none', '2025-02-20', []),
  ]);
  assert.equal(events.length, 2);
  assert.ok(events.every((e) => e.sources.length === 1 && e.sources[0]!.article === 'two'));
});

test('buildTimeline dates an undated report from the dated one it joins, marked inferred', () => {
  const { events } = buildTimeline([
    entry('dated', '2020-03-06', [{ date: '2020-02', date_precision: 'month', agencies: ['CBP', 'BORTAC'], personnel: 100, personnel_qualifier: 'exact' }]),
    entry('undated', null, [{ agencies: ['USBP', 'BORTAC'], personnel: 100, personnel_qualifier: 'approx', places: ['Chicago, IL'] }]),
  ]);
  assert.equal(events.length, 1);
  assert.equal(events[0]!.date, '2020-02');
  assert.equal(events[0]!.sources.find((s) => s.article === 'undated')!.date_inferred, true);
  assert.deepEqual(events[0]!.disagreements.map((d) => d.field), ['personnel']);
});

test('buildTimeline keeps an id when the editor corrects the event date', () => {
  const first = buildTimeline([entry('a', '2020-03-06', [{ date: '2020-03-05', date_precision: 'day', agencies: ['ICE'] }])]);
  const id = first.events[0]!.id;
  const again = buildTimeline([entry('a', '2020-03-06', [{ date: '2020-02-10', date_precision: 'day', agencies: ['ICE'], reviewed: true }])], first.registry);
  assert.equal(again.events[0]!.id, id);
  assert.ok(!again.events[0]!.id.startsWith('2020-02'));
});

test('buildTimeline lists the id of a published event that merged into another as an alias', () => {
  const a = entry('a', '2020-02-20', [{ date: '2020-02', date_precision: 'month', agencies: ['CBP'], places: ['Chicago, IL'] }]);
  const b = entry('b', null, [{ agencies: ['CBP'], places: ['Chicago, IL'], keep_separate: true }]);
  const before = buildTimeline([a, b]);
  assert.equal(before.events.length, 2);
  const b2 = entry('b', null, [{ agencies: ['CBP'], places: ['Chicago, IL'] }]);
  const after = buildTimeline([a, b2], before.registry);
  assert.equal(after.events.length, 1);
  assert.deepEqual([after.events[0]!.id, ...after.events[0]!.aliases].sort(), before.events.map((e) => e.id).sort());
});

test('buildTimeline fails naming a published id whose article is gone, unless it is retired', () => {
  const first = buildTimeline([entry('a', '2021-03-13', [{ date: '2021-03-12', date_precision: 'day', agencies: ['ICE'] }])]);
  const id = first.events[0]!.id;
  assert.throws(() => buildTimeline([], first.registry), new RegExp(`"${id}" would vanish`));
  assert.doesNotThrow(() => buildTimeline([], { ...first.registry, retired: { [id]: { to: null, reason: 'article withdrawn' } } }));
});

test('buildTimeline gives the same ids whatever order the articles come in', () => {
  const list = [
    entry('x', '2025-08-13', [{ date: '2025-08-11', date_precision: 'day', agencies: ['NATIONAL_GUARD'], places: ['Washington, DC'] }]),
    entry('y', '2025-08-14', [{ date: '2025-08-11', date_precision: 'day', agencies: ['NATIONAL_GUARD'], places: ['Washington, DC'] }]),
    entry('z', '2025-08-13', [{ date: '2025-08-11', date_precision: 'day', agencies: ['FBI', 'DEA'], places: ['Washington, DC'] }]),
  ];
  const one = buildTimeline(list).events.map((e) => [e.id, e.sources.map((s) => s.article)]);
  const two = buildTimeline([...list].reverse()).events.map((e) => [e.id, e.sources.map((s) => s.article)]);
  assert.deepEqual(one, two);
  assert.equal(one.length, 2);
});
