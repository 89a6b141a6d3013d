// Private PostgreSQL and Redis instances for tests and benchmarks: each starts on a free
// local port with its files in a temporary folder, and is stopped (and its folder removed)
// by `stop()`. Plain JavaScript so that bench/ scripts can use it as well as the tests.
//
// When a server's binaries are missing, `startPostgres`/`startRedis` return null so that
// tests can skip with a message; under CI (env CI set) they throw instead, so a CI run
// never passes by skipping.
import { execFile, spawn } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { connect, createServer } from 'node:net'
import { tmpdir, userInfo } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** True when tests must not skip for want of a service. */
export const REQUIRED = Boolean(process.env.CI)

/** A free TCP port on 127.0.0.1, as the kernel hands one out. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/** The folder of PostgreSQL's server binaries: $PG_BIN, Debian's newest, or the PATH. */
function postgresBin() {
  if (process.env.PG_BIN) return process.env.PG_BIN
  const root = '/usr/lib/postgresql'
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a))
    if (versions[0]) return join(root, versions[0], 'bin')
  }
  const onPath = (process.env.PATH ?? '')
    .split(':')
    .find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')))
  return onPath ?? null
}

function missing(what, hint) {
  const message = `${what} not found (${hint})`
  if (REQUIRED) throw new Error(`${message}; CI needs it: .ci/run installs it with apt-get`)
  return message
}

/**
 * Starts a private PostgreSQL server. PostgreSQL refuses to run as root, so as root it
 * runs as the `postgres` user (Debian's package creates it).
 * @returns {Promise<{ url: string, stop: () => Promise<void> } | { skip: string }>}
 */
export async function startPostgres() {
  const bin = postgresBin()
  if (!bin) return { skip: missing('PostgreSQL (initdb, pg_ctl)', 'apt-get install postgresql') }
  const dir = mkdtempSync(join(tmpdir(), 'dyad-pg-'))
  const asRoot = userInfo().uid === 0
  const as = (cmd, args) =>
    asRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args]
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']).catch(() => ({ stdout: '' }))
    if (!stdout.trim()) {
      rmSync(dir, { recursive: true, force: true })
      return { skip: missing('a postgres user to run PostgreSQL as', 'apt-get install postgresql') }
    }
    const [uid, gid] = [Number(stdout), Number((await run('id', ['-g', 'postgres'])).stdout)]
    chownSync(dir, uid, gid)
  }
  const data = join(dir, 'data')
  const port = await freePort()
  await run(
    ...as(join(bin, 'initdb'), [
      '-D',
      data,
      '-U',
      'dyad',
      '--auth=trust',
      '-N',
      '-E',
      'UTF8',
      '--locale=C',
    ]),
  )
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir} -c fsync=off -c full_page_writes=off -c max_connections=200`
  await run(
    ...as(join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'log'), '-o', options, '-w', 'start']),
  )
  return {
    url: `postgres://dyad@127.0.0.1:${port}/postgres`,
    async stop() {
      await run(...as(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'])).catch(
        () => {},
      )
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/**
 * Starts a private Redis server with no persistence.
 * @returns {Promise<{ url: string, stop: () => Promise<void> } | { skip: string }>}
 */
export async function startRedis() {
  const found = (process.env.PATH ?? '').split(':').some((d) => existsSync(join(d, 'redis-server')))
  if (!found) return { skip: missing('redis-server', 'apt-get install redis-server') }
  const dir = mkdtempSync(join(tmpdir(), 'dyad-redis-'))
  const port = await freePort()
  const child = spawn(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--dir',
      dir,
    ],
    { stdio: 'ignore' },
  )
  const exited = new Promise((resolve) => child.once('exit', resolve))
  await waitForPort(port, exited)
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM')
      await exited
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

async function waitForPort(port, exited) {
  let gone = false
  exited.then(() => {
    gone = true
  })
  for (let i = 0; i < 200 && !gone; i++) {
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1')
      socket.once('connect', () => {
        socket.destroy()
        resolve(true)
      })
      socket.once('error', () => resolve(false))
    })
    if (open) return
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`redis-server did not start on port ${port}`)
}

/**
 * A new empty database on a server started by `startPostgres`; returns its URL.
 * @param {string} url
 * @param {string} name
 */
export async function createDatabase(url, name) {
  const { default: pg } = await import('pg')
  const client = new pg.Client(url)
  await client.connect()
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}"`)
    await client.query(`CREATE DATABASE "${name}"`)
  } finally {
    await client.end()
  }
  return url.replace(/\/[^/]*$/, `/${name}`)
}
