import type { Actor, Brief, TopicFinding } from '../analyze/index.js'
import type { Evidence } from '../store/index.js'

const TOPIC_LABELS: Record<string, string> = {
  aid: 'Aid and assistance',
  china: 'China and great-power ties',
  democracy: 'Democracy and the rule of law',
  economy: 'Economy',
  extradition: 'Extradition',
  general: 'Relations in general',
  ideology: 'Ideology and alliances',
  migration: 'Migration and deportation',
  security: 'Security, gangs and crime',
  trade: 'Trade and tariffs',
}

export const topicLabel = (topic: string): string => TOPIC_LABELS[topic] ?? topic

const QUAD = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict']

export const quadLabel = (q: number): string => QUAD[q - 1] ?? `QuadClass ${q}`

export function actorLabel(a: Actor): string {
  const extra = [a.kind, a.code ?? a.country].filter(Boolean).join(', ')
  return `${a.name} (${extra})`
}

/** Where a statement comes from, short: "Title (2024-11-13), chars 120–168". */
export function citation(e: Evidence): string {
  const title = e.title ?? e.article.slice(0, 12)
  return `${title} (${e.published}), chars ${e.start}–${e.end}`
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim()

/** Markdown has no safe way to show raw text but to keep it out of its syntax. */
function mdText(text: string): string {
  return oneLine(text).replace(/([\\`*_[\]<>#|])/g, '\\$1')
}

function mdCite(e: Evidence): string {
  const label = mdText(citation(e))
  return e.url && /^https?:\/\//i.test(e.url)
    ? `[${label}](<${e.url.replace(/>/g, '%3E')}>)`
    : label
}

/** The brief as Markdown: bottom line, convergences, frictions, voices, timeline, series. */
export function briefMarkdown(brief: Brief): string {
  const [a, b] = brief.actors
  const out: string[] = []
  out.push(`# ${mdText(a.name)} – ${mdText(b.name)}: what to expect`, '')
  const span =
    brief.range.from || brief.range.to
      ? ` from ${brief.range.from ?? 'the start'} to ${brief.range.to ?? 'today'}`
      : ''
  out.push(
    `${mdText(actorLabel(a))} and ${mdText(actorLabel(b))}; ${brief.articles} article${brief.articles === 1 ? '' : 's'}${span}.`,
    '',
  )
  out.push('## Bottom line', '', mdText(brief.bottomLine.summary), '')
  for (const o of brief.bottomLine.outlook) {
    for (const x of o.items)
      out.push(
        `- *${o.horizon} term, ${x.polarity}* — ${mdText(x.holder ?? 'the article')}: “${mdText(x.evidence.text)}” — ${mdCite(x.evidence)}`,
      )
  }
  out.push('')
  out.push(
    ...findings('Convergences', brief.convergences),
    ...findings('Frictions', brief.frictions),
  )
  out.push('## Voices', '')
  if (!brief.voices.length) out.push('No one is quoted on this relationship.', '')
  for (const v of brief.voices) {
    const who = [v.role, v.affiliation].filter(Boolean).join(', ')
    out.push(
      `### ${mdText(v.name)}${who ? ` — ${mdText(who)}` : ''} (${v.stance})`,
      '',
      ...v.quotes.slice(0, 6).map((q) => `- “${mdText(q.evidence.text)}” — ${mdCite(q.evidence)}`),
      ...(v.quotes.length > 6 ? [`- … and ${v.quotes.length - 6} more`] : []),
      '',
    )
  }
  out.push('## Timeline', '')
  if (!brief.timeline.length) out.push('No events between the two sides.', '')
  for (const e of brief.timeline) {
    const who = `${mdText(e.source ?? e.sourceCountry ?? '?')} → ${mdText(e.target ?? e.targetCountry ?? '?')}`
    const sources = e.sources > 1 ? ` (${e.sources} sources)` : ''
    out.push(
      `- **${e.date}**${e.dated ? '' : ' (reported)'} ${who}: ${e.plover} (CAMEO ${e.cameo}, ${quadLabel(e.quadClass)}, Goldstein ${e.goldstein})${sources} — “${mdText((e.evidence[0] as Evidence).text)}” — ${e.evidence.map(mdCite).join('; ')}`,
    )
  }
  out.push('', '## Cooperation and conflict by month', '')
  if (brief.series.length) {
    out.push(
      '| month | events | verbal coop. | material coop. | verbal conflict | material conflict | mean Goldstein |',
      '| --- | --: | --: | --: | --: | --: | --: |',
    )
    for (const m of brief.series)
      if (m.events)
        out.push(`| ${m.month} | ${m.events} | ${m.quadClass.join(' | ')} | ${m.meanGoldstein} |`)
    out.push('', 'Months without events are left out here; the JSON series lists every month.')
  } else out.push('No dated events.')
  out.push('')
  return out.join('\n')
}

function findings(title: string, list: readonly TopicFinding[]): string[] {
  const out = [`## ${title}`, '']
  if (!list.length) out.push('None found.')
  for (const f of list) {
    out.push(`- **${topicLabel(f.topic)}** (${f.weight})`)
    for (const item of f.items.slice(0, 4))
      out.push(
        `  - ${mdText(item.summary)}: “${mdText(item.evidence.text)}” — ${mdCite(item.evidence)}`,
      )
  }
  out.push('')
  return out
}
