// Named operations: "Operation Palladium", "an operation it called "Charlotte's Web"", "Operation Midway Blitz".
const NAMED = /\bOperation\s+((?:[A-Z][\w'’-]*)(?:\s+(?:[A-Z][\w'’-]*|of|the|and))*(?:\s+[A-Z][\w'’-]*)?)/g;
const CALLED = /\b(?:operation|crackdown|surge|effort|initiative|campaign)\s+(?:that\s+)?(?:it\s+|officials\s+|DHS\s+|the\s+agency\s+)?(?:called|named|dubbed|known\s+as|nicknamed)\s+["“]([^"”]{2,40})["”]/gi;

/** Operation names a sentence states, as "Operation X". */
export function findOperations(sentence: string): string[] {
  const out: string[] = [];
  for (const m of sentence.matchAll(NAMED)) {
    const name = m[1]!.replace(/\s+(?:of|the|and)$/, '').trim();
    if (/^(?:Lone Star|Warp Speed)$/.test(name) && !/\bimmigra|\bborder|\bdeport/i.test(sentence)) continue;
    out.push(`Operation ${name}`);
  }
  for (const m of sentence.matchAll(CALLED)) {
    const name = m[1]!.replace(/[.,]$/, '').trim();
    out.push(/^Operation\b/i.test(name) ? name : `Operation ${name}`);
  }
  return [...new Set(out)];
}
