// The period pages are the timeline's address book: every event lives on its month's page (its year's
// when only the year is known, "undated" when no date is). Browser code uses this too, so no imports.

/** The period page an event lives on: its month (YYYY-MM), its year when only that is known, or "undated". */
export function periodOf(date: string | null): string {
  return date ? date.slice(0, 7) : 'undated';
}

/** The period an id names by its date prefix ("2020-02-cbp-..." is 2020-02, "2021-ice-..." is 2021, "undated-..." undated). */
export function periodOfId(id: string): string | null {
  return /^(\d{4}-\d{2})-/.exec(id)?.[1] ?? /^(\d{4})-(?!\d)/.exec(id)?.[1] ?? (id.startsWith('undated') ? 'undated' : null);
}
