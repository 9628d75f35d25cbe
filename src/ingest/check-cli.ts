// `npm run check:content`: validates every entry with the site's schema before a build, so a hand edit
// that breaks it stops the build with the file, the field and the reason on one line each.
import { relative } from 'node:path';
import { contentDir } from '../lib/content-dir.ts';
import { loadEntries } from './entries.ts';
import { reportPhases } from '../build/phases.ts';

const started = performance.now();
const { entries, problems } = loadEntries(contentDir());
reportPhases([{ name: 'content check', ms: performance.now() - started }]);
for (const p of problems) console.error(`${relative(process.cwd(), p.file)}: ${p.field}: ${p.message}`);
if (problems.length) {
  console.error(`${problems.length} problem${problems.length === 1 ? '' : 's'} in content/articles; fix the fields named above and build again.`);
  process.exit(1);
}
console.log(`content: ${entries.length} entries valid`);
