import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const SCORER = fileURLToPath(new URL('../../shared/eval/score.mjs', import.meta.url))
const DEV_GOLD = fileURLToPath(new URL('../../shared/eval/dev', import.meta.url))
const OWN_GOLD = fileURLToPath(new URL('./fixtures/gold', import.meta.url))
const SPANISH_GOLD = fileURLToPath(new URL('./fixtures/gold-es', import.meta.url))
const WIDE_GOLD = fileURLToPath(new URL('../../shared/eval/dev-wide/', import.meta.url))
const RUN = `node ${JSON.stringify(`${root}dist/cli/main.js`)} analyze {file} --published {published} --lang {language}`

interface Scores {
  documents: { scored: number; failed?: number }
  entities: { f1: number; kindAccuracy: number }
  quotes: { attributedF1: number }
  timexes: { f1: number; valueAccuracy: number }
  events: { precision: number; recall: number }
  expectations: {
    f1: number
    polarityAccuracy: number
    horizonAccuracy: number
    holderAccuracy: number
  }
}

function score(gold: string): Scores {
  const out = execFileSync(process.execPath, [SCORER, '--gold', gold, '--run', RUN, '--json'], {
    encoding: 'utf8',
    cwd: root,
  })
  return JSON.parse(out) as Scores
}

// The shared scorer and dev gold live beside the repository (../shared), in CI too.
describe.runIf(existsSync(SCORER))('accuracy on gold annotations', () => {
  it('meets the targets on the dev gold', () => {
    const s = score(DEV_GOLD)
    expect(s.documents.failed ?? 0).toBe(0)
    expect(s.quotes.attributedF1).toBeGreaterThanOrEqual(0.85)
    expect(s.entities.f1).toBeGreaterThanOrEqual(0.85)
    expect(s.entities.kindAccuracy).toBeGreaterThanOrEqual(0.9)
    expect(s.timexes.f1).toBeGreaterThanOrEqual(0.9)
    expect(s.timexes.valueAccuracy).toBeGreaterThanOrEqual(0.9)
    expect(s.events.recall).toBeGreaterThanOrEqual(0.75)
    // The seed gold lists 8 events and leaves out acts the guide counts ("sought alliances
    // with the United States", "approached the Heritage Foundation"), which the parse coder finds.
    expect(s.events.precision).toBeGreaterThanOrEqual(0.5)
    expectExpectations(s, { f1: 0.85, polarity: 0.85, horizon: 0.85, holder: 0.85 })
  })

  it('holds up on our own articles in other outlets’ styles', () => {
    const s = score(OWN_GOLD)
    expect(s.documents.failed ?? 0).toBe(0)
    expect(s.quotes.attributedF1).toBeGreaterThanOrEqual(OWN_TARGETS.quotes)
    expect(s.entities.f1).toBeGreaterThanOrEqual(OWN_TARGETS.entities)
    expect(s.timexes.f1).toBeGreaterThanOrEqual(OWN_TARGETS.timexes)
    expect(s.timexes.valueAccuracy).toBeGreaterThanOrEqual(OWN_TARGETS.timexValues)
    expectExpectations(s, OWN_TARGETS.expectations)
  })

  it('reads expectations in our own Spanish articles', () => {
    const s = score(SPANISH_GOLD)
    expect(s.documents.failed ?? 0).toBe(0)
    expectExpectations(s, OWN_ES_EXPECTATIONS)
  })

  // Real articles none of the rules were written beside: floors a little under the figures
  // measured at the ninth session's end (README, Accuracy), so that a change that loses
  // real events or quotes fails the build rather than waiting for a held-out score.
  it.each([
    ['en', { events: [0.58, 0.74], quotes: 0.78, entities: 0.9 }],
    ['es', { events: [0.63, 0.65], quotes: 0.78, entities: 0.92 }],
  ] as const)(
    'holds its figures on the real articles of dev-wide/%s',
    (lang, floor) => {
      const s = score(`${WIDE_GOLD}${lang}`)
      expect(s.documents.failed ?? 0).toBe(0)
      expect(s.events.recall).toBeGreaterThanOrEqual(floor.events[0])
      expect(s.events.precision).toBeGreaterThanOrEqual(floor.events[1])
      expect(s.quotes.attributedF1).toBeGreaterThanOrEqual(floor.quotes)
      expect(s.entities.f1).toBeGreaterThanOrEqual(floor.entities)
    },
    180_000,
  )

  it('holds up on our Spanish articles (dialogue, interviews, null subjects)', () => {
    const s = score(SPANISH_GOLD)
    expect(s.documents.failed ?? 0).toBe(0)
    expect(s.quotes.attributedF1).toBeGreaterThanOrEqual(SPANISH_TARGETS.quotes)
    expect(s.entities.f1).toBeGreaterThanOrEqual(SPANISH_TARGETS.entities)
    expect(s.timexes.f1).toBeGreaterThanOrEqual(SPANISH_TARGETS.timexes)
    expect(s.timexes.valueAccuracy).toBeGreaterThanOrEqual(SPANISH_TARGETS.timexValues)
  })
})

function expectExpectations(s: Scores, floor: typeof OWN_ES_EXPECTATIONS): void {
  expect(s.expectations.f1).toBeGreaterThanOrEqual(floor.f1)
  expect(s.expectations.polarityAccuracy).toBeGreaterThanOrEqual(floor.polarity)
  expect(s.expectations.horizonAccuracy).toBeGreaterThanOrEqual(floor.horizon)
  expect(s.expectations.holderAccuracy).toBeGreaterThanOrEqual(floor.holder)
}

/** Floors set from measured scores (see README), so a regression fails the build. */
const OWN_TARGETS = {
  quotes: 0.9,
  entities: 0.92,
  timexes: 0.92,
  timexValues: 0.93,
  expectations: { f1: 0.9, polarity: 0.85, horizon: 0.9, holder: 0.9 },
}
const OWN_ES_EXPECTATIONS = { f1: 0.9, polarity: 0.9, horizon: 0.9, holder: 0.8 }
/** Measured on test/fixtures/gold-es: quotes 1.0, entities 0.962, timexes 0.937 (values 0.973). */
const SPANISH_TARGETS = { quotes: 0.95, entities: 0.94, timexes: 0.92, timexValues: 0.95 }
