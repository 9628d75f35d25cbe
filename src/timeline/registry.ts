import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Registry } from './ids.ts';
import { contentDir } from '../lib/content-dir.ts';

/** content/ids.json, the registry of every event id ever published. */
export function registryPath(): string {
  return join(contentDir(), 'ids.json');
}

/** The registry as on disk (empty when there is none yet); a broken one stops the build, naming file and field. */
export function readRegistry(): Registry {
  const path = registryPath();
  if (!existsSync(path)) return { ids: {}, retired: {} };
  const parsed = Registry.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

/** content/ids.json as the build writes it. */
export const registryText = (r: Registry) => `${JSON.stringify(r, null, 1)}\n`;
export const textDigest = (text: string) => createHash('sha1').update(text).digest('hex');

/**
 * The registry, read without validating it when its text is the one the last build wrote (`trusted` is that
 * text's digest): 10,000 ids take a tenth of a second to validate. Anything else is validated as usual.
 */
export function readRegistryTrusting(trusted: string | undefined): { registry: Registry; digest: string | null; trusted: boolean } {
  const path = registryPath();
  const text = existsSync(path) ? readFileSync(path, 'utf8') : null;
  const digest = text === null ? null : textDigest(text);
  if (text !== null && digest === trusted) return { registry: JSON.parse(text) as Registry, digest, trusted: true };
  return { registry: readRegistry(), digest, trusted: false };
}
