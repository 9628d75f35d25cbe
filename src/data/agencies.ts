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

/** The family an agency belongs to, for colouring the overview: ICE, CBP, DOJ, military, or other. */
export function agencyFamily(id: AgencyId): 'ICE' | 'CBP' | 'DOJ' | 'MILITARY' | 'OTHER' {
  if (id === 'ICE' || id === 'ERO' || id === 'HSI') return 'ICE';
  if (id === 'CBP' || id === 'USBP' || id === 'BORTAC' || id === 'BORSTAR' || id === 'OFO' || id === 'AMO') return 'CBP';
  if (id === 'DOJ' || id === 'USMS' || id === 'DEA' || id === 'ATF' || id === 'FBI' || id === 'BOP') return 'DOJ';
  if (id === 'NATIONAL_GUARD' || id === 'MILITARY') return 'MILITARY';
  return 'OTHER';
}
