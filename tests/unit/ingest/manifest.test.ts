import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { article } from '../../../bench/corpus.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;

/** The ingest CLI as `npm run ingest` runs it, with every whole-file read it makes logged. */
function ingest(content: string, args: string[]) {
  const log = join(content, '..', 'reads.log');
  rmSync(log, { force: true });
  const r = spawnSync(process.execPath, ['--import', join(ROOT, 'tests/fixtures/ingest-manifest/record-reads.ts'), join(ROOT, 'src/ingest/cli.ts'), ...args], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: content, READS_LOG: log, INGEST_WORKERS: '1' }, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return { out: r.stdout, reads: existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : [] };
}

test('ingest reports an input unchanged without reading it, and reads it again when it, its entry or its hints change', () => {
  const work = mkdtempSync(join(tmpdir(), 'manifest-'));
  const content = join(work, 'content');
  const inbox = join(work, 'inbox');
  mkdirSync(inbox);
  const names = [0, 1, 2].map((i) => {
    const a = article(i, 3);
    writeFileSync(join(inbox, a.name), a.text);
    return a.name;
  });
  const first = ingest(content, [inbox]);
  assert.match(first.out, /3 inputs: 3 written/);
  // Again over the inbox, and over the copies kept in content/sources/: nothing read, nothing written.
  for (const args of [[inbox], []]) {
    const again = ingest(content, args);
    assert.match(again.out, /3 inputs: 0 written, 3 unchanged/);
    assert.deepEqual(again.reads.filter((p) => p.includes('/inbox/') || p.includes('/sources/') || p.includes('/articles/')), [], `${args.length ? 'inbox' : 'sources'}: no input or entry was read`);
  }
  // A changed input is read and written; an edited entry makes its input be read again (and merged with the edit).
  writeFileSync(join(inbox, names[0]!), `${article(0, 3).text}\nA correction was appended.\n`);
  const entry = join(content, 'articles', `${names[1]!.replace(/\.txt$/, '')}.md`);
  writeFileSync(entry, readFileSync(entry, 'utf8').replace(/^note: null$/m, 'note: Checked by an editor.'));
  const edited = ingest(content, [inbox]);
  assert.match(edited.out, /3 inputs: 1 written, 2 unchanged/);
  assert.ok(edited.reads.some((p) => p.endsWith(names[0]!)) && edited.reads.some((p) => p.endsWith(names[1]!)));
  assert.ok(!edited.reads.some((p) => p.endsWith(names[2]!)), 'the untouched input was not read');
  assert.match(readFileSync(entry, 'utf8'), /^note: Checked by an editor\.$/m);
  // Other hints are another ingest: every input is read.
  const flagged = ingest(content, [inbox, '--publisher', 'Test Wire']);
  assert.ok(names.every((n) => flagged.reads.some((p) => p.endsWith(n))));
  assert.match(flagged.out, /3 inputs: 3 written/);
});
