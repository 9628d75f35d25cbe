import * as chrono from 'chrono-node';
import { parseDay } from './dates.ts';

export interface Reference {
  /** The day relative expressions resolve against. */
  day: Date | null;
  /** True when `day` is the publication day; false when it is the latest day the text itself pins. */
  isPublication: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

// Cues that date an undated article to a period by who holds office.
const SECOND_TERM = /\bsecond\s+(?:term|time\s+period|administration)\b|\bthen-acting\b/i;
const PRESIDENT_ELECT = /\bPresident-elect\s+(?:Donald\s+)?Trump\b|\bincoming\s+Trump\s+administration\b/i;

/**
 * The reference day for resolving relative dates. With a publication day, that day. Without one, the
 * end of the latest month the text itself names (the article cannot be older than what it reports),
 * with yearless months placed by the office-holder cues; null when the text names no month.
 */
export function referenceFor(body: string, published: string | null, window: [string, string] | null): Reference {
  const day = parseDay(published);
  if (day) return { day, isPublication: true };
  const years = [...body.matchAll(/\b(20[12]\d)\b/g)].map((m) => Number(m[1])).filter((y) => y >= 2019 && y <= 2026);
  let year = years.length ? Math.max(...years) : null;
  if (SECOND_TERM.test(body)) year = Math.max(year ?? 0, 2025);
  else if (PRESIDENT_ELECT.test(body)) year = 2024;
  const bound = window ? parseDay(window[1]) : null;
  if (year === null && !bound) return { day: null, isPublication: false };
  const byYear = year !== null ? new Date(Date.UTC(year, 11, 31, 12)) : null;
  const provisional = byYear && bound ? (byYear < bound ? byYear : bound) : (byYear ?? bound)!;
  let latest: Date | null = null;
  for (const r of chrono.en.casual.parse(body, provisional, { forwardDate: false })) {
    // Only dates the text names outright ("February", "March 5, 2020"), not "now" or "last month".
    if (!r.start.isCertain('month') || /\b(?:last|this|next|past|ago)\b/i.test(r.text) || !/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\d{4}-\d{2}/i.test(r.text)) continue;
    let d = r.start.date();
    if (!r.start.isCertain('year') && d.getTime() > provisional.getTime()) d = new Date(Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate(), 12));
    if (d.getUTCFullYear() < 2019 || d.getTime() > provisional.getTime()) continue;
    if (!latest || d > latest) latest = d;
  }
  if (!latest) return { day: bound, isPublication: false };
  const end = new Date(Date.UTC(latest.getUTCFullYear(), latest.getUTCMonth() + 1, 0, 12));
  return { day: parseDay(`${end.getUTCFullYear()}-${pad(end.getUTCMonth() + 1)}-${pad(end.getUTCDate())}`), isPublication: false };
}
