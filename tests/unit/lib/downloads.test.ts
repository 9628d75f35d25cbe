import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { check } from '@placemarkio/check-geojson';
import { eventsGeoJson, eventsIcs } from '../../../src/lib/downloads.ts';
import { lookupPlace } from '../../../src/data/gazetteer.ts';
import { TimelineEvent } from '../../../src/schema/timeline-event.ts';

// Four events in our own words: a day on New Year's Eve whose summary has commas, semicolons, a backslash,
// curly quotes, accents, a dash and an emoji in 200 characters; a December month with a place no gazetteer
// knows; a year with no places; an undated event.
const events = TimelineEvent.array().parse(JSON.parse(readFileSync(new URL('../../fixtures/downloads/events.json', import.meta.url), 'utf8')));
const url = (id: string) => `https://example.org/events/${id}/`;

test('the fixture\'s hard summary is 200 characters with commas, semicolons and non-ASCII', () => {
  const s = events[0]!.summary;
  assert.equal([...s].length, 200);
  assert.match(s, /,/);
  assert.match(s, /;/);
  assert.match(s, /[^\x00-\x7f]/);
  assert.match(s, /\p{Extended_Pictographic}/u);
});

test('eventsIcs(events) reads back with ical.js: every dated event with its summary, all-day span, URL and places, and nothing else', () => {
  const text = eventsIcs(events, url, 'example.org');
  const calendar = new ICAL.Component(ICAL.parse(text));
  const read = calendar.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return { uid: e.uid, summary: e.summary, start: e.startDate.toString(), end: e.endDate.toString(), allDay: e.startDate.isDate && e.endDate.isDate, url: v.getFirstPropertyValue('url'), location: e.location, description: e.description };
  });
  assert.deepEqual(read, [
    { uid: '2024-12-31-cbp-el-paso-border@example.org', summary: events[0]!.summary, start: '2024-12-31', end: '2025-01-01', allDay: true, url: url('2024-12-31-cbp-el-paso-border'), location: 'El Paso, TX; Texas; US-Mexico border', description: 'December 31, 2024. 2 sources.' },
    { uid: '2023-12-ice-chicago@example.org', summary: 'ICE officers sent to Chicago', start: '2023-12-01', end: '2024-01-01', allDay: true, url: url('2023-12-ice-chicago'), location: 'Chicago, IL; Nowhere Town, ZZ', description: 'December 2023. 1 source.' },
    { uid: '2022-usms-deputize@example.org', summary: 'U.S. Marshals deputized to help ICE', start: '2022-01-01', end: '2023-01-01', allDay: true, url: url('2022-usms-deputize'), location: null, description: '2022. 1 source.' },
  ]);
});

test('eventsIcs(events) folds every line to at most 75 octets with CRLF, without splitting a character', () => {
  const text = eventsIcs(events, url, 'example.org');
  assert.ok(text.endsWith('END:VCALENDAR\r\n'));
  const lines = text.split('\r\n').slice(0, -1);
  assert.ok(lines.every((l) => !l.includes('\n') && !l.includes('\r')), 'no bare LF or CR');
  for (const l of lines) assert.ok(Buffer.byteLength(l) <= 75, `${Buffer.byteLength(l)} octets: ${l}`);
  // The long summary had to be folded, and each folded piece is whole UTF-8 (no lone surrogate became U+FFFD).
  const summary = lines.findIndex((l) => l.startsWith('SUMMARY:Agents'));
  assert.ok(lines[summary + 1]!.startsWith(' '), 'the 216-octet summary is folded');
  assert.ok(!Buffer.from(text).toString('utf8').includes('\uFFFD'));
});

test('eventsIcs(events) stamps each event with its newest source\'s publication day, so a rebuild writes the same file', () => {
  const text = eventsIcs(events, url, 'example.org');
  const stamps = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('dtstamp')));
  assert.deepEqual(stamps, ['2025-01-05T00:00:00Z', '2024-01-10T00:00:00Z', '2022-01-01T00:00:00Z']);
  assert.equal(eventsIcs(events, url, 'example.org'), text);
});

test('eventsGeoJson(events) is valid RFC 7946 GeoJSON with one Point per event and place the gazetteer knows', () => {
  const json = JSON.stringify(eventsGeoJson(events, url));
  const parsed = check(json);
  assert.equal(parsed.type, 'FeatureCollection');
  const features = (parsed as ReturnType<typeof eventsGeoJson>).features;
  const expected = events.flatMap((e) => e.places.filter((p) => lookupPlace(p).coordinates).map((p) => `${e.id} @ ${p}`));
  assert.deepEqual(features.map((f) => `${f.properties.id} @ ${f.properties.place}`), expected);
  // The places it can place, and the one it cannot: left out, not put at 0,0.
  assert.deepEqual(expected, ['2024-12-31-cbp-el-paso-border @ El Paso, TX', '2024-12-31-cbp-el-paso-border @ Texas', '2024-12-31-cbp-el-paso-border @ US-Mexico border', '2023-12-ice-chicago @ Chicago, IL', 'undated-guard-portland @ Portland, OR']);
  for (const f of features) {
    const [lon, lat] = f.geometry.coordinates as [number, number];
    // Longitude first: every place here is in the lower 48, west of -66 and between 24 and 50 degrees north.
    assert.ok(lon > -125 && lon < -66 && lat > 24 && lat < 50, `${f.properties.place}: ${lon}, ${lat}`);
  }
});

test('eventsGeoJson(events) gives each feature the event\'s id, date, precision, agencies, action, personnel, place, summary and page URL', () => {
  const [elPaso, texas, , chicago, portland] = eventsGeoJson(events, url).features;
  assert.deepEqual(elPaso!.properties, {
    id: '2024-12-31-cbp-el-paso-border', date: '2024-12-31', date_precision: 'day', agencies: ['CBP', 'ICE', 'DEA'], action: 'deploy', personnel: 120,
    personnel_qualifier: 'approx', place: 'El Paso, TX', place_kind: 'city', summary: events[0]!.summary, url: url('2024-12-31-cbp-el-paso-border'),
  });
  assert.deepEqual(elPaso!.geometry.coordinates, lookupPlace('El Paso, TX').coordinates);
  assert.equal(texas!.properties.place_kind, 'state');
  assert.deepEqual([chicago!.properties.date, chicago!.properties.date_precision, chicago!.properties.personnel_qualifier], ['2023-12', 'month', 'up_to']);
  assert.deepEqual([portland!.properties.date, portland!.properties.date_precision], [null, null]);
});
