import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

const CLI = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'dyad-serve-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const dyad = (args: string[]) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

describe('dyad demo and dyad serve', () => {
  const db = join(dir, 'demo.db')

  it('ends the demo with the dashboard address on the demo store', () => {
    const r = dyad(['demo', '--db', db])
    expect(r.code).toBe(0)
    const last = r.out.trim().split('\n').slice(-2).join('\n')
    expect(last).toContain(`dyad serve --db ${db}`)
    expect(last).toMatch(/http:\/\/127\.0\.0\.1:8080\/#\/dyad\/Trump\/Bukele$/)
  })

  it('serves the store on 127.0.0.1 and says that only this machine can connect', async () => {
    const child = spawn(process.execPath, [CLI, 'serve', '--db', db, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    try {
      const out = await new Promise<string>((resolve, reject) => {
        let text = ''
        child.stdout.on('data', (chunk: Buffer) => {
          text += chunk.toString()
          if (text.includes('Ctrl-C')) resolve(text)
        })
        child.once('exit', (code) => reject(new Error(`exited with ${code}: ${text}`)))
      })
      expect(out).toMatch(/bound to 127\.0\.0\.1: only this machine can connect/)
      const url = out.match(/http:\/\/127\.0\.0\.1:\d+\//)?.[0] as string
      const stats = (await (await fetch(`${url}api/stats`)).json()) as {
        counts: { articles: number }
      }
      expect(stats.counts.articles).toBe(14)
      const page = await fetch(url)
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self'")
      expect(await page.text()).toContain('<div id="app">')
    } finally {
      child.kill('SIGTERM')
    }
  })

  it.each([
    [['serve'], /serve needs --db FILE/],
    [['serve', '--db', join(dir, 'missing.db')], /no such store/],
    [['serve', '--db', 'x.db', '--port', 'http'], /--port must be a port number/],
    [['serve', '--db', 'x.db', '--host', 'a b'], /--host must be a host name/],
  ])('refuses %j', (args, message) => {
    const r = dyad(args)
    expect(r.code).toBe(2)
    expect(r.err).toMatch(message)
  })
})
