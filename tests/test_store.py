"""The story store: id and date rules, ordering, migrations, the writer lock, crash safety."""

from __future__ import annotations

import dataclasses
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from feedpipe.errors import StoreError
from feedpipe.model import Quote, Removed, Story
from feedpipe.store import (
    MIGRATIONS,
    RunStatus,
    Store,
    Validators,
    content_hash,
    writer_lock,
)

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def story(paragraphs: list[str], *, title: str = "Rates held", published: datetime | None = None) -> Story:
    return Story(
        title=title,
        subheads=["Markets"],
        paragraphs=paragraphs,
        quotes=[Quote("We wait.", "the governor")],
        byline="By A. Writer",
        authors=["A. Writer"],
        publisher="Daily",
        rights=None,
        language="en",
        published=published,
        updated=None,
        summary=None,
        source="daily",
        removed=[Removed("Subscribe now", "promo")],
        url="https://daily.example/rates",
    )


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store.open(tmp_path / "state" / "feedpipe.db")


def test_id_and_dates_stable_across_100_rerecords(store: Store) -> None:
    s = story(["The bank held rates.", "Markets rose."])
    first = store.record(
        "daily", "https://daily.example/rates", s, content_hash(s), T0, entry_id="tag:x,2026:1"
    )
    assert first.is_new and first.published == T0 and first.updated == T0
    for i in range(1, 101):
        # Ids passed later must not replace the assigned one.
        state = store.record(
            "daily",
            "https://daily.example/rates",
            s,
            content_hash(s),
            T0 + timedelta(hours=i),
            entry_id=f"tag:x,2026:{i + 1}",
        )
        assert (state.id, state.published, state.updated) == ("tag:x,2026:1", T0, T0)
        assert not state.is_new and not state.changed
    entry = store.entry("https://daily.example/rates")
    assert entry is not None
    assert entry.first_seen == T0 and entry.last_seen == T0 + timedelta(hours=100)
    assert entry.to_story() == s


def test_published_is_stated_date_else_first_seen(store: Store) -> None:
    stated = datetime(2026, 2, 27, 6, 30, tzinfo=UTC)
    a = story(["a"], published=stated)
    b = story(["b"])
    assert store.record("daily", "k/a", a, content_hash(a), T0).published == stated
    assert store.record("daily", "k/b", b, content_hash(b), T0).published == T0
    # A later fetch that lost the date keeps the one we had.
    assert store.record("daily", "k/a", b, content_hash(a), T0 + timedelta(days=1)).published == stated


def test_undated_stands_in_for_published_only_the_first_time(store: Store) -> None:
    mtime = T0 - timedelta(days=3)
    s = story(["a"])
    first = store.record("files", "a.txt", s, content_hash(s), T0, undated=mtime)
    assert first.published == first.updated == mtime
    # An edit moves the file's mtime: the entry's publication date must not follow it.
    edited = story(["a, corrected"])
    later = T0 + timedelta(hours=1)
    state = store.record("files", "a.txt", edited, content_hash(edited), later, undated=later)
    assert state.published == mtime and state.updated == later and state.changed


def test_whitespace_only_change_does_not_move_updated(store: Store) -> None:
    s = story(["The bank held rates.", "Markets rose."])
    store.record("daily", "k", s, content_hash(s), T0)
    spaced = story(["  The bank\u00a0 held\nrates. ", "Markets   rose.", "   "], title=" Rates  held ")
    assert content_hash(spaced) == content_hash(s)
    state = store.record("daily", "k", spaced, content_hash(spaced), T0 + timedelta(hours=2))
    assert state.updated == T0 and not state.changed


def test_text_change_moves_only_that_entry(store: Store) -> None:
    for name in ("a", "b", "c"):
        s = story([f"story {name}"])
        store.record("daily", name, s, content_hash(s), T0)
    later = T0 + timedelta(hours=3)
    edited = story(["story b, corrected"])
    state = store.record("daily", "b", edited, content_hash(edited), later)
    assert state.changed and state.updated == later and state.published == T0
    dates = {e.key: e.updated for e in store.latest(10)}
    assert dates == {"a": T0, "b": later, "c": T0}
    b = store.entry("b")
    assert b is not None and b.story["paragraphs"] == ["story b, corrected"]


