// `npm run build` runs this after compiling: it reads and checks every bundled lexicon
// file once (and builds what comes from packages) and writes the snapshot that start-up
// reads instead (see lexicon/snapshot.ts), and the index of each syntax model, the lookup
// tables it scores from, which start-up then reads rather than builds (syntax/model-file.ts).
import { LANGS, loadLexicon } from './lexicon/load.js'
import { numberWords } from './lexicon/number-words.js'
import { SNAPSHOT_DIR, SnapshotWriter, writeSnapshotWith } from './lexicon/snapshot.js'
import { loadVerbDictionary } from './lexicon/verb-dictionary.js'
import { INDEX_DIR, writeModelIndexes } from './syntax/annotate.js'

const started = performance.now()
const writer = new SnapshotWriter()
writeSnapshotWith(writer)
for (const lang of LANGS) {
  loadLexicon(lang)
  loadVerbDictionary(lang)
  numberWords(lang)
}
writeSnapshotWith(null)
const { files, bytes } = writer.write()
console.log(
  `lexicon snapshot: ${files} files, ${(bytes / 1e6).toFixed(1)} MB in ${SNAPSHOT_DIR} (${Math.round(performance.now() - started)} ms)`,
)

const indexing = performance.now()
const indexes = writeModelIndexes()
console.log(
  `syntax model indexes: ${indexes.files} files, ${(indexes.bytes / 1e6).toFixed(1)} MB in ${INDEX_DIR} (${Math.round(performance.now() - indexing)} ms)`,
)
