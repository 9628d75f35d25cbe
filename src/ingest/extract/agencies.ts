import { AGENCY_ALIASES } from '../../data/agencies.ts';
import type { AgencyId } from '../../schema/agency.ts';

const PATTERNS = AGENCY_ALIASES.map(([ids, src]) => [ids, new RegExp(src, 'g')] as const);

// ICE named as the agency being helped is not an agency whose people move: "to assist ICE",
// "serve on ICE details", "deputized to work for ICE".
const BENEFICIARY = /\b(?:assist|assisting|help|helping|support|supporting|aid|aiding|bolster|bolstering|augment|augmenting|join|joining|reinforce|reinforcing|backing\s+up|back\s+up|work\s+for|working\s+for)\s+(?:the\s+)?(?:(?:U\.?S\.?\s+)?Immigration\s+and\s+Customs\s+Enforcement|ICE)(?:\s*\(ICE\))?(?:'s|’s)?(?:\s+(?:officers|agents|deportation\s+force|in|with|efforts|operations|agents'))?|\bICE\s+(?:details?|particulars|task\s+forces?|activity\s+forces|mission|operations\s+in)\b|(?:short-term|temporary)\s+ICE\b/gi;

export interface AgencyMention { ids: AgencyId[]; index: number; text: string; institutional: boolean }

/** Agencies a sentence names, in text order, each once; ICE only where its own people are meant. */
// Every alias contains one of these words; a sentence with none of them names no agency.
const ANY_AGENCY = /ICE|CBP|DHS|DOJ|HSI|ERO|OFO|AMO|USBP|USMS|DEA|ATF|FBI|BOP|IRS|DSS|USCIS|FPS|FAMS|FEMA|TSA|BORTAC|BORSTAR|Border|Customs|Marshal|Drug|Alcohol|Bureau|Prison|Jail|Revenue|Income|Diplomatic|Citizenship|Protective|Coast|Guard|Marine|Army|Pentagon|military|active|Homeland|Justice|deportation|fugitive|Secret|Park|Emergency|Transportation/;

const HELPING = /\b(?:assist|assisting|help|helping|support|supporting|aid|aiding|bolster|bolstering|augment|augmenting|reinforce|reinforcing|relieve|relieving|work\s+for|working\s+for)\s+(?:the\s+)?(?:U\.?S\.?\s+)?$/i;

const memo = new Map<string, AgencyMention[]>();

export function findAgencies(sentence: string): AgencyMention[] {
  if (!ANY_AGENCY.test(sentence)) return [];
  const hit = memo.get(sentence);
  if (hit) return hit;
  const found = scan(sentence);
  if (memo.size > 5000) memo.clear();
  memo.set(sentence, found);
  return found;
}

function scan(sentence: string): AgencyMention[] {
  const taken: Array<[number, number]> = [];
  const found: AgencyMention[] = [];
  const helped: Array<[number, number]> = [];
  for (const m of sentence.matchAll(BENEFICIARY)) helped.push([m.index, m.index + m[0].length]);
  for (const [ids, re] of PATTERNS) {
    re.lastIndex = 0;
    for (const m of sentence.matchAll(re)) {
      const a = m.index;
      const b = a + m[0].length;
      if (taken.some(([x, y]) => a < y && b > x)) continue;
      taken.push([a, b]);
      if (ids.includes('ICE') && helped.some(([x, y]) => a >= x && b <= y)) continue;
      // Any agency named as the one being helped ("to help Border Patrol agents") is not moving.
      if (HELPING.test(sentence.slice(Math.max(0, a - 30), a))) continue;
      // "ICE's mission", "the DEA's procedures": the agency as an institution, not people who move.
      const after = sentence.slice(b, b + 40);
      // "to Border Patrol facilities": the agency names the place people go to, not people who go.
      const place = /^\s+(?:facilities|facility|buildings?|field\s+office|stations?|processing\s+centers?|sectors?|headquarters|offices|detention\s+(?:centers?|facilities))\b/.test(after);
      const institutional = place || /^(?:'s|’s)\s+(?!(?:own\s+)?(?:agents|officers|personnel|employees|staff|workers|special|deportation|tactical|teams?|units?|investigators|criminal|prison|elite|Enforcement|Homeland|Fraud|Border|Office|Air|Diplomatic))/.test(after);
      found.push({ ids: [...ids], index: a, text: m[0], institutional });
    }
  }
  return found.sort((x, y) => x.index - y.index);
}

/** The ids of a list of mentions, deduplicated, DHS dropped when a component is named beside it. */
export function agencyIds(mentions: AgencyMention[]): AgencyId[] {
  const ids = [...new Set(mentions.filter((m) => !m.institutional).flatMap((m) => m.ids))];
  // DHS is usually the department that orders a move, not the people who move, when a component is named.
  return ids.length > 1 ? ids.filter((id) => id !== 'DHS') : ids;
}
