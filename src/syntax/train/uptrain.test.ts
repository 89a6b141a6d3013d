import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { Annotator } from '../layer.js'
import { cachedTeacherParses, teacherParses } from './uptrain.js'

const dir = mkdtempSync(join(tmpdir(), 'dyad-uptrain-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

// A stand-in teacher: every word hangs from the first, which is the root.
const calls: string[][] = []
const teacher: Annotator = {
  annotate: (forms) => {
    calls.push([...forms])
    return forms.map((form, i) => ({
      form,
      upos: i === 0 ? 'VERB' : 'NOUN',
      lemma: form.toLowerCase(),
      feats: i === 0 ? 'Mood=Ind' : null,
      head: i === 0 ? 0 : 1,
      deprel: i === 0 ? 'root' : 'obj',
    }))
  },
}

function corpus(name: string, lines: string[]): string {
  const path = join(dir, name)
  writeFileSync(path, `${lines.join('\n')}\n`)
  return path
}

const quiet = () => {}

describe('teacher parses for uptraining', () => {
  const path = corpus('news.jsonl', [
    JSON.stringify({
      id: 'a',
      text: 'Ministers met in Lima on Monday. Talks ended. They will meet again in May.',
    }),
    '',
    JSON.stringify({ id: 'b', title: 'no text here' }),
    JSON.stringify({ id: 'c', text: 'Del acuerdo no se habló en la reunión de ayer.' }),
  ])

  it('keeps the teacher’s columns, in UD words, and skips very short sentences', () => {
    const out = teacherParses({ path, lang: 'en', words: 1000 }, teacher, quiet)
    // "Talks ended." has three words: too short to teach much.
    expect(out.map((s) => s.forms.join(' '))).toEqual([
      'Ministers met in Lima on Monday .',
      'They will meet again in May .',
      'Del acuerdo no se habló en la reunión de ayer .',
    ])
    const first = out[0]
    expect(first?.heads).toEqual([0, 1, 1, 1, 1, 1, 1])
    expect(first?.feats.slice(0, 2)).toEqual(['Mood=Ind', '_'])
    expect(first?.deprels[1]).toBe('obj')
  })

  it('splits words as the language does (Spanish contractions)', () => {
    const out = teacherParses({ path, lang: 'es', words: 1000 }, teacher, quiet)
    expect(out.at(-1)?.forms.slice(0, 3)).toEqual(['De', 'el', 'acuerdo'])
  })

  it('stops after the article that reaches the word budget', () => {
    const out = teacherParses({ path, lang: 'en', words: 5 }, teacher, quiet)
    expect(out).toHaveLength(2)
  })

  it('names the file and line of a line that is not JSON', () => {
    const bad = corpus('bad.jsonl', [
      JSON.stringify({ text: 'A fine sentence with words.' }),
      '{oops',
    ])
    expect(() => teacherParses({ path: bad, lang: 'en', words: 1000 }, teacher, quiet)).toThrow(
      `${bad}:2: not a JSON object`,
    )
  })

  it('reads the cache for the same corpus and budget, and parses again for another', () => {
    const cache = join(dir, 'en.uptrain.json')
    const spec = { path, lang: 'en' as const, words: 1000 }
    const first = cachedTeacherParses(cache, spec, () => teacher, quiet)
    calls.length = 0
    expect(cachedTeacherParses(cache, spec, () => teacher, quiet)).toEqual(first)
    expect(calls).toHaveLength(0)
    cachedTeacherParses(cache, { ...spec, words: 5 }, () => teacher, quiet)
    expect(calls.length).toBeGreaterThan(0)
  })
})
