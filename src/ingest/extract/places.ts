import { findCity } from '../../data/gazetteer.ts';
import { US_STATES, stateCode, stateName } from '../../data/us-states.ts';

// Places count as destinations after these words; after "from" they are where people come from.
const TO = String.raw`(?:to|in|into|across|throughout|at|around|toward|towards|on|from)`;
const STATE_WORD = US_STATES.flatMap(([, name, ap]) => [name, ap]).map((s) => s.replace(/\./g, '\\.')).join('|');
// A capitalised name of one to four words, allowing "St." and hyphens.
const NAME = String.raw`(?:St\.\s|Ft\.\s)?[A-Z][a-zA-Z'’-]+(?:\s+[A-Z][a-zA-Z'’-]+){0,3}`;
const CITY_STATE = new RegExp(String.raw`(${NAME}),\s+(${STATE_WORD}|[A-Z]{2})(?![a-z])`, 'g');
const LIST_ITEM = new RegExp(String.raw`(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?(${NAME})(?:,\s+(${STATE_WORD}|[A-Z]{2})(?![a-z]))?`, 'y');
const AFTER_TO = new RegExp(String.raw`\b${TO}\s+(?:the\s+(?:cities\s+of\s+|city\s+of\s+|state\s+of\s+)?|cities\s+(?:like|such\s+as|including)\s+|(?:sanctuary\s+)?cities\s+including\s+)?(${NAME})(?:,\s+(${STATE_WORD}|[A-Z]{2})(?![a-z]))?`, 'g');
const BORDER_SOUTH = /\b(?:to|at|along|on|toward|towards|near|for|reinforce|secure|surge\w*\s+to)\s+(?:the\s+)?(?:nation['’]s\s+)?(?:southern|southwest(?:ern)?|south(?:west)?|U\.?S\.?[-–\s]Mexic(?:o|an)|Mexican)\s+border\b|\b(?:to|at|along|on)\s+the\s+border\s+with\s+Mexico\b/i;
const BORDER_NORTH = /\b(?:to|at|along|on|toward|towards|near|for|reinforce|secure)\s+(?:the\s+)?(?:nation['’]s\s+)?(?:northern|U\.?S\.?[-–\s]Canad(?:a|ian)|Canadian)\s+border\b|\b(?:to|at|along|on)\s+the\s+border\s+with\s+Canada\b/i;

// Capitalised words that are also the names of small US places but almost never mean one in this news.
const NOT_PLACES = new Set([
  'police', 'mobile', 'homeland', 'federal', 'white house', 'congress', 'senate', 'house', 'trump', 'biden', 'president', 'customs', 'border',
  'patrol', 'guard', 'national', 'marshall', 'wolf', 'march', 'may', 'june', 'august', 'friday', 'monday', 'sunday', 'tuesday', 'wednesday', 'thursday', 'saturday',
  'america', 'american', 'democrats', 'republicans', 'justice', 'union', 'independence', 'liberty', 'commerce', 'enterprise', 'pentagon', 'capitol', 'the',
  'department', 'division', 'agents', 'officers', 'immigration', 'enforcement', 'operation', 'sanctuary', 'troops', 'state', 'states', 'city', 'cities', 'county',
  'reuters', 'washington post', 'new york times', 'times', 'post', 'fox', 'news', 'abc', 'cbs', 'nbc', 'cnn', 'npr', 'ice', 'cbp', 'dhs', 'marines', 'army', 'navy',
]);
const SMALL_PLACE_MIN = 100_000; // a bare city name without its state must be a large city to count

export interface PlaceMentions { places: string[]; origins: string[] }

function cityName(name: string, state: string | null): string | null {
  const n = name.replace(/^(?:the|The)\s+/, '').trim();
  if (NOT_PLACES.has(n.toLowerCase())) return null;
  if (/^(New York|NYC|New York City)$/.test(n) && (!state || state === 'NY')) return 'New York, NY';
  if (/^Washington$/.test(n) && (!state || state === 'DC')) return 'Washington, DC';
  const city = findCity(n, state);
  if (!city) return null;
  if (!state && city.population < SMALL_PLACE_MIN) return null;
  return `${city.name}, ${city.state}`;
}

/** A state written out as a destination ("to Texas and Arizona"), as the site stores it: its full name. */
function stateDestination(word: string): string | null {
  const code = stateCode(word);
  if (!code || code === 'DC') return code === 'DC' ? 'Washington, DC' : null;
  return stateName(code);
}

function resolve(name: string, stateWord: string | undefined): string | null {
  const state = stateWord ? stateCode(stateWord) : null;
  if (stateWord && !state) return null;
  if (/^(D\.C\.|DC|the District|District of Columbia)$/.test(name)) return 'Washington, DC';
  const city = cityName(name, state);
  if (city) return city;
  if (!stateWord) return stateDestination(name);
  return null;
}

/** True when the place at `index` follows "from" (where people come from), not "to". */
function isOrigin(sentence: string, index: number): boolean {
  const before = sentence.slice(Math.max(0, index - 60), index);
  // "drawn from offices in Atlanta": a place inside a from-phrase is still where people come from.
  if (/\bfrom\s+(?:[\w-]+\s+){0,3}(?:in|at)\s+$/.test(before)) return true;
  const from = before.lastIndexOf(' from ');
  const to = Math.max(before.lastIndexOf(' to '), before.lastIndexOf(' in '), before.lastIndexOf(' into '));
  return from >= 0 && from > to;
}

/** Destinations and origins a sentence names: cities as "City, ST", states by name, and the two borders. */
export function findPlaces(sentence: string): PlaceMentions {
  const places: string[] = [];
  const origins: string[] = [];
  const add = (p: string | null, index: number) => {
    if (!p) return;
    const list = isOrigin(sentence, index) ? origins : places;
    if (!list.includes(p)) list.push(p);
  };
  // "Portland, Oregon", "Newark, N.J.": a city pinned by its state, wherever it stands.
  for (const m of sentence.matchAll(CITY_STATE)) {
    // "Boston, New York, Detroit": New York and Washington inside a list are cities, not states.
    if (/^(New York|Washington)$/.test(m[2]!) && /^,\s+(?:and\s+)?[A-Z]/.test(sentence.slice(m.index + m[0].length))) {
      add(resolve(m[1]!, undefined), m.index);
      add(cityName(m[2]!, null), m.index);
      continue;
    }
    add(resolve(m[1]!, m[2]), m.index);
  }
  // "to Chicago and New York", "in San Francisco, Los Angeles, Atlanta ... and Newark, New Jersey"
  for (const m of sentence.matchAll(AFTER_TO)) {
    const first = resolve(m[1]!, m[2]);
    if (!first && !/^(?:the\s+)?(?:District|D\.C\.)$/.test(m[1]!)) continue;
    const at = m.index + m[0].indexOf(m[1]!);
    add(first ?? 'Washington, DC', at);
    LIST_ITEM.lastIndex = m.index + m[0].length;
    let item: RegExpExecArray | null;
    while ((item = LIST_ITEM.exec(sentence))) {
      const p = resolve(item[1]!, item[2]);
      if (!p) break;
      add(p, at);
    }
  }
  if (/\b(?:D\.C\.|Washington,\s+DC)\b/.test(sentence) && /\b(?:to|in|into)\s+(?:Washington|the\s+District|D\.C\.)/.test(sentence)) add('Washington, DC', sentence.search(/\b(?:to|in|into)\s+(?:Washington|the\s+District|D\.C\.)/));
  const south = BORDER_SOUTH.exec(sentence);
  if (south) add('US-Mexico border', south.index);
  const north = BORDER_NORTH.exec(sentence);
  if (north) add('US-Canada border', north.index);
  return { places, origins };
}

/** Every big city a sentence lists ("Boston, New York, Detroit, Chicago and Newark are among ..."), preposition or not. */
export function findCityList(sentence: string): string[] {
  const re = new RegExp(String.raw`(${NAME})(?:,\s+(${STATE_WORD}|[A-Z]{2})(?![a-z]))?`, 'g');
  const out: string[] = [];
  for (const m of sentence.matchAll(re)) {
    const listed = m[2] && /^(New York|Washington)$/.test(m[2]) && /^,\s+(?:and\s+)?[A-Z]/.test(sentence.slice(m.index + m[0].length));
    const found = listed ? [resolve(m[1]!, undefined), cityName(m[2]!, null)] : [resolve(m[1]!, m[2])];
    for (const p of found) if (p && /,\s[A-Z]{2}$/.test(p) && !out.includes(p)) out.push(p);
  }
  return out;
}
