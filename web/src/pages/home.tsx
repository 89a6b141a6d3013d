import { useState } from 'preact/hooks'
import { apiUrl, useApi } from '../api.js'
import { ActorPicker } from '../components/autocomplete.js'
import { Status } from '../components/status.js'
import { plural } from '../format.js'
import { actorHref, dyadHref, href } from '../router.js'
import type { Counterpart, StoredArticle, StoredEntity } from '../types.js'

/** Pick two actors for their relationship page; or start from an actor, an article or a search. */
export function Home() {
  const [a, setA] = useState<StoredEntity | null>(null)
  const [b, setB] = useState<StoredEntity | null>(null)
  const stats = useApi<{ counts: Record<string, number> }>(apiUrl('/stats'))
  const top = useApi<{ actors: StoredEntity[] }>(apiUrl('/actors', { limit: 12, kind: 'person' }))
  const first = top.state === 'done' ? top.data.actors[0] : undefined
  const pairs = useApi<{ counterparts: Counterpart[] }>(
    first ? apiUrl(`/actors/${first.id}/counterparts`, { limit: 4 }) : null,
  )
  const [words, setWords] = useState('')
  const [query, setQuery] = useState('')
  const hits = useApi<{ articles: (StoredArticle & { snippet?: string })[] }>(
    apiUrl('/articles', query ? { q: query, limit: 10 } : { limit: 8 }),
  )

  const open = (e: Event) => {
    e.preventDefault()
    if (a && b) location.hash = dyadHref(a.id, b.id)
  }

  return (
    <div class="home">
      <section class="card pick">
        <h1>What to expect between two actors</h1>
        <form onSubmit={open} class="pick-form">
          <ActorPicker
            id="actor-a"
            label="First actor"
            placeholder="e.g. Trump"
            value={a}
            onSelect={setA}
          />
          <span class="versus" aria-hidden="true">
            ⇄
          </span>
          <ActorPicker
            id="actor-b"
            label="Second actor"
            placeholder="e.g. Bukele"
            value={b}
            onSelect={setB}
          />
          <button type="submit" disabled={!a || !b}>
            Open the relationship
          </button>
        </form>
        {first && pairs.state === 'done' && pairs.data.counterparts.length > 0 && (
          <p class="suggest">
            Try:{' '}
            {pairs.data.counterparts.map((c, i) => (
              <span key={c.entity.id}>
                {i ? ' · ' : ''}
                <a href={dyadHref(first.id, c.entity.id)}>
                  {first.name} ⇄ {c.entity.name}
                </a>
              </span>
            ))}
          </p>
        )}
        <Status loaded={stats}>
          {({ counts }) => (
            <p class="meta">
              The store holds {plural(counts.articles ?? 0, 'article')},{' '}
              {plural(counts.entities ?? 0, 'actor')}, {plural(counts.quotes ?? 0, 'quote')},{' '}
              {plural(counts.events ?? 0, 'event')} and{' '}
              {plural(counts.expectations ?? 0, 'expectation')}.
            </p>
          )}
        </Status>
      </section>
      <div class="two">
        <section class="card">
          <h2>Most written-about people</h2>
          <Status loaded={top}>
            {({ actors }) => (
              <ul class="chips">
                {actors.map((x) => (
                  <li key={x.id}>
                    <a class="chip" href={actorHref(x.id)}>
                      {x.name} <small>{x.articles}</small>
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </Status>
        </section>
        <section class="card">
          <h2>Articles</h2>
          <form
            class="search"
            onSubmit={(e) => {
              e.preventDefault()
              setQuery(words.trim())
            }}
          >
            <input
              type="search"
              aria-label="Search the articles"
              placeholder="Search the articles"
              value={words}
              onInput={(e) => setWords(e.currentTarget.value)}
            />
            <button type="submit">Search</button>
          </form>
          <Status loaded={hits}>
            {({ articles }) =>
              articles.length ? (
                <ul class="articles">
                  {articles.map((x) => (
                    <li key={x.id}>
                      <a href={href(['article', x.id])}>{x.title ?? x.id}</a>{' '}
                      <small>
                        {x.source ? `${x.source}, ` : ''}
                        {x.published}
                      </small>
                      {x.snippet && <div class="snippet">{x.snippet}</div>}
                    </li>
                  ))}
                </ul>
              ) : (
                <p class="status">No article matches.</p>
              )
            }
          </Status>
          <p>
            <a href={href(['paste'])}>Paste an article</a> to see what dyad finds in it, without
            storing it.
          </p>
        </section>
      </div>
    </div>
  )
}
