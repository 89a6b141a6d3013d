import { PACKAGE_VERSION } from '../version.js'

export const VERSION = `dyad ${PACKAGE_VERSION}`

export const HELP = `dyad — evidence-linked political intelligence from news articles

Usage:
  dyad analyze FILE|DIR|- … [--published YYYY-MM-DD] [--lang en|es|auto] [--format json] [--syntax] [--fast]
               [--workers N] [--max-seconds S]
      Analyse articles (plain text, HTML pages, JSON article objects, JSON Lines,
      or folders of them) and print one dyad.analysis/1 document per article:
      indented JSON for a single article, JSON Lines for several.
        --published   publication date for articles that carry none
        --lang        en, es, or auto (default: the article's tag, else identified)
        --compact     one line per document even for a single article
        --max-size    largest single article file in MB (default 8)
        --include-negated, --include-hypothetical
                      also list events the text denies ("did not meet") or only
                      plans or supposes ("will sign", "if they agree"), flagged
                      negated / hypothetical; left out by default
        --syntax      add the syntax layer: each sentence's UD words with their
                      tags, lemmas, features and dependency tree
        --fast        code events from surface patterns only, without the
                      dependency parse: about ten times faster, fewer events
                      (no dictionary verbs, no domestic acts); also for events
                      and ingest
        --workers     threads to analyse on (default: one per core up to four for
                      several articles; 0, the command's own thread, for one);
                      output keeps the input order
        --max-seconds an article still being analysed after this long is named as
                      too slow and skipped, and the run goes on (default 60 on
                      workers; 0 for no limit); also for ingest

  dyad parse FILE|DIR|- … [--lang en|es|auto] [--format conllu|json] [--workers N] [--beam K | --combine]
      Tag, lemmatise and parse into CoNLL-U. A .conllu file (or CoNLL-U on standard
      input) keeps its own sentences, words and comments; only the annotation columns
      are filled in. Anything else is read as analyze reads articles, split into
      sentences and UD words ("don't" → do n't, "del" → de el), and each token gets
      TokenRange=START:END in MISC: offsets into the normalised text.
        --format json one line per article: its syntax layer, as analyze --syntax
        --lang        en, es, or auto (default: the article's tag, else identified;
                      for CoNLL-U, identified from its words)
        --workers     threads for a CoNLL-U file (default: every core when it
                      holds 20,000 words or more, else 0: the command's own thread)
        --beam        keep K parses open (default 1: greedy); 8 is what the beam
                      tables were trained for: half a UAS point better, a quarter
                      of the speed
        --combine     parse with four parsers (greedy and beam, reading left to
                      right and right to left) and keep the tree their arcs vote
                      for: 2 UAS points over greedy, 1 over the beam, a
                      twentieth of the greedy speed

  dyad events FILE|DIR|- … [--format csv|gdelt|plover] [--published YYYY-MM-DD] [--lang en|es|auto] [--fast]
      Code the events of the articles and write one row per event, each with the
      article id and its evidence sentence: CSV (default), a GDELT 2.0 event TSV
      (same 61 columns, unknown fields empty, plus DyadArticleId and DyadEvidence),
      or PLOVER JSON Lines. Negated and hypothetical events are left out unless
      --include-negated / --include-hypothetical.

  dyad ingest PATH… --db FILE|URL [--published YYYY-MM-DD] [--lang en|es|auto] [--workers N] [--max-seconds S] [--fast]
      Analyse articles (files, folders, JSON Lines, RSS/Atom feeds) into a store.
      Articles already stored are skipped; a bad file is named and skipped;
      what is committed survives an interrupted run. Progress on a terminal.
      --db is a SQLite file, or a PostgreSQL database: postgres://user@host:port/db
      (its schema is created on first use). Every command that takes --db takes both.

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

  dyad serve --db FILE [--port 8080] [--host 127.0.0.1] [--max-body MB]
      Serve the dashboard and the JSON API (described at /api/openapi.json) over a
      store. Binds to 127.0.0.1 by default, so only this machine can connect; there
      is no login, so think twice before --host 0.0.0.0. --port 0 picks a free port.
        --max-body    largest article POST /api/analyze accepts, in MB (default 2)

  dyad stats --db FILE|URL [--json]
      What a store holds: articles, actors, quotes, events, expectations.

  dyad enqueue PATH… --queue redis://host:port [--published …] [--lang …] [--fast]
      Read articles as ingest does and add one job per article to a Redis (BullMQ)
      queue, for workers on any number of machines. An article queued twice is one job.

  dyad worker --queue redis://host:port --db postgres://… [--concurrency N] [--lock S]
      Take queued articles, analyse them (N at a time, default 1) and write each to
      the store in one transaction. A failed article is tried 3 times, then left in
      the failed set; a worker that dies loses nothing: its jobs return to the queue
      once their lock expires (--lock, default 30 s). SIGTERM or Ctrl-C finishes the
      current articles, then stops.

  dyad queue status --queue redis://host:port [--json] [--limit N]
      Waiting, active, completed, failed and delayed jobs, and the failed articles
      with their errors.

  dyad demo [--json] [--db FILE] [--serve [--port 8080]]
      Analyse the sample articles that ship with dyad, print what was found, store
      them (default: dyad-demo.db in the temporary folder, rebuilt each run) and end
      with the dashboard's address on them; --serve starts the dashboard right away.

  dyad --help | --version

Exit status: 0 ok, 1 some input could not be analysed (each named on stderr), 2 usage error.
`
