// `npm run eval -- <gold dir> <articles dir> [--only TEXT] [--all] [--scorer FILE]`
// Extracts every article that has gold (in this process, as `npm run extract` would, with the gold's
// publication day), prints per article the missed gold events, the false events and the wrong fields
// beside the sentences they quote, then the shared scorer's own totals on the same predictions.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { processFile } from '../ingest/extract-file.ts';
import { scoreArticle, type ArticleScore } from './report.ts';
import type { ScoredEvent } from './match.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { only: { type: 'string' }, all: { type: 'boolean', default: false }, scorer: { type: 'string' } },
});
if (positionals.length !== 2) {
  console.error('usage: npm run eval -- <gold dir> <articles dir> [--only TEXT] [--all] [--scorer FILE]');
  process.exit(2);
}
const [goldDir, articlesDir] = positionals.map((p) => resolve(p)) as [string, string];
const scorer = resolve(values.scorer ?? join(goldDir, '../../eval/score.mjs'));
const fallbackScorer = resolve('../shared/eval/score.mjs');

interface Gold { article: string; published: string | null; events: ScoredEvent[] }
const files = readdirSync(goldDir).filter((f) => f.endsWith('.json') && (!values.only || f.includes(values.only))).sort();
const predDir = mkdtempSync(join(tmpdir(), 'eval-'));
const scores: ArticleScore[] = [];
const started = performance.now();
for (const f of files) {
  const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as Gold;
  const result = processFile(join(articlesDir, gold.article), { published: gold.published ?? undefined });
  const events = (result.ok ? result.article.events : []) as unknown as ScoredEvent[];
  writeFileSync(join(predDir, f), JSON.stringify({ published: result.ok ? result.article.published : null, events }));
  const s = scoreArticle(gold.article, gold.events, events);
  scores.push(s);
  if (!result.ok) console.log(`${gold.article}: rejected: ${result.reason}`);
  if (s.lines.length || values.all) {
    console.log(`\n${gold.article} (published ${gold.published ?? 'unknown'}): gold ${s.gold}, predicted ${s.predicted}, found ${s.found}, predictions matching gold ${s.correct}`);
    for (const l of s.lines) console.log(l);
  }
}
const seconds = (performance.now() - started) / 1000;
const sum = (k: 'gold' | 'predicted' | 'found' | 'correct') => scores.reduce((n, s) => n + s[k], 0);
const articlesWithErrors = scores.filter((s) => s.lines.length).length;
console.log(`\n${files.length} articles in ${seconds.toFixed(1)} s; ${articlesWithErrors} with something to fix: ${sum('gold') - sum('found')} missed, ${sum('predicted') - sum('correct')} false, of ${sum('gold')} gold and ${sum('predicted')} predicted`);
const useScorer = existsSync(scorer) ? scorer : existsSync(fallbackScorer) ? fallbackScorer : null;
if (useScorer && !values.only) {
  // The scorer's own figures on exactly these predictions.
  const out = execFileSync(process.execPath, [useScorer, '--gold', goldDir, '--pred', predDir], { encoding: 'utf8' });
  console.log(out.trim().split('\n').slice(-2).join('\n'));
} else if (!useScorer) console.log('(the shared scorer was not found: pass --scorer FILE for its totals)');
rmSync(predDir, { recursive: true, force: true });
