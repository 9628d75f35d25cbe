import { PROMPT, TEASER_HEAD } from './patterns.ts';

/** A line that reads like a headline: short, and not ended like a sentence. */
export const isHeadline = (line: string) => line.length >= 3 && line.length <= 160 && !/[.!:;,]["”’)]*$/.test(line);
/** A teaser's blurb cut short: "… if the…", "[…]", "... Read more". */
const isTruncated = (line: string) => /(?:…|\.\.\.|\[…\]|\[\.\.\.\])["”’]?\s*(?:Read more|Continue reading)?$/i.test(line);

/**
 * Where a block of teasers that starts at `head` (a TEASER_HEAD line) ends, exclusive. The block holds
 * headlines and blurbs cut short; late in the text it also holds full blurbs that each follow a
 * headline. It stops at the first line that reads like the article again, so a "Related" box in the
 * middle of a story takes no sentence of the story with it.
 */
export function teaserBlockEnd(lines: readonly string[], head: number, late: boolean): number {
  let previousHeadline = false;
  let i = head + 1;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line) continue;
    if (TEASER_HEAD.test(line) || PROMPT.test(line) || isTruncated(line)) previousHeadline = false;
    else if (isHeadline(line)) previousHeadline = true;
    else if (late && previousHeadline) previousHeadline = false;
    else break;
  }
  // Blank lines at the end belong to what follows.
  while (i > head + 1 && !lines[i - 1]) i--;
  return i;
}
