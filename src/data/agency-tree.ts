// The agency tree without the schema library, so browser code can use it at no cost.
export const AGENCY_IDS = [
  'ICE', 'ERO', 'HSI', 'CBP', 'USBP', 'BORTAC', 'BORSTAR', 'OFO', 'AMO',
  'DOJ', 'USMS', 'DEA', 'ATF', 'FBI', 'BOP', 'IRS-CI', 'DSS', 'USCIS', 'FPS', 'FAMS', 'USCG',
  'NATIONAL_GUARD', 'MILITARY', 'DHS', 'OTHER',
] as const;
export type AgencyId = (typeof AGENCY_IDS)[number];

/** The unit each sub-unit belongs to (the scorer's lineage uses the same tree). */
export const AGENCY_PARENT: Partial<Record<AgencyId, AgencyId>> = {
  ERO: 'ICE', HSI: 'ICE', USBP: 'CBP', OFO: 'CBP', AMO: 'CBP', BORTAC: 'USBP', BORSTAR: 'USBP',
  USMS: 'DOJ', DEA: 'DOJ', ATF: 'DOJ', FBI: 'DOJ', BOP: 'DOJ',
};

/** Departments: a statement of theirs may speak for any agency they hold. */
export const DEPARTMENTS: ReadonlySet<AgencyId> = new Set(['DHS', 'DOJ']);

/** The agency itself and every unit above it, nearest first. */
export function lineage(id: AgencyId): AgencyId[] {
  const chain: AgencyId[] = [];
  for (let a: AgencyId | undefined = id; a; a = AGENCY_PARENT[a]) chain.push(a);
  return chain;
}

/** True when some agency of one list is the same as, above or below some agency of the other. */
export function related(a: readonly AgencyId[], b: readonly AgencyId[]): boolean {
  return a.some((x) => b.some((y) => lineage(x).includes(y) || lineage(y).includes(x)));
}
