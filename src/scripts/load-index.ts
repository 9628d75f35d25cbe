// Fetches the timeline index once per page, however often the filter changes.
import type { IndexEntry } from '../lib/timeline-index.ts';

const loaded = new Map<string, Promise<IndexEntry[]>>();

export function loadIndex(url: string): Promise<IndexEntry[]> {
  let index = loaded.get(url);
  if (!index) {
    index = fetch(url).then((res) => {
      if (!res.ok) throw new Error(`${url}: ${res.status}`);
      return res.json() as Promise<IndexEntry[]>;
    });
    // A failed load is not remembered, so the next change tries again.
    index.catch(() => loaded.delete(url));
    loaded.set(url, index);
  }
  return index;
}