def test_latest_orders_by_updated_then_id_and_limits(store: Store) -> None:
    for i in range(20):
        s = story([f"p{i}"])
        # Pairs share a timestamp so the id decides between them.
        store.record(
            "daily" if i % 2 else "wire",
            f"k{i:02d}",
            s,
            content_hash(s),
            T0 + timedelta(minutes=i // 2),
            entry_id=f"id{i:02d}",
        )
    got = store.latest(5)
    assert [e.id for e in got] == ["id19", "id18", "id17", "id16", "id15"]
    assert len(store.latest(100)) == 20 == store.count()
    assert {e.source for e in store.latest(100)} == {"daily", "wire"}


def test_migrates_empty_db_and_reopen_is_idempotent(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "f.db"
    path.parent.mkdir(parents=True)
    sqlite3.connect(path).close()  # an existing, empty database file
    with Store.open(path) as st:
        assert st.schema_version == len(MIGRATIONS)
        s = story(["x"])
        st.record("daily", "k", s, content_hash(s), T0)
    for _ in range(3):
        with Store.open(path) as st:
            assert st.schema_version == len(MIGRATIONS) and st.count() == 1
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        Store.open(path)


def test_unreadable_file_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "f.db"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="cannot open store"):
        Store.open(path)


def test_validators_errors_and_runs(store: Store) -> None:
    assert store.validators("daily", "https://d/") == Validators()
    store.set_validators("daily", "https://d/", Validators('"abc"', "Sun, 01 Mar 2026 09:00:00 GMT"))
    store.set_validators("daily", "https://d/", Validators('"def"', None))
    assert store.validators("daily", "https://d/") == Validators('"def"', None)
    assert store.source_state("daily") is None
    store.set_error("daily", "daily: HTTP 503", T0)
    st = store.source_state("daily")
    assert st is not None and st.last_error == "daily: HTTP 503" and st.last_error_at == T0
    store.set_success("daily", T0 + timedelta(minutes=5))
    st = store.source_state("daily")
    assert st is not None and st.last_error is None and st.last_success_at == T0 + timedelta(minutes=5)

    assert store.last_run() is None
    for i in range(120):
        store.record_run(
            RunStatus(
                started=T0 + timedelta(minutes=i),
                finished=T0 + timedelta(minutes=i, seconds=3),
                ok_sources=["daily"],
                failed_sources=["wire"] if i == 119 else [],
                new=i,
                errors=["wire: timeout"] if i == 119 else [],
            )
        )
    last = store.last_run()
    assert last is not None and last.new == 119 and not last.ok
    assert (
        last.to_dict()["failed_sources"] == ["wire"] and last.to_dict()["started"] == "2026-03-01T10:59:00Z"
    )
    with sqlite3.connect(store.path) as conn:
        assert conn.execute("SELECT count(*) FROM runs").fetchone()[0] == 100


def test_transaction_rolls_back_as_a_whole(store: Store) -> None:
    s = story(["x"])
    with pytest.raises(RuntimeError), store.transaction():
        store.record("daily", "k1", s, content_hash(s), T0)
        store.record("daily", "k2", dataclasses.replace(s, title="y"), "h", T0)
        raise RuntimeError("crash mid-run")
    assert store.count() == 0


def test_writer_lock_refuses_or_waits(tmp_path: Path) -> None:
    db = tmp_path / "f.db"
    held = threading.Event()
    release = threading.Event()

    def holder() -> None:
        with writer_lock(db, wait=False):
            held.set()
            release.wait(5)

    t = threading.Thread(target=holder)
    t.start()
    assert held.wait(5)
    with pytest.raises(StoreError, match=f"another feedpipe is writing {db}"), writer_lock(db, wait=False):
        pass
    # From another process too (flock is per open file, so this also holds across processes).
    code = f"from feedpipe.store import writer_lock\nwith writer_lock({str(db)!r}, wait=False): pass"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=_env())
    assert proc.returncode != 0 and "another feedpipe is writing" in proc.stderr
    threading.Timer(0.3, release.set).start()
    start = time.monotonic()
    with writer_lock(db, wait=True):
        assert time.monotonic() - start >= 0.25
    t.join()


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}


