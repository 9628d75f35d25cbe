const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
/** A written-out day: "March 6, 2020", "6 March 2020", "2020-03-06", "03/06/2020". */
export const DAY = new RegExp(String.raw`(?:${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+${MONTH},?\s+\d{4}|\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?|\d{1,2}/\d{1,2}/\d{4})`, 'gi');
const TIME = /\b\d{1,2}(?::\d{2}){1,2}\s*(?:[ap]\.?\s?m\.?)?|\b\d{1,2}\s*[ap]\.?\s?m\.?(?=\W|$)/gi;
const FILLER = /\b(?:published|posted|updated|last updated|first published|modified|date|on|at|and|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?|[ECMP][SD]?T|UTC|GMT|ET|PT|CT)\b|[\s|•·,:;()\-–—/]+/gi;

/**
 * A line that only states when the piece was published or updated: "March 6, 2020Updated: March 6, 2020",
 * "Published 5:02 PM EST, Fri March 6, 2020", "Updated: 2024-11-14T09:00:00Z". Not a sentence of the story.
 */
export function isDateLine(line: string): boolean {
  if (line.length > 160) return false;
  const days = line.match(DAY);
  if (!days) return false;
  const rest = line.replace(DAY, ' ').replace(TIME, ' ').replace(FILLER, '');
  return rest.length === 0;
}
