// Profiles the analysis of one adversarial pattern, as bench/adversarial.mjs times it: the
// models load and a short article warms up first, then only the timed article is profiled.
//
//   node bench/profile-one.mjs PATTERN SIZE OUT.cpuprofile [DIST]
import { writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { PATTERNS, warmUp } from './adversarial-patterns.mjs'

const here = fileURLToPath(new URL('.', import.meta.url))
const [name, size, out, distArg] = process.argv.slice(2)
const dist = resolve(distArg ?? join(here, '../dist'))
const load = (p) => import(pathToFileURL(join(dist, p)).href)
const { analyzeArticle } = await load('extract/index.js')
const { loadVerbDictionary } = await load('lexicon/index.js')
const { loadSyntax } = await load('syntax/annotate.js')
const [lang, make] = PATTERNS[name]
const text = make(Number(size))
warmUp({ analyzeArticle, loadVerbDictionary, loadSyntax }, lang)
const session = new Session()
session.connect()
await session.post('Profiler.enable')
await session.post('Profiler.setSamplingInterval', { interval: 200 })
await session.post('Profiler.start')
const t0 = process.cpuUsage()
analyzeArticle({ origin: name, text }, { published: '2024-01-01', lang })
const used = process.cpuUsage(t0)
const { profile } = await session.post('Profiler.stop')
writeFileSync(out, JSON.stringify(profile))
console.log(`${name} ${size}: ${((used.user + used.system) / 1e6).toFixed(2)} s of processor time`)
