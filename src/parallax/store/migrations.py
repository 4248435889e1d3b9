"""Versioned schema migrations (sqlite-utils ``Migrations``): never edit an applied one, add a new one.

Each migration runs in a transaction together with the record of it having been applied,
so re-applying is a no-op.
"""

from __future__ import annotations

from sqlite_utils.migrations import Migrations

migrations = Migrations("parallax")


@migrations(name="0001_initial")
def initial(db) -> None:
    db.executescript(
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            text TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            url TEXT, canonical_url TEXT, title TEXT, outlet TEXT, language TEXT,
            published TEXT, source TEXT, format TEXT NOT NULL DEFAULT 'text',
            synthetic INTEGER NOT NULL DEFAULT 0, is_primary INTEGER NOT NULL DEFAULT 0,
            duplicate_of TEXT, fingerprint TEXT, meta TEXT NOT NULL DEFAULT '{}',
            ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
            extracted_at TEXT, extractor_version TEXT
        );
        CREATE INDEX articles_content_hash ON articles(content_hash);
        CREATE INDEX articles_canonical_url ON articles(canonical_url);
        CREATE INDEX articles_outlet ON articles(outlet);
        CREATE INDEX articles_published ON articles(published);
        CREATE INDEX articles_pending ON articles(extracted_at);

        CREATE TABLE near_duplicates (
            article_id TEXT NOT NULL REFERENCES articles(id),
            other_id TEXT NOT NULL REFERENCES articles(id),
            score REAL NOT NULL,
            PRIMARY KEY (article_id, other_id)
        );

        CREATE TABLE outlets (
            domain TEXT PRIMARY KEY, name TEXT NOT NULL, country TEXT, language TEXT, kind TEXT
        );

        CREATE TABLE statements (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id),
            type TEXT NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            content TEXT NOT NULL, fragments TEXT NOT NULL,
            speaker TEXT, speaker_start INTEGER, speaker_end INTEGER, speaker_name TEXT,
            cue TEXT, cue_spans TEXT NOT NULL DEFAULT '[]',
            venue TEXT, venue_start INTEGER, venue_end INTEGER, venue_name TEXT,
            person_id TEXT, person_name TEXT, person_rule TEXT, person_score REAL,
            language TEXT, confidence REAL NOT NULL DEFAULT 1.0,
            claim_id TEXT, occasion_id TEXT
        );
        CREATE INDEX statements_article ON statements(article_id);
        CREATE INDEX statements_person ON statements(person_id);
        CREATE INDEX statements_claim ON statements(claim_id);
        CREATE INDEX statements_occasion ON statements(occasion_id);

        CREATE TABLE people (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, qid TEXT, gender TEXT,
            aliases TEXT NOT NULL DEFAULT '[]', roles TEXT NOT NULL DEFAULT '[]',
            source TEXT NOT NULL DEFAULT 'discovered'
        );

        CREATE TABLE corrections (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            op TEXT NOT NULL, a TEXT NOT NULL, b TEXT, value TEXT,
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        );

        CREATE TABLE occasions (
            id TEXT PRIMARY KEY, person_id TEXT, venue TEXT, date TEXT, label TEXT NOT NULL,
            primary_article_id TEXT
        );

        CREATE TABLE claims (
            id TEXT PRIMARY KEY, person_id TEXT, occasion_id TEXT, label TEXT NOT NULL,
            language TEXT, centroid BLOB
        );
        CREATE INDEX claims_occasion ON claims(occasion_id);

        CREATE TABLE claim_evidence (
            statement_id TEXT PRIMARY KEY, claim_id TEXT NOT NULL, score REAL, rule TEXT
        );

        CREATE TABLE coverage (
            occasion_id TEXT NOT NULL, claim_id TEXT NOT NULL, outlet TEXT NOT NULL,
            article_id TEXT, status TEXT NOT NULL, statement_id TEXT,
            alterations TEXT NOT NULL DEFAULT '[]',
            PRIMARY KEY (occasion_id, claim_id, outlet)
        );

        CREATE TABLE embeddings (
            statement_id TEXT PRIMARY KEY, model TEXT NOT NULL, vector BLOB NOT NULL
        );
        """
    )
    db["articles"].enable_fts(["title", "text"], create_triggers=True, tokenize="unicode61")
    db["statements"].enable_fts(
        ["content", "speaker", "person_name"], create_triggers=True, tokenize="unicode61"
    )


@migrations(name="0002_facts")
def facts(db) -> None:
    """Analyst facts (every edit a new version; runs never write them) and contradiction flags."""
    db.executescript(
        """
        CREATE TABLE facts (
            id TEXT NOT NULL, version INTEGER NOT NULL,
            text TEXT NOT NULL, date TEXT, source_url TEXT,
            entities TEXT NOT NULL DEFAULT '[]', language TEXT NOT NULL DEFAULT 'en',
            origin TEXT, deleted INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
            PRIMARY KEY (id, version)
        );

        CREATE TABLE contradictions (
            statement_id TEXT NOT NULL, against_kind TEXT NOT NULL, against_id TEXT NOT NULL,
            against_version INTEGER, rule TEXT NOT NULL, reason TEXT NOT NULL, score REAL NOT NULL,
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
            PRIMARY KEY (statement_id, against_kind, against_id)
        );
        CREATE INDEX contradictions_against ON contradictions(against_kind, against_id);

        CREATE TABLE contradiction_checks (
            subject TEXT PRIMARY KEY,
            checked_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        );
        """
    )


@migrations(name="0003_corrections_watch")
def corrections_watch(db) -> None:
    """Issue 15: who/why on every human correction and its last re-apply outcome; watch lists,
    alerts (one per list and event key: never alerted twice) and their webhook delivery queue."""
    db.executescript(
        """
        ALTER TABLE corrections ADD COLUMN author TEXT;
        ALTER TABLE corrections ADD COLUMN note TEXT;

        CREATE TABLE correction_states (
            correction_id INTEGER PRIMARY KEY REFERENCES corrections(id),
            state TEXT NOT NULL, detail TEXT,
            checked_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        );

        CREATE TABLE watch_lists (
            name TEXT PRIMARY KEY, webhook TEXT,
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        );

        CREATE TABLE watches (
            list TEXT NOT NULL REFERENCES watch_lists(name) ON DELETE CASCADE,
            kind TEXT NOT NULL, target TEXT NOT NULL,
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
            PRIMARY KEY (list, kind, target)
        );

        CREATE TABLE alerts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            list TEXT NOT NULL, key TEXT NOT NULL, kind TEXT NOT NULL,
            watched_kind TEXT NOT NULL, watched TEXT NOT NULL,
            title TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '{}', link TEXT,
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            UNIQUE (list, key)
        );
        CREATE INDEX alerts_created ON alerts(created_at);

        CREATE TABLE deliveries (
            alert_id INTEGER PRIMARY KEY REFERENCES alerts(id),
            url TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'pending',
            attempts INTEGER NOT NULL DEFAULT 0, next_at REAL NOT NULL DEFAULT 0,
            last_error TEXT, delivered_at TEXT
        );
        CREATE INDEX deliveries_due ON deliveries(status, next_at);
        """
    )


@migrations(name="0004_scale")
def scale(db) -> None:
    """Issue 13, web at a million statements: the listings' article orders (publication instant,
    date text, id; date text, id) and each article's statements in offset order, read from indexes
    so that a page needs no sort of every row."""
    db.executescript(
        """
        CREATE INDEX articles_instant ON articles(coalesce(julianday(published), 0), published, id);
        CREATE INDEX articles_published_id ON articles(published, id);
        CREATE INDEX statements_order ON statements(article_id, start, id);
        """
    )


@migrations(name="0005_covering")
def covering(db) -> None:
    """Issue 13: a person's statements and the article columns listings join on (date, outlet,
    synthetic) read from indexes alone, never from the article rows, whose text is large; and the
    planner's statistics (``ANALYZE``; a fresh store has none, and empty tables get none)."""
    db.executescript(
        """
        CREATE INDEX statements_person_cover ON statements(person_id, article_id, start, id, claim_id);
        CREATE INDEX articles_cover ON articles(id, published, outlet, synthetic);
        ANALYZE;
        """
    )


