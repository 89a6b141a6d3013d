/** Timexes: calendar dates and months in the text, normalised against the publication date. */
import type * as chrono from 'chrono-node'
import type { Doc, Timex } from '../../doc/index.js'
import type { Lexicon } from '../../lexicon/index.js'
import { onDemand } from '../../on-demand.js'

/**
 * chrono's casual parsers minus those that find clock times and spans of time
 * ("at 5 pm", "within two days", "this evening", "two days later"): news dates
 * never need them, and the time-expression patterns are the slowest ones.
 */
const SKIPPED_PARSERS = /TimeExpression|TimeUnitWithin|CasualTime|TimeUnitLater|EndOfCurrentMonth/

type Configuration = ReturnType<typeof chrono.es.createCasualConfiguration>

function dateParser(mod: ChronoLocale, configuration: Configuration): chrono.Chrono {
  return new mod.Chrono({
    parsers: configuration.parsers.filter((p) => !SKIPPED_PARSERS.test(p.constructor.name)),
    refiners: configuration.refiners,
  })
}

const PARSERS = new Map<string, chrono.Chrono>()

/** chrono's casual parser for a locale (`language.jsonl` names it), built once. */
function parserFor(locale: string): chrono.Chrono {
  let parser = PARSERS.get(locale)
  if (!parser) {
    // Only the article's locale is loaded (`chrono-node/es`), not all of chrono's languages.
    let mod: ChronoLocale | undefined
    try {
      mod = onDemand<ChronoLocale>(`chrono-node/${locale}`, { commonJs: true })
    } catch {
      mod = undefined
    }
    // English keeps its configuration one level down; the other locales export it directly.
    const configuration =
      mod?.createCasualConfiguration?.() ?? mod?.configuration?.createCasualConfiguration?.()
    if (!mod || !configuration)
      throw new Error(`chrono-node has no date parser for locale "${locale}"`)
    parser = dateParser(mod, configuration)
    PARSERS.set(locale, parser)
  }
  return parser
}

interface ChronoLocale {
  Chrono: typeof chrono.Chrono
  createCasualConfiguration?: () => Configuration
  configuration?: { createCasualConfiguration?: () => Configuration }
}
const DAY = 86_400_000
/** How far past the publication date an implied date may fall before news sense moves it back. */
const FUTURE_SLACK_DAYS = 45

/**
 * Finds dates with chrono-node, paragraph by paragraph (it slows down on huge
 * strings), and corrects what it gets wrong for news: implied years and weekdays
 * point to the past unless the sentence looks forward, "September of this year" is
 * one date, bare years after a preposition ("in 2021") count, and "now" does not.
 */
export function extractTimexes(doc: Doc, lex: Lexicon): Timex[] {
  const ref = anchor(doc.published)
  const out: Timex[] = []
  const { text } = doc
  const words = lex.timexWords
  for (const { start: pStart, end: pEnd } of hintedChunks(doc, words.hint)) {
    const para = text.slice(pStart, pEnd)
    const results = parserFor(lex.language.dateLocale).parse(
      para,
      { instant: ref, timezone: 'UTC' },
      { forwardDate: false },
    )
    for (let i = 0; i < results.length; i++) {
      const r = results[i] as chrono.ParsedResult
      // "de la mañana" is the morning, not tomorrow: the word before may make a phrase to ignore.
      const wordBefore = /(\p{L}+)\s+$/u.exec(para.slice(Math.max(0, r.index - 20), r.index))?.[1]
      const phrase = r.text.toLowerCase()
      if (
        words.ignore.has(phrase) ||
        (wordBefore && words.ignore.has(`${wordBefore.toLowerCase()} ${phrase}`)) ||
        isDuration(r.text, words.duration)
      )
        continue
      // "two days later", "a day after": counted from another event, not from the publication date.
      if (words.anchored.has(r.text.toLowerCase().split(/\s+/).pop() ?? '')) continue
      // A bare lower-case "sat" or "sun" is a verb or a noun, not a weekday.
      if (/^\p{Ll}{1,3}[.,;:]?$/u.test(r.text)) continue
      // chrono's word boundaries are ASCII: "Mar" in "María" or "Mar-a-Lago" is no Tuesday
      // ("mid-May" is still May).
      const charBefore = para[r.index - 1] ?? ' '
      const charAfter = para[r.index + r.text.length] ?? ' '
      if (/\p{L}/u.test(charBefore) || /[\p{L}-]/u.test(charAfter)) continue
      const c = r.start
      const hasDay = c.isCertain('day') || c.isCertain('weekday')
      if (!hasDay && !c.isCertain('month') && !c.isCertain('year')) continue
      let start = pStart + r.index
      let end = start + r.text.length
      let year = c.get('year') ?? ref.getUTCFullYear()
      let yearCertain = c.isCertain('year')
      // "September of" + "this year": chrono splits what is one month.
      const next = results[i + 1]
      const joiner = para.slice(r.index + r.text.length, next?.index ?? 0)
      if (
        next &&
        /^\s*(of|de)?\s*$/i.test(joiner) &&
        !next.start.isCertain('month') &&
        next.start.isCertain('year')
      ) {
        year = next.start.get('year') ?? year
        yearCertain = true
        end = pStart + next.index + next.text.length
        i++
      }
      let date = new Date(Date.UTC(year, (c.get('month') ?? 1) - 1, c.get('day') ?? 1))
      if (
        !yearCertain &&
        c.isCertain('month') &&
        date.getTime() - ref.getTime() > FUTURE_SLACK_DAYS * DAY &&
        !looksForward(doc, start, lex)
      ) {
        date = new Date(Date.UTC(year - 1, date.getUTCMonth(), date.getUTCDate()))
      }
      if (
        !c.isCertain('month') &&
        c.isCertain('weekday') &&
        date.getTime() > ref.getTime() &&
        !looksForward(doc, start, lex)
      ) {
        date = new Date(date.getTime() - 7 * DAY)
      }
      const iso = date.toISOString()
      const value = hasDay
        ? iso.slice(0, 10)
        : c.isCertain('month')
          ? iso.slice(0, 7)
          : iso.slice(0, 4)
      // Trim a trailing comma or space chrono sometimes keeps.
      while (end > start && /[\s,]/.test(text.charAt(end - 1))) end--
      while (start < end && /\s/.test(text.charAt(start))) start++
      // TIMEX3 leaves the preposition out: "on Monday" → "Monday".
      const lead = /^(\p{L}+)\s+/u.exec(text.slice(start, end))
      if (lead && words.lead.has((lead[1] ?? '').toLowerCase())) start += lead[0].length
      out.push({ start, end, value, type: 'DATE' })
    }
    bareYears(text, pStart, pEnd, lex, out, ref)
  }
  return joinMonthAndYear(
    text,
    out.sort((a, b) => a.start - b.start),
  )
}

