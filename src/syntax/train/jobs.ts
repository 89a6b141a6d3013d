/**
 * `npm run train:syntax` on several cores. A language's models are trained by five
 * processes that share what they make through `--cache` and the output folder: one prepares
 * the taggers, morphology and jackknifed tags; then the two beams and the right-to-left
 * greedy parser train at once; last, the left-to-right greedy parser (the fourth teacher,
 * then the student the four teach). The files are those one process writes (see
 * `--no-greedy`, `--beam 1` and `--direction` in the README).
 */
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'

export interface TrainJob {
  /** What the log calls it: "en: beam, right to left". */
  name: string
  /** The training script's arguments for this part (the run's own options are added). */
  args: string[]
  /** Jobs that must have ended well before this one starts. */
  after: string[]
}

/** The jobs that train one language, in the order they are best started. */
export function languageJobs(lang: string, beam: number): TrainJob[] {
  const own = (...args: string[]) => ['--lang', lang, ...args]
  const prepare = `${lang}: taggers and morphology`
  const jobs: TrainJob[] = [{ name: prepare, args: own('--no-greedy', '--beam', '1'), after: [] }]
  const teachers: string[] = []
  if (beam > 1)
    for (const [direction, way] of [
      ['l2r', 'left to right'],
      ['r2l', 'right to left'],
    ] as const) {
      const name = `${lang}: beam, ${way}`
      jobs.push({
        name,
        args: own('--no-greedy', '--direction', direction, '--beam', String(beam)),
        after: [prepare],
      })
      teachers.push(name)
    }
  const r2l = `${lang}: greedy, right to left`
  jobs.push({ name: r2l, args: own('--beam', '1', '--direction', 'r2l'), after: [prepare] })
  jobs.push({
    name: `${lang}: greedy, left to right (uptrained)`,
    args: own('--beam', '1', '--direction', 'l2r'),
    after: [prepare, r2l, ...teachers],
  })
  return jobs
}

/** Runs one job to its end; rejects if it failed. */
export type JobRunner = (job: TrainJob) => Promise<void>

/**
 * Runs the jobs, at most `slots` at once, each when those it comes after have ended, the
 * earliest in the list first among those ready. A failed job stops the run: no other job
 * starts, those running are left to end (or stopped by `stopAll`), and the promise rejects
 * naming the job.
 */
export async function runJobs(
  jobs: readonly TrainJob[],
  slots: number,
  run: JobRunner,
  stopAll: () => void = () => {},
): Promise<void> {
  const names = new Set(jobs.map((j) => j.name))
  for (const job of jobs)
    for (const before of job.after)
      if (!names.has(before)) throw new Error(`job "${job.name}" waits on unknown "${before}"`)
  const done = new Set<string>()
  const waiting = [...jobs]
  let running = 0
  let failure: Error | null = null
  return new Promise((resolve, reject) => {
    const next = () => {
      if (failure) {
        if (running === 0) reject(failure)
        return
      }
      if (waiting.length === 0 && running === 0) {
        resolve()
        return
      }
      while (running < slots) {
        const k = waiting.findIndex((j) => j.after.every((a) => done.has(a)))
        if (k < 0) break
        const job = waiting.splice(k, 1)[0] as TrainJob
        running++
        run(job).then(
          () => {
            running--
            done.add(job.name)
            next()
          },
          (err: unknown) => {
            running--
            if (!failure) {
              failure = new Error(`${job.name}: ${(err as Error).message}`)
              stopAll()
            }
            next()
          },
        )
      }
      if (running === 0 && waiting.length > 0)
        reject(new Error(`jobs wait on each other: ${waiting.map((j) => j.name).join(', ')}`))
    }
    next()
  })
}

/**
 * Runs jobs as child processes of `script` (this training script) with `common` options
 * added, passing their log lines on whole (they carry their own times), and tracks them so
 * that a failure stops the rest.
 */
export function childRunner(
  script: string,
  common: readonly string[],
  log: (msg: string) => void,
): { run: JobRunner; stopAll: () => void } {
  const children = new Set<ReturnType<typeof spawn>>()
  const run: JobRunner = (job) =>
    new Promise((resolve, reject) => {
      const started = Date.now()
      log(`started ${job.name}`)
      const child = spawn(process.execPath, [script, ...job.args, ...common], {
        stdio: ['ignore', 'inherit', 'pipe'],
      })
      children.add(child)
      if (child.stderr)
        createInterface({ input: child.stderr }).on('line', (line) =>
          process.stderr.write(`${line}\n`),
        )
      child.on('error', reject)
      child.on('close', (code, signal) => {
        children.delete(child)
        const minutes = ((Date.now() - started) / 60_000).toFixed(1)
        if (code === 0) {
          log(`finished ${job.name} in ${minutes} minutes`)
          resolve()
        } else reject(new Error(signal ? `stopped by ${signal}` : `exited with code ${code}`))
      })
    })
  const stopAll = () => {
    for (const child of children) child.kill('SIGTERM')
  }
  return { run, stopAll }
}
