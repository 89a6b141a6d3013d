import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { MODEL_DIR } from '../annotate.js'
import { type ConlluSentence, readConllu } from '../conllu.js'

// The hand-annotated news sentences of data/treebank/ measure the parsers on news (and may
// be learned from): each must be a tree labelled as the language's UD treebank labels its
// trees, or the scores count the annotation's mistakes as the parser's.
const UD = join(import.meta.dirname, '../../../../shared/ud')
const UPOS = new Set(
  'ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART PRON PROPN PUNCT SCONJ SYM VERB X'.split(' '),
)

/** What is wrong with a sentence's tree, in words (none: nothing). */
function problems(s: ConlluSentence, labels: ReadonlySet<string>): string[] {
  const out: string[] = []
  const heads = s.words.map((w) => w.head ?? -1)
  if (heads.filter((h) => h === 0).length !== 1) out.push('not one root')
  s.words.forEach((w, i) => {
    const h = heads[i] as number
    if (h < 0 || h > heads.length || h === i + 1) out.push(`${w.form}: head ${h}`)
    if ((w.deprel === 'root') !== (h === 0)) out.push(`${w.form}: root and head 0 disagree`)
    if (!labels.has(w.deprel ?? '')) out.push(`${w.form}: relation ${w.deprel}`)
    if (!UPOS.has(w.upos ?? '')) out.push(`${w.form}: tag ${w.upos}`)
    // Punctuation has no dependents in UD.
    if (w.upos === 'PUNCT' && heads.includes(i + 1))
      out.push(`${w.form}: punctuation with dependents`)
  })
  for (let i = 1; i <= heads.length; i++) {
    let x = i
    for (let steps = 0; x > 0 && steps <= heads.length; steps++) x = heads[x - 1] as number
    if (x !== 0) out.push(`word ${i} does not reach the root`)
  }
  return out
}

describe.each([
  ['English', 'news-en.conllu', 'en_ewt/train.conllu.gz', 150],
  ['English', 'news-en-check.conllu', 'en_ewt/train.conllu.gz', 50],
  ['Spanish', 'news-es.conllu', 'es_gsd/dev.conllu.gz', 150],
  ['Spanish', 'news-es-check.conllu', 'es_gsd/dev.conllu.gz', 50],
] as const)('the hand-annotated %s news sentences of %s', (_, name, treebank, least) => {
  const text = readFileSync(join(MODEL_DIR, '../treebank', name), 'utf8')
  const sentences = [...readConllu(text)]

  it('hold enough sentences with unique ids and their text', () => {
    expect(sentences.length).toBeGreaterThan(least)
    const ids = text.match(/^# sent_id = .+$/gm) ?? []
    expect(ids).toHaveLength(sentences.length)
    expect(new Set(ids).size).toBe(ids.length)
    expect(text.match(/^# text = .+$/gm)).toHaveLength(sentences.length)
  })

  it('share no sentence with the other file of their language', () => {
    const other = name.endsWith('-check.conllu')
      ? name.replace('-check', '')
      : name.replace('.conllu', '-check.conllu')
    const ids = new Set(text.match(/^# sent_id = .+$/gm))
    const theirs = readFileSync(join(MODEL_DIR, '../treebank', other), 'utf8')
    expect((theirs.match(/^# sent_id = .+$/gm) ?? []).filter((id) => ids.has(id))).toEqual([])
  })

  it('are trees with the relations and tags the language’s UD treebank uses', () => {
    const raw = gunzipSync(readFileSync(join(UD, treebank))).toString('utf8')
    const labels = new Set([...readConllu(raw)].flatMap((s) => s.words.map((w) => w.deprel ?? '')))
    const found = sentences.flatMap((s, k) =>
      problems(s, labels).map((p) => `sentence ${k + 1}: ${p}`),
    )
    expect(found).toEqual([])
  })

  it('find what is wrong with a broken tree', () => {
    const [first] = sentences as [ConlluSentence]
    const cyclic = {
      ...first,
      words: first.words.map((w) => ({ ...w, head: w.head === 0 ? 1 : w.head })),
    }
    expect(problems(cyclic, new Set())).toEqual(expect.arrayContaining(['not one root']))
  })
})
