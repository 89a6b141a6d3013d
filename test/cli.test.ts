import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'

const CLI = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url))
const tmp = mkdtempSync(join(tmpdir(), 'dyad-cli-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

function dyad(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    input,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

function file(name: string, content: string | Buffer): string {
  const path = join(tmp, name)
  writeFileSync(path, content)
  return path
}

const ARTICLE =
  'Foreign Minister Ana Ruiz met President Luis Arce in La Paz on Monday. “We agreed on a plan,” Ruiz told reporters.'

describe('dyad analyze', () => {
  it('prints one dyad.analysis/1 document for a text file', () => {
    const r = dyad(['analyze', file('a.txt', ARTICLE), '--published', '2024-11-13'])
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    const doc = JSON.parse(r.out)
    expect(doc.format).toBe('dyad.analysis/1')
    expect(doc.article.text).toBe(ARTICLE)
    expect(doc.article.published).toBe('2024-11-13')
    for (const key of ['entities', 'mentions', 'quotes', 'timexes', 'events', 'expectations'])
      expect(Array.isArray(doc[key])).toBe(true)
  })

  it('reads standard input', () => {
    const r = dyad(['analyze', '-', '--published', '2024-11-13', '--lang', 'en'], ARTICLE)
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out).article.language).toBe('en')
  })

  it('streams JSON Lines, one document per line, and names a bad line', () => {
    const lines = [
      JSON.stringify({ id: 'one', text: ARTICLE, published: '2024-01-02' }),
      '{not json',
      JSON.stringify({
        id: 'three',
        text: 'El presidente habló con la prensa el lunes en San Salvador.',
        language: 'es',
      }),
    ]
    const r = dyad([
      'analyze',
      file('batch.jsonl', `${lines.join('\n')}\n`),
      '--published',
      '2024-11-13',
    ])
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/batch\.jsonl:2: is not valid JSON/)
    const docs = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(docs.map((d) => d.article.id)).toEqual(['one', 'three'])
    expect(docs[0].article.published).toBe('2024-01-02')
    expect(docs[1].article.language).toBe('es')
  })

  it('spreads a batch over worker threads and keeps the input order', () => {
    const lines = Array.from({ length: 12 }, (_, n) =>
      JSON.stringify({ id: `a${n}`, text: `${ARTICLE} Round ${n} of the talks ended.` }),
    )
    const path = file('order.jsonl', `${lines.join('\n')}\n`)
    const threads = dyad(['analyze', path, '--published', '2024-11-13', '--workers', '2'])
    const own = dyad(['analyze', path, '--published', '2024-11-13', '--workers', '0'])
    expect(threads.err).toBe('')
    expect(threads.out).toBe(own.out)
    const ids = threads.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).article.id)
    expect(ids).toEqual(Array.from({ length: 12 }, (_, n) => `a${n}`))
  })

  it('names an article that runs past --max-seconds and goes on', () => {
    const lines = ['one', 'two'].map((id) => JSON.stringify({ id, text: ARTICLE }))
    const path = file('slow.jsonl', `${lines.join('\n')}\n`)
    // Loading the analyzer alone takes a worker longer than 10 ms: both articles run out of time.
    const r = dyad(['analyze', path, '--published', '2024-11-13', '--max-seconds', '0.01'])
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/slow\.jsonl:1: too slow, still being analysed after 0\.01 s; skipped/)
    expect(r.err).toMatch(/slow\.jsonl:2: too slow/)
    expect(r.out).toBe('')
    const inThread = dyad(['analyze', path, '--workers', '0', '--max-seconds', '5'])
    expect(inThread.code).toBe(2)
    expect(inThread.err).toMatch(/--max-seconds needs --workers 1 or more/)
  })

  it('extracts the article from an HTML page and drops scripts', () => {
    const page = `<!doctype html><html lang="en"><head><title>Page</title><meta property="article:published_time" content="2024-03-04T10:00:00Z"></head>
      <body><nav>Home | World</nav><article><h1>Talks resume</h1>
      <p>${ARTICLE} The ministers promised to meet again before the end of the year, officials said.</p>
      <p>Officials from both governments said the talks covered trade, migration and a new border crossing.</p>
      <script>alert("x")</script></article><footer>© Outlet</footer></body></html>`
    const r = dyad(['analyze', file('page.html', page)])
    expect(r.code).toBe(0)
    const doc = JSON.parse(r.out)
    expect(doc.article.published).toBe('2024-03-04')
    expect(doc.article.text).toContain('Foreign Minister Ana Ruiz')
    expect(doc.article.text).not.toContain('alert')
    expect(doc.article.text).not.toContain('Home | World')
  })

  it.each([
    ['an empty file', () => file('empty.txt', ''), /empty\.txt: is empty/],
    [
      'a binary file',
      () => file('bin.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff])),
      /bin\.txt: looks like a binary file/,
    ],
    [
      'invalid UTF-8',
      () => file('latin1.txt', Buffer.from('Presidente de la Rep\xfablica', 'latin1')),
      /latin1\.txt: is not valid UTF-8/,
    ],
    [
      'a page without an article',
      () => file('nav.html', '<html><body><nav><a href="/">Home</a></nav></body></html>'),
      /nav\.html: no article text found/,
    ],
    ['a missing path', () => join(tmp, 'nope.txt'), /nope\.txt: no such file/],
    [
      'a JSON object without text',
      () => file('notext.json', '{"title":"x"}'),
      /notext\.json: the article has no "text"/,
    ],
  ])('rejects %s with a message naming the file', (_what, make, message) => {
    const r = dyad(['analyze', make(), '--published', '2024-11-13'])
    expect(r.code).toBe(1)
    expect(r.err).toMatch(message)
    expect(r.err).not.toMatch(/\n\s+at /)
  })

  it('refuses an oversized article without reading it', () => {
    const big = file('big.txt', Buffer.alloc(3 * 1024 * 1024, 'a '))
    const r = dyad(['analyze', big, '--published', '2024-11-13', '--max-size', '1'])
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/big\.txt: is 3\.0 MB, more than the 1\.0 MB allowed/)
  })

  it.each([
    [
      ['analyze', 'x.txt', '--published', '13/11/2024'],
      /--published must be a date like 2024-11-13/,
    ],
    [['analyze', 'x.txt', '--published', '2024-02-30'], /--published must be a date/],
    [['analyze', 'x.txt', '--lang', 'fr'], /--lang must be en, es or auto/],
    [['analyze'], /analyze needs a file/],
    [['frobnicate'], /unknown command "frobnicate"/],
  ])('explains bad usage %j', (args, message) => {
    const r = dyad(args)
    expect(r.code).toBe(2)
    expect(r.err).toMatch(message)
  })

  it('lists what happened, and denied or planned events only when asked', () => {
    const text =
      'Mexico extradited 29 cartel figures to the United States. Gustavo Petro did not meet Javier Milei. Brazil will send aid to Bolivia if the floods worsen.'
    const path = file('flags.txt', text)
    const events = (...flags: string[]) =>
      JSON.parse(dyad(['analyze', path, '--published', '2025-03-06', ...flags]).out).events as {
        plover: string
        negated: boolean
        hypothetical: boolean
      }[]
    expect(events().map((e) => e.plover)).toEqual(['COOPERATE'])
    const all = events('--include-negated', '--include-hypothetical')
    expect(all.map((e) => [e.plover, e.negated, e.hypothetical])).toEqual([
      ['COOPERATE', false, false],
      ['CONSULT', true, false],
      ['AID', false, true],
    ])
    expect(events('--include-negated').map((e) => e.plover)).toEqual(['COOPERATE', 'CONSULT'])
  })

  it('asks for a publication date when the article has none', () => {
    const r = dyad(['analyze', file('nodate.txt', ARTICLE)])
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/nodate\.txt: has no publication date; pass --published/)
  })

  it('keeps going after a bad file and analyses the rest', () => {
    const r = dyad([
      'analyze',
      join(tmp, 'missing.txt'),
      file('ok.txt', ARTICLE),
      '--published',
      '2024-11-13',
    ])
    expect(r.code).toBe(1)
    expect(r.out.trim().split('\n')).toHaveLength(1)
  })
})

