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
 */
export function onDemand<T>(specifier: string): T {
  let mod = loaded.get(specifier)
  if (mod === undefined) {
    mod = require(fileURLToPath(import.meta.resolve(specifier)))
    loaded.set(specifier, mod)
  }
  return mod as T
}
