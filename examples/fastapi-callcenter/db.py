"""SQLite storage through the standard library's ``sqlite3``.

One connection is shared by every request, guarded by a lock: FastAPI runs plain ``def`` endpoints in a thread
pool, and an in-memory database only exists inside the connection that created it. Every statement takes its
values as ``?`` parameters; column names in ``ORDER BY`` come from fixed allow-lists, never from the request.
"""
import json
import sqlite3
import threading
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import Any, Iterator, List, Optional, Sequence

from fastapi import Request

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,  -- AUTOINCREMENT: a deleted user's id is never reused
    username      TEXT NOT NULL UNIQUE,
    full_name     TEXT,
    email         TEXT NOT NULL,
    is_active     INTEGER NOT NULL DEFAULT 1,
    role          TEXT NOT NULL,
    scopes        TEXT NOT NULL DEFAULT '[]',          -- JSON array
    password_hash TEXT NOT NULL,
    created_at    TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS tokens (
    token_hash TEXT PRIMARY KEY,                       -- sha256 of the bearer token; the token itself is not kept
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    scopes     TEXT NOT NULL,                          -- JSON array, the scopes granted at login
    expires_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS teams (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT NOT NULL UNIQUE,
    description TEXT
);
CREATE TABLE IF NOT EXISTS team_members (
    team_id  INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    user_id  INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (team_id, user_id)
);
CREATE TABLE IF NOT EXISTS calls (
    id            TEXT PRIMARY KEY,                    -- 24 hex digits, like a MongoDB ObjectId
    direction     TEXT NOT NULL,
    caller_number TEXT NOT NULL,
    agent_id      INTEGER,                             -- no foreign key: calls keep the id of a deleted user
    queue         TEXT NOT NULL,
    status        TEXT NOT NULL,
    started_at    TEXT NOT NULL,                       -- timestamps: fixed-width UTC text, so text order is time order
    ended_at      TEXT,
    duration_s    INTEGER,
    notes         TEXT,
    tags          TEXT NOT NULL DEFAULT '[]',          -- JSON array
    recording_url TEXT,
    satisfaction  INTEGER,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS calls_started_at ON calls(started_at);
CREATE INDEX IF NOT EXISTS calls_status ON calls(status, started_at);
CREATE INDEX IF NOT EXISTS calls_agent ON calls(agent_id, started_at);
CREATE INDEX IF NOT EXISTS calls_queue ON calls(queue, started_at);
CREATE TABLE IF NOT EXISTS call_events (                -- a call's history: one row for each write through the API
    id       INTEGER PRIMARY KEY AUTOINCREMENT,        -- the order the events were written in
    call_id  TEXT NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    at       TEXT NOT NULL,
    event    TEXT NOT NULL,                            -- created, updated, transferred or closed
    actor_id INTEGER,                                  -- the user who did it; no foreign key, like calls.agent_id
    summary  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS call_events_call ON call_events(call_id, id);
"""

_INT64 = range(-(2 ** 63), 2 ** 63)


def now() -> datetime:
    return datetime.now(timezone.utc)


def utc(value: datetime) -> datetime:
    """The same instant in UTC; a naive date-time is taken to be UTC. Raises OverflowError past year 1 or 9999."""
    if value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc)


def to_db_time(value: Optional[datetime]) -> Optional[str]:
    """UTC, fixed width (``2024-05-01T09:00:00.000000Z``), so comparing the text compares the times.

    Bodies reach here already checked (``models.WriteModel``); a query bound beyond year 1 or 9999 is clamped.
    """
    if value is None:
        return None
    try:
        value = utc(value)
    except OverflowError:
        value = datetime.max if value.year > 1 else datetime.min
    return value.replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def from_db_time(value: Optional[str]) -> Optional[datetime]:
    if value is None:
        return None
    return datetime.fromisoformat(value[:-1]).replace(tzinfo=timezone.utc)


def _bindable(value: Any) -> Any:
    # SQLite integers are 64-bit. An id or filter value beyond that cannot match a stored row, so it is bound as
    # NULL (which equals nothing) instead of failing with OverflowError. Bodies never get here with such values:
    # the write models refuse them with a 422.
    if isinstance(value, int) and not isinstance(value, bool) and value not in _INT64:
        return None
    return value


def _casefold(value: Optional[str]) -> Optional[str]:
    return None if value is None else value.casefold()


class Database:
    """The shared connection and its lock: ``read()``/``write()`` for several statements, or one statement."""

    def __init__(self, path: str):
        self.path = path
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(path, check_same_thread=False, uri=path.startswith("file:"))
        self._conn.row_factory = sqlite3.Row
        # A Unicode-aware lower() for case-insensitive search (SQLite's own only folds ASCII).
        self._conn.create_function("casefold", 1, _casefold, deterministic=True)
        self._conn.execute("PRAGMA foreign_keys = ON")
        if path != ":memory:":
            self._conn.execute("PRAGMA journal_mode = WAL")
        self._drop_old_call_events()
        self._conn.executescript(SCHEMA)

    def _drop_old_call_events(self) -> None:
        # Files from before the history had a call_events table of another shape (kind, agent_id, detail), whose
        # rows were never served: it makes way for the new one.
        columns = [row["name"] for row in self._conn.execute("PRAGMA table_info(call_events)")]
        if "kind" in columns:
            self._conn.execute("DROP TABLE call_events")
            self._conn.commit()

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    @contextmanager
    def read(self) -> Iterator["Tx"]:
        """Several reads that see the same data (no write can slip in between)."""
        with self._lock:
            yield Tx(self._conn)

    @contextmanager
    def write(self) -> Iterator["Tx"]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        with self._lock:
            try:
                yield Tx(self._conn)
                self._conn.commit()
            except BaseException:
                self._conn.rollback()
                raise

    def all(self, sql: str, params: Sequence[Any] = ()) -> List[sqlite3.Row]:
        with self._lock:
            return self._conn.execute(sql, [_bindable(p) for p in params]).fetchall()

    def one(self, sql: str, params: Sequence[Any] = ()) -> Optional[sqlite3.Row]:
        with self._lock:
            return self._conn.execute(sql, [_bindable(p) for p in params]).fetchone()

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.one(sql, params)
        return None if row is None else row[0]


class Tx:
    """The statements of one write transaction; reads as :class:`Database` does (``all``, ``one``, ``scalar``)."""

    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn

    def execute(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        return self._conn.execute(sql, [_bindable(p) for p in params])

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self._conn.executemany(sql, rows)

    def all(self, sql: str, params: Sequence[Any] = ()) -> List[sqlite3.Row]:
        return self.execute(sql, params).fetchall()

    def one(self, sql: str, params: Sequence[Any] = ()) -> Optional[sqlite3.Row]:
        return self.execute(sql, params).fetchone()

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.one(sql, params)
        return None if row is None else row[0]


def get_db(request: Request) -> Database:
    """The dependency every endpoint uses to reach the database opened at startup."""
    return request.app.state.db


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def loads(value: str) -> Any:
    return json.loads(value)
