// Runs the dyad CLI as a user would (a fresh process, start-up included) and samples its
// resident memory every 200 ms from /proc: shared by the benchmarks.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const CLI = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url))

/** `{ code, seconds, samples (MB), peakMb }` of one run of `dyad ARGS…`, output discarded. */
export function runCli(args) {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(process.execPath, [CLI, ...args], {
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    const samples = []
    const timer = setInterval(() => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8')
        const kb = Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0)
        if (kb) samples.push(kb / 1024)
      } catch {
        // The process has just ended.
      }
    }, 200)
    child.on('error', reject)
    child.on('exit', (code) => {
      clearInterval(timer)
      const seconds = (performance.now() - started) / 1000
      resolve({ code, seconds, samples, peakMb: Math.max(0, ...samples) })
    })
  })
}
