"""What has been published before: entry ids and dates, content hashes, fetch validators, runs.

Everything that touches the database lives in this one module, so a server database
could replace SQLite later without the other stages noticing.  The rules that make a
feed trustworthy for readers are enforced here, not by callers:

- an entry's id never changes once assigned to a key (canonical URL or file path);
- ``published`` is the story's own date when it states one, else the first-seen time;
- ``updated`` moves only when the content hash changes, so re-fetching the same text
  (or the same text with different whitespace) never makes a reader show it as new.

One writer at a time: take :func:`writer_lock` around a run.  Every write is a
transaction in WAL mode with ``synchronous=FULL``, so a killed process loses at most
the transaction it was in.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from feedpipe.errors import StoreError
from feedpipe.model import Quote, Removed, Story, Validators

# Each step is applied once, in order, inside one transaction with the user_version bump.
# Never edit a released step; append a new one.
MIGRATIONS: list[list[str]] = [
    [
        """CREATE TABLE entries (
            key TEXT PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            source TEXT NOT NULL,
            first_seen TEXT NOT NULL,
            published TEXT NOT NULL,
            updated TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            story TEXT NOT NULL,
            last_seen TEXT NOT NULL
        )""",
        "CREATE INDEX entries_latest ON entries (updated DESC, id DESC)",
        """CREATE TABLE sources (
            name TEXT PRIMARY KEY,
            last_error TEXT,
            last_error_at TEXT,
            last_success_at TEXT
        )""",
        """CREATE TABLE validators (
            source TEXT NOT NULL,
            url TEXT NOT NULL,
            etag TEXT,
            last_modified TEXT,
            PRIMARY KEY (source, url)
        )""",
        """CREATE TABLE runs (
            n INTEGER PRIMARY KEY AUTOINCREMENT,
            started TEXT NOT NULL,
            finished TEXT,
            ok_sources TEXT NOT NULL,
            failed_sources TEXT NOT NULL,
            new INTEGER NOT NULL,
            updated INTEGER NOT NULL,
            errors TEXT NOT NULL
        )""",
    ],
]

# Runs are only kept for /healthz and a short history; the table must not grow forever.
KEEP_RUNS = 100


def _utc(value: datetime) -> datetime:
    # Publishers often give naive local-less dates; UTC is the only honest reading.
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def _iso(value: datetime) -> str:
    # One fixed width, second precision, so text order in SQL is time order.
    return _utc(value).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse(value: str) -> datetime:
    return datetime.fromisoformat(value)


def _parse_opt(value: str | None) -> datetime | None:
    return None if value is None else _parse(value)


def _norm(text: str) -> str:
    return " ".join(text.split())


def content_hash(story: Story) -> str:
    """Hash of what a reader reads: title, subheads and paragraphs, whitespace-normalized.

    Whitespace-only differences and re-fetches of the same text give the same hash, so
    they never move an entry's ``updated`` date.  Returns ``"sha256:<hex>"``.
    """
    parts = {
        "title": _norm(story.title or ""),
        "subheads": [t for t in map(_norm, story.subheads) if t],
        "paragraphs": [t for t in map(_norm, story.paragraphs) if t],
    }
    data = json.dumps(parts, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return "sha256:" + hashlib.sha256(data).hexdigest()


def default_entry_id(key: str) -> str:
    """A stable id derived from the key alone, for callers that have no ``tag:`` authority."""
    return uuid.uuid5(uuid.NAMESPACE_URL, key).urn


def story_to_dict(story: Story) -> dict[str, Any]:
    """The stored rendering of a story: ``Story.to_dict()`` plus its ``url`` and ``order``."""
    data = story.to_dict()
    data["url"] = story.url
    data["order"] = story.order
    return data


def story_from_dict(data: dict[str, Any]) -> Story:
    """Rebuild a :class:`Story` from :func:`story_to_dict`'s output."""
    return Story(
        title=data.get("title"),
        subheads=list(data.get("subheads", [])),
        paragraphs=list(data.get("paragraphs", [])),
        quotes=[Quote(**q) for q in data.get("quotes", [])],
        byline=data.get("byline"),
        authors=list(data.get("authors", [])),
        publisher=data.get("publisher"),
        rights=data.get("rights"),
        language=data.get("language"),
        published=_parse_opt(data.get("published")),
        updated=_parse_opt(data.get("updated")),
        summary=data.get("summary"),
        source=data.get("source", ""),
        removed=[Removed(**r) for r in data.get("removed", [])],
        url=data.get("url"),
        order=data.get("order", ""),
    )


