// English only: the package's index loads every locale (about 0.2 s of each process's start).
import * as chrono from 'chrono-node/en';
import type { DatePrecision } from '../../schema/event.ts';
import type { Reference } from './context.ts';
import { readLexicon } from './lexicon.ts';

// Dates of moves, read by chrono-node: absolute dates as written, relative ones ("Thursday", "last
// month") only against a known publication day, never in the future of it.

export interface FoundDate {
  date: string;
  precision: DatePrecision;
  /** Where in the text the date is written (character offset). */
  at: number;
  /** "Recently", "this month": the month of the publication, weaker than a date the text names. */
  vague?: boolean;
  /** Written with the motion itself, not with a verb of saying around it. */
  withMotion?: boolean;
  /** Characters the date's phrase covers, when it holds a verb of its own ("as Title 42 expired"). */
  length?: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const DAY = 86_400_000;

// Phrases that place an action in the reference month without naming a day.
const VAGUE_RECENT = /\b(?:(?:a\s+)?few\s+days\s+(?:earlier|ago|before)|in\s+recent\s+(?:days|weeks)|recently|earlier\s+this\s+(?:week|month)|this\s+(?:week|month)|days\s+earlier|over\s+the\s+past\s+(?:few\s+)?(?:days|week))\b/i;
// A year on its own ("in 2022", "during fiscal year 2021"): chrono-node reads it as a bare number.
const YEAR = /\b(?:in|during|throughout)\s+(?:early\s+|late\s+|mid-?|fiscal\s+(?:year\s+)?|FY\s*)?(20[12]\d)\b(?![-\d])/gi;
const WEEKEND = /\b(?:over|during|this|last)\s+(?:the\s+)?weekend\b/i;
const CHRONO = chrono.casual.clone();
// Times of day ("at 6 a.m.", "this morning") and spans ahead ("within two weeks", "three days later") date no
// move (findDates drops them all): their parsers, a third of chrono-node's time on a news sentence, are left out.
const UNUSED = new Set(['ENTimeExpressionParser', 'ENCasualTimeParser', 'ENTimeUnitWithinFormatParser', 'ENTimeUnitLaterFormatParser']);
CHRONO.parsers = CHRONO.parsers.filter((p) => !UNUSED.has(p.constructor.name));
// Words without which a sentence states no date: chrono-node is not asked about the others.
const DATEISH = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|yesterday|today|tonight|last|this|next|ago|earlier|recent|weekend|week|month|year|day|past)/i;
// Only this much of a sentence is given to chrono-node: no news sentence is longer, and its cost grows with length.
const MAX_TEXT = 2000;

/**
 * Dates a text states, in the order it states them. With the publication day, relative expressions
 * resolve against it (weekdays and yearless dates to the past); without it, only dates that carry
 * their year count. A phrase that names only a month gives month precision; a week gives its month.
 */
let eraDates: Array<{ date: string; re: RegExp }> | null = null;
let respun: Array<{ re: RegExp; meant: string }> | null = null;
function lexiconDates(): { eras: NonNullable<typeof eraDates>; respun: NonNullable<typeof respun> } {
  const lines = readLexicon('eras.txt');
  const phrase = (s: string) => new RegExp(`\\b${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+').replace(/'/g, "['’]")}\\b`, 'gi');
  eraDates ??= lines.filter((l) => l.section === 'date').map((l) => ({ date: l.fields[0]!, re: phrase(l.fields.slice(1).join(' ')) }));
  // Re-spun copy: the meaning has the same length class, so offsets stay close enough for ordering.
  respun ??= lines.filter((l) => l.section === 'respun').map((l) => ({ re: phrase(l.fields[0]!), meant: l.fields[1]! }));
  return { eras: eraDates, respun };
}