/** "septiembre de este año", "September of last year": a month and a relative year are one date. */
function joinMonthAndYear(text: string, timexes: Timex[]): Timex[] {
  const out: Timex[] = []
  for (const t of timexes) {
    const prev = out[out.length - 1]
    if (
      prev &&
      prev.value.length === 7 &&
      t.value.length === 4 &&
      /^\s*(of|de|del)?\s*$/i.test(text.slice(prev.end, t.start))
    ) {
      out[out.length - 1] = { ...prev, end: t.end, value: `${t.value}${prev.value.slice(4)}` }
      continue
    }
    // chrono keeps "of"/"de" on the month ("septiembre de"): the joiner may sit inside the month's span.
    if (
      prev &&
      prev.value.length === 7 &&
      t.value.length === 4 &&
      /\s(of|de)$/i.test(text.slice(prev.start, prev.end)) &&
      /^\s*$/.test(text.slice(prev.end, t.start))
    ) {
      out[out.length - 1] = { ...prev, end: t.end, value: `${t.value}${prev.value.slice(4)}` }
      continue
    }
    out.push(t)
  }
  return out
}

/** "in 2021", "since 2019", "this year": years chrono leaves out. */
function bareYears(
  text: string,
  pStart: number,
  pEnd: number,
  lex: Lexicon,
  out: Timex[],
  ref: Date,
): void {
  const para = text.slice(pStart, pEnd)
  const taken = (s: number, e: number) => out.some((t) => t.start < e && s < t.end)
  for (const m of para.matchAll(/(\p{L}+)\s+((?:19|20)\d\d)(?![\d%])/gu)) {
    const prep = (m[1] ?? '').toLowerCase()
    if (!lex.timexWords.yearPreps.has(prep)) continue
    const s = pStart + (m.index ?? 0) + (m[0].length - (m[2] ?? '').length)
    const e = s + (m[2] ?? '').length
    if (!taken(s, e)) out.push({ start: s, end: e, value: m[2] ?? '', type: 'DATE' })
  }
  const lower = para.toLowerCase()
  for (const [phrase, offset] of lex.timexWords.relativeYears) {
    for (let at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + phrase.length)) {
      const before = lower.charAt(at - 1)
      const after = lower.charAt(at + phrase.length)
      if (/\p{L}/u.test(before) || /\p{L}/u.test(after)) continue
      const s = pStart + at
      const e = s + phrase.length
      if (!taken(s, e))
        out.push({ start: s, end: e, value: String(ref.getUTCFullYear() + offset), type: 'DATE' })
    }
  }
}

/** "for one year", "after twelve months": a length of time, not a date. */
function isDuration(text: string, leads: ReadonlySet<string>): boolean {
  const lower = text.toLowerCase()
  for (const lead of leads)
    if (
      lower.startsWith(`${lead} `) &&
      !/\d{4}|\b(january|february|march|april|may|june|july|august|september|october|november|december|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b/.test(
        lower,
      )
    )
      return true
  return false
}

function looksForward(doc: Doc, offset: number, lex: Lexicon): boolean {
  const sentence = doc.sentences.find((s) => s.start <= offset && offset < s.end)
  if (!sentence) return false
  const words = doc.text.slice(sentence.start, sentence.end).toLowerCase()
  for (const w of lex.timexWords.future)
    if (new RegExp(`(^|[^\\p{L}])${w}([^\\p{L}]|$)`, 'u').test(words)) return true
  return false
}

/**
 * Runs of adjacent sentences of one paragraph that may hold a date (a digit or a
 * date word). chrono is the slowest step, and most sentences hold no date.
 */
/**
 * Some of chrono's refiners look back over the text before each date they find, so one
 * call's work grows with the square of its text: hinted sentences are read together only
 * up to this length.
 */
const MAX_CHUNK_CHARS = 2000

function hintedChunks(doc: Doc, hint: RegExp): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  let previous = -1
  for (const s of doc.sentences) {
    if (!hint.test(doc.text.slice(s.start, s.end))) continue
    const last = out[out.length - 1]
    const prev = doc.sentences[s.index - 1]
    if (
      last &&
      previous === s.index - 1 &&
      prev?.paragraph === s.paragraph &&
      s.end - last.start <= MAX_CHUNK_CHARS
    )
      last.end = s.end
    else out.push({ start: s.start, end: s.end })
    previous = s.index
  }
  return out
}

/** Noon UTC on the publication day, so time zones never shift the date. */
function anchor(published: string): Date {
  return new Date(`${published.slice(0, 10)}T12:00:00Z`)
}
