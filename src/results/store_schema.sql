-- The results store's schema (docs/results-store.md). Regiotwin compiles this file into its binary
-- and applies each numbered migration below that a store does not have yet, in order, each in its
-- own transaction, which ends by setting `PRAGMA user_version` to the migration's number. A store
-- whose user_version is higher than the last migration here was written by a newer regiotwin and is
-- refused rather than misread.
--
-- Rules for changing it: never edit a migration that has shipped; add `-- migration N+1: ...` at
-- the end. A migration is plain SQL without BEGIN/COMMIT (the store wraps it) and without
-- `PRAGMA user_version` (the store sets it). The comments inside CREATE TABLE are kept by SQLite,
-- so `sqlite3 regiotwin.sqlite .schema` shows what every column means.

-- migration 1: scenarios, runs, what each run read and chose, and what it produced
CREATE TABLE scenarios (
  id     INTEGER PRIMARY KEY,
  name   TEXT NOT NULL,         -- the scenario's own name, or its file name without extension
  file   TEXT NOT NULL,         -- the path it was first read from, as given
  text   TEXT NOT NULL,         -- the YAML exactly as the user wrote it
  digest TEXT NOT NULL UNIQUE   -- fnv1a64 of text, 16 hex digits: runs of the same text share one row
);

CREATE TABLE runs (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused, so a deleted run's id names no later run
  status        TEXT NOT NULL DEFAULT 'running'
                CHECK (status IN ('running', 'done', 'failed')),
  started_at    TEXT NOT NULL,  -- UTC, ISO 8601 (2024-05-01T09:30:00Z)
  finished_at   TEXT,           -- UTC, ISO 8601; NULL while running
  region_id     TEXT NOT NULL,  -- embedded region id, or the pack folder's id
  region_name   TEXT NOT NULL,
  scenario_id   INTEGER REFERENCES scenarios (id) ON DELETE RESTRICT,  -- NULL for a baseline run
  seed          INTEGER NOT NULL,  -- the unsigned 64-bit seed's bits; above 2^63 - 1 it reads negative here
  replications  INTEGER NOT NULL CHECK (replications >= 1),
  first_month   TEXT NOT NULL,  -- YYYY-MM
  last_month    TEXT NOT NULL,  -- YYYY-MM, included
  sample        REAL NOT NULL CHECK (sample > 0 AND sample <= 1),  -- fraction of the residents simulated
  threads       INTEGER NOT NULL,  -- as asked; 0 means all cores (results do not depend on it)
  version       TEXT NOT NULL,  -- regiotwin's version
  git_commit    TEXT NOT NULL,
  command       TEXT NOT NULL,  -- the command line as typed
  host          TEXT NOT NULL,  -- where the run's process ran ...
  pid           INTEGER NOT NULL,  -- ... and its process id, to tell a live run from one that was killed
  process_start TEXT NOT NULL,  -- boot id and start time of that process (Linux), so a reused pid is not taken for it
  error         TEXT,           -- why it failed
  inputs_digest TEXT NOT NULL,  -- fnv1a64 over the inputs' digests in order: equal when the runs read the same data
  CHECK ((status = 'running') = (finished_at IS NULL)),
  CHECK (status <> 'failed' OR error IS NOT NULL)
);

-- The files the run read (region pack, scenario), in order.
CREATE TABLE run_inputs (
  run_id   INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  file     TEXT NOT NULL,
  digest   TEXT NOT NULL,  -- fnv1a64 of the file's bytes, 16 hex digits
  PRIMARY KEY (run_id, position)
);

-- The effective value of every option and where it came from.
CREATE TABLE run_options (
  run_id   INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name     TEXT NOT NULL,
  value    TEXT NOT NULL,
  origin   TEXT NOT NULL,  -- 'command line', 'scenario' or 'default'
  PRIMARY KEY (run_id, position)
);

-- The model's parameters as the run used them.
CREATE TABLE run_parameters (
  run_id     INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  name       TEXT NOT NULL,
  value      TEXT NOT NULL,  -- a number, or an age table as '0-17:0.1;18-64:0.2;...'
  unit       TEXT NOT NULL,
  overridden INTEGER NOT NULL CHECK (overridden IN (0, 1)),  -- 1: set by the region pack or scenario
  PRIMARY KEY (run_id, position)
);

-- Wall-clock seconds per phase (synthesis, months, comparison, output, total).
CREATE TABLE run_timings (
  run_id   INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  phase    TEXT NOT NULL,
  seconds  REAL NOT NULL,
  PRIMARY KEY (run_id, position)
);

-- One row per monthly series, its months in one blob (not one row per month: a region's run has
-- tens of thousands of series).
CREATE TABLE series (
  id          INTEGER PRIMARY KEY,
  run_id      INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  table_name  TEXT NOT NULL,  -- indicator, place, workforce, cost, comparison
  area        TEXT NOT NULL,  -- CBS municipality code (GM0193), or the region id for region totals
  key         TEXT NOT NULL,  -- indicator, place, profession, payer, or comparison series
  measure     TEXT NOT NULL,  -- place or workforce measure, cost line, comparison statistic; '' when none
  unit        TEXT NOT NULL,
  first_month TEXT NOT NULL,  -- YYYY-MM of the first value
  months      INTEGER NOT NULL CHECK (months >= 0),
  data        BLOB NOT NULL CHECK (length(data) = 8 * months),  -- the values, little-endian IEEE 754 float64
  UNIQUE (run_id, table_name, area, key, measure)
);

-- Texts the run produced, e.g. 'run' (run.json) or 'regiobeeld' (the report's data as JSON).
CREATE TABLE documents (
  run_id  INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  name    TEXT NOT NULL,
  content TEXT NOT NULL,
  PRIMARY KEY (run_id, name)
);

CREATE INDEX runs_by_scenario ON runs (scenario_id);
