// What the extractors make of right trees: each sentence of the hand-annotated news
// treebank (data/treebank/news-<lang>.conllu and its check) is analysed as an article of
// its own twice, once on the parser's trees and once on the treebank's (its tags, lemmas, heads and
// relations; FEATS, which the treebank leaves empty, from the parser), and the events and
// quotes the two readings give are compared. A reading that differs shows a rule leaning
// on a parser's habit, or a parse error the rules feel; neither reading is gold for events.
// (FEATS the parser gave a word it tagged otherwise may not fit the gold tree: "shot" read
// as a participle where the gold tree has it finite.)
//
//   node bench/gold-trees.mjs [--lang en|es] [--parser greedy|beam|combine] [--dist DIR] [--all]
//                             [--file CONLLU]
//
// --parser picks the trees compared with the gold ones; --all lists every sentence's
// events, not only those whose readings differ; --file reads other hand-annotated
// sentences than the language's news treebank.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

const here = fileURLToPath(new URL('.', import.meta.url))
const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: join(here, '../dist') },
    lang: { type: 'string', default: 'en' },
    parser: { type: 'string', default: 'greedy' },
    all: { type: 'boolean', default: false },
    file: { type: 'string' },
  },
})
const lang = values.lang
const dist = resolve(values.dist)
const load = (path) => import(pathToFileURL(join(dist, path)).href)
const { analyzeArticle } = await load('extract/index.js')
const { loadSyntax } = await load('syntax/annotate.js')
const { readConllu } = await load('syntax/conllu.js')

const PARSERS = { greedy: {}, beam: { beam: 8 }, combine: { combine: true } }
if (!(values.parser in PARSERS))
  throw new Error(`--parser must be one of ${Object.keys(PARSERS).join(', ')}`)
const parser = loadSyntax(lang, PARSERS[values.parser])
// FEATS come from the greedy parser's tagger, whichever trees are compared.
const tagger = loadSyntax(lang)

const comment = (s, key) =>
  s.comments.map((c) => c.match(/^#\s*([\w-]+)\s*=\s*(.*)$/)).find((m) => m?.[1] === key)?.[2]

// Both halves of the language's news sentences, those a parser may learn from and the check.
const files = values.file
  ? [values.file]
  : [`news-${lang}.conllu`, `news-${lang}-check.conllu`].map((f) =>
      join(here, '../data/treebank', f),
    )
const sentences = files
  .flatMap((file) => [...readConllu(readFileSync(file, 'utf8'))])
  .map((s) => ({
    id: comment(s, 'sent_id') ?? `line ${s.line}`,
    text: comment(s, 'text') ?? '',
    words: s.words,
  }))

/** Gold trees for the sentence whose words these are; the parser's for any other. */
function goldAnnotator(gold) {
  let unmatched = 0
  return {
    get unmatched() {
      return unmatched
    },
    annotate(forms) {
      const feats = tagger.annotate(forms)
      const same = gold.length === forms.length && gold.every((w, i) => w.form === forms[i])
      if (!same) {
        unmatched++
        return feats
      }
      return gold.map((w, i) => ({
        form: w.form,
        upos: w.upos ?? 'X',
        lemma: w.lemma ?? w.form,
        feats: feats[i]?.feats ?? null,
        head: w.head ?? 0,
        deprel: w.deprel ?? 'dep',
      }))
    },
  }
}

const eventKey = (a, e) =>
  `${e.sourceCode ?? 'null'}->${e.targetCode ?? 'null'} ${e.plover} "${a.article.text.slice(e.trigger.start, e.trigger.end)}"`
const quoteKey = (a, q) =>
  `"${a.article.text.slice(q.start, q.end).slice(0, 40)}" (${q.speakerName ?? '?'})`

let same = 0
let differ = 0
let unmatched = 0
const totals = { parsed: { events: 0, quotes: 0 }, gold: { events: 0, quotes: 0 } }
for (const s of sentences) {
  if (!s.text) continue
  const input = { origin: s.id, text: s.text }
  const options = { published: '2024-06-01', lang }
  const gold = goldAnnotator(s.words)
  const readings = {
    parsed: analyzeArticle(input, { ...options, annotator: parser }),
    gold: analyzeArticle(input, { ...options, annotator: gold }),
  }
  unmatched += gold.unmatched
  const keys = {}
  for (const [name, a] of Object.entries(readings)) {
    const events = a.events.map((e) => eventKey(a, e)).sort()
    const quotes = a.quotes.map((q) => quoteKey(a, q)).sort()
    totals[name].events += events.length
    totals[name].quotes += quotes.length
    keys[name] = { events, quotes }
  }
  const agree = JSON.stringify(keys.parsed) === JSON.stringify(keys.gold)
  if (agree) same++
  else differ++
  if (agree && !values.all) continue
  console.log(`${s.id}${agree ? '' : '  (readings differ)'}: ${s.text}`)
  for (const [name, k] of Object.entries(keys)) {
    for (const e of k.events) console.log(`  ${name.padEnd(6)} event ${e}`)
    for (const q of k.quotes) console.log(`  ${name.padEnd(6)} quote ${q}`)
  }
}
console.log(
  `\n${lang}, ${values.parser} trees against gold trees: ${same} sentences read alike, ${differ} differently` +
    `; events ${totals.parsed.events} and ${totals.gold.events}, quotes ${totals.parsed.quotes} and ${totals.gold.quotes}` +
    (unmatched
      ? `; ${unmatched} sentences split into other words than the treebank's (parsed)`
      : ''),
)
