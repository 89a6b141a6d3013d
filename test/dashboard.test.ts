// End-to-end: Debian's Chromium, driven by playwright-core, against `dyad serve` on the
// demo store. Screenshots of each page go to test-results/dashboard/.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// Debian's Chromium; DYAD_CHROMIUM points elsewhere.
const CHROMIUM = process.env.DYAD_CHROMIUM ?? '/usr/bin/chromium'
const CLI = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url))
const SHOTS = fileURLToPath(new URL('../test-results/dashboard/', import.meta.url))
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

const hasChromium = existsSync(CHROMIUM)
if (!hasChromium)
  console.warn(
    `browser tests skipped: ${CHROMIUM} is absent (apt-get install -y chromium; .ci/run does)`,
  )

const dir = mkdtempSync(join(tmpdir(), 'dyad-e2e-'))
let server: ChildProcess | undefined
let browser: Browser | undefined
let base = ''
/** Console errors and CSP violations, across every page: there must be none. */
const problems: string[] = []

/** Starts `dyad serve` on a free port and reads its address from the first line it prints. */
function startServer(db: string): Promise<string> {
  const child = spawn(process.execPath, [CLI, 'serve', '--db', db, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  server = child
  return new Promise((resolve, reject) => {
    let out = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const url = out.match(/http:\/\/127\.0\.0\.1:\d+\//)?.[0]
      if (url) resolve(url)
    })
    child.once('exit', (code) => reject(new Error(`dyad serve exited with ${code}: ${out}`)))
  })
}

async function open(path: string): Promise<Page> {
  const page = await (browser as Browser).newPage({ viewport: { width: 1280, height: 900 } })
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`${path}: ${m.text()}`)
  })
  page.on('pageerror', (e) => problems.push(`${path}: ${e.message}`))
  await page.goto(`${base}${path}`)
  return page
}

const shot = (page: Page, name: string, fullPage = true) =>
  page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage })

const flat = (s: string) => s.replace(/\s+/g, ' ').trim()

beforeAll(async () => {
  if (!hasChromium) return
  mkdirSync(SHOTS, { recursive: true })
  const db = join(dir, 'demo.db')
  const demo = spawnSync(process.execPath, [CLI, 'demo', '--db', db], { encoding: 'utf8' })
  expect(demo.stdout).toMatch(
    /Dashboard on the demo data: .*\n.*http:\/\/127\.0\.0\.1:8080\/#\/dyad\//,
  )
  base = await startServer(db)
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS })
}, 120_000)

afterAll(async () => {
  await browser?.close()
  server?.kill('SIGTERM')
  rmSync(dir, { recursive: true, force: true })
})