@migrations(name="0006_web")
def web(db) -> None:
    """Issue 13, filtered listings at a million statements: the filters a listing checks row by row
    (an article's outlet, synthetic flag and language; a statement's language and type) read from
    the order indexes themselves, so that a deep page of a filtered view never reads an article's or
    a statement's row (their text) to skip it. The wider indexes replace the narrower ones."""
    db.executescript(
        """
        DROP INDEX articles_instant;
        CREATE INDEX articles_instant ON articles(coalesce(julianday(published), 0), published, id,
                                                  outlet, synthetic, language);
        CREATE INDEX articles_order_cover ON articles(published, id, outlet, synthetic, language);
        DROP INDEX articles_published;
        DROP INDEX articles_published_id;
        DROP INDEX statements_order;
        CREATE INDEX statements_order ON statements(article_id, start, id, language, type);
        ANALYZE;
        """
    )


@migrations(name="0007_fts_update")
def fts_update(db) -> None:
    """Issue 10, alignment at 100k statements: the full-text rows are rewritten only when an indexed
    column changes. The triggers ``enable_fts`` made fire on every UPDATE, so assigning a statement's
    claim and occasion (or marking an article extracted) deleted and re-inserted its FTS5 row."""
    db.executescript(
        """
        DROP TRIGGER IF EXISTS statements_au;
        CREATE TRIGGER statements_au AFTER UPDATE OF content, speaker, person_name ON statements BEGIN
          INSERT INTO statements_fts (statements_fts, rowid, content, speaker, person_name)
            VALUES ('delete', old.rowid, old.content, old.speaker, old.person_name);
          INSERT INTO statements_fts (rowid, content, speaker, person_name)
            VALUES (new.rowid, new.content, new.speaker, new.person_name);
        END;
        DROP TRIGGER IF EXISTS articles_au;
        CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
          INSERT INTO articles_fts (articles_fts, rowid, title, text)
            VALUES ('delete', old.rowid, old.title, old.text);
          INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
        END;
        """
    )
