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

/** True when a YYYY, YYYY-MM or YYYY-MM-DD string names a real year, month or calendar day. */
export function realDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number);
  if (m !== undefined && (m < 1 || m > 12)) return false;
  if (d !== undefined && (d < 1 || d > new Date(Date.UTC(y!, m!, 0)).getUTCDate())) return false;
  return true;
}

const DATE_SHAPE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** A date at its precision: YYYY, YYYY-MM or YYYY-MM-DD. */
export const PartialDate = z
  .string()
  .regex(DATE_SHAPE, 'a date as YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(realDate, 'not a real month or calendar day');

/** The precision a date's shape gives: YYYY a year, YYYY-MM a month, YYYY-MM-DD a day. */
export function precisionOf(date: string): DatePrecision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/**
 * One redeployment action as one article reports it (several mentions of one action are one event).
 * Stored in the article entry's frontmatter under `events`; editors may correct any field, reject an
 * event (`rejected: true`) or add one the machine missed (key `h1`, `h2`, ... and `reviewed: true`).
 * The fields an editor must write for a new event are those without a default: `key`, `agencies`,
 * `action`, `evidence`; `date` and `date_precision` when the date is known.
 */
export const ArticleEvent = z.object({
  /** Short id unique within the article (e1, e2, ... from the machine; h1, h2, ... added by hand), kept across re-ingests so reviews stick. */
  key: z.string().regex(/^[a-z0-9-]+$/),
  /** When the action happened or was announced, at `date_precision`; null when the text cannot pin it. */
  date: PartialDate.nullable().default(null),
  /** Precision of `date`: the one its shape gives (YYYY year, YYYY-MM month, YYYY-MM-DD day); null exactly when `date` is null. */
  date_precision: DatePrecision.nullable().default(null),
  /** Earliest and latest day the date can be, when the text bounds it more loosely than `date`. */
  date_window: z.tuple([PartialDate, PartialDate]).nullable().default(null),
  /** True when the date was inferred (from another article reporting the same action, or the article's window). */
  date_inferred: z.boolean().default(false),
  /**
   * Agencies whose personnel move, as canonical ids; a unit together with its parent when both are named.
   * Empty when the text names none ("federal agents", "more than 200 agents"): such an event is shown as
   * federal personnel and joins another report only through the same named operation.
   */
  agencies: z.array(AgencyId),
  /** What happened. */
  action: Action,
  /** Head count when stated as a number. */
  personnel: z.number().int().nonnegative().nullable().default(null),
  /** How the head count was stated; null when there is no number. */
  personnel_qualifier: PersonnelQualifier.nullable().default(null),
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
  /**
   * An editor found this event false: it stays in the entry, so re-ingesting never brings it back, and
   * the site and every download leave it out. Undo by deleting the line or setting it to false.
   */
  rejected: z.boolean().default(false),
}).superRefine((e, ctx) => {
  if ((e.date === null) !== (e.date_precision === null)) {
    ctx.addIssue({ code: 'custom', path: ['date_precision'], message: e.date === null ? 'set, but date is null; make both null or give the date' : 'missing: a dated event says how precise its date is (day, month or year)' });
  } else if (e.date && e.date_precision && DATE_SHAPE.test(e.date) && precisionOf(e.date) !== e.date_precision) {
    ctx.addIssue({ code: 'custom', path: ['date_precision'], message: `"${e.date_precision}" does not fit date ${e.date}, which is a ${precisionOf(e.date)}` });
  }
});
export type ArticleEvent = z.output<typeof ArticleEvent>;
export type ArticleEventInput = z.input<typeof ArticleEvent>;
