// Gold article events turned into the entries the ingest would write, so the clustering can be judged on
// its own: each gold file's core (non-optional) events become the entry's events (key g<index>, the index
// in the gold file, which is how timeline gold names them), with the gold publication date, and without
// one the publication window the ingest's metadata stage reads from the article text. Reads ../shared;
// nothing from it is copied into the project.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { Article } from '../../src/schema/article.ts';
import type { ArticleEntry } from '../../src/timeline/index.ts';
import { decodeSource } from '../../src/ingest/decode/index.ts';
import { cleanArticle } from '../../src/ingest/clean/index.ts';
import { readMeta } from '../../src/ingest/meta/index.ts';
import { slugify } from '../../src/lib/slug.ts';

export const SHARED = new URL('../../../shared/', import.meta.url).pathname;
export const SCORER = join(SHARED, 'eval/score.mjs');

interface GoldEvent { date: string | null; date_precision: 'day' | 'month' | 'year' | null; agencies: string[]; action: string; personnel: number | null; personnel_qualifier: string | null; places: string[]; operation: string | null; evidence: string; optional?: boolean }
interface GoldFile { article: string; published: string | null; events: GoldEvent[] }

/** The window the ingest would give an undated article, read from its text as the ingest reads it. */
function windowOf(path: string): [string, string] | null {
  const decoded = decodeSource(readFileSync(path), path);
  if (!decoded.ok) return null;
  return readMeta(cleanArticle(decoded.text, decoded.format), {}, 'x').published_window;
}

export function goldEntries(goldDir: string, articlesDir: string): ArticleEntry[] {
  return readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort().map((f) => {
    const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as GoldFile;
    const path = join(articlesDir, gold.article);
    const data = Article.parse({
      title: gold.article,
      published: gold.published,
      published_window: gold.published || !existsSync(path) ? null : windowOf(path),
      source_file: gold.article,
      source_sha256: '0'.repeat(64),
      events: gold.events.flatMap((g, k) => (g.optional ? [] : [{
        key: `g${k}`, date: g.date, date_precision: g.date_precision, agencies: g.agencies, action: g.action,
        personnel: g.personnel, personnel_qualifier: g.personnel_qualifier, places: g.places, operation: g.operation,
        evidence: g.evidence, confidence: 1,
      }])),
    });
    return { id: slugify(gold.article.replace(/\.[^.]+$/, '')), data };
  });
}

/** The scorer's timeline mode on an events.json: its lines, and the figures of its summary line. */
export function scoreTimeline(eventsJson: string, timelineGold: string, goldDir: string): { lines: string[]; whole: number; total: number; entries: number; overMerged: number } {
  const out = execFileSync(process.execPath, [SCORER, '--timeline', eventsJson, '--timeline-gold', timelineGold, '--gold', goldDir], { encoding: 'utf8' });
  const m = /timeline: (\d+)\/(\d+) real-world events .*?; (\d+) entries in all .*?; (\d+) entries merge distinct events/.exec(out);
  if (!m) throw new Error(`the scorer printed no timeline summary:\n${out}`);
  return { lines: out.trim().split('\n'), whole: Number(m[1]), total: Number(m[2]), entries: Number(m[3]), overMerged: Number(m[4]) };
}
