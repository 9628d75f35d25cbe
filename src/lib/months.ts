// Month arithmetic on YYYY-MM strings, for the overview's bars, the From/To selects and the brush.

/** The months the overview draws: the span the record covers. */
export const RECORD_SPAN = ['2020-01', '2025-12'] as const;

/** The month n months after (or before, when negative) a YYYY-MM month. */
export function addMonths(month: string, n: number): string {
  const i = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `from` to `to`, both included; empty when `to` comes first. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}
