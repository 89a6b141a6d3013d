import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const loaded = new Map<string, unknown>()

/**
 * Loads a package (or a module given by its `file:` URL) the first time it is needed
 * instead of at start-up. Language
 * identification (about 1 s to load its n-gram tables) and the HTML parser are only
 * needed for some inputs; a one-sentence `dyad analyze --lang en` should not pay for them.
 * ES modules without top-level await load synchronously through `require` on Node ≥ 20.19.
 * With `commonJs`, a package that also ships CommonJS is loaded as such: chrono's
 * CommonJS build loads and first runs faster than its ES modules (about 20 ms of a start).
 */
export function onDemand<T>(specifier: string, { commonJs = false } = {}): T {
  let mod = loaded.get(specifier)
  if (mod === undefined) {
    mod = require(
      commonJs ? require.resolve(specifier) : fileURLToPath(import.meta.resolve(specifier)),
    )
    loaded.set(specifier, mod)
  }
  return mod as T
}
