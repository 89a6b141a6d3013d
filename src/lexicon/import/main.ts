/**
 * `npm run lexicon:import`: converts the PETRARCH event dictionaries in
 * ../shared/reference/event-dictionaries into dyad's verb and agent lexicon files
 * (`src/lexicon/data/<lang>/cameo-verbs.jsonl`, `cameo-patterns.jsonl`, `agents.jsonl`),
 * with the bare codes reviewed in `bare-code-review.jsonl` written over the source's.
 * Deterministic: sorted ids, no dates. Prints what each source gave and what it dropped.
 *
 * `--verbose` writes every skipped or repaired line to standard error, with its reason.
 *
 * @example
 * npm run lexicon:import -- --dict ../shared/reference/event-dictionaries --verbose
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { DyadError, InputError, UsageError } from '../../errors.js'
import { readJsonl } from '../read-jsonl.js'
import {
  agentSchema,
  type CameoPattern,
  type CameoVerb,
  cameoPatternSchema,
  cameoVerbSchema,
} from '../verb-schemas.js'
import { readAgents, withoutActNouns } from './agents.js'
import { readCameoTable } from './codes.js'
import { applyBareReview, applyEntryReview, StaleReview } from './review.js'
import { Tally } from './source.js'
import { importVerbs } from './verbs.js'
import { langWords, prepositionList } from './words.js'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
/** Where the hand-written review of bare codes is read from, whatever `--out` says. */
const DATA = join(ROOT, 'src/lexicon/data')

interface VerbSource {
  path: string
  syntax: 'p1' | 'p2'
  pad: boolean
  /**
   * Its blocks list machine-translated synonyms, and a pattern there whose only slot is a
   * bare preposition ("enfrentar (por)" [141], "llegar (a)" [040], "mantener (con)" [052])
   * says nothing the verb does not: it is dropped, and the verb's own code stands.
   */
  synonymSets?: boolean
}

/** Which files each language takes, the current dictionary first. */
const SOURCES: Record<'en' | 'es', { verbs: VerbSource[]; agents: string }> = {
  en: {
    verbs: [{ path: 'petrarch2/CAMEO.2.0.txt', syntax: 'p2', pad: false }],
    agents: 'petrarch2/Phoenix.agents.txt',
  },
  es: {
    verbs: [
      { path: 'UniversalPetrarch/verbpatterns_es_190128.txt', syntax: 'p1', pad: true },
      {
        path: 'UniversalPetrarch/Verbs_ESP_full_20171114.txt',
        syntax: 'p2',
        pad: false,
        synonymSets: true,
      },
    ],
    agents: 'UniversalPetrarch/agents_181220.txt',
  },
}

function main(): number {
  const { values } = parseArgs({
    options: {
      dict: { type: 'string' },
      out: { type: 'string' },
      cameo: { type: 'string' },
      verbose: { type: 'boolean', default: false },
    },
  })
  const dict = resolve(values.dict ?? join(ROOT, '../shared/reference/event-dictionaries'))
  const out = resolve(values.out ?? join(ROOT, 'src/lexicon/data'))
  const cameoFile = resolve(values.cameo ?? join(dict, '../cameo-codes.tsv'))
  for (const p of [dict, cameoFile])
    if (!existsSync(p)) throw new UsageError(`${p}: not found (--dict DIR, --cameo FILE)`)
  const table = readCameoTable(readFileSync(cameoFile, 'utf8'))
  const read = (rel: string) => {
    const file = join(dict, rel)
    if (!existsSync(file))
      throw new InputError(file, 'not found: the importer needs every source file')
    return readFileSync(file, 'utf8')
  }
  const extra = prepositionList(read('petrarch2/Phoenix.prepositions.txt'))

  for (const lang of ['en', 'es'] as const) {
    const words = langWords(lang, lang === 'en' ? extra : [])
    const sources = SOURCES[lang].verbs.map((s) => ({
      ...s,
      name: s.path.split('/').pop() as string,
      text: read(s.path),
    }))
    const imported = importVerbs(lang, sources, { table, words, verbose: values.verbose })
    const { reports } = imported
    const synonyms = new Set(sources.filter((s) => s.synonymSets).map((s) => s.name))
    let patterns = imported.patterns.filter(
      (p) => !(synonyms.has(p.src.slice(0, p.src.lastIndexOf(':'))) && onlyPreposition(p)),
    )
    if (synonyms.size)
      report(`${lang} synonym sets`, [
        `${imported.patterns.length - patterns.length} patterns whose only slot is a bare preposition dropped`,
      ])
    for (const r of reports)
      report(r.name, [
        `${r.file.synsets.size} synsets, ${r.file.blocks.length} blocks`,
        `${r.file.blocks.reduce((n, b) => n + b.verbs.length, 0)} verb lines → ${r.verbs} verbs`,
        `${r.file.blocks.reduce((n, b) => n + b.patterns.length, 0)} patterns with a valid code → ${r.patterns} kept`,
        ...r.tally.lines(),
      ])
    const reviewFile = join(DATA, lang, 'bare-code-review.jsonl')
    let reviewed: ReturnType<typeof applyBareReview>
    try {
      reviewed = applyBareReview(imported.verbs, readJsonl(reviewFile, 'bareReview', DATA), table)
    } catch (e) {
      if (!(e instanceof StaleReview)) throw e
      throw new InputError(relativeToRoot(reviewFile), `${e.message}: review the verb again`)
    }
    const { counts } = reviewed
    report(relativeToRoot(reviewFile), [
      `${counts.reviewed} lemmas: ${counts.kept} kept, ${counts.recoded} recoded, ${counts.dropped} dropped (${counts.entries} entries changed)`,
    ])
    const entryFile = join(DATA, lang, 'entry-review.jsonl')
    let verbs = reviewed.verbs
    if (existsSync(entryFile)) {
      try {
        const r = applyEntryReview(
          verbs,
          patterns,
          readJsonl(entryFile, 'entryReview', DATA),
          table,
        )
        verbs = r.verbs
        patterns = r.patterns
        report(relativeToRoot(entryFile), [
          `${r.counts.recoded} entries recoded, ${r.counts.dropped} dropped`,
        ])
      } catch (e) {
        if (!(e instanceof StaleReview)) throw e
        throw new InputError(relativeToRoot(entryFile), `${e.message}: review the entry again`)
      }
    }
    const agentsTally = new Tally(values.verbose)
    const agentsFile = SOURCES[lang].agents
    const { kept: agents, dropped: acts } = withoutActNouns(
      readAgents(lang, agentsFile.split('/').pop() as string, read(agentsFile), agentsTally),
      actNouns(lang),
    )
    report(agentsFile.split('/').pop() as string, [
      `${agents.length} agents`,
      ...agentsTally.lines(),
      `${acts.length} dropped as event nouns of event-patterns.jsonl: ${acts.join(', ') || 'none'}`,
    ])

    const dir = join(out, lang)
    mkdirSync(dir, { recursive: true })
    const written = [
      write(join(dir, 'cameo-verbs.jsonl'), verbs, (v) => cameoVerbSchema.parse(v)),
      write(join(dir, 'cameo-patterns.jsonl'), patterns, (p) => cameoPatternSchema.parse(p)),
      write(join(dir, 'agents.jsonl'), agents, (a) => agentSchema.parse(a)),
    ]
    report(`${lang} output`, [
      `${verbs.length} verb entries, ${new Set(verbs.map((v) => v.lemma)).size} lemmas, ${patterns.length} patterns (${expanded(verbs, patterns)} verb × pattern pairs), ${agents.length} agents`,
      ...written,
    ])
  }
  return 0
}

