import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { LexiconError } from '../errors.js'
import { extractTimexes } from '../extract/timexes/index.js'
import { makeDoc } from '../text/index.js'
import { DATA_DIR, LANGS, loadLexicon } from './index.js'

const require = createRequire(import.meta.url)
const COUNTRY_CODES = new Set(
  (require('world-countries/countries.json') as { cca3: string }[]).map((c) => c.cca3),
)
COUNTRY_CODES.add('XKX') // Kosovo: the loader maps world-countries' UNK to the code the EU and the IMF use

const LANGUAGE_FILES = [
  'abbreviations.jsonl',
  'content-breaks.jsonl',
  'countries.jsonl',
  'event-patterns.jsonl',
  'expectation-cues.jsonl',
  'event-words.jsonl',
  'function-words.jsonl',
  'group-words.jsonl',
  'language.jsonl',
  'multiword-tokens.jsonl',
  'name-particles.jsonl',
  'number-words.jsonl',
  'org-words.jsonl',
  'pronouns.jsonl',
  'regions.jsonl',
  'role-titles.jsonl',
  'speech-conventions.jsonl',
  'speech-cues.jsonl',
  'stance-words.jsonl',
  'timex-words.jsonl',
  'topics.jsonl',
]

function* jsonLines(
  dir: string,
): Generator<{ file: string; line: number; entry: Record<string, unknown> }> {
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    if (!name.endsWith('.jsonl')) continue
    const lines = readFileSync(join(dir, name), 'utf8').split('\n')
    for (let i = 0; i < lines.length; i++)
      if (lines[i]?.trim()) yield { file: name, line: i + 1, entry: JSON.parse(lines[i] as string) }
  }
}

describe.each(LANGS)('lexicon %s', (lang) => {
  it('has every file a language needs, with the same names', () => {
    const present = readdirSync(join(DATA_DIR, lang))
    for (const f of LANGUAGE_FILES) expect(present, `${lang}/${f}`).toContain(f)
  })

  it('loads and checks every file', () => {
    const lex = loadLexicon(lang)
    expect(lex.functionWords.size).toBeGreaterThan(100)
    expect(lex.countries.size).toBeGreaterThan(190)
    expect(lex.pronouns.size).toBeGreaterThan(5)
  })

  it('tags topics by content words or phrases, never by a lone function word', () => {
    const lex = loadLexicon(lang)
    const topics = readFileSync(join(DATA_DIR, lang, 'topics.jsonl'), 'utf8')
      .trim()
      .split('\n')
    topics.forEach((raw, i) => {
      for (const w of (JSON.parse(raw) as { words: string[] }).words)
        expect(lex.functionWords.has(w.toLowerCase()), `${lang}/topics.jsonl:${i + 1} "${w}"`).toBe(
          false,
        )
    })
  })

  it('ids carry the language prefix', () => {
    for (const { file, line, entry } of jsonLines(join(DATA_DIR, lang)))
      expect(String(entry.id), `${lang}/${file}:${line}`).toMatch(new RegExp(`^${lang}\\.`))
  })
})

describe('shared facts', () => {
  it('use country codes that exist', () => {
    for (const { file, line, entry } of jsonLines(join(DATA_DIR, 'shared'))) {
      const codes = [entry.country, ...((entry.countries as string[] | undefined) ?? [])].filter(
        (c) => c !== null && c !== undefined,
      )
      for (const c of codes)
        expect(COUNTRY_CODES.has(c as string), `shared/${file}:${line} ${c}`).toBe(true)
    }
  })

  it('never end a term before it starts', () => {
    for (const { file, line, entry } of jsonLines(join(DATA_DIR, 'shared/office-holders'))) {
      if (entry.to !== null)
        expect(
          String(entry.to) >= String(entry.from).slice(0, String(entry.to).length),
          `${file}:${line}`,
        ).toBe(true)
    }
  })

  it('know who held office on a date', () => {
    const { officeHolders } = loadLexicon('en')
    expect(officeHolders.termsAt('Bukele', '2024-11-13').map((t) => t.country)).toContain('SLV')
    expect(officeHolders.termsAt('Donald Trump', '2019-09-25')[0]?.office).toBe(
      'head-of-state-and-government',
    )
    expect(officeHolders.termsAt('Donald Trump', '2024-11-13')[0]?.office).toBe('president-elect')
  })
})

describe('loader errors', () => {
  const root = mkdtempSync(join(tmpdir(), 'dyad-lex-'))
  mkdirSync(join(root, 'en'))
  mkdirSync(join(root, 'shared'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it.each([
    [
      'a line that is not JSON',
      '{"id":"en.group.analysts","word":"analysts"}\n{oops\n',
      /en\/group-words\.jsonl:2: not valid JSON/,
    ],
    ['a missing field', '{"id":"en.group.analysts"}\n', /en\/group-words\.jsonl:1: word:/],
    [
      'ids out of order',
      '{"id":"en.group.b","word":"b"}\n{"id":"en.group.a","word":"a"}\n',
      /:2: id "en.group.a" is out of order/,
    ],
    [
      'a duplicate id',
      '{"id":"en.group.a","word":"a"}\n{"id":"en.group.a","word":"b"}\n',
      /:2: id "en.group.a" is a duplicate/,
    ],
  ])('names file and line for %s', (_what, content, message) => {
    writeFileSync(join(root, 'en', 'group-words.jsonl'), content)
    expect(() => loadLexicon('en', root)).toThrow(LexiconError)
    expect(() => loadLexicon('en', root)).toThrow(message)
  })
})

describe('a new language', () => {
  const root = mkdtempSync(join(tmpdir(), 'dyad-lang-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('comes from data alone: names, countries and dates in its own words', () => {
    symlinkSync(join(DATA_DIR, 'shared'), join(root, 'shared'))
    mkdirSync(join(root, 'pt'))
    writeFileSync(
      join(root, 'pt', 'language.jsonl'),
      '{"id":"pt.language","name":"Portuguese","dateLocale":"pt","countryNames":"por"}\n',
    )
    writeFileSync(
      join(root, 'pt', 'function-words.jsonl'),
      ['de', 'em', 'o'].map((w) => `{"id":"pt.fw.${w}","word":"${w}"}`).join('\n'),
    )
    const lex = loadLexicon('pt', root)
    expect(lex.countries.get('USA')?.name).toBe('Estados Unidos')
    const doc = makeDoc('O acordo foi assinado em 25 de setembro de 2019.', 'pt', '2024-11-13', lex)
    expect(extractTimexes(doc, lex).map((t) => t.value)).toEqual(['2019-09-25'])
  })
})
