// `npm run build` runs this after compiling: it reads and checks every bundled lexicon
// file once (and builds what comes from packages) and writes the snapshot that start-up
// reads instead (see lexicon/snapshot.ts).
import { LANGS, loadLexicon } from './lexicon/load.js'
import { SNAPSHOT_DIR, SnapshotWriter, writeSnapshotWith } from './lexicon/snapshot.js'
import { loadVerbDictionary } from './lexicon/verb-dictionary.js'

const started = performance.now()
const writer = new SnapshotWriter()
writeSnapshotWith(writer)
for (const lang of LANGS) {
  loadLexicon(lang)
  loadVerbDictionary(lang)
}
writeSnapshotWith(null)
const { files, bytes } = writer.write()
console.log(
  `lexicon snapshot: ${files} files, ${(bytes / 1e6).toFixed(1)} MB in ${SNAPSHOT_DIR} (${Math.round(performance.now() - started)} ms)`,
)
