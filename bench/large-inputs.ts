// Extraction time per MB on large inputs (issue 13): one synthetic article of 1 MB and one of 10 MB, and a
// 256 KB run without a space (an inlined image) before one sentence. Each is timed on a worker under a
// deadline, so an extractor whose time grows with the square of its input shows as a FAIL, not a hung bench.
import { WorkerPool, DeadlineExceeded } from '../src/ingest/pool.ts';
import { article } from './corpus.ts';
import { CASES } from '../tests/fixtures/hostile/corpus.ts';

export interface LargeJob { text: string; name: string; extractOnly: boolean }
export interface LargeOutcome { stages: Record<string, number>; events: number }
export interface LargeResult { name: string; mb: number; seconds: number | null; stages: Record<string, number> | null; events: number | null; deadline: number }

/** One article of about `mb` megabytes: a dated header, then the paragraphs of the synthetic corpus, in order. */
export function largeArticle(mb: number): string {
  const parts = ['SYNTHETIC LONG ARTICLE (benchmark corpus, not a real report)', '', 'By Ana Lopez', 'March 6, 2025', ''];
  let size = 0;
  for (let i = 0; size < mb * 1_048_576; i++) {
    // Each article's story paragraphs: after its header (6 lines), before its caption and teasers (the last 6).
    const lines = article(i, 13).text.split('\n').slice(6, -6).filter(Boolean);
    for (const l of lines) {
      parts.push(l, '');
      size += l.length + 2;
    }
  }
  return parts.join('\n');
}

/** A 256 KB run of base64 before one ordinary report sentence. */
export const longToken = () => `iVBORw0KGgo${'A'.repeat(262_144 - 11)} Immigration and Customs Enforcement sent 80 officers to Nashville on March 3, 2025, to assist with arrests, the agency said.\n`;

/** Times each input once on a fresh worker (after its warm-up), giving up at `deadlineS`. */
export async function timeLargeInputs(deadlineS: number): Promise<LargeResult[]> {
  const jobs: LargeJob[] = [
    { name: 'article of 1 MB', text: largeArticle(1), extractOnly: false },
    { name: 'article of 10 MB', text: largeArticle(10), extractOnly: false },
    // The hostile corpus's 10 MB case: 70,000 report sentences and no publication date.
    { name: '10 MB of report sentences, undated', text: Buffer.from(CASES.find((c) => c.name === 'ten-megabytes-of-report-sentences.txt')!.bytes()).toString('utf8'), extractOnly: false },
    { name: '256 KB token before a sentence', text: longToken(), extractOnly: false },
    { name: '256 KB token before a sentence, extractEvents alone', text: longToken(), extractOnly: true },
  ];
  const out: LargeResult[] = [];
  for (const job of jobs) {
    const pool = new WorkerPool<LargeJob, LargeOutcome>(new URL('./large-worker.ts', import.meta.url), 1, deadlineS * 1000, 4096);
    const mb = Buffer.byteLength(job.text) / 1_048_576;
    try {
      const o = await pool.run(job);
      out.push({ name: job.name, mb, seconds: Object.values(o.stages).reduce((a, b) => a + b, 0) / 1000, stages: o.stages, events: o.events, deadline: deadlineS });
    } catch (e) {
      if (!(e instanceof DeadlineExceeded)) throw e;
      out.push({ name: job.name, mb, seconds: null, stages: null, events: null, deadline: deadlineS });
    } finally {
      await pool.close();
    }
  }
  return out;
}
