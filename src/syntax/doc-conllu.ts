import type { Doc } from '../doc/index.js'
import { writeConllu } from './conllu.js'
import type { DocParse } from './layer.js'

/**
 * One parsed sentence of a Doc as CoNLL-U: `# sent_id` and `# text` (line breaks as spaces),
 * and in MISC each token's `TokenRange=START:END` in the Doc's text (on the range line of a
 * multi-word token) and `SpaceAfter=No` where no space follows it.
 */
export function docSentenceConllu(
  doc: Doc,
  parse: DocParse,
  id: string | number,
  comments: readonly string[] = [],
): string {
  const covered = new Set<number>()
  for (const t of parse.tokens) for (let i = t.first; i <= t.last; i++) covered.add(i)
  const misc = (index: number, isToken: boolean): string | null => {
    const w = parse.words[index - 1]
    if (!w || (covered.has(index) && !isToken)) return null
    const next = doc.text.charAt(w.end)
    const space = next === '' || /\s/.test(next) ? '' : 'SpaceAfter=No|'
    return `${space}TokenRange=${w.start}:${w.end}`
  }
  return writeConllu({
    comments: [
      ...comments,
      `# sent_id = ${id}`,
      `# text = ${doc.text.slice(parse.start, parse.end).replace(/\s*\n\s*/g, ' ')}`,
    ],
    words: parse.words,
    tokens: parse.tokens,
    misc,
  })
}
