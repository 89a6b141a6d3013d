import type { ConnectionOptions } from 'bullmq'
import { UsageError } from '../errors.js'

/** The one queue dyad's commands share on a Redis server. */
export const QUEUE_NAME = 'dyad-articles'

/**
 * `--queue redis://[user:password@]host:port[/db]` as BullMQ's connection options.
 *
 * @example
 * queueConnection('redis://127.0.0.1:6379/2') // { host: '127.0.0.1', port: 6379, db: 2 }
 */
export function queueConnection(url: string): ConnectionOptions {
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
    // Commands wait for a Redis that is restarting instead of failing at once.
    maxRetriesPerRequest: null,
  }
}

/** The URL without its password, to name the queue in messages. */
export const queueName = (url: string): string => url.replace(/(\/\/[^:/@]*):[^@]*@/, '$1:***@')
