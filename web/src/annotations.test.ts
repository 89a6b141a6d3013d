import { describe, expect, it } from 'vitest'
import { type Annotation, segments } from './annotations.js'

const ann = (start: number, end: number, item: string): Annotation => ({
  layer: 'quotes',
  item,
  start,
  end,
  cls: 'quote',
  title: item,
  details: [],
})

describe('cutting the text at every highlight edge', () => {
  const text = 'Bukele said we are friends today.'
  const quote = ann(12, 26, 'q')
  const name = ann(0, 6, 'm')
  const inner = ann(15, 18, 'x')

  it('covers the whole text once, in order', () => {
    const pieces = segments(text.length, [quote, name, inner])
    expect(pieces.map((p) => text.slice(p.start, p.end)).join('')).toBe(text)
    for (let i = 1; i < pieces.length; i++) expect(pieces[i]?.start).toBe(pieces[i - 1]?.end)
  })

  it('gives each piece every highlight over it, nested ones too', () => {
    const pieces = segments(text.length, [quote, name, inner])
    const at = (word: string) =>
      pieces.find((p) => text.slice(p.start, p.end) === word)?.anns.map((a) => a.item)
    expect(at('Bukele')).toEqual(['m'])
    expect(at('are')).toEqual(['q', 'x'])
    expect(at(' said ')).toEqual([])
  })

  it('cuts at a target span even where nothing is highlighted', () => {
    const pieces = segments(text.length, [], [27, 32])
    expect(pieces.map((p) => text.slice(p.start, p.end))).toContain('today')
  })

  it('clamps spans that run past the text', () => {
    const pieces = segments(5, [ann(3, 99, 'q')])
    expect(pieces.at(-1)).toMatchObject({ start: 3, end: 5 })
  })
})
