import type { ComponentChildren } from 'preact'
import type { Loaded } from '../api.js'

/** Renders loading and error states, or the children with the data. */
export function Status<T>({
  loaded,
  children,
}: {
  loaded: Loaded<T>
  children: (data: T) => ComponentChildren
}) {
  if (loaded.state === 'loading') return <p class="status">Loading…</p>
  if (loaded.state === 'error')
    return (
      <p class="status error" role="alert">
        {loaded.status === 404 ? 'Not found: ' : 'Something went wrong: '}
        {loaded.message}
      </p>
    )
  return <>{children(loaded.data)}</>
}
