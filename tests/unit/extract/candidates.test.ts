import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { candidateText, forms } from '../../../src/ingest/extract/candidates.ts';
import { analyze } from '../../../src/ingest/extract/nlp.ts';
import { mentionsIn } from '../../../src/ingest/extract/mentions.ts';
import { citiesPinned } from '../../../src/ingest/extract/places.ts';
import { referenceFor } from '../../../src/ingest/extract/context.ts';
import { decodeSource } from '../../../src/ingest/decode/index.ts';
import { cleanArticle } from '../../../src/ingest/clean/index.ts';
import { article } from '../../../bench/corpus.ts';
import { fixtureDirs } from '../fixtures.ts';

// The candidate filter decides which sentences the NLP reads. It may keep a sentence that states no
// move; it must never blank one the extractor would have read a move from.
const kept = (sentence: string) => candidateText(sentence) === sentence;

test('candidateText keeps a sentence that holds every word of a motion phrase, in any of its forms', () => {
  assert.ok(kept('Border Patrol agents were on their way to El Paso on Monday.'), 'on the way to: keyed by "way"');
  assert.ok(kept('About 40 ICE officers went to Omaha last week.'), 'go to @place, told with the irregular "went"');
  assert.ok(kept('The Guard troops will be in Portland until the end of the month.'), 'be in @place until');
  assert.ok(kept('Deputies were pre-positioned near the courthouse, the marshal said.'), 'a hyphenated motion word');
  assert.ok(kept('The agency moved 25 staffers to Denver.'), 'move ~2 to @place, the place in capitals');
});

test('candidateText blanks a sentence that lacks a word its motion phrases require', () => {
  assert.ok(!kept('Council members met late into the night to discuss the budget for parks.'), '"into" alone starts no move');
  assert.ok(!kept('A spokesperson said the office routinely moves staff to meet its needs.'), 'move ~2 to @place with no place after the verb');
  assert.ok(!kept('The weather stayed mild all week, and the parade went ahead.'), 'no people and no agency');
  // Same length, so every offset of the text still holds.
  const text = 'Council members met late into the night.\n\nICE sent 30 agents to Boise on Tuesday.';
  const out = candidateText(text);
  assert.equal(out.length, text.length);
  assert.ok(out.endsWith('ICE sent 30 agents to Boise on Tuesday.') && !out.includes('Council'));
});

test('forms gives the regular endings and the irregular forms wink-nlp lemmatises to a word', () => {
  for (const [word, form] of [['send', 'sent'], ['be', 'were'], ['fly', 'flew'], ['deputy', 'deputies'], ['guardsman', 'guardsmen'], ['arrive', 'arriving'], ['tap', 'tapped']]) {
    assert.ok(forms(word!).includes(form!), `${form} is a form of ${word}`);
  }
});

/** Every sentence the whole text's analysis reads a move from is inside what candidateText keeps. */
function assertKeepsEveryMove(name: string, text: string): number {
  const keptText = candidateText(text);
  const sentences = analyze(text);
  const known = citiesPinned(sentences);
  const reference = referenceFor(text, '2025-06-11');
  let moves = 0;
  for (const s of sentences) {
    if (!mentionsIn(s, reference, known).length) continue;
    moves++;
    assert.equal(keptText.slice(s.start, s.start + s.text.length), s.text, `${name}: a sentence with a move was blanked: "${s.text.slice(0, 90)}"`);
  }
  return moves;
}

const bodyOf = (bytes: Uint8Array, name: string) => {
  const d = decodeSource(bytes, name);
  return d.ok ? cleanArticle(d.text, d.format).body : '';
};

test('candidateText never blanks a sentence the extractor reads a move from (fixtures, synthetic articles)', () => {
  let moves = 0;
  for (const f of fixtureDirs()) moves += assertKeepsEveryMove(f.name, bodyOf(readFileSync(f.input), f.input));
  for (let i = 0; i < 150; i++) moves += assertKeepsEveryMove(`synthetic ${i}`, bodyOf(Buffer.from(article(i, 5).text), 'a.txt'));
  assert.ok(moves > 150, `only ${moves} moves read: the check would prove nothing`);
});

const DEV = new URL('../../../../shared/dev/articles/', import.meta.url).pathname;

test('candidateText never blanks a sentence the extractor reads a move from (../shared dev passages)', { skip: !existsSync(DEV) && 'no ../shared beside the project' }, () => {
  let moves = 0;
  for (const f of readdirSync(DEV).filter((x) => x.endsWith('.txt'))) moves += assertKeepsEveryMove(f, bodyOf(readFileSync(DEV + f), f));
  assert.ok(moves > 100, `only ${moves} moves read`);
});
