import { AGENCY_SHORT } from '../data/agencies.ts';
import { AGENCY_PARENT, type AgencyId } from '../schema/agency.ts';
import type { Action, PersonnelQualifier } from '../schema/event.ts';

const AGENCY_PARENT_OF = AGENCY_PARENT as Record<string, AgencyId | undefined>;

const VERB: Record<Action, string> = {
  deploy: 'sent to', redeploy: 'redeployed to', reassign: 'reassigned', deputize: 'deputized to help immigration enforcement',
  surge: 'surged to', plan: 'to be sent to', withdraw: 'withdrawn from',
};

export function headCount(personnel: number | null, qualifier: PersonnelQualifier | null): string | null {
  if (personnel == null) return null;
  const n = personnel.toLocaleString('en-US');
  return qualifier === 'approx' ? `About ${n}` : qualifier === 'up_to' ? `Up to ${n}` : qualifier === 'at_least' ? `At least ${n}` : n;
}

function list(items: string[], max = 3): string {
  const shown = items.slice(0, max);
  const rest = items.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : (shown[0] ?? '');
}

/** One sentence from an event's fields: "About 100 CBP and BORTAC personnel sent to Chicago, New York and 8 more". */
export function summarize(e: { agencies: AgencyId[]; action: Action; personnel: number | null; personnel_qualifier: PersonnelQualifier | null; places: string[]; origin: string | null; operation: string | null }): string {
  // Name the most specific units: a parent named beside its unit adds nothing to a headline.
  const units = e.agencies.filter((a) => !e.agencies.some((b) => b !== a && (AGENCY_PARENT_OF[b] === a)));
  // An event whose sources name no agency ("federal agents") is told as federal personnel.
  const who = units.length ? list(units.map((a) => AGENCY_SHORT[a]), 4) : 'federal';
  const count = headCount(e.personnel, e.personnel_qualifier);
  // "IRS criminal investigators" and "National Guard troops" already say who; others take "personnel".
  const noun = units.length === 1 && /(?:investigators|agents|staff|officers|troops)$/.test(who) ? '' : units.length === 1 && (units[0] === 'NATIONAL_GUARD' || units[0] === 'MILITARY') ? ' troops' : ' personnel';
  const subject = count ? `${count} ${who}${noun}` : `${who}${noun}`;
  const places = e.places.map((p) => p.replace(/, [A-Z]{2}$/, ''));
  let sentence: string;
  if (e.action === 'deputize' || e.action === 'reassign') {
    sentence = `${subject} ${VERB[e.action]}${places.length ? ` in ${list(places)}` : ''}${e.origin ? ` from ${e.origin}` : ''}`;
  } else if (e.action === 'plan') {
    sentence = `Plan: ${subject} ${places.length ? `to be sent to ${list(places)}` : e.origin ? `to move from ${e.origin}` : 'to be redeployed'}`;
  } else {
    sentence = `${subject} ${places.length ? `${VERB[e.action]} ${list(places)}` : e.action === 'withdraw' ? 'withdrawn' : 'deployed'}`;
  }
  if (e.operation) sentence += ` (${e.operation})`;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
