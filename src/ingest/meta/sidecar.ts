import { z } from 'astro/zod';
import { readYaml } from '../../entry/index.ts';

/** A real calendar day written as YYYY-MM-DD. */
const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'not a real calendar day');

/** What an editor may state beside a raw file in `<name>.meta.json` or `<name>.meta.yaml`. */
export const Sidecar = z
  .object({
    /** Publication day, YYYY-MM-DD. */
    published: Day.optional(),
    /** The article's address; only http(s). */
    url: z.string().regex(/^https?:\/\/[^\s"<>]+$/i, 'expected an http(s) address').optional(),
    /** The outlet. */
    publisher: z.string().trim().min(1, 'expected a name, got nothing').max(300, 'longer than 300 characters').optional(),
    /** The headline. */
    title: z.string().trim().min(1, 'expected a headline, got nothing').max(1000, 'longer than 1000 characters').optional(),
  })
  .strict();
export type Sidecar = z.output<typeof Sidecar>;

const FIELDS = Object.keys(Sidecar.shape).join(', ');

/** The text as YAML 1.2 data (the entries' reader: core schema, no tags, nothing run). */
function yamlData(text: string): unknown {
  // One document: an opening `---` and a closing `...` or `---` are fine, another document is not.
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n|\r/);
  const opened = /^---\s*$/.test(lines[0] ?? '');
  if (opened) lines.shift();
  while (lines.length && !lines[lines.length - 1]!.trim()) lines.pop();
  if (/^(?:---|\.\.\.)\s*$/.test(lines[lines.length - 1] ?? '')) lines.pop();
  if (lines.some((l) => /^(?:---|\.\.\.)(?:\s|$)/.test(l))) throw new Error('more than one YAML document');
  try {
    return readYaml(lines.join('\n'));
  } catch (e) {
    // Lines counted in the file, the opening `---` included.
    throw new Error((e as Error).message.replace(/ at line (\d+)/, (_m, n: string) => ` at line ${Number(n) + Number(opened)}`));
  }
}

/** The value of a top-level field as written in YAML text, for messages and timestamps. */
function written(text: string, field: string): string | undefined {
  return new RegExp(`^${field}\\s*:\\s*(.*?)\\s*$`, 'm').exec(text)?.[1];
}

function describe(value: unknown, asWritten?: string): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value === 'number' ? 'a number' : 'true or false'}; put ${asWritten ?? String(value)} in quotes`;
  return typeof value === 'object' ? 'a map' : `a ${typeof value}`;
}

/** Parses a sidecar's text; throws one sentence naming the file, the field and the reason. */
export function parseSidecar(text: string, fileName: string): Sidecar {
  const json = /\.json$/i.test(fileName);
  let raw: unknown;
  try {
    raw = json ? JSON.parse(text.replace(/^\ufeff/, '')) : yamlData(text);
  } catch (e) {
    const message = (e as Error).message.split('\n')[0]!;
    throw new Error(`${fileName}: not valid ${json ? 'JSON' : 'YAML'}: ${message.replace(/:$/, '')}`);
  }
  if (raw === null || raw === undefined) raw = {};
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new Error(`${fileName}: expected fields (${FIELDS}), got ${describe(raw)}`);
  const obj: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
  // A timestamp (2024-11-14T23:30:00-05:00) gives its day as written, whatever its time zone.
  if (typeof obj.published === 'string') obj.published = obj.published.replace(/^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/, '$1');
  const parsed = Sidecar.safeParse(obj);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  if (issue.code === 'unrecognized_keys') throw new Error(`${fileName}: field "${issue.keys[0]}": not a sidecar field (expected ${FIELDS})`);
  const field = String(issue.path[0] ?? '');
  const value = obj[field];
  const reason = issue.code === 'invalid_type' ? `expected text, got ${describe(value, json ? undefined : written(text, field))}` : issue.message;
  throw new Error(`${fileName}: field "${field}": ${reason}`);
}

/** The sidecar beside a raw file (`<name>.meta.json`, `.meta.yaml` or `.meta.yml`), or no fields when there is none. */
export function sidecarBeside(file: string, read: (path: string) => string | null): Sidecar {
  for (const ext of ['json', 'yaml', 'yml']) {
    const path = file.replace(/\.[^./\\]+$/, '') + `.meta.${ext}`;
    const text = read(path);
    if (text !== null) return parseSidecar(text, path.replace(/^.*[\\/]/, ''));
  }
  return {};
}
