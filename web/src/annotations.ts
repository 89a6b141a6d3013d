import { quadLabel } from './format.js'
import type { Analysis } from './types.js'

export const LAYERS = ['entities', 'quotes', 'events', 'expectations', 'dates'] as const
export type Layer = (typeof LAYERS)[number]

/** One highlight: a span of the text, what was extracted there, and how to draw it. */
export interface Annotation {
  layer: Layer
  /** The same item may draw several spans (an event's clause and its trigger). */
  item: string
  start: number
  end: number
  cls: string
  title: string
  details: string[]
}

export const SPEAKER_COLOURS = 10

/** Speakers in order of their first quote: each gets a colour class `spk-N`. */
export function speakerKeys(analysis: Analysis): Map<string, { index: number; name: string }> {
  const out = new Map<string, { index: number; name: string }>()
  for (const q of analysis.quotes) {
    const key = q.speaker ?? q.speakerName ?? '?'
    if (!out.has(key)) out.set(key, { index: out.size, name: q.speakerName ?? 'unattributed' })
  }
  return out
}

export function annotate(analysis: Analysis): Annotation[] {
  const entity = new Map(analysis.entities.map((e) => [e.id, e]))
  const name = (id: string | null | undefined) => (id ? (entity.get(id)?.name ?? id) : null)
  const speakers = speakerKeys(analysis)
  const out: Annotation[] = []
  for (const m of analysis.mentions) {
    const e = entity.get(m.entity)
    if (!e) continue
    out.push({
      layer: 'entities',
      item: `m${m.start}`,
      start: m.start,
      end: m.end,
      cls: `mention kind-${e.kind}`,
      title: e.name,
      details: [
        [e.kind, e.country, e.code].filter(Boolean).join(' · '),
        `named here by ${m.via}`,
        ...e.roles.slice(0, 3).map((r) => `role: ${r.title}${r.of ? `, ${r.of}` : ''}`),
      ],
    })
  }
  for (const q of analysis.quotes) {
    const speaker = speakers.get(q.speaker ?? q.speakerName ?? '?')
    out.push({
      layer: 'quotes',
      item: q.id,
      start: q.start,
      end: q.end,
      cls: `quote spk-${(speaker?.index ?? 0) % SPEAKER_COLOURS}`,
      title: `${q.kind} quote — ${q.speakerName ?? 'unattributed'}`,
      details: [
        q.cue ? `cue: ${q.cue.lemma}` : 'no speech verb',
        ...(q.addressee ? [`to: ${name(q.addressee)}`] : []),
        ...(q.topics?.length ? [`topics: ${q.topics.join(', ')}`] : []),
      ],
    })
  }
  for (const v of analysis.events) {
    const details = [
      `${name(v.source) ?? '?'} → ${name(v.target) ?? '—'}`,
      `${quadLabel(v.quadClass)}, Goldstein ${v.goldstein}`,
      ...(v.date ? [`date: ${v.date}`] : []),
      ...(v.negated ? ['negated: it did not happen'] : []),
      ...(v.hypothetical ? ['hypothetical: it may happen'] : []),
      ...(v.topics?.length ? [`topics: ${v.topics.join(', ')}`] : []),
    ]
    const base = {
      layer: 'events' as const,
      item: v.id,
      title: `${v.plover} · CAMEO ${v.cameo}`,
      details,
    }
    const flags = `${v.negated ? ' negated' : ''}${v.hypothetical ? ' hypothetical' : ''}`
    out.push({ ...base, start: v.start, end: v.end, cls: `event quad-${v.quadClass}${flags}` })
    out.push({ ...base, start: v.trigger.start, end: v.trigger.end, cls: 'trigger' })
  }
  for (const x of analysis.expectations) {
    out.push({
      layer: 'expectations',
      item: x.id,
      start: x.start,
      end: x.end,
      cls: `expectation ${x.polarity}`,
      title: `expectation — ${x.holderName ?? 'the article'}`,
      details: [
        `${x.polarity}, ${x.horizon} term, ${x.modality}`,
        ...(x.subjects.length ? [`about: ${x.subjects.map((s) => name(s) ?? s).join(', ')}`] : []),
        ...(x.topics.length ? [`topics: ${x.topics.join(', ')}`] : []),
      ],
    })
  }
  for (const t of analysis.timexes)
    out.push({
      layer: 'dates',
      item: `t${t.start}`,
      start: t.start,
      end: t.end,
      cls: 'timex',
      title: `date: ${t.value}`,
      details: [],
    })
  return out
}

export interface Segment {
  start: number
  end: number
  anns: Annotation[]
}

/**
 * The text cut at every highlight's edge (and the target's), each piece with the
 * highlights that cover it: overlapping spans nest without any markup from the text.
 */
export function segments(
  length: number,
  anns: readonly Annotation[],
  extra: readonly number[] = [],
): Segment[] {
  const clamp = (n: number) => Math.max(0, Math.min(length, n))
  const cuts = new Set<number>([0, length, ...extra.map(clamp)])
  for (const a of anns) {
    cuts.add(clamp(a.start))
    cuts.add(clamp(a.end))
  }
  const sorted = [...cuts].sort((a, b) => a - b)
  const starts = [...anns].sort((a, b) => a.start - b.start)
  const out: Segment[] = []
  let open: Annotation[] = []
  let next = 0
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i] as number
    const end = sorted[i + 1] as number
    while (next < starts.length && (starts[next] as Annotation).start <= start)
      open.push(starts[next++] as Annotation)
    open = open.filter((a) => a.end > start)
    out.push({ start, end, anns: open.filter((a) => a.start <= start && a.end >= end) })
  }
  return out
}
