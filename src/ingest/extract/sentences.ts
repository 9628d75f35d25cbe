// Splits article text into sentences without breaking on the abbreviations news copy is full of
// ("U.S.", "Gov.", "Ore.", "Jan.", "D.C.", initials).
const ABBREVIATIONS = new Set([
  'u.s', 'u.n', 'd.c', 'gov', 'sen', 'sens', 'rep', 'reps', 'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'vs', 'inc', 'corp', 'co', 'jr', 'sr', 'dept', 'sec', 'atty', 'pres', 'supt', 'ft', 'mt', 'approx', 'est',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'n.h', 'n.j', 'n.m', 'n.y', 'n.c', 'n.d', 'okla', 'ore', 'pa', 'r.i', 's.c', 's.d', 'tenn', 'vt', 'va', 'wash', 'w.va', 'wis', 'wyo',
]);

export interface Sentence {
  text: string;
  /** Index of the paragraph it belongs to. */
  paragraph: number;
}

/** Sentences of a text whose paragraphs are separated by blank lines (or single newlines). */
export function splitSentences(body: string): Sentence[] {
  const out: Sentence[] = [];
  body.split(/\n+/).forEach((para, p) => {
    const text = para.trim();
    if (!text) return;
    let start = 0;
    const re = /[.!?]["”’)]*(?=\s+["“‘(]?[A-Z0-9])/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const end = m.index + m[0].length;
      const before = text.slice(start, m.index + 1);
      const word = /([A-Za-z.]+)\.$/.exec(before)?.[1]?.toLowerCase() ?? '';
      // "U.S." ends a sentence only when the next word plainly starts one; initials ("J.") never do.
      if (ABBREVIATIONS.has(word) || /^[a-z]$/i.test(word) || /^([a-z]\.)+[a-z]$/i.test(word)) {
        if (!(word === 'u.s' && /^\s+(The|A|An|In|On|But|It|He|She|They|We|This|That)\b/.test(text.slice(end)))) continue;
      }
      out.push({ text: text.slice(start, end).trim(), paragraph: p });
      start = end;
    }
    const rest = text.slice(start).trim();
    if (rest) out.push({ text: rest, paragraph: p });
  });
  return out;
}
