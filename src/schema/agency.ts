import { z } from 'astro/zod';
import { AGENCY_IDS } from '../data/agency-tree.ts';

export { AGENCY_IDS, AGENCY_PARENT, lineage } from '../data/agency-tree.ts';

/** One agency or unit, by canonical id; full names live in src/data/agencies.ts. */
export const AgencyId = z.enum(AGENCY_IDS);
export type AgencyId = z.output<typeof AgencyId>;
