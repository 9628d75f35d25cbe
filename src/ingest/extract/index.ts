// Placeholder: the extraction stage is filled in by the extraction work.
import type { ArticleEventInput } from '../../schema/event.ts';

export interface ExtractContext {
  /** Publication day, YYYY-MM-DD, when known: relative dates resolve against it. */
  published: string | null;
  /** Publication window the text bounds, when the day is unknown. */
  window: [string, string] | null;
}

/** The redeployment events an article states, one per action. */
export function extractEvents(_body: string, _ctx: ExtractContext): ArticleEventInput[] {
  return [];
}
