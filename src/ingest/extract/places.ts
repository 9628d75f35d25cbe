// Places a sentence names, resolved against the gazetteer ("City, ST", states by name, the two
// borders, foreign countries), and what each is to a move: where people go, or where they come from.
import { createRequire } from 'node:module';
import { findCity } from '../../data/gazetteer.ts';
import { stateCode, stateName } from '../../data/us-states.ts';
import { lexicons } from './lexicons.ts';
import type { Token } from './nlp.ts';

export type PlaceRole = 'to' | 'from' | 'none';

export interface PlaceMention { name: string; start: number; end: number; role: PlaceRole }

/** Cities named with their state elsewhere in the article: a bare "Eagle Pass" later is that one. */
export type KnownCities = Map<string, string>;

// A bare city name without its state must be a large city to count, unless the article names its state.
const SMALL_PLACE_MIN = 100_000;
const MAX_NAME = 4;

interface Countries { getNames(lang: string, opts: { select: 'alias' | 'official' | 'all' }): Record<string, string | string[]> }
let countries: Map<string, string> | null = null;
function countryNames(): Map<string, string> {
  if (countries) return countries;
  const require = createRequire(import.meta.url);
  const lib = require('i18n-iso-countries') as Countries & { registerLocale(l: unknown): void };
  lib.registerLocale(require('i18n-iso-countries/langs/en.json'));
  countries = new Map();
  for (const [code, names] of Object.entries(lib.getNames('en', { select: 'all' }))) {
    // The United States is where every move happens; it is never a destination of its own.
    if (code === 'US') continue;
    const list = Array.isArray(names) ? names : [names];
    for (const n of list) countries.set(n.toLowerCase(), list[0]!);
  }
  return countries;
}

const capitalized = (t: Token | undefined) => Boolean(t && /^\p{Lu}/u.test(t.text) && /\p{L}/u.test(t.text));
// After a city's comma, a state is written out, in AP style with its period, or as a postal code in capitals: "Del Rio" is no "Del.".
const isStateWord = (t: Token | undefined) => Boolean(t && stateCode(t.text) && t.text !== 'L.A.' && (t.text.length > 3 || t.text.endsWith('.') || /^[A-Z]{2}$/.test(t.text)));

/** The state named at token k ("Texas", "Ore.", "New Mexico", "N.C."), with where it ends. */
function stateAt(tokens: readonly Token[], k: number): { code: string; end: number } | null {
  for (let len = 3; len >= 1; len--) {
    const words = tokens.slice(k, k + len);
    if (words.length < len || !words.every(capitalized) || (len === 1 && !isStateWord(words[0]))) continue;
    const code = stateCode(words.map((w) => w.text).join(' '));
    if (code) return { code, end: k + len };
  }
  return null;
}

function roleBefore(tokens: readonly Token[], start: number): PlaceRole {
  const { to, from } = lexicons().places;
  let reach = 5;
  for (let k = start - 1; k >= Math.max(0, start - reach); k--) {
    const t = tokens[k]!;
    if (from.has(t.lower)) return 'from';
    // "sent from sectors in Washington state": a place inside a from-phrase is still where people come from.
    if (/^(?:in|at|along|near|on)$/.test(t.lower)) {
      // The nearest "from" within seven words, with no "to" or "into" after it.
      let f = -1;
      for (let j = k - 1; j >= Math.max(0, k - 7); j--) if (from.has(tokens[j]!.lower)) { f = j; break; }
      if (f >= 0 && !tokens.slice(f + 1, k).some((x) => /^(?:to|into|toward|towards)$/.test(x.lower))) return 'from';
    }
    // "a union based in San Diego": where someone is based is no destination.
    if ((t.lower === 'in' || t.lower === 'at') && /^(?:based|headquartered|located|born|raised|lives|living)$/.test(tokens[k - 1]?.lower ?? '')) return 'none';
    if (to.has(t.lower)) return 'to';
    // "to areas hit hard including Miami", "from sectors such as San Diego": the list takes the phrase's role.
    if (/^(?:including|like|among|covers|covering|spanning|encompassing)$/.test(t.lower) || (t.lower === 'as' && tokens[k - 1]?.lower === 'such')) {
      reach = start - k + 8;
      continue;
    }
    if (reach > 5) continue;
    // "to the cities of Chicago", "in nearby Kenner", "across the state of Texas".
    if (!/^(?:the|city|cities|state|states|of|nearby|neighboring|neighbouring|downtown|suburban|greater|sanctuary|,|and|or|like|such|as|including|areas|area|parts)$/.test(t.lower) && t.pos !== 'ADJ') return 'none';
  }
  return 'none';
}

