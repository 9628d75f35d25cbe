import { slugify } from './slug.ts';
import { periodOf } from './period.ts';
import { href } from './urls.ts';
import type { TimelineEvent } from '../schema/timeline-event.ts';

/** Above this many events the home page holds the newest and the rest live on one page per month. */
export const HOME_LIMIT = 300;

export const placeSlug = (name: string) => slugify(name);
export const operationSlug = (name: string) => slugify(name.replace(/^Operation\s+/i, ''));
export const agencySlug = (id: string) => id.toLowerCase();

export { periodOf, periodOfId } from './period.ts';

/** The timeline page that holds an event: the home page, or its period's page once the record is large. */
export function timelinePage(event: Pick<TimelineEvent, 'date'>, total: number): string {
  if (total <= HOME_LIMIT) return href('/');
  return href(`/timeline/${periodOf(event.date)}/`);
}

/** The anchor link the site hands out for an event: straight to the page that holds it. */
export function anchorHref(event: Pick<TimelineEvent, 'date' | 'id'>, total: number): string {
  return `${timelinePage(event, total)}#${event.id}`;
}

export const eventHref = (id: string) => href(`/events/${id}/`);
export const articleHref = (slug: string) => href(`/articles/${slug}/`);
/** The evidence sentence's anchor on its article page. */
export const evidenceAnchor = (eventKey: string) => `ev-${eventKey}`;
