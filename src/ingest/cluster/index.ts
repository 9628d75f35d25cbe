// Placeholder clustering: one timeline event per article event. Replaced by the clustering work.
import type { Article } from '../../schema/article.ts';
import type { TimelineEvent } from '../../schema/timeline-event.ts';
import { slugify } from '../../lib/slug.ts';

export interface ArticleEntry { id: string; data: Article }

/** Groups article events into timeline events, each with a stable id. */
export function buildTimeline(entries: ArticleEntry[]): TimelineEvent[] {
  const out: TimelineEvent[] = [];
  for (const entry of entries) {
    for (const e of entry.data.events) {
      const id = slugify(`${e.date ?? 'undated'}-${e.agencies.join('-')}-${entry.id}-${e.key}`);
      out.push({
        id, aliases: [], date: e.date, date_precision: e.date_precision, date_inferred: e.date_inferred,
        agencies: e.agencies, action: e.action, personnel: e.personnel, personnel_qualifier: e.personnel_qualifier,
        places: e.places, origin: e.origin, operation: e.operation,
        summary: `${e.agencies.join(', ')} ${e.action}`,
        sources: [{
          article: entry.id, source_file: entry.data.source_file, event_key: e.key, evidence: e.evidence,
          title: entry.data.title, publisher: entry.data.publisher, published: entry.data.published,
          date: e.date, date_precision: e.date_precision, personnel: e.personnel,
          personnel_qualifier: e.personnel_qualifier, places: e.places, reviewed: e.reviewed,
        }],
        disagreements: [], reviewed: e.reviewed, confidence: e.confidence, notes: e.note ? [e.note] : [],
      });
    }
  }
  return out.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id));
}
