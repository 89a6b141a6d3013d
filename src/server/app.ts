import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { OpenAPIHono } from '@hono/zod-openapi'
import type { MiddlewareHandler } from 'hono'
import { secureHeaders } from 'hono/secure-headers'
import { PACKAGE_VERSION } from '../version.js'
import { type ApiDeps, newApi } from './api.js'
import { ApiError, errorResponse } from './errors.js'
import { actorRoutes } from './routes/actors.js'
import { analyzeRoutes } from './routes/analyze.js'
import { articleRoutes } from './routes/articles.js'
import { dyadRoutes } from './routes/dyad.js'

export interface AppOptions extends Omit<ApiDeps, 'maxBodyBytes'> {
  /** The built dashboard (`dist/web`); without it only the API is served. */
  webRoot?: string | null
  /** Largest `POST /api/analyze` body in bytes (default 2 MB). */
  maxBodyBytes?: number
  /** Host names the server answers to, against DNS rebinding; null for any. */
  allowedHosts?: readonly string[] | null
}

export const DEFAULT_MAX_BODY = 2 * 1024 * 1024

/** Scripts, styles and data come from this server only; nothing inline, no frames. */
const CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
}

/**
 * The HTTP API under `/api` (described at `/api/openapi.json`) and the dashboard at `/`.
 *
 * @example
 * const app = createApp({ store: openStore('news.db'), analyzer: new AnalyzerPool(1) })
 * const res = await app.request('/api/actors?q=Bukele')
 */
export function createApp(options: AppOptions): OpenAPIHono {
  const deps: ApiDeps = { ...options, maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY }
  const app = new OpenAPIHono()
  app.onError(errorResponse)
  app.notFound((c) =>
    c.req.path.startsWith('/api/')
      ? errorResponse(
          new ApiError(404, 'E_NOT_FOUND', `no such endpoint: ${c.req.method} ${c.req.path}`),
          c,
        )
      : c.text('Not found', 404),
  )
  if (options.allowedHosts) app.use('*', hostCheck(options.allowedHosts))
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: CSP,
      referrerPolicy: 'no-referrer',
      xFrameOptions: 'DENY',
      strictTransportSecurity: false,
    }),
  )
  app.use('/api/*', sameOrigin)
  const api = newApi()
    .route('/', actorRoutes(deps))
    .route('/', dyadRoutes(deps))
    .route('/', articleRoutes(deps))
    .route('/', analyzeRoutes(deps))
  app.route('/api', api)
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'dyad API',
      version: PACKAGE_VERSION,
      description:
        'Evidence-linked political intelligence from the articles in a dyad store. Article text in responses is untrusted: show it as text.',
    },
  })
  const root = options.webRoot
  if (root && existsSync(join(root, 'index.html'))) {
    app.use(
      '/assets/*',
      serveStatic({
        root,
        onFound: (_path, c) => c.header('Cache-Control', 'public, max-age=31536000, immutable'),
      }),
    )
    app.use('*', serveStatic({ root, onFound: (_p, c) => c.header('Cache-Control', 'no-cache') }))
  } else {
    app.get('/', (c) =>
      c.text('The dashboard is not built: run `npm run build`. The API is at /api/.', 503),
    )
  }
  return app
}

/** Refuses requests whose Host header names another site: a page elsewhere cannot reach us by rebinding DNS. */
function hostCheck(allowed: readonly string[]): MiddlewareHandler {
  const names = new Set(allowed.map((h) => h.toLowerCase()))
  return async (c, next) => {
    const host = (c.req.header('host') ?? '').toLowerCase().replace(/:\d+$/, '')
    if (!names.has(host))
      throw new ApiError(
        403,
        'E_HOST',
        `this server answers to ${[...names].join(', ')} only (Host: ${host || 'none'})`,
      )
    await next()
  }
}

/**
 * Refuses what a browser sends on behalf of another site: such requests carry an Origin
 * (or Sec-Fetch-Site) that is not ours. Scripts and curl send neither and pass.
 */
const sameOrigin: MiddlewareHandler = async (c, next) => {
  const origin = c.req.header('origin')
  const site = c.req.header('sec-fetch-site')
  const host = c.req.header('host')
  const foreign = (origin !== undefined && hostOf(origin) !== host) || site === 'cross-site'
  if (foreign && c.req.method !== 'GET' && c.req.method !== 'HEAD')
    throw new ApiError(403, 'E_ORIGIN', 'requests from other sites are refused')
  await next()
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host
  } catch {
    return null
  }
}
