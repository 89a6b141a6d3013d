/** The dyad dashboard: hash routes over the JSON API; article text is only ever rendered as text. */
import { render } from 'preact'
import { ActorPage } from './pages/actor.js'
import { ArticlePage } from './pages/article.js'
import { Home } from './pages/home.js'
import { Paste } from './pages/paste.js'
import { Relationship } from './pages/relationship.js'
import { href, type Place, usePlace } from './router.js'
import './styles.css'

function Page({ place }: { place: Place }) {
  const [kind, ...rest] = place.parts
  if (kind === 'dyad' && rest.length === 2)
    return (
      <Relationship
        a={rest[0] as string}
        b={rest[1] as string}
        from={place.query.get('from') ?? undefined}
        to={place.query.get('to') ?? undefined}
      />
    )
  if (kind === 'actor' && /^\d+$/.test(rest[0] ?? '')) return <ActorPage id={Number(rest[0])} />
  if (kind === 'article' && rest[0]) return <ArticlePage id={rest[0]} query={place.query} />
  if (kind === 'paste') return <Paste />
  return <Home />
}

function App() {
  const place = usePlace()
  return (
    <>
      <nav class="top">
        <a class="brand" href="#/">
          dyad
        </a>
        <a href="#/">Relationships</a>
        <a href={href(['paste'])}>Paste an article</a>
        <a href="/api/openapi.json">API</a>
      </nav>
      <main key={`${place.parts.join('/')}`}>
        <Page place={place} />
      </main>
    </>
  )
}

const root = document.getElementById('app')
if (root) {
  root.textContent = ''
  render(<App />, root)
}
