import type { Analysis, Entity, Mention } from '../doc/index.js'
import type { Evidence, StoredEvent, StoredExpectation, StoredQuote } from '../store/index.js'
import { type ArticleText, articleText } from './naming.js'

/** An entity of a hand-built article, with the words that mention it. */
export interface Cast {
  id: string
  name: string
  kind: Entity['kind']
  country: string | null
  code?: string
  roles?: Entity['roles']
  /** Surface forms to find in the text (the name when absent); `pronouns` mention it too. */
  forms?: string[]
  pronouns?: string[]
}

/**
 * A hand-built analysed article for tests: every form of every cast member is a mention
 * wherever it occurs; expectations and quotes are added with `withExpectation` and
 * `withQuote`.
 */
export function article(text: string, cast: readonly Cast[], language = 'en'): ArticleText {
  const mentions: Mention[] = []
  for (const c of cast) {
    const find = (form: string, via: Mention['via']) => {
      for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1))
        mentions.push({ entity: c.id, start: i, end: i + form.length, via })
    }
    for (const form of c.forms ?? [c.name]) find(form, 'name')
    for (const p of c.pronouns ?? []) find(p, 'pronoun')
  }
  const analysis: Analysis = {
    format: 'dyad.analysis/1',
    article: {
      id: 'a1',
      title: null,
      url: null,
      source: null,
      published: '2020-01-01',
      language,
      text,
    },
    entities: cast.map((c) => ({
      id: c.id,
      name: c.name,
      kind: c.kind,
      country: c.country,
      code: c.code ?? c.country,
      roles: c.roles ?? [],
      aliases: [],
    })),
    mentions: mentions.sort((a, b) => a.start - b.start),
    quotes: [],
    timexes: [],
    events: [],
    expectations: [],
  }
  return articleText(analysis)
}

function evidence(a: ArticleText, span: string): Evidence {
  const start = a.analysis.article.text.indexOf(span)
  if (start < 0) throw new Error(`"${span}" is not in the text`)
  return {
    article: 'a1',
    title: null,
    url: null,
    source: null,
    published: '2020-01-01',
    start,
    end: start + span.length,
    text: span,
  }
}

/** Adds an expectation over `span` held by `holder`, and returns its stored row. */
export function withExpectation(
  a: ArticleText,
  span: string,
  holder: string | null,
): StoredExpectation {
  const ev = evidence(a, span)
  const outlook = {
    holderName: holder,
    subjects: [],
    polarity: 'positive',
    horizon: 'unspecified',
    modality: 'likely',
    topics: [],
  } as const
  a.analysis.expectations.push({
    id: `x${a.analysis.expectations.length + 1}`,
    start: ev.start,
    end: ev.end,
    holder,
    ...outlook,
    subjects: [],
    topics: [],
  })
  return { evidence: ev, holder: null, ...outlook, subjects: [], topics: [] }
}

/** Adds a quote over `span` spoken by `speaker`, and returns its stored row. */
export function withQuote(a: ArticleText, span: string, speaker: string | null): StoredQuote {
  const ev = evidence(a, span)
  a.analysis.quotes.push({
    id: `q${a.analysis.quotes.length + 1}`,
    start: ev.start,
    end: ev.end,
    kind: 'direct',
    speaker,
    speakerName: speaker,
    speakerMention: null,
    cue: null,
  })
  return {
    evidence: ev,
    kind: 'direct',
    speaker: null,
    speakerName: speaker,
    cue: null,
    topics: [],
    about: [],
  }
}

/** A stored event whose evidence is `span`; its sides are not read by relevance. */
export function withEvent(a: ArticleText, span: string): StoredEvent {
  return {
    evidence: evidence(a, span),
    trigger: { start: 0, end: 0 },
    plover: 'AGREE',
    cameo: '030',
    quadClass: 1,
    goldstein: 4,
    source: null,
    target: null,
    sourceName: null,
    targetName: null,
    sourceCode: null,
    targetCode: null,
    sourceCountry: null,
    targetCountry: null,
    date: null,
    negated: false,
    hypothetical: false,
    topics: [],
  }
}