// The parse tests need the trained models (data/syntax/); src/cli/parse.test.ts covers the command without them.
const MODELS = ['en', 'es'].every((lang) =>
  existsSync(fileURLToPath(new URL(`../data/syntax/${lang}.dysx`, import.meta.url))),
)

describe('events with and without the parse', () => {
  const DOMESTIC = 'Peruvian police arrested dozens of protesters in Lima on Tuesday.'

  it('codes acts within one country on the parse; --fast skips the parse, and them', () => {
    const path = file('domestic.txt', DOMESTIC)
    const full = JSON.parse(dyad(['analyze', path, '--published', '2024-03-01']).out)
    expect(full.events.map((e: { sourceCode: string }) => e.sourceCode)).toContain('PERCOP')
    const fast = dyad(['analyze', path, '--published', '2024-03-01', '--fast'])
    expect(fast.code).toBe(0)
    expect(JSON.parse(fast.out).events).toEqual([])
  })
})

describe('the syntax layer', () => {
  const SENTENCES = 'El ministro volvió del viaje. Quiso dárselo al presidente.'

  it('is left out of analyze unless asked for', () => {
    const r = dyad(['analyze', file('nosyntax.txt', ARTICLE), '--published', '2024-11-13'])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out).syntax).toBeUndefined()
  })

  it.runIf(MODELS)('is added by analyze --syntax, one entry per sentence', () => {
    const path = file('syntax.txt', SENTENCES)
    const r = dyad(['analyze', path, '--published', '2024-11-13', '--lang', 'es', '--syntax'])
    expect(r.err).toBe('')
    const { article, syntax } = JSON.parse(r.out)
    expect(
      syntax.map((s: { start: number; end: number }) => article.text.slice(s.start, s.end)),
    ).toEqual(['El ministro volvió del viaje.', 'Quiso dárselo al presidente.'])
    const words = syntax[1].words as { form: string; start: number; end: number; head: number }[]
    expect(words.map((w) => w.form)).toEqual([
      'Quiso',
      'dar',
      'se',
      'lo',
      'a',
      'el',
      'presidente',
      '.',
    ])
    expect(words.slice(1, 4).map((w) => article.text.slice(w.start, w.end))).toEqual(
      Array(3).fill('dárselo'),
    )
    expect(words.filter((w) => w.head === 0)).toHaveLength(1)
    for (const w of words) expect(w.head).toBeLessThanOrEqual(words.length)
  })

  it.runIf(MODELS)('is printed by parse as CoNLL-U with token ranges into the text', () => {
    const r = dyad(['parse', '-', '--lang', 'es'], SENTENCES)
    expect(r.code).toBe(0)
    const ranges = [...r.out.matchAll(/^(\S+)\t(\S+)\t.*TokenRange=(\d+):(\d+)$/gm)]
    for (const [, , form, a, b] of ranges) expect(SENTENCES.slice(Number(a), Number(b))).toBe(form)
    expect(r.out).toMatch(/^# sent_id = 2\n# text = Quiso dárselo al presidente\.\n/m)
    expect(r.out).toMatch(/^2-4\tdárselo\t/m)
    expect(r.out).toMatch(/^2\tdar\t/m)
  })

  it.runIf(MODELS)('parses CoNLL-U with its own words, keeping range lines and comments', () => {
    const cols = (id: string, form: string) => [id, form, ...Array(8).fill('_')].join('\t')
    const input = [
      '# sent_id = a',
      cols('1', 'Vuelve'),
      cols('2-3', 'del'),
      cols('2', 'de'),
      cols('3', 'el'),
      cols('4', 'mar'),
      '',
      '',
    ]
    const r = dyad(['parse', file('small.conllu', input.join('\n')), '--lang', 'es'])
    expect(r.err).toBe('')
    const lines = r.out.trimEnd().split('\n')
    expect(lines.map((l) => l.split('\t').slice(0, 2).join(' '))).toEqual([
      '# sent_id = a',
      '1 Vuelve',
      '2-3 del',
      '2 de',
      '3 el',
      '4 mar',
    ])
    const heads = lines
      .slice(1)
      .filter((l) => /^\d+\t/.test(l))
      .map((l) => Number(l.split('\t')[6]))
    expect(heads.filter((h) => h === 0)).toHaveLength(1)
  })

  it.runIf(MODELS)('prints the same parse, in order, from worker threads as from its own', () => {
    const cols = (id: number, form: string) => [id, form, ...Array(8).fill('_')].join('\t')
    const sentence = (k: number) =>
      [
        `# sent_id = s${k}`,
        ...['Los', 'ministros', 'firmaron', `${k}`, 'acuerdos', '.'].map((w, i) => cols(i + 1, w)),
        '',
      ].join('\n')
    const path = file(
      'many.conllu',
      `${Array.from({ length: 400 }, (_, k) => sentence(k)).join('\n')}\n`,
    )
    const threads = dyad(['parse', path, '--lang', 'es', '--workers', '2'])
    const own = dyad(['parse', path, '--lang', 'es', '--workers', '0'])
    expect(threads.err).toBe('')
    expect(threads.out).toBe(own.out)
    expect([...threads.out.matchAll(/^# sent_id = (s\d+)$/gm)].map((m) => m[1])).toEqual(
      Array.from({ length: 400 }, (_, k) => `s${k}`),
    )
  })

  it.runIf(MODELS)('names the line of malformed CoNLL-U', () => {
    const r = dyad(['parse', file('broken.conllu', '1\tHola\t_\n\n'), '--lang', 'es'])
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/broken\.conllu:1: expected 10 tab-separated columns/)
  })
})

