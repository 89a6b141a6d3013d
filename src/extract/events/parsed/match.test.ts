import { describe, expect, it } from 'vitest'
import type { Doc, ParsedWord } from '../../../doc/index.js'
import type { VerbPattern, VerbSlot } from '../../../lexicon/index.js'
import { matchPattern } from './match.js'
import type { Roles } from './roles.js'
import { Tree } from './tree.js'

/** A tree from "form/head/deprel" strings; lemmas are the forms, offsets do not matter. */
function tree(...spec: string[]): Tree {
  const words = spec.map((s): ParsedWord => {
    const [form = '', head = '0', deprel = ''] = s.split('/')
    return {
      form,
      start: 0,
      end: 0,
      upos: 'X',
      lemma: form,
      feats: null,
      head: Number(head),
      deprel,
    }
  })
  const doc = { tokens: [{ start: 0 }] } as unknown as Doc
  return new Tree(doc, { start: 0, end: 0, words, tokens: [] })
}

const slot = (...heads: string[]): VerbSlot => ({ heads, mods: [] })

function pattern(id: string, parts: Partial<VerbPattern> = {}): VerbPattern {
  return {
    id,
    lemma: 'send',
    particles: [],
    cameo: '070',
    passive: null,
    object: null,
    preps: [],
    subject: null,
    src: 'test',
    ...parts,
  }
}

// Most specific first, as the dictionaries order them; the bare entry last.
const PATTERNS: VerbPattern[] = [
  pattern('up', { particles: ['up'] }),
  pattern('aid', { object: slot('aid', 'relief supplies') }),
  pattern('army-subject', { subject: slot('army') }),
  pattern('against', { preps: [{ prep: 'against', ...slot() }] }),
  pattern('bare'),
  pattern('troops', { object: slot('troops') }),
]

const roles = (r: Partial<Roles>): Roles => ({
  verb: 1,
  subject: undefined,
  object: undefined,
  indirect: undefined,
  obliques: [],
  passive: false,
  ...r,
})

describe('matchPattern', () => {
  it('takes the first pattern whose particle, object head, subject head or preposition the sentence has', () => {
    const aid = tree('they/2/nsubj', 'sent/0/root', 'aid/2/obj')
    expect(matchPattern(aid, 1, roles({ subject: 0, object: 2 }), PATTERNS)?.pattern.id).toBe('aid')

    const up = tree('they/2/nsubj', 'sent/0/root', 'up/2/compound:prt', 'aid/2/obj')
    expect(matchPattern(up, 1, roles({ subject: 0, object: 3 }), PATTERNS)?.pattern.id).toBe('up')

    const army = tree('army/2/nsubj', 'sent/0/root', 'letters/2/obj')
    expect(matchPattern(army, 1, roles({ subject: 0, object: 2 }), PATTERNS)?.pattern.id).toBe(
      'army-subject',
    )

    const against = tree('they/2/nsubj', 'sent/0/root', 'against/4/case', 'rebels/2/obl')
    const found = matchPattern(
      against,
      1,
      roles({ subject: 0, obliques: [{ prep: 'against', word: 3 }] }),
      PATTERNS,
    )
    expect(found).toEqual({ pattern: PATTERNS[3], prep: 3 })
  })

  it('keeps the dictionary’s order: a pattern needing nothing wins over any later one', () => {
    const troops = tree('they/2/nsubj', 'sent/0/root', 'troops/2/obj')
    expect(matchPattern(troops, 1, roles({ subject: 0, object: 2 }), PATTERNS)?.pattern.id).toBe(
      'bare',
    )
    const noBare = PATTERNS.filter((p) => p.id !== 'bare')
    expect(matchPattern(troops, 1, roles({ subject: 0, object: 2 }), noBare)?.pattern.id).toBe(
      'troops',
    )
  })

  it('finds a head of several words by its last word and the words before it', () => {
    const supplies = tree('they/2/nsubj', 'sent/0/root', 'relief/4/compound', 'supplies/2/obj')
    expect(matchPattern(supplies, 1, roles({ subject: 0, object: 3 }), PATTERNS)?.pattern.id).toBe(
      'aid',
    )
    const other = tree('they/2/nsubj', 'sent/0/root', 'medical/4/amod', 'supplies/2/obj')
    const noBare = PATTERNS.filter((p) => p.id !== 'bare')
    expect(matchPattern(other, 1, roles({ subject: 0, object: 3 }), noBare)).toBeUndefined()
  })
})
