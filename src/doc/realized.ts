import type { Event } from './analysis.js'

/** Which events that did not happen to keep: those denied ("did not meet"), those only planned or supposed. */
export interface Unrealized {
  negated?: boolean
  hypothetical?: boolean
}

/**
 * Whether to keep an event: what the text says happened always; negated and hypothetical
 * events only when asked for, so that counts of what happened stay clean.
 */
export const keepsEvent = (e: Pick<Event, 'negated' | 'hypothetical'>, include: Unrealized = {}) =>
  (include.negated || !e.negated) && (include.hypothetical || !e.hypothetical)
