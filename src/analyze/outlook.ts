import type { StoredExpectation } from '../store/index.js'
import type { Outlook, Polarity, TimelineEvent, TopicFinding } from './types.js'

const HORIZONS = ['short', 'long', 'unspecified'] as const
const POLARITIES = ['positive', 'negative', 'mixed'] as const

/**
 * The expectations for each horizon, tallied: what the voices expect in the short and
 * long term. Items come most salient first (how directly they speak of the pair, then
 * who holds them), the most recent first among equals.
 */
export function outlooks(
  expectations: readonly StoredExpectation[],
  salience: { get(x: StoredExpectation): number | undefined } = new Map(),
): Outlook[] {
  const score = (x: StoredExpectation) => salience.get(x) ?? 0
  return HORIZONS.map((horizon) => {
    const items = expectations
      .filter((x) => x.horizon === horizon)
      .sort(
        (x, y) =>
          score(y) - score(x) ||
          (x.evidence.published < y.evidence.published
            ? 1
            : x.evidence.published > y.evidence.published
              ? -1
              : 0),
      )
    const counts: Record<Polarity, number> = { positive: 0, negative: 0, mixed: 0 }
    for (const x of items) counts[x.polarity]++
    return {
      horizon,
      polarity: prevailing(counts),
      counts,
      holders: [...new Set(items.map((x) => x.holderName).filter((h): h is string => !!h))],
      items: items.map((x) => ({
        holder: x.holderName,
        polarity: x.polarity,
        modality: x.modality,
        evidence: x.evidence,
      })),
    }
  })
}

function prevailing(counts: Record<Polarity, number>): Polarity | null {
  const { positive, negative, mixed } = counts
  if (!positive && !negative && !mixed) return null
  if (positive > negative && positive >= mixed) return 'positive'
  if (negative > positive && negative >= mixed) return 'negative'
  return 'mixed'
}

/** One line per horizon that has expectations: "Short term: positive (2 of 3; analysts, X)". */
export function summarize(outlook: readonly Outlook[]): string {
  const label = { short: 'Short term', long: 'Long term', unspecified: 'No stated horizon' }
  const lines = outlook
    .filter((o) => o.polarity)
    .map((o) => {
      const total = o.counts.positive + o.counts.negative + o.counts.mixed
      const who = o.holders.length ? `; ${o.holders.join(', ')}` : ''
      const of = `${total} expectation${total === 1 ? '' : 's'}${who}`
      // A tie reads as its parts: "mixed (1 positive, 1 negative of 2 expectations)".
      const n =
        o.polarity === 'mixed' && o.counts.mixed < total
          ? POLARITIES.filter((p) => o.counts[p])
              .map((p) => `${o.counts[p]} ${p}`)
              .join(', ')
          : String(o.polarity ? o.counts[o.polarity] : 0)
      return `${label[o.horizon]}: ${o.polarity} (${n} of ${of})`
    })
  return lines.length ? lines.join('. ') : 'No forward-looking statements about this relationship.'
}

/**
 * Convergences and frictions by topic: cooperative events and positive expectations
 * count for convergence, conflictual events and negative expectations for friction.
 */
export function topicFindings(
  timeline: readonly TimelineEvent[],
  expectations: readonly StoredExpectation[],
): { convergences: TopicFinding[]; frictions: TopicFinding[] } {
  const convergences = new Map<string, TopicFinding>()
  const frictions = new Map<string, TopicFinding>()
  const add = (
    into: Map<string, TopicFinding>,
    topics: readonly string[],
    item: TopicFinding['items'][number],
  ) => {
    for (const topic of topics.length ? topics : ['general']) {
      let f = into.get(topic)
      if (!f) {
        f = { topic, weight: 0, items: [] }
        into.set(topic, f)
      }
      f.weight++
      f.items.push(item)
    }
  }
  for (const e of timeline) {
    const item = {
      kind: 'event' as const,
      summary: `${e.date} ${e.source ?? e.sourceCountry ?? '?'} → ${e.target ?? e.targetCountry ?? '?'}: ${e.plover}`,
      evidence: e.evidence[0] as TimelineEvent['evidence'][number],
    }
    add(e.quadClass <= 2 ? convergences : frictions, e.topics, item)
  }
  for (const x of expectations) {
    if (x.polarity === 'mixed') continue
    const item = {
      kind: 'expectation' as const,
      summary: `${x.holderName ?? 'the article'} expects ${x.polarity} (${x.horizon} term)`,
      evidence: x.evidence,
    }
    add(x.polarity === 'positive' ? convergences : frictions, x.topics, item)
  }
  const ranked = (m: Map<string, TopicFinding>) =>
    [...m.values()].sort((a, b) => b.weight - a.weight || a.topic.localeCompare(b.topic))
  return { convergences: ranked(convergences), frictions: ranked(frictions) }
}
