import type { PersonnelQualifier } from '../../schema/event.ts';

// Nouns for people being moved; counts of anything else (arrests, detainees, beds, cities) are not personnel.
const PEOPLE = String.raw`(?:agents|brokers|officers|officials|troops|soldiers|members|personnel|employees|staff(?:ers)?|deputies|marshals|marines|guardsmen|guardsmembers|service\s*members|investigators|specialists|workers|reservists|officers\s+and\s+agents)`;
const ADJ = String.raw`(?:[A-Za-z.'’-]+\s+){0,6}?`;
const NUM = String.raw`\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s+(?:hundred|thousand|million))?|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?(?:\s+(?:hundred|thousand))?|a\s+dozen|dozen`;
const QUAL = String.raw`(?:some|about|approximately|roughly|around|nearly|almost|close\s+to|an\s+estimated|estimated|more\s+than|over|at\s+least|upwards\s+of|up\s+to|as\s+many\s+as|fewer\s+than|less\s+than|no\s+more\s+than|another|an\s+additional|additional)`;

const COUNT = new RegExp(String.raw`\b(?:(${QUAL})\s+)?(${NUM})\s+(?:more\s+|additional\s+|new\s+|extra\s+)?${ADJ}${PEOPLE}\b`, 'gi');
const TOTAL = new RegExp(String.raw`\bnumber\s+of\s+[^.]{0,60}?\bto\s+(?:(${QUAL})\s+)?(${NUM})\b`, 'i');
const VAGUE = new RegExp(String.raw`\b((?:several|many|a\s+few|a\s+couple\s+of)\s+(?:hundred|thousand|dozen)|hundreds|thousands|dozens|scores)\s+(?:of\s+)?(?:more\s+)?${ADJ}${PEOPLE}\b`, 'i');

const WORDS: Record<string, number> = {
  a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12,
};

/** "2,000" -> 2000, "two hundred" -> 200, "1.5 thousand" -> 1500, "a dozen" -> 12. */
export function parseNumber(text: string): number | null {
  const t = text.toLowerCase().replace(/^a\s+dozen$/, 'dozen').trim();
  const scale = /\b(hundred|thousand|million)$/.exec(t)?.[1];
  const mult = scale === 'hundred' ? 100 : scale === 'thousand' ? 1000 : scale === 'million' ? 1e6 : 1;
  const head = t.replace(/\s*(hundred|thousand|million)$/, '').trim();
  let n: number | null;
  if (/^[\d,.]+$/.test(head)) n = Number(head.replace(/,/g, ''));
  else {
    const parts = head.split(/[-\s]+/).filter(Boolean);
    if (!parts.length && scale) n = 1;
    else n = parts.every((p) => p in WORDS) ? parts.reduce((s, p) => s + WORDS[p]!, 0) : null;
  }
  if (n === null || !Number.isFinite(n)) return null;
  return Math.round(n * mult);
}

function qualifier(q: string | undefined): PersonnelQualifier {
  const s = (q ?? '').toLowerCase().replace(/\s+/g, ' ');
  if (/^(some|about|approximately|roughly|around|nearly|almost|close to|an estimated|estimated)$/.test(s)) return 'approx';
  if (/^(up to|as many as|fewer than|less than|no more than)$/.test(s)) return 'up_to';
  if (/^(more than|over|at least|upwards of)$/.test(s)) return 'at_least';
  return 'exact';
}

export interface Personnel { personnel: number | null; qualifier: PersonnelQualifier | null; text: string | null }

/** The head count a sentence gives for the people moved, or the vague phrase ("hundreds") it uses instead. */
export function findPersonnel(sentence: string): Personnel | null {
  for (const m of sentence.matchAll(COUNT)) {
    const n = parseNumber(m[2]!);
    // Years ("2020 agents" never happens, "in 2020 officers" does) and percentages are not head counts.
    if (n === null || n === 0 || (n >= 1900 && n <= 2100 && !/,/.test(m[2]!)) || /%|percent/.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
    if (/^\d+(\.\d+)?$/.test(m[2]!) && /[-–]\s*$/.test(sentence.slice(0, m.index))) continue;
    if (/\b(?:hire|hiring|hired|fund|funding|vacanc\w+|positions)\b/i.test(sentence.slice(Math.max(0, m.index - 40), m.index))) continue;
    return { personnel: n, qualifier: qualifier(m[1]), text: m[0].trim() };
  }
  const total = TOTAL.exec(sentence);
  if (total) {
    const n = parseNumber(total[2]!);
    if (n) return { personnel: n, qualifier: qualifier(total[1]), text: total[0].trim() };
  }
  const vague = VAGUE.exec(sentence);
  if (vague) return { personnel: null, qualifier: null, text: vague[1]!.toLowerCase() };
  return null;
}
