import type { TimelineEvent } from '../schema/timeline-event.ts';
import { getTimeline } from './timeline.ts';
import { perEvent } from '../build/build-cache.ts';
import { escapeHtml } from './downloads.ts';
import { formatDate } from './format.ts';
import { eventHref } from './paths.ts';

let pieces: Promise<Map<TimelineEvent, string>> | undefined;

/**
 * Each event's line in a list of links (an agency's, a place's, the search page's list of every event), as
 * HTML, made once per build for the whole timeline and kept between builds for events that did not change:
 * those lists run to thousands of lines and are written again whenever one event in them changes.
 */
export function eventLinkPieces(): Promise<Map<TimelineEvent, string>> {
  pieces ??= getTimeline().then((events) => {
    const html = perEvent('event-links', events, eventLink);
    return new Map(events.map((e, i) => [e, html[i]!]));
  });
  return pieces;
}

/** One event's line: its date and its summary, linked to its page. */
export function eventLink(e: TimelineEvent): string {
  return `<li class="event"><time${e.date ? ` datetime="${escapeHtml(e.date)}"` : ''}>${escapeHtml(formatDate(e.date, e.date_precision))}</time> <a href="${escapeHtml(eventHref(e.id))}">${escapeHtml(e.summary)}</a></li>`;
}
