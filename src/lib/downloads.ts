import { stringify } from 'csv-stringify/sync';
import type { TimelineEvent } from '../schema/timeline-event.ts';
import { AGENCY_NAMES } from '../data/agencies.ts';
import { formatDate } from './format.ts';
import ical from 'ical-generator';
import { lookupPlace } from '../data/gazetteer.ts';
import type { Place } from '../schema/place.ts';
import type { Feature, FeatureCollection, Point } from 'geojson';

/** A cell a spreadsheet would run as a formula (= + - @, tab, CR) gets a leading apostrophe. */
export function guardCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export const CSV_FIELDS = [
  ['id', 'string', 'Stable event id; the event page is /events/<id>/'],
  ['date', 'string', 'Date at its precision: YYYY, YYYY-MM or YYYY-MM-DD; empty when not known'],
  ['date_precision', 'string', 'day, month or year'],
  ['agencies', 'string', 'Canonical agency ids, separated by "; "'],
  ['action', 'string', 'deploy, redeploy, reassign, deputize, surge, plan or withdraw'],
  ['personnel', 'integer', 'Head count when stated'],
  ['personnel_qualifier', 'string', 'exact, approx, up_to or at_least'],
  ['places', 'string', 'Destinations, separated by "; "'],
  ['operation', 'string', 'Named operation'],
  ['summary', 'string', 'One-sentence summary'],
  ['sources', 'string', 'Article entry slugs, separated by "; "'],
  ['source_files', 'string', 'Original file names, separated by "; "'],
  ['url', 'string', 'Event page'],
] as const;

/** events.csv: one row per event, every text cell guarded against formula injection. */
export function eventsCsv(events: TimelineEvent[], eventUrl: (id: string) => string, rows = (list: TimelineEvent[]) => list.map((e) => csvRow(e, eventUrl))): string {
  return `${stringify([CSV_FIELDS.map(([name]) => name)])}${rows(events).join('')}`;
}

/** One event's line of events.csv. */
export function csvRow(e: TimelineEvent, eventUrl: (id: string) => string): string {
  return stringify([[
    e.id, e.date ?? '', e.date_precision ?? '', e.agencies.join('; '), e.action, e.personnel == null ? '' : String(e.personnel),
    e.personnel_qualifier ?? '', e.places.join('; '), e.operation ?? '', e.summary, e.sources.map((s) => s.article).join('; '),
    e.sources.map((s) => s.source_file).join('; '), eventUrl(e.id),
  ].map(guardCell)]);
}

const TIMELINEJS_TITLE = { text: { headline: 'US immigration-enforcement redeployments, 2020-2025', text: 'From news reports; every event links to its sources.' } };

/** The TimelineJS3 JSON format, so the data drops straight into that tool (unique_id = our event id). */
export function timelineJs(events: TimelineEvent[], eventUrl: (id: string) => string) {
  return { title: TIMELINEJS_TITLE, events: events.filter((e) => e.date).map((e) => timelineJsEvent(e, eventUrl)) };
}

/** timelinejs.json as text, from each dated event's `JSON.stringify(timelineJsEvent(...))`: the same as stringifying `timelineJs`. */
export function timelineJsText(events: string[]): string {
  return `{"title":${JSON.stringify(TIMELINEJS_TITLE)},"events":[${events.join(',')}]}`;
}

/**
 * The timeline as `JSON.stringify(events, null, 1)` writes it, from each event's own JSON (`eventJson`):
 * JSON holds no raw line break inside a string, so each of an event's lines only moves one space in.
 */
export function eventsJsonText(pieces: string[]): string {
  return pieces.length ? `[\n ${pieces.join(',\n ')}\n]` : '[]';
}

/** One event as it stands in `eventsJsonText`. */
export function eventJson(e: TimelineEvent): string {
  return JSON.stringify(e, null, 1).replaceAll('\n', '\n ');
}

