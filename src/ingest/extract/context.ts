// The day relative dates resolve against. With a publication day, that day. Without one, the end of
// the latest month the text itself names (an article is no older than what it reports), with yearless
// months placed by who held office (src/data/lexicon/eras.txt); none when the text names no month.
// English only: the package's index loads every locale (about 0.2 s of each process's start).
import * as chrono from 'chrono-node/en';
import type { ParsedResult } from 'chrono-node';
import { parseDay } from './dates.ts';
import { readLexicon } from './lexicon.ts';

export interface Reference {
  day: Date;
  /** The publication day, or the latest day the text pins. */
  isPublication: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');
const phrase = (words: string[]) => new RegExp(`\\b${words.join(' ').replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')}\\b`, 'i');

let eraYears: Array<{ year: number; re: RegExp }> | null = null;
function eras(): Array<{ year: number; re: RegExp }> {
  eraYears ??= readLexicon('eras.txt').filter((l) => l.section === 'year').map((l) => ({ year: Number(l.fields[0]), re: phrase(l.fields.slice(1)) }));
  return eraYears;
}

// A month written with its year ("January 2025", "Jan. 25, 2025"): what anchors an undated article in time.
const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?/i;
const anchored = (r: ParsedResult) => r.start.isCertain('month') && r.start.isCertain('year') && MONTH_NAME.test(r.text) && /\b(?:19|20)\d\d\b/.test(r.text);

export function referenceFor(body: string, published: string | null): Reference | null {
  const day = parseDay(published);
  if (day) return { day, isPublication: true };
  const text = body.slice(0, 200_000);
  // Without a month and year written out, an undated article cannot place "last month" or "in February".
  const anchors = chrono.casual.parse(text, new Date(Date.UTC(2025, 0, 1)), { forwardDate: false }).filter(anchored);
  if (!anchors.length) return null;
  let year = Math.max(...anchors.map((r) => r.start.get('year') ?? 0));
  for (const e of eras()) if (e.re.test(body)) year = Math.max(year, e.year);
  const provisional = new Date(Date.UTC(year, 11, 31, 12));
  let latest: Date | null = null;
  for (const r of chrono.casual.parse(text, provisional, { forwardDate: false })) {
    // Only months the text names outright ("February", "March 5, 2020"), not "now" or "last month".
    if (!r.start.isCertain('month') || /\b(?:last|this|next|past|ago)\b/i.test(r.text) || !/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\d{4}-\d{2}/i.test(r.text)) continue;
    let d = r.start.date();
    if (!r.start.isCertain('year') && d.getTime() > provisional.getTime()) d = new Date(Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate(), 12));
    if (d.getUTCFullYear() < 2019 || d.getTime() > provisional.getTime()) continue;
    if (!latest || d > latest) latest = d;
  }
  if (!latest) return null;
  const end = new Date(Date.UTC(latest.getUTCFullYear(), latest.getUTCMonth() + 1, 0, 12));
  return { day: parseDay(`${end.getUTCFullYear()}-${pad(end.getUTCMonth() + 1)}-${pad(end.getUTCDate())}`)!, isPublication: false };
}

/** An undated article's own date, when it writes one out in full ("Jan. 25, 2025"): the earliest such. */
export function statedDate(body: string): string | null {
  let first: string | null = null;
  for (const r of chrono.casual.parse(body.slice(0, 200_000), new Date(Date.UTC(2025, 0, 1)), { forwardDate: false })) {
    if (!r.start.isCertain('day') || !anchored(r)) continue;
    const d = r.start.date();
    if (d.getUTCFullYear() < 2020 || d.getUTCFullYear() > 2026) continue;
    const iso = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
    if (!first || iso < first) first = iso;
  }
  return first;
}
