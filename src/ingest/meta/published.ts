// English only: the package's index loads every locale (about 0.2 s of each process's start).
import * as chrono from 'chrono-node/en';
import { DAY } from '../clean/date-line.ts';

/** Publication cues are looked for in this many first non-empty lines. */
const HEADER_LINES = 12;
const PUBLISHED_CUE = /\b(?:date|published|posted|first published|originally published|publication date)\s*(?:on|at)?\s*:?\s*$/i;
const UPDATED_CUE = /\b(?:updated|last updated|modified|last modified)\s*(?:on|at)?\s*:?\s*$/i;
// What may sit beside a date on a header line: times, zones, weekdays, separators, cue words.
const FILLER = /\b\d{1,2}(?::\d{2}){1,2}\s*(?:[ap]\.?\s?m\.?)?|\b\d{1,2}\s*[ap]\.?\s?m\.?(?=\W|$)|\b(?:published|posted|updated|last updated|first published|modified|date|on|at|and|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?|[ECMP][SD]?T|UTC|GMT|ET|PT|CT)\b|[\s|•·,:;()\-–—/]+/gi;

const pad = (n: number) => String(n).padStart(2, '0');

// What DAY matches is "March 6, 2020", "6 March 2020" or "03/06/2020": only chrono-node's parsers of those
// forms are asked (the time and weekday parsers cost four times what they do and find nothing there).
const DAY_FORMS = ['ENMonthNameMiddleEndianParser', 'ENMonthNameLittleEndianParser', 'SlashDateFormatParser'];
const DAY_PARSER = (() => {
  const c = chrono.strict.clone();
  const forms = c.parsers.filter((p) => DAY_FORMS.includes(p.constructor.name));
  // Should a release rename them, the whole strict parser it is.
  if (forms.length === DAY_FORMS.length) c.parsers = forms;
  return c;
})();

// Written dates read before: many articles carry the same few hundred dates, and chrono-node takes far
// longer over one than a lookup. Bounded, so a long ingest does not grow it without end.
const days = new Map<string, string | null>();
const MAX_DAYS = 10_000;

/** A written date as YYYY-MM-DD through chrono-node, only when it names day, month and year and is a real day. */
export function toDay(text: string): string | null {
  const known = days.get(text);
  if (known !== undefined) return known;
  const day = readDay(text);
  if (days.size >= MAX_DAYS) days.clear();
  days.set(text, day);
  return day;
}

function readDay(text: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  let day: string;
  if (iso) day = `${iso[1]}-${iso[2]}-${iso[3]}`;
  else {
    const r = DAY_PARSER.parse(text, new Date(Date.UTC(2030, 0, 1)))[0];
    if (!r || !r.start.isCertain('day') || !r.start.isCertain('month') || !r.start.isCertain('year')) return null;
    day = `${r.start.get('year')}-${pad(r.start.get('month')!)}-${pad(r.start.get('day')!)}`;
  }
  const y = Number(day.slice(0, 4));
  const d = new Date(`${day}T00:00:00Z`);
  return y >= 1995 && y <= 2035 && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day ? day : null;
}

/** A header line holds dates and header words only, or a byline and a date ("By Jo Lee | March 6, 2020"). */
function isHeaderLine(line: string): boolean {
  const rest = line.replace(DAY, ' ').replace(FILLER, ' ').trim();
  if (!rest) return true;
  return line.length <= 120 && /^(?:By|BY)\s/.test(rest) && !/[.!?]$/.test(rest) && rest.split(/\s+/).length <= 10;
}

/**
 * The publication day the article's header states: a "Published:" or "Posted" date, a line that only
 * gives dates ("March 6, 2020Updated: March 6, 2020" is the 6th), a byline with a date, or failing those
 * an "Updated" date. Only the first lines are read, and only dates set off from sentences: a date in the
 * story is an event, never the publication day.
 */
export function publicationDate(raw: string): string | null {
  const lines = raw.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, HEADER_LINES);
  let updated: string | null = null;
  for (const line of lines) {
    if (line.length > 400) continue;
    const header = isHeaderLine(line);
    for (const m of line.matchAll(DAY)) {
      const before = line.slice(0, m.index).slice(-40);
      const day = toDay(m[0]);
      if (!day) continue;
      if (PUBLISHED_CUE.test(before)) return day;
      if (UPDATED_CUE.test(before)) {
        updated ??= day;
        continue;
      }
      // A bare date on a header line: the first such date is the publication day.
      if (header) return day;
    }
  }
  return updated;
}
