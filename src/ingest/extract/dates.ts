import * as chrono from 'chrono-node';
import type { DatePrecision } from '../../schema/event.ts';

export interface FoundDate {
  date: string;
  precision: DatePrecision;
  /** True for dates the text states outright or relative to a known day; false for the publication-day fallback. */
  explicit: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const DAY = 86_400_000;

// Phrases that place an action in the reference month without naming a day.
const VAGUE_RECENT = /\b(?:(?:a\s+)?few\s+days\s+(?:earlier|ago|before)|in\s+recent\s+(?:days|weeks)|recently|earlier\s+this\s+month|this\s+month|days\s+earlier)\b/i;
const WEEKEND = /\b(?:over|during|this|last)\s+(?:the\s+)?weekend\b/i;
const FIRST_WEEK_SECOND_TERM = /\b(?:first|opening)\s+(?:week|days)\s+of\s+(?:his|the|Trump['’]s)\s+second\s+(?:term|time\s+period|administration)\b/i;
const CHRONO = chrono.en.casual.clone();

/**
 * Dates a sentence states, resolved against the reference day (the publication day, or the latest day the
 * text itself pins when that is unknown): the past is preferred, weekday names without a reference stay
 * unresolved, and a phrase that names only a month gives month precision.
 */
// Words without which a sentence states no date: chrono-node is not asked about the others.
const DATEISH = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|yesterday|today|tonight|last|this|next|ago|earlier|recent|weekend|week|month|year|term)/i;

export function findDates(sentence: string, reference: Date | null, referenceIsPublication: boolean): FoundDate[] {
  const found: Array<FoundDate & { at: number }> = [];
  if (!DATEISH.test(sentence)) return [];
  const term = FIRST_WEEK_SECOND_TERM.exec(sentence);
  if (term) found.push({ date: '2025-01', precision: 'month', explicit: true, at: term.index });
  const weekend = WEEKEND.exec(sentence);
  if (reference && weekend && referenceIsPublication) {
    // The Saturday on or before the reference day.
    const back = (reference.getUTCDay() + 1) % 7;
    found.push({ date: iso(new Date(reference.getTime() - back * DAY)), precision: 'day', explicit: true, at: weekend.index });
  }
  const vague = VAGUE_RECENT.exec(sentence);
  if (reference && vague) found.push({ date: iso(reference).slice(0, 7), precision: 'month', explicit: true, at: vague.index });
  const results = CHRONO.parse(sentence, reference ?? new Date(Date.UTC(2025, 0, 1)), { forwardDate: false });
  for (const r of results) {
    const c = r.start;
    const text = r.text.toLowerCase();
    // Times of day, durations and bare numbers are not dates of actions.
    if (!c.isCertain('year') && !c.isCertain('month') && !c.isCertain('weekday') && !c.isCertain('day') && !/\b(?:last|this|next|past)\b/.test(text)) continue;
    // Durations ("for the past four years") are not dates.
    if (/\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|few)\s+(?:years|months|weeks|days)\b/.test(text)) continue;
    if (/^\d+$/.test(text.trim()) || /^(?:now|today|tonight|this\s+(?:morning|afternoon|evening))$/.test(text.trim()) && !referenceIsPublication) continue;
    if (/^(?:since|until|through|by)\b/.test(sentence.slice(Math.max(0, r.index - 7), r.index).trim().split(/\s+/).pop() ?? '')) continue;
    // "troops who had been federalized in June": the past perfect dates something earlier than the move.
    if (/\bhad\s+(?:been\s+)?\w+(?:\s+\w+)?\s+(?:in|on|last)?\s*$/.test(sentence.slice(Math.max(0, r.index - 40), r.index))) continue;
    const weekdayOnly = c.isCertain('weekday') && !c.isCertain('day');
    const relative = /\b(?:last|this|past|ago|yesterday|today|tonight)\b/.test(text) || weekdayOnly;
    if (relative && !reference) continue;
    if (weekdayOnly && !referenceIsPublication) continue; // "Friday" with no known publication day cannot be pinned
    let d = c.date();
    let day = iso(d);
    let precision: DatePrecision = c.isCertain('day') || weekdayOnly || /\b(?:yesterday|today|tonight)\b/.test(text) ? 'day' : c.isCertain('month') || /\bmonth\b/.test(text) ? 'month' : 'year';
    if (/\b(?:last|this|past)\s+year\b/.test(text)) precision = 'year';
    if (/\b(?:last|this|past)\s+week\b/.test(text)) precision = 'day';
    // Prefer the past: a weekday after the reference day is last week's, a yearless date last year's.
    if (reference && !c.isCertain('year') && day > iso(reference)) {
      d = weekdayOnly ? new Date(d.getTime() - 7 * DAY) : new Date(Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate()));
      day = iso(d);
    }
    // The record dates moves when they happened or were announced: "next month" in a plan is not its date.
    if (reference && referenceIsPublication && day > iso(reference) && (precision === 'day' || day.slice(0, 7) > iso(reference).slice(0, 7))) continue;
    const date = precision === 'day' ? day : precision === 'month' ? day.slice(0, 7) : day.slice(0, 4);
    found.push({ date, precision, explicit: true, at: r.index });
  }
  // In the order the sentence states them: the first date named is the move's.
  return found.sort((a, b) => a.at - b.at).map(({ at: _at, ...d }) => d);
}

/** Parses YYYY-MM-DD into a UTC date. */
export function parseDay(day: string | null | undefined): Date | null {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const d = new Date(`${day}T12:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}
