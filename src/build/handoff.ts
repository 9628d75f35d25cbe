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
type Slot = { site?: BuiltSite; listener?: (site: BuiltSite) => void };
const slot = (): Slot => ((globalThis as { [KEY]?: Slot })[KEY] ??= {});

/** Hands the site on: to the listener waiting for it (see `whenShared`), else to `takeSite`. */
export function shareSite(site: BuiltSite): void {
  const s = slot();
  if (s.listener) {
    const listener = s.listener;
    delete s.listener;
    listener(site);
  } else s.site = site;
}

/**
 * Calls `listener` with the site as soon as the page code shares it (at once if it already has), so an
 * integration can start on it while the pages render. Once per build.
 */
export function whenShared(listener: (site: BuiltSite) => void): void {
  const s = slot();
  if (s.site) {
    const site = s.site;
    delete s.site;
    listener(site);
  } else s.listener = listener;
}

/** The site this process built, once; null when no page code ran here. Stops a listener waiting for it. */
export function takeSite(): BuiltSite | null {
  const s = slot();
  const site = s.site ?? null;
  delete s.site;
  delete s.listener;
  return site;
}
