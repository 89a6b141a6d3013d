import { useEffect, useState } from 'preact/hooks'
import type { ApiErrorBody } from './types.js'

/** An API error, with the server's message. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

/** `/api/…` with query parameters; undefined ones are left out. */
export function apiUrl(path: string, params: Record<string, string | number | undefined> = {}) {
  const query = new URLSearchParams()
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== '') query.set(k, String(v))
  const qs = query.toString()
  return `/api${path}${qs ? `?${qs}` : ''}`
}

async function read<T>(res: Response): Promise<T> {
  const body = (await res.json().catch(() => null)) as unknown
  if (!res.ok) {
    const message =
      (body as ApiErrorBody | null)?.error?.message ?? `${res.status} ${res.statusText}`
    throw new ApiFailure(res.status, message)
  }
  return body as T
}

export const getJson = async <T>(url: string, signal?: AbortSignal): Promise<T> =>
  read<T>(await fetch(url, { signal, headers: { accept: 'application/json' } }))

export const postJson = async <T>(url: string, body: unknown): Promise<T> =>
  read<T>(
    await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
    }),
  )

export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'error'; message: string; status: number }
  | { state: 'done'; data: T }

/** Fetches `url` (null: nothing yet) and follows it when it changes; stale answers are dropped. */
export function useApi<T>(url: string | null): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' })
  useEffect(() => {
    if (url === null) return
    const abort = new AbortController()
    setLoaded({ state: 'loading' })
    getJson<T>(url, abort.signal).then(
      (data) => setLoaded({ state: 'done', data }),
      (err: Error) => {
        if (abort.signal.aborted) return
        setLoaded({
          state: 'error',
          message: err.message,
          status: err instanceof ApiFailure ? err.status : 0,
        })
      },
    )
    return () => abort.abort()
  }, [url])
  return loaded
}
