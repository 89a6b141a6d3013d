import { useState } from 'preact/hooks'
import { apiUrl, postJson } from '../api.js'
import type { Target } from '../components/annotated-text.js'
import { ArticleView } from '../components/article-view.js'
import type { Analysis } from '../types.js'

const today = () => new Date().toISOString().slice(0, 10)

/** Paste an article, analyse it on the server, see it here: nothing is stored. */
export function Paste() {
  const [text, setText] = useState('')
  const [title, setTitle] = useState('')
  const [published, setPublished] = useState(today)
  const [lang, setLang] = useState<'auto' | 'en' | 'es'>('auto')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [analysis, setAnalysis] = useState<Analysis | null>(null)
  const [target, setTarget] = useState<Target | null>(null)

  const submit = async (e: Event) => {
    e.preventDefault()
    setBusy(true)
    setError(null)
    try {
      const r = await postJson<{ analysis: Analysis }>(apiUrl('/analyze'), {
        text,
        title: title.trim() || null,
        published,
        lang,
      })
      setTarget(null)
      setAnalysis(r.analysis)
    } catch (err) {
      setError((err as Error).message)
    } finally {
      setBusy(false)
    }
  }

  if (analysis)
    return (
      <div class="pasted">
        <p>
          <button type="button" onClick={() => setAnalysis(null)}>
            ← Edit or paste another
          </button>
        </p>
        <ArticleView
          analysis={analysis}
          target={target}
          onTarget={setTarget}
          note="Analysed for this page only: nothing was stored."
        />
      </div>
    )

  return (
    <section class="card paste">
      <h1>Paste an article</h1>
      <p class="meta">
        The text is analysed by this server and shown here with what was found. It is not stored.
      </p>
      <form onSubmit={submit}>
        <label>
          Title <input type="text" value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
        </label>
        <div class="row">
          <label>
            Published{' '}
            <input
              type="date"
              required
              value={published}
              onInput={(e) => setPublished(e.currentTarget.value)}
            />
          </label>
          <label>
            Language{' '}
            <select
              value={lang}
              onChange={(e) => setLang(e.currentTarget.value as 'auto' | 'en' | 'es')}
            >
              <option value="auto">identify</option>
              <option value="en">English</option>
              <option value="es">Spanish</option>
            </select>
          </label>
        </div>
        <label>
          Text
          <textarea
            required
            rows={14}
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
            placeholder="Paste the article's text here"
          />
        </label>
        {error && (
          <p class="status error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy || !text.trim()}>
          {busy ? 'Analysing…' : 'Analyse'}
        </button>
      </form>
    </section>
  )
}
