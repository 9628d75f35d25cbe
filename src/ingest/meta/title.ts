/** Longest title taken from the text as it stands; a first sentence is cut at a word to fit. */
const MAX_TITLE = 120;

/** A line that reads like a headline: a few words, not ended like a sentence, not shouting or a date. */
export function isHeadline(line: string): boolean {
  const words = line.split(/\s+/).length;
  return line.length >= 12 && line.length <= 160 && words >= 3 && !/[.!,;:]["”’)]*$/.test(line) && /\p{Ll}/u.test(line) && !/^(?:By|date)\s/i.test(line);
}

/** A headline: the article's first paragraph when it reads like one, else its first sentence, shortened at a word. */
export function titleOf(body: string): string | null {
  const first = body.split('\n').map((l) => l.trim()).find(Boolean) ?? '';
  if (isHeadline(first)) return first;
  const sentence = (first.match(/^.*?[.!?](?=["”’)]*(?:\s|$))/) ?? [first])[0]!.trim();
  if (!sentence) return null;
  if (sentence.length <= MAX_TITLE) return sentence.replace(/\.$/, '');
  return `${sentence.slice(0, MAX_TITLE - 1).replace(/\s+\S*$/, '').replace(/[,;:—–-]$/, '')}…`;
}

/** A page title without the outlet's name tacked on: "Agents sent to Omaha | Plains Daily". */
export function withoutOutlet(title: string, publisher: string | null): string {
  const separators = [...title.matchAll(/\s+[|–—-]\s+/g)];
  const last = separators.at(-1);
  if (!last || !publisher) return title;
  const tail = title.slice(last.index + last[0].length).toLowerCase();
  const outlet = publisher.toLowerCase();
  return tail === outlet || outlet.includes(tail) || tail.includes(outlet) ? title.slice(0, last.index).trim() : title;
}
