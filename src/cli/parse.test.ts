import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { InputError, UsageError } from '../errors.js'
import { looksLikeConllu, runParse } from './parse.js'

// The command is tested apart from any trained model: every word hangs off the one before it.
vi.mock('../syntax/annotate.js', () => ({
  loadSyntax: (lang: string) => ({
    lang,
    annotate: (forms: readonly string[]) =>
      forms.map((form, i) => ({
        form,
        upos: 'X',
        lemma: form.toLowerCase(),
        feats: null,
        head: i,
        deprel: i ? 'dep' : 'root',
      })),
  }),
}))

const tmp = mkdtempSync(join(tmpdir(), 'dyad-parse-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

function file(name: string, content: string): string {
  const path = join(tmp, name)
  writeFileSync(path, content)
  return path
}

async function parse(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const captured = { out: '', err: '' }
  const capture = (stream: NodeJS.WriteStream, key: 'out' | 'err') =>
    vi.spyOn(stream, 'write').mockImplementation(((chunk: string, done?: () => void) => {
      captured[key] += chunk
      if (typeof done === 'function') done()
      return true
    }) as typeof stream.write)
  const spies = [capture(process.stdout, 'out'), capture(process.stderr, 'err')]
  try {
    return { code: await runParse(args), ...captured }
  } finally {
    for (const spy of spies) spy.mockRestore()
  }
}

const row = (id: string, form: string) =>
  [id, form, '_', '_', '_', '_', '_', '_', '_', '_'].join('\t')

describe('dyad parse', () => {
  it('keeps the words, multi-word tokens and comments of CoNLL-U input and fills the rest', async () => {
    const input = [
      '# sent_id = uno',
      '# text = Vuelve del mar.',
      row('1', 'Vuelve'),
      row('2-3', 'del'),
      row('2', 'de'),
      row('3', 'el'),
      row('4', 'mar'),
      row('5', '.'),
      '',
      row('1', 'Bien'),
      '',
    ].join('\n')
    const { code, out } = await parse([file('a.conllu', input), '--lang', 'es'])
    expect(code).toBe(0)
    const lines = out.trimEnd().split('\n')
    expect(lines.map((l) => l.split('\t').slice(0, 2).join(' '))).toEqual([
      '# sent_id = uno',
      '# text = Vuelve del mar.',
      '1 Vuelve',
      '2-3 del',
      '2 de',
      '3 el',
      '4 mar',
      '5 .',
      '',
      '1 Bien',
    ])
    expect(lines[4]).toBe(['2', 'de', 'de', 'X', '_', '_', '1', 'dep', '_', '_'].join('\t'))
    expect(lines[3]?.split('\t').slice(2)).toEqual(Array(8).fill('_'))
  })

  it('parses with the beam when asked, to a tree of the same words', async () => {
    const text = 'The embassy declined the request on Monday.'
    const greedy = await parse([file('g.txt', text), '--lang', 'en'])
    const beam = await parse([file('g.txt', text), '--lang', 'en', '--beam', '8'])
    expect(beam.code).toBe(0)
    const words = (out: string) => out.split('\n').filter((l) => /^\d+\t/.test(l))
    expect(words(beam.out).map((l) => l.split('\t')[1])).toEqual(
      words(greedy.out).map((l) => l.split('\t')[1]),
    )
    // Every word has a head inside the sentence, and one is the root.
    const heads = words(beam.out).map((l) => Number(l.split('\t')[6]))
    expect(heads.filter((h) => h === 0)).toHaveLength(1)
    expect(Math.max(...heads)).toBeLessThanOrEqual(heads.length)
    await expect(parse([file('g.txt', text), '--beam', '0'])).rejects.toThrow(
      /--beam must be a whole number from 1 to 64/,
    )
  })

  it('names the file and line of a malformed CoNLL-U line', async () => {
    const bad = file('bad.conllu', `${row('1', 'Hola')}\n2\tmundo\n\n`)
    const err = await parse([bad, '--lang', 'es']).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(InputError)
    expect((err as InputError).message).toBe(`${bad}:2: expected 10 tab-separated columns, found 2`)
  })

  it('splits text into sentences and words, with token ranges into the text', async () => {
    const text = "The minister didn't come.\n\nElena's aides spoke."
    const { code, out } = await parse([file('a.txt', text), '--lang', 'en'])
    expect(code).toBe(0)
    expect(out).toMatch(
      /^# newdoc id = .*a\.txt\n# sent_id = 1\n# text = The minister didn't come\.\n/,
    )
    expect(out).toContain("# sent_id = 2\n# text = Elena's aides spoke.\n")
    const ranges = [...out.matchAll(/^(\S+)\t(\S+)\t.*TokenRange=(\d+):(\d+)$/gm)]
    expect(
      ranges.map(([, id, form, a, b]) => [id, form, text.slice(Number(a), Number(b))]),
    ).toEqual([
      ['1', 'The', 'The'],
      ['2', 'minister', 'minister'],
      ['3-4', "didn't", "didn't"],
      ['5', 'come', 'come'],
      ['6', '.', '.'],
      ['1-2', "Elena's", "Elena's"],
      ['3', 'aides', 'aides'],
      ['4', 'spoke', 'spoke'],
      ['5', '.', '.'],
    ])
    expect(out).toMatch(/^3\tdid\t/m)
    expect(out).toMatch(/^5\tcome\t.*\tSpaceAfter=No\|TokenRange=20:24$/m)
  })

  it('numbers sentences across articles, and names and skips a bad input', async () => {
    const good = file('c.txt', 'Llegó ayer. Se fue hoy.')
    const { code, out, err } = await parse([good, join(tmp, 'missing.txt'), good, '--lang', 'es'])
    expect(code).toBe(1)
    expect(err).toMatch(/missing\.txt: no such file or folder/)
    expect([...out.matchAll(/^# sent_id = (\d+)$/gm)].map((m) => m[1])).toEqual([
      '1',
      '2',
      '3',
      '4',
    ])
    expect(out.match(/^# newdoc id = /gm)).toHaveLength(2)
  })

  it('prints the syntax layer as JSON, one line per article', async () => {
    const { out } = await parse([
      file('b.txt', 'Volvió del mar.'),
      '--lang',
      'es',
      '--format',
      'json',
    ])
    const [layer] = out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(layer).toHaveLength(1)
    expect(layer[0]).toMatchObject({ start: 0, end: 15 })
    expect(layer[0].words.slice(1, 3)).toEqual([
      {
        form: 'de',
        start: 7,
        end: 10,
        upos: 'X',
        lemma: 'de',
        feats: null,
        head: 1,
        deprel: 'dep',
      },
      {
        form: 'el',
        start: 7,
        end: 10,
        upos: 'X',
        lemma: 'el',
        feats: null,
        head: 2,
        deprel: 'dep',
      },
    ])
  })

  it('refuses JSON output for CoNLL-U input and unknown formats', async () => {
    const conllu = file('c.conllu', `${row('1', 'Hola')}\n\n`)
    await expect(parse([conllu, '--lang', 'es', '--format', 'json'])).rejects.toThrow(UsageError)
    await expect(parse([conllu, '--format', 'xml'])).rejects.toThrow(/conllu or json/)
  })

  it.each([
    ['# sent_id = 1\n# text = Hola\n1\tHola\t_\t_\t_\t_\t_\t_\t_\t_\n', true],
    ['\n1-2\tdel\t_\t_\t_\t_\t_\t_\t_\t_\n', true],
    ['# A heading\n\nSome text.', false],
    ['1 de mayo\tfue lunes', false],
    ['Plain text.', false],
  ])('tells CoNLL-U from other input: %j', (text, expected) => {
    expect(looksLikeConllu(text)).toBe(expected)
  })
})
