import { UsageError } from '../errors.js'
import { DEFAULT_MAX_BODY, startServer } from '../server/index.js'
import { storeName } from '../store/index.js'
import { parseOptions, sizeOption } from './options.js'
import { portOption } from './port.js'
import { storeOption } from './store-options.js'

/** `dyad serve --db FILE [--port 8080] [--host 127.0.0.1]`: the dashboard and JSON API. */
export async function runServe(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    db: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    'max-body': { type: 'string' },
  })
  if (positionals.length) throw new UsageError(`serve takes no arguments (got "${positionals[0]}")`)
  const port = portOption(values.port)
  const host = hostOption(values.host)
  const maxBodyBytes = sizeOption(values['max-body'], DEFAULT_MAX_BODY)
  const store = await storeOption(values.db, 'serve')
  try {
    const counts = await store.counts()
    const server = await startServer({ store, host, port, maxBodyBytes })
    const out = (line: string) => process.stdout.write(`${line}\n`)
    out(`dyad serve: dashboard and API on ${server.url}`)
    out(
      `  store ${storeName(values.db as string)}: ${counts.articles} articles, ${counts.entities} actors, ${counts.events} events`,
    )
    out(`  API description: ${server.url}api/openapi.json`)
    out(
      server.local
        ? `  bound to ${host}: only this machine can connect (--host 0.0.0.0 would open it to the network, without any login)`
        : `  bound to ${host}: anyone who can reach this machine can read the store; there is no login`,
    )
    out('  Ctrl-C to stop')
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve)
      process.once('SIGTERM', resolve)
    })
    await server.close()
  } finally {
    await store.close()
  }
  return 0
}

function hostOption(value: string | undefined): string {
  const host = value ?? '127.0.0.1'
  if (!/^[\w.:[\]-]+$/.test(host))
    throw new UsageError(`--host must be a host name or IP address (got "${host}")`)
  return host
}
