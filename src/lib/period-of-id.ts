/** The period an id names by its date prefix ("2020-02-cbp-..." is 2020-02, "2021-ice-..." is 2021, "undated-..." undated). */
export function periodOfId(id: string): string | null {
  return /^(\d{4}-\d{2})-/.exec(id)?.[1] ?? /^(\d{4})-(?!\d)/.exec(id)?.[1] ?? (id.startsWith('undated') ? 'undated' : null);
}
