// The lexicons of src/data/lexicon/, compiled once into the tables the engine reads. Every line is
// checked as it loads: an unknown action, agency or section stops with the file and line.
import { Action, PersonnelQualifier } from '../../schema/event.ts';
import { AGENCY_IDS, type AgencyId } from '../../data/agency-tree.ts';
import { readLexicon, lexiconError, type LexiconLine } from './lexicon.ts';
import { compilePattern, PatternSet, type Pattern } from './pattern.ts';

function compile(at: LexiconLine, source: string | undefined): Pattern {
  if (!source) throw lexiconError(at, 'expected a pattern after the first field');
  try {
    return compilePattern(source);
  } catch (e) {
    throw lexiconError(at, (e as Error).message);
  }
}

function sections(name: string, allowed: readonly string[]): Map<string, LexiconLine[]> {
  const out = new Map<string, LexiconLine[]>(allowed.map((s) => [s, []]));
  for (const l of readLexicon(name)) {
    if (!l.section || !out.has(l.section)) throw lexiconError(l, `a line outside the sections ${allowed.join(', ')}`);
    out.get(l.section)!.push(l);
  }
  return out;
}

export interface Lexicons {
  motions: PatternSet<Action>;
  cues: Record<'plan' | 'done' | 'negation' | 'scope' | 'domain' | 'arrival' | 'hypothetical' | 'background' | 'separate' | 'launch' | 'habitual' | 'told', PatternSet<true>>;
  /** Agency names in file order: earlier lines are the more specific. */
  agencies: PatternSet<{ ids: AgencyId[]; rank: number }>;
  people: { person: Set<string>; force: Set<string>; not: Set<string>; forcePhrases: PatternSet<'force'> };
  qualifiers: PatternSet<PersonnelQualifier>;
  roles: Record<'helped' | 'title' | 'institution' | 'speech' | 'act' | 'recruiting' | 'command', PatternSet<true>>;
  places: {
    to: Set<string>;
    from: Set<string>;
    named: PatternSet<string>;
    sector: PatternSet<string>;
    described: PatternSet<true>;
    region: PatternSet<true>;
    not: Set<string>;
    outlet: PatternSet<true>;
  };
}

let loaded: Lexicons | null = null;

/** All lexicons, loaded on first use. */
export function lexicons(): Lexicons {
  if (loaded) return loaded;
  const motions = new PatternSet<Action>();
  for (const l of readLexicon('motions.txt')) {
    const action = Action.safeParse(l.fields[0]);
    if (!action.success) throw lexiconError(l, `"${l.fields[0]}" is not an action (${Action.options.join(', ')})`);
    motions.add(compile(l, l.fields.slice(1).join(' ')), action.data);
  }
  const cueLines = sections('cues.txt', ['plan', 'done', 'negation', 'scope', 'domain', 'arrival', 'hypothetical', 'background', 'separate', 'launch', 'habitual', 'told']);
  const cue = (s: string) => {
    const set = new PatternSet<true>();
    for (const l of cueLines.get(s)!) set.add(compile(l, l.fields.join(' ')), true);
    return set;
  };
  const agencies = new PatternSet<{ ids: AgencyId[]; rank: number }>();
  readLexicon('agencies.txt').forEach((l, rank) => {
    // NOT claims words that name no agency ("National Border Patrol Council"): an empty list of ids.
    const ids = l.fields[0] === 'NOT' ? [] : l.fields[0]!.split(',');
    const bad = ids.find((id) => !(AGENCY_IDS as readonly string[]).includes(id));
    if (bad) throw lexiconError(l, `"${bad}" is not an agency id (${AGENCY_IDS.join(', ')})`);
    agencies.add(compile(l, l.fields.slice(1).join(' ')), { ids: ids as AgencyId[], rank });
  });
  const peopleLines = sections('people.txt', ['person', 'force', 'not']);
  const words = (s: string) => new Set(peopleLines.get(s)!.filter((l) => !l.fields[0]!.includes(' ')).map((l) => l.fields[0]!.toLowerCase()));
  const forcePhrases = new PatternSet<'force'>();
  for (const s of ['person', 'force']) for (const l of peopleLines.get(s)!) if (l.fields[0]!.includes(' ')) forcePhrases.add(compile(l, l.fields[0]), 'force');
  const qualifiers = new PatternSet<PersonnelQualifier>();
  for (const l of readLexicon('qualifiers.txt')) {
    const q = PersonnelQualifier.safeParse(l.fields[0]);
    if (!q.success) throw lexiconError(l, `"${l.fields[0]}" is not a qualifier (${PersonnelQualifier.options.join(', ')})`);
    qualifiers.add(compile(l, l.fields.slice(1).join(' ')), q.data);
  }
  const placeLines = sections('places.txt', ['to', 'from', 'named', 'sector', 'described', 'region', 'not', 'outlet']);
  const byName = (section: string) => {
    const set = new PatternSet<string>();
    for (const l of placeLines.get(section)!) {
      const [name, ...rest] = l.fields;
      set.add(compile(l, rest.join(' ')), name!);
    }
    return set;
  };
  const named = byName('named');
  const sector = byName('sector');
  const set = (s: string) => {
    const p = new PatternSet<true>();
    for (const l of placeLines.get(s)!) p.add(compile(l, l.fields.join(' ')), true);
    return p;
  };
  const list = (s: string) => new Set(placeLines.get(s)!.map((l) => l.fields.join(' ').toLowerCase()));
  const roleLines = sections('roles.txt', ['helped', 'title', 'institution', 'speech', 'act', 'recruiting', 'command']);
  const role = (r: string) => {
    const p = new PatternSet<true>();
    for (const l of roleLines.get(r)!) p.add(compile(l, l.fields.join(' ')), true);
    return p;
  };
  loaded = {
    motions,
    roles: { helped: role('helped'), title: role('title'), institution: role('institution'), speech: role('speech'), act: role('act'), recruiting: role('recruiting'), command: role('command') },
    cues: { plan: cue('plan'), done: cue('done'), negation: cue('negation'), scope: cue('scope'), domain: cue('domain'), arrival: cue('arrival'), hypothetical: cue('hypothetical'), background: cue('background'), separate: cue('separate'), launch: cue('launch'), habitual: cue('habitual'), told: cue('told') },
    agencies,
    people: { person: words('person'), force: words('force'), not: words('not'), forcePhrases },
    qualifiers,
    places: { to: list('to'), from: list('from'), named, sector, described: set('described'), region: set('region'), not: list('not'), outlet: set('outlet') },
  };
  return loaded;
}
