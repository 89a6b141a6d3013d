import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const SRC = fileURLToPath(new URL('.', import.meta.url))
const files = (readdirSync(SRC, { recursive: true }) as string[])
  .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts'))
  .map((f) => join(SRC, f))

describe('the dashboard source', () => {
  it.each([
    'innerHTML',
    'outerHTML',
    'dangerouslySetInnerHTML',
    'insertAdjacentHTML',
    'document.write',
    'eval(',
    'new Function',
  ])('never uses %s: article text is only ever a text node', (api) => {
    for (const f of files) expect(readFileSync(f, 'utf8'), f).not.toContain(api)
  })
})
