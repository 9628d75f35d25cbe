import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { OUT_DIR_ENV, RECORD_DIR_ENV, gonePages, readRecord } from './page-record.ts';
import { timed } from './phases.ts';

/** The phase of checking the code's fingerprint, and of emptying the output folder when it changed. */
export const START_PHASE = 'code fingerprint (and emptying dist/ on new code)';

/** Every file under `dir`, as paths relative to it with forward slashes. */
function walk(dir: string, base = dir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = join(dir, d.name);
    return d.isDirectory() ? walk(full, base) : [relative(base, full).split('\\').join('/')];
  });
}

/** Removes the folders of a page path that its removal left empty, deepest first, never `root` itself. */
function removeEmptyParents(root: string, path: string): void {
  for (let dir = join(root, path); dir.startsWith(root) && dir !== root; dir = dirname(dir)) {
    try {
      rmdirSync(dir);
    } catch {
      return; // not empty (or already gone): its parents are not empty either
    }
  }
}

/** A digest of everything besides content that shapes a page: the code, the public files, the locked dependencies. */
function codeFingerprint(root: string, settings: unknown): string {
  const hash = createHash('sha1').update(JSON.stringify(settings));
  for (const dir of ['src', 'public']) for (const f of walk(join(root, dir)).sort()) hash.update(`${dir}/${f}\n`).update(readFileSync(join(root, dir, f)));
  for (const f of ['astro.config.mjs', 'package-lock.json']) if (existsSync(join(root, f))) hash.update(readFileSync(join(root, f)));
  return hash.digest('hex');
}

/**
 * Astro integration: rebuilds only the pages whose props changed since the last successful build.
 * Routes ask `onlyChanged()` (page-record.ts) which of their paths to render; this keeps the record of
 * what was built, commits it when the build succeeds, and removes pages that no longer exist. Any change
 * to the code, the dependencies, the base path or the site address starts over with an empty output folder.
 */
export default function incrementalPages(): AstroIntegration {
  let outDir = '';
  let recordDir = '';
  let root = '';
  let settings: unknown;
  return {
    name: 'incremental-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        // A record per output folder: what one folder holds says nothing about another built from the same content.
        recordDir = join(fileURLToPath(config.cacheDir), 'pages', createHash('sha1').update(outDir).digest('hex').slice(0, 12));
        root = fileURLToPath(config.root);
        settings = { base: config.base, site: config.site, trailingSlash: config.trailingSlash, format: config.build.format };
      },
      'astro:build:start': ({ logger }) => timed(START_PHASE, () => {
        const fingerprint = codeFingerprint(root, settings);
        const fingerprintFile = join(recordDir, 'fingerprint');
        const same = existsSync(fingerprintFile) && readFileSync(fingerprintFile, 'utf8') === fingerprint;
        if (!same) {
          // New code may render any page differently, or not at all: nothing built before can be trusted.
          rmSync(recordDir, { recursive: true, force: true });
          for (const name of existsSync(outDir) ? readdirSync(outDir) : []) rmSync(join(outDir, name), { recursive: true, force: true });
          logger.info('code, dependencies or address changed since the last build: building every page');
        } else {
          for (const f of readdirSync(recordDir)) if (f.endsWith('.next.json')) rmSync(join(recordDir, f));
          logger.info('rebuilding only pages whose data changed since the last build');
        }
        mkdirSync(recordDir, { recursive: true });
        writeFileSync(join(recordDir, 'fingerprint.next'), fingerprint);
        process.env[OUT_DIR_ENV] = outDir;
        process.env[RECORD_DIR_ENV] = recordDir;
      }),
      'astro:build:done': ({ logger }) => timed('pruning', () => {
        // With the code unchanged, the pages that can have gone are those a route built last time and
        // not this time (a page file of its own; static routes only change with the code).
        let stale = 0;
        for (const f of readdirSync(recordDir).filter((n) => n.endsWith('.next.json'))) {
          const file = join(recordDir, f);
          const committed = file.replace(/\.next\.json$/, '.json');
          const known = gonePages(file);
          const now = known ? {} : readRecord(file);
          for (const path of known ?? Object.keys(readRecord(committed))) {
            if (path in now) continue;
            rmSync(join(outDir, path, 'index.html'), { force: true });
            removeEmptyParents(outDir, path);
            stale++;
          }
          renameSync(file, committed);
        }
        renameSync(join(recordDir, 'fingerprint.next'), join(recordDir, 'fingerprint'));
        if (stale) logger.info(`removed ${stale} page(s) that no longer exist`);
        delete process.env[OUT_DIR_ENV];
        delete process.env[RECORD_DIR_ENV];
      }),
    },
  };
}
