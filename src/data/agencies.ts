import type { AgencyId } from '../schema/agency.ts';

/** Full names the site shows for each canonical agency id. */
export const AGENCY_NAMES: Record<AgencyId, string> = {
  ICE: 'U.S. Immigration and Customs Enforcement',
  ERO: 'ICE Enforcement and Removal Operations',
  HSI: 'Homeland Security Investigations',
  CBP: 'U.S. Customs and Border Protection',
  USBP: 'U.S. Border Patrol',
  BORTAC: 'Border Patrol Tactical Unit (BORTAC)',
  BORSTAR: 'Border Patrol Search, Trauma and Rescue (BORSTAR)',
  OFO: 'CBP Office of Field Operations',
  AMO: 'CBP Air and Marine Operations',
  DOJ: 'U.S. Department of Justice',
  USMS: 'U.S. Marshals Service',
  DEA: 'Drug Enforcement Administration',
  ATF: 'Bureau of Alcohol, Tobacco, Firearms and Explosives',
  FBI: 'Federal Bureau of Investigation',
  BOP: 'Federal Bureau of Prisons',
  'IRS-CI': 'IRS Criminal Investigation',
  DSS: 'Diplomatic Security Service (State Department)',
  USCIS: 'U.S. Citizenship and Immigration Services',
  FPS: 'Federal Protective Service',
  FAMS: 'Federal Air Marshal Service',
  USCG: 'U.S. Coast Guard',
  NATIONAL_GUARD: 'National Guard',
  MILITARY: 'U.S. military (active duty)',
  DHS: 'U.S. Department of Homeland Security',
  OTHER: 'Other agencies',
};

/** Short names for sentences and chart labels ("U.S. Marshals", "Border Patrol"). */
export const AGENCY_SHORT: Record<AgencyId, string> = {
  ICE: 'ICE', ERO: 'ICE ERO', HSI: 'HSI', CBP: 'CBP', USBP: 'Border Patrol', BORTAC: 'BORTAC', BORSTAR: 'BORSTAR', OFO: 'CBP field officers',
  AMO: 'CBP Air and Marine', DOJ: 'Justice Department', USMS: 'U.S. Marshals', DEA: 'DEA', ATF: 'ATF', FBI: 'FBI', BOP: 'Bureau of Prisons',
  'IRS-CI': 'IRS criminal investigators', DSS: 'State Department DSS', USCIS: 'USCIS', FPS: 'Federal Protective Service', FAMS: 'Federal Air Marshals',
  USCG: 'Coast Guard', NATIONAL_GUARD: 'National Guard', MILITARY: 'active-duty military', DHS: 'DHS', OTHER: 'other federal',
};

/** The family an agency belongs to, for colouring the overview: ICE, CBP, DOJ, military, or other. */
export function agencyFamily(id: AgencyId): 'ICE' | 'CBP' | 'DOJ' | 'MILITARY' | 'OTHER' {
  if (id === 'ICE' || id === 'ERO' || id === 'HSI') return 'ICE';
  if (id === 'CBP' || id === 'USBP' || id === 'BORTAC' || id === 'BORSTAR' || id === 'OFO' || id === 'AMO') return 'CBP';
  if (id === 'DOJ' || id === 'USMS' || id === 'DEA' || id === 'ATF' || id === 'FBI' || id === 'BOP') return 'DOJ';
  if (id === 'NATIONAL_GUARD' || id === 'MILITARY') return 'MILITARY';
  return 'OTHER';
}

// Word families that article re-spinners swap in (Department -> Division, Security -> Safety,
// Protection -> Safety, Services -> Providers, Internal Revenue -> Inner Income): the aliases accept both.
const DEPT = '(?:Department|Division|Dept\\.?)';
const SEC = '(?:Security|Safety)';
const PROT = '(?:Protection|Safety|Security)';
const SVC = '(?:Service|Services|Providers?)';
const US = '(?:U\\.?\\s?S\\.?\\s+|United\\s+States\\s+)?';

/**
 * How articles name each agency: full names, abbreviations, common aliases and re-spun variants.
 * Order matters: more specific names come first and claim their words, so "Border Patrol Tactical Unit"
 * is BORTAC (and Border Patrol), not only Border Patrol.
 */
