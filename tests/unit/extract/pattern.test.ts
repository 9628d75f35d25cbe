import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compilePattern, matchAt, PatternSet } from '../../../src/ingest/extract/pattern.ts';
import { analyze } from '../../../src/ingest/extract/nlp.ts';

const tokens = (text: string) => analyze(text)[0]!.tokens;
const words = (t: ReturnType<typeof tokens>, m: { start: number; end: number }) => t.slice(m.start, m.end).map((x) => x.text).join(' ');

test('a pattern word matches any inflection by lemma: "send" matches "sent"', () => {
  const t = tokens('The agency sent 40 officers to Omaha.');
  const m = new PatternSet<string>();
  m.add(compilePattern('send'), 'deploy');
  assert.deepEqual(m.scan(t).map((x) => words(t, x)), ['sent']);
});

test('a word in capitals matches only as written: ICE is not "ice"', () => {
  const set = new PatternSet<true>();
  set.add(compilePattern('ICE'), true);
  assert.equal(set.scan(tokens('The ice on the road melted by noon today.')).length, 0);
  assert.equal(set.scan(tokens('ICE sent officers to the city on Friday.')).length, 1);
});

test('~N skips up to N words and no more', () => {
  const p = compilePattern('pull ~3 from');
  assert.ok(matchAt(p, tokens('They pull 40 agents from the border.'), 1));
  assert.equal(matchAt(p, tokens('They pull forty more tired agents from the border.'), 1), null);
});

test('an optional word may be there or not: "U.S.? border patrol" matches with and without it', () => {
  const set = new PatternSet<true>();
  set.add(compilePattern('U.S.|US? border patrol'), true);
  const a = tokens('The U.S. Border Patrol sent agents.');
  const b = tokens('The Border Patrol sent agents.');
  assert.equal(words(a, set.startingAt(a, 1)[0]!), 'U.S. Border Patrol');
  assert.deepEqual(set.scan(b).map((m) => words(b, m)), ['Border Patrol']);
});

test('word/POS keeps only that part of speech: "patrol/VERB" is not the Border Patrol', () => {
  const set = new PatternSet<true>();
  set.add(compilePattern('patrol|patrolling/VERB'), true);
  assert.equal(set.scan(tokens('The Border Patrol said nothing.')).length, 0);
  assert.equal(set.scan(tokens('Agents are patrolling the streets of the city.')).length, 1);
});

test('@class matches a span the caller marks, of any length', () => {
  const t = tokens('Agents moved to Kansas City on Monday.');
  const place = new Map([[3, 5]]);
  const p = compilePattern('move ~2 to @place');
  const m = matchAt(p, t, 1, { place });
  assert.ok(m);
  assert.equal(words(t, m), 'moved to Kansas City');
  assert.equal(matchAt(p, t, 1, {}), null);
});

test('a malformed pattern is refused with a reason', () => {
  assert.throws(() => compilePattern('~2 send'), /cannot start or end with ~N/);
  assert.throws(() => compilePattern('send a||b'), /empty alternative/);
  assert.throws(() => compilePattern('send @@place'), /cannot read/);
});
