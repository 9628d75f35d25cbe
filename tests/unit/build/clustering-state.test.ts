import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { updateTimeline, type TimelineState } from '../../../src/timeline/incremental.ts';
import { readClusteringState, stateRegistry, writeClusteringState } from '../../../src/build/clustering-state.ts';
import { registryText, textDigest } from '../../../src/timeline/registry.ts';
import { Article } from '../../../src/schema/article.ts';
import type { ArticleEntry } from '../../../src/timeline/index.ts';

const entry = (id: string, day: number, extra: object = {}): ArticleEntry => ({
  id, data: Article.parse({ title: id, published: `2024-03-${String(day).padStart(2, '0')}`, source_file: `${id}.txt`, source_sha256: 'a'.repeat(64), events: [{ key: 'e1', date: `2024-03-${String(day).padStart(2, '0')}`, date_precision: 'day', agencies: ['ICE'], action: 'deploy', personnel: null, personnel_qualifier: null, places: ['Chicago, IL'], evidence: `Sentence of ${id}.`, ...extra }] }),
});
const index = (list: ArticleEntry[]) => list.map((e) => ({ id: e.id, digest: JSON.stringify(e.data) }));
const comparable = (s: TimelineState) => ({ ...s, events: s.events.map((e) => ({ ...e })) });

test('the clustering state saved by its changes reads back as the state clustering left, build after build', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clustering-state-'));
  let list = Array.from({ length: 30 }, (_, i) => entry(`a${i}`, 1 + (i % 25)));
  const byId = () => new Map(list.map((e) => [e.id, e]));
  let update = updateTimeline(null, index(list), (id) => byId().get(id)!.data, { ids: {}, retired: {} });
  writeClusteringState(join(dir, 'c'), update, null);
  const steps: Array<() => void> = [
    () => list.push(entry('b1', 3)),
    () => (list = list.filter((e) => e.id !== 'a4')),
    () => (list = list.map((e) => (e.id === 'a7' ? entry('a7', 20, { note: 'Checked.' }) : e))),
    () => list.push(entry('b2', 11, { agencies: ['CBP'] })),
  ];
  for (let round = 0; round < 160; round++) {
    steps[round % steps.length]!();
    if (round % steps.length === 3) list = list.filter((e) => e.id !== 'b1' && e.id !== 'b2');
    const registry = JSON.parse(registryText(update.registry));
    assert.equal(stateRegistry(join(dir, 'c')), textDigest(registryText(update.registry)));
    const prev = readClusteringState(join(dir, 'c'), registry);
    assert.ok(prev, `round ${round}: the state reads back`);
    assert.deepEqual(comparable(prev), comparable({ ...update.state, registry }), `round ${round}: as it was left`);
    update = updateTimeline(prev, index(list), (id) => byId().get(id)!.data, registry);
    writeClusteringState(join(dir, 'c'), update, prev);
  }
  // 160 builds appended a line or two each, and the logs were written anew whenever they had grown to twice
  // what they hold (and 50 lines more): never longer than that.
  const lines = (f: string) => readFileSync(join(dir, 'c', f), 'utf8').split('\n').length - 1;
  assert.ok(lines('entries.jsonl') <= 2 * list.length + 50, `${lines('entries.jsonl')} lines for ${list.length} entries`);
  assert.ok(lines('events.jsonl') <= 2 * update.state.events.length + 50, `${lines('events.jsonl')} lines`);
});

test('a clustering state cut short reads as none, so everything is clustered again', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clustering-state-'));
  const list = [entry('a', 1), entry('b', 2)];
  const update = updateTimeline(null, index(list), (id) => list.find((e) => e.id === id)!.data, { ids: {}, retired: {} });
  writeClusteringState(dir, update, null);
  const registry = JSON.parse(registryText(update.registry));
  assert.ok(readClusteringState(dir, registry));
  const more = [...list, entry('c', 3)];
  const next = updateTimeline(readClusteringState(dir, registry), index(more), (id) => more.find((e) => e.id === id)!.data, registry);
  writeClusteringState(dir, next, readClusteringState(dir, registry));
  // As if the build stopped after appending to the logs but before writing their counts.
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8'));
  meta.lines.entries -= 1;
  writeFileSync(join(dir, 'meta.json'), JSON.stringify(meta));
  assert.equal(readClusteringState(dir, JSON.parse(registryText(next.registry))), null);
});
