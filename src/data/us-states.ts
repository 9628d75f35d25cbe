// US states and DC: postal code, full name, and the AP style abbreviations newsrooms write ("Ore.", "Calif.").
// Source: USPS state abbreviations and the AP Stylebook's state abbreviations.
export const US_STATES: ReadonlyArray<readonly [code: string, name: string, ap: string]> = [
  ['AL', 'Alabama', 'Ala.'], ['AK', 'Alaska', 'Alaska'], ['AZ', 'Arizona', 'Ariz.'], ['AR', 'Arkansas', 'Ark.'],
  ['CA', 'California', 'Calif.'], ['CO', 'Colorado', 'Colo.'], ['CT', 'Connecticut', 'Conn.'], ['DE', 'Delaware', 'Del.'],
  ['DC', 'District of Columbia', 'D.C.'], ['FL', 'Florida', 'Fla.'], ['GA', 'Georgia', 'Ga.'], ['HI', 'Hawaii', 'Hawaii'],
  ['ID', 'Idaho', 'Idaho'], ['IL', 'Illinois', 'Ill.'], ['IN', 'Indiana', 'Ind.'], ['IA', 'Iowa', 'Iowa'],
  ['KS', 'Kansas', 'Kan.'], ['KY', 'Kentucky', 'Ky.'], ['LA', 'Louisiana', 'La.'], ['ME', 'Maine', 'Maine'],
  ['MD', 'Maryland', 'Md.'], ['MA', 'Massachusetts', 'Mass.'], ['MI', 'Michigan', 'Mich.'], ['MN', 'Minnesota', 'Minn.'],
  ['MS', 'Mississippi', 'Miss.'], ['MO', 'Missouri', 'Mo.'], ['MT', 'Montana', 'Mont.'], ['NE', 'Nebraska', 'Neb.'],
  ['NV', 'Nevada', 'Nev.'], ['NH', 'New Hampshire', 'N.H.'], ['NJ', 'New Jersey', 'N.J.'], ['NM', 'New Mexico', 'N.M.'],
  ['NY', 'New York', 'N.Y.'], ['NC', 'North Carolina', 'N.C.'], ['ND', 'North Dakota', 'N.D.'], ['OH', 'Ohio', 'Ohio'],
  ['OK', 'Oklahoma', 'Okla.'], ['OR', 'Oregon', 'Ore.'], ['PA', 'Pennsylvania', 'Pa.'], ['RI', 'Rhode Island', 'R.I.'],
  ['SC', 'South Carolina', 'S.C.'], ['SD', 'South Dakota', 'S.D.'], ['TN', 'Tennessee', 'Tenn.'], ['TX', 'Texas', 'Texas'],
  ['UT', 'Utah', 'Utah'], ['VT', 'Vermont', 'Vt.'], ['VA', 'Virginia', 'Va.'], ['WA', 'Washington', 'Wash.'],
  ['WV', 'West Virginia', 'W.Va.'], ['WI', 'Wisconsin', 'Wis.'], ['WY', 'Wyoming', 'Wyo.'], ['PR', 'Puerto Rico', 'P.R.'],
];

const byWord = new Map<string, string>();
for (const [code, name, ap] of US_STATES) {
  byWord.set(name.toLowerCase(), code);
  byWord.set(ap.toLowerCase(), code);
  byWord.set(ap.toLowerCase().replace(/\./g, ''), code);
}

/** Postal code for a state written as a name, an AP abbreviation or a postal code; null otherwise. */
export function stateCode(word: string): string | null {
  const w = word.trim().toLowerCase();
  if (/^[a-z]{2}$/.test(w)) {
    const up = w.toUpperCase();
    return US_STATES.some(([c]) => c === up) ? up : null;
  }
  return byWord.get(w) ?? byWord.get(w.replace(/\./g, '')) ?? null;
}

/** Full name of a state by postal code. */
export function stateName(code: string): string | null {
  return US_STATES.find(([c]) => c === code)?.[1] ?? null;
}
