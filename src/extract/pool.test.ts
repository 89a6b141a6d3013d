import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { AnalyzerPool, PoolOptions } from './pool.js'

// The pool runs the compiled worker (dist/extract/pool-worker.js): from the sources there is
// none to start, so these tests run after `npm run build`, as in `npm test`.
const built = existsSync(
  fileURLToPath(new URL('../../dist/extract/pool-worker.js', import.meta.url)),
)
const options = { published: '2024-11-13', lang: 'en' as const, fast: true }
const article = (i: number) => ({
  origin: `a${i}.txt`,
  text: `Article ${i}. Bukele met Trump in Washington on Monday, officials said.`,
})

/** A pool of the built analyzer (its workers run the compiled code). */
async function builtPool(size: number, options?: PoolOptions): Promise<AnalyzerPool> {
  const { AnalyzerPool: Built } = (await import(
    '../../dist/extract/pool.js' as string
  )) as typeof import('./pool.js')
  return new Built(size, options)
}

describe.runIf(built)('analyzer pool', () => {
  it('gives every outcome, in the order asked, with more articles than a worker holds', async () => {
    const pool = await builtPool(1)
    try {
      const outcomes = await Promise.all(
        [0, 1, 2, 3, 4].map((i) => pool.analyze(article(i), options)),
      )
      expect(outcomes.map((o) => o.analysis?.article.text.slice(0, 9))).toEqual(
        [0, 1, 2, 3, 4].map((i) => `Article ${i}`),
      )
    } finally {
      await pool.close()
    }
  }, 60_000)

  it('refuses an annotator, which cannot reach its workers', async () => {
    const pool = await builtPool(1)
    try {
      const annotator = { annotate: () => [] }
      expect(() => pool.analyze(article(0), { ...options, annotator })).toThrow(
        /cannot be sent to worker threads/,
      )
    } finally {
      await pool.close()
    }
  }, 60_000)

  it('times each article from when its worker starts on it, and loses none it had not started', async () => {
    // A limit no analysis meets: each article in turn is given up, its worker replaced, and
    // the one queued behind it goes to the new worker rather than failing with it.
    const pool = await builtPool(1, { maxSeconds: 0.001 })
    try {
      const outcomes = await Promise.all([0, 1, 2].map((i) => pool.analyze(article(i), options)))
      expect(outcomes.map((o) => o.error)).toEqual(
        [0, 1, 2].map(
          (i) =>
            `a${i}.txt: too slow, still being analysed after 0.001 s; skipped (raise --max-seconds to wait longer)`,
        ),
      )
    } finally {
      await pool.close()
    }
  }, 60_000)

  it('reads the syntax model once for all its workers, and analyses as one thread does', async () => {
    const { analyzeArticle } = (await import(
      '../../dist/extract/pipeline.js' as string
    )) as typeof import('./pipeline.js')
    // Parsed for events: a side, a dictionary verb and another side.
    const parsed = (i: number) => ({
      origin: `p${i}.txt`,
      text: `The Mexican foreign minister met Bukele in Washington on Monday ${i}. Mexico accused Brazil of lying, officials said.`,
    })
    const full = { published: '2024-11-13', lang: 'en' as const }
    const pool = await builtPool(2)
    try {
      const inputs = [0, 1, 2, 3, 4, 5].map(parsed)
      const outcomes = await Promise.all(inputs.map((a) => pool.analyze(a, full)))
      expect(outcomes.map((o) => JSON.stringify(o.analysis))).toEqual(
        inputs.map((a) => JSON.stringify(analyzeArticle(a, full))),
      )
      // The index the build wrote, read by the pool's thread only, once.
      const shared = pool.sharedFiles()
      expect(shared).toHaveLength(1)
      expect(shared[0]).toMatch(/dist\/syntax\/index\/en\.dysx\.index$/)
    } finally {
      await pool.close()
    }
  }, 60_000)
})
