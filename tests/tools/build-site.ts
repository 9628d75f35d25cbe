// Builds the site from a content folder into an output folder (src/build/build-into.ts, one build at a
// time), and runs the ingest on another content folder, as the tests need.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export { buildSite } from '../../src/build/build-into.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

export function ingest(contentDir: string, args: string[]): string {
  return execFileSync(process.execPath, [join(ROOT, 'src/ingest/cli.ts'), ...args], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: contentDir }, encoding: 'utf8' });
}
