// The tests run the TypeScript sources, which the lexicon's on-demand `require` of its
// compiled schema registry cannot load: hand the registry over up front instead.
import { provideSchemas } from '../../src/lexicon/read-jsonl.js'
import { SCHEMAS } from '../../src/lexicon/schema-registry.js'

provideSchemas(SCHEMAS)
