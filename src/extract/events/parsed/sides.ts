import type { Token } from '../../../doc/index.js'
import type { Agent, EventWords, VerbDictionary } from '../../../lexicon/index.js'
import type { Draft } from '../../entities/index.js'
import type { ActorIndex, ActorMention } from '../actors.js'
import type { Tree } from './tree.js'

/** One side of an event: an actor the article names, or a role noun placed in a country. */
export interface Side {
  draft: Draft | null
  country: string
  sector: string | null
  /** The actor is a place other than a capital: it can be acted on, not act. */
  place: boolean
  /** A role or party the name only places ("Hong Kong protesters"), not the named actor itself. */
  member?: boolean
  start: number
  end: number
}

export interface SideContext {
  tokens: readonly Token[]
  actors: ActorIndex
  dict: VerbDictionary
  words: EventWords
  /** Demonyms and country names as written → ISO-3. */
  demonyms: ReadonlyMap<string, string>
  /** The article's own country, for role nouns no word places ("police", "the court"). */
  home: string | null
}

/**
 * The actor a phrase names: an entity or demonym in it, nearest its head first
 * ("the Iraqi parliament" → Iraq, with the sector "parliament" gives), else a role noun
 * of the agents dictionary in the article's own country ("police arrested …").
 * An apposition places a person the article gives no country ("al-Assadi, a spokesman
 * for the PMF").
 */
export function sideOf(
  c: SideContext,
  t: Tree,
  phraseHead: number,
  role: 'source' | 'target',
): Side | undefined {
  const head = memberOf(c, t, phraseHead)
  // "US$400 million": a sum is no actor, whatever currency names it.
  if (AMOUNT_TAGS.has(t.word(head).upos)) return undefined
  const words = t.phrase(head)
  const agent = agentIn(c, t, head, words)
  // "threatened the network's franchise renewal": what a party owns is acted on through it.
  const party =
    isParty(c, t, head) ||
    (role === 'target' &&
      t.phrase(head).some((k) => t.word(k).deprel === 'nmod:poss' && isParty(c, t, k)))
  // A name or demonym that only modifies the head acts through it when the head is a role
  // or a party ("the Iraqi parliament", "the Libyan House"), not when it is something else
  // ("Mexican tourists", "the debate on US ties"); it is acted on through what it owns
  // ("rejected the Chilean proposal").
  const found = mentionIn(c, t, head, ownWords(t, head)) ?? organizationAnaphor(c, t, head)
  const headToken = t.tokens[head] as number
  const holds = (k: number) =>
    !!found && found.first <= (t.tokens[k] as number) && found.last >= (t.tokens[k] as number)
  // "Mr Brown", "Judge Paul Kellar": a title the parse made the head of the name after it.
  const named = t.childrenBy(head, 'flat').some(holds)
  const mention =
    found && (agent || party || role === 'target' || holds(head) || named) ? found : undefined
  const start = t.word(words[0] as number).start
  const end = t.word(words[words.length - 1] as number).end
  const country = mention
    ? (mention.draft.country ?? nameCountry(c, mention) ?? homePerson(c, mention))
    : null
  if (mention && country) {
    return {
      draft: mention.draft,
      country,
      sector:
        mention.sector ??
        (isCountry(mention) || !mention.draft.country ? (agent?.sector ?? null) : null),
      // "Hong Kong protesters", "Gdańsk police": a role set in a place acts for its country.
      place: mention.place === 'other' && !agent && !party,
      member: !named && (mention.first > headToken || mention.last < headToken),
      start: Math.min(start, mention.start),
      end: Math.max(end, mention.end),
    }
  }
  for (const a of t.childrenBy(head, 'appos')) {
    const placed = sideOf(c, t, a, role)
    if (placed) return { ...placed, draft: mention?.draft ?? placed.draft, start, end }
  }
  // "the Libyan House of Representatives": a demonym the article does not name as an actor
  // places the phrase before the article's own country does.
  const placed = demonymIn(c, t, ownWords(t, head))
  // "su homólogo ucraniano": a leader's counterpart is the government of the country named.
  if (c.words.is('counterpart', t.word(head).form))
    return placed && !mention
      ? { draft: null, country: placed, sector: GOVERNMENT, place: false, start, end }
      : undefined
  // "Police arrested the accused": the one the article is about.
  const accused =
    !mention && !found && c.words.is('accused', t.word(head).form) ? c.actors.accused : undefined
  if (accused) {
    const country = accused.country ?? placed ?? c.home
    if (country) return { draft: accused, country, sector: null, place: false, start, end }
  }
  // The EU, the UN, an NGO: a body above or outside countries is in none of them; it
  // acts under its sector's code (IGO, NGO), not for the article's home country.
  const international = mention?.draft.sector
  if (mention && international && INTERNATIONAL.has(international))
    return { draft: mention.draft, country: international, sector: null, place: false, start, end }
  const home = placed ?? c.home
  if (!home) return undefined
  // An organisation or person the article places nowhere acts in the article's own country.
  if (mention && mention.draft.kind !== 'location')
    return {
      draft: mention.draft,
      country: home,
      sector: agent?.sector ?? null,
      place: false,
      start,
      end,
    }
  if (mention || found) return undefined
  if (agent) {
    // "the regime", "el régimen" that no word places: in an article about one country, the
    // government of the last other state named ("… el dictador norcoreano. Ryan tachó al
    // régimen de «brutal»"), since a country's own government is rarely called so.
    // "Saddam Hussein's regime in Iraq": one whose own words place it is that country's.
    const regime = !placed && c.home && c.words.is('regime', t.word(head).form.toLowerCase())
    const owner = regime
      ? t
          .childrenBy(head, 'nmod:poss', 'nmod')
          .map((k) => sideOf(c, t, k, role))
          .find((x) => x !== undefined)
      : undefined
    const foreign =
      regime && c.home && !owner ? c.actors.lastForeignState(headToken, c.home) : undefined
    const country = owner?.country ?? foreign?.draft.country ?? home
    return { draft: null, country, sector: agent.sector, place: false, start, end }
  }
  // "the commission refused", "Democrats failed": a party no word places is of the article's country.
  if (party) return { draft: null, country: home, sector: null, place: false, start, end }
  return undefined
}

