import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { loadEntries } from '../../../src/ingest/entries.ts';

const good = `---\ntitle: A\npublished: '2020-03-06'\nsource_file: a.txt\nsource_sha256: ${'a'.repeat(64)}\nevents: []\n---\n\nBody.\n`;
const bad = good.replace('events: []', "events:\n  - key: e1\n    date: 'March 2020'\n    date_precision: month\n    agencies: [ICE]\n    action: deploy\n    personnel: null\n    personnel_qualifier: null\n    evidence: x");

test('loadEntries names the file, the field and the reason for an entry that breaks the schema', () => {
  const dir = mkdtempSync(join(tmpdir(), 'entries-'));
  mkdirSync(join(dir, 'articles'));
  writeFileSync(join(dir, 'articles', 'good.md'), good);
  writeFileSync(join(dir, 'articles', 'bad.md'), bad);
  const { entries, problems } = loadEntries(dir);
  assert.deepEqual(entries.map((e) => e.id), ['good']);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.field, 'events.0.date');
  assert.match(problems[0]!.message, /YYYY, YYYY-MM or YYYY-MM-DD/);
});

test('check:content exits 1 with one readable line per problem', () => {
  const dir = mkdtempSync(join(tmpdir(), 'entries-'));
  mkdirSync(join(dir, 'articles'));
  writeFileSync(join(dir, 'articles', 'bad.md'), bad);
  const r = spawnSync(process.execPath, [new URL('../../../src/ingest/check-cli.ts', import.meta.url).pathname], { env: { ...process.env, CONTENT_DIR: dir }, encoding: 'utf8' });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /articles\/bad\.md: events\.0\.date: a date as YYYY, YYYY-MM or YYYY-MM-DD/);
});
