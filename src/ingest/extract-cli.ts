// `npm run --silent extract -- <file> [--published YYYY-MM-DD]`: prints { published, events } as one JSON object.
// The scorer's contract; writes nothing. A sidecar beside the file (<name>.meta.json) is read as the ingest reads it.
import { parseArgs } from 'node:util';
import { processFile } from './extract-file.ts';
import type { Processed } from './pipeline.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { published: { type: 'string' }, url: { type: 'string' }, publisher: { type: 'string' } },
});
if (positionals.length !== 1) {
  console.error('usage: npm run --silent extract -- <file> [--published YYYY-MM-DD]');
  process.exit(2);
}
const file = positionals[0]!;
let result: Processed;
try {
  result = processFile(file, values);
} catch (e) {
  console.error(`${file}: cannot read: ${(e as Error).message}`);
  process.exit(1);
}
if (!result.ok) {
  console.error(`${file}: rejected: ${result.reason}`);
  console.log(JSON.stringify({ published: null, events: [], rejected: result.reason }));
  process.exit(1);
}
console.log(JSON.stringify({ published: result.article.published, events: result.article.events }, null, 1));