/**
 * "HRW criticó al gobierno … La organización denunció …": a definite "the organisation"
 * with nothing of its own that says which takes up the last organisation named, a few
 * sentences back at most.
 */
function organizationAnaphor(c: SideContext, t: Tree, head: number): ActorMention | undefined {
  if (!c.words.is('organization-anaphor', t.word(head).form.toLowerCase())) return undefined
  if (t.childrenBy(head, 'nmod', 'amod', 'compound', 'appos', 'flat').length) return undefined
  const det = t.child(head, 'det')
  const definite = (k: number) => t.feat(k, 'Definite') === 'Def' || t.feat(k, 'PronType') === 'Dem'
  if (det === undefined || !definite(det)) return undefined
  return c.actors.lastOrganization(t.tokens[head] as number, ANAPHOR_REACH)
}

/** How many sentences back "the organisation" may find what it stands for. */
const ANAPHOR_REACH = 3

/** A word for a party to an act ("the accused", "the network", "the commission"). */
export function isParty(c: SideContext, t: Tree, w: number): boolean {
  return c.words.is('party', t.word(w).form) || c.words.is('party', t.lemma(w))
}

/**
 * The words that say whose the phrase is: the head, its modifiers and names, and a
 * genitive ("the parliament of Iraq"), not a place or time it is set in ("protesters
 * in Manila").
 */
function ownWords(t: Tree, head: number): number[] {
  const out = [head]
  for (const k of t.children(head)) {
    const rel = t.rel(k)
    if (rel === 'nmod' && t.word(k).deprel !== 'nmod:poss' && !GENITIVE.has(t.caseOf(k) ?? ''))
      continue
    if (OWN.has(rel)) out.push(...ownWords(t, k))
  }
  return out
}

const GOVERNMENT = 'GOV'
const AMOUNT_TAGS = new Set(['SYM', 'NUM'])
/** Sectors of bodies that belong to no one country. */
const INTERNATIONAL = new Set(['IGO', 'NGO'])

const OWN = new Set(['amod', 'compound', 'flat', 'nmod', 'det', 'appos', 'nummod', 'fixed'])
const GENITIVE = new Set(['of', "'s", '’s', 'de', 'del', 'from'])

/** "a number of Senators", "miles de manifestantes": a quantity or group stands for its members. */
function memberOf(c: SideContext, t: Tree, head: number): number {
  const w = t.word(head)
  if (w.upos !== 'NUM' && !c.words.is('collective', w.form) && !c.words.is('quantity', w.form))
    return head
  const members = t.childrenBy(head, 'nmod').find((k) => t.caseOf(k) !== null)
  return members ?? head
}

/**
 * The country a demonym or country name among the phrase's words gives; of a pair
 * ("the Turkish-Libyan agreement", "US-China talks"), the first.
 */
function demonymIn(c: SideContext, t: Tree, words: readonly number[]): string | null {
  for (const w of words) {
    const form = t.word(w).form
    const hyphen = form.indexOf('-')
    const code =
      c.demonyms.get(form) ?? (hyphen > 0 ? c.demonyms.get(form.slice(0, hyphen)) : undefined)
    if (code) return code
  }
  return null
}

