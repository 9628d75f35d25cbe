import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEntry, stringifyEntry } from '../../../src/entry/index.ts';
import { loadEntries } from '../../../src/ingest/entries.ts';
import { buildTimeline } from '../../../src/timeline/index.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;
const FIXTURE = join(ROOT, 'tests/fixtures/rejected-and-added-events');

function ingest(content: string, args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'src/ingest/cli.ts'), ...args], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: content }, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  return r.stdout;
}

test('ingest, run again on the sources, keeps a rejected and a hand-added event exactly as the editor left them', () => {
  const work = mkdtempSync(join(tmpdir(), 'reingest-'));
  const content = join(work, 'content');
  const inbox = join(work, 'inbox');
  mkdirSync(inbox);
  cpSync(join(FIXTURE, 'lakeside-deployment.txt'), join(inbox, 'lakeside-deployment.txt'));
  ingest(content, [inbox]);
  const file = join(content, 'articles', 'lakeside-deployment.md');
  const entry = parseEntry(readFileSync(file, 'utf8'));
  const events = entry.data.events as Array<Record<string, unknown>>;
  assert.ok(events.length >= 1, 'the machine found an event to reject');

  // The editor rejects the machine's first event with a note, and adds the one it missed.
  const rejected = { ...events[0]!, rejected: true, note: 'Checked with the county: no such deployment.' };
  const added = {
    key: 'h1', date: '2021-02', date_precision: 'month', agencies: ['USBP'], action: 'deploy',
    places: ['Columbus, OH'], evidence: 'A week earlier, a small team of Border Patrol agents had quietly begun working out of the same federal building, a county official said.',
    reviewed: true, note: 'Added by hand.',
  };
  writeFileSync(file, stringifyEntry({ data: { ...entry.data, events: [rejected, ...events.slice(1), added] }, body: entry.body }));
  const edited = loadEntries(content);
  assert.deepEqual(edited.problems, [], 'check:content accepts the hand-added event with only its minimum fields');
  const asEdited = edited.entries[0]!.data.events;

  // An extractor improvement, say: re-ingest everything under content/sources/.
  ingest(content, []);
  const after = loadEntries(content).entries[0]!.data.events;
  assert.deepEqual(after.find((e) => e.key === events[0]!.key), asEdited.find((e) => e.key === events[0]!.key));
  assert.deepEqual(after.find((e) => e.key === 'h1'), asEdited.find((e) => e.key === 'h1'));
  // The rejected event did not come back as a fresh one, nor did the added one appear twice.
  const words = (s: string) => s.toLowerCase().match(/[a-z0-9]+/g)!.join(' ');
  assert.equal(after.filter((e) => words(e.evidence) === words(String(events[0]!.evidence))).length, 1);
  assert.equal(after.filter((e) => words(e.evidence) === words(added.evidence)).length, 1);
  assert.match(ingest(content, []), /1 input: 0 written, 1 unchanged, 0 rejected/);

  // The timeline leaves the rejected event out and shows the added one.
  const { events: timeline } = buildTimeline(loadEntries(content).entries);
  const keys = timeline.flatMap((t) => t.sources.map((s) => s.event_key));
  assert.ok(!keys.includes(String(events[0]!.key)));
  assert.ok(keys.includes('h1'));
});
