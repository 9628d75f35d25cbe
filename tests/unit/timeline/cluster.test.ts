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

test('buildTimeline merges one operation told by two outlets in its month, one naming no agency, and says why', () => {
  const { events } = buildTimeline([
    entry('a', '2020-03-06', [{ date: '2020-03', date_precision: 'month', agencies: ['ICE'], operation: 'Operation Palladium', places: ['Boston, MA'] }]),
    entry('b', '2020-03-25', [{ date: '2020-03-20', date_precision: 'day', agencies: [], operation: 'operation palladium', places: ['Boston, MA', 'Chicago, IL'] }]),
  ]);
  assert.equal(events.length, 1);
  assert.deepEqual(events[0]!.sources.map((s) => s.article), ['a', 'b']);
  assert.equal(events[0]!.merged_because.length, 1);
  assert.match(events[0]!.merged_because[0]!.because, /^dates overlap \(2020-03-20 and 2020-03\); same operation \(Operation Palladium\); same place \(Boston, MA\); agencies not named and ICE; both a deployment$/);
});

test('buildTimeline never joins reports whose own dates cannot overlap, even of one operation, place and agency', () => {
  const { events } = buildTimeline([
    entry('a', '2020-03-06', [{ date: '2020-03-05', date_precision: 'day', agencies: ['ICE'], operation: 'Operation Palladium', places: ['Chicago, IL'] }]),
    entry('b', '2020-06-10', [{ date: '2020-06', date_precision: 'month', agencies: ['ICE'], operation: 'Operation Palladium', places: ['Chicago, IL'] }]),
    entry('c', '2020-03-12', [{ date: '2020-03-09', date_precision: 'day', agencies: ['ICE'], places: ['Chicago, IL'] }]),
  ]);
  assert.equal(events.length, 3);
});

test('buildTimeline keeps one operation\'s deployments to different cities apart', () => {
  const { events } = buildTimeline([
    entry('a', '2020-07-29', [{ date: '2020-07-29', date_precision: 'day', agencies: ['FBI'], action: 'plan', personnel: 25, personnel_qualifier: 'exact', operation: 'Operation Legend', places: ['Cleveland, OH'] }]),
    entry('b', '2020-07-30', [{ date: '2020-07-29', date_precision: 'day', agencies: ['FBI'], action: 'plan', personnel: 25, personnel_qualifier: 'exact', operation: 'Operation Legend', places: ['Milwaukee, WI'] }]),
  ]);
  assert.equal(events.length, 2);
});

test('buildTimeline keeps a report naming no place apart from a city report of the same agencies and month', () => {
  const { events } = buildTimeline([
    entry('nationwide', '2020-06-02', [{ date: '2020-06', date_precision: 'month', agencies: ['ICE', 'CBP'] }]),
    entry('city', '2020-06-03', [{ date: '2020-06', date_precision: 'month', agencies: ['CBP'], places: ['Washington, DC'] }]),
  ]);
  assert.equal(events.length, 2);
});

test('buildTimeline joins two dated reports of one place, or of one count with a place on one side only', () => {
  const { events } = buildTimeline([
    entry('a', '2022-12-12', [{ date: '2022-12-12', date_precision: 'day', agencies: ['CBP', 'USBP'], action: 'redeploy', places: ['El Paso, TX'] }]),
    entry('b', '2022-12-13', [{ date: '2022-12', date_precision: 'month', agencies: ['USBP'], action: 'surge', places: ['El Paso, TX'] }]),
    entry('c', '2021-04-17', [{ date: '2021-04', date_precision: 'month', agencies: ['USBP'], personnel: 300, personnel_qualifier: 'exact', places: ['US-Mexico border'] }]),
    entry('d', '2021-04-20', [{ date: '2021-04-12', date_precision: 'day', agencies: ['CBP'], personnel: 300, personnel_qualifier: 'approx' }]),
  ]);
  assert.deepEqual(events.map((e) => e.sources.map((s) => s.article)), [['c', 'd'], ['a', 'b']]);
  assert.match(events[0]!.merged_because[0]!.because, /^dates overlap \(2021-04-12 and 2021-04\); same count \(about 300 and 300\)/);
});