export const AGENCY_ALIASES: ReadonlyArray<readonly [AgencyId[], string]> = [
  [['BORTAC', 'USBP'], `${US}Border\\s+Patrol\\s+Tactical\\s+Units?`],
  [['BORTAC'], '\\bBORTAC\\b'],
  [['BORTAC', 'USBP'], `${US}Border\\s+Patrol['’]s\\s+(?:elite\\s+)?tactical\\s+(?:unit|team)s?`],
  [['BORSTAR', 'USBP'], `${US}Border\\s+Patrol\\s+Search,?\\s+Trauma,?\\s+and\\s+Rescue`],
  [['BORSTAR'], '\\bBORSTAR\\b'],
  [['HSI'], `Homeland\\s+${SEC}\\s+Investigations?|\\bHSI\\b`],
  [['ERO'], `Enforcement\\s+and\\s+Removal\\s+Operations|\\bERO\\b|deportation\\s+officers?|fugitive\\s+operations`],
  [['ICE'], `${US}Immigration\\s+and\\s+Customs\\s+Enforcement|${US}Customs\\s+and\\s+Immigration\\s+Enforcement|\\bICE\\b`],
  [['OFO', 'CBP'], `Office\\s+of\\s+Field\\s+Operations|\\bOFO\\b`],
  [['AMO', 'CBP'], `Air\\s+and\\s+Marine\\s+Operations|\\bAMO\\b`],
  [['CBP'], `${US}Customs\\s+and\\s+Border\\s+${PROT}|\\bCBP\\b`],
  [['USBP'], `${US}Border\\s+Patrol|\\bUSBP\\b`],
  [['USMS'], `${US}Marshals?\\s+${SVC}|${US}Marshals\\b(?!\\s+Service)|\\bUSMS\\b|deputy\\s+marshals`],
  [['DEA'], `Drug\\s+Enforcement\\s+(?:Administration|Agency)|\\bDEA\\b`],
  [['ATF'], `Bureau\\s+of\\s+Alcohol,?\\s+Tobacco,?\\s+Firearms,?\\s+(?:and|&)\\s+Explosives|\\bATF\\b`],
  [['FBI'], `Federal\\s+Bureau\\s+of\\s+Investigation|\\bFBI\\b`],
  [['BOP'], `(?:Federal\\s+)?Bureau\\s+of\\s+(?:Prisons|Jails?)|\\bBOP\\b`],
  [['DOJ'], `${US}(?:Justice\\s+${DEPT}|${DEPT}\\s+of\\s+Justice)|\\bDOJ\\b`],
  [['IRS-CI'], `(?:Internal|Inner)\\s+(?:Revenue|Income)\\s+${SVC}|\\bIRS(?:-CI)?\\b`],
  [['DSS'], `Diplomatic\\s+${SEC}\\s+${SVC}|\\bDSS\\b`],
  [['USCIS'], `${US}Citizenship\\s+and\\s+Immigration\\s+${SVC}|\\bUSCIS\\b`],
  [['FPS'], `Federal\\s+Protective\\s+${SVC}|\\bFPS\\b`],
  [['FAMS'], `Federal\\s+Air\\s+Marshals?(?:\\s+${SVC})?|\\bFAMS\\b|air\\s+marshals`],
  [['USCG'], `${US}Coast\\s+Guard`],
  [['NATIONAL_GUARD'], `National\\s+Guard(?:smen|s?men)?|\\bGuard(?:smen|s?men)\\b|\\bGuard\\s+(?:troops|members|soldiers|units|personnel|forces)`],
  [['MILITARY'], `\\bMarines\\b|\\bMarine\\s+Corps\\b|active[-\\s]duty\\s+(?:troops|soldiers|forces|service\\s*members|military|Marines|personnel)|\\bU\\.?S\\.?\\s+(?:Army|military)\\b|\\b(?:the\\s+)?Army\\b(?=.{0,60}\\b(?:troops|soldiers|service\\s*members)\\b)(?!.{0,60}\\bGuard\\b)|\\bmilitary\\s+(?:troops|personnel|police|forces)`],
  [['DHS'], `${DEPT}\\s+of\\s+Homeland\\s+${SEC}|Homeland\\s+${SEC}\\s+${DEPT}|\\bDHS\\b|\\bHomeland\\s+${SEC}\\b(?!\\s+(?:Secretary|Investigations?|Committee|Council|adviser|advisor|officials?\\s+said))`],
  [['OTHER'], `Federal\\s+Emergency\\s+Management\\s+Agency|\\bFEMA\\b|Transportation\\s+${SEC}\\s+Administration|\\bTSA\\b|Secret\\s+Service|Park\\s+Police`],
];
