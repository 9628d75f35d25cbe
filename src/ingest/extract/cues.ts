// Whether a motion phrase states a move that happened, one that is planned, or none at all: the cues
// of src/data/lexicon/cues.txt, looked for in the motion's own clause.
import { lexicons } from './lexicons.ts';
import type { PatternSet } from './pattern.ts';
import type { Token } from './nlp.ts';

export interface Clause { start: number; end: number }

/** A cue of the set that starts in [from, to) and lies inside the clause. */
function cueIn(set: PatternSet<true>, tokens: readonly Token[], clause: Clause, from: number, to: number): boolean {
  const lo = Math.max(clause.start, from);
  const hi = Math.min(clause.end, to);
  if (hi <= lo) return false;
  // A cue must start in [lo, hi) and end inside the clause.
  return set.scan(tokens, {}, lo, hi).some((m) => m.end <= clause.end);
}

/** How many words before the motion a plan, negation or condition still governs it. */
const PLAN_REACH = 12;
const NEGATION_REACH = 4;
const CONDITION_REACH = 5;
const HABIT_REACH = 3;

export function isPlanned(tokens: readonly Token[], clause: Clause, anchor: number): boolean {
  const { cues } = lexicons();
  if (cueIn(cues.done, tokens, clause, anchor - 4, anchor + 1)) return false;
  return cueIn(cues.plan, tokens, clause, anchor - PLAN_REACH, anchor);
}

export function isNegated(tokens: readonly Token[], clause: Clause, anchor: number): boolean {
  const { negation, scope } = lexicons().cues;
  if (cueIn(negation, tokens, clause, anchor - NEGATION_REACH, anchor)) return true;
  // A "not" reaches the motion when no punctuation stands between them (a dash sets off an aside, it ends nothing).
  for (let k = anchor - 1; k >= clause.start; k--) {
    if (tokens[k]!.pos === 'PUNCT' && !/^[-–—]$/.test(tokens[k]!.text)) return false;
    if (scope.startingAt(tokens, k).length) return true;
  }
  return false;
}

export function isHypothetical(tokens: readonly Token[], clause: Clause, anchor: number): boolean {
  const { cues } = lexicons();
  // What is done as a rule is no move either.
  if (cueIn(cues.habitual, tokens, clause, anchor - HABIT_REACH, anchor)) return true;
  // The clause's first word, past any opening quote or bracket: "If additional staff is needed, more will be sent."
  let first = clause.start;
  while (first < clause.end && /^[“"‘'(\[—–-]$/.test(tokens[first]!.text)) first++;
  return cueIn(cues.hypothetical, tokens, clause, anchor - CONDITION_REACH, anchor) || cueIn(cues.hypothetical, tokens, clause, first, first + 1);
}

/** A move the article recalls ("had been deployed", "previously"), not its news; "said it had deployed" is reported speech, not recall. */
export function isBackground(tokens: readonly Token[], clause: Clause): boolean {
  const { cues, roles } = lexicons();
  return cues.background.scan(tokens, {}, clause.start, clause.end).some((m) => m.end <= clause.end && !(tokens[m.start]!.lower === 'had' && [1, 2, 3, 4].some((i) => roles.speech.startingAt(tokens, m.start - i).length > 0)));
}