/** The places of a sentence's tokens, in order, each with its role. */
export function findPlaces(tokens: readonly Token[], known: KnownCities = new Map(), skip: ReadonlySet<number> = new Set()): PlaceMention[] {
  const lex = lexicons().places;
  const out: PlaceMention[] = [];
  const taken = tokens.map((_t, k) => skip.has(k));
  for (const m of lex.named.scan(tokens)) {
    if (taken.slice(m.start, m.end).some(Boolean)) continue;
    for (let k = m.start; k < m.end; k++) taken[k] = true;
    out.push({ name: m.value, start: m.start, end: m.end, role: roleBefore(tokens, m.start) });
  }
  const regionAfter = (end: number) => lex.region.scan(tokens.slice(end, end + 3)).some((m) => m.start === 0);
  // "the Swanton Sector", "El Paso sector": a Border Patrol sector is the town it is named after.
  for (const m of lex.sector.scan(tokens)) {
    if (!/^sectors?$/i.test(tokens[m.end]?.text ?? '') || taken.slice(m.start, m.end).some(Boolean)) continue;
    for (let k = m.start; k < m.end + 1; k++) taken[k] = true;
    out.push({ name: m.value, start: m.start, end: m.end + 1, role: 'none' });
  }
  for (let k = 0; k < tokens.length; k++) {
    if (taken[k] || !capitalized(tokens[k])) continue;
    let found: PlaceMention | null = null;
    // "the New York Times reported": a news outlet's name, no place in it.
    let outletEnd = -1;
    // The longest name first: "Kansas City" before "Kansas", "New Orleans" before "New".
    for (let len = Math.min(MAX_NAME, tokens.length - k); len >= 1 && !found; len--) {
      const words = tokens.slice(k, k + len);
      if (!words.every((w, i) => capitalized(w) || (i > 0 && i < len - 1 && /^(?:of|de|del|la|el)$/.test(w.lower))) || words.some((_w, i) => taken[k + i])) continue;
      const name = words.map((w) => w.text).join(' ').replace(/ ([.'’])/g, '$1').replace(/^St /, 'St. ');
      const lower = name.toLowerCase();
      if (lex.not.has(lower)) continue;
      let end = k + len;
      const outlet = capitalized(tokens[end]) ? lex.outlet.startingAt(tokens, end)[0] : undefined;
      if (outlet) {
        outletEnd = outlet.end;
        break;
      }
      // "Portland, Ore.", "Newark, New Jersey": a city pinned by its state.
      if (tokens[end]?.text === ',' && (isStateWord(tokens[end + 1]) || stateAt(tokens, end + 1))) {
        const st = stateAt(tokens, end + 1);
        const city = st && pinnedCity(tokens, name, st);
        if (st && city) {
          found = { name: `${city.name}, ${city.state}`, start: k, end: st.end, role: 'none' };
          break;
        }
        // "San Ysidro, California": a place pinned by its state is a place, gazetteer or not.
        if (st && len <= 3 && !stateCode(name) && !countryNames().has(lower) && !listedBeside(tokens, name, st)) {
          found = { name: `${name}, ${st.code}`, start: k, end: st.end, role: 'none' };
          break;
        }
      }
      if (/^(?:Washington|D\.C\.|DC)$/.test(name) && !/^state$/i.test(tokens[end]?.text ?? '')) {
        found = { name: 'Washington, DC', start: k, end, role: 'none' };
        break;
      }
      // "Chicago and New York" is the city; "eastern New York", "New York State" the state.
      if (name === 'New York' && !/^(?:state|State)$/.test(tokens[end]?.text ?? '') && !/^(?:eastern|western|upstate|northern|southern|central|rural)$/i.test(tokens[k - 1]?.text ?? '') && !(tokens[k - 2]?.lower === 'state' && tokens[k - 1]?.lower === 'of')) {
        found = { name: 'New York, NY', start: k, end, role: 'none' };
        break;
      }
      if (/^(?:New York City|NYC)$/.test(name)) {
        found = { name: 'New York, NY', start: k, end, role: 'none' };
        break;
      }
      // A state on its own is written out or in AP style ("Texas", "Ore."), never as a bare two-letter word ("In", "Me").
      const code = len <= 3 && (name.length > 3 || name.endsWith('.')) ? stateCode(name) : null;
      if (code) {
        found = { name: code === 'DC' ? 'Washington, DC' : stateName(code)!, start: k, end, role: 'none' };
        break;
      }
      const country = countryNames().get(lower);
      // "Chad Wolf", "Jordan Williams": a country's name before another capitalised word is a person's.
      if (country && !(capitalized(tokens[end]) && !isStateWord(tokens[end]) && tokens[end]?.pos === 'PROPN')) {
        found = { name: country, start: k, end, role: 'none' };
        break;
      }
      const pinned = known.get(lower);
      if (pinned) {
        found = { name: pinned, start: k, end, role: 'none' };
        break;
      }
      const city = findCity(name, null);
      if (city && (city.population >= SMALL_PLACE_MIN || regionAfter(end))) found = { name: `${city.name}, ${city.state}`, start: k, end, role: 'none' };
    }
    if (outletEnd > 0) {
      k = outletEnd - 1;
      continue;
    }
    if (!found) continue;
    for (let j = found.start; j < found.end; j++) taken[j] = true;
    out.push(found);
    k = found.end - 1;
  }
  out.sort((a, b) => a.start - b.start);
  // A list continues its first item's role: "to Chicago, New York and Detroit".
  out.forEach((p, i) => {
    const prev = out[i - 1];
    const between = prev ? tokens.slice(prev.end, p.start).map((t) => t.lower).join(' ') : '';
    if (prev && /^(?:,|and|or|, and|, or|,\s*)$/.test(between.trim())) p.role = prev.role;
    else p.role = roleBefore(tokens, p.start);
  });
  return out;
}

/**
 * The city "Name, State" names. "Boston, New York, Detroit and Chicago" is a list of cities, not the town of
 * Boston, N.Y.: a state that is also a city's name, with the list going on after it, pins only a city about
 * as big as the one the name means anywhere else.
 */
function pinnedCity(tokens: readonly Token[], name: string, st: { code: string; end: number }) {
  return listedBeside(tokens, name, st) ? null : findCity(name, st.code);
}

function listedBeside(tokens: readonly Token[], name: string, st: { code: string; end: number }): boolean {
  if (!/^(?:,|and|or)$/.test(tokens[st.end]?.lower ?? '')) return false;
  // "Georgia, Idaho, Iowa, Louisiana, Nebraska": a state's name before another state, in a list, is the state.
  if (stateCode(name) && !/^(?:NY|DC)$/.test(stateCode(name)!)) return true;
  if (!/^(?:NY|DC)$/.test(st.code)) return false;
  const there = findCity(name, st.code);
  const elsewhere = findCity(name, null);
  return Boolean(elsewhere && elsewhere.state !== st.code && elsewhere.population > 10 * (there?.population ?? 0));
}

/** "City, ST" pairs an article writes out, so its bare mentions of the same city resolve. */
export function citiesPinned(sentences: ReadonlyArray<{ tokens: readonly Token[] }>): KnownCities {
  const known: KnownCities = new Map();
  for (const s of sentences) {
    const t = s.tokens;
    for (let k = 0; k + 2 < t.length; k++) {
      if (t[k + 1]!.text !== ',' || !isStateWord(t[k + 2])) continue;
      // The name before the comma, one to three capitalised words.
      for (let len = 3; len >= 1; len--) {
        const words = t.slice(k - len + 1, k + 1);
        if (words.length < len || !words.every(capitalized)) continue;
        const name = words.map((w) => w.text).join(' ');
        const st = stateAt(t, k + 2);
        const city = st && pinnedCity(t, name, st);
        if (city) {
          known.set(name.toLowerCase(), `${city.name}, ${city.state}`);
          break;
        }
      }
    }
  }
  return known;
}
