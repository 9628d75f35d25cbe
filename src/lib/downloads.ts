import { stringify } from 'csv-stringify/sync';
import type { TimelineEvent } from '../schema/timeline-event.ts';
import { AGENCY_NAMES } from '../data/agencies.ts';
import { formatDate } from './format.ts';

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
export function eventsCsv(events: TimelineEvent[], eventUrl: (id: string) => string): string {
  const rows = events.map((e) => [
    e.id, e.date ?? '', e.date_precision ?? '', e.agencies.join('; '), e.action, e.personnel == null ? '' : String(e.personnel),
    e.personnel_qualifier ?? '', e.places.join('; '), e.operation ?? '', e.summary, e.sources.map((s) => s.article).join('; '),
    e.sources.map((s) => s.source_file).join('; '), eventUrl(e.id),
  ].map(guardCell));
  return stringify([CSV_FIELDS.map(([name]) => name), ...rows]);
}

/** The TimelineJS3 JSON format, so the data drops straight into that tool (unique_id = our event id). */
export function timelineJs(events: TimelineEvent[], eventUrl: (id: string) => string) {
  return {
    title: { text: { headline: 'US immigration-enforcement redeployments, 2020-2025', text: 'From news reports; every event links to its sources.' } },
    events: events.filter((e) => e.date).map((e) => {
      const [year, month, day] = e.date!.split('-');
      return {
        unique_id: e.id,
        start_date: { year, ...(month ? { month: String(Number(month)) } : {}), ...(day ? { day: String(Number(day)) } : {}), display_date: formatDate(e.date, e.date_precision) },
        text: { headline: e.summary, text: `<p>${escapeHtml(e.agencies.map((a) => AGENCY_NAMES[a]).join(', '))}</p><p><a href="${escapeHtml(eventUrl(e.id))}">Sources and details</a></p>` },
        group: e.agencies[0] ?? 'OTHER',
      };
    }),
  };
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** events.ics: one all-day VEVENT per dated event, spanning its day, month or year (RFC 5545). */
export function eventsIcs(events: TimelineEvent[], eventUrl: (id: string) => string, host: string): string {
  const esc = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
  const fold = (line: string) => {
    const out: string[] = [];
    let rest = line;
    while (Buffer.byteLength(rest) > 75) {
      let cut = 75;
      while (Buffer.byteLength(rest.slice(0, cut)) > 75) cut--;
      out.push(rest.slice(0, cut));
      rest = ` ${rest.slice(cut)}`;
    }
    out.push(rest);
    return out.join('\r\n');
  };
  const day = (d: Date) => d.toISOString().slice(0, 10).replace(/-/g, '');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Redeployment Timeline//EN', 'CALSCALE:GREGORIAN', 'X-WR-CALNAME:Immigration-enforcement redeployments'];
  for (const e of events) {
    if (!e.date) continue;
    const [y, m, d] = e.date.split('-').map(Number);
    const start = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
    const end = e.date_precision === 'day' ? new Date(Date.UTC(y!, m! - 1, d! + 1)) : e.date_precision === 'month' ? new Date(Date.UTC(y!, m!, 1)) : new Date(Date.UTC(y! + 1, 0, 1));
    lines.push('BEGIN:VEVENT', `UID:${e.id}@${host}`, 'DTSTAMP:20260101T000000Z', `DTSTART;VALUE=DATE:${day(start)}`, `DTEND;VALUE=DATE:${day(end)}`,
      `SUMMARY:${esc(e.summary)}`, `DESCRIPTION:${esc(`${formatDate(e.date, e.date_precision)}. ${e.sources.length} source(s).`)}`, `URL:${eventUrl(e.id)}`);
    if (e.places.length) lines.push(`LOCATION:${esc(e.places.join('; '))}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
