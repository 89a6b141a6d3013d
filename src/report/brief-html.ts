import type { Brief, MonthPoint, TopicFinding } from '../analyze/index.js'
import type { Evidence } from '../store/index.js'
import { actorLabel, citation, quadLabel, topicLabel } from './brief-md.js'

/** Every piece of article text goes through here: nothing from an article is ever markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

const QUAD_COLOURS = ['#7fb3d5', '#2e86c1', '#f5b041', '#cb4335']

function cite(e: Evidence): string {
  const label = escapeHtml(citation(e))
  const attrs = `data-article="${escapeHtml(e.article)}" data-start="${e.start}" data-end="${e.end}"`
  return e.url && /^https?:\/\//i.test(e.url)
    ? `<a href="${escapeHtml(e.url)}" rel="noopener noreferrer" ${attrs}>${label}</a>`
    : `<span class="cite" ${attrs}>${label}</span>`
}

const quote = (e: Evidence): string =>
  `<q>${escapeHtml(e.text.replace(/\s+/g, ' ').trim())}</q> <small>${cite(e)}</small>`

/** The brief as one self-contained HTML page: no scripts, no outside resources. */
export function briefHtml(brief: Brief): string {
  const [a, b] = brief.actors
  const title = `${a.name} – ${b.name}: what to expect`
  const body: string[] = []
  body.push(`<h1>${escapeHtml(title)}</h1>`)
  body.push(
    `<p>${escapeHtml(actorLabel(a))} and ${escapeHtml(actorLabel(b))}; ${brief.articles} articles.</p>`,
  )
  body.push(
    '<h2>Bottom line</h2>',
    `<p><strong>${escapeHtml(brief.bottomLine.summary)}</strong></p><ul>`,
  )
  for (const o of brief.bottomLine.outlook)
    for (const x of o.items)
      body.push(
        `<li><em>${o.horizon} term, ${x.polarity}</em> — ${escapeHtml(x.holder ?? 'the article')}: ${quote(x.evidence)}</li>`,
      )
  body.push('</ul>')
  body.push(findings('Convergences', brief.convergences), findings('Frictions', brief.frictions))
  body.push('<h2>Voices</h2>')
  for (const v of brief.voices) {
    const who = [v.role, v.affiliation].filter(Boolean).join(', ')
    body.push(
      `<h3>${escapeHtml(v.name)}${who ? ` <small>${escapeHtml(who)}</small>` : ''} <span class="stance ${v.stance}">${v.stance}</span></h3><ul>`,
      ...v.quotes.map((q) => `<li>${quote(q.evidence)}</li>`),
      '</ul>',
    )
  }
  body.push('<h2>Timeline</h2><ol class="timeline">')
  for (const e of brief.timeline) {
    const who = `${e.source ?? e.sourceCountry ?? '?'} → ${e.target ?? e.targetCountry ?? '?'}`
    body.push(
      `<li><time>${e.date}</time>${e.dated ? '' : ' (reported)'} ${escapeHtml(who)}: <b>${e.plover}</b> (CAMEO ${e.cameo}, ${quadLabel(e.quadClass)}, Goldstein ${e.goldstein})${e.sources > 1 ? ` — ${e.sources} sources` : ''}<br>${quote(e.evidence[0] as Evidence)}${e.evidence
        .slice(1)
        .map((x) => ` <small>${cite(x)}</small>`)
        .join('')}</li>`,
    )
  }
  body.push('</ol>', '<h2>Cooperation and conflict by month</h2>', seriesChart(brief.series))
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
q{font-style:italic} small{color:#666} .stance{font-size:.8em;padding:0 .4em;border-radius:.3em;background:#eee}
.positive{background:#d4efdf}.negative{background:#f5b7b1}.mixed{background:#fcf3cf}
time{font-weight:bold} svg text{font-size:10px}
</style></head><body>
${body.join('\n')}
</body></html>
`
}

function findings(title: string, list: readonly TopicFinding[]): string {
  const items = list.map(
    (f) =>
      `<li><strong>${escapeHtml(topicLabel(f.topic))}</strong> (${f.weight})<ul>${f.items
        .slice(0, 4)
        .map((i) => `<li>${escapeHtml(i.summary)}: ${quote(i.evidence)}</li>`)
        .join('')}</ul></li>`,
  )
  return `<h2>${title}</h2>${items.length ? `<ul>${items.join('')}</ul>` : '<p>None found.</p>'}`
}

/** Stacked bars of events per month by QuadClass, as inline SVG. */
function seriesChart(series: readonly MonthPoint[]): string {
  if (!series.length) return '<p>No dated events.</p>'
  const width = 40
  const height = 160
  const max = Math.max(1, ...series.map((m) => m.events))
  const bars = series.map((m, i) => {
    let y = height
    const rects = m.quadClass.map((n, q) => {
      const h = (n / max) * (height - 20)
      y -= h
      return n
        ? `<rect x="${i * width + 4}" y="${y.toFixed(1)}" width="${width - 8}" height="${h.toFixed(1)}" fill="${QUAD_COLOURS[q]}"><title>${m.month}: ${n} ${quadLabel(q + 1)}</title></rect>`
        : ''
    })
    return `${rects.join('')}<text x="${i * width + 4}" y="${height + 12}">${m.month}</text><text x="${i * width + 4}" y="${(y - 3).toFixed(1)}">${m.meanGoldstein}</text>`
  })
  return `<svg role="img" aria-label="events per month by QuadClass" width="${series.length * width + 10}" height="${height + 20}">${bars.join('')}</svg>
<p><small>Bars: events per month (light blue verbal cooperation, blue material cooperation, amber verbal conflict, red material conflict); figures above bars: mean Goldstein.</small></p>`
}
