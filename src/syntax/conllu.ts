import type { MultiWordToken, SyntaxWord } from './types.js'

/** A sentence of a CoNLL-U file: its comments, words (empty nodes dropped) and multi-word tokens. */
export interface ConlluSentence {
  comments: string[]
  words: ConlluWord[]
  tokens: MultiWordToken[]
  /** 1-based line of the sentence's first line in its file, for error messages. */
  line: number
}

/** A word as read: columns the file leaves `_` are null (the form is always given). */
export interface ConlluWord {
  form: string
  lemma: string | null
  upos: string | null
  feats: string | null
  head: number | null
  deprel: string | null
  misc: string | null
}

export class ConlluError extends Error {
  constructor(
    readonly reason: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${reason}`)
  }
}

const blank = (v: string | undefined): string | null => (v === undefined || v === '_' ? null : v)

/**
 * Reads CoNLL-U text. Word lines must number 1, 2, … within their sentence; range lines
 * (`3-4`) become multi-word tokens; empty nodes (`8.1`) belong to the enhanced graph and
 * are skipped. A `_` form is taken literally (it is a word in some treebanks).
 */
export function* readConllu(text: string): Generator<ConlluSentence> {
  let cur: ConlluSentence | null = null
  let lineNo = 0
  let pos = 0
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos)
    if (nl < 0) nl = text.length
    let line = text.slice(pos, nl)
    pos = nl + 1
    lineNo++
    if (line.endsWith('\r')) line = line.slice(0, -1)
    if (line.trim() === '') {
      if (cur && complete(cur, lineNo)) yield cur
      cur = null
      continue
    }
    cur ??= { comments: [], words: [], tokens: [], line: lineNo }
    if (line.startsWith('#')) {
      cur.comments.push(line)
      continue
    }
    const cols = line.split('\t')
    if (cols.length !== 10)
      throw new ConlluError(`expected 10 tab-separated columns, found ${cols.length}`, lineNo)
    const id = cols[0] ?? ''
    if (/^\d+\.\d+$/.test(id)) continue
    const range = /^(\d+)-(\d+)$/.exec(id)
    if (range) {
      const first = Number(range[1])
      const last = Number(range[2])
      if (first !== cur.words.length + 1 || last < first)
        throw new ConlluError(`range ${id} does not start at the next word`, lineNo)
      cur.tokens.push({ first, last, form: cols[1] ?? '' })
      continue
    }
    if (!/^\d+$/.test(id)) throw new ConlluError(`bad ID "${id}"`, lineNo)
    if (Number(id) !== cur.words.length + 1)
      throw new ConlluError(`word ${id} out of order (expected ${cur.words.length + 1})`, lineNo)
    const head = blank(cols[6])
    if (head !== null && !/^\d+$/.test(head)) throw new ConlluError(`bad HEAD "${head}"`, lineNo)
    cur.words.push({
      form: cols[1] ?? '',
      lemma: blank(cols[2]),
      upos: blank(cols[3]),
      feats: blank(cols[5]),
      head: head === null ? null : Number(head),
      deprel: blank(cols[7]),
      misc: blank(cols[9]),
    })
  }
  if (cur && complete(cur, lineNo)) yield cur
}

/** A sentence is kept when it has words; a multi-word token must not run past them. */
function complete(s: ConlluSentence, lineNo: number): boolean {
  const last = s.tokens[s.tokens.length - 1]
  if (last && last.last > s.words.length)
    throw new ConlluError(`range ${last.first}-${last.last} runs past the last word`, lineNo)
  return s.words.length > 0
}

/** A sentence to print: its words, annotated, with the multi-word tokens over them. */
export interface ConlluOutput {
  comments: readonly string[]
  words: readonly SyntaxWord[]
  tokens: readonly MultiWordToken[]
  /** MISC per word (e.g. `TokenRange=0:6`), or per multi-word token keyed by its first word. */
  misc?: (index: number, isToken: boolean) => string | null
}

// A field may not hold a tab or a line break; spaces inside a form stay (UD v2 allows them).
const field = (v: string | null | undefined): string =>
  v === null || v === undefined || v === '' ? '_' : v.replace(/[\t\r\n]/g, ' ')

/** Prints one sentence as CoNLL-U, ending with its blank line. */
export function writeConllu(s: ConlluOutput): string {
  const out: string[] = [...s.comments]
  let t = 0
  s.words.forEach((w, i) => {
    const id = i + 1
    const token = s.tokens[t]
    if (token && token.first === id) {
      const range = `${token.first}-${token.last}`
      out.push(`${range}\t${field(token.form)}\t_\t_\t_\t_\t_\t_\t_\t${field(s.misc?.(id, true))}`)
      t++
    }
    out.push(
      [
        id,
        field(w.form),
        field(w.lemma),
        field(w.upos),
        '_',
        field(w.feats),
        w.head,
        field(w.deprel),
        '_',
        field(s.misc?.(id, false)),
      ].join('\t'),
    )
  })
  return `${out.join('\n')}\n\n`
}
