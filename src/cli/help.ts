import { readFileSync } from 'node:fs'

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string
}

export const VERSION = `dyad ${pkg.version}`

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

  dyad ingest PATH… --db FILE [--published YYYY-MM-DD] [--lang en|es|auto] [--workers N]
      Analyse articles (files, folders, JSON Lines, RSS/Atom feeds) into a SQLite
      store. Articles already stored are skipped; a bad file is named and skipped;
      what is committed survives an interrupted run. Progress on a terminal.

  dyad brief A B --db FILE [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--format md|json|html]
      The relationship brief for two actors (people, countries or their codes:
      "Trump", "USA", "El Salvador", "Estados Unidos"): bottom line by horizon,
      convergences and frictions by topic, voices, timeline, monthly series.

  dyad quotes --db FILE [--speaker NAME] [--about ACTOR] [--topic T] [--format table|json]
  dyad actors [NAME] --db FILE [--kind person|organization|country|location|group]
  dyad search WORDS --db FILE
      Who said what; the store's actors; full-text search over stored articles.
      Also --from/--to (quotes) and --limit N.

  dyad events --db FILE [--from …] [--to …] [--format csv|gdelt|plover]
      The stored events, written as above.

  dyad demo [--json] [--db FILE]
      Analyse the sample articles that ship with dyad, print what was found,
      store them, and print the bottom line of the Trump–Bukele brief.

  dyad --help | --version

Exit status: 0 ok, 1 some input could not be analysed (each named on stderr), 2 usage error.
`
