import type { Article } from '../schema/article.ts';
import type { ArticleEvent } from '../schema/event.ts';
import { AGENCY_PARENT, type AgencyId } from '../schema/agency.ts';
import { ACTION_KIND, type ActionKind } from '../data/action-kinds.ts';
import { interval, windowInterval, DAY } from './interval.ts';

/** An article entry as the timeline takes it: its slug and its validated frontmatter. */
export interface ArticleEntry { id: string; data: Article }

/** One article's report of an action, with what clustering needs to know about it. */
export interface Report {
  /** `<article slug>#<event key>`: how the id registry and merged_because name it. */
  member: string;
  article: string;
  event: ArticleEvent;
  /** When it happened, from its own date (or date window); null when the report gives no date. */
  span: [number, number] | null;
  /**
   * For a report without a date, the time it can lie in: up to its article's publication day (an
   * undated mention in a dated article is background: what the article reports as news has a date), or
   * its article's window when the article is undated and its text bounds it. Null ends are open.
   */
  within: [number | null, number | null];
  kind: ActionKind;
  /** The most specific units it names: CBP, USBP and BORTAC together are BORTAC. */
  units: AgencyId[];
  /** `units` as one string, to compare and index by. */
  unitsKey: string;
  /** The named operation, compared without "Operation" and case: "LeGend" is "Operation Legend". */
  operation: string | null;
}

const PARENT = AGENCY_PARENT as Partial<Record<AgencyId, AgencyId>>;

/** The agencies without those that only name a parent of another one named. */
export function unitsOf(agencies: readonly AgencyId[]): AgencyId[] {
  return [...new Set(agencies)].filter((a) => !agencies.some((b) => b !== a && isAbove(a, b))).sort();
}

function isAbove(a: AgencyId, b: AgencyId): boolean {
  for (let p = PARENT[b]; p; p = PARENT[p]) if (p === a) return true;
  return false;
}

export function operationKey(name: string | null): string | null {
  if (!name) return null;
  const key = name.toLowerCase().replace(/^operation\s+/, '').replace(/[^a-z0-9]+/g, ' ').trim();
  return key || null;
}

/** Every article event not rejected by an editor, as a report, in a fixed order (by article, then key). */
export function reportsOf(entries: ArticleEntry[]): Report[] {
  return [...entries].sort((a, b) => a.id.localeCompare(b.id)).flatMap((entry) =>
    entry.data.events.filter((event) => !event.rejected).map((event) => {
      const span = interval(event.date, event.date_precision) ?? windowInterval(event.date_window);
      const published = interval(entry.data.published, 'day');
      const window = windowInterval(entry.data.published_window);
      const within: [number | null, number | null] = span ?? (published ? [null, published[1]] : window ?? [null, null]);
      const units = unitsOf(event.agencies);
      return {
        member: `${entry.id}#${event.key}`,
        article: entry.id,
        event,
        span,
        within,
        kind: ACTION_KIND[event.action],
        units,
        unitsKey: units.join(' '),
        operation: operationKey(event.operation),
      };
    }),
  );
}

export { DAY };
