import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listInputs } from '../../../src/ingest/inputs.ts';

test('listInputs names every file of a folder, and says why it skips the ones it does not take', () => {
  const dir = mkdtempSync(join(tmpdir(), 'inputs-'));
  for (const f of ['b.txt', 'a.md', 'a.meta.json', '..%2F..%2Fescape.txt', '.DS_Store', 'lonely.meta.yaml', 'photo.jpg']) writeFileSync(join(dir, f), 'x');
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, '.git', 'config'), 'x');
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'c.html'), 'x');
  symlinkSync(dir, join(dir, 'sub', 'back-to-top'));
  execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
  const got = listInputs([dir, join(dir, 'missing.txt'), join(dir, '.DS_Store')]).map((i) => [i.path.slice(dir.length + 1) || i.path, i.take ? 'take' : `${i.verdict}: ${i.reason}`]);
  assert.deepEqual(got, [
    ['..%2F..%2Fescape.txt', 'skipped: hidden: its name starts with a dot (name it on the command line to ingest it)'],
    ['.DS_Store', 'skipped: hidden: its name starts with a dot (name it on the command line to ingest it)'],
    ['.git', 'skipped: hidden: its name starts with a dot (name it on the command line to ingest it)'],
    ['a.md', 'take'],
    ['b.txt', 'take'],
    ['lonely.meta.yaml', 'skipped: a sidecar with no article of the same name beside it'],
    ['photo.jpg', 'take'],
    ['pipe.txt', 'skipped: not a regular file (a device, pipe or socket)'],
    ['sub/back-to-top', `skipped: a link to a folder already read (${dir})`],
    ['sub/c.html', 'take'],
    ['missing.txt', 'rejected: no such file or folder'],
    // Named on the command line, a hidden file is taken.
    ['.DS_Store', 'take'],
  ]);
});

test('listInputs skips a sidecar named on its own (it is read with its article) and a file named twice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'inputs-'));
  writeFileSync(join(dir, 'a.txt'), 'x');
  writeFileSync(join(dir, 'a.meta.json'), '{}');
  const got = listInputs([join(dir, 'a.meta.json'), join(dir, 'a.txt'), dir, `${dir}/../${dir.split('/').pop()}/a.txt`]).map((i) => (i.take ? 'take' : i.reason));
  assert.deepEqual(got, ['a sidecar: it is read with the article of the same name', 'take', 'named more than once: ingested once, where first named', 'named more than once: ingested once, where first named']);
});
