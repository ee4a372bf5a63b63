"""`feedpipe run` as a real process: it serves the feed it regenerates on schedule, obeys
SIGTERM, SIGINT and SIGHUP, shares the store with manual `regenerate`s one writer at a
time, and survives `kill -9` at any moment with nothing published lost."""

from __future__ import annotations

import html
import json
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from feedpipe import config, generate
from feedpipe.errors import StoreError
from feedpipe.store import Store, writer_lock
from tests.paths import ROOT, TOOLS
from tests.sites import Site, entries, free_port, make_site, title_of, write_article

# The one summary line each run logs (schedule.Daemon.run_once).
RUN_LINE = re.compile(
    r"feedpipe: run: sources ok (\d+), failed (\d+); entries new (\d+), updated (\d+), "
    r"published (\d+)( \(feed unchanged\))?; [\d.]+s$"
)


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


class Daemon:
    """`feedpipe run --config` in a subprocess, its log (stderr) in a file."""

    def __init__(self, site: Site) -> None:
        self.site = site
        self.log_path = site.root / f"daemon-{time.monotonic_ns()}.log"
        self._log = self.log_path.open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "feedpipe", "run", "--config", str(site.config)],
            stdout=subprocess.DEVNULL,
            stderr=self._log,
            cwd=ROOT,
            env=_env(),
        )

    @property
    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def runs(self) -> list[re.Match[str]]:
        """The summary lines logged so far, in order."""
        return [m for line in self.log.splitlines() if (m := RUN_LINE.search(line))]

    def wait_for(self, predicate: str | int, timeout: float = 15.0) -> None:
        """Wait for a log line containing `predicate`, or for that many summary lines."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if isinstance(predicate, int) and len(self.runs()) >= predicate:
                return
            if isinstance(predicate, str) and predicate in self.log:
                return
            if self.proc.poll() is not None:
                break
            time.sleep(0.05)
        raise AssertionError(f"waited for {predicate!r}; exit {self.proc.poll()}; log:\n{self.log}")

    def stop(self, signum: int = signal.SIGTERM, timeout: float = 5.0) -> int:
        """Send `signum` and return the exit status (fails if it takes over `timeout` s)."""
        self.proc.send_signal(signum)
        try:
            return self.proc.wait(timeout)
        finally:
            self.close()

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        self._log.close()


@pytest.fixture
def daemons() -> Iterator[list[Daemon]]:
    """Every daemon a test starts is killed at the end, whatever happened."""
    started: list[Daemon] = []
    yield started
    for daemon in started:
        daemon.close()


def start(site: Site, daemons: list[Daemon], runs: int = 1) -> Daemon:
    daemon = Daemon(site)
    daemons.append(daemon)
    daemon.wait_for(runs)
    return daemon


def regenerate(site: Site) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "feedpipe", "regenerate", "-q", "--config", str(site.config)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=_env(),
    )


def stored_runs(site: Site) -> int:
    with sqlite3.connect(site.db) as conn:
        return int(conn.execute("SELECT count(*) FROM runs").fetchone()[0])


def assert_sound(site: Site, titles: set[str]) -> None:
    """The store passes integrity_check and the feed parses with exactly `titles`."""
    with Store.open(site.db) as store:
        assert store.integrity_check() == "ok"
        assert {e.story["title"] for e in store.latest(10_000)} == titles
    assert set(entries(site.feed.read_bytes())) == titles


# -- serving, signals, the log -------------------------------------------------------------


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_serves_what_it_regenerates_and_stops_cleanly(
    tmp_path: Path, daemons: list[Daemon], signum: int
) -> None:
    site = make_site(tmp_path, 3, port=free_port())
    daemon = start(site, daemons)
    with httpx.Client(base_url=site.url, timeout=5.0) as http:
        feed = http.get("/feed.atom")
        assert feed.status_code == 200
        assert feed.headers["content-type"] == "application/atom+xml; charset=utf-8"
        assert set(entries(feed.content)) == {title_of(n) for n in range(3)}
        assert feed.content == site.feed.read_bytes()
        etag = feed.headers["etag"]
        again = http.get("/feed.atom", headers={"If-None-Match": etag})
        assert again.status_code == 304 and again.content == b""

        index = http.get("/")
        assert index.status_code == 200
        assert '<link rel="alternate" type="application/atom+xml" href="/feed.atom"' in index.text
        assert html.escape(title_of(0)) in index.text

        daemon.wait_for(3)
        health = http.get("/healthz")
        assert health.status_code == 200
        assert health.headers["content-type"].startswith("application/json")
        status = health.json()
        assert status["ok"] is True and status["ok_sources"] == ["local"]
        assert status["failed_sources"] == [] and status["next_run"]
    assert daemon.stop(signum) == 0
    assert daemon.log.rstrip().endswith("feedpipe: stopped")
    # One summary line per run, no more, no fewer: each recorded run was logged once.
    runs = daemon.runs()
    assert len(runs) == stored_runs(site) >= 3
    assert runs[0].group(3) == "3" and all(m.group(3) == "0" for m in runs[1:])
    assert all(m.group(6) for m in runs[1:]), "an unchanged run rewrote the feed"
    assert "Traceback" not in daemon.log


def test_sighup_refuses_a_broken_config_and_takes_a_good_one(tmp_path: Path, daemons: list[Daemon]) -> None:
    site = make_site(tmp_path, 2, port=free_port())
    daemon = start(site, daemons)
    good = site.config.read_text(encoding="utf-8")

    site.config.write_text(good + "[[sources]]\nname = \n", encoding="utf-8")
    daemon.proc.send_signal(signal.SIGHUP)
    daemon.wait_for("reload refused, keeping the running configuration")
    assert "TOML syntax error" in daemon.log
    # Still scheduling and still serving, on the old configuration.
    seen = len(daemon.runs())
    daemon.wait_for(seen + 2)
    assert httpx.get(f"{site.url}/feed.atom", timeout=5).status_code == 200

    extra = tmp_path / "more"
    extra.mkdir()
    write_article(extra, 7)
    site.write_config(extra='[[sources]]\nname = "more"\nfiles = "more/*.txt"\n')
    daemon.proc.send_signal(signal.SIGHUP)
    daemon.wait_for("reloaded")
    seen = len(daemon.runs())
    daemon.wait_for(seen + 2)
    titles = {title_of(0), title_of(1), title_of(7)}
    assert set(entries(httpx.get(f"{site.url}/feed.atom", timeout=5).content)) == titles
    assert daemon.stop() == 0
    assert_sound(site, titles)


def test_healthz_reports_a_failing_publish_and_the_recovery(tmp_path: Path, daemons: list[Daemon]) -> None:
    site = make_site(tmp_path, 2, port=free_port())
    daemon = start(site, daemons)
    with httpx.Client(base_url=site.url, timeout=5.0) as http:
        assert http.get("/healthz").json()["ok"] is True
        good = site.feed.read_bytes()
        # A directory where the feed file goes: every publish fails (even as root).
        site.feed.unlink()
        site.feed.mkdir()
        write_article(site.articles, 2)
        daemon.wait_for("run failed")
        daemon.wait_for(f"{site.feed}: cannot write")
        time.sleep(1.2)
        health = http.get("/healthz")
        assert health.status_code == 503, health.text
        status = health.json()
        assert status["ok"] is False and any("cannot write" in e for e in status["errors"])
        # Fixed: the next run publishes and health is green again.
        site.feed.rmdir()
        daemon.wait_for(len(daemon.runs()) + 1)
        assert http.get("/healthz").json()["ok"] is True
        assert set(entries(http.get("/feed.atom").content)) == {title_of(n) for n in range(3)}
        assert good != site.feed.read_bytes()
    assert daemon.stop() == 0


def _signals(pid: int, field: str) -> int:
    """A signal mask from /proc/PID/status (SigIgn: ignored, SigCgt: caught)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1], 16)
    return 0


