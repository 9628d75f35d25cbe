import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stringify } from 'csv-stringify/sync';
import { buildTimeline } from '../../../src/timeline/index.ts';
import { Article } from '../../../src/schema/article.ts';
import { CSV_FIELDS, csvRow, eventJson, eventsCsv, eventsJsonText, eventsGeoJson, eventsIcs, featuresText, geoJsonText, icsEvent, icsText, timelineJs, timelineJsEvent, timelineJsText } from '../../../src/lib/downloads.ts';

// Downloads are written from one piece per event (kept between builds for events that did not change); the
// pieces put together must be exactly what writing the whole list at once gives.
const entry = (id: string, published: string, events: object[]) => ({
  id, data: Article.parse({ title: `Title, "quoted"\nand broken ${id}`, published, source_file: `${id}.txt`, source_sha256: 'a'.repeat(64), events: events.map((e, i) => ({ key: `e${i + 1}`, agencies: ['ICE'], action: 'deploy', personnel: null, personnel_qualifier: null, evidence: `=cmd|' /C calc'!A0, "a", b\nc ${id}.`, ...e })) }),
});
const { events } = buildTimeline([
  entry('a', '2024-03-05', [{ date: '2024-03-04', date_precision: 'day', places: ['Chicago, IL'], personnel: 100, personnel_qualifier: 'exact' }]),
  entry('b', '2024-03-06', [{ date: '2024-03', date_precision: 'month', agencies: ['USMS'], places: ['Denver, CO', 'Memphis, TN'], operation: 'Operation Midway' }]),
  entry('c', '2024-05-01', [{ date: null, date_precision: null, agencies: ['NATIONAL_GUARD'] }, { date: '2024', date_precision: 'year', agencies: ['CBP'] }]),
]);
const url = (id: string) => `https://example.org/events/${id}/`;

test('eventsCsv from one row per event is the CSV of all rows written at once, formula cells guarded', () => {
  const whole = stringify([CSV_FIELDS.map(([n]) => n), ...events.map((e) => [e.id, e.date ?? '', e.date_precision ?? '', e.agencies.join('; '), e.action, e.personnel == null ? '' : String(e.personnel), e.personnel_qualifier ?? '', e.places.join('; '), e.operation ?? '', e.summary, e.sources.map((s) => s.article).join('; '), e.sources.map((s) => s.source_file).join('; '), url(e.id)].map((v) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v)))]);
  assert.equal(eventsCsv(events, url), whole);
  assert.equal(eventsCsv(events, url, (list) => list.map((e) => csvRow(e, url))), whole);
});

test('timelineJsText from one slide per dated event is JSON.stringify of timelineJs', () => {
  const dated = events.filter((e) => e.date);
  assert.ok(dated.length < events.length);
  assert.equal(timelineJsText(dated.map((e) => JSON.stringify(timelineJsEvent(e, url)))), JSON.stringify(timelineJs(events, url)));
});

test('icsText from one VEVENT per dated event is eventsIcs of them all, byte for byte', () => {
  const dated = events.filter((e) => e.date);
  const long = { ...dated[0]!, id: 'long', summary: `${'Agents sent to Chicago, \u00e9t\u00e9 \u2014 '.repeat(8)}done`, places: ['Chicago, IL', 'Denver, CO'] };
  for (const list of [dated, [long, ...dated], []]) {
    assert.equal(icsText(list.map((e) => icsEvent(e, url, 'example.org'))), eventsIcs(list, url, 'example.org'));
  }
  // A folded line (75 octets, never inside a UTF-8 character) stays inside its event's block.
  assert.match(icsEvent(long, url, 'example.org'), /^BEGIN:VEVENT\r\n[\s\S]*\r\n [^\r\n][\s\S]*END:VEVENT\r\n$/);
});

test('geoJsonText from each event\'s features is JSON.stringify of eventsGeoJson, events without a placed place included', () => {
  assert.ok(events.some((e) => e.places.length === 0) && events.some((e) => e.places.length > 1));
  for (const list of [events, [], events.filter((e) => e.places.length === 0)]) {
    assert.equal(geoJsonText(list.map((e) => featuresText(e, url))), JSON.stringify(eventsGeoJson(list, url)));
  }
});

test('eventsJsonText from each event\'s JSON is JSON.stringify(events, null, 1), line breaks in the text included', () => {
  const broken = { ...events[0]!, summary: 'two\nlines, "quoted" \u2028 and \\n' };
  for (const list of [events, [broken, ...events], [broken], []]) {
    assert.equal(eventsJsonText(list.map(eventJson)), JSON.stringify(list, null, 1));
  }
});
