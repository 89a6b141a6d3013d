import { apiUrl, useApi } from '../api.js'
import { Cite } from '../components/cite.js'
import { NetworkGraph } from '../components/network.js'
import { RolesChart } from '../components/roles-chart.js'
import { Status } from '../components/status.js'
import { plural } from '../format.js'
import { actorHref, dyadHref, href } from '../router.js'
import type {
  Counterpart,
  Network,
  StoredArticle,
  StoredEntity,
  StoredQuote,
  StoredRole,
} from '../types.js'

/** An actor: roles over time, counterparts by volume, the network around it, and its quotes. */
export function ActorPage({ id }: { id: number }) {
  const actor = useApi<{ actor: StoredEntity; roles: StoredRole[] }>(apiUrl(`/actors/${id}`))
  return (
    <Status loaded={actor}>
      {({ actor, roles }) => (
        <div class="actor">
          <header class="card">
            <h1>{actor.name}</h1>
            <p class="meta">
              {[actor.kind, actor.country, actor.code].filter(Boolean).join(' · ')} ·{' '}
              {plural(actor.articles, 'article')} · {plural(actor.mentions, 'mention')} · seen{' '}
              {actor.firstSeen} to {actor.lastSeen}
            </p>
            {actor.aliases.length > 0 && <p class="aliases">Also: {actor.aliases.join(' · ')}</p>}
          </header>
          <section class="card">
            <h2>Roles over time</h2>
            <RolesChart roles={roles} actor={actor} />
          </section>
          <Ties actor={actor} />
          <div class="two">
            <Quotes id={id} kind="by" title={`Quotes by ${actor.name}`} />
            <Quotes id={id} kind="about" title={`Quotes naming ${actor.name}`} />
          </div>
          <Articles id={id} />
        </div>
      )}
    </Status>
  )
}

function Ties({ actor }: { actor: StoredEntity }) {
  const counterparts = useApi<{ counterparts: Counterpart[] }>(
    apiUrl(`/actors/${actor.id}/counterparts`, { limit: 15 }),
  )
  const network = useApi<Network>(apiUrl(`/actors/${actor.id}/network`, { limit: 12 }))
  return (
    <div class="two">
      <section class="card">
        <h2>Counterparts</h2>
        <Status loaded={counterparts}>
          {({ counterparts }) =>
            counterparts.length ? (
              <table class="counterparts">
                <thead>
                  <tr>
                    <th>actor</th>
                    <th title="events between the two, either direction">events</th>
                    <th>coop.</th>
                    <th>conflict</th>
                    <th title="mean Goldstein weight">Goldstein</th>
                    <th title="articles naming both">articles</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {counterparts.map((c) => (
                    <tr key={c.entity.id}>
                      <td>
                        <a href={actorHref(c.entity.id)}>{c.entity.name}</a>{' '}
                        <small>{c.entity.kind}</small>
                      </td>
                      <td>{c.events}</td>
                      <td>{c.cooperation}</td>
                      <td>{c.conflict}</td>
                      <td>{c.meanGoldstein ?? '—'}</td>
                      <td>{c.articles}</td>
                      <td>
                        <a href={dyadHref(actor.id, c.entity.id)} title="the relationship page">
                          ⇄
                        </a>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p class="status">No counterparts yet.</p>
            )
          }
        </Status>
      </section>
      <section class="card">
        <h2>Who deals with whom</h2>
        <Status loaded={network}>{(n) => <NetworkGraph network={n} />}</Status>
      </section>
    </div>
  )
}

function Quotes({ id, kind, title }: { id: number; kind: 'by' | 'about'; title: string }) {
  const quotes = useApi<{ quotes: StoredQuote[] }>(
    apiUrl(`/actors/${id}/quotes`, { role: kind, limit: 20 }),
  )
  return (
    <section class="card">
      <h2>{title}</h2>
      <Status loaded={quotes}>
        {({ quotes }) =>
          quotes.length ? (
            <ul class="items">
              {quotes.map((q) => (
                <li key={`${q.evidence.article}-${q.evidence.start}`}>
                  {kind === 'about' && <b>{q.speakerName ?? 'unattributed'}: </b>}
                  <Cite evidence={q.evidence} />
                </li>
              ))}
            </ul>
          ) : (
            <p class="status">None.</p>
          )
        }
      </Status>
    </section>
  )
}

function Articles({ id }: { id: number }) {
  const articles = useApi<{ articles: StoredArticle[] }>(
    apiUrl('/articles', { entity: id, limit: 10 }),
  )
  return (
    <section class="card">
      <h2>Latest articles</h2>
      <Status loaded={articles}>
        {({ articles }) => (
          <ul class="articles">
            {articles.map((x) => (
              <li key={x.id}>
                <a href={href(['article', x.id])}>{x.title ?? x.id}</a>{' '}
                <small>
                  {x.source ? `${x.source}, ` : ''}
                  {x.published}
                </small>
              </li>
            ))}
          </ul>
        )}
      </Status>
    </section>
  )
}