/** One dated event as a TimelineJS3 slide. */
export function timelineJsEvent(e: TimelineEvent, eventUrl: (id: string) => string) {
  const [year, month, day] = e.date!.split('-');
  return {
    unique_id: e.id,
    start_date: { year, ...(month ? { month: String(Number(month)) } : {}), ...(day ? { day: String(Number(day)) } : {}), display_date: formatDate(e.date, e.date_precision) },
    text: { headline: e.summary, text: `<p>${escapeHtml(e.agencies.map((a) => AGENCY_NAMES[a]).join(', '))}</p><p><a href="${escapeHtml(eventUrl(e.id))}">Sources and details</a></p>` },
    group: e.agencies[0] ?? 'OTHER',
  };
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The all-day span of an event's date at its precision: [first day, the day after the last), in UTC. */
export function dateSpan(date: string, precision: TimelineEvent['date_precision']): { start: Date; end: Date } {
  const [y, m, d] = date.split('-').map(Number);
  const start = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
  const end = precision === 'day' && d ? new Date(Date.UTC(y!, m! - 1, d + 1)) : (precision === 'day' || precision === 'month') && m ? new Date(Date.UTC(y!, m, 1)) : new Date(Date.UTC(y! + 1, 0, 1));
  return { start, end };
}

const calendar = () => ical({ name: 'Immigration-enforcement redeployments', prodId: { company: 'Redeployment Timeline', product: 'Events', language: 'EN' } });

function addEvent(cal: ReturnType<typeof ical>, e: TimelineEvent & { date: string }, eventUrl: (id: string) => string, host: string): void {
  const { start, end } = dateSpan(e.date, e.date_precision);
  // DTSTAMP says when the event's information last changed: its newest source. The file stays the same
  // from one build to the next while the record does.
  const published = e.sources.map((s) => s.published).filter((p): p is string => !!p).sort().at(-1);
  cal.createEvent({
    id: `${e.id}@${host}`, allDay: true, start, end, stamp: published ? new Date(`${published}T00:00:00Z`) : start,
    summary: e.summary, description: `${formatDate(e.date, e.date_precision)}. ${e.sources.length} source${e.sources.length === 1 ? '' : 's'}.`,
    url: eventUrl(e.id), location: e.places.length ? e.places.join('; ') : null,
  });
}

// RFC 5545 ends every content line with CRLF, the last one too; ical-generator leaves the last one bare.
const withFinalBreak = (text: string) => (text.endsWith('\r\n') ? text : `${text}\r\n`);

/**
 * events.ics: one all-day VEVENT per dated event, spanning its day, month or year. ical-generator writes
 * RFC 5545: TEXT escaping, and lines folded at 75 octets without splitting a UTF-8 character.
 */
export function eventsIcs(events: TimelineEvent[], eventUrl: (id: string) => string, host: string): string {
  const cal = calendar();
  for (const e of events) if (e.date) addEvent(cal, e as TimelineEvent & { date: string }, eventUrl, host);
  return withFinalBreak(cal.toString());
}

/**
 * One dated event's VEVENT as ical-generator writes it in the calendar: a calendar of that event alone
 * without the calendar's own lines. ical-generator writes each event on its own and folds line by line, so
 * `icsText` of every dated event's block is `eventsIcs` of them all (download-pieces.test.ts holds it to that).
 */
export function icsEvent(e: TimelineEvent, eventUrl: (id: string) => string, host: string): string {
  const [head, foot] = icsFrame();
  const cal = calendar();
  addEvent(cal, e as TimelineEvent & { date: string }, eventUrl, host);
  const text = withFinalBreak(cal.toString());
  if (!text.startsWith(head) || !text.endsWith(foot)) throw new Error('events.ics: a calendar of one event does not begin and end as an empty one');
  return text.slice(head.length, text.length - foot.length);
}

/** events.ics from the VEVENT of each dated event (icsEvent), in order. */
export function icsText(pieces: string[]): string {
  const [head, foot] = icsFrame();
  return `${head}${pieces.join('')}${foot}`;
}

let frame: [string, string] | null = null;
/** The calendar's lines before its events and after them: an empty calendar's, split before END:VCALENDAR. */
function icsFrame(): [string, string] {
  if (frame) return frame;
  const empty = withFinalBreak(calendar().toString());
  const at = empty.lastIndexOf('END:VCALENDAR');
  return (frame = [empty.slice(0, at), empty.slice(at)]);
}

/** What a feature of events.geojson says about its event at that place. */
export interface EventPlaceProperties {
  id: string; date: string | null; date_precision: TimelineEvent['date_precision']; agencies: string[]; action: string;
  personnel: number | null; personnel_qualifier: TimelineEvent['personnel_qualifier']; place: string; place_kind: Place['kind']; summary: string; url: string;
}

/**
 * events.geojson: a FeatureCollection with one Point per event and place the gazetteer can place. A city
 * stands at its GeoNames point; a state at its largest city and a border at an approximate centre, which
 * place_kind says. Places it cannot place are left out (the event is still in events.json).
 */
export function eventsGeoJson(events: TimelineEvent[], eventUrl: (id: string) => string, lookup: (name: string) => Place = lookupPlace): FeatureCollection<Point, EventPlaceProperties> {
  return { type: 'FeatureCollection', features: events.flatMap((e) => eventFeatures(e, eventUrl, lookup)) };
}

/** One event's features of events.geojson: a Point for each of its places the gazetteer can place. */
export function eventFeatures(e: TimelineEvent, eventUrl: (id: string) => string, lookup: (name: string) => Place = lookupPlace): Feature<Point, EventPlaceProperties>[] {
  // RFC 7946 positions: [longitude, latitude] in WGS 84, as GeoNames and the gazetteer give them.
  const features: Feature<Point, EventPlaceProperties>[] = [];
  for (const name of e.places) {
    const place = lookup(name);
    if (!place.coordinates) continue;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: place.coordinates },
      properties: {
        id: e.id, date: e.date, date_precision: e.date_precision, agencies: e.agencies, action: e.action, personnel: e.personnel,
        personnel_qualifier: e.personnel_qualifier, place: name, place_kind: place.kind, summary: e.summary, url: eventUrl(e.id),
      },
    });
  }
  return features;
}

/**
 * An event's features as they stand in the text of events.geojson (each feature's JSON, comma-separated; empty
 * when it has none), so that `geoJsonText` of every event's is `JSON.stringify(eventsGeoJson(...))`.
 */
export function featuresText(e: TimelineEvent, eventUrl: (id: string) => string, lookup: (name: string) => Place = lookupPlace): string {
  return eventFeatures(e, eventUrl, lookup).map((f) => JSON.stringify(f)).join(',');
}

/** events.geojson as text from each event's `featuresText`, in order. */
export function geoJsonText(pieces: string[]): string {
  return `{"type":"FeatureCollection","features":[${pieces.filter(Boolean).join(',')}]}`;
}
