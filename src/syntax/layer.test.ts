import { describe, expect, it } from 'vitest'
import { docOf, textOf } from '../../test/helpers.js'
import { readConllu } from './conllu.js'
import { docSentenceConllu } from './doc-conllu.js'
import {
  type Annotator,
  parseDocSentence,
  parsedSentence,
  syntaxLayer,
  taggedSentence,
} from './layer.js'

// A stand-in for a trained model: every word hangs off the one before it.
const chain: Annotator = {
  annotate: (forms) =>
    forms.map((form, i) => ({
      form,
      upos: 'X',
      lemma: form.toLowerCase(),
      feats: null,
      head: i,
      deprel: i ? 'dep' : 'root',
    })),
}

// The same stand-in in two halves, counting how often each runs.
function countingChain() {
  const counts = { tag: 0, finish: 0, annotate: 0 }
  const tags = (forms: readonly string[]) => forms.map((f) => (/^[A-Z]/.test(f) ? 'PROPN' : 'X'))
  const model: Required<Annotator> = {
    annotate: (forms) => {
      counts.annotate++
      return chain.annotate(forms).map((w, i) => ({ ...w, upos: tags(forms)[i] as string }))
    },
    tag: (forms) => {
      counts.tag++
      return { forms, upos: tags(forms), feats: forms.map(() => null) }
    },
    finish: (tagged) => {
      counts.finish++
      return chain.annotate(tagged.forms).map((w, i) => ({ ...w, upos: tagged.upos[i] as string }))
    },
  }
  return { model, counts }
}

/** The model as an annotator of whole sentences only. */
const chainOf = (model: Annotator): Annotator => ({ annotate: (forms) => model.annotate(forms) })

describe('the syntax layer', () => {
  it('tags a sentence without parsing it, and parses it later from the same tags', () => {
    const doc = docOf('Volvió del puerto. Quiso dárselo.', 'es')
    const [first, second] = doc.sentences
    if (!first || !second) throw new Error('two sentences')
    const { model, counts } = countingChain()
    const tagged = taggedSentence(doc, first, model)
    expect(tagged.words.map((w) => [w.form, w.upos])).toEqual([
      ['Volvió', 'PROPN'],
      ['de', 'X'],
      ['el', 'X'],
      ['puerto', 'X'],
      ['.', 'X'],
    ])
    expect(taggedSentence(doc, first, model)).toBe(tagged)
    expect(counts).toEqual({ tag: 1, finish: 0, annotate: 0 })
    expect(parsedSentence(doc, first, model)).toEqual(parseDocSentence(doc, first, chainOf(model)))
    expect(counts).toEqual({ tag: 1, finish: 1, annotate: 1 })
    // A parsed sentence gives its words to a later tagging.
    parsedSentence(doc, second, model)
    expect(taggedSentence(doc, second, model)).toBe(parsedSentence(doc, second, model))
    expect(counts).toEqual({ tag: 1, finish: 1, annotate: 2 })
  })

  it('parses to tag when the model cannot tag alone', () => {
    const doc = docOf('Volvió del puerto.', 'es')
    const [sentence] = doc.sentences
    if (!sentence) throw new Error('no sentence')
    expect(taggedSentence(doc, sentence, chain)).toBe(parsedSentence(doc, sentence, chain))
  })

  it('gives one entry per sentence with the model’s annotation and the words’ spans', () => {
    const doc = docOf('Volvió del puerto. Quiso dárselo.', 'es')
    const layer = syntaxLayer(doc, chain)
    expect(layer.map((s) => textOf(doc, s))).toEqual(['Volvió del puerto.', 'Quiso dárselo.'])
    expect(layer[0]?.words.map((w) => [w.form, textOf(doc, w), w.head])).toEqual([
      ['Volvió', 'Volvió', 0],
      ['de', 'del', 1],
      ['el', 'del', 2],
      ['puerto', 'puerto', 3],
      ['.', '.', 4],
    ])
    expect(layer[0]?.words[1]).toEqual({
      form: 'de',
      start: 7,
      end: 10,
      upos: 'X',
      lemma: 'de',
      feats: null,
      head: 1,
      deprel: 'dep',
    })
  })

  it('prints a sentence as CoNLL-U whose token ranges slice the text', () => {
    const doc = docOf('Ayer volvió del puerto.', 'es')
    const [sentence] = doc.sentences
    if (!sentence) throw new Error('no sentence')
    const text = docSentenceConllu(doc, parseDocSentence(doc, sentence, chain), 7)
    const [read] = [...readConllu(text)]
    expect(read?.comments).toEqual(['# sent_id = 7', '# text = Ayer volvió del puerto.'])
    expect(read?.tokens).toEqual([{ first: 3, last: 4, form: 'del' }])
    const ranges = text.matchAll(/^(\S+)\t(\S+)\t.*TokenRange=(\d+):(\d+)$/gm)
    expect(
      [...ranges].map(([, id, form, a, b]) => [id, form, doc.text.slice(Number(a), Number(b))]),
    ).toEqual([
      ['1', 'Ayer', 'Ayer'],
      ['2', 'volvió', 'volvió'],
      ['3-4', 'del', 'del'],
      ['5', 'puerto', 'puerto'],
      ['6', '.', '.'],
    ])
    expect(text).toMatch(/^5\tpuerto\t.*\tSpaceAfter=No\|TokenRange=/m)
    expect(text).toMatch(/^3\tde\t.*\t_$/m)
  })
})