def test_sighup_while_starting_up_does_not_kill_it(tmp_path: Path, daemons: list[Daemon]) -> None:
    site = make_site(tmp_path, 1)
    daemon = Daemon(site)
    daemons.append(daemon)
    hup = 1 << (signal.SIGHUP - 1)
    deadline = time.monotonic() + 10
    # The moment the command has started but the daemon's own handler is not in place.
    while not _signals(daemon.proc.pid, "SigIgn") & hup:
        assert time.monotonic() < deadline and daemon.proc.poll() is None
        time.sleep(0.001)
    assert not _signals(daemon.proc.pid, "SigCgt") & hup
    daemon.proc.send_signal(signal.SIGHUP)
    daemon.wait_for(2)
    assert daemon.stop() == 0


def test_sigterm_mid_run_finishes_the_write_and_exits_0(tmp_path: Path, daemons: list[Daemon]) -> None:
    # A first run over 120 files takes a while: the signal lands inside it.
    site = make_site(tmp_path, 120, every="1h", max_entries=200)
    daemon = Daemon(site)
    daemons.append(daemon)
    deadline = time.monotonic() + 10
    while not site.db.exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(0.3)
    assert not daemon.runs(), "the run finished before the signal; use more files"
    assert daemon.stop(signal.SIGTERM, timeout=20) == 0
    assert len(daemon.runs()) == 1
    assert_sound(site, {title_of(n) for n in range(120)})


