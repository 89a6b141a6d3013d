import { describe, expect, it } from 'vitest'
import type { ParsedWord } from '../../../doc/index.js'
import { repairParse } from './tree.js'

/** Words from "form/UPOS/head/deprel" strings (offsets do not matter here). */
function words(...spec: string[]): ParsedWord[] {
  return spec.map((s) => {
    const [form = '', upos = '', head = '0', deprel = ''] = s.split('/')
    const feats = form.endsWith('ing') ? 'VerbForm=Ger' : null
    return { form, start: 0, end: 0, upos, lemma: form, feats, head: Number(head), deprel }
  })
}

describe('repairParse', () => {
  it('gives a preposition back its noun where the parse made them a participle’s mark and subject', () => {
    // "issued a ruling against Lopez finding …", parsed with "Lopez" as the subject of "finding".
    const misread = words(
      'issued/VERB/0/root',
      'a/DET/3/det',
      'ruling/NOUN/1/obj',
      'against/ADP/6/mark',
      'Lopez/PROPN/6/nsubj',
      'finding/VERB/3/acl',
    )
    const fixed = repairParse(misread)
    expect(fixed[4]).toMatchObject({ head: 3, deprel: 'nmod' })
    expect(fixed[3]).toMatchObject({ head: 5, deprel: 'case' })
    expect(fixed[5]).toMatchObject({ head: 3, deprel: 'acl' })
  })

  it('joins a “relative clause” that opens on a conjunction to the clause before', () => {
    // "Chile is under sanctions, and was condemned", parsed as a relative clause of "sanctions".
    const misread = words(
      'Chile/PROPN/4/nsubj',
      'is/AUX/4/cop',
      'under/ADP/4/case',
      'sanctions/NOUN/0/root',
      'and/CCONJ/7/cc',
      'was/AUX/7/aux:pass',
      'condemned/VERB/4/acl:relcl',
    )
    expect(repairParse(misread)[6]).toMatchObject({ head: 4, deprel: 'conj' })
    const relative = words('sanctions/NOUN/0/root', 'that/PRON/3/nsubj', 'hurt/VERB/1/acl:relcl')
    relative[1] = { ...(relative[1] as ParsedWord), feats: 'PronType=Rel' }
    expect(repairParse(relative)).toBe(relative)
  })

  it('takes a name read as a vocative before a verb with no subject for its subject', () => {
    const misread = words(
      'a/DET/2/det',
      'Republican/PROPN/5/nsubj',
      ',/PUNCT/4/punct',
      'Amodei/PROPN/5/vocative',
      'voiced/VERB/0/root',
      'support/NOUN/5/obj',
    )
    expect(repairParse(misread)[3]).toMatchObject({ deprel: 'vocative' })
    misread[1] = { ...(misread[1] as ParsedWord), head: 4, deprel: 'appos' }
    expect(repairParse(misread)[3]).toMatchObject({ head: 5, deprel: 'nsubj' })
  })

  it('makes the farther of two subjects before a verb, cut off by a comma, a phrase', () => {
    // "Monday, the council approved the plan", parsed with "Monday" as a second subject.
    const misread = words(
      'Monday/PROPN/5/nsubj',
      ',/PUNCT/1/punct',
      'the/DET/4/det',
      'council/NOUN/5/nsubj',
      'approved/VERB/0/root',
    )
    const fixed = repairParse(misread)
    expect(fixed[0]).toMatchObject({ head: 5, deprel: 'obl:unmarked' })
    expect(fixed[3]).toMatchObject({ deprel: 'nsubj' })
    // Without the comma nothing says which is the subject.
    const plain = misread.filter((w) => w.upos !== 'PUNCT').map((w) => ({ ...w, head: 4 }))
    plain[3] = { ...(plain[3] as ParsedWord), head: 0 }
    expect(repairParse(plain)).toBe(plain)
    // "A Chilean man, Pedro Rojas, appeared": set off by commas, the nearer is an apposition.
    const apposed = words(
      'man/NOUN/5/nsubj',
      ',/PUNCT/1/punct',
      'Rojas/PROPN/5/nsubj',
      ',/PUNCT/3/punct',
      'appeared/VERB/0/root',
    )
    const mended = repairParse(apposed)
    expect(mended[0]).toMatchObject({ head: 5, deprel: 'nsubj' })
    expect(mended[2]).toMatchObject({ head: 1, deprel: 'appos' })
  })

  it('joins a subjectless past verb set beside an earlier one after a comma as its second act', () => {
    // "Chile signed the pact, then met with Peru", parsed with "met" as an aside.
    const misread = words(
      'Chile/PROPN/2/nsubj',
      'signed/VERB/0/root',
      'the/DET/4/det',
      'pact/NOUN/2/obj',
      ',/PUNCT/7/punct',
      'then/ADV/7/advmod',
      'met/VERB/2/parataxis',
    )
    misread[6] = { ...(misread[6] as ParsedWord), feats: 'Tense=Past|VerbForm=Fin' }
    expect(repairParse(misread)[6]).toMatchObject({ head: 2, deprel: 'conj' })
    // "…, then Peru met": a clause with a subject of its own stays an aside.
    const own = [...misread.slice(0, 6), ...words('Peru/PROPN/8/nsubj'), misread[6] as ParsedWord]
    own[7] = { ...(own[7] as ParsedWord), head: 2 }
    own[4] = { ...(own[4] as ParsedWord), head: 8 }
    own[5] = { ...(own[5] as ParsedWord), head: 8 }
    expect(repairParse(own)).toBe(own)
  })

  it('gives a preposition hung on a word of a name to the name’s head', () => {
    const misread = words(
      'with/ADP/3/case',
      'President/PROPN/4/nmod:desc',
      'Pedro/PROPN/4/compound',
      'Castillo/PROPN/0/root',
    )
    expect(repairParse(misread)[0]).toMatchObject({ head: 4, deprel: 'case' })
    const right = words('with/ADP/2/case', 'Castillo/PROPN/0/root')
    expect(repairParse(right)).toBe(right)
  })

  it('leaves a true subordinate clause alone', () => {
    // "left after Lopez spoke": "after" is the clause's own mark.
    const parse = words(
      'left/VERB/0/root',
      'after/SCONJ/4/mark',
      'Lopez/PROPN/4/nsubj',
      'spoke/VERB/1/advcl',
    )
    expect(repairParse(parse)).toBe(parse)
  })
})
