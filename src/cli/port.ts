import { UsageError } from '../errors.js'

/** `--port N`: 8080 unless given; 0 picks a free port. */
export function portOption(value: string | undefined): number {
  if (value === undefined) return 8080
  const n = Number(value)
  if (!/^\d+$/.test(value) || n > 65535)
    throw new UsageError(`--port must be a port number from 0 to 65535 (got "${value}")`)
  return n
}
