// Fixture folders for the input stages (decode, clean, meta). Each holds input.<ext> and an
// expected.json whose "stage" names the stage it checks; the rest of the file is that stage's output.
// An expected.json that holds only its stage is written out when UPDATE=1 (never on CI), so a new
// fixture is declared by hand and its expectation is generated on purpose and checked by eye.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, readExpected, writeExpected } from './fixtures.ts';

export type Stage = 'decode' | 'clean' | 'meta';

export interface StageFixture { name: string; dir: string; input: string; expected: Record<string, unknown> }

/** The fixture folders that check the given stage. */
export function stageFixtures(stage: Stage): StageFixture[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => {
      const dir = join(FIXTURES, d.name);
      const expected = readExpected<Record<string, unknown>>(dir);
      const input = readdirSync(dir).find((f) => f.startsWith('input.'));
      return expected?.stage === stage && input ? [{ name: d.name, dir, input: join(dir, input), expected }] : [];
    });
}

/**
 * The expectation to compare with: the stored one, or, when it holds only its stage or UPDATE=1,
 * null after writing `got` out (writeExpected refuses on CI, and then the test fails).
 */
export function expectation(fixture: StageFixture, got: Record<string, unknown>): Record<string, unknown> | null {
  const { stage, ...expected } = fixture.expected;
  if (Object.keys(expected).length && process.env.UPDATE !== '1') return expected;
  if (writeExpected(fixture.dir, { stage, ...got })) return null;
  throw new Error(`${fixture.name}/expected.json holds no expectation; write it with UPDATE=1 and check it by eye`);
}