describe('dyad events', () => {
  const text =
    'President Gustavo Petro met President Luiz Inácio Lula da Silva in Brasília on Tuesday, March 4, 2025. Mexico extradited 29 cartel figures to the United States. Brazil will send aid to Bolivia if the floods worsen.'
  const input = () =>
    file(
      'events.json',
      JSON.stringify({ id: 'a1', text, published: '2025-03-06', url: 'https://example.org/a1' }),
    )

  it('writes CSV with the evidence sentence and article id on every row', () => {
    const r = dyad(['events', input(), '--format', 'csv'])
    expect(r.code).toBe(0)
    const [header, ...rows] = r.out.trim().split('\n')
    expect(header?.split(',')).toContain('evidence')
    expect(rows.length).toBeGreaterThanOrEqual(2)
    expect(rows.every((row) => row.startsWith('a1,'))).toBe(true)
    expect(r.out).toContain('COL')
    expect(r.out).toContain('CONSULT')
    expect(r.out).not.toContain('Bolivia if the floods')
  })

  it('keeps hypothetical events out of counts unless asked', () => {
    const r = dyad(['events', input(), '--format', 'plover', '--include-hypothetical'])
    const rows = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(rows.some((e) => e.hypothetical && e.event_type === 'AID')).toBe(true)
  })

  it('writes the 61 GDELT 2.0 columns plus article id and evidence', () => {
    const r = dyad(['events', input(), '--format', 'gdelt'])
    const [header, first] = r.out.trim().split('\n')
    expect(header?.split('\t')).toHaveLength(63)
    const cells = first?.split('\t') ?? []
    expect(cells).toHaveLength(63)
    expect(cells[1]).toBe('20250304')
    expect(cells[26]).toMatch(/^04/)
    expect(cells[62]).toContain('President Gustavo Petro met')
  })

  it('rejects an unknown format', () => {
    const r = dyad(['events', input(), '--format', 'xml'])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/--format must be one of csv, gdelt, plover/)
  })
})

