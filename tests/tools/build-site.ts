// Builds the site from a content folder into an output folder, as the real build does (Astro, then Pagefind).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;

export function buildSite(contentDir: string, outDir: string, env: Record<string, string> = {}): void {
  const opts = { cwd: ROOT, env: { ...process.env, CONTENT_DIR: contentDir, ...env }, stdio: 'pipe' as const };
  execFileSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], opts);
  execFileSync(process.execPath, [join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', outDir, '--output-subdir', 'pagefind'], opts);
}

export function ingest(contentDir: string, args: string[]): string {
  return execFileSync(process.execPath, [join(ROOT, 'src/ingest/cli.ts'), ...args], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: contentDir }, encoding: 'utf8' });
}