@dataclass(frozen=True, slots=True)
class EntryState:
    """What :meth:`Store.record` decided for one story."""

    id: str
    key: str
    published: datetime
    updated: datetime
    is_new: bool
    changed: bool  # content hash differs from the stored one (never true for a new entry)


@dataclass(frozen=True, slots=True)
class StoredEntry:
    """One entry as stored, ready for the atom stage."""

    id: str
    source: str
    key: str
    first_seen: datetime
    published: datetime
    updated: datetime
    content_hash: str
    story: dict[str, Any]
    last_seen: datetime

    def to_story(self) -> Story:
        """The stored rendering as a :class:`Story`."""
        return story_from_dict(self.story)


@dataclass(frozen=True, slots=True)
class SourceState:
    """A source's last error and last success."""

    name: str
    last_error: str | None
    last_error_at: datetime | None
    last_success_at: datetime | None


@dataclass(slots=True)
class RunStatus:
    """One pipeline run, as /healthz reports it."""

    started: datetime
    finished: datetime | None = None
    ok_sources: list[str] = field(default_factory=list)
    failed_sources: list[str] = field(default_factory=list)
    new: int = 0
    updated: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when the run finished and no source failed."""
        return self.finished is not None and not self.failed_sources

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form, with ``ok`` included."""
        data = asdict(self)
        data["started"] = _iso(self.started)
        data["finished"] = _iso(self.finished) if self.finished else None
        data["ok"] = self.ok
        return data


