import type { DatePrecision, PersonnelQualifier } from '../schema/event.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date at its precision, as people write it: "March 5, 2020", "February 2020", "2020". */
export function formatDate(date: string | null, precision: DatePrecision | null): string {
  if (!date) return 'Date not known';
  const [y, m, d] = date.split('-').map(Number);
  if (precision === 'year' || !m) return String(y);
  if (precision === 'month' || !d) return `${MONTHS[m - 1]} ${y}`;
  return `${MONTHS[m - 1]} ${d}, ${y}`;
}

/** "about 100", "up to 600", "at least 75", "100"; null when no number was stated. */
export function formatPersonnel(personnel: number | null, qualifier: PersonnelQualifier | null): string | null {
  if (personnel == null) return null;
  const n = personnel.toLocaleString('en-US');
  return qualifier === 'approx' ? `about ${n}` : qualifier === 'up_to' ? `up to ${n}` : qualifier === 'at_least' ? `at least ${n}` : n;
}

/** The month heading id for a date: m-2020-02. */
export function monthAnchor(date: string): string {
  return `m-${date.slice(0, 7)}`;
}

/** The first day a partial date can mean, as a UTC date ("2020-02" is February 1, 2020). */
export function startOf(date: string | null, fallback = '2020-01-01'): Date {
  const [y, m, d] = (date ?? fallback).split('-').map(Number);
  return new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
}
