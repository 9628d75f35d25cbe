import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CASES } from '../../fixtures/hostile/corpus.ts';
import { article } from '../../../bench/corpus.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;
const CLI = join(ROOT, 'src/ingest/cli.ts');

function ingest(inbox: string, content: string, workers: number) {
  const r = spawnSync(process.execPath, [CLI, inbox], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: content, INGEST_WORKERS: String(workers) }, encoding: 'utf8', maxBuffer: 64 << 20 });
  // Paths differ between the two content folders; the verdicts and their order must not.
  return { status: r.status, lines: r.stdout.replaceAll(content, '<content>').trim().split('\n') };
}

/** The content a run left (sources, entries), without the ingest's record of this machine's files. */
function files(dir: string): Map<string, string> {
  return new Map(readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile() && d.name !== '.ingest-manifest.json').map((d) => [join(d.parentPath, d.name).slice(dir.length), readFileSync(join(d.parentPath, d.name), 'latin1')]));
}

test('ingest on worker threads writes the same entries and reports the same lines, in input order, as one thread', () => {
  const work = mkdtempSync(join(tmpdir(), 'parallel-'));
  const inbox = join(work, 'inbox');
  mkdirSync(inbox);
  // The long cases take their deadline's worth to extract (see the hostile tests); the rest is the same either way.
  for (const c of CASES.filter((c) => !c.long)) {
    mkdirSync(dirname(join(inbox, c.name)), { recursive: true });
    writeFileSync(join(inbox, c.name), c.bytes());
    if (c.sidecar) writeFileSync(join(inbox, c.sidecar.name), c.sidecar.text);
  }
  for (let i = 0; i < 40; i++) {
    const a = article(i, 11);
    writeFileSync(join(inbox, a.name), a.text);
  }
  const one = ingest(inbox, join(work, 'one'), 1);
  const two = ingest(inbox, join(work, 'two'), 2);
  assert.equal(two.status, one.status);
  assert.ok(one.lines.length > 60, `${one.lines.length} lines`);
  assert.deepEqual(two.lines, one.lines);
  // Progress counters run 1..N in order, so a reader sees every input exactly once.
  const counters = two.lines.slice(0, -1).map((l) => Number(/^\[\s*(\d+)\//.exec(l)?.[1]));
  assert.deepEqual(counters, counters.map((_, i) => i + 1));
  const a = files(join(work, 'one'));
  const b = files(join(work, 'two'));
  assert.deepEqual([...b.keys()].sort(), [...a.keys()].sort());
  for (const [name, text] of a) assert.equal(b.get(name), text, name);
});
