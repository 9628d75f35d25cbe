// Fixture folders named after a behaviour: input.<ext> beside expected.json. A missing or stale expected
// file is (re)written only when UPDATE=1 and never on CI, so expectations change on purpose.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

/** Fixture folders that hold an input file with one of the given extensions. */
export function fixtureDirs(exts = ['txt', 'md', 'html']): Array<{ name: string; dir: string; input: string }> {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => {
      const input = exts.map((e) => join(FIXTURES, d.name, `input.${e}`)).find(existsSync);
      return input ? [{ name: d.name, dir: join(FIXTURES, d.name), input }] : [];
    });
}

export function readExpected<T>(dir: string): T | null {
  const path = join(dir, 'expected.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : null;
}

export function writeExpected(dir: string, value: unknown): boolean {
  if (process.env.UPDATE !== '1' || process.env.CI) return false;
  writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(value, null, 1)}\n`);
  return true;
}
