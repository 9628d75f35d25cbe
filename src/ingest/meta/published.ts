import * as chrono from 'chrono-node';

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const FULL_DATE = new RegExp(String.raw`\b(?:${MONTH}\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+${MONTH}\s+\d{4}|\d{4}-\d{2}-\d{2})`);
const CUE = /\b(?:date|published|posted|updated|last updated)\s*:?\s*$/i;

const pad = (n: number) => String(n).padStart(2, '0');

function toDay(text: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) return text;
  const r = chrono.en.strict.parseDate(text, new Date(Date.UTC(2030, 0, 1)));
  if (!r) return null;
  return `${r.getFullYear()}-${pad(r.getMonth() + 1)}-${pad(r.getDate())}`;
}

function plausible(day: string): boolean {
  const y = Number(day.slice(0, 4));
  const d = new Date(`${day}T00:00:00Z`);
  return y >= 2000 && y <= 2030 && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day;
}

/**
 * The publication day the article's header states: a dateline ("date 2024-11-14"), a "Published:" or
 * "Updated:" line, or a line that is only a date, within the first lines. Dates inside the story are events,
 * never the publication day.
 */
export function publicationDate(raw: string): string | null {
  const lines = raw.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 12);
  for (const line of lines) {
    const head = line.slice(0, 160);
    const m = FULL_DATE.exec(head);
    if (!m) continue;
    const before = head.slice(0, m.index);
    const shortLine = line.length <= 140;
    // A header line: short, or the date comes right after a cue word, or at the very start.
    if (!(shortLine || CUE.test(before) || m.index === 0 || /^\s*date\s+$/i.test(before))) continue;
    if (!shortLine && !CUE.test(before) && m.index > 0) continue;
    const day = toDay(m[0]);
    if (day && plausible(day)) return day;
  }
  return null;
}
