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
