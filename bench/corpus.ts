// A deterministic synthetic corpus: N articles of realistic length and noise (dateline, repeated byline,
// caption, teaser block), each reporting zero to two redeployments. Every article's first line marks it
// SYNTHETIC; the corpus is written to a temp folder by the benchmark and never committed as content.
const CITIES = ['Chicago', 'Los Angeles', 'Houston', 'Phoenix', 'Denver', 'Atlanta', 'Boston', 'Seattle', 'Portland, Oregon', 'Newark, New Jersey', 'Charlotte, North Carolina', 'New Orleans', 'Minneapolis', 'Detroit', 'San Diego', 'Dallas', 'Miami', 'Memphis, Tennessee', 'Nashville', 'Baltimore'];
const AGENCIES = ['Immigration and Customs Enforcement', 'Border Patrol', 'U.S. Customs and Border Protection', 'the U.S. Marshals Service', 'the Drug Enforcement Administration', 'National Guard', 'the Federal Protective Service', 'the Bureau of Prisons'];
const NOUNS = ['officers', 'agents', 'troops', 'personnel', 'special agents'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FILLER = [
  'Local officials said they had not been told how long the deployment would last.',
  'Advocates for immigrants criticized the move and said it would spread fear in neighborhoods.',
  'The department did not respond to a request for comment on Friday evening.',
  'City council members met late into the night to discuss the budget for parks and libraries.',
  'Residents described long lines outside the courthouse as the hearings continued.',
  'A spokesperson said the agency routinely moves staff to meet operational needs.',
  'The governor said the state would review its options, including a lawsuit.',
  'Crossings at the southern border have fallen sharply over the past year, according to agency data.',
];

/** mulberry32: a small seeded PRNG, so the same seed always gives the same corpus. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticArticle { name: string; text: string; published: string }

/** The i-th article of the corpus for a seed. */
export function article(i: number, seed = 1): SyntheticArticle {
  const r = rng(seed * 1_000_003 + i);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const year = 2020 + Math.floor(r() * 6);
  const month = 1 + Math.floor(r() * 12);
  const day = 1 + Math.floor(r() * 27);
  const published = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const author = `${pick(['Ana', 'Ben', 'Chen', 'Dara', 'Eli'])} ${pick(['Lopez', 'Smith', 'Nguyen', 'Okafor', 'Reyes'])}`;
  const lines = [`SYNTHETIC ARTICLE ${i} (benchmark corpus, not a real report)`, '', `By ${author}`, author, `${MONTHS[month - 1]} ${day}, ${year}`, ''];
  const events = Math.floor(r() * 3);
  for (let k = 0; k < events; k++) {
    const n = 20 + Math.floor(r() * 980);
    const city = pick(CITIES);
    lines.push(`${pick(AGENCIES)} sent ${pick(['about ', 'roughly ', 'up to ', ''])}${n} ${pick(NOUNS)} to ${city} on ${MONTHS[month - 1]} ${Math.max(1, day - k)}, ${year}, officials said.`, '');
    lines.push(pick(FILLER), '');
  }
  const paragraphs = 12 + Math.floor(r() * 18);
  for (let k = 0; k < paragraphs; k++) lines.push(`${pick(FILLER)} ${pick(FILLER)} ${pick(FILLER)}`, '');
  lines.push('Photo: Agents outside a federal building. (Getty Images)', '', 'You May Also Like', '', 'Council approves new park budget', 'Storm knocks out power to thousands');
  return { name: `synthetic-${String(i).padStart(5, '0')}.txt`, text: lines.join('\n'), published };
}
