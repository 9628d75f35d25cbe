// `npm run review`: what needs a human, grouped, with the file to edit. Writes nothing.
import { join, relative } from 'node:path';
import { contentDir } from '../lib/content-dir.ts';
import { loadEntries, formatProblem } from './entries.ts';
import { buildTimeline, type Timeline } from '../timeline/index.ts';
import { readRegistry } from '../timeline/registry.ts';

const root = contentDir();
const { entries, problems } = loadEntries(root);
const rel = (slug: string) => relative(process.cwd(), join(root, 'articles', `${slug}.md`));
// A report as an editor finds it: the file, then the event's key.
const where = (member: string) => {
  const [slug, key] = member.split('#') as [string, string];
  return `${rel(slug)} ${key}`;
};
const registry = readRegistry();
let timeline: Timeline = { events: [], registry, alone: [] };
let idError: string | null = null;
try {
  timeline = buildTimeline(entries, registry);
} catch (e) {
  idError = (e as Error).message;
}
const { events } = timeline;
const live = (v: { rejected: boolean }) => !v.rejected;
const rejected = entries.flatMap((e) => e.data.events.filter((v) => v.rejected).map((v) => `${rel(e.id)} ${v.key}${v.note ? ` (${v.note})` : ''}: ${v.evidence.slice(0, 100)}`));

const sections: Array<[string, string[]]> = [
  ['Entries that break the schema (the build will stop)', problems.map(formatProblem)],
  ['Published ids that would vanish (the build will stop)', idError ? [idError] : []],
  ['Articles with no publication date', entries.filter((e) => !e.data.published).map((e) => `${rel(e.id)}${e.data.published_window ? ` (the text puts it between ${e.data.published_window[0]} and ${e.data.published_window[1]})` : ''}`)],
  ['Other article notes', entries.flatMap((e) => e.data.needs_review.filter((n) => n !== 'undated' && n !== 'low-confidence').map((n) => `${rel(e.id)}: ${n}`))],
  ['Low-confidence events', entries.flatMap((e) => e.data.events.filter((v) => live(v) && !v.reviewed && v.confidence < 0.6).map((v) => `${rel(e.id)} ${v.key} (confidence ${v.confidence}): ${v.evidence.slice(0, 100)}`))],
  ['Events whose sources disagree', events.filter((t) => t.disagreements.length).map((t) => `${t.id}: ${t.disagreements.map((d) => `${d.field} (${d.values.map((v) => `${v.value} in ${v.articles.join(', ')}`).join(' vs ')})`).join('; ')}`)],
  // One line per merge: if it is wrong, set keep_separate: true on the report that joined.
  ['Merges to check (each: the report that joined, the report it joined, why)', events.flatMap((t) => t.merged_because.map((m) => `${t.id}: ${where(m.report)} joined ${where(m.joined)}: ${m.because}`))],
  ['Undated events standing alone (add a date, or merge_with the event it reports)', timeline.alone.map((a) => `${where(a.member)} -> ${a.id}: ${a.reason}${a.candidates.length ? `; it could be ${a.candidates.join(' or ')}` : ''}`)],
  ['New events not yet published (their ids are recorded at the next build)', events.filter((t) => !(t.id in registry.ids)).map((t) => `${t.id}: ${t.summary}`)],
  ['Events not yet reviewed', entries.flatMap((e) => e.data.events.filter((v) => live(v) && !v.reviewed).map((v) => `${rel(e.id)} ${v.key}: ${v.evidence.slice(0, 100)}`))],
];
let total = 0;
for (const [title, items] of sections) {
  if (!items.length) continue;
  total += items.length;
  console.log(`\n${title} (${items.length})`);
  for (const item of items) console.log(`  ${item}`);
}
// Rejected events need nothing more: they are counted apart, so the editor sees they are still there.
if (rejected.length) {
  console.log(`\nRejected events, left out of the site and downloads (${rejected.length})`);
  for (const item of rejected) console.log(`  ${item}`);
}
const added = entries.reduce((n, e) => n + e.data.events.filter((v) => !/^e\d+$/.test(v.key)).length, 0);
console.log(`\n${entries.length} articles, ${entries.reduce((n, e) => n + e.data.events.length, 0)} article events (${rejected.length} rejected, ${added} added by hand), ${events.length} timeline events.`);
console.log(total ? `To review an event, edit its entry: correct any field, set reviewed: true, add a note; reject a false one with rejected: true. Re-running the ingest keeps what you set.` : 'Nothing needs review.');
