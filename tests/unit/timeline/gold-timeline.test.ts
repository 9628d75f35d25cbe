import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { goldEntries, scoreTimeline, SCORER, SHARED } from '../../tools/gold-entries.ts';
import { buildTimeline } from '../../../src/timeline/index.ts';
import { incompatibleDates } from '../../../src/eval/date-check.ts';

// The clustering judged on its own: the gold article events of real reporting, as the entries the ingest
// would write, must give the timeline gold, judged by the shared scorer's timeline mode. Extraction
// errors cannot hide clustering errors here, nor the other way round.
const skip = !existsSync(SCORER) && 'no ../shared beside the project';

function judge(gold: string, articles: string, timelineGold: string) {
  const { events } = buildTimeline(goldEntries(join(SHARED, gold), join(SHARED, articles)));
  const file = join(mkdtempSync(join(tmpdir(), 'gold-timeline-')), 'events.json');
  writeFileSync(file, JSON.stringify(events));
  const score = scoreTimeline(file, join(SHARED, timelineGold), join(SHARED, gold));
  const wrong = score.lines.filter((l) => !/: ok$/.test(l)).join('\n');
  return { events, score, wrong, expected: (JSON.parse(readFileSync(join(SHARED, timelineGold), 'utf8')) as { timeline: unknown[] }).timeline.length };
}

test('buildTimeline on the dev gold events gives every real-world event of dev-timeline.json whole, none merged with another', { skip }, () => {
  const { events, score, wrong, expected } = judge('dev/gold', 'dev/articles', 'gold/dev-timeline.json');
  assert.equal(expected, 116);
  assert.equal(score.total, expected);
  assert.equal(score.whole, expected, wrong);
  assert.equal(score.overMerged, 0, wrong);
  assert.equal(score.entries, expected);
  assert.deepEqual(incompatibleDates(events), []);
  // Every merge is explained, one line per source beyond the first.
  for (const e of events) assert.equal(e.merged_because.length, e.sources.length - 1, e.id);
});

test('buildTimeline on the seed gold events gives the seeds timeline, 7 of 7 whole', { skip }, () => {
  const { events, score, wrong, expected } = judge('gold/seeds', 'seeds', 'gold/seeds-timeline.json');
  assert.equal(expected, 7);
  assert.equal(score.whole, expected, wrong);
  assert.equal(score.overMerged, 0, wrong);
  assert.deepEqual(incompatibleDates(events), []);
});
