"""What readers rely on across many runs: entry ids and dates never move unless the story
does, an unchanged run writes the same bytes, and nothing published is lost when a source
file disappears.  In-process `regenerate` calls, for speed; the store is re-opened by each."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from feedpipe import config, generate
from feedpipe.store import Store
from tests.sites import Site, entries, make_site, title_of, write_article


@pytest.fixture(autouse=True)
def quiet_logs(caplog: pytest.LogCaptureFixture) -> None:
    # A hundred runs' summaries are noise here; failures still show.
    caplog.set_level(logging.WARNING, logger="feedpipe")


def run(site: Site) -> generate.Report:
    """One regeneration with the configuration read afresh, as a new process would."""
    return generate.regenerate(config.load(site.config), lock_wait=5.0)


def test_ids_and_dates_stable_across_100_regenerations(tmp_path: Path) -> None:
    site = make_site(tmp_path, 6)
    first = run(site)
    assert first.written and first.new == 6 and first.entries == 6
    data = site.feed.read_bytes()
    mtime = site.feed.stat().st_mtime_ns
    before = entries(data)
    assert sorted(before) == sorted(title_of(n) for n in range(6))
    for _ in range(100):
        report = run(site)
        assert (report.new, report.updated, report.written) == (0, 0, False)
    # Byte-identical and not even rewritten: pollers' ETags and mtimes stay valid.
    assert site.feed.read_bytes() == data
    assert site.feed.stat().st_mtime_ns == mtime
    assert entries(site.feed.read_bytes()) == before
    assert len({e.id for e in before.values()}) == 6


def test_stable_across_a_restart_with_a_fresh_store_handle(tmp_path: Path) -> None:
    site = make_site(tmp_path, 3)
    run(site)
    data = site.feed.read_bytes()
    with Store.open(site.db) as store:
        rows = {e.key: (e.id, e.published, e.updated, e.content_hash) for e in store.latest(10)}
        assert store.integrity_check() == "ok"
    # A new configuration object and a new store connection: nothing in memory survives.
    run(site)
    with Store.open(site.db) as store:
        assert {e.key: (e.id, e.published, e.updated, e.content_hash) for e in store.latest(10)} == rows
    assert site.feed.read_bytes() == data


def test_a_deleted_file_stays_published_unchanged(tmp_path: Path) -> None:
    site = make_site(tmp_path, 4)
    run(site)
    before = entries(site.feed.read_bytes())
    (site.articles / "a0002.txt").unlink()
    report = run(site)
    assert report.sources_ok == ["local"] and not report.errors
    after = entries(site.feed.read_bytes())
    # The last good version of a vanished story stays, same id and dates: a reader that
    # already has it sees no change, and one that subscribes now still gets it.
    assert after == before


def test_an_edit_moves_only_that_entrys_updated(tmp_path: Path) -> None:
    site = make_site(tmp_path, 4)
    run(site)
    before = entries(site.feed.read_bytes())
    # A real edit: new text, and (as editors' tools do) a new modification time.
    write_article(site.articles, 1, edit=1, mtime=None)
    (site.articles / "a0001.txt").touch()
    report = run(site)
    assert (report.new, report.updated, report.written) == (0, 1, True)
    after = entries(site.feed.read_bytes())
    edited = title_of(1)
    assert after[edited].id == before[edited].id
    assert after[edited].published == before[edited].published
    assert after[edited].updated > before[edited].updated
    for title in before:
        if title != edited:
            assert after[title] == before[title]
    # The edit is the newest news now: it leads the feed.
    data = site.feed.read_bytes()
    assert data.index(edited.encode()) < min(data.index(t.encode()) for t in before if t != edited)


def test_touching_a_file_without_editing_it_changes_nothing(tmp_path: Path) -> None:
    site = make_site(tmp_path, 2)
    run(site)
    data = site.feed.read_bytes()
    # Same bytes, new mtime (a checkout, a copy, a backup restore).
    (site.articles / "a0000.txt").touch()
    report = run(site)
    assert (report.new, report.updated, report.written) == (0, 0, False)
    assert site.feed.read_bytes() == data
