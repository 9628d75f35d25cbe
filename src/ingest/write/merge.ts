import type { ArticleInput } from '../../schema/article.ts';
import type { ArticleEventInput } from '../../schema/event.ts';

// Fields of an article that an editor may set and that re-ingesting must keep once the article is reviewed.
const ARTICLE_META = ['title', 'publisher', 'byline', 'url', 'published', 'published_source', 'published_window'] as const;

function words(s: string): Set<string> {
  return new Set(s.toLowerCase().match(/[a-z0-9]+/g) ?? []);
}

/** Share of the shorter evidence's words found in the other: 1 for the same sentence. */
function overlap(a: string, b: string): number {
  const A = words(a);
  const B = words(b);
  let inter = 0;
  for (const w of A) if (B.has(w)) inter++;
  return inter / Math.max(1, Math.min(A.size, B.size));
}

// The machine only ever writes keys e1, e2, ...: any other key (h1, h2, ...) is an event an editor added.
const MACHINE_KEY = /^e\d+$/;

/** Events the editor owns: reviewed, rejected or added by hand. Re-ingesting keeps them as they are. */
function editorsOwn(e: ArticleEventInput): boolean {
  return e.reviewed === true || e.rejected === true || !MACHINE_KEY.test(String(e.key));
}

/**
 * Combines a fresh extraction with the entry already on disk: reviewed, rejected and hand-added events,
 * notes and editor hints stay exactly as the editor left them; a fresh event that restates one of those
 * is dropped (so a rejected event never comes back); other fresh events take keys that no kept event
 * uses, reusing the old key of the event they replace.
 */
export function mergeWithExisting(fresh: ArticleInput, existing: Record<string, unknown> | null): ArticleInput {
  if (!existing) return fresh;
  const oldEvents = (Array.isArray(existing.events) ? existing.events : []) as ArticleEventInput[];
  const kept = oldEvents.filter(editorsOwn);
  const used = new Set(kept.map((e) => e.key));
  const incoming = (fresh.events ?? []).filter((e) => !kept.some((k) => overlap(k.evidence, e.evidence) >= 0.8));
  let next = 1;
  const freshKey = () => {
    while (used.has(`e${next}`)) next++;
    used.add(`e${next}`);
    return `e${next}`;
  };
  const rekeyed = incoming.map((e) => {
    // Keep the key an unreviewed event had before, so notes and hints attached to it find it again.
    const before = oldEvents.find((o) => !editorsOwn(o) && !used.has(o.key) && overlap(o.evidence, e.evidence) >= 0.8);
    if (before) {
      used.add(before.key);
      return { ...e, key: before.key, note: before.note ?? e.note ?? null, merge_with: before.merge_with ?? null, keep_separate: before.keep_separate ?? false };
    }
    return { ...e, key: freshKey() };
  });
  const events = [...kept, ...rekeyed].sort((a, b) => order(fresh.events ?? [], a) - order(fresh.events ?? [], b));
  const merged: ArticleInput = { ...fresh, events };
  if (existing.note != null) merged.note = existing.note as string;
  if (existing.reviewed === true) {
    merged.reviewed = true;
    for (const k of ARTICLE_META) if (k in existing) (merged as Record<string, unknown>)[k] = existing[k];
  }
  return merged;
}

// Events keep the text order of the article; kept events the extractor does not find (no longer, or
// never: added by hand) go last, by the number in their key.
function order(freshEvents: ArticleEventInput[], e: ArticleEventInput): number {
  const i = freshEvents.findIndex((f) => overlap(f.evidence, e.evidence) >= 0.8);
  return i < 0 ? freshEvents.length + Number(e.key.replace(/\D/g, '') || 0) : i;
}
