// Runs the dyad CLI as a user would (a fresh process, start-up included) and samples its
// resident memory every 200 ms from /proc: shared by the benchmarks. It also gives the
// processor time the command used (all its threads, from this process's count of its
// finished children's time in /proc/self/stat), which a busy machine disturbs less than
// the clock; run one command at a time for it to be the command's alone.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const CLI = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url))

/** Processor seconds of this process's finished children (user + system), or NaN off Linux. */
function childrenCpuSeconds() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8')
    // The fields after the command's name (which may hold spaces) in parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    // cutime and cstime, fields 16 and 17 of the whole line, in clock ticks (100 a second).
    return (Number(fields[13]) + Number(fields[14])) / 100
  } catch {
    return Number.NaN
  }
}

/** `{ code, seconds, cpuSeconds, samples (MB), peakMb }` of one run of `dyad ARGS…`, output discarded. */
export const runCli = (args) => runNode([CLI, ...args])

/** The same for `node ARGS…` (`['-e', '0']`: a bare start). */
export function runNode(args) {
  return new Promise((resolve, reject) => {
    const cpu0 = childrenCpuSeconds()
    const started = performance.now()
    const child = spawn(process.execPath, args, {
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
      // The child is reaped by now, so its time is counted.
      const cpuSeconds = childrenCpuSeconds() - cpu0
      resolve({ code, seconds, cpuSeconds, samples, peakMb: Math.max(0, ...samples) })
    })
  })
}
