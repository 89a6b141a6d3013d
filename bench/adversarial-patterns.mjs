// The adversarial patterns of bench/adversarial.mjs (also read by bench/profile-one.mjs).

/** A short article per language that a warm-up analyses: it is tagged and parsed. */
const WARM_UP = {
  en: 'The minister met the envoy on Monday. Officials said the talks would resume.',
  es: 'El ministro se reunió con el enviado el lunes. Los funcionarios dijeron que las conversaciones seguirán.',
}

/**
 * What a process does once before the article it times: the lexicon, the verb dictionary
 * and the syntax model of the pattern's language loaded (the model's files are read when
 * a sentence is first annotated, not when it is set up), and one short article in that
 * language analysed.
 */
export function warmUp({ analyzeArticle, loadVerbDictionary, loadSyntax }, lang) {
  loadSyntax(lang).annotate(['.'])
  loadVerbDictionary(lang)
  analyzeArticle({ origin: 'warm-up', text: WARM_UP[lang] }, { published: '2024-01-01', lang })
}

/** Each pattern: a language and a function that fills `n` bytes (about) with it. */
export const PATTERNS = {
  'title-name-said': [
    'en',
    (n) => fill(n, (i) => `President Alan Marsh${i % 7} said the talks would resume soon. `),
  ],
  'title-name-dijo': [
    'es',
    (n) => fill(n, (i) => `El presidente Luis Arce${i % 7} dijo que las conversaciones seguirán. `),
  ],
  'comma-names': ['en', (n) => fill(n, (i) => `Alan Marsh${i % 5}, `)],
  'acronym-hyphens': ['en', (n) => fill(n, () => 'U.S.-')],
  'one-huge-word': ['en', (n) => 'a'.repeat(n)],
  'opening-quotes': ['en', (n) => fill(n, () => '“')],
  'straight-quotes': ['en', (n) => fill(n, (i) => (i % 2 ? '" said Marsh ' : '"'))],
  guillemets: ['es', (n) => fill(n, () => '«')],
  'nested-parentheses': [
    'en',
    (n) => `${'('.repeat(Math.floor(n / 2))}${')'.repeat(Math.floor(n / 2))}`,
  ],
  'capitalised-run': ['en', (n) => fill(n, (i) => `${WORDS[i % WORDS.length]} `)],
  'transcript-labels': ['en', (n) => fill(n, (i) => (i % 2 ? 'A:\n\nYes.\n\n' : 'Q:\n\n'))],
  'no-sentence-end': [
    'en',
    (n) => fill(n, (i) => `the minister met ${WORDS[i % WORDS.length]} and `),
  ],
  'dialogue-dashes': ['es', (n) => fill(n, () => '—dijo Arce—\n')],
  'dates-everywhere': ['en', (n) => fill(n, (i) => `on ${1 + (i % 28)} March 2024, `)],
}

const WORDS = 'Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliet Kilo Lima Mike'.split(
  ' ',
)

function fill(n, piece) {
  const parts = []
  let length = 0
  for (let i = 0; length < n; i++) {
    const p = piece(i)
    parts.push(p)
    length += p.length
  }
  return parts.join('').slice(0, n)
}
