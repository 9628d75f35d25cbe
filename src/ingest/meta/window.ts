// The days between which an undated article must have been written, as far as its own words say.
// An office holder's title fixes a period: "President-elect Trump" is a transition, "the Trump
// administration is ..." a term, "his second term" the second term. Past mentions of a month or year
// ("since October 2019", "a 2024 report") then narrow it from below. Without an office cue there is no
// window: a lower bound alone says too little.

type Window = [string, string];

const TRANSITIONS = { trump2016: ['2016-11-09', '2017-01-19'], biden: ['2020-11-04', '2021-01-19'], trump2024: ['2024-11-06', '2025-01-19'] } as const satisfies Record<string, Window>;
const TERMS = { trump1: ['2017-01-20', '2021-01-19'], biden: ['2021-01-20', '2025-01-19'], trump2: ['2025-01-20', '2029-01-19'] } as const satisfies Record<string, Window>;

const ELECT_TRUMP = /\bPresident[- ]elect\s+(?:Donald\s+(?:J\.\s+)?)?Trump\b|\bincoming\s+Trump\s+administration\b|\bTrump(?:['’]s)?\s+transition\s+team\b/i;
const ELECT_BIDEN = /\bPresident[- ]elect\s+(?:Joe\s+)?Biden\b|\bincoming\s+Biden\s+administration\b|\bBiden(?:['’]s)?\s+transition\s+team\b/i;
const SECOND_TERM = /\b(?:(?:Donald\s+)?Trump['’]s|his|the\s+president['’]s)\s+second\s+(?:term|administration)\b|\bsecond\s+Trump\s+(?:administration|term)\b/i;
const OTHER_PRESIDENT = /\b(?:Obama|Bush|Clinton|Reagan|Carter)\b/;
const NOT_CURRENT = String.raw`(?<!\b(?:former|then|ex|then-)[\s-]*)`;
const VERBS = String.raw`(?:is|are|has|have|was|plans?|planned|wants?|says?|said|will|would|announced|ordered|signed|told|issued|directed|declared|moved|sent|began|pledged|vowed|threatened)`;
const CURRENT_TRUMP = new RegExp(String.raw`\b(?:the\s+Trump\s+administration|${NOT_CURRENT}President\s+(?:Donald\s+(?:J\.\s+)?)?Trump)(?:['’]s)?\s+(?:\w+\s+){0,2}?${VERBS}\b`, 'i');
const CURRENT_BIDEN = new RegExp(String.raw`\b(?:the\s+Biden(?:-Harris)?\s+administration|${NOT_CURRENT}President\s+(?:Joe\s+)?Biden)(?:['’]s)?\s+(?:\w+\s+){0,2}?${VERBS}\b`, 'i');
const FORMER_BIDEN = /\b(?:former|then-)\s*President\s+(?:Joe\s+)?Biden\b|\bBiden(?:-Harris)?\s+administration\b|\bBiden\s+(?:era|years)\b/i;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MENTION = /\b(?:(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?)?((?:19|20)\d{2})\b/g;
// A year the text looks ahead to, not back on.
const AHEAD_BEFORE = /\b(?:by|until|till|through|thru|before|starting|beginning|scheduled|set|slated|planned|expected|due|will|would|could|next|fiscal(?:\s+year)?|FY)\b[^.]{0,25}$/i;
const AHEAD_AFTER = /^\s*(?:-\s*\d{2,4}\b|elections?|midterms?|race|campaign|primar(?:y|ies)|budget|fiscal|census|Olympics|World Cup|Games)/i;

const pad = (n: number) => String(n).padStart(2, '0');

/** The latest month or year the text names as past, as its first day; null when it names none. */
export function latestMention(body: string): string | null {
  let latest: string | null = null;
  for (const m of body.matchAll(MENTION)) {
    const year = Number(m[2]);
    if (year < 1990 || year > 2035) continue;
    if (AHEAD_BEFORE.test(body.slice(Math.max(0, m.index - 40), m.index)) || AHEAD_AFTER.test(body.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
    const month = m[1] ? MONTHS.findIndex((name) => name.startsWith(m[1]!.toLowerCase().replace('.', '').slice(0, 3))) + 1 : 1;
    const first = `${year}-${pad(month)}-01`;
    if (!latest || first > latest) latest = first;
  }
  return latest;
}

function sentenceWith(body: string, re: RegExp): string {
  const m = re.exec(body);
  if (!m) return '';
  const start = body.lastIndexOf('.', m.index) + 1;
  const end = body.indexOf('.', m.index + m[0].length);
  return body.slice(start, end < 0 ? undefined : end);
}

/** The period the office-holder cues put the writing in, or null when they are absent or disagree. */
function period(body: string, since: string | null): Window | null {
  if (ELECT_TRUMP.test(body)) {
    // 2016 only when nothing in the text is later than that transition.
    return since && since < '2017-01-20' && !/\bBiden\b/.test(body) && !/\bagain\b|\breturn/i.test(sentenceWith(body, ELECT_TRUMP)) ? [...TRANSITIONS.trump2016] : [...TRANSITIONS.trump2024];
  }
  if (ELECT_BIDEN.test(body)) return [...TRANSITIONS.biden];
  if (SECOND_TERM.test(body) && !OTHER_PRESIDENT.test(sentenceWith(body, SECOND_TERM))) return [...TERMS.trump2];
  const trump = CURRENT_TRUMP.test(body);
  const biden = CURRENT_BIDEN.test(body) && !/\bformer\s+President\s+(?:Joe\s+)?Biden\b/i.test(body);
  if (trump && biden) return null;
  if (biden) return [...TERMS.biden];
  if (!trump) return null;
  // Which Trump term: a Biden presidency in the past, or anything dated after the first term, means the second.
  if (FORMER_BIDEN.test(body) || (since && since > TERMS.trump1[1])) return [...TERMS.trump2];
  return since ? [...TERMS.trump1] : null;
}

/**
 * The days between which an undated article must have been written, when the text bounds it: an office
 * holder's title or tense fixes the period, and the latest past month or year the text names narrows it
 * from below. Null when nothing in the text clearly bounds it.
 */
export function publicationWindow(body: string): Window | null {
  const since = latestMention(body);
  const window = period(body, since);
  if (!window) return null;
  if (since && since > window[0] && since <= window[1]) window[0] = since;
  return window;
}
