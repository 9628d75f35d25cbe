// One raw file on disk to its processed entry, as `npm run extract` and `npm run eval` both see it:
// the file's bytes, the sidecar beside it, and the publication day given on the command line first.
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { processArticle, type Processed } from './pipeline.ts';
import { sidecarBeside } from './meta/sidecar.ts';

export interface FileHints { published?: string | undefined; url?: string | undefined; publisher?: string | undefined }

export function processFile(file: string, hints: FileHints = {}): Processed {
  const sidecar = sidecarBeside(file, (p) => (existsSync(p) ? readFileSync(p, 'utf8') : null));
  return processArticle(readFileSync(file), basename(file), {
    published: hints.published ?? sidecar.published,
    publishedFrom: hints.published ? 'flag' : sidecar.published ? 'sidecar' : undefined,
    url: hints.url ?? sidecar.url,
    publisher: hints.publisher ?? sidecar.publisher,
    title: sidecar.title,
  });
}
