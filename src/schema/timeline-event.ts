import { z } from 'astro/zod';
import { AgencyId } from './agency.ts';
import { Action, DatePrecision, PartialDate, PersonnelQualifier } from './event.ts';

/** One article's report of a timeline event, with the values that article gives. */
export const Source = z.object({
  /** The article entry's slug (content/articles/<article>.md). */
  article: z.string(),
  /** The raw file's name as received. */
  source_file: z.string(),
  /** The article's key for its event (e1, e2, ...). */
  event_key: z.string(),
  /** The sentence that states the action, verbatim. */
  evidence: z.string(),
  /** Headline and outlet, for citing. */
  title: z.string(),
  publisher: z.string().nullable(),
  /** Publication day of the article, when known. */
  published: z.string().nullable(),
  /** What this source says, field by field, so disagreements can be shown with who says what. */
  date: PartialDate.nullable(),
  date_precision: DatePrecision.nullable(),
  personnel: z.number().nullable(),
  personnel_qualifier: PersonnelQualifier.nullable(),
  places: z.array(z.string()),
  reviewed: z.boolean(),
  /** True when this source gives no date of its own and the timeline date comes from the other sources. */
  date_inferred: z.boolean(),
});
export type Source = z.output<typeof Source>;

/** A field on which the sources disagree, and each value with the articles that give it. */
export const Disagreement = z.object({
  field: z.enum(['date', 'personnel', 'places', 'operation', 'action']),
  values: z.array(z.object({ value: z.string(), articles: z.array(z.string()) })),
});
export type Disagreement = z.output<typeof Disagreement>;

/** Why one report was merged into the event: `report` joined through `joined` (both `<article>#<key>`). */
export const MergeReason = z.object({
  report: z.string(),
  joined: z.string(),
  /** The agreements, in one line: when each is, then what they share ("same place (Seattle, WA)", "same count (100)"). */
  because: z.string(),
});
export type MergeReason = z.output<typeof MergeReason>;

/** One real-world redeployment on the timeline: article events clustered together. */
export const TimelineEvent = z.object({
  /** Stable, human-readable id (`2020-02-cbp-bortac-sanctuary-cities`): HTML id and URL segment. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** Ids this event was published under before; `/#alias` and `/events/alias/` still land here. */
  aliases: z.array(z.string()),
  date: PartialDate.nullable(),
  date_precision: DatePrecision.nullable(),
  /** True when the date comes from inference (another source, or the article's window), not the text. */
  date_inferred: z.boolean(),
  /** Every agency its sources name; empty when none names one ("federal agents"). */
  agencies: z.array(AgencyId),
  action: Action,
  personnel: z.number().nullable(),
  personnel_qualifier: PersonnelQualifier.nullable(),
  places: z.array(z.string()),
  origin: z.string().nullable(),
  operation: z.string().nullable(),
  /** One sentence, generated from the fields. */
  summary: z.string(),
  /** Every article that reports this event. */
  sources: z.array(Source).min(1),
  disagreements: z.array(Disagreement),
  /** Every source event was checked by an editor. */
  reviewed: z.boolean(),
  /** Lowest confidence among the source events. */
  confidence: z.number(),
  notes: z.array(z.string()),
  /** One line per merge (sources minus one), so an editor can check each; empty for a single source (and in downloads made before it existed). */
  merged_because: z.array(MergeReason).default([]),
});
export type TimelineEvent = z.output<typeof TimelineEvent>;
