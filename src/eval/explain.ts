// `npm run explain -- <file> [--published YYYY-MM-DD] [--grep TEXT]`: for each sentence of an article,
// the motion phrases, agencies, people, places and counts the extractor sees, so a wrong event can be
// traced to the lexicon line that made it.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { decodeSource } from '../ingest/decode/index.ts';
import { cleanArticle } from '../ingest/clean/index.ts';
import { analyze } from '../ingest/extract/nlp.ts';
import { lexicons } from '../ingest/extract/lexicons.ts';
import { findAgencies } from '../ingest/extract/agencies.ts';
import { findPlaces, citiesPinned } from '../ingest/extract/places.ts';
import { findHeadCounts } from '../ingest/extract/personnel.ts';
import { mentionsIn } from '../ingest/extract/mentions.ts';
import { referenceFor } from '../ingest/extract/context.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { published: { type: 'string' }, grep: { type: 'string' } } });
const file = positionals[0];
if (!file) {
  console.error('usage: npm run explain -- <file> [--published YYYY-MM-DD] [--grep TEXT]');
  process.exit(2);
}
const decoded = decodeSource(readFileSync(file), file);
if (!decoded.ok) throw new Error(decoded.reason);
const body = cleanArticle(decoded.text, decoded.format).body;
const sentences = analyze(body);
const known = citiesPinned(sentences);
const lex = lexicons();
for (const [i, s] of sentences.entries()) {
  if (values.grep && !s.text.includes(values.grep)) continue;
  const t = s.tokens;
  const agencies = findAgencies(t);
  const places = findPlaces(t, known);
  const motions = lex.motions.scan(t, { place: new Map(places.map((p) => [p.start, p.end])), agency: new Map(agencies.map((a) => [a.start, a.end])) });
  const mentions = mentionsIn(s, referenceFor(body, values.published ?? null), known, i === sentences.length - 1);
  if (!motions.length && !mentions.length && !values.grep) continue;
  console.log(`\n[${s.index}] ${s.text}`);
  const span = (a: number, b: number) => t.slice(a, b).map((x) => x.text).join(' ');
  for (const m of motions) console.log(`   motion ${m.value.padEnd(8)} "${span(m.start, m.end)}"  <- ${m.pattern.source}`);
  for (const a of agencies) console.log(`   agency ${a.ids.join('/')} "${span(a.start, a.end)}" as ${a.role}`);
  for (const p of places) console.log(`   place  ${p.name} "${span(p.start, p.end)}" (${p.role})`);
  for (const c of findHeadCounts(t)) console.log(`   count  ${c.personnel ?? '-'} ${c.qualifier ?? ''} "${c.text}"${c.total ? ' total' : ''}${c.additional ? ' additional' : ''}`);
  for (const m of mentions) console.log(`   => ${m.action} [${m.agencies.join('/')}] (${m.agencySource}) n=${m.personnel ?? '-'} to=${m.places.join(';') || '-'} from=${m.origins.join(';') || '-'} date=${m.date?.date ?? '-'}${m.background ? ' background' : ''}${m.refersBack ? ' refers-back' : ''}`);
}
