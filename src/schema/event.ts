import { z } from 'astro/zod';
import { AgencyId } from './agency.ts';

/** What happened to the personnel. `plan` covers announced or intended moves. */
export const Action = z.enum(['deploy', 'redeploy', 'reassign', 'deputize', 'surge', 'plan', 'withdraw']);
export type Action = z.output<typeof Action>;

/** How precisely a date is known: `2020-03-05` is a day, `2020-03` a month, `2020` a year. */
export const DatePrecision = z.enum(['day', 'month', 'year']);
export type DatePrecision = z.output<typeof DatePrecision>;

/** How a head count was stated: "some 100" approx, "up to 600" up_to, "at least 75" at_least. */
export const PersonnelQualifier = z.enum(['exact', 'approx', 'up_to', 'at_least']);
export type PersonnelQualifier = z.output<typeof PersonnelQualifier>;

/** A date at its precision: YYYY, YYYY-MM or YYYY-MM-DD. */
export const PartialDate = z
  .string({ error: (issue) => (issue.input instanceof Date ? 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD in quotes (YAML reads an unquoted date as a timestamp)' : undefined) })
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD');

/**
 * One redeployment action as one article reports it (several mentions of one action are one event).
 * Stored in the article entry's frontmatter under `events`; editors may correct any field.
 */
export const ArticleEvent = z.object({
  /** Short id unique within the article (e1, e2, ...), kept across re-ingests so reviews stick. */
  key: z.string().regex(/^[a-z0-9-]+$/),
  /** When the action happened or was announced, at `date_precision`; null when the text cannot pin it. */
  date: PartialDate.nullable(),
  /** Precision of `date`; null exactly when `date` is null. */
  date_precision: DatePrecision.nullable(),
  /** Earliest and latest day the date can be, when the text bounds it more loosely than `date`. */
  date_window: z.tuple([PartialDate, PartialDate]).nullable().default(null),
  /** True when the date was inferred (from another article reporting the same action, or the article's window). */
  date_inferred: z.boolean().default(false),
  /** Agencies whose personnel move, as canonical ids; a unit together with its parent when both are named. */
  agencies: z.array(AgencyId).min(1),
  /** What happened. */
  action: Action,
  /** Head count when stated as a number. */
  personnel: z.number().int().nonnegative().nullable(),
  /** How the head count was stated; null when there is no number. */
  personnel_qualifier: PersonnelQualifier.nullable(),
  /** The words that gave the count ("some 100", "hundreds"), kept verbatim. */
  personnel_text: z.string().nullable().default(null),
  /** Where the personnel go: "City, ST", a state name, "US-Mexico border" or "US-Canada border". */
  places: z.array(z.string()).default([]),
  /** Where they come from, when stated ("desk duty", "ports of entry", "the southern border"). */
  origin: z.string().nullable().default(null),
  /** Named operation ("Operation Palladium"). */
  operation: z.string().nullable().default(null),
  /** The sentence that states the action, verbatim from the article body. */
  evidence: z.string().min(1),
  /** How sure the extractor is, 0 to 1; editors' corrections set it to 1. */
  confidence: z.number().min(0).max(1).default(0.5),
  /** An editor checked this event; re-ingesting never overwrites a reviewed event. */
  reviewed: z.boolean().default(false),
  /** An editor's note, shown on the event page. */
  note: z.string().nullable().default(null),
  /** Editor's hint: the timeline id this event belongs to (forces a merge). */
  merge_with: z.string().nullable().default(null),
  /** Editor's hint: keep this event on its own, never merged with others. */
  keep_separate: z.boolean().default(false),
});
export type ArticleEvent = z.output<typeof ArticleEvent>;
export type ArticleEventInput = z.input<typeof ArticleEvent>;
