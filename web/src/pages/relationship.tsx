import { useState } from 'preact/hooks'
import { apiUrl, useApi } from '../api.js'
import { Cite, MoreSources } from '../components/cite.js'
import { SeriesChart } from '../components/series-chart.js'
import { Status } from '../components/status.js'
import { HORIZON_LABELS, plural, quadLabel } from '../format.js'
import { actorHref, href } from '../router.js'
import type { Actor, BriefView } from '../types.js'

const ActorName = ({ actor }: { actor: Actor }) =>
  actor.entity ? <a href={actorHref(actor.entity)}>{actor.name}</a> : <span>{actor.name}</span>

const describe = (a: Actor) => [a.kind, a.country, a.code].filter(Boolean).join(' · ')

/** The relationship page: one call to the brief, every statement linked to its span. */
export function Relationship({
  a,
  b,
  from,
  to,
}: {
  a: string
  b: string
  from?: string
  to?: string
}) {
  const brief = useApi<BriefView>(apiUrl('/dyad/brief', { a, b, from, to, limit: 30, evidence: 3 }))
  return <Status loaded={brief}>{(brief) => <BriefPage brief={brief} a={a} b={b} />}</Status>
}

function BriefPage({ brief, ...refs }: { brief: BriefView; a: string; b: string }) {
  const [a, b] = brief.actors
  const { bottomLine, totals } = brief
  return (
    <div class="relationship">
      <header class="card">
        <h1>
          <ActorName actor={a} /> <span class="versus">⇄</span> <ActorName actor={b} />
        </h1>
        <p class="meta">
          {a.name} ({describe(a)}) and {b.name} ({describe(b)}) ·{' '}
          {plural(brief.articles, 'article')} · {plural(totals.timeline, 'event')} ·{' '}
          {plural(totals.expectations, 'expectation')}
          {brief.range.from || brief.range.to
            ? ` · ${brief.range.from ?? '…'} to ${brief.range.to ?? '…'}`
            : ''}
        </p>
        <RangeForm a={refs.a} b={refs.b} from={brief.range.from} to={brief.range.to} />
      </header>

      <section class="card bottom-line">
        <h2>Bottom line</h2>
        <p class="summary">{bottomLine.summary}</p>
        <div class="horizons">
          {bottomLine.outlook.map((o) => (
            <section key={o.horizon} class={`horizon ${o.polarity ?? 'none'}`}>
              <h3>
                {HORIZON_LABELS[o.horizon]}{' '}
                <span class={`badge ${o.polarity ?? 'none'}`}>{o.polarity ?? 'no view'}</span>
              </h3>
              <p class="counts">
                {o.counts.positive} positive · {o.counts.negative} negative · {o.counts.mixed} mixed
              </p>
              <ul class="items">
                {o.items.map((x) => (
                  <li key={`${x.evidence.article}-${x.evidence.start}`}>
                    <span class={`badge ${x.polarity}`}>{x.polarity}</span>{' '}
                    <b>{x.holder ?? 'the article'}</b> <small>({x.modality})</small>:{' '}
                    <Cite evidence={x.evidence} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      </section>

      <section class="card">
        <h2>Cooperation and conflict by month</h2>
        {brief.series.length ? (
          <SeriesChart series={brief.series} />
        ) : (
          <p class="status">No dated events between these two.</p>
        )}
      </section>

      <div class="two">
        <Findings title="Convergences" list={brief.convergences} total={totals.convergences} />
        <Findings title="Frictions" list={brief.frictions} total={totals.frictions} />
      </div>

      <section class="card">
        <h2>Voices</h2>
        {brief.voices.length === 0 && <p class="status">Nobody is quoted on this relationship.</p>}
        <div class="voices">
          {brief.voices.map((v) => (
            <section key={`${v.entity}-${v.name}`} class="voice">
              <h3>
                {v.entity ? <a href={actorHref(v.entity)}>{v.name}</a> : v.name}{' '}
                <span class={`badge ${v.stance}`}>{v.stance}</span>
              </h3>
              <p class="meta">
                {[v.role, v.affiliation, v.country].filter(Boolean).join(' · ') || 'no role known'}
                {' · '}
                {plural(v.quoteCount, 'quote')}
              </p>
              <ul class="items">
                {v.quotes.map((q) => (
                  <li key={`${q.evidence.article}-${q.evidence.start}`}>
                    <Cite evidence={q.evidence} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
        {totals.voices > brief.voices.length && (
          <p class="meta">and {plural(totals.voices - brief.voices.length, 'more voice')}.</p>
        )}
      </section>

      <section class="card">
        <h2>Key events</h2>
        {brief.timeline.length === 0 && <p class="status">No events recorded.</p>}
        <ol class="timeline">
          {brief.timeline.map((e) => (
            <li
              key={`${e.date}-${e.plover}-${e.evidence[0]?.article}`}
              class={`quad-${e.quadClass}`}
            >
              <time>{e.date}</time>
              {e.dated ? '' : <small> (reported)</small>}{' '}
              <b>
                {e.source ?? e.sourceCountry ?? '?'} → {e.target ?? e.targetCountry ?? '?'}
              </b>
              : {e.plover}{' '}
              <small>
                (CAMEO {e.cameo}, {quadLabel(e.quadClass)}, Goldstein {e.goldstein}
                {e.sources > 1 ? `, ${e.sources} sources` : ''})
              </small>
              <div>
                {e.evidence[0] && <Cite evidence={e.evidence[0]} quote={false} />}
                <MoreSources evidence={e.evidence.slice(1)} />
              </div>
            </li>
          ))}
        </ol>
        {totals.timeline > brief.timeline.length && (
          <p class="meta">
            The {brief.timeline.length} most reported of {totals.timeline} events.
          </p>
        )}
      </section>
    </div>
  )
}

function Findings({
  title,
  list,
  total,
}: {
  title: string
  list: BriefView['frictions']
  total: number
}) {
  return (
    <section class={`card findings ${title.toLowerCase()}`}>
      <h2>{title}</h2>
      {list.length === 0 && <p class="status">None found.</p>}
      {list.map((f) => (
        <section key={f.topic} class="finding">
          <h3>
            <span class="topic">{f.topic}</span> <small>{plural(f.weight, 'item')}</small>
          </h3>
          <ul class="items">
            {f.items.map((x) => (
              <li key={`${x.kind}-${x.evidence.article}-${x.evidence.start}`}>
                <small>{x.summary}</small>
                <br />
                <Cite evidence={x.evidence} quote={x.kind === 'expectation'} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      {total > list.length && <p class="meta">and {plural(total - list.length, 'more topic')}.</p>}
    </section>
  )
}

/** Narrows the relationship to articles published between two dates. */
function RangeForm(props: { a: string; b: string; from: string | null; to: string | null }) {
  const [from, setFrom] = useState(props.from ?? '')
  const [to, setTo] = useState(props.to ?? '')
  return (
    <form
      class="range"
      onSubmit={(e) => {
        e.preventDefault()
        location.hash = href(['dyad', props.a, props.b], { from, to })
      }}
    >
      <label>
        From <input type="date" value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
      </label>
      <label>
        to <input type="date" value={to} onInput={(e) => setTo(e.currentTarget.value)} />
      </label>
      <button type="submit">Apply</button>
      {(props.from || props.to) && <a href={href(['dyad', props.a, props.b])}>all dates</a>}
    </form>
  )
}