WRITER = textwrap.dedent(
    """
    import sys
    from datetime import UTC, datetime
    from feedpipe.model import Story
    from feedpipe.store import Store, content_hash
    st = Store.open(sys.argv[1])
    start = int(sys.argv[2])
    i = start
    while True:
        s = Story(title=f"t{i}", subheads=[], paragraphs=["p" * 2000, str(i)], quotes=[], byline=None,
                  authors=[], publisher=None, rights=None, language=None, published=None,
                  updated=None, summary=None, source="s", removed=[])
        with st.transaction():
            st.record("s", f"k{i}", s, content_hash(s), datetime.now(UTC))
            st.record("s", "shared", s, content_hash(s), datetime.now(UTC))
        print(i, flush=True)
        i += 1
    """
)


def test_kill_9_mid_write_loses_nothing_committed(tmp_path: Path) -> None:
    db = tmp_path / "crash.db"
    committed: list[int] = []
    start = 0
    for round_ in range(5):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db), str(start)], stdout=subprocess.PIPE, text=True, env=_env()
        )
        assert proc.stdout is not None
        # Wait for it to be writing, then kill it at a varying moment mid-stream.
        first = proc.stdout.readline()
        assert first.strip() == str(start)
        time.sleep(0.15 + 0.05 * round_)
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        numbers = [int(line) for line in (first + out).split()]
        committed.extend(numbers)
        start = numbers[-1] + 1
        with Store.open(db) as st:
            assert st.integrity_check() == "ok"
            keys = {f"k{i}" for i in committed}
            # Printed only after COMMIT returned, so every printed row must be there.
            assert all(st.entry(k) is not None for k in keys)
            # And the pair written in one transaction is consistent: "shared" holds the last one.
            shared = st.entry("shared")
            assert shared is not None and int(shared.story["paragraphs"][1]) >= numbers[-1]
    assert len(committed) > 5


def test_naive_dates_are_read_as_utc(store: Store) -> None:
    s = story(["x"], published=datetime(2026, 2, 1, 8, 0))
    assert store.record("daily", "k", s, content_hash(s), T0).published == datetime(
        2026, 2, 1, 8, 0, tzinfo=UTC
    )


def test_a_second_store_reads_while_the_writer_is_mid_transaction(store: Store) -> None:
    s = story(["committed"])
    store.record("daily", "k1", s, content_hash(s), T0)
    with store.transaction():
        u = story(["uncommitted"])
        store.record("daily", "k2", u, content_hash(u), T0)
        start = time.monotonic()
        reader = Store.open(store.path)  # e.g. the server's /healthz connection
        assert [e.key for e in reader.latest(10)] == ["k1"]
        assert time.monotonic() - start < 1
        reader.close()
    assert store.count() == 2


WORDS = st.lists(
    st.text(st.characters(categories=["L", "N", "P"]), min_size=1, max_size=8), min_size=1, max_size=6
)
SPACE = st.sampled_from([" ", "  ", "\t", "\n", "\u00a0", " \r\n "])


@settings(max_examples=200, deadline=None)
@given(WORDS, st.lists(SPACE, min_size=8, max_size=8), st.data())
def test_content_hash_ignores_whitespace_only(
    words: list[str], spaces: list[str], data: st.DataObject
) -> None:
    text = " ".join(words)
    respaced = spaces[0] + "".join(w + spaces[(i % 7) + 1] for i, w in enumerate(words))
    assert content_hash(story([text])) == content_hash(story([respaced]))
    # Changing any word does change it.
    i = data.draw(st.integers(0, len(words) - 1))
    changed = [*words[:i], words[i] + "x", *words[i + 1 :]]
    assert content_hash(story([" ".join(changed)])) != content_hash(story([text]))