@contextmanager
def writer_lock(path: str | os.PathLike[str], *, wait: bool, timeout: float | None = None) -> Iterator[None]:
    """Hold the process-level exclusive writer lock of the store at ``path``.

    The lock is ``flock`` on ``<path>.lock``, so the kernel releases it when the holder
    dies, even by ``kill -9``.  With ``wait=False`` a held lock raises
    ``StoreError("another feedpipe is writing <path>")`` at once; with ``wait=True`` it
    waits, at most ``timeout`` seconds when one is given.
    """
    db = Path(path)
    db.parent.mkdir(parents=True, exist_ok=True)
    lock_path = db.with_name(db.name + ".lock")
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            try:
                blocking = wait and deadline is None
                fcntl.flock(fd, fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
                break
            except BlockingIOError:
                if not wait or (deadline is not None and time.monotonic() >= deadline):
                    waited = f" (waited {timeout:g} s)" if wait and timeout else ""
                    raise StoreError(f"another feedpipe is writing {db}{waited}") from None
                time.sleep(0.1)
        yield
    finally:
        # Closing the descriptor releases the lock.
        os.close(fd)


class Store:
    """The story store.  Thread-safe; use :func:`writer_lock` to keep to one writer process."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path
        self._mutex = threading.RLock()
        self._depth = 0

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> Store:
        """Open (creating folders and file as needed) and migrate the store at ``path``."""
        db = Path(path)
        try:
            db.parent.mkdir(parents=True, exist_ok=True)
            # Autocommit mode: transactions are explicit (BEGIN IMMEDIATE) so they are visible.
            conn = sqlite3.connect(db, isolation_level=None, check_same_thread=False, timeout=10.0)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open store {db}: {exc}") from exc
        store = cls(conn, db)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            # FULL: a commit survives power loss too, and our write volume is tiny.
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA foreign_keys=ON")
            store._migrate()
        except sqlite3.Error as exc:
            conn.close()
            raise StoreError(f"cannot open store {db}: {exc}") from exc
        except StoreError:
            conn.close()
            raise
        return store

    def close(self) -> None:
        """Close the connection."""
        with self._mutex:
            self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        """The applied migration count (``PRAGMA user_version``)."""
        with self._reading():
            return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        # Up to date is the common case: answer it without taking the write lock, so
        # opening a second (reading) Store never waits for a running writer.
        if self.schema_version == len(MIGRATIONS):
            return
        with self.transaction():
            version = int(self._conn.execute("PRAGMA user_version").fetchone()[0])
            if version > len(MIGRATIONS):
                raise StoreError(
                    f"store {self.path} has schema {version}, newer than this feedpipe ({len(MIGRATIONS)})"
                )
            for number, steps in enumerate(MIGRATIONS[version:], start=version + 1):
                for sql in steps:
                    self._conn.execute(sql)
                # user_version is part of the transaction: a crash leaves the old version.
                self._conn.execute(f"PRAGMA user_version = {number}")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group writes into one transaction (nestable; only the outermost commits).

        BEGIN IMMEDIATE takes SQLite's write lock up front, so a transaction never fails
        half-way because another connection started writing.
        """
        with self._mutex:
            if self._depth:
                self._depth += 1
                try:
                    yield
                finally:
                    self._depth -= 1
                return
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise StoreError(f"cannot write store {self.path}: {exc}") from exc
            self._depth = 1
            try:
                yield
                self._conn.execute("COMMIT")
            except BaseException as exc:
                # SQLite may already have rolled back by itself (disk full, I/O error).
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise StoreError(f"cannot write store {self.path}: {exc}") from exc
                raise
            finally:
                self._depth = 0

    @contextmanager
    def _reading(self) -> Iterator[None]:
        with self._mutex:
            try:
                yield
            except sqlite3.Error as exc:
                raise StoreError(f"cannot read store {self.path}: {exc}") from exc

    # -- entries ---------------------------------------------------------------------------

    def record(
        self,
        source: str,
        key: str,
        story: Story,
        content_hash: str,
        now: datetime,
        *,
        entry_id: str | None = None,
        undated: datetime | None = None,
    ) -> EntryState:
        """Record that ``story`` was seen at ``key`` now, applying the id and date rules.

        ``entry_id`` is used only the first time a key is seen (default:
        :func:`default_entry_id`); afterwards the stored id wins.  ``undated`` (e.g. a
        file's modification time) replaces the first-seen time as the ``published`` date
        of a story that states none; it too only counts the first time.  The stored rendering
        is replaced by ``story`` every time; ``updated`` moves (to ``now``) only when
        ``content_hash`` differs from the stored one.
        """
        now_s = _iso(now)
        data = json.dumps(story_to_dict(story), ensure_ascii=False, sort_keys=True)
        stated = _iso(story.published) if story.published else None
        with self.transaction():
            row = self._conn.execute(
                "SELECT id, published, updated, content_hash FROM entries WHERE key = ?", (key,)
            ).fetchone()
            if row is None:
                new_id = entry_id or default_entry_id(key)
                published = stated or (_iso(undated) if undated else now_s)
                # A story that states when it was last revised is dated by it, never
                # earlier than its publication.
                updated = max(_iso(story.updated), published) if story.updated else published
                try:
                    self._conn.execute(
                        "INSERT INTO entries (key, id, source, first_seen, published, updated,"
                        " content_hash, story, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (key, new_id, source, now_s, published, updated, content_hash, data, now_s),
                    )
                except sqlite3.IntegrityError as exc:
                    raise StoreError(f"entry id {new_id} is already used by another key") from exc
                return EntryState(new_id, key, _parse(published), _parse(updated), True, False)
            old_id, old_published, old_updated, old_hash = row
            # The stated date wins when there is one; otherwise keep what we had, so a
            # flaky extraction that loses the date does not move the entry.
            published = stated or old_published
            changed = old_hash != content_hash
            updated = max(now_s, published) if changed else old_updated
            self._conn.execute(
                "UPDATE entries SET source = ?, published = ?, updated = ?, content_hash = ?,"
                " story = ?, last_seen = ? WHERE key = ?",
                (source, published, updated, content_hash, data, now_s, key),
            )
            return EntryState(old_id, key, _parse(published), _parse(updated), False, changed)

    def entry(self, key: str) -> StoredEntry | None:
        """The stored entry for ``key``, if any."""
        rows = self._select("WHERE key = ?", (key,))
        return rows[0] if rows else None

    def latest(self, n: int) -> list[StoredEntry]:
        """The ``n`` newest entries by (updated, id), newest first, whatever their source."""
        return self._select("ORDER BY updated DESC, id DESC LIMIT ?", (n,))

    def count(self) -> int:
        """How many entries are stored."""
        with self._reading():
            return int(self._conn.execute("SELECT count(*) FROM entries").fetchone()[0])

    def _select(self, tail: str, args: tuple[Any, ...]) -> list[StoredEntry]:
        sql = (
            "SELECT id, source, key, first_seen, published, updated, content_hash, story,"
            " last_seen FROM entries " + tail
        )
        with self._reading():
            rows = self._conn.execute(sql, args).fetchall()
        return [
            StoredEntry(
                id=r[0],
                source=r[1],
                key=r[2],
                first_seen=_parse(r[3]),
                published=_parse(r[4]),
                updated=_parse(r[5]),
                content_hash=r[6],
                story=json.loads(r[7]),
                last_seen=_parse(r[8]),
            )
            for r in rows
        ]

    # -- sources ---------------------------------------------------------------------------

    def validators(self, source: str, url: str) -> Validators:
        """The validators saved for ``url`` (empty when none)."""
        with self._reading():
            row = self._conn.execute(
                "SELECT etag, last_modified FROM validators WHERE source = ? AND url = ?",
                (source, url),
            ).fetchone()
        return Validators(*row) if row else Validators()

    def set_validators(self, source: str, url: str, validators: Validators) -> None:
        """Save the validators from a successful fetch of ``url``."""
        with self.transaction():
            self._conn.execute(
                "INSERT INTO validators (source, url, etag, last_modified) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (source, url) DO UPDATE SET etag = excluded.etag,"
                " last_modified = excluded.last_modified",
                (source, url, validators.etag, validators.last_modified),
            )

    def set_error(self, source: str, error: str, now: datetime) -> None:
        """Remember that ``source`` failed now with ``error`` (one line)."""
        with self.transaction():
            self._conn.execute(
                "INSERT INTO sources (name, last_error, last_error_at) VALUES (?, ?, ?)"
                " ON CONFLICT (name) DO UPDATE SET last_error = excluded.last_error,"
                " last_error_at = excluded.last_error_at",
                (source, error, _iso(now)),
            )

    def set_success(self, source: str, now: datetime) -> None:
        """Remember that ``source`` succeeded now, clearing its last error."""
        with self.transaction():
            self._conn.execute(
                "INSERT INTO sources (name, last_success_at) VALUES (?, ?)"
                " ON CONFLICT (name) DO UPDATE SET last_error = NULL, last_error_at = NULL,"
                " last_success_at = excluded.last_success_at",
                (source, _iso(now)),
            )

    def source_state(self, source: str) -> SourceState | None:
        """A source's last error and success, or None if it was never recorded."""
        with self._reading():
            row = self._conn.execute(
                "SELECT name, last_error, last_error_at, last_success_at FROM sources WHERE name = ?",
                (source,),
            ).fetchone()
        if row is None:
            return None
        return SourceState(row[0], row[1], _parse_opt(row[2]), _parse_opt(row[3]))

    # -- runs ------------------------------------------------------------------------------

    def record_run(self, run: RunStatus) -> None:
        """Save a run's status, keeping only the last :data:`KEEP_RUNS` runs."""
        with self.transaction():
            self._conn.execute(
                "INSERT INTO runs (started, finished, ok_sources, failed_sources, new, updated,"
                " errors) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    _iso(run.started),
                    _iso(run.finished) if run.finished else None,
                    json.dumps(run.ok_sources),
                    json.dumps(run.failed_sources),
                    run.new,
                    run.updated,
                    json.dumps(run.errors, ensure_ascii=False),
                ),
            )
            self._conn.execute("DELETE FROM runs WHERE n <= (SELECT max(n) FROM runs) - ?", (KEEP_RUNS,))

    def last_run(self) -> RunStatus | None:
        """The most recently recorded run, or None."""
        with self._reading():
            row = self._conn.execute(
                "SELECT started, finished, ok_sources, failed_sources, new, updated, errors"
                " FROM runs ORDER BY n DESC LIMIT 1"
            ).fetchone()
        if row is None:
            return None
        return RunStatus(
            started=_parse(row[0]),
            finished=_parse_opt(row[1]),
            ok_sources=json.loads(row[2]),
            failed_sources=json.loads(row[3]),
            new=row[4],
            updated=row[5],
            errors=json.loads(row[6]),
        )

    def integrity_check(self) -> str:
        """SQLite's ``PRAGMA integrity_check`` answer ("ok" when sound)."""
        with self._reading():
            return str(self._conn.execute("PRAGMA integrity_check").fetchone()[0])
