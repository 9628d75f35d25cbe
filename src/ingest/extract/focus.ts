import { findCityList } from './places.ts';

// A dateline: "PORTLAND, Ore. —", "CHICAGO (Metro Wire) —", "WASHINGTON —".
const DATELINE = /^\s*([A-Z][A-Z .'-]{2,30}?)(?:,\s+([A-Z][a-z.]+(?:\s+[A-Z][a-z.]+)?))?\s*(?:\([^)]*\))?\s*[—–-]{1,2}\s/m;

/** The city an article is about: its dateline city, or the city it names most (twice at least). */
export function focusPlace(text: string): string | null {
  const d = DATELINE.exec(text);
  if (d) {
    const name = d[1]!.trim().toLowerCase().replace(/\b\w/g, (c) => c.toUpperCase());
    const found = findCityList(d[2] ? `${name}, ${d[2]}` : name);
    if (found[0]) return found[0];
  }
  const counts = new Map<string, number>();
  for (const line of text.split(/(?<=[.!?])\s+/)) for (const c of findCityList(line)) counts.set(c, (counts.get(c) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best && best[1] >= 2 ? best[0] : null;
}
