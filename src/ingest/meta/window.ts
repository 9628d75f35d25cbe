// Office-holder cues that bound when an undated article was written.
const CUES: ReadonlyArray<readonly [RegExp, [string, string]]> = [
  // Between the 2024 election and the inauguration.
  [/\bPresident-elect\s+(?:Donald\s+)?Trump\b|\bincoming\s+Trump\s+administration\b|\bTrump\s+transition\b/i, ['2024-11-06', '2025-01-19']],
  // Between the 2020 election and the inauguration.
  [/\bPresident-elect\s+(?:Joe\s+)?Biden\b|\bincoming\s+Biden\s+administration\b/i, ['2020-11-04', '2021-01-19']],
  // Trump's second term.
  [/\b(?:his|Trump['’]s|the)\s+second\s+(?:term|time\s+period|administration)\b|\bthen-acting\s+(?:DHS|Homeland)/i, ['2025-01-20', '2029-01-19']],
];

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

/**
 * The days between which an undated article must have been written, when the text bounds it: an office
 * holder's title ("President-elect Trump"), narrowed from below by the latest month-and-year it names.
 */
export function publicationWindow(body: string): [string, string] | null {
  const cue = CUES.find(([re]) => re.test(body));
  if (!cue) return null;
  let [from, to] = cue[1];
  let latest: string | null = null;
  for (const m of body.matchAll(new RegExp(`\\b(${MONTHS})\\s+(20\\d{2})\\b`, 'g'))) {
    const month = String(MONTHS.split('|').indexOf(m[1]!) + 1).padStart(2, '0');
    const first = `${m[2]}-${month}-01`;
    if (first > from && first <= to && (!latest || first > latest)) latest = first;
  }
  if (latest) from = latest;
  return [from, to];
}
