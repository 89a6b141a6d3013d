/**
 * The SQLite schema as an ordered list of migrations; `PRAGMA user_version` records
 * how many have run, so an older store is brought up to date when it is opened.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE articles (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT,
    url TEXT,
    source TEXT,
    published TEXT NOT NULL,
    language TEXT NOT NULL,
    origin TEXT,
    text TEXT NOT NULL,
    -- The dyad.analysis/1 document without its article text, which lives in "text".
    analysis TEXT NOT NULL,
    ingested_at TEXT NOT NULL
  );
  CREATE INDEX articles_published ON articles(published);

  CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='seq', tokenize='unicode61 remove_diacritics 2', detail='none'
  );

  CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    country TEXT,
    code TEXT,
    code_date TEXT,
    articles INTEGER NOT NULL DEFAULT 0,
    mentions INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL
  );
  CREATE INDEX entities_country ON entities(country);

  CREATE TABLE entity_aliases (
    entity INTEGER NOT NULL REFERENCES entities(id),
    norm TEXT NOT NULL,
    alias TEXT NOT NULL,
    PRIMARY KEY (entity, norm)
  ) WITHOUT ROWID;
  CREATE INDEX entity_aliases_norm ON entity_aliases(norm);

  CREATE TABLE entity_roles (
    entity INTEGER NOT NULL REFERENCES entities(id),
    title TEXT NOT NULL,
    of TEXT NOT NULL DEFAULT '',
    from_date TEXT NOT NULL DEFAULT '',
    to_date TEXT NOT NULL DEFAULT '',
    via TEXT NOT NULL,
    article INTEGER NOT NULL REFERENCES articles(seq),
    PRIMARY KEY (entity, title, of, from_date, to_date)
  ) WITHOUT ROWID;

  CREATE TABLE article_entities (
    article INTEGER NOT NULL REFERENCES articles(seq),
    local TEXT NOT NULL,
    entity INTEGER NOT NULL REFERENCES entities(id),
    mentions INTEGER NOT NULL,
    PRIMARY KEY (article, local)
  ) WITHOUT ROWID;
  CREATE INDEX article_entities_entity ON article_entities(entity);

  CREATE TABLE article_countries (
    article INTEGER NOT NULL REFERENCES articles(seq),
    country TEXT NOT NULL,
    PRIMARY KEY (country, article)
  ) WITHOUT ROWID;

  CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES articles(seq),
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    kind TEXT NOT NULL,
    speaker INTEGER REFERENCES entities(id),
    speaker_name TEXT,
    cue TEXT,
    topics TEXT NOT NULL,
    about TEXT NOT NULL
  );
  CREATE INDEX quotes_speaker ON quotes(speaker);

  CREATE TABLE quote_about (
    quote INTEGER NOT NULL REFERENCES quotes(id),
    country TEXT NOT NULL,
    PRIMARY KEY (country, quote)
  ) WITHOUT ROWID;

  CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES articles(seq),
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    plover TEXT NOT NULL,
    cameo TEXT NOT NULL,
    quad_class INTEGER NOT NULL,
    goldstein REAL NOT NULL,
    source INTEGER REFERENCES entities(id),
    target INTEGER REFERENCES entities(id),
    source_code TEXT,
    target_code TEXT,
    source_country TEXT,
    target_country TEXT,
    date TEXT,
    negated INTEGER NOT NULL,
    hypothetical INTEGER NOT NULL,
    topics TEXT NOT NULL
  );
  CREATE INDEX events_countries ON events(source_country, target_country);
  CREATE INDEX events_source ON events(source);
  CREATE INDEX events_target ON events(target);
  CREATE INDEX events_article ON events(article);

  CREATE TABLE expectations (
    id INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES articles(seq),
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    holder INTEGER REFERENCES entities(id),
    holder_name TEXT,
    subjects TEXT NOT NULL,
    polarity TEXT NOT NULL,
    horizon TEXT NOT NULL,
    modality TEXT NOT NULL,
    topics TEXT NOT NULL
  );

  CREATE TABLE expectation_subjects (
    expectation INTEGER NOT NULL REFERENCES expectations(id),
    subject TEXT NOT NULL,
    PRIMARY KEY (subject, expectation)
  ) WITHOUT ROWID;
  `,
  // Quotes about an actor: the actors each quote names.
  `
  CREATE TABLE quote_entities (
    quote INTEGER NOT NULL REFERENCES quotes(id),
    entity INTEGER NOT NULL REFERENCES entities(id),
    PRIMARY KEY (entity, quote)
  ) WITHOUT ROWID;
  `,
  // The evidence text of each row, kept with it: cutting it from the article text reads
  // the whole article for every row, which made briefs of busy dyads slow.
  `
  ALTER TABLE quotes ADD COLUMN text TEXT NOT NULL DEFAULT '';
  ALTER TABLE expectations ADD COLUMN text TEXT NOT NULL DEFAULT '';
  ALTER TABLE events ADD COLUMN text TEXT NOT NULL DEFAULT '';
  UPDATE quotes SET text = (SELECT substr(ar.text, quotes.start + 1, quotes.end - quotes.start)
    FROM articles ar WHERE ar.seq = quotes.article);
  UPDATE expectations SET text = (SELECT substr(ar.text, expectations.start + 1, expectations.end - expectations.start)
    FROM articles ar WHERE ar.seq = expectations.article);
  UPDATE events SET text = (SELECT substr(ar.text, events.sentence_start + 1, events.sentence_end - events.sentence_start)
    FROM articles ar WHERE ar.seq = events.article);
  `,
  // Where the article states each role, so that the dashboard can point at it; read back
  // from the stored analysis of the role's article.
  `
  ALTER TABLE entity_roles ADD COLUMN start INTEGER;
  ALTER TABLE entity_roles ADD COLUMN end INTEGER;
  UPDATE entity_roles SET (start, end) = (
    SELECT json_extract(r.value, '$.evidence[0]'), json_extract(r.value, '$.evidence[1]')
    FROM articles ar
      JOIN article_entities ae ON ae.article = ar.seq AND ae.entity = entity_roles.entity
      JOIN json_each(ar.analysis, '$.entities') e ON json_extract(e.value, '$.id') = ae.local
      JOIN json_each(e.value, '$.roles') r
    WHERE ar.seq = entity_roles.article
      AND json_extract(r.value, '$.title') = entity_roles.title
      AND coalesce(json_extract(r.value, '$.of'), '') = entity_roles.of
      AND coalesce(json_extract(r.value, '$.from'), '') = entity_roles.from_date
      AND coalesce(json_extract(r.value, '$.to'), '') = entity_roles.to_date
      AND json_extract(r.value, '$.evidence') IS NOT NULL
    LIMIT 1)
  WHERE via = 'text';
  `,
]
