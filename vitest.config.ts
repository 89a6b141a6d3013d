import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.ts'],
    setupFiles: ['test/setup/schemas.ts'],
    testTimeout: 60_000,
    // Set-up hooks analyse fixture corpora; on a busy two-core machine that can pass 10 s.
    hookTimeout: 60_000,
  },
})
