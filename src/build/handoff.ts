import type { TimelineEvent } from '../schema/timeline-event.ts';

/**
 * What the pages' code computed that the integrations run after it need: the timeline with each event's
 * digest, and every article's id, digest and publication day. Astro runs both in one process (the page code is bundled
 * by Vite into other module instances), so it passes through a global; the search index reads it instead of
 * parsing the timeline's download and every entry again.
 */
export interface BuiltSite {
  events: Array<{ event: TimelineEvent; digest: string }>;
  articles: Array<{ id: string; digest: string; published: string | null }>;
}

const KEY = Symbol.for('redeployment-timeline.built-site');

export function shareSite(site: BuiltSite): void {
  (globalThis as { [KEY]?: BuiltSite })[KEY] = site;
}

/** The site this process built, once; null when no page code ran here. */
export function takeSite(): BuiltSite | null {
  const g = globalThis as { [KEY]?: BuiltSite };
  const site = g[KEY] ?? null;
  delete g[KEY];
  return site;
}
