import type { Doc, Expectation, Timex, Token } from '../../doc/index.js'
import type { Clause } from './clauses.js'
import { type Found, within } from './cues.js'

export type Horizon = Expectation['horizon']

/** A date up to this many years after publication is near: "before 2026" said in 2025 is short. */
const SHORT_YEARS = 1

/**
 * The horizon of a clause: a horizon phrase in the statement, else in the rest of
 * its region ("In the long run, she warned, …"), else a date the statement is
 * bounded by ("unlikely before 2026"). Null when none.
 */
export function horizonOf(
  doc: Doc,
  cues: readonly Found[],
  timexes: readonly Timex[],
  c: Clause,
): Horizon | null {
  const phrase = (from: number, to: number) =>
    within(cues, from, to).find((x) => x.cue.type === 'horizon' && x.cue.value !== 'date')
  const cue = phrase(c.startToken, c.endToken) ?? phrase(c.from, c.to)
  if (cue) return cue.cue.value as Horizon
  return spanAhead(cues, c.startToken, c.endToken) ?? datedHorizon(doc, timexes, c)
}

/** Words that may stand between a lead and its unit: "the next ten days", "the coming few weeks". */
const SPAN_GAP = 2

/** "the next hours", "in the coming week", "los próximos diez años": units of time ahead. */
function spanAhead(cues: readonly Found[], from: number, to: number): Horizon | null {
  const spans = within(cues, from, to).filter((x) => x.cue.type === 'span')
  for (const unit of spans) {
    if (unit.cue.value === 'ahead') continue
    const led = spans.some(
      (lead) =>
        lead.cue.value === 'ahead' &&
        lead.first < unit.first &&
        unit.first - (lead.first + lead.length) <= SPAN_GAP,
    )
    if (led) return unit.cue.value as Horizon
  }
  return null
}

/**
 * The first date of the clause's region that is not past ("will vote on Monday",
 * "by 2030", "today"), measured from publication.
 */
function datedHorizon(doc: Doc, timexes: readonly Timex[], c: Clause): Horizon | null {
  const from = (doc.tokens[c.from] as Token).start
  const to = (doc.tokens[c.to - 1] as Token).end
  for (const t of timexes) {
    if (t.start < from || t.end > to || !/^\d{4}/.test(t.value)) continue
    // Compare at the timex's own precision: "2026" is ahead of 2025-05-01, "2025-02" is not.
    if (t.value < doc.published.slice(0, t.value.length)) continue
    const ahead = Number(t.value.slice(0, 4)) - Number(doc.published.slice(0, 4))
    return ahead <= SHORT_YEARS ? 'short' : 'long'
  }
  return null
}
