// Which actions can describe one real-world movement. Outlets tell one movement as "sent", "surged",
// "redeployed" or "reassigned"; a plan, a deputization and a withdrawal are each their own kind, never the
// same event as a move (a plan and its execution are two events). The shared scorer uses the same kinds.
export const ACTION_KIND = {
  deploy: 'move', redeploy: 'move', surge: 'move', reassign: 'move',
  plan: 'plan', deputize: 'deputize', withdraw: 'withdraw',
} as const;

export type ActionKind = (typeof ACTION_KIND)[keyof typeof ACTION_KIND];

/** How an action reads in a one-line explanation ("a deputization"). */
export const ACTION_NOUN = {
  deploy: 'deployment', redeploy: 'redeployment', surge: 'surge', reassign: 'reassignment',
  plan: 'plan', deputize: 'deputization', withdraw: 'withdrawal',
} as const;

/**
 * Actions whose reports are often told without a place because the action itself has none: authority
 * given nationwide, a new duty, an intention. A deployment told without a place has simply lost it (the
 * text or the extraction did not say where), so being the only such deployment proves nothing.
 */
export const OFTEN_PLACELESS: ReadonlySet<string> = new Set(['deputize', 'reassign', 'plan']);
