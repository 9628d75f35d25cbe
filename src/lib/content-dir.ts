import { resolve } from 'node:path';

/** Where content lives: content/ by default, or CONTENT_DIR (tests and the benchmark build elsewhere). */
export function contentDir(): string {
  return resolve(process.env.CONTENT_DIR ?? 'content');
}
