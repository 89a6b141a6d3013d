import { describe, expect, it } from 'vitest'
import { loadSyntax } from '../syntax/annotate.js'
import type { Annotator } from '../syntax/layer.js'
import { analyzeArticle } from './pipeline.js'

describe('analyzeArticle with another parser', () => {
  it('has the readers and the syntax layer parse with the annotator it is given', () => {
    const greedy = loadSyntax('en')
    const seen: string[][] = []
    // A stand-in that tags as the model does but hangs every word on the first.
    const flat: Annotator = {
      annotate(forms) {
        seen.push([...forms])
        return greedy.annotate(forms).map((w, i) => ({
          ...w,
          head: i === 0 ? 0 : 1,
          deprel: i === 0 ? 'root' : 'dep',
        }))
      },
    }
    const input = {
      origin: 'a.txt',
      text: 'Germany banned the Iranian airline Mahan Air on Monday, officials said.',
    }
    const options = { published: '2024-11-13', lang: 'en' as const, syntax: true }
    analyzeArticle(input, { ...options, syntax: false, annotator: flat })
    // The event reader parsed the sentence with it, no syntax layer asked for.
    expect(seen).toHaveLength(1)
    const own = analyzeArticle(input, options)
    const other = analyzeArticle(input, { ...options, annotator: flat })
    expect(other.syntax?.[0]?.words.slice(1).every((w) => w.deprel === 'dep')).toBe(true)
    expect(own.syntax?.[0]?.words.some((w) => w.deprel === 'nsubj')).toBe(true)
  })
})
