import { z } from 'astro/zod';

/** A destination as the site lists it: "City, ST", a state name, or a border. */
export const Place = z.object({
  /** Display name exactly as events store it ("Chicago, IL", "Texas", "US-Mexico border"). */
  name: z.string(),
  /** What kind of place it is. */
  kind: z.enum(['city', 'state', 'border', 'other']),
  /** Two-letter state code for cities and states. */
  state: z.string().length(2).nullable(),
  /** Longitude and latitude, when the gazetteer knows them. */
  coordinates: z.tuple([z.number(), z.number()]).nullable(),
});
export type Place = z.output<typeof Place>;