# -- one writer at a time ------------------------------------------------------------------


def test_regenerates_beside_the_daemon_and_each_other(tmp_path: Path, daemons: list[Daemon]) -> None:
    site = make_site(tmp_path, 20, port=free_port(), every="1s")
    daemon = start(site, daemons)
    write_article(site.articles, 20)
    write_article(site.articles, 3, edit=1)
    procs = [regenerate(site) for _ in range(4)]
    for proc in procs:
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
        assert "entries" in err
    daemon.wait_for(len(daemon.runs()) + 1)
    assert daemon.stop() == 0
    titles = {title_of(n) for n in range(21)}
    assert_sound(site, titles)
    with Store.open(site.db) as store:
        edited = store.entry("articles/a0003.txt")
        assert edited is not None and "정정 1" in edited.story["paragraphs"][-1]
    # Exactly one of the writers saw the edit as an update; the others found it done.
    with sqlite3.connect(site.db) as conn:
        assert conn.execute("SELECT sum(updated), sum(new) FROM runs").fetchone() == (1, 21)


def test_a_busy_lock_is_a_clear_error_and_writes_nothing(tmp_path: Path) -> None:
    site = make_site(tmp_path, 1)
    # flock locks belong to the open file, so a second open in this process conflicts.
    with (
        writer_lock(site.db, wait=False),
        pytest.raises(
            StoreError, match=rf"^another feedpipe is writing {re.escape(str(site.db))} \(waited 0.3 s\)$"
        ),
    ):
        generate.regenerate(config.load(site.config), lock_wait=0.3)
    assert not site.feed.exists()


# -- crash safety --------------------------------------------------------------------------


def _kill_when_writing(daemon: Daemon, site: Site, limit: float, add: Callable[[], None]) -> None:
    """kill -9 the daemon the moment a temporary feed file appears (mid-publish), or at
    `limit` seconds; meanwhile add an article now and then, so every run has news to
    write."""
    deadline = time.monotonic() + limit
    next_add = time.monotonic() + 0.25
    folder = site.feed.parent
    while time.monotonic() < deadline:
        if folder.is_dir() and any(n.endswith(".tmp") for n in os.listdir(folder)):
            break
        if time.monotonic() >= next_add:
            add()
            next_add += 0.25
        time.sleep(0.0005)
    daemon.proc.send_signal(signal.SIGKILL)
    daemon.proc.wait()
    daemon.close()