test('buildTimeline never makes an event of reports whose dates cannot all overlap, even when each pair in a chain can', () => {
  const day = (id: string, date: string) => entry(id, '2020-04-02', [{ date, date_precision: date.length === 10 ? 'day' : 'month', agencies: ['CBP'], places: ['Seattle, WA'] }]);
  const { events } = buildTimeline([day('march', '2020-03'), day('late', '2020-03-30'), day('april', '2020-04-01')]);
  const holding = events.find((e) => e.sources.some((s) => s.article === 'march'))!;
  assert.ok(!holding.sources.some((s) => s.article === 'april'));
  assert.equal(events.length, 2);
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

test('buildTimeline joins an undated report to the dated one with its units and count, dates it from it, marked inferred', () => {
  const { events, alone } = buildTimeline([
    entry('dated', '2020-03-06', [{ date: '2020-02', date_precision: 'month', agencies: ['CBP', 'BORTAC'], personnel: 100, personnel_qualifier: 'exact' }]),
    entry('undated', null, [{ agencies: ['USBP', 'BORTAC'], personnel: 100, personnel_qualifier: 'approx', places: ['Chicago, IL'] }]),
  ]);
  assert.equal(events.length, 1);
  assert.equal(events[0]!.date, '2020-02');
  assert.equal(events[0]!.sources.find((s) => s.article === 'undated')!.date_inferred, true);
  assert.deepEqual(events[0]!.disagreements.map((d) => d.field), ['personnel']);
  assert.deepEqual(events[0]!.merged_because.map((m) => [m.report, m.joined]), [['undated#e1', 'dated#e1']]);
  assert.match(events[0]!.merged_because[0]!.because, /^undated and 2020-02; same count \(about 100 and 100\); same agencies \(BORTAC\)/);
  assert.deepEqual(alone, []);
});

test('buildTimeline leaves an undated report on its own without strong evidence, naming the dated event it could be', () => {
  const { events, alone } = buildTimeline([
    entry('dated', '2020-03-06', [{ date: '2020-02', date_precision: 'month', agencies: ['CBP'], personnel: 100, personnel_qualifier: 'exact', places: ['Chicago, IL'] }]),
    entry('undated', null, [{ agencies: ['CBP'], places: ['Chicago, IL'] }]),
  ]);
  assert.equal(events.length, 2);
  const own = events.find((e) => e.sources[0]!.article === 'undated')!;
  assert.equal(own.date, null);
  assert.deepEqual(alone, [{ member: 'undated#e1', id: own.id, reason: 'nothing strong enough ties it to a dated event (same operation, or same agencies and count)', candidates: [events.find((e) => e !== own)!.id] }]);
});

test('buildTimeline leaves an undated report on its own when it fits two dated events, naming both', () => {
  const dated = (id: string, date: string) => entry(id, date, [{ date, date_precision: 'day', agencies: ['ICE'], operation: 'Operation Metro Surge', places: ['Minneapolis, MN'] }]);
  const { events, alone } = buildTimeline([dated('first', '2025-12-01'), dated('later', '2025-12-20'), entry('undated', null, [{ agencies: ['ICE'], operation: 'Operation Metro Surge' }])]);
  assert.equal(events.length, 3);
  assert.equal(alone.length, 1);
  assert.equal(alone[0]!.reason, 'fits more than one dated event');
  assert.equal(alone[0]!.candidates.length, 2);
});

test('buildTimeline joins an undated report of a dated article only to what happened by its publication day', () => {
  const { events } = buildTimeline([
    entry('later', '2025-03-01', [{ date: '2025-02-25', date_precision: 'day', agencies: ['USBP'], personnel: 25, personnel_qualifier: 'exact', places: ['US-Canada border'] }]),
    entry('background', '2025-02-10', [{ agencies: ['USBP'], personnel: 25, personnel_qualifier: 'exact', places: ['US-Canada border'] }]),
  ]);
  assert.equal(events.length, 2);
});

test('buildTimeline joins an undated nationwide deputization to the only dated one of those agencies, and to none when there are two', () => {
  const deputize = { action: 'deputize' as const, agencies: ['DSS' as const] };
  const dated = entry('memo', '2025-02-20', [{ ...deputize, date: '2025-02', date_precision: 'month', personnel: 600, personnel_qualifier: 'up_to' }]);
  const undated = entry('rewrite', null, [deputize]);
  const one = buildTimeline([dated, undated]);
  assert.equal(one.events.length, 1);
  assert.match(one.events[0]!.merged_because[0]!.because, /the only dated deputization by DSS told without a place in that time/);
  const two = buildTimeline([dated, undated, entry('again', '2025-06-02', [{ ...deputize, date: '2025-06', date_precision: 'month' }])]);
  assert.equal(two.events.length, 3);
  assert.equal(two.alone[0]!.reason, 'fits more than one dated event told without a place');
  // The rule is for reports told without a place: a city on either side, and it does not apply.
  assert.equal(buildTimeline([dated, entry('city', null, [{ ...deputize, places: ['Texas'] }])]).events.length, 2);
});

test('buildTimeline lets neither of two undated reports of one article join the one event both fit', () => {
  const { events, alone } = buildTimeline([
    entry('dated', '2024-11-14', [{ date: '2024-11-14', date_precision: 'day', agencies: ['ICE'], action: 'plan' }]),
    entry('two', null, [{ agencies: ['ICE'], action: 'plan' }, { agencies: ['ICE'], action: 'plan' }], ['2024-11-06', '2025-01-19']),
  ]);
  assert.equal(events.length, 3);
  assert.deepEqual(alone.map((a) => a.member), ['two#e1', 'two#e2']);
});

test('buildTimeline never merges a report that names no agency without a shared operation', () => {
  const { events } = buildTimeline([
    entry('a', '2025-10-24', [{ date: '2025-10-23', date_precision: 'day', agencies: [], action: 'withdraw', places: ['San Francisco, CA'] }]),
    entry('b', '2025-10-24', [{ date: '2025-10-23', date_precision: 'day', agencies: ['CBP'], action: 'withdraw', places: ['San Francisco, CA'] }]),
  ]);
  assert.equal(events.length, 2);
  assert.match(events.find((e) => !e.agencies.length)!.summary, /^Federal personnel withdrawn from San Francisco/);
});

test('buildTimeline keeps an id when the editor corrects the event date', () => {
  const first = buildTimeline([entry('a', '2020-03-06', [{ date: '2020-03-05', date_precision: 'day', agencies: ['ICE'] }])]);
  const id = first.events[0]!.id;
  const again = buildTimeline([entry('a', '2020-03-06', [{ date: '2020-02-10', date_precision: 'day', agencies: ['ICE'], reviewed: true }])], first.registry);
  assert.equal(again.events[0]!.id, id);
  assert.ok(!again.events[0]!.id.startsWith('2020-02'));
});

test('buildTimeline lists the id of a published event that merged into another as an alias', () => {
  const a = entry('a', '2020-02-20', [{ date: '2020-02', date_precision: 'month', agencies: ['CBP'], personnel: 40, personnel_qualifier: 'exact', places: ['Chicago, IL'] }]);
  const b = entry('b', null, [{ agencies: ['CBP'], personnel: 40, personnel_qualifier: 'exact', places: ['Chicago, IL'], keep_separate: true }]);
  const before = buildTimeline([a, b]);
  assert.equal(before.events.length, 2);
  const b2 = entry('b', null, [{ agencies: ['CBP'], personnel: 40, personnel_qualifier: 'exact', places: ['Chicago, IL'] }]);
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

test('buildTimeline follows an editor\'s merge_with and says so in merged_because', () => {
  const first = buildTimeline([entry('a', '2021-03-13', [{ date: '2021-03-12', date_precision: 'day', agencies: ['ICE'], places: ['Reno, NV'] }])]);
  const id = first.events[0]!.id;
  const { events } = buildTimeline([
    entry('a', '2021-03-13', [{ date: '2021-03-12', date_precision: 'day', agencies: ['ICE'], places: ['Reno, NV'] }]),
    entry('b', '2022-01-10', [{ date: '2022-01', date_precision: 'month', agencies: ['CBP'], merge_with: id }]),
  ], first.registry);
  assert.equal(events.length, 1);
  assert.deepEqual(events[0]!.merged_because, [{ report: 'b#e1', joined: 'a#e1', because: `an editor set merge_with: ${id}` }]);
});

test('buildTimeline leaves rejected events out, and keeps the id of an event whose every report was rejected', () => {
  const a = (rejected: boolean) => entry('a', '2021-03-13', [{ date: '2021-03-12', date_precision: 'day', agencies: ['ICE'], places: ['Reno, NV'], rejected }]);
  const b = (rejected: boolean) => entry('b', '2021-03-14', [{ date: '2021-03-12', date_precision: 'day', agencies: ['ICE'], places: ['Reno, NV'], rejected }]);
  const first = buildTimeline([a(false), b(false)]);
  assert.equal(first.events.length, 1);
  const id = first.events[0]!.id;
  const one = buildTimeline([a(false), b(true)], first.registry);
  assert.deepEqual(one.events.map((e) => [e.id, e.sources.map((s) => s.article)]), [[id, ['a']]]);
  const none = buildTimeline([a(true), b(true)], one.registry);
  assert.deepEqual(none.events, []);
  assert.ok(id in none.registry.ids, 'the id stays registered, never reused');
  assert.deepEqual(buildTimeline([a(false), b(true)], none.registry).events.map((e) => e.id), [id]);
});
