import { PACKAGE_VERSION } from '../version.js'

export const VERSION = `dyad ${PACKAGE_VERSION}`

export const HELP = `dyad — evidence-linked political intelligence from news articles

Usage:
  dyad analyze FILE|DIR|- … [--published YYYY-MM-DD] [--lang en|es|auto] [--format json]
      Analyse articles (plain text, HTML pages, JSON article objects, JSON Lines,
      or folders of them) and print one dyad.analysis/1 document per article:
      indented JSON for a single article, JSON Lines for several.
        --published   publication date for articles that carry none
        --lang        en, es, or auto (default: the article's tag, else identified)
        --compact     one line per document even for a single article
        --max-size    largest single article file in MB (default 8)

  dyad events FILE|DIR|- … [--format csv|gdelt|plover] [--published YYYY-MM-DD] [--lang en|es|auto]
      Code the events of the articles and write one row per event, each with the
      article id and its evidence sentence: CSV (default), a GDELT 2.0 event TSV
      (same 61 columns, unknown fields empty, plus DyadArticleId and DyadEvidence),
      or PLOVER JSON Lines. Negated and hypothetical events are left out unless
      --include-negated / --include-hypothetical.

  dyad demo [--json]
      Analyse the sample articles that ship with dyad and print what was found.

  dyad --help | --version

Exit status: 0 ok, 1 some input could not be analysed (each named on stderr), 2 usage error.
`