describe('the store commands', () => {
  const CORPUS = fileURLToPath(new URL('./fixtures/brief-corpus/articles', import.meta.url))
  const db = join(tmp, 'news.db')

  it('ingests a folder, says what it did, and skips what it already holds', () => {
    const first = dyad(['ingest', CORPUS, '--db', db])
    expect(first.code).toBe(0)
    expect(first.err).toMatch(/ingested 19 articles \(0 already stored, 0 failed\)/)
    const again = dyad(['ingest', CORPUS, '--db', db, '--workers', '0'])
    expect(again.err).toMatch(/ingested 0 articles \(19 already stored, 0 failed\)/)
  })

  it('reports a bad file by name, stores the rest and exits 1', () => {
    const mixed = join(tmp, 'mixed')
    mkdirSync(mixed)
    writeFileSync(join(mixed, 'a-good.txt'), ARTICLE)
    writeFileSync(join(mixed, 'b-empty.txt'), '')
    writeFileSync(
      join(mixed, 'c-lines.jsonl'),
      `${JSON.stringify({ text: 'Ruiz met Arce in Sucre on Friday to talk about gas exports.', published: '2024-11-14' })}\n{broken\n`,
    )
    const r = dyad(['ingest', mixed, '--db', join(tmp, 'mixed.db'), '--published', '2024-11-13'])
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/b-empty\.txt: is empty/)
    expect(r.err).toMatch(/c-lines\.jsonl:2: is not valid JSON/)
    expect(r.err).toMatch(/ingested 2 articles \(0 already stored, 2 failed\)/)
  })

  it('reads RSS exports', () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><language>en</language>
      <item><title>Talks</title><link>https://example.org/t</link><pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate>
      <description>&lt;p&gt;Foreign Minister Ana Ruiz met President Luis Arce in La Paz on Monday to discuss gas exports.&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</description></item>
      </channel></rss>`
    const r = dyad(['ingest', file('feed.xml', rss), '--db', join(tmp, 'rss.db')])
    expect(r.err).toMatch(/ingested 1 article /)
    const s = dyad(['search', 'gas exports', '--db', join(tmp, 'rss.db'), '--format', 'json'])
    const [hit] = s.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(hit).toMatchObject({
      title: 'Talks',
      url: 'https://example.org/t',
      published: '2025-03-04',
    })
    expect(hit.snippet).not.toContain('alert')
  })

  it('writes a brief in Markdown, JSON and HTML', () => {
    const md = dyad(['brief', 'Bukele', 'Trump', '--db', db])
    expect(md.code).toBe(0)
    expect(md.out).toMatch(/^# Nayib Bukele – Donald Trump/)
    for (const section of ['Bottom line', 'Convergences', 'Frictions', 'Voices', 'Timeline'])
      expect(md.out).toContain(`## ${section}`)
    const json = JSON.parse(dyad(['brief', 'SLV', 'USA', '--db', db, '--format', 'json']).out)
    expect(json.format).toBe('dyad.brief/1')
    expect(json.series.length).toBeGreaterThan(0)
    const html = dyad(['brief', 'El Salvador', 'Estados Unidos', '--db', db, '--format', 'html'])
    expect(html.out).toMatch(/^<!doctype html>/)
  })

  it('names what it cannot find', () => {
    const r = dyad(['brief', 'Bukele', 'Nobody Atall', '--db', db])
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/no actor in the store matches "Nobody Atall"/)
    const missing = dyad(['brief', 'A', 'B', '--db', join(tmp, 'missing.db')])
    expect(missing.code).toBe(2)
    expect(missing.err).toMatch(/no such store/)
  })

  it('lists quotes by speaker and topic, actors and search hits', () => {
    const quotes = dyad(['quotes', '--speaker', 'Bukele', '--db', db, '--format', 'json'])
    const rows = quotes.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every((q) => q.speakerName === 'Nayib Bukele')).toBe(true)
    const topical = dyad(['quotes', '--topic', 'trade', '--db', db, '--format', 'json'])
    for (const q of topical.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l)))
      expect(q.topics).toContain('trade')
    const actors = dyad(['actors', 'Bukele', '--db', db])
    expect(actors.out.split('\n')[2]).toMatch(/Nayib Bukele\s+person\s+SLV El Salvador/)
    const search = dyad(['search', 'CECOT', '--db', db])
    expect(search.out).toMatch(/\[CECOT\]|\[Cecot\]/)
  })

  it('exports the stored events', () => {
    const r = dyad(['events', '--db', db, '--format', 'plover', '--from', '2025-05-01'])
    const rows = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(rows.length).toBeGreaterThan(0)
    for (const e of rows) expect(e.event_date >= '2025' || e.event_date === null).toBe(true)
  })
})

