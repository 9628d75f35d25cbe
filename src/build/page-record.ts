import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { propsDigest } from './digest.ts';
import { addPhase, mark, markLatest } from './phases.ts';

// Set by the incremental-pages integration while `astro build` runs; unset in `astro dev`, where every page
// is always served fresh.
export const OUT_DIR_ENV = 'TIMELINE_OUT_DIR';
export const RECORD_DIR_ENV = 'TIMELINE_PAGE_RECORD';

/** The record of one route's pages as last built: each page's path under the site and its props' digest. */
export type PageRecord = Record<string, string>;

export const recordFile = (dir: string, route: string) => join(dir, `${route}.json`);
export const pendingFile = (dir: string, route: string) => join(dir, `${route}.next.json`);

// The pages each route built last time and not this time, as its paths found them: the integration prunes
// them at the end of the build without reading every record again (see `gonePages`).
const GONE = Symbol.for('redeployment-timeline.gone-pages');
const gone = (): Map<string, string[]> => ((globalThis as { [GONE]?: Map<string, string[]> })[GONE] ??= new Map());

/** The paths a route's pending record (`file`) dropped from its committed one, when this process wrote it. */
export function gonePages(file: string): string[] | undefined {
  return gone().get(file);
}

export function readRecord(file: string): PageRecord {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as PageRecord;
  } catch {
    return {};
  }
}

/**
 * Which page folders are in the output folder: one listing per parent folder instead of a look-up per page
 * (a route of 10,000 pages lists one folder). A page whose folder has gone is rendered again.
 */
function presentFolders(outDir: string, paths: string[]): (path: string) => boolean {
  const listings = new Map<string, Set<string>>();
  const listing = (parent: string) => {
    let names = listings.get(parent);
    if (!names) {
      names = new Set(existsSync(join(outDir, parent)) ? readdirSync(join(outDir, parent)) : []);
      listings.set(parent, names);
    }
    return names;
  };
  for (const p of paths) listing(dirname(p.replace(/\/$/, '')));
  return (path) => {
    const folder = path.replace(/\/$/, '');
    return listing(dirname(folder)).has(folder.slice(dirname(folder).length + 1));
  };
}

/**
 * The paths of a route that need rendering in this build. Pages are pure functions of their props (the
 * code is checked as a whole by the integration), so a page whose props digest matches the last successful
 * build and whose folder is still there is left as it is. The digests of every page go to a pending record,
 * which the integration commits only when the whole build succeeds. `make` builds the route's paths; its
 * time and the digests' are the route's phases.
 */
export function onlyChanged<P extends { props: unknown }>(route: string, make: P[] | (() => P[]), pathOf: (p: P) => string): P[] {
  mark('paths start');
  let started = performance.now();
  const paths = typeof make === 'function' ? make() : make;
  addPhase(`getStaticPaths (${route})`, performance.now() - started);
  const outDir = process.env[OUT_DIR_ENV];
  const dir = process.env[RECORD_DIR_ENV];
  if (!outDir || !dir) {
    markLatest('paths end');
    return paths;
  }
  started = performance.now();
  const before = readRecord(recordFile(dir, route));
  const next: PageRecord = {};
  const present = presentFolders(outDir, paths.map(pathOf));
  const changed = paths.filter((p) => {
    const path = pathOf(p);
    const digest = propsDigest(p.props);
    next[path] = digest;
    return before[path] !== digest || !present(path);
  });
  mkdirSync(dir, { recursive: true });
  writeFileSync(pendingFile(dir, route), JSON.stringify(next));
  gone().set(pendingFile(dir, route), Object.keys(before).filter((path) => !(path in next)));
  addPhase(`props digests (${route})`, performance.now() - started);
  markLatest('paths end');
  return changed;
}
