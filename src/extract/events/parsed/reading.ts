/**
 * What a verb means by the dictionaries: the PETRARCH pattern its arguments match, the act a
 * light verb's event noun names, a crowd's demonstration, or the project's own entry.
 */
import type { Lexicon, VerbDictionary, VerbPattern } from '../../../lexicon/index.js'
import { type Match, matchPattern } from './match.js'
import type { Roles } from './roles.js'
import type { Tree } from './tree.js'

/** The dictionaries' reading of a verb, or the project's own entry where they have none. */
export function dictionaryMatch(
  lex: Lexicon,
  dict: VerbDictionary,
  t: Tree,
  v: number,
  lemma: string,
  roles: Roles,
  crowd: number | undefined,
): Match | undefined {
  const patterns = dict.byLemma.get(lemma) ?? []
  const found =
    crowd === undefined ? matchPattern(t, v, roles, patterns) : { pattern: demonstration(lemma) }
  const lent = lentAct(lex, dict, t, lemma, roles, found)
  // The project's own entry outranks the dictionary's bare one.
  const coded = !!(lent?.pattern.cameo || lent?.pattern.passive)
  const own =
    !coded || (lent && isBare(lent.pattern) && !lent.lent) ? ownEntry(lex, t, v, lemma) : undefined
  return own ?? (coded ? lent : undefined)
}

/**
 * "Thousands of people had gathered outside Congress", "miles de manifestantes marcharon":
 * a crowd gathering, marching or surrounding demonstrates (CAMEO 141). The crowd is the
 * subject, or the noun the parse hung the verb on ("one million people marched" read as a
 * reduced relative). Returns the crowd's word.
 */
export function gathered(
  lex: Lexicon,
  t: Tree,
  v: number,
  lemma: string,
  roles: Roles,
): number | undefined {
  const words = lex.eventWords
  if (!words.is('gathering', lemma)) return undefined
  const reduced = t.rel(v) === 'acl' && roles.passive && t.child(v, 'obj') === undefined
  const who = reduced ? (t.heads[v] as number) : roles.passive ? undefined : roles.subject
  if (who === undefined) return undefined
  const w = t.word(who)
  const isCrowd = (k: number) =>
    t.word(k).upos === 'NUM' ||
    words.is('quantity', t.word(k).form) ||
    words.is('collective', t.word(k).form) ||
    words.is('crowd', t.word(k).form)
  if (isCrowd(who)) return who
  // "roughly one million people": a number on the noun makes it a crowd.
  return w.upos === 'NOUN' && t.childrenBy(who, 'nummod').some(isCrowd) ? who : undefined
}

const DEMONSTRATE = '141'

function demonstration(lemma: string): VerbPattern {
  return wordPattern(`event-words:gathering.${lemma}`, lemma, DEMONSTRATE)
}

/** A pattern that a word of `event-words.jsonl` stands for, with no slots of its own. */
export function wordPattern(id: string, lemma: string, cameo: string): VerbPattern {
  const none = { particles: [], passive: null, object: null, preps: [], subject: null }
  return { id, lemma, cameo, src: id, ...none }
}

export const isBare = (p: VerbPattern): boolean =>
  !p.object && !p.preps.length && !p.subject && !p.particles.length

/**
 * "issued a subpoena", "expressed its support", "sent a letter of support": a light verb
 * lends its clause to the act its object names. What the object is of ("of support")
 * says the act even where the verb has a pattern of its own ("send a letter": consult).
 */
function lentAct(
  lex: Lexicon,
  dict: VerbDictionary,
  t: Tree,
  lemma: string,
  roles: Roles,
  found: Match | undefined,
): Match | undefined {
  const words = lex.eventWords
  if (roles.object === undefined) return found
  const nouns = [roles.object, ...t.childrenBy(roles.object, 'conj')]
  // "ordered the arrest of", "ordenó su detención": an order is the act it orders; an
  // order to someone ("ordered the troops to …") keeps the verb's own code.
  if (words.is('ordering-verb', lemma)) return nounAct(lex, dict, t, nouns) ?? found
  if (!words.is('light-verb', lemma)) return found
  const contents = nouns.flatMap((n) =>
    t.childrenBy(n, 'nmod').filter((k) => words.is('genitive', t.caseOf(k) ?? undefined)),
  )
  return (
    nounAct(lex, dict, t, contents) ??
    (!found || isBare(found.pattern) ? nounAct(lex, dict, t, nouns) : found)
  )
}

/**
 * The act an event noun names ("a subpoena", "a cease and desist order", "its support",
 * "ordenó su detención"): the project's event-noun patterns whose words the noun's phrase
 * holds ("ayuda militar", "ultimátum a"), else the noun's own entry as a verb of the same
 * form; none else, since the light verb's own code ("issue", "give") says nothing.
 */
