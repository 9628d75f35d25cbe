import type { Action } from '../../schema/event.ts';

// Words that say personnel are being moved. Each pattern maps to the action it states.
const TRIGGERS: ReadonlyArray<readonly [Action, RegExp]> = [
  ['deputize', /\bdeputi[sz](?:e|ed|es|ing|ation)\b|\bcross-designat\w*|\b(?:gave|give|gives|giving|granted|grant|grants|given)\b[^;]{0,220}?\bauthority\s+to\s+(?:investigate|research|arrest|apprehend|detain|enforce|make\s+(?:immigration\s+)?arrests)|\bauthori[sz]ed\s+to\s+(?:enforce\s+immigration|make\s+immigration\s+arrests|arrest)|\b(?:assist|help|support)\s+with\s+immigration\s+enforcement\b/i],
  ['withdraw', /\b(?:withdr[ae]w\w*|pull(?:ed|ing|s)?\s+out|sent\s+home|sending\s+home|demobili[sz]\w+|drawdown|draw(?:ing|s)?\s+down|end(?:ed|ing|s)?\s+(?:the|their|its)\s+deployment|released\s+from\s+(?:federal\s+)?(?:service|duty)|return(?:ed|ing)?\s+home)\b/i],
  ['reassign', /\breassign\w*|\breassignments?\b|\b(?:moved?|moving|shift(?:ed|ing)?|pull(?:ed|ing)?)\s+(?:\w+\s+){0,3}(?:from|off)\s+(?:their\s+)?desk|\b(?:leav\w+|leave)\s+their\s+desks|\b(?:moved?|moving|sent|return\w*|re-enter\w*|reenter\w*|get\s+back\s+onto)\s+(?:\w+\s+){0,2}(?:to\s+|into\s+|onto\s+)?the\s+(?:field|streets)\b|\bdetail(?:ed|s)?\s+to\b|\bserve\s+on\s+(?:short-term|temporary)\b|\b(?:short-term|temporary)\s+(?:\w+\s+)?(?:details?|particulars|assignments?)\b|\btransfer(?:red|ring|s)?\b|\btransfer\s+of\b|\bdetailees?\b|\bdetail(?:ed|ing)\s+(?:(?:about|some|roughly|nearly|more\s+than|up\s+to)\s+)?(?:\d[\d,]*|dozens|hundreds|several|its|their)\b|\b(?:were|was|been|being)\s+(?:temporarily\s+)?detailed\b|\b\d+-day\s+(?:details?|deployments?|assignments?)\b|\btemporary\s+duty\b|\bTDY\b|\b(?:re)?assigned\s+to\s+(?:help|assist|support|work)\b/i],
  // "Arrests surged" or "a surge of migrants" is not a surge of personnel: the people must be named nearby.
  ['surge', /\bsurg(?:e|ed|es|ing)\s+(?:of\s+|in\s+)?(?:(?:more|additional|federal|extra|\d[\d,]*)\s+)*(?:agents|officers|troops|personnel|resources|law\s+enforcement|forces)\b|\bsurg(?:ed|ing)\s+(?:\w+\s+){0,4}(?:agents|officers|troops|personnel)\s+(?:to|into)\b|\b(?:agents|officers|troops|personnel)\s+surge\b|\bflood(?:ed|ing|s)?\s+(?:the\s+)?(?:streets|city|cities|\w+\s+with\s+agents)/i],
  ['deploy', /\b(?:re)?deploy(?:ed|ing|s|ment|ments)?\b|\bdispatch(?:ed|es|ing)?\b|\bsen(?:d|ds|ding|t)\b|\bredirect(?:ed|ing|s)?\b|\bmobili[sz](?:e|ed|es|ing)\b|\bactivat(?:e|ed|es|ing)\b|\bcall(?:ed|ing)?\s+up\b|\bbrought\s+in\b|\bbring(?:ing)?\s+in\b|\barriv(?:e|ed|es|ing)\s+(?:in|at)\b|\bfann?(?:ed|ing)?\s+out\b|\bpositioned\b|\bstationed\b|\bordered\b[^.]{0,80}\bto\s+(?:the\s+)?[A-Z]|\b(?:ordered|authori[sz]ed|approved)\s+(?:(?:about|some|roughly|nearly|up\s+to|another)\s+)?\d[\d,]*\s+(?:[\w.'’-]+\s+){0,6}?(?:troops|members|agents|officers|soldiers|Marines|personnel|guardsmen)\b|\b(?:began|begun|launch(?:ed|es|ing)?|start(?:ed|ing)?)\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,3}(?:operation|crackdown|surge|blitz)\s+in\b|\btapp(?:ed|ing)\b|\benlist(?:ed|ing)?\b|\bfederali[sz](?:e|ed|es|ing)\b|\binto\s+federal\s+service\b|\bmov(?:ed|ing|e)\s+(?:in)?to\s+(?:the\s+)?[A-Z]|\bposted\s+to\b|\bpatroll?(?:ed|ing)\s+(?:the\s+)?(?:streets|neighborhoods)\s+of\b/i],
];

// Words that turn a statement into an intention or announcement.
const PLAN = /\b(?:will|would|plans?\s+to|planned|planning|preparing\s+to|prepares\s+to|intends?\s+to|intended|expected\s+to|is\s+to|are\s+to|set\s+to|going\s+to|gonna|asking|asked\s+\w+\s+to\s+volunteer|requested|requesting|request(?:s)?\s+(?:the\s+)?transfer|proposed|proposes|announced\s+plans|vows?|vowed|weighing|considering|could\s+(?:be\s+)?(?:sent|deployed))\b/i;

// Statements that something did not, or might not, happen: not events.
const NEGATED = /\b(?:no\s+plans?\s+to|denied|denies|deny|did\s+not|didn't|has\s+not|hasn't|have\s+not|haven't|will\s+not|won't|not\s+(?:be\s+)?(?:sent|deployed|deploying|sending)|no\s+(?:troops|agents|officers)\s+(?:were|have\s+been|will\s+be)|rejected|refused\s+to\s+send|blocked\s+the\s+deployment|(?:judge|court)\b[^.]{0,40}?\b(?:blocked|barred|halted|stopped|enjoined))\b/i;
const HYPOTHETICAL = /^\s*(?:if|should|unless|whether)\b|\bif\s+(?:I|we|they|he|she)\s+(?:have|has|had)\s+to\b|\b(?:may|might|could)\s+(?:\w+\s+){0,2}(?:assist|help|be\s+sent|send|deploy)\b|\bfloated\b|\b(?:is|are|was|were)\s+(?:also\s+)?(?:considering|weighing|mulling|exploring)\b|\bthreat(?:en|ened|ens)\b|\bwouldn't\s+have\s+been\s+possible\b/i;

export interface ActionMention { action: Action; trigger: string; index: number }

/** The action a sentence states, if it states one: the first trigger's action, turned into `plan` for intentions. */
export function findAction(sentence: string): ActionMention | null {
  let best: ActionMention | null = null;
  for (const [action, re] of TRIGGERS) {
    const m = re.exec(sentence);
    // Deputizing outranks the other words: "the transfer came after ... officers assist with immigration enforcement".
    if (m && (!best || (action === 'deputize' && best.action !== 'deputize') || (best.action !== 'deputize' && m.index < best.index))) best = { action, trigger: m[0], index: m.index };
  }
  if (!best) return null;
  if (best.action !== 'withdraw' && best.action !== 'deputize' && PLAN.test(sentence) && !/\b(?:have|has|had)\s+been\s+(?:sent|deployed|deputized|reassigned)\b/i.test(sentence)) {
    return { ...best, action: 'plan' };
  }
  if (best.action === 'surge' || /\bredeploy/i.test(best.trigger)) return { ...best, action: best.action === 'surge' ? 'surge' : 'deploy' };
  return best;
}

/** True when the sentence denies, blocks or only imagines a move. */
export function isNegatedOrHypothetical(sentence: string): boolean {
  return NEGATED.test(sentence) || HYPOTHETICAL.test(sentence);
}
