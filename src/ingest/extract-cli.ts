// `npm run --silent extract -- <file> [--published YYYY-MM-DD]`: prints { published, events } as one JSON object.
// The scorer's contract; writes nothing.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { processArticle } from './pipeline.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { published: { type: 'string' }, url: { type: 'string' }, publisher: { type: 'string' } },
});
if (positionals.length !== 1) {
  console.error('usage: npm run --silent extract -- <file> [--published YYYY-MM-DD]');
  process.exit(2);
}
const file = positionals[0]!;
let bytes: Uint8Array;
try {
  bytes = readFileSync(file);
} catch (e) {
  console.error(`${file}: cannot read: ${(e as Error).message}`);
  process.exit(1);
}
const result = processArticle(bytes, basename(file), {
  published: values.published, url: values.url, publisher: values.publisher,
});
if (!result.ok) {
  console.error(`${file}: rejected: ${result.reason}`);
  console.log(JSON.stringify({ published: null, events: [], rejected: result.reason }));
  process.exit(1);
}
console.log(JSON.stringify({ published: result.article.published, events: result.article.events }, null, 1));
