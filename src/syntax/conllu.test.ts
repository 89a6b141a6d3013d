import { describe, expect, it } from 'vitest'
import { ConlluError, type ConlluSentence, readConllu, writeConllu } from './conllu.js'
import type { SyntaxWord } from './types.js'

const row = (...cols: string[]) => cols.join('\t')

const TEXT = `${[
  '# sent_id = s1',
  '# text = Vuelve del puerto.',
  row('1', 'Vuelve', 'volver', 'VERB', '_', 'Mood=Ind', '0', 'root', '_', '_'),
  row('2-3', 'del', '_', '_', '_', '_', '_', '_', '_', '_'),
  row('2', 'de', 'de', 'ADP', '_', '_', '4', 'case', '_', '_'),
  row('3', 'el', 'el', 'DET', '_', 'Definite=Def', '4', 'det', '_', '_'),
  row('4', 'puerto', 'puerto', 'NOUN', '_', 'Number=Sing', '1', 'obl', '_', 'SpaceAfter=No'),
  row('5', '.', '.', 'PUNCT', '_', '_', '1', 'punct', '_', '_'),
].join('\n')}\n\n${[
  '# sent_id = s2',
  row('1', 'Sí', 'sí', 'INTJ', '_', '_', '0', 'root', '_', '_'),
  row('1.1', 'x', '_', '_', '_', '_', '_', '_', '_', '_'),
].join('\n')}\n\n`

const asWords = (s: ConlluSentence) =>
  s.words.map(
    (w): SyntaxWord => ({
      form: w.form,
      lemma: w.lemma ?? '',
      upos: w.upos ?? '',
      feats: w.feats,
      head: w.head ?? 0,
      deprel: w.deprel ?? '',
    }),
  )

describe('CoNLL-U', () => {
  it('reads sentences with comments, multi-word tokens and words, and skips empty nodes', () => {
    const [a, b] = [...readConllu(TEXT)]
    expect(a?.comments).toEqual(['# sent_id = s1', '# text = Vuelve del puerto.'])
    expect(a?.tokens).toEqual([{ first: 2, last: 3, form: 'del' }])
    expect(a?.words.map((w) => w.form)).toEqual(['Vuelve', 'de', 'el', 'puerto', '.'])
    expect(a?.words[3]).toMatchObject({ head: 1, deprel: 'obl', misc: 'SpaceAfter=No' })
    expect(b?.words).toHaveLength(1)
    expect(b?.line).toBe(10)
  })

  it('writes back what it read: comments, range lines and words', () => {
    const out = [...readConllu(TEXT)]
      .map((s) =>
        writeConllu({
          comments: s.comments,
          words: asWords(s),
          tokens: s.tokens,
          misc: (i, isToken) => (isToken ? null : (s.words[i - 1]?.misc ?? null)),
        }),
      )
      .join('')
    expect(out).toBe(TEXT.replace(/^1\.1\t.*\n/m, ''))
  })

  it.each([
    ['a short line', '1\tHola\t_\n', 1, /10 tab-separated columns/],
    ['words out of order', `${row('2', 'a', ...Array(8).fill('_'))}\n`, 1, /out of order/],
    ['a bad head', `${row('1', 'a', '_', '_', '_', '_', 'x', '_', '_', '_')}\n`, 1, /bad HEAD/],
    [
      'a range past the last word',
      `# c\n${row('1-2', 'al', ...Array(8).fill('_'))}\n${row('1', 'a', ...Array(8).fill('_'))}\n\n`,
      4,
      /runs past the last word/,
    ],
  ])('names the line of %s', (_, text, line, message) => {
    try {
      ;[...readConllu(text)]
      expect.unreachable()
    } catch (err) {
      expect(err).toBeInstanceOf(ConlluError)
      expect((err as ConlluError).line).toBe(line)
      expect((err as ConlluError).reason).toMatch(message)
    }
  })
})
