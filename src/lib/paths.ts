import { slugify } from './slug.ts';
import { anchorPeriodOf } from './period.ts';
import { href } from './urls.ts';
import type { TimelineEvent } from '../schema/timeline-event.ts';

/** Above this many events the home page holds only the newest; every event is always on its period's page. */
export const HOME_LIMIT = 300;

export const placeSlug = (name: string) => slugify(name);
export const operationSlug = (name: string) => slugify(name.replace(/^Operation\s+/i, ''));
export const agencySlug = (id: string) => id.toLowerCase();

export { periodOf, periodOfId } from './period.ts';

/** A period's page: /timeline/2020-02-05/ (a day), /timeline/2020-02/, /timeline/2021/ (month not known) or /timeline/undated/. */
export const periodHref = (period: string) => href(`/timeline/${period}/`);

/**
 * The anchor link the site hands out for an event: its place on its day's page (its month's or year's when
 * that is all that is known), at every record size. That page is small and ships no script, so the event
 * is on screen almost as fast as on a bare page.
 */
export function anchorHref(event: Pick<TimelineEvent, 'date' | 'id'>): string {
  return `${periodHref(anchorPeriodOf(event.date))}#${event.id}`;
}

export const eventHref = (id: string) => href(`/events/${id}/`);
export const articleHref = (slug: string) => href(`/articles/${slug}/`);
/** The evidence sentence's anchor on its article page. */
export const evidenceAnchor = (eventKey: string) => `ev-${eventKey}`;