def test_kill_9_while_writing_loses_nothing_published(tmp_path: Path) -> None:
    site = make_site(tmp_path, 30, every="1s", max_entries=1000)
    rng = random.Random(4)
    published: set[str] = set()
    next_n = 30
    temps_left = 0

    def add() -> None:
        nonlocal next_n
        write_article(site.articles, next_n)
        next_n += 1

    started = time.monotonic()
    rounds = 0
    while time.monotonic() - started < 12 and rounds < 10:
        rounds += 1
        write_article(site.articles, rng.randrange(next_n), edit=rounds)
        daemon = Daemon(site)
        if rounds % 2:
            # A random moment: starting up, cleaning, in a store transaction, publishing.
            time.sleep(rng.uniform(0.3, 2.0))
            add()
            daemon.proc.send_signal(signal.SIGKILL)
            daemon.proc.wait()
            daemon.close()
        else:
            _kill_when_writing(daemon, site, 3.0, add)
        temps_left += len(list(site.feed.parent.glob(".feed.atom.*.tmp")))
        with Store.open(site.db) as store:
            assert store.integrity_check() == "ok"
            stored = {e.story["title"] for e in store.latest(10_000)}
        if site.feed.exists():
            in_feed = set(entries(site.feed.read_bytes()))  # parses, or this fails
            assert published <= in_feed, "an entry published before was lost from the feed"
            assert in_feed <= stored
            published = in_feed
        assert published <= stored
    assert rounds >= 5 and published
    # The polled kills did land mid-publish (else this test proves less than it says).
    assert temps_left >= 1
    # A clean run afterwards publishes everything and removes what killed writers left.
    proc = regenerate(site)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert_sound(site, {title_of(n) for n in range(next_n)})
    assert not list(site.feed.parent.glob(".feed.atom.*.tmp"))
    print(f"{rounds} kills, {temps_left} temporary files left behind by them")


def test_publish_removes_temporary_files_of_dead_writers_only(tmp_path: Path) -> None:
    site = make_site(tmp_path, 1)
    generate.regenerate(config.load(site.config))
    data = site.feed.read_bytes()
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    folder = site.feed.parent
    stale = folder / f".feed.atom.{gone.pid}.k2j4h6g8.tmp"
    stale.write_bytes(data[: len(data) // 2])
    live = folder / f".feed.atom.{os.getpid()}.a1b2c3d4.tmp"
    old_unnamed = folder / ".feed.atom.q9w8e7r6.tmp"
    new_unnamed = folder / ".feed.atom.z1x2c3v4.tmp"
    unrelated = folder / f".notes.{gone.pid}.x.tmp"
    for path in (live, old_unnamed, new_unnamed, unrelated):
        path.write_bytes(b"x")
    two_hours_ago = time.time() - 7200
    os.utime(old_unnamed, (two_hours_ago, two_hours_ago))
    # Nothing changed, so nothing is written: the clean-up happens all the same.
    report = generate.regenerate(config.load(site.config))
    assert not report.written and site.feed.read_bytes() == data
    assert not stale.exists() and not old_unnamed.exists()
    assert live.exists() and new_unnamed.exists() and unrelated.exists()


# -- a real reader -------------------------------------------------------------------------


def _readercheck(url: str) -> dict[str, object]:
    proc = subprocess.run(
        [str(TOOLS / "readercheck"), "--json", url], capture_output=True, text=True, timeout=900
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    report: dict[str, object] = json.loads(proc.stdout)
    assert report["verdict"] == "PASS", report
    return report


@pytest.mark.reader
def test_real_readers_follow_the_daemon(tmp_path: Path, daemons: list[Daemon]) -> None:
    if not (TOOLS / "readercheck").exists():
        pytest.skip("../shared/tools/readercheck is not here")
    if not shutil.which("newsboat") and not shutil.which("apt-get"):
        pytest.skip("newsboat cannot be installed here")
    site = make_site(tmp_path, 1, port=free_port(), every="2s")
    daemon = start(site, daemons)
    url = f"{site.url}/feed.atom"
    first = _readercheck(url)
    for reader in first["results"]:  # type: ignore[attr-defined]
        assert [item["title"] for item in reader["items"]] == [title_of(0)]

    write_article(site.articles, 1)
    seen = len(daemon.runs())
    daemon.wait_for(seen + 2)
    ids = sorted(e.id for e in entries(site.feed.read_bytes()).values())
    assert len(set(ids)) == 2
    second = _readercheck(url)
    readers = second["results"]
    assert len(readers) >= 2  # type: ignore[arg-type]
    for reader in readers:  # type: ignore[attr-defined]
        items = reader["items"]
        assert sorted(item["title"] for item in items) == [title_of(0), title_of(1)], reader
        assert sorted(item["guid"] for item in items) == ids, reader
    assert daemon.stop() == 0
