import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { article } from '../../../bench/corpus.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;

test('ingest stopped with Ctrl-C says how many inputs it did not reach, exits 130 and gives the lock back', async () => {
  const work = mkdtempSync(join(tmpdir(), 'interrupt-'));
  const inbox = join(work, 'inbox');
  mkdirSync(inbox);
  // Long articles, so the run is still going when the editor stops it.
  for (let i = 0; i < 30; i++) writeFileSync(join(inbox, `story-${i}.txt`), Array.from({ length: 40 }, (_, k) => article(i * 40 + k, 5).text).join('\n\n'));
  const content = join(work, 'content');
  const child = spawn(process.execPath, [join(ROOT, 'src/ingest/cli.ts'), inbox], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: content, INGEST_WORKERS: '1' } });
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => {
    stdout += d;
    if (/\[ ?2\/30\]/.test(stdout)) child.kill('SIGINT');
  });
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const lines = stdout.trim().split('\n');
  const reported = lines.filter((l) => /^\[\s*\d+\/30\] /.test(l)).length;
  assert.equal(status, 130, stdout);
  assert.ok(reported >= 2 && reported < 30, stdout);
  assert.match(lines.at(-1)!, new RegExp(`^interrupted: ${30 - reported} of 30 inputs not processed \\(${reported} written, 0 unchanged, 0 rejected, 0 skipped before\\)$`));
  assert.equal(existsSync(join(content, '.ingest.lock')), false);
});