describe.skipIf(!hasChromium)('the dashboard in Chromium', () => {
  it('picks two actors by autocomplete and opens their relationship', async () => {
    const page = await open('#/')
    await page.fill('#actor-a', 'Buk')
    await page.click('#actor-a-options li:has-text("Nayib Bukele")')
    await page.fill('#actor-b', 'trum')
    await page.click('#actor-b-options li:has-text("Donald Trump")')
    await shot(page, 'home', false)
    await page.click('button:has-text("Open the relationship")')
    await page.waitForSelector('.relationship h1')
    expect(flat((await page.textContent('.relationship h1')) ?? '')).toBe(
      'Nayib Bukele ⇄ Donald Trump',
    )
    await page.close()
  })

  it('shows the relationship page of the demo dyad, with the chart drawn from data', async () => {
    const page = await open('#/dyad/Trump/Bukele')
    const canvas = await page.waitForSelector('.series canvas')
    expect(Number(await canvas.getAttribute('data-events'))).toBeGreaterThan(0)
    // The chart has drawn: a good share of the canvas is not blank.
    const inked = await page.evaluate(() => {
      const c = document.querySelector('.series canvas') as HTMLCanvasElement
      const { data } = (c.getContext('2d') as CanvasRenderingContext2D).getImageData(
        0,
        0,
        c.width,
        c.height,
      )
      let n = 0
      for (let i = 3; i < data.length; i += 4) if ((data[i] as number) > 0) n++
      return n / (c.width * c.height)
    })
    expect(inked).toBeGreaterThan(0.02)
    for (const heading of ['Bottom line', 'Convergences', 'Frictions', 'Voices', 'Key events'])
      expect(await page.isVisible(`h2:has-text("${heading}")`)).toBe(true)
    expect(await page.locator('.horizon').count()).toBe(3)
    expect(await page.locator('.voice').count()).toBeGreaterThan(2)
    expect(await page.locator('ol.timeline li').count()).toBeGreaterThan(2)
    await shot(page, 'relationship')
    await page.close()
  })

  it('follows a quote to its highlighted span in the article', async () => {
    const page = await open('#/dyad/Trump/Bukele')
    const link = page.locator('.voice a.statement').first()
    const said = flat((await link.textContent()) ?? '').replace(/…$/, '')
    const [article, start, end] = await Promise.all(
      ['data-article', 'data-start', 'data-end'].map((a) => link.getAttribute(a)),
    )
    await link.click()
    await page.waitForSelector('.hl.target')
    expect(page.url()).toContain(`s=${start}&e=${end}`)
    expect(page.url()).toContain(encodeURIComponent(article ?? ''))
    const target = flat((await page.locator('.hl.target').allTextContents()).join(''))
    expect(target.startsWith(said)).toBe(true)
    const box = await page.locator('.hl.target').first().boundingBox()
    expect(box && box.y >= 0 && box.y < 900).toBe(true)
    await page.locator('.hl.target').first().hover()
    await page.waitForSelector('.tip')
    expect(await page.textContent('.tip')).toMatch(/quote —/)
    await shot(page, 'article-span', false)
    await page.close()
  })

  it('shows an actor with roles, counterparts, network and quotes', async () => {
    const page = await open('#/dyad/Trump/Bukele')
    await page.click('.relationship h1 a:has-text("Nayib Bukele")')
    await page.waitForSelector('.network svg')
    await page.waitForSelector('table.counterparts')
    expect(await page.locator('.roles rect, .roles circle').count()).toBeGreaterThan(0)
    expect(await page.textContent('table.counterparts')).toContain('Donald Trump')
    expect(await page.locator('.network .node').count()).toBeGreaterThan(2)
    expect(await page.locator('.network line').count()).toBeGreaterThan(0)
    await page.waitForSelector('h2:has-text("Quotes by Nayib Bukele") ~ ul li')
    await shot(page, 'actor')
    // A role read in an article links to where the article states it.
    const dot = page.locator('.roles a:has(circle.seen)').first()
    expect(await dot.getAttribute('href')).toMatch(/[?&]s=\d+&e=\d+/)
    await dot.click()
    await page.waitForSelector('.hl.target')
    expect(
      flat((await page.locator('.hl.target').allTextContents()).join('')).length,
    ).toBeGreaterThan(2)
    await page.close()
  })

  it('analyses a pasted article and shows it without storing it', async () => {
    const page = await open('#/paste')
    await page.fill('input[type=text]', 'Ministers meet in Tegucigalpa')
    await page.fill('input[type=date]', '2025-05-06')
    await page.fill(
      'textarea',
      'Honduran President Xiomara Castro met Chinese Foreign Minister Wang Yi in Tegucigalpa on Monday. ' +
        '“We will deepen our trade ties,” Castro told reporters after the meeting. ' +
        'Analysts expect the agreement to face resistance in Congress next year.',
    )
    await shot(page, 'paste-form', false)
    await page.click('button:has-text("Analyse")')
    await page.waitForSelector('.article-page .hl.quote')
    expect(await page.textContent('.article-page h1')).toBe('Ministers meet in Tegucigalpa')
    expect(await page.textContent('.note')).toMatch(/nothing was stored/)
    await page.click('.found button[data-kind=quote]')
    expect(flat((await page.locator('.hl.target').allTextContents()).join(''))).toBe(
      'We will deepen our trade ties,',
    )
    await shot(page, 'paste-result')
    await page.close()
  })

  it('shows a script-laden article as text, running nothing', async () => {
    const page = await open('#/paste')
    const title = '<img src=x onerror="window.pwned=1">Headline<script>window.pwned=2</script>'
    const text =
      'Officials said on Monday <script>window.pwned=3</script> that "<b>talks</b> went well". ' +
      '<img src=x onerror="window.pwned=4"> President Nayib Bukele met Donald Trump.'
    await page.fill('input[type=text]', title)
    await page.fill('textarea', text)
    await page.click('button:has-text("Analyse")')
    await page.waitForSelector('.article-page .article-text')
    expect(await page.textContent('.article-page h1')).toBe(title)
    expect(flat((await page.textContent('.article-text')) ?? '')).toBe(flat(text))
    const injected = '.article-text script, .article-text img, .article-text b, .article-page h1 *'
    expect(await page.locator(injected).count()).toBe(0)
    await page.waitForTimeout(300)
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined()
    await shot(page, 'paste-script')
    await page.close()
  })

  it('raised no console error and no Content-Security-Policy violation', () => {
    expect(problems).toEqual([])
  })
})
