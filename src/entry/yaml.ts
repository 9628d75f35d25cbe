import { parseDocument, stringify } from 'yaml';

// YAML 1.2 with the core schema, for every file an editor writes by hand (entries, sidecars): `0120` is
// 120, `12:30`, `yes`, `on` and an unquoted 2024-11-14 stay text, as they read. YAML 1.1 (js-yaml, which
// gray-matter uses by default) turned those into 80, 750, true and a timestamp without a word. Explicit 1.1 tags
// (`!!timestamp`, `!!binary`) are not resolved, and any tag we do not know is an error, not a guess.
const READ = { version: '1.2', schema: 'core', resolveKnownTags: false, uniqueKeys: true, merge: false, prettyErrors: true } as const;
// Far above what an entry needs (none uses an alias), far below an alias bomb's expansion.
const MAX_ALIASES = 100;

/** The YAML text as plain data; throws one line saying where and why it cannot be read. */
export function readYaml(text: string): unknown {
  const doc = parseDocument(text, READ);
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    const at = problem.linePos?.[0];
    const what = problem.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').replace(/^Unresolved tag: (?:tag:yaml\.org,2002:)?/, (m) => (m.includes('yaml.org') ? 'unknown tag !!' : 'unknown tag '));
    throw new Error(`${what}${at ? ` at line ${at.line}, column ${at.col}` : ''}`);
  }
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    throw new Error(`${(e as Error).message} (more than ${MAX_ALIASES} aliases)`);
  }
}

/**
 * Data as YAML 1.2 core text that `readYaml` gives back unchanged. Long text stays on one line, so an
 * editor's correction is a one-line edit and a one-line diff.
 */
export function writeYaml(data: unknown): string {
  return stringify(data, { version: '1.2', schema: 'core', lineWidth: 0, indentSeq: true });
}