export function findDates(text: string, reference: Reference | null): FoundDate[] {
  if (!DATEISH.test(text)) return [];
  const lex = lexiconDates();
  let sentence = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  for (const r of lex.respun) sentence = sentence.replace(r.re, (m) => r.meant.padEnd(m.length, ' ').slice(0, Math.max(m.length, r.meant.length)));
  const found: FoundDate[] = [];
  for (const e of lex.eras) for (const m of sentence.matchAll(e.re)) found.push({ date: e.date, precision: e.date.length === 10 ? 'day' : 'month', at: m.index, length: m[0].length });
  // Without a publication day, only the text's own reference resolves relative dates, and never weekdays.
  const published = reference?.day ?? null;
  const isPublication = reference?.isPublication ?? false;
  const weekend = WEEKEND.exec(sentence);
  if (published && isPublication && weekend) {
    // The Saturday on or before the publication day.
    const back = (published.getUTCDay() + 1) % 7;
    found.push({ date: iso(new Date(published.getTime() - back * DAY)), precision: 'day', at: weekend.index });
  }
  const vague = VAGUE_RECENT.exec(sentence);
  if (published && isPublication && vague) found.push({ date: iso(published).slice(0, 7), precision: 'month', at: vague.index, vague: true });
  for (const y of sentence.matchAll(YEAR)) found.push({ date: y[1]!, precision: 'year', at: y.index });
  for (const r of CHRONO.parse(sentence, published ?? new Date(Date.UTC(2025, 0, 1)), { forwardDate: false })) {
    const c = r.start;
    const said = r.text.toLowerCase();
    if (found.some((f) => f.precision === 'year' && r.index >= f.at && r.index < f.at + 30 && !c.isCertain('month'))) continue;
    if (vague && r.index >= vague.index && r.index < vague.index + vague[0].length) continue;
    if (weekend && r.index >= weekend.index && r.index < weekend.index + weekend[0].length) continue;
    // Times of day, durations and bare numbers are not dates of actions.
    if (!c.isCertain('year') && !c.isCertain('month') && !c.isCertain('weekday') && !c.isCertain('day') && !/\b(?:last|this|next|past)\b/.test(said)) continue;
    if (/\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|few)\s+(?:years|months|weeks|days)\b/.test(said)) continue;
    if (/^\d+$/.test(said.trim()) || /^(?:now|today|tonight|this\s+(?:morning|afternoon|evening))$/.test(said.trim())) continue;
    if (/^(?:since|until|through|before)\b/.test(said)) continue;
    const wordBefore = sentence.slice(Math.max(0, r.index - 10), r.index).trim().split(/\s+/).pop()?.toLowerCase() ?? '';
    if (/^(?:since|until|through|before|than)$/.test(wordBefore)) continue;
    // "up to 1,700 members by mid-November", "starting September 8th": a deadline or a start still ahead is no move's date.
    if (published && /^(?:by|starting|beginning)$/.test(wordBefore) && iso(c.date()) > iso(published)) continue;
    const weekdayOnly = c.isCertain('weekday') && !c.isCertain('day');
    const relative = /\b(?:last|this|past|ago|yesterday|today|tonight|next)\b/.test(said) || weekdayOnly || !c.isCertain('year');
    if (relative && !published) continue;
    if (weekdayOnly && !isPublication) continue;
    if (found.some((f) => f.length !== undefined && r.index >= f.at && r.index < f.at + 40)) continue;
    let d = c.date();
    let day = iso(d);
    let precision: DatePrecision = c.isCertain('day') || weekdayOnly || /\b(?:yesterday|today|tonight)\b/.test(said) ? 'day' : c.isCertain('month') || /\bmonth\b/.test(said) ? 'month' : 'year';
    if (/\b(?:last|this|past)\s+year\b/.test(said)) precision = 'year';
    if (/\b(?:last|this|past)\s+week\b/.test(said)) precision = 'month';
    // A yearless day soon after publication is a deadline or a plan's date, not a move's.
    if (published && isPublication && !c.isCertain('year') && !weekdayOnly && day > iso(published) && d.getTime() - published.getTime() < 60 * DAY) continue;
    // "arriving as early as this Saturday": a weekday the text says is this week's or next, still ahead, dates no move.
    if (published && weekdayOnly && /\b(?:this|next|coming)\b/.test(said) && day > iso(published)) continue;
    // Prefer the past: a weekday after the publication day is last week's, a yearless date last year's.
    if (published && !c.isCertain('year') && day > iso(published)) {
      d = weekdayOnly ? new Date(d.getTime() - 7 * DAY) : new Date(Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate()));
      day = iso(d);
    }
    // The record dates moves when they happened or were announced: "next month" in a plan is not its date.
    if (published && day > iso(published) && (precision === 'day' || day.slice(0, 7) > iso(published).slice(0, 7))) continue;
    const date = precision === 'day' ? day : precision === 'month' ? day.slice(0, 7) : day.slice(0, 4);
    found.push({ date, precision, at: r.index });
  }
  return found.sort((a, b) => a.at - b.at);
}

/** Parses YYYY-MM-DD into a UTC date at noon. */
export function parseDay(day: string | null | undefined): Date | null {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const d = new Date(`${day}T12:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}
