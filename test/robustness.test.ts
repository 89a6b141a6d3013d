import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Analysis } from '../src/doc/index.js'
import { InputError } from '../src/errors.js'
import { analyzeArticle } from '../src/extract/index.js'
import { analysisSchema } from '../src/server/schemas/analysis.js'

// Pieces that trip naive scanners: names with titles and speech verbs, quotation marks of
// every kind left open, hyphenated acronyms, brackets, dates, dashes of dialogue, labels.
const PIECES = [
  'President Alan Marsh said ',
  'el presidente Luis Arce dijo que ',
  'U.S.-',
  '“',
  '”',
  '"',
  '«',
  '»',
  '—dijo Arce—',
  '(',
  ')',
  'Q:\n\n',
  'A:\n\n',
  ', ',
  '. ',
  '\n\n',
  'on 3 March 2024 ',
  'will ',
  'could ',
  'the ministry ',
  'Mexico ',
  'Iran ',
  'López Obrador ',
  "don't ",
  'del ',
  'dárselo ',
  'Mr. ',
  'ALL CAPS HEADLINE ',
  '\u00a0',
  '\t',
  '🙂',
  'e\u0301',
]

const articleText = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((parts) => parts.join('')),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc
    .tuple(fc.constantFrom(...PIECES), fc.integer({ min: 1, max: 300 }))
    .map(([piece, n]) => piece.repeat(n)),
)

/** Every offset-bearing field of the document, as `[where, start, end]`. */
function spans(a: Analysis): [string, number, number][] {
  const out: [string, number, number][] = []
  const add = (where: string, span: { start: number; end: number } | null | undefined) => {
    if (span) out.push([where, span.start, span.end])
  }
  for (const [i, m] of a.mentions.entries()) add(`mentions[${i}]`, m)
  for (const [i, t] of a.timexes.entries()) add(`timexes[${i}]`, t)
  for (const [i, q] of a.quotes.entries()) {
    add(`quotes[${i}]`, q)
    add(`quotes[${i}].speakerMention`, q.speakerMention)
    add(`quotes[${i}].cue`, q.cue)
  }
  for (const [i, e] of a.events.entries()) {
    add(`events[${i}]`, e)
    add(`events[${i}].trigger`, e.trigger)
    add(`events[${i}].sentence`, e.sentence)
  }
  for (const [i, x] of a.expectations.entries()) add(`expectations[${i}]`, x)
  for (const [i, e] of a.entities.entries())
    for (const [j, r] of e.roles.entries())
      if (r.evidence)
        add(`entities[${i}].roles[${j}]`, { start: r.evidence[0], end: r.evidence[1] })
  for (const [i, s] of (a.syntax ?? []).entries()) {
    add(`syntax[${i}]`, s)
    for (const [j, w] of s.words.entries()) add(`syntax[${i}].words[${j}]`, w)
  }
  return out
}

/** Checks the document; returns how many spans it checked. */
function check(a: Analysis): number {
  expect(analysisSchema.safeParse(a).success).toBe(true)
  const { text } = a.article
  const all = spans(a)
  for (const [where, start, end] of all) {
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end))
      throw new Error(`${where}: bad span ${start}–${end}`)
    if (end > text.length)
      throw new Error(`${where}: ends at ${end}, past the text (${text.length})`)
  }
  const ids = new Set(a.entities.map((e) => e.id))
  for (const m of a.mentions) expect(ids.has(m.entity)).toBe(true)
  for (const q of a.quotes) if (q.speaker) expect(ids.has(q.speaker)).toBe(true)
  for (const e of a.events) {
    if (e.source) expect(ids.has(e.source)).toBe(true)
    if (e.target) expect(ids.has(e.target)).toBe(true)
  }
  // A UD word has the text of its span, unless it is one of the words of a multi-word token ("del").
  for (const s of a.syntax ?? []) {
    const shared = new Map<string, number>()
    for (const w of s.words)
      shared.set(`${w.start}:${w.end}`, (shared.get(`${w.start}:${w.end}`) ?? 0) + 1)
    for (const w of s.words)
      if (shared.get(`${w.start}:${w.end}`) === 1) expect(text.slice(w.start, w.end)).toBe(w.form)
  }
  return all.length
}

describe('analyze on random and adversarial text', () => {
  for (const lang of ['en', 'es'] as const)
    it(`never throws and keeps every offset inside the text (${lang})`, () => {
      let checked = 0
      fc.assert(
        fc.property(articleText, (text) => {
          let analysis: Analysis
          try {
            analysis = analyzeArticle(
              { origin: 'prop.txt', text },
              { published: '2024-05-01', lang, syntax: true },
            )
          } catch (err) {
            // Only text with nothing in it may be refused, and then by name.
            if (err instanceof InputError && !text.trim()) return
            throw err
          }
          checked += check(analysis)
        }),
        { numRuns: 120, seed: 20261204 },
      )
      // The generated text must give the extractors something to find, or nothing was tested.
      expect(checked).toBeGreaterThan(1000)
    })
})
