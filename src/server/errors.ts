import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { DyadError, InputError } from '../errors.js'

/** A request the API refuses: carries its HTTP status and, for a bad parameter, its name. */
export class ApiError extends DyadError {
  readonly status: ContentfulStatusCode
  readonly parameter: string | undefined
  constructor(status: ContentfulStatusCode, code: string, message: string, parameter?: string) {
    super(code, message)
    this.status = status
    this.parameter = parameter
  }
}

interface Issue {
  path: readonly PropertyKey[]
  message: string
  code?: string
  keys?: readonly string[]
}

/** The first validation issue as a 400 naming the parameter (or body field) at fault. */
export function paramError(issues: readonly Issue[], target: string): ApiError {
  const issue = issues[0]
  const unknown = issue?.code === 'unrecognized_keys' ? issue.keys?.[0] : undefined
  if (unknown !== undefined)
    return new ApiError(400, 'E_PARAM', `unknown parameter "${unknown}"`, unknown)
  const name = issue?.path.map(String).join('.') || target
  const message = issue?.message ?? 'is not valid'
  // Messages from our schemas already name the parameter; zod's own ones don't.
  const named = message.startsWith(name) ? message : `${name}: ${message}`
  return new ApiError(400, target === 'json' ? 'E_BODY' : 'E_PARAM', named, name)
}

/** Every error becomes a JSON response here, and only here. */
export function errorResponse(err: Error, c: Context): Response {
  const body = (status: ContentfulStatusCode, code: string, message: string, parameter?: string) =>
    c.json({ error: { status, code, message, ...(parameter ? { parameter } : {}) } }, status)
  if (err instanceof ApiError) return body(err.status, err.code, err.message, err.parameter)
  if (err instanceof InputError) return body(422, err.code, err.message.replace(/^[^:]*: /, ''))
  if (err instanceof DyadError && err.code === 'E_ACTOR')
    return body(404, 'E_NOT_FOUND', err.message)
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode
    if (status === 413) return body(413, 'E_TOO_LARGE', 'the request body is too large')
    return body(status, status === 400 ? 'E_BODY' : 'E_HTTP', err.message || 'bad request')
  }
  process.stderr.write(`dyad serve: ${err.stack ?? err.message}\n`)
  return body(500, 'E_INTERNAL', 'internal error (see the server log)')
}
