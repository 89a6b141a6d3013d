import { z } from 'zod'

/**
 * Schemas of the verb and agent files converted from the PETRARCH dictionaries
 * (`npm run lexicon:import`): `cameo-verbs.jsonl`, `cameo-patterns.jsonl`, `agents.jsonl`.
 */

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9.\-_]*$/, 'ids are lower-case ascii with dots and hyphens')
const word = z
  .string()
  .min(1)
  .refine((w) => w === w.toLowerCase() && w.trim() === w, 'words are lower case, trimmed')
const code = z
  .string()
  .regex(/^\d{2,4}$/, 'expected a CAMEO code')
  .nullable()
const src = z.string().regex(/^[^:\s]+:\d+$/, 'expected file:line')
const synLabel = z.string().regex(/^&\S+$/, 'expected a synset label (&NAME)')
const slotName = z
  .string()
  .regex(/^(subject|object|prep:.+)$/, 'expected subject, object or prep:X')
const block = z.string().regex(/^p[12]\.[a-z0-9-]+$/, 'expected a block key (p2.ask)')
const sector = z.string().regex(/^[A-Z]{3}$/, 'expected a three-letter sector code')

/** A synset that stands as a modifier: any one of its words must be there. */
export const cameoModSynSchema = z.object({ syn: synLabel, words: z.array(word).min(1) })

/** A noun slot: the phrase's head is one of `heads` (any head when empty), `mods` all present. */
export const cameoSlotSchema = z.object({
  heads: z.array(word),
  mods: z.array(word),
  syn: synLabel.optional(),
  modSyns: z.array(cameoModSynSchema).optional(),
})

export const cameoPrepSchema = cameoSlotSchema.extend({ prep: word })

/** A verb of a block: its bare entry, and the key of the block whose patterns it takes. */
export const cameoVerbSchema = z.object({
  id,
  lemma: word,
  particles: z.array(word).default([]),
  block,
  cameo: code,
  passive: code,
  /** Irregular forms the source lists ("met" for "meet"). */
  forms: z.array(word).optional(),
  src,
  /** The `bare-code-review.jsonl` entry that set `cameo` in place of the source's code. */
  reviewed: id.optional(),
})

/**
 * A reviewed bare code (`bare-code-review.jsonl`, hand-written): what a verb with no
 * matching pattern codes, decided from the verb's meaning. The importer writes `cameo`
 * into every plain entry of the lemma (no particles); `was` lists the codes those entries
 * had in the source, in source order, so a changed source fails the import until the
 * verb is reviewed again.
 */
export const bareReviewSchema = z.object({
  id: z.string().regex(/^[a-z]{2}\.bare\.[a-z0-9-]+$/, 'expected <lang>.bare.<lemma>'),
  lemma: word,
  was: z.array(code).min(1),
  cameo: code,
  reason: z.string().min(3),
})

/**
 * A reviewed entry (`entry-review.jsonl`, hand-written): one pattern, or one verb entry
 * with particles or in one block, whose source code is wrong by its meaning ("tomar
 * (la) decisión" coded as a demand, "limitar" in the block of jailing). `cameo` replaces
 * the code (null: the entry matches and codes nothing), `passive` the code read with the
 * roles turned round ("appear in court": the one who appears is held); `drop` removes the entry, and
 * with a verb entry its place in that block. `was` is the code the entry had, so a
 * changed source fails the import until the entry is reviewed again.
 */
export const entryReviewSchema = z.object({
  id: z.string().regex(/^[a-z]{2}\.entry\.[a-z0-9.-]+$/, 'expected <lang>.entry.<name>'),
  entry: id,
  was: code,
  cameo: code,
  /** The code read with the roles turned round (the subject acted on), where that is the entry's meaning. */
  passive: code.optional(),
  drop: z.literal(true).optional(),
  reason: z.string().min(3),
})

/** A pattern of a block: it applies to every verb of the block. */
export const cameoPatternSchema = z.object({
  id,
  block,
  particles: z.array(word).default([]),
  cameo: code,
  passive: code,
  object: cameoSlotSchema.nullable(),
  preps: z.array(cameoPrepSchema),
  subject: cameoSlotSchema.nullable(),
  sourceSlot: slotName.optional(),
  targetSlot: slotName.optional(),
  /** The verbs the pattern was written for, from its comment: a tie goes to the pattern of the verb read. */
  for: z.array(z.string().min(1)).optional(),
  src,
  /** The `entry-review.jsonl` entry that set `cameo` in place of the source's code. */
  reviewed: id.optional(),
})

/** A role noun and the sector it gives an actor (`police` → COP). */
export const agentSchema = z.object({
  id,
  words: z.array(word).min(1),
  plurals: z.array(z.array(word).min(1)).optional(),
  sector,
  /** The rest of a compound code (`~GOVMIL` → sector GOV, more MIL). */
  more: z
    .string()
    .regex(/^([A-Z]{3})+$/)
    .optional(),
  /** The code goes before the actor's (`IGO~`), not after it. */
  before: z.literal(true).optional(),
  src,
})

export type CameoModSyn = z.infer<typeof cameoModSynSchema>
export type CameoSlot = z.infer<typeof cameoSlotSchema>
export type CameoPrep = z.infer<typeof cameoPrepSchema>
export type CameoVerb = z.infer<typeof cameoVerbSchema>
export type CameoPattern = z.infer<typeof cameoPatternSchema>
export type AgentEntry = z.infer<typeof agentSchema>
export type BareReview = z.infer<typeof bareReviewSchema>
export type EntryReview = z.infer<typeof entryReviewSchema>
