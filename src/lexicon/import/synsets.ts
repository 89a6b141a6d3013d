import { fail, type SourceLine, type Tally } from './source.js'
import { normaliseWord } from './words.js'

/** Synonym sets by label as written (`&CEASEFIRE`): members lower case, `_` as a space. */
export type Synsets = ReadonlyMap<string, readonly string[]>

/**
 * Reads the synonym sets at the head of a verb dictionary: `&LABEL` on its own line, then
 * one `+member` a line. Members keep their written (singular) form: the English readers'
 * generated plurals are left to the lemmatiser. Duplicate members are counted and dropped.
 */
export function readSynsets(lines: readonly SourceLine[], tally: Tally): Map<string, string[]> {
  const sets = new Map<string, string[]>()
  let current: string[] | null = null
  for (const l of lines) {
    const text = l.text.trim()
    if (!text) continue
    if (text.startsWith('&')) {
      const label = text.split(/\s+/)[0] as string
      current = []
      // verbpatterns_es_190128.txt:1791 relabels a copy of &MILITAR as &LIDERGOBIERNO: the first stands.
      if (sets.has(label)) tally.add('synset defined twice (second definition dropped)', l)
      else sets.set(label, current)
    } else if (text.startsWith('+')) {
      if (!current) fail(l, 'a synset member before any "&LABEL" line')
      const member = normaliseWord(text.slice(1))
      if (!member) tally.add('synset member empty', l)
      else if (current.includes(member)) tally.add('synset member duplicate', l)
      else current.push(member)
    } else fail(l, `expected "&LABEL" or "+member" in the synonym sets, got "${text}"`)
  }
  for (const [label, members] of sets)
    if (members.length === 0) {
      sets.delete(label)
      tally.add('synset empty')
    }
  return sets
}

/** Finds a synset as a pattern names it; TABARI's trailing `_` on labels is optional. */
export function findSynset(synsets: Synsets, label: string): readonly string[] | undefined {
  return synsets.get(label) ?? synsets.get(label.replace(/_+$/, '')) ?? synsets.get(`${label}_`)
}