function nounAct(
  lex: Lexicon,
  dict: VerbDictionary,
  t: Tree,
  nouns: readonly number[],
): Match | undefined {
  const own = ownNounAct(lex, t, nouns)
  if (own) return own
  for (const noun of nouns) {
    const entries = dict.byLemma.get(t.lemma(noun)) ?? []
    const bare = entries.find((p) => isBare(p) && p.cameo)
    if (bare) return { pattern: bare, lent: true }
  }
  return undefined
}

/**
 * The project's event-noun patterns, which name the words and preposition an act's noun
 * comes with ("a cease and desist order to", "sanctions on"): where one fits, it says
 * more than the bare verb of the noun's form ("order": demand).
 */
function ownNounAct(lex: Lexicon, t: Tree, nouns: readonly number[]): Match | undefined {
  // "a cease and desist order": the parse may join the words of one name as conjuncts.
  const words = new Set(nouns.flatMap((n) => t.phrase(n)).map((k) => t.word(k).form.toLowerCase()))
  for (const noun of nouns) {
    const form = t.word(noun).form.toLowerCase()
    const entries = lex.eventNouns.get(form) ?? lex.eventNouns.get(t.lemma(noun))
    if (!entries?.length) continue
    const preps = new Set(
      [noun, t.heads[noun] as number].flatMap((h) =>
        h < 0 ? [] : t.childrenBy(h, 'nmod', 'obl').map((k) => t.caseOf(k)),
      ),
    )
    const owned = t.childrenBy(noun, 'nmod:poss', 'det').some((k) => t.feat(k, 'Poss') === 'Yes')
    let best: { cameo: string; id: string; n: number } | undefined
    for (const p of entries) {
      const wanted = [...(p.before ?? []), ...(p.then ?? [])].filter(
        (w) => !lex.eventWords.is('preposition', w),
      )
      if (!wanted.every((w) => words.has(w))) continue
      // The pattern's preposition says on whom the act falls ("ultimátum a", "detención de"):
      // the phrase shows it, a possessive names that one ("su detención"), or the verb's
      // indirect object is the one it goes to ("gave the government an ultimatum").
      const prep = p.then?.find((w) => lex.eventWords.is('preposition', w))
      const given =
        lex.eventWords.is('recipient', prep) &&
        t.child(t.heads[noun] as number, 'iobj') !== undefined
      if (prep && !preps.has(prep) && !owned && !given) continue
      if (!best || wanted.length > best.n) best = { cameo: p.cameo, id: p.id, n: wanted.length }
    }
    if (!best) continue
    return {
      lent: true,
      pattern: {
        id: best.id,
        lemma: form,
        particles: [],
        cameo: best.cameo,
        passive: null,
        object: null,
        preps: [],
        subject: null,
        src: best.id,
      },
    }
  }
  return undefined
}

/**
 * The verb's lemma; where the lemmatiser's guess is no verb the dictionaries know
 * ("dijeron" → "dicir", "pide" → "pidir": the Spanish treebank has few such forms), the
 * lemma the project's own conjugation tables give the form.
 */
export function verbLemma(lex: Lexicon, dict: VerbDictionary, t: Tree, v: number): string {
  const lemma = t.lemma(v)
  if (dict.byLemma.get(lemma)?.length) return lemma
  return lex.eventVerbs.get(t.word(v).form.toLowerCase())?.find((p) => p.verb)?.verb ?? lemma
}

/**
 * The project's own entry for a plain verb, reviewed by hand: for verbs the dictionaries
 * leave uncoded ("rejected the bill": CAMEO.2.0 codes "reject" only with listed objects)
 * or code too broadly ("sue": arrest, 173, where bringing a lawsuit is 115).
 */
export function ownEntry(lex: Lexicon, t: Tree, v: number, lemma: string): Match | undefined {
  const own = lex.eventVerbs.get(t.word(v).form.toLowerCase())?.find(
    (p) =>
      p.verb === lemma &&
      (!p.then?.length || onObject(lex, t, v, p.then)) &&
      !p.before?.length &&
      !p.voice &&
      // "shut down": a particle must follow the verb.
      (!p.particle || t.words[v + 1]?.form.toLowerCase() === p.particle),
  )
  if (!own) return undefined
  return {
    pattern: {
      id: own.id,
      lemma,
      particles: [],
      cameo: own.cameo,
      passive: null,
      object: null,
      preps: [],
      subject: null,
      src: own.id,
    },
  }
}

/**
 * "envió a 1.200 guardias a la frontera", "abrió la pesquisa": an entry's fixed words are the
 * verb's object, whatever stands between (a number, the personal "a", another article):
 * the object's head is the first word that is no article or preposition, and its phrase
 * holds the others.
 */
function onObject(lex: Lexicon, t: Tree, v: number, then: readonly string[]): boolean {
  const o = t.child(v, 'obj')
  if (o === undefined) return false
  const words = lex.eventWords
  const content = then.filter((w) => !words.is('determiner', w) && !words.is('preposition', w))
  if (!content.length || t.word(o).form.toLowerCase() !== content[0]) return false
  const phrase = new Set(t.phrase(o).map((k) => t.word(k).form.toLowerCase()))
  return content.every((w) => phrase.has(w))
}
