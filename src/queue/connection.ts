import type { ConnectionOptions } from 'bullmq'
import { QueueError, UsageError } from '../errors.js'

/** The one queue dyad's commands share on a Redis server. */
export const QUEUE_NAME = 'dyad-articles'

/**
 * `--queue redis://[user:password@]host:port[/db]` as BullMQ's connection options. A
 * worker (`wait`) rides out a Redis that restarts; a command fails at once instead.
 *
 * @example
 * queueConnection('redis://127.0.0.1:6379/2') // { host: '127.0.0.1', port: 6379, db: 2, … }
 */
export function queueConnection(url: string, { wait = false } = {}): ConnectionOptions {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new UsageError(`--queue must be a redis://host:port URL (got "${url}")`)
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:')
    throw new UsageError(`--queue must be a redis://host:port URL (got "${url}")`)
  const db = parsed.pathname.replace(/^\//, '')
  if (db && !/^\d+$/.test(db))
    throw new UsageError(`--queue: the database after the port must be a number (got "${db}")`)
  return {
    host: parsed.hostname || '127.0.0.1',
    port: parsed.port ? Number(parsed.port) : 6379,
    ...(db ? { db: Number(db) } : {}),
    ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
    ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
    ...(wait
      ? { maxRetriesPerRequest: null }
      : { maxRetriesPerRequest: 1, enableOfflineQueue: false, retryStrategy: () => null }),
  }
}

/** What went wrong with the queue, as a message that names it. */
export function queueError(url: string, cause: unknown): QueueError {
  const e = cause as { code?: string; message?: string }
  const message =
    e?.code === 'ECONNREFUSED' || /ECONNREFUSED|Connection is closed/.test(e?.message ?? '')
      ? 'cannot connect (is Redis running there?)'
      : (e?.message ?? String(cause))
  return new QueueError(queueName(url), message, { cause })
}

/** The URL without its password, to name the queue in messages. */
export const queueName = (url: string): string => url.replace(/(\/\/[^:/@]*):[^@]*@/, '$1:***@')
