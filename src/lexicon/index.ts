/** Language knowledge as data: the loader, its checks, and lookups built from it. */
export type { CountryInfo } from './countries.js'
export { EventWords, type EventWordType } from './event-words.js'
export {
  DATA_DIR,
  type GazetteerEntry,
  LANGS,
  type Lexicon,
  loadLexicon,
  type SpeechConventions,
} from './load.js'
export { apostrophes, type MultiwordRules } from './multiword.js'
export { inForce, nameKey, OfficeHolders } from './office-holders.js'
export { actorNouns, roleWords } from './role-words.js'
export type {
  CameoCode,
  EventPattern,
  ExpectationCue,
  KnownOrganization,
  KnownPerson,
  Office,
  OfficeTerm,
  OrgWord,
  Pronoun,
  RoleTitle,
  SpeechCue,
  VerbInflection,
} from './schemas.js'
export { TokenTrie } from './trie.js'
export {
  type Agent,
  loadVerbDictionary,
  type PatternIndex,
  type VerbDictionary,
  type VerbPattern,
  type VerbPrep,
  type VerbSlot,
} from './verb-dictionary.js'
