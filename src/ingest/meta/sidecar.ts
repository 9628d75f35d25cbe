import { z } from 'astro/zod';
import matter from 'gray-matter';

/** What an editor may state beside a raw file in `<name>.meta.json` or `<name>.meta.yaml`. */
export const Sidecar = z.object({
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD').optional(),
  url: z.string().url().optional(),
  publisher: z.string().min(1).optional(),
  title: z.string().min(1).optional(),
}).strict();
export type Sidecar = z.output<typeof Sidecar>;

const refuse = () => {
  throw new Error('JavaScript is not allowed');
};

/** Parses a sidecar's text; throws one sentence naming the field and the reason. */
export function parseSidecar(text: string, fileName: string): Sidecar {
  let raw: unknown;
  try {
    raw = /\.json$/i.test(fileName)
      ? JSON.parse(text)
      : matter(`---\n${text}\n---\n`, { engines: { js: refuse, javascript: refuse } }).data;
  } catch (e) {
    throw new Error(`${fileName}: not valid ${/\.json$/i.test(fileName) ? 'JSON' : 'YAML'}: ${(e as Error).message.split('\n')[0]}`);
  }
  if (raw instanceof Date) raw = raw.toISOString().slice(0, 10);
  const obj = raw && typeof raw === 'object' ? { ...(raw as Record<string, unknown>) } : raw;
  // YAML reads an unquoted 2024-11-14 as a Date; the editor meant the day.
  if (obj && typeof obj === 'object' && (obj as Record<string, unknown>).published instanceof Date) {
    (obj as Record<string, unknown>).published = ((obj as Record<string, unknown>).published as Date).toISOString().slice(0, 10);
  }
  const parsed = Sidecar.safeParse(obj);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${fileName}: field "${issue.path.join('.') || '(root)'}": ${issue.message}`);
  }
  return parsed.data;
}
