// The error report for one article: what the gold says and what the extractor said, side by side,
// with the sentence each quotes, so the next fix is plain to see.
import { jaccard, matches, mismatches, overlap, pair, type ScoredEvent } from './match.ts';

export interface ArticleScore {
  article: string;
  gold: number;
  predicted: number;
  found: number;
  correct: number;
  lines: string[];
  fields: Record<'date' | 'personnel' | 'places' | 'action', [number, number]>;
}

const clip = (s: string, n = 220) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n)}…` : t;
};

export function describe(e: ScoredEvent): string {
  const count = e.personnel != null ? `${e.personnel_qualifier && e.personnel_qualifier !== 'exact' ? `${e.personnel_qualifier} ` : ''}${e.personnel}` : '-';
  return [e.date ? `${e.date} (${e.date_precision})` : 'undated', e.agencies.join('/') || '(no agency)', e.action, count, e.places.join('; ') || '(no place)', e.operation ?? ''].filter(Boolean).join(' | ');
}

/** Scores one article the scorer's way and writes the lines that explain each miss, false event and wrong field. */
export function scoreArticle(article: string, goldEvents: ScoredEvent[], predicted: ScoredEvent[]): ArticleScore {
  const optional = goldEvents.filter((g) => g.optional);
  const core = goldEvents.filter((g) => !g.optional);
  // As the scorer: predictions that match only an optional gold event are neither right nor wrong.
  const pred = predicted.filter((p) => core.some((g) => matches(g, p)) || !optional.some((g) => matches(g, p)));
  const pairs = pair(core, pred);
  const lines: string[] = [];
  const fields: ArticleScore['fields'] = { date: [0, 0], personnel: [0, 0], places: [0, 0], action: [0, 0] };
  core.forEach((g, k) => {
    const p = pred[pairs[k]!];
    if (!p) {
      // The prediction that quotes the same sentence, if any, says what was wrong with it.
      const near = pred.map((x) => ({ x, o: overlap(g, x) })).filter(({ o }) => o >= 0.5).sort((a, b) => b.o - a.o)[0]?.x;
      lines.push(`  MISSED  ${describe(g)}`, `          gold: "${clip(g.evidence)}"`);
      if (near) lines.push(`          nearest prediction differs in ${mismatches(g, near).join(', ')}: ${describe(near)}`);
      return;
    }
    const wrong: string[] = [];
    if (g.date) { fields.date[1]++; if (p.date === g.date && p.date_precision === g.date_precision) fields.date[0]++; else wrong.push('date'); }
    if (g.personnel != null) { fields.personnel[1]++; if (p.personnel === g.personnel) fields.personnel[0]++; else wrong.push('personnel'); }
    if (g.places?.length) {
      fields.places[1]++;
      const share = jaccard(g.places, p.places);
      fields.places[0] += share;
      if (share < 1) wrong.push('places');
    }
    fields.action[1]++;
    if (p.action === g.action) fields.action[0]++; else wrong.push('action');
    if (wrong.length) {
      lines.push(`  FIELDS  ${wrong.join(', ')} wrong`, `          gold: ${describe(g)}`, `          got:  ${describe(p)}`, `          gold: "${clip(g.evidence, 160)}"`, `          got:  "${clip(p.evidence, 160)}"`);
    }
  });
  pred.forEach((p) => {
    if (core.some((g) => matches(g, p))) return;
    lines.push(`  FALSE   ${describe(p)}`, `          "${clip(p.evidence)}"`);
  });
  return {
    article,
    gold: core.length,
    predicted: pred.length,
    found: pairs.filter((i) => i >= 0).length,
    correct: pred.filter((p) => core.some((g) => matches(g, p))).length,
    lines,
    fields,
  };
}
