// How well text → UD words reproduces a treebank's multi-word tokens: each gold sentence's
// `# text` is tokenised as the analyzer does and split by sentenceWords; a gold multi-word
// token counts as found when a predicted one covers the same characters with the same words.
//
//   npm run build && node bench/ud-words.mjs ../shared/ud/es_gsd/dev.conllu.gz es [--show]
import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { loadLexicon } from '../dist/lexicon/index.js'
import { readConllu } from '../dist/syntax/conllu.js'
import { sentenceWords } from '../dist/syntax/words.js'

const [file, lang = 'en', show] = process.argv.slice(2)
if (!file) throw new Error('usage: node bench/ud-words.mjs FILE.conllu[.gz] en|es [--show]')
const raw = readFileSync(file)
const text = (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8')
const lexicon = loadLexicon(lang)

let gold = 0
// Gold tokens written with an apostrophe: the rest ("its" for it's, "cats" for cat's) are typos no rule can see.
let apostrophed = 0
let apostrophedFound = 0
let predicted = 0
let found = 0
let sentences = 0
let sameWords = 0
const misses = new Map()
const extras = new Map()
const count = (map, key) => map.set(key, (map.get(key) ?? 0) + 1)

for (const s of readConllu(text)) {
  const sentText = s.comments.find((c) => c.startsWith('# text = '))?.slice(9)
  if (sentText === undefined) continue
  sentences++
  // Gold multi-word tokens by their characters in the sentence text.
  const want = new Map()
  let at = 0
  let w = 0
  let t = 0
  while (w < s.words.length) {
    const token = s.tokens[t]
    const isToken = token && token.first === w + 1
    const surface = isToken ? token.form : s.words[w].form
    const start = sentText.indexOf(surface, at)
    if (start >= 0) at = start + surface.length
    if (isToken) {
      const forms = s.words.slice(token.first - 1, token.last).map((x) => x.form)
      if (start >= 0) want.set(`${start}:${at}`, { surface, forms: forms.join(' ') })
      gold++
      if (/['’`]/.test(surface)) apostrophed++
      w = token.last
      t++
    } else w++
  }
  const tokens = lexicon.tokenize(sentText)
  const doc = {
    text: sentText,
    lang,
    published: '',
    tokens: tokens.map((x) => ({
      ...x,
      lower: x.text.toLowerCase(),
      sentence: 0,
      upper: /^\p{Lu}/u.test(x.text),
      word: /^[\p{L}\p{N}]/u.test(x.text),
    })),
    sentences: [],
  }
  const sentence = {
    index: 0,
    paragraph: 0,
    start: 0,
    end: sentText.length,
    firstToken: 0,
    endToken: tokens.length,
  }
  const out = sentenceWords(doc, sentence, lexicon.multiword)
  if (out.words.map((x) => x.form).join(' ') === s.words.map((x) => x.form).join(' ')) sameWords++
  for (const mwt of out.tokens) {
    predicted++
    const span = out.words[mwt.first - 1]
    const forms = out.words
      .slice(mwt.first - 1, mwt.last)
      .map((x) => x.form)
      .join(' ')
    const g = want.get(`${span.start}:${span.end}`)
    if (g && g.forms === forms) {
      found++
      if (/['’`]/.test(g.surface)) apostrophedFound++
      want.delete(`${span.start}:${span.end}`)
    } else count(extras, `${mwt.form} → ${forms}${g ? ` (gold ${g.forms})` : ''}`)
  }
  for (const g of want.values()) count(misses, `${g.surface} → ${g.forms}`)
}

const pct = (a, b) => `${((100 * a) / Math.max(b, 1)).toFixed(1)}%`
console.log(
  `${file}: ${gold} gold multi-word tokens, ${predicted} predicted, ${found} right: recall ${pct(found, gold)}, precision ${pct(found, predicted)}; sentences with exactly the gold words ${pct(sameWords, sentences)} of ${sentences}`,
)
if (apostrophed)
  console.log(
    `  written with an apostrophe: ${apostrophed}, recall ${pct(apostrophedFound, apostrophed)}`,
  )
if (show) {
  const top = (m) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 40)
      .map(([k, n]) => `  ${n}  ${k}`)
  console.log('missed:', ...top(misses).map((l) => `\n${l}`))
  console.log('wrong or extra:', ...top(extras).map((l) => `\n${l}`))
}
