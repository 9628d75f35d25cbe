// The editor's loop, timed as an editor runs it: one new article file dropped into a large record, then
// `npm run ingest -- <file>` and `npm run build`, until dist/ is complete; and the review loop: one event
// edited in one entry, then `npm run build`. Each round is timed beside Astro's floor for 100 trivial
// pages, built in the same round, so the ratio holds on a machine whose speed drifts. Each build's phases
// (TIMELINE_PHASES, see src/build/phases.ts) say where the time went.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { article } from './corpus.ts';

const ROOT = new URL('../', import.meta.url).pathname;

export interface LoopRound { floor: number; ingest: number; build: number; total: number; phases: Record<string, number>; rendered: number }
export interface LoopResult { rounds: LoopRound[]; median: LoopRound }

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** `npm run <script> -- <args>` as an editor types it; its wall seconds and output (a failure stops the bench). */
function npm(script: string, args: string[], env: Record<string, string>): { seconds: number; out: string } {
  const t = performance.now();
  const r = spawnSync('npm', ['run', script, '--', ...args], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 512 << 20 });
  const seconds = (performance.now() - t) / 1000;
  if (r.status !== 0) throw new Error(`npm run ${script} failed: ${(r.stderr || r.stdout).split('\n').filter(Boolean).slice(-5).join(' | ')}`);
  return { seconds, out: (r.stdout + r.stderr).replace(/\x1b\[[0-9;]*m/g, '') };
}

/** The phases one build wrote (seconds by name; a phase in several pieces adds up). */
export function readPhases(file: string): Record<string, number> {
  const out: Record<string, number> = {};
  if (!existsSync(file)) return out;
  for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
    const { name, ms } = JSON.parse(line) as { name: string; ms: number };
    out[name] = (out[name] ?? 0) + ms / 1000;
  }
  return out;
}

/** `npm run build` into `dist`, with its phases; process start-ups (npm, node) are what the phases leave out. */
function npmBuild(content: string, dist: string, phasesFile: string) {
  rmSync(phasesFile, { force: true });
  const b = npm('build', ['--outDir', dist], { CONTENT_DIR: content, TIMELINE_PHASES: phasesFile });
  const phases = readPhases(phasesFile);
  const accounted = (phases['content check'] ?? 0) + (phases['total (astro build)'] ?? 0);
  phases['npm and node start-ups'] = Math.max(0, b.seconds - accounted);
  return { seconds: b.seconds, phases, rendered: Number(/(\d+) page\(s\) built/.exec(b.out)?.[1] ?? NaN) };
}

/** A new synthetic article that reports at least one event (one without events would leave the timeline as it is). */
function newArticle(from: number): { name: string; text: string; next: number } {
  for (let i = from; ; i++) {
    const a = article(i);
    if (/ sent /.test(a.text)) return { ...a, next: i + 1 };
  }
}

/** Changes one stated head count in an entry's frontmatter, as an editor correcting an event does, and marks it reviewed. */
function editOneEvent(entriesDir: string, k: number): string {
  const names = readdirSync(entriesDir).filter((f) => f.endsWith('.md')).sort();
  for (let j = 0; j < names.length; j++) {
    const file = join(entriesDir, names[(k * 7919 + j) % names.length]!);
    const text = readFileSync(file, 'utf8');
    const m = /^( {4}personnel: )(\d+)$/m.exec(text);
    if (!m) continue;
    const edited = text.replace(m[0], `${m[1]}${Number(m[2]) + 1}`).replace(/^( {4}reviewed: )false$/m, '$1true');
    writeFileSync(file, edited);
    return file;
  }
  throw new Error('no entry with a head count to edit');
}

/**
 * Rounds of: the floor build; a new article ingested and built; one event edited and built. Returns every
 * round and the median of each figure (phases included), for both loops.
 */
export function editorsLoops(opts: { dir: string; content: string; dist: string; first: number; rounds: number; floor: () => number; log: (s: string) => void }) {
  const add: LoopRound[] = [];
  const review: LoopRound[] = [];
  let next = opts.first;
  const phasesFile = join(opts.dir, 'phases.jsonl');
  for (let r = 0; r < opts.rounds; r++) {
    const floor = opts.floor();
    const a = newArticle(next);
    next = a.next;
    const file = join(opts.dir, a.name);
    writeFileSync(file, a.text);
    const ing = npm('ingest', [file], { CONTENT_DIR: opts.content });
    const b = npmBuild(opts.content, opts.dist, phasesFile);
    add.push({ floor, ingest: ing.seconds, build: b.seconds, total: ing.seconds + b.seconds, phases: b.phases, rendered: b.rendered });
    editOneEvent(join(opts.content, 'articles'), r);
    const e = npmBuild(opts.content, opts.dist, phasesFile);
    review.push({ floor, ingest: 0, build: e.seconds, total: e.seconds, phases: e.phases, rendered: e.rendered });
    opts.log(`round ${r + 1}/${opts.rounds}: floor ${floor.toFixed(2)} s; new article ${ing.seconds.toFixed(2)} + ${b.seconds.toFixed(2)} s (${b.rendered} pages); edited event ${e.seconds.toFixed(2)} s (${e.rendered} pages)`);
  }
  return { add: summarize(add), review: summarize(review) };
}

function summarize(rounds: LoopRound[]): LoopResult {
  const names = [...new Set(rounds.flatMap((r) => Object.keys(r.phases)))];
  return {
    rounds,
    median: {
      floor: median(rounds.map((r) => r.floor)),
      ingest: median(rounds.map((r) => r.ingest)),
      build: median(rounds.map((r) => r.build)),
      total: median(rounds.map((r) => r.total)),
      rendered: median(rounds.map((r) => r.rendered)),
      phases: Object.fromEntries(names.map((n) => [n, median(rounds.map((r) => r.phases[n] ?? 0))])),
    },
  };
}

/** A table of phases, largest first (those under 5 ms left out, and counted): `| phase | seconds |`. */
export function phaseTable(title: string, phases: Record<string, number>): string {
  const all = Object.entries(phases).filter(([n]) => !n.startsWith('total')).sort((a, b) => b[1] - a[1]);
  const rows = all.filter(([, s]) => s >= 0.005);
  const small = all.length - rows.length;
  return [
    `\n${title}\n`, '| phase | s |', '|---|---|', ...rows.map(([n, s]) => `| ${n} | ${s.toFixed(2)} |`),
    ...(small ? [`| ${small} more, each under 0.005 | ${all.slice(rows.length).reduce((t, [, s]) => t + s, 0).toFixed(2)} |`] : []),
    ...Object.entries(phases).filter(([n]) => n.startsWith('total')).map(([n, s]) => `| ${n} | ${s.toFixed(2)} |`),
  ].join('\n');
}