/**
 * The event nouns the project's own patterns head: a noun whose pattern goes on with a
 * preposition or nothing ("acuerdo con", "visita a"), not one that only modifies the act
 * ("military" in "military aid to").
 */
function actNouns(lang: 'en' | 'es'): Set<string> {
  const words = readJsonl(join(DATA, lang, 'event-words.jsonl'), 'eventWord', DATA)
  const preps = new Set(words.filter((w) => MARKS.has(w.type)).map((w) => w.word.toLowerCase()))
  const out = new Set<string>()
  for (const p of readJsonl(join(DATA, lang, 'event-patterns.jsonl'), 'eventPattern', DATA)) {
    const first = p.then?.[0]
    if (first !== undefined && !preps.has(first)) continue
    for (const n of p.noun ?? []) out.add(n.toLowerCase())
  }
  return out
}

const MARKS = new Set(['preposition', 'genitive', 'recipient', 'partner'])

/** How many (verb, pattern) pairs the loader makes: what one line per pair would have cost. */
function expanded(verbs: readonly CameoVerb[], patterns: readonly CameoPattern[]): number {
  const perBlock = new Map<string, number>()
  for (const p of patterns) perBlock.set(p.block, (perBlock.get(p.block) ?? 0) + 1)
  return verbs.reduce((n, v) => n + (perBlock.get(v.block) ?? 0), 0)
}

function write<T extends { id: string; src: string }>(
  file: string,
  rows: readonly T[],
  check: (row: T) => unknown,
): string {
  let previous = ''
  for (const r of rows) {
    if (r.id <= previous) throw new Error(`${file}: id ${r.id} is not unique and sorted (${r.src})`)
    previous = r.id
    try {
      check(r)
    } catch (cause) {
      throw new Error(`${file}: the entry from ${r.src} breaks the schema`, { cause })
    }
  }
  writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : ''))
  return `${relativeToRoot(file)}: ${rows.length} lines, ${(statSync(file).size / 1e6).toFixed(2)} MB`
}

const relativeToRoot = (p: string) => (p.startsWith(`${ROOT}/`) ? p.slice(ROOT.length + 1) : p)

function report(title: string, lines: readonly string[]): void {
  process.stdout.write(`${title}\n${lines.map((l) => `  ${l}\n`).join('')}`)
}

try {
  process.exitCode = main()
} catch (e) {
  if (!(e instanceof DyadError)) throw e
  process.stderr.write(`lexicon:import: ${e.message}\n`)
  process.exitCode = 1
}

/** A pattern whose only slot is a preposition with nothing named after it. */
function onlyPreposition(p: CameoPattern): boolean {
  return (
    !p.object &&
    !p.subject &&
    !p.particles.length &&
    p.preps.length > 0 &&
    p.preps.every((q) => !q.heads.length && !q.mods.length && !q.modSyns?.length)
  )
}
