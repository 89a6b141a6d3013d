import { apiUrl, useApi } from '../api.js'
import { ArticleView } from '../components/article-view.js'
import { Status } from '../components/status.js'
import { spanHref } from '../router.js'
import type { Analysis, StoredArticle } from '../types.js'

/** A stored article, opened at the span a link points to (`?s=START&e=END`). */
export function ArticlePage({ id, query }: { id: string; query: URLSearchParams }) {
  const loaded = useApi<{ article: StoredArticle; analysis: Analysis }>(
    apiUrl(`/articles/${encodeURIComponent(id)}`),
  )
  return (
    <Status loaded={loaded}>
      {({ analysis }) => (
        <ArticleView
          analysis={analysis}
          target={targetOf(query, analysis.article.text.length)}
          onTarget={(t) => {
            location.hash = spanHref(id, t.start, t.end)
          }}
        />
      )}
    </Status>
  )
}

/** The span from the link, if it is one inside the text. */
function targetOf(query: URLSearchParams, length: number) {
  const start = Number(query.get('s'))
  const end = Number(query.get('e'))
  if (!query.has('s') || !Number.isInteger(start) || !Number.isInteger(end)) return null
  if (start < 0 || end <= start || end > length) return null
  return { start, end }
}
