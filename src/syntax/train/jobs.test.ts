import { describe, expect, it } from 'vitest'
import { languageJobs, runJobs, type TrainJob } from './jobs.js'

/** A runner whose jobs end when the test says, recording what ran when. */
function manualRunner() {
  const ends = new Map<string, { ok: () => void; fail: (e: Error) => void }>()
  const started: string[] = []
  let running = 0
  let most = 0
  const run = (job: TrainJob) =>
    new Promise<void>((resolve, reject) => {
      started.push(job.name)
      running++
      most = Math.max(most, running)
      let ended = false
      const end = (f: () => void) => () => {
        if (ended) return
        ended = true
        running--
        f()
      }
      ends.set(job.name, { ok: end(resolve), fail: (e) => end(() => reject(e))() })
    })
  const settle = () => new Promise((r) => setImmediate(r))
  return { run, ends, started, most: () => most, settle }
}

describe('training jobs', () => {
  it('trains a language in five parts, the uptrained parser after its teachers', () => {
    const jobs = languageJobs('en', 8)
    expect(jobs.map((j) => j.name)).toEqual([
      'en: taggers and morphology',
      'en: beam, left to right',
      'en: beam, right to left',
      'en: greedy, right to left',
      'en: greedy, left to right (uptrained)',
    ])
    const last = jobs.at(-1) as TrainJob
    expect(last.after).toHaveLength(4)
    expect(last.args).toEqual(['--lang', 'en', '--beam', '1', '--direction', 'l2r'])
    expect(jobs[1]?.args).toEqual([
      '--lang',
      'en',
      '--no-greedy',
      '--direction',
      'l2r',
      '--beam',
      '8',
    ])
    // No beams asked for: no beam jobs, and nothing waits on them.
    expect(languageJobs('es', 1).map((j) => j.name)).toEqual([
      'es: taggers and morphology',
      'es: greedy, right to left',
      'es: greedy, left to right (uptrained)',
    ])
  })

  it('runs each job after those it waits on, never more at once than the slots', async () => {
    const r = manualRunner()
    const jobs = [...languageJobs('en', 8), ...languageJobs('es', 8)]
    const all = runJobs(jobs, 2, r.run)
    await r.settle()
    expect(r.started).toEqual(['en: taggers and morphology', 'es: taggers and morphology'])
    r.ends.get('es: taggers and morphology')?.ok()
    await r.settle()
    // English comes first in the list but is not ready: a Spanish job takes the slot.
    expect(r.started.at(-1)).toBe('es: beam, left to right')
    let finished = false
    all.then(() => {
      finished = true
    })
    for (let k = 0; k < 20 && !finished; k++) {
      for (const name of r.started) r.ends.get(name)?.ok()
      await r.settle()
    }
    await all
    expect(new Set(r.started).size).toBe(jobs.length)
    expect(r.most()).toBe(2)
    for (const job of jobs)
      for (const before of job.after)
        expect(r.started.indexOf(before)).toBeLessThan(r.started.indexOf(job.name))
  })

  it('stops starting jobs when one fails, and names it', async () => {
    const r = manualRunner()
    let stopped = 0
    const all = runJobs(languageJobs('en', 8), 2, r.run, () => stopped++)
    await r.settle()
    r.ends.get('en: taggers and morphology')?.fail(new Error('exited with code 1'))
    await expect(all).rejects.toThrow('en: taggers and morphology: exited with code 1')
    expect(stopped).toBe(1)
    expect(r.started).toEqual(['en: taggers and morphology'])
  })

  it('refuses a job that waits on one that does not exist', async () => {
    const jobs: TrainJob[] = [{ name: 'a', args: [], after: ['b'] }]
    await expect(runJobs(jobs, 2, async () => {})).rejects.toThrow('waits on unknown "b"')
  })
})