/** The country an organisation's own name gives: "the Bolivian Senate", "Senado de Bolivia". */
function nameCountry(c: SideContext, m: ActorMention): string | null {
  if (m.draft.kind !== 'organization') return null
  for (let k = m.first; k <= m.last; k++) {
    const code = c.demonyms.get((c.tokens[k] as Token).text)
    if (code) return code
  }
  return null
}

/**
 * "Alan Duncan accused Mr Brown": a person no lexicon places, named in an article about one
 * country, is taken for one of its own, as its unnamed parties are.
 */
const homePerson = (c: SideContext, m: ActorMention): string | null =>
  m.draft.kind === 'person' ? c.home : null

const isCountry = (m: ActorMention): boolean => m.draft.kind === 'country'

function mentionIn(
  c: SideContext,
  t: Tree,
  head: number,
  words: readonly number[],
): ActorMention | undefined {
  const byDistance = [...words].sort((a, b) => Math.abs(a - head) - Math.abs(b - head))
  for (const w of byDistance) {
    const m = c.actors.at(t.tokens[w] as number)
    if (m && !m.pending) return m
  }
  return undefined
}

/** The longest run of words ending at the head that the agents dictionary knows ("riot police"). */
function agentIn(
  c: SideContext,
  t: Tree,
  head: number,
  words: readonly number[],
): Agent | undefined {
  const at = words.indexOf(head)
  const forms = words.map((w) => t.word(w).form.toLowerCase())
  for (let n = Math.min(c.dict.agentMaxWords, at + 1); n >= 1; n--) {
    const key = forms.slice(at - n + 1, at + 1).join(' ')
    const found = c.dict.agents.get(key)
    if (found) return found
  }
  return c.dict.agents.get(t.lemma(head))
}

/** The side a phrase names and the sides joined to it ("Egypt, Greece and Cyprus"). */
export function withConjuncts(
  sides: SideContext,
  t: Tree,
  head: number,
  role: 'source' | 'target',
): Side[] {
  const out: Side[] = []
  // "Egypt, Greece and Cyprus" joins with a conjunction somewhere; "Paul Ryan, el portavoz
  // de la Cámara" without one is an apposition the parse took for a conjunct.
  const joined = t.childrenBy(head, 'conj')
  const coordinated = joined.some((k) => t.child(k, 'cc') !== undefined)
  // "met with the IMF, then with President Trump": a conjunct that repeats its preposition is another side.
  const repeated = joined.filter((k) => t.caseOf(k) !== null)
  for (const w of coordinated ? [head, ...joined] : [head, ...repeated]) {
    const side = sideOf(sides, t, w, role)
    if (side) out.push(side)
  }
  if (out.length) return out
  // "world leaders including Zarif and Johnson", "several countries, including France":
  // a group no name places stands for the members it names.
  const included = (k: number) => sides.words.is('inclusion', t.word(k).form.toLowerCase())
  const members = [
    ...t.childrenBy(head, 'nmod').filter((k) => t.childrenBy(k, 'case').some(included)),
    ...t
      .childrenBy(head, 'acl')
      .filter(included)
      .flatMap((k) => t.childrenBy(k, 'obj').filter((o) => t.word(o).upos !== 'DET')),
  ]
  return members.flatMap((k) => withConjuncts(sides, t, k, role))
}

/**
 * Whose a decision or a plan is: its owner ("Trump's plan"), its author ("the proclamation
 * by the United States"), or the country it is carried out in ("the war against gangs in
 * El Salvador", also where the phrase hangs on the verb); none when the phrase names no one.
 * Without `verbPhrases` only the noun's own phrases count: a word said of a plan "in Lima"
 * was said there, and the plan need not be Peru's.
 */
export function ownerOf(sides: SideContext, t: Tree, noun: number, verbPhrases = true): Side[] {
  const owners = [
    ...t.childrenBy(noun, 'nmod:poss'),
    ...t.childrenBy(noun, 'nmod', 'obl'),
    ...(verbPhrases ? t.childrenBy(t.heads[noun] as number, 'obl').filter((k) => k > noun) : []),
  ]
  for (const k of owners) {
    const side = sideOf(sides, t, k, 'target')
    if (side) return [{ ...side, place: false }]
    for (const inner of t.childrenBy(k, 'nmod')) {
      const placed = sideOf(sides, t, inner, 'target')
      if (placed) return [{ ...placed, place: false }]
    }
  }
  // "the Turkish-Libyan border agreement": a demonym says whose it is.
  const country = demonymIn(sides, t, t.childrenBy(noun, 'amod', 'compound'))
  if (!country) return []
  const { start, end } = t.word(noun)
  return [{ draft: null, country, sector: null, place: false, start, end }]
}
