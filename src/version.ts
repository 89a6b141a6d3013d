import { readFileSync } from 'node:fs'

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string
}

/** The package version, as package.json gives it. */
export const PACKAGE_VERSION = pkg.version
