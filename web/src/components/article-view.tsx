import { useMemo, useState } from 'preact/hooks'
import { annotate, LAYERS, type Layer, SPEAKER_COLOURS, speakerKeys } from '../annotations.js'
import { oneLine, quadLabel, safeUrl } from '../format.js'
import type { Analysis } from '../types.js'
import { AnnotatedText, type Target } from './annotated-text.js'

interface Props {
  analysis: Analysis
  target: Target | null
  onTarget: (t: Target) => void
  note?: string
}

const LAYER_LABELS: Record<Layer, string> = {
  entities: 'Actors',
  quotes: 'Quotes',
  events: 'Events',
  expectations: 'Expectations',
  dates: 'Dates',
}

/** An analysed article: its text with every layer highlighted, and the lists of what was found. */
export function ArticleView({ analysis, target, onTarget, note }: Props) {
  const { article } = analysis
  const annotations = useMemo(() => annotate(analysis), [analysis])
  const speakers = useMemo(() => [...speakerKeys(analysis).values()], [analysis])
  const [layers, setLayers] = useState<ReadonlySet<Layer>>(new Set(LAYERS))
  const counts: Record<Layer, number> = {
    entities: analysis.mentions.length,
    quotes: analysis.quotes.length,
    events: analysis.events.length,
    expectations: analysis.expectations.length,
    dates: analysis.timexes.length,
  }
  const toggle = (l: Layer) => {
    const next = new Set(layers)
    if (next.has(l)) next.delete(l)
    else next.add(l)
    setLayers(next)
  }
  const name = (id: string | null) => analysis.entities.find((e) => e.id === id)?.name ?? null
  const speakerIndex = speakerKeys(analysis)
  const url = safeUrl(article.url)
  const span = (s: { start: number; end: number }) =>
    oneLine(article.text.slice(s.start, s.end), 160)

  return (
    <article class="article-page">
      <header>
        <h1>{article.title ?? 'Untitled article'}</h1>
        <p class="meta">
          {article.source ? `${article.source} · ` : ''}
          {article.published} · {article.language} · {article.text.length.toLocaleString('en')}{' '}
          characters
          {url && (
            <>
              {' · '}
              <a href={url} rel="noopener noreferrer nofollow" target="_blank">
                original
              </a>
            </>
          )}
        </p>
        {note && <p class="note">{note}</p>}
      </header>
      <fieldset class="layers">
        <legend>Highlight</legend>
        {LAYERS.map((l) => (
          <label key={l} class={`layer-toggle layer-${l}`}>
            <input type="checkbox" checked={layers.has(l)} onChange={() => toggle(l)} />
            {LAYER_LABELS[l]} ({counts[l]})
          </label>
        ))}
      </fieldset>
      {speakers.length > 0 && (
        <p class="speakers">
          Speakers:{' '}
          {speakers.map((s) => (
            <span key={s.index} class={`chip quote spk-${s.index % SPEAKER_COLOURS}`}>
              {s.name}
            </span>
          ))}
        </p>
      )}
      <div class="article-grid">
        <AnnotatedText
          text={article.text}
          annotations={annotations}
          layers={layers}
          target={target}
        />
        <aside class="found">
          <h2>Quotes</h2>
          <ol class="found-list">
            {analysis.quotes.map((q) => (
              <li key={q.id}>
                <button type="button" class="jump" onClick={() => onTarget(q)} data-kind="quote">
                  <span
                    class={`chip quote spk-${(speakerIndex.get(q.speaker ?? q.speakerName ?? '?')?.index ?? 0) % SPEAKER_COLOURS}`}
                  >
                    {q.speakerName ?? 'unattributed'}
                  </span>{' '}
                  {span(q)}
                </button>
              </li>
            ))}
          </ol>
          <h2>Events</h2>
          <ol class="found-list">
            {analysis.events.map((v) => (
              <li key={v.id}>
                <button type="button" class="jump" onClick={() => onTarget(v)} data-kind="event">
                  <b>{v.plover}</b> {name(v.source) ?? '?'} → {name(v.target) ?? '—'}{' '}
                  <small>
                    ({quadLabel(v.quadClass)}
                    {v.negated ? ', negated' : ''}
                    {v.hypothetical ? ', hypothetical' : ''})
                  </small>
                </button>
              </li>
            ))}
          </ol>
          <h2>Expectations</h2>
          <ol class="found-list">
            {analysis.expectations.map((x) => (
              <li key={x.id}>
                <button
                  type="button"
                  class="jump"
                  onClick={() => onTarget(x)}
                  data-kind="expectation"
                >
                  <span class={`badge ${x.polarity}`}>{x.polarity}</span> {x.horizon} term —{' '}
                  {x.holderName ?? 'the article'}: {span(x)}
                </button>
              </li>
            ))}
          </ol>
        </aside>
      </div>
    </article>
  )
}
