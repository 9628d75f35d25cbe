// The entry format, content/articles/<slug>.md, in one place: the ingest writes entries with it (at ingest
// time), the content loader and the article pages read them with it (at build time).
export { entryBody, parseEntry, stringifyEntry, type Entry } from './frontmatter.ts';
export { readYaml, writeYaml } from './yaml.ts';
export { writeAtomic } from './atomic.ts';
