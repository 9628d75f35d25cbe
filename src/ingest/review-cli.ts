// `npm run review`: what needs a human, grouped, with the file to edit. Writes nothing.
import { join, relative } from 'node:path';
import { contentDir } from '../lib/content-dir.ts';
import { loadEntries, formatProblem } from './entries.ts';
import { buildTimeline } from '../timeline/index.ts';
import { readRegistry } from '../timeline/registry.ts';

const root = contentDir();
const { entries, problems } = loadEntries(root);
const rel = (slug: string) => relative(process.cwd(), join(root, 'articles', `${slug}.md`));
const registry = readRegistry();
let timeline: ReturnType<typeof buildTimeline>['events'] = [];
let idError: string | null = null;
try {
  timeline = buildTimeline(entries, registry).events;
} catch (e) {
  idError = (e as Error).message;
}

const sections: Array<[string, string[]]> = [
  ['Entries that break the schema (the build will stop)', problems.map(formatProblem)],
  ['Published ids that would vanish (the build will stop)', idError ? [idError] : []],
  ['Articles with no publication date', entries.filter((e) => !e.data.published).map((e) => `${rel(e.id)}${e.data.published_window ? ` (the text puts it between ${e.data.published_window[0]} and ${e.data.published_window[1]})` : ''}`)],
  ['Other article notes', entries.flatMap((e) => e.data.needs_review.filter((n) => n !== 'undated' && n !== 'low-confidence').map((n) => `${rel(e.id)}: ${n}`))],
  ['Low-confidence events', entries.flatMap((e) => e.data.events.filter((v) => !v.reviewed && v.confidence < 0.6).map((v) => `${rel(e.id)} ${v.key} (confidence ${v.confidence}): ${v.evidence.slice(0, 100)}`))],
  ['Events whose sources disagree', timeline.filter((t) => t.disagreements.length).map((t) => `${t.id}: ${t.disagreements.map((d) => `${d.field} (${d.values.map((v) => `${v.value} in ${v.articles.join(', ')}`).join(' vs ')})`).join('; ')}`)],
  ['New events not yet published (their ids are recorded at the next build)', timeline.filter((t) => !(t.id in registry.ids)).map((t) => `${t.id}: ${t.summary}`)],
  ['Events not yet reviewed', entries.flatMap((e) => e.data.events.filter((v) => !v.reviewed).map((v) => `${rel(e.id)} ${v.key}: ${v.evidence.slice(0, 100)}`))],
];
let total = 0;
for (const [title, items] of sections) {
  if (!items.length) continue;
  total += items.length;
  console.log(`\n${title} (${items.length})`);
  for (const item of items) console.log(`  ${item}`);
}
console.log(total ? `\nTo review an event, edit its entry: correct any field, set reviewed: true, add a note. Re-running the ingest keeps what you set.` : 'Nothing needs review.');
