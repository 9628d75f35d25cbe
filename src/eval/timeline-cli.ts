// `npm run eval:timeline -- <articles dir> [--gold DIR] [--timeline-gold FILE] [--keep]`
// The end-to-end figure: ingests the articles (with their .meta.json sidecars) into a fresh temporary
// content folder, builds the site from it into a temporary output folder exactly as `npm run build` does
// (check:content, then Astro with its integrations), and runs the shared scorer's timeline mode on the
// built /data/events.json. Prints the ingest's summary, the scorer's lines and its summary, and how many
// entries join sources whose own dates cannot overlap. Never touches the project's content/ or dist/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { incompatibleDates } from './date-check.ts';
import { buildSite } from '../build/build-into.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const SCORER = join(ROOT, '../shared/eval/score.mjs');

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { gold: { type: 'string' }, 'timeline-gold': { type: 'string' }, keep: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
});
const usage = 'usage: npm run eval:timeline -- <articles dir> [--gold DIR (default: the articles dir\'s sibling gold/)] [--timeline-gold FILE] [--keep]';
if (values.help || positionals.length !== 1) {
  console.log(usage);
  process.exit(values.help ? 0 : 2);
}
const articles = resolve(positionals[0]!);
if (!existsSync(articles)) {
  console.error(`${positionals[0]}: no such folder`);
  process.exit(2);
}
const gold = resolve(values.gold ?? join(dirname(articles), 'gold'));
const timelineGold = values['timeline-gold'] ? resolve(values['timeline-gold']) : null;
for (const [flag, path] of [['--timeline-gold', timelineGold], ['--gold', timelineGold ? gold : null], ['the scorer', timelineGold ? SCORER : null]] as const) {
  if (path && !existsSync(path)) {
    console.error(`${flag}: ${path} does not exist`);
    process.exit(2);
  }
}

const work = mkdtempSync(join(tmpdir(), 'eval-timeline-'));
const content = join(work, 'content');
const out = join(work, 'site');
const env = { ...process.env, CONTENT_DIR: content };
const node = (args: string[]) => spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 256 << 20 });
try {
  // The ingest exits 1 when an input is rejected; that is part of the figure, not a failure of the run.
  const ingest = node([join(ROOT, 'src/ingest/cli.ts'), articles]);
  if (ingest.status !== 0 && ingest.status !== 1) throw new Error(`the ingest failed:\n${ingest.stdout}${ingest.stderr}`);
  const ingested = ingest.stdout.trim().split('\n');
  for (const line of ingested.filter((l) => /^\[\s*\d+\/\d+\] rejected /.test(l))) console.log(`ingest: ${line.replace(/^\[\s*\d+\/\d+\]\s*/, '')}`);
  console.log(`ingest: ${ingested.at(-1)}`);
  const check = node([join(ROOT, 'src/ingest/check-cli.ts')]);
  if (check.status !== 0) throw new Error(`check:content found problems in the ingested entries:\n${check.stderr}`);
  buildSite(content, out);
  const eventsJson = join(out, 'data/events.json');
  const events = JSON.parse(readFileSync(eventsJson, 'utf8')) as Array<{ id: string; date: string | null; sources: Array<{ date: string | null; date_precision: 'day' | 'month' | 'year' | null }> }>;
  const merged = events.filter((e) => e.sources.length > 1).length;
  console.log(`site: ${events.length} timeline events from ${events.reduce((n, e) => n + e.sources.length, 0)} article events; ${merged} with more than one source; ${events.filter((e) => !e.date).length} undated`);
  const bad = incompatibleDates(events);
  console.log(`dates: ${bad.length} entries join sources whose dates cannot overlap${bad.length ? ` (${bad.map((b) => `${b.id}: ${b.dates.join(' vs ')}`).join('; ')})` : ''}`);
  let status = 0;
  if (timelineGold) {
    const score = spawnSync(process.execPath, [SCORER, '--timeline', eventsJson, '--timeline-gold', timelineGold, '--gold', gold], { encoding: 'utf8' });
    process.stdout.write(score.stdout);
    process.stderr.write(score.stderr);
    status = score.status ?? 1;
  }
  if (values.keep) console.log(`kept: content in ${content}, site in ${out}`);
  process.exitCode = status;
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 1;
} finally {
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}
