import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Set by the incremental-pages integration while `astro build` runs; unset in `astro dev`, where every page
// is always served fresh.
export const OUT_DIR_ENV = 'TIMELINE_OUT_DIR';
export const RECORD_DIR_ENV = 'TIMELINE_PAGE_RECORD';

/** The record of one route's pages as last built: each page's path under the site and its props' digest. */
export type PageRecord = Record<string, string>;

export const recordFile = (dir: string, route: string) => join(dir, `${route}.json`);
export const pendingFile = (dir: string, route: string) => join(dir, `${route}.next.json`);

export function readRecord(file: string): PageRecord {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as PageRecord;
  } catch {
    return {};
  }
}

/**
 * The paths of a route that need rendering in this build. Pages are pure functions of their props (the
 * code is checked as a whole by the integration), so a page whose props digest matches the last successful
 * build and whose file is still there is left as it is. The digests of every page go to a pending record,
 * which the integration commits only when the whole build succeeds.
 */
export function onlyChanged<P extends { props: unknown }>(route: string, paths: P[], pathOf: (p: P) => string): P[] {
  const outDir = process.env[OUT_DIR_ENV];
  const dir = process.env[RECORD_DIR_ENV];
  if (!outDir || !dir) return paths;
  const before = readRecord(recordFile(dir, route));
  const next: PageRecord = {};
  const changed = paths.filter((p) => {
    const path = pathOf(p);
    const digest = createHash('sha1').update(JSON.stringify(p.props)).digest('base64url');
    next[path] = digest;
    return before[path] !== digest || !existsSync(join(outDir, path, 'index.html'));
  });
  mkdirSync(dir, { recursive: true });
  writeFileSync(pendingFile(dir, route), JSON.stringify(next));
  return changed;
}
