// `npm run build` runs this after compiling: it reads and checks every bundled lexicon
// file once (and builds what comes from packages) and writes the snapshot that start-up
// reads instead (see lexicon/snapshot.ts).
import { LANGS, loadLexicon } from './lexicon/load.js'
import { recordReads } from './lexicon/read-jsonl.js'
import { recordDerived, SNAPSHOT_DIR, SnapshotWriter } from './lexicon/snapshot.js'
import { loadVerbDictionary } from './lexicon/verb-dictionary.js'

const started = performance.now()
const writer = new SnapshotWriter()
recordReads(writer.record)
recordDerived(writer)
for (const lang of LANGS) {
  loadLexicon(lang)
  loadVerbDictionary(lang)
}
recordReads(null)
recordDerived(null)
const { files, bytes } = writer.write()
console.log(
  `lexicon snapshot: ${files} files, ${(bytes / 1e6).toFixed(1)} MB in ${SNAPSHOT_DIR} (${Math.round(performance.now() - started)} ms)`,
)
