import type { Token } from '../../../doc/index.js'
import type { Agent, VerbDictionary } from '../../../lexicon/index.js'
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
  start: number
  end: number
}

export interface SideContext {
  tokens: readonly Token[]
  actors: ActorIndex
  dict: VerbDictionary
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
export function sideOf(c: SideContext, t: Tree, head: number): Side | undefined {
  const words = t.phrase(head)
  const agent = agentIn(c, t, head, words)
  // A name or demonym that only modifies the head acts through it when the head is a role
  // ("the Iraqi parliament"), not when it is something else ("Mexican tourists", "the debate on US ties").
  const found = mentionIn(c, t, head, words)
  const mention =
    found &&
    (agent ||
      (found.first <= (t.tokens[head] as number) && found.last >= (t.tokens[head] as number)))
      ? found
      : undefined
  const start = t.word(words[0] as number).start
  const end = t.word(words[words.length - 1] as number).end
  if (mention?.draft.country) {
    return {
      draft: mention.draft,
      country: mention.draft.country,
      sector: mention.sector ?? (isCountry(mention) ? (agent?.sector ?? null) : null),
      place: mention.place === 'other',
      start: Math.min(start, mention.start),
      end: Math.max(end, mention.end),
    }
  }
  for (const a of t.childrenBy(head, 'appos')) {
    const placed = sideOf(c, t, a)
    if (placed) return { ...placed, draft: mention?.draft ?? placed.draft, start, end }
  }
  if (!c.home) return undefined
  // An organisation or person the article places nowhere acts in the article's own country.
  if (mention && mention.draft.kind !== 'location')
    return {
      draft: mention.draft,
      country: c.home,
      sector: agent?.sector ?? null,
      place: false,
      start,
      end,
    }
  if (!agent || mention || found) return undefined
  return { draft: null, country: c.home, sector: agent.sector, place: false, start, end }
}

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
