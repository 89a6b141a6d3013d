// The adversarial patterns of bench/adversarial.mjs (also read by bench/profile-one.mjs).

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