const BBC = fileURLToPath(new URL('../../shared/corpora/en-bbc-2004.jsonl', import.meta.url))

describe.runIf(existsSync(BBC))('an interrupted ingest', () => {
  it('keeps every committed article intact, and the next run finishes the job', async () => {
    const lines = readFileSync(BBC, 'utf8').trim().split('\n').slice(0, 800)
    const input = file('bbc-800.jsonl', `${lines.join('\n')}\n`)
    const db = join(tmp, 'killed.db')
    const child = spawn(process.execPath, [
      CLI,
      'ingest',
      input,
      '--db',
      db,
      '--published',
      '2004-06-01',
    ])
    const started = Date.now()
    // Kill it hard once some batches are committed, long before it can finish.
    while (Date.now() - started < 20_000) {
      await new Promise((r) => setTimeout(r, 100))
      if (existsSync(db) && storedCount(db) >= 50) break
    }
    child.kill('SIGKILL')
    await new Promise((r) => child.once('exit', r))
    const kept = storedCount(db)
    expect(kept).toBeGreaterThan(0)
    expect(kept).toBeLessThan(800)
    const check = new Database(db, { readonly: true })
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok')
    check.close()
    const rest = dyad(['ingest', input, '--db', db, '--published', '2004-06-01'])
    expect(rest.err).toContain(`ingested ${800 - kept} articles (${kept} already stored, 0 failed)`)
  }, 60_000)
})

function storedCount(db: string): number {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true })
    try {
      return (conn.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n
    } finally {
      conn.close()
    }
  } catch {
    return 0
  }
}
