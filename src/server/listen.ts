import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { serve } from '@hono/node-server'
import { DyadError } from '../errors.js'
import { AnalyzerPool } from '../extract/index.js'
import { DEFAULT_MAX_SECONDS } from '../extract/pool.js'
import { LANGS, loadLexicon } from '../lexicon/index.js'
import type { Store } from '../store/index.js'
import { createApp } from './app.js'

/** Where `npm run build` puts the dashboard, beside the compiled server. */
export const WEB_ROOT = fileURLToPath(new URL('../web', import.meta.url))

export interface ServeOptions {
  store: Store
  host: string
  /** 0 picks a free port. */
  port: number
  maxBodyBytes?: number
  webRoot?: string | null
}

export interface RunningServer {
  /** The address to open, e.g. `http://127.0.0.1:8080/`. */
  url: string
  host: string
  port: number
  /** Only this machine can connect. */
  local: boolean
  close(): Promise<void>
}

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]']

export const isLoopback = (host: string): boolean =>
  host === 'localhost' || /^127\.\d+\.\d+\.\d+$/.test(host) || host === '::1' || host === '[::1]'

/**
 * Starts the API and dashboard on `host:port`. Articles posted to `/api/analyze` are
 * analysed on a worker thread, so a long article does not hold up other requests.
 */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  // Actor names and stance words come from the lexicons: load them before the first request.
  for (const lang of LANGS) loadLexicon(lang)
  const local = isLoopback(options.host)
  const hostname = options.host.replace(/^\[(.*)\]$/, '$1')
  let pool: AnalyzerPool | undefined
  // The worker thread starts with the first article posted, not with the server.
  const analyzer = () => {
    pool ??= new AnalyzerPool(1, { maxSeconds: DEFAULT_MAX_SECONDS })
    return pool
  }
  const app = createApp({
    store: options.store,
    analyzer: { analyze: (input, opts) => analyzer().analyze(input, opts) },
    webRoot: options.webRoot === undefined ? WEB_ROOT : options.webRoot,
    maxBodyBytes: options.maxBodyBytes,
    allowedHosts: local ? [...LOOPBACK_NAMES, options.host.toLowerCase()] : null,
  })
  const server = serve({ fetch: app.fetch, port: options.port, hostname })
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve)
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        new DyadError(
          'E_LISTEN',
          err.code === 'EADDRINUSE'
            ? `port ${options.port} on ${options.host} is in use; pick another with --port`
            : `cannot listen on ${options.host}:${options.port}: ${err.message}`,
        ),
      ),
    )
  })
  const { port } = server.address() as AddressInfo
  const shown = hostname === '0.0.0.0' || hostname === '::' ? '127.0.0.1' : options.host
  const urlHost = shown.includes(':') && !shown.startsWith('[') ? `[${shown}]` : shown
  return {
    url: `http://${urlHost}:${port}/`,
    host: options.host,
    port,
    local,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        ;(server as { closeAllConnections?: () => void }).closeAllConnections?.()
      })
      await pool?.close()
    },
  }
}
