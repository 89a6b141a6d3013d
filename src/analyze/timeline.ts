import type { StoredEvent } from '../store/index.js'
import type { MonthPoint, TimelineEvent } from './types.js'

/** Reports of one event by different outlets may be dated a few days apart. */
const SAME_EVENT_DAYS = 3

/** The day an event happened: its own full date, else the day it was reported. */
function eventDay(e: StoredEvent): { date: string; dated: boolean } {
  if (e.date && /^\d{4}-\d{2}-\d{2}$/.test(e.date)) return { date: e.date, dated: true }
  if (e.date && e.evidence.published.startsWith(e.date))
    return { date: e.evidence.published, dated: false }
  if (e.date) return { date: e.date, dated: true }
  return { date: e.evidence.published, dated: false }
}

const dayNumber = (date: string): number =>
  Date.parse(date.length === 7 ? `${date}-01` : date.length === 4 ? `${date}-01-01` : date) /
  86_400_000

/**
 * The dyad's events as a dated timeline: what happened only (negated and hypothetical
 * events left out), the same event from several articles merged into one entry that
 * keeps every article as evidence and counts its sources.
 */
export function buildTimeline(events: readonly StoredEvent[]): TimelineEvent[] {
  const factual = events
    .filter((e) => !e.negated && !e.hypothetical)
    .map((e) => ({ e, ...eventDay(e) }))
    .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0))
  const merged: (TimelineEvent & { key: string; day: number; articles: Set<string> })[] = []
  for (const { e, date, dated } of factual) {
    const key = `${e.plover}|${e.sourceCountry ?? e.sourceName}|${e.targetCountry ?? e.targetName}`
    const day = dayNumber(date)
    const same = merged.find(
      (m) =>
        m.key === key &&
        Math.abs(m.day - day) <= SAME_EVENT_DAYS &&
        sameActor(m.source, m.sourceCode, e.sourceName, e.sourceCode) &&
        sameActor(m.target, m.targetCode, e.targetName, e.targetCode),
    )
    if (same) {
      same.articles.add(e.evidence.article)
      same.sources = same.articles.size
      same.evidence.push(e.evidence)
      for (const t of e.topics) if (!same.topics.includes(t)) same.topics.push(t)
      // A date the text states beats a publication date.
      if (dated && !same.dated) Object.assign(same, { date, dated, day })
      continue
    }
    merged.push({
      key,
      day,
      articles: new Set([e.evidence.article]),
      date,
      dated,
      plover: e.plover,
      cameo: e.cameo,
      quadClass: e.quadClass,
      goldstein: e.goldstein,
      source: e.sourceName,
      target: e.targetName,
      sourceCode: e.sourceCode,
      targetCode: e.targetCode,
      sourceCountry: e.sourceCountry,
      targetCountry: e.targetCountry,
      topics: [...e.topics],
      sources: 1,
      evidence: [e.evidence],
    })
  }
  return merged
    .map(({ key: _k, day: _d, articles: _a, ...event }) => event)
    .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0))
}

/**
 * Two reports name the same actor when the names agree, or when one of them names
 * only the country ("El Salvador" for "Bukele"): their codes then share the country.
 */
function sameActor(
  nameA: string | null,
  codeA: string | null,
  nameB: string | null,
  codeB: string | null,
): boolean {
  if (nameA === nameB) return true
  const countryLevel = (code: string | null) => code !== null && code.length === 3
  return (countryLevel(codeA) || countryLevel(codeB)) && codeA?.slice(0, 3) === codeB?.slice(0, 3)
}

/** Events per month by QuadClass, with the mean Goldstein weight: the cooperation–conflict series. */
export function monthlySeries(timeline: readonly TimelineEvent[]): MonthPoint[] {
  const months = new Map<string, { quad: [number, number, number, number]; goldstein: number }>()
  for (const e of timeline) {
    const month = e.date.slice(0, 7)
    if (month.length < 7) continue
    let m = months.get(month)
    if (!m) {
      m = { quad: [0, 0, 0, 0], goldstein: 0 }
      months.set(month, m)
    }
    const q = e.quadClass - 1
    if (q >= 0 && q < 4) m.quad[q as 0 | 1 | 2 | 3]++
    m.goldstein += e.goldstein
  }
  return [...fillMonths(months.keys())].map((month) => {
    const m = months.get(month)
    const events = m ? m.quad.reduce((a, b) => a + b, 0) : 0
    return {
      month,
      events,
      quadClass: m?.quad ?? [0, 0, 0, 0],
      meanGoldstein: m && events ? round(m.goldstein / events) : 0,
    }
  })
}

/** Every month from the first to the last, so quiet months show as zero. */
function* fillMonths(present: Iterable<string>): Generator<string> {
  const sorted = [...present].sort()
  const first = sorted[0]
  const last = sorted[sorted.length - 1]
  if (!first || !last) return
  let [y, m] = first.split('-').map(Number) as [number, number]
  for (let guard = 0; guard < 1200; guard++) {
    const month = `${y}-${String(m).padStart(2, '0')}`
    yield month
    if (month >= last) return
    m++
    if (m > 12) {
      m = 1
      y++
    }
  }
}

const round = (n: number): number => Math.round(n * 100) / 100

/**
 * The events that matter most, in date order: reported by the most outlets, then the
 * strongest by Goldstein weight, then those whose date the text states.
 */
export function keyEvents(timeline: readonly TimelineEvent[], limit: number): TimelineEvent[] {
  const rank = (e: TimelineEvent) => [e.sources, Math.abs(e.goldstein), e.dated ? 1 : 0]
  const ranked = [...timeline].sort((x, y) => {
    const [a, b] = [rank(x), rank(y)]
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (b[i] as number) - (a[i] as number)
    return 0
  })
  return ranked.slice(0, limit).sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0))
}
