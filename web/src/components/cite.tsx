import { citation, oneLine } from '../format.js'
import { spanHref } from '../router.js'
import type { Evidence } from '../types.js'

/**
 * A statement and the article it rests on: the text links to its exact span on the
 * article page. Text from articles is only ever rendered as text.
 */
export function Cite({ evidence, quote = true }: { evidence: Evidence; quote?: boolean }) {
  return (
    <span class="cite">
      <a
        class={quote ? 'statement quoted' : 'statement'}
        href={spanHref(evidence.article, evidence.start, evidence.end)}
        data-article={evidence.article}
        data-start={evidence.start}
        data-end={evidence.end}
      >
        {oneLine(evidence.text)}
      </a>{' '}
      <small class="source">{citation(evidence)}</small>
    </span>
  )
}

/** Further reports of the same thing, as short links. */
export function MoreSources({ evidence }: { evidence: readonly Evidence[] }) {
  if (!evidence.length) return null
  return (
    <small class="more-sources">
      {' also: '}
      {evidence.map((e, i) => (
        <>
          {i ? ', ' : ''}
          <a href={spanHref(e.article, e.start, e.end)}>{citation(e)}</a>
        </>
      ))}
    </small>
  )
}
