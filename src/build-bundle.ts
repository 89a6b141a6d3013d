// `npm run build` runs this last: it bundles the command line (`dist/cli/main.js` and
// every module it imports, one chunk per command) into a few files in `dist/cli/`, so
// that a start reads, resolves and compiles a few files instead of a hundred (about
// 50 ms of the 0.6 s `dyad analyze` of one sentence takes). Packages stay outside the
// bundle; the workers' modules (`dist/extract/pool-worker.js` …) are loaded unbundled.
//
// Modules find their files relative to themselves (`new URL('../../data', import.meta.url)`),
// so in the bundle each module's `import.meta.url` is still its own compiled file's URL.
import { readdirSync, rmSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, type Plugin } from 'vite'

const DIST = dirname(fileURLToPath(import.meta.url))
const OUT = join(DIST, 'cli')
const CHUNK = 'chunk-'

/** Each module's `import.meta.url` as the URL of its own file, whichever chunk it lands in. */
const ownUrls: Plugin = {
  name: 'dyad-own-module-urls',
  transform(code, id) {
    if (!id.startsWith(DIST) || !code.includes('import.meta.url')) return null
    // Every chunk is written to OUT, so a path from there reaches the module's file.
    const own = `new URL(${JSON.stringify(relative(OUT, id))}, import.meta.url).href`
    return { code: code.replaceAll('import.meta.url', own), map: null }
  },
}

const started = performance.now()
for (const f of readdirSync(OUT)) if (f.startsWith(CHUNK)) rmSync(join(OUT, f))
rmSync(join(OUT, 'main.js.map'), { force: true })
await build({
  configFile: false,
  logLevel: 'warn',
  plugins: [ownUrls],
  build: {
    // A server-side build: for Node, every package left for Node to load.
    ssr: join(OUT, 'main.js'),
    outDir: OUT,
    emptyOutDir: false,
    minify: false,
    sourcemap: false,
    rollupOptions: {
      output: {
        format: 'esm',
        entryFileNames: 'main.js',
        chunkFileNames: `${CHUNK}[name]-[hash].js`,
      },
    },
  },
})
const chunks = readdirSync(OUT).filter((f) => f.startsWith(CHUNK)).length
console.log(
  `command line bundle: dist/cli/main.js and ${chunks} chunks (${Math.round(performance.now() - started)} ms)`,
)
