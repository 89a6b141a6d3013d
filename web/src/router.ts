import { useEffect, useState } from 'preact/hooks'

/** A place in the dashboard, read from the hash: `#/dyad/Trump/Bukele?from=2025-01-01`. */
export interface Place {
  parts: string[]
  query: URLSearchParams
}

export function readPlace(hash = location.hash): Place {
  const [path = '', qs = ''] = hash.replace(/^#/, '').split('?', 2)
  const parts = path
    .split('/')
    .filter(Boolean)
    .map((p) => {
      try {
        return decodeURIComponent(p)
      } catch {
        return p
      }
    })
  return { parts, query: new URLSearchParams(qs) }
}

/** The hash of a place: each part encoded, so names with slashes or `?` survive. */
export function href(
  parts: (string | number)[],
  query: Record<string, string | number | undefined> = {},
) {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') q.set(k, String(v))
  const qs = q.toString()
  return `#/${parts.map((p) => encodeURIComponent(String(p))).join('/')}${qs ? `?${qs}` : ''}`
}

export const dyadHref = (a: string | number, b: string | number) => href(['dyad', a, b])
export const actorHref = (id: number) => href(['actor', id])
export const spanHref = (article: string, start: number, end: number) =>
  href(['article', article], { s: start, e: end })

export function usePlace(): Place {
  const [place, setPlace] = useState(readPlace)
  useEffect(() => {
    const onChange = () => setPlace(readPlace())
    addEventListener('hashchange', onChange)
    return () => removeEventListener('hashchange', onChange)
  }, [])
  return place
}
