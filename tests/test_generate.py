"""`feedpipe regenerate` end to end: a strictly valid Atom feed, reproducible, published
atomically, with bad sources reported and skipped and the old feed kept on failure."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

from tests.paths import ROOT, SEED, TOOLS, needs_shared

ATOM = "{http://www.w3.org/2005/Atom}"
RAW = SEED.read_text(encoding="utf-8").splitlines()


def make_site(tmp_path: Path, *articles: tuple[str, bytes]) -> Path:
    """A config in tmp_path whose source reads tmp_path/articles/*.txt."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, data in articles:
        (folder / name).write_bytes(data)
    cfg = tmp_path / "config.toml"
    cfg.write_text(
        '[feed]\ntitle = "Test feed"\nlink = "http://127.0.0.1:8080/"\noutput = "public/feed.atom"\n'
        '[[sources]]\nname = "local"\nfiles = "articles/*.txt"\n',
        encoding="utf-8",
    )
    return cfg


def regenerate(cfg: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "feedpipe", "regenerate", "--config", str(cfg), *extra],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )


def parse(feed: Path) -> etree._Element:
    return etree.fromstring(feed.read_bytes())


def test_seed_feed_carries_the_clean_story(tmp_path: Path) -> None:
    cfg = make_site(tmp_path, ("seed.txt", SEED.read_bytes()))
    proc = regenerate(cfg)
    assert proc.returncode == 0, proc.stderr
    root = parse(tmp_path / "public" / "feed.atom")
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "ko"
    assert root.findtext(f"{ATOM}id", "").startswith("tag:")
    self_link = root.find(f"{ATOM}link[@rel='self']")
    assert self_link is not None and self_link.get("href") == "http://127.0.0.1:8080/feed.atom"
    (entry,) = root.findall(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}title") == RAW[0]
    assert entry.findtext(f"{ATOM}rights") == "Copyright © 서울경제"
    assert entry.findtext(f"{ATOM}author/{ATOM}name") == "서울경제"
    content = entry.find(f"{ATOM}content")
    assert content is not None and content.get("type") == "html"
    html = content.text or ""
    for subhead in [RAW[1].removeprefix("◆ "), *RAW[2:6]]:
        assert f"<h2>{subhead}</h2>" in html.replace("&quot;", '"')
    positions = [html.find(p.replace("&", "&amp;")[:40]) for p in RAW[6:13]]
    assert all(p >= 0 for p in positions) and positions == sorted(positions)
    for line in RAW[13:24]:
        assert line.lstrip("- ")[:20] not in html
    # The feed's updated is the newest entry's, never the wall clock.
    assert root.findtext(f"{ATOM}updated") == entry.findtext(f"{ATOM}updated")


def test_unchanged_input_gives_a_byte_identical_feed(tmp_path: Path) -> None:
    cfg = make_site(tmp_path, ("seed.txt", SEED.read_bytes()))
    feed = tmp_path / "public" / "feed.atom"
    assert regenerate(cfg).returncode == 0
    first = feed.read_bytes()
    assert regenerate(cfg).returncode == 0
    assert feed.read_bytes() == first


def test_ids_are_stable_and_derived_from_the_source(tmp_path: Path) -> None:
    cfg = make_site(tmp_path, ("seed.txt", SEED.read_bytes()))
    assert regenerate(cfg).returncode == 0
    feed = tmp_path / "public" / "feed.atom"
    first_id = parse(feed).findtext(f"{ATOM}entry/{ATOM}id")
    # A different text in the same file keeps the entry's identity.
    (tmp_path / "articles" / "seed.txt").write_bytes(
        SEED.read_bytes().replace("한편".encode(), "또한".encode())
    )
    assert regenerate(cfg).returncode == 0
    assert parse(feed).findtext(f"{ATOM}entry/{ATOM}id") == first_id
    assert first_id is not None and first_id.endswith("local/articles/seed.txt")


def test_bad_file_is_reported_and_skipped(tmp_path: Path) -> None:
    cfg = make_site(tmp_path, ("seed.txt", SEED.read_bytes()), ("broken.txt", bytes(range(256)) * 20))
    proc = regenerate(cfg)
    assert proc.returncode == 3
    assert "broken.txt" in proc.stderr and "Traceback" not in proc.stderr
    assert len(parse(tmp_path / "public" / "feed.atom").findall(f"{ATOM}entry")) == 1


def test_a_broken_source_keeps_the_last_good_entry(tmp_path: Path) -> None:
    cfg = make_site(tmp_path, ("seed.txt", SEED.read_bytes()))
    feed = tmp_path / "public" / "feed.atom"
    assert regenerate(cfg).returncode == 0
    before = feed.read_bytes()
    (tmp_path / "articles" / "seed.txt").write_bytes(b"")
    proc = regenerate(cfg)
    assert proc.returncode == 3  # published, but a source failed
    assert "seed.txt: empty file" in proc.stderr and "Traceback" not in proc.stderr
    assert feed.read_bytes() == before


def test_failed_run_leaves_the_published_feed_intact(tmp_path: Path) -> None:
    cfg = make_site(tmp_path, ("seed.txt", b""))
    feed = tmp_path / "public" / "feed.atom"
    feed.parent.mkdir()
    feed.write_bytes(b"<feed>published before</feed>")
    proc = regenerate(cfg)
    assert proc.returncode == 1
    assert "previous feed is left" in proc.stderr and "Traceback" not in proc.stderr
    assert feed.read_bytes() == b"<feed>published before</feed>"
    assert [p.name for p in feed.parent.iterdir()] == ["feed.atom"]  # no temporary files left


def test_unwritable_output_is_one_line(tmp_path: Path) -> None:
    cfg = make_site(tmp_path, ("seed.txt", SEED.read_bytes()))
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    proc = regenerate(cfg, "--output", str(blocker / "feed.atom"))
    assert proc.returncode == 1
    assert "cannot write" in proc.stderr and "Traceback" not in proc.stderr


def test_text_xml_forbids_and_markup_never_reach_the_feed(tmp_path: Path) -> None:
    article = (
        "Council approves the new harbour budget\n"
        "The council approved the budget on Monday \x0b after a long debate <script>alert(1)</script>.\n"
        "Members said the plan <img src=x onerror=alert(1)> would take five years to finish.\n"
    )
    cfg = make_site(tmp_path, ("a.txt", article.encode()))
    assert regenerate(cfg).returncode == 0
    data = (tmp_path / "public" / "feed.atom").read_bytes()
    assert b"\x0b" not in data
    html = parse(tmp_path / "public" / "feed.atom").findtext(f"{ATOM}entry/{ATOM}content") or ""
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;" in html  # shown as the text it was, not run


@needs_shared
def test_feedcheck_strict_passes(tmp_path: Path) -> None:
    cfg = make_site(tmp_path, ("seed.txt", SEED.read_bytes()))
    assert regenerate(cfg).returncode == 0
    proc = subprocess.run(
        [str(TOOLS / "feedcheck"), "--strict", "-q", str(tmp_path / "public" / "feed.atom")],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "PASS" in proc.stdout


@pytest.mark.reader
@needs_shared
def test_a_real_reader_sees_the_clean_entry(tmp_path: Path) -> None:
    if not shutil.which("newsboat") and not shutil.which("apt-get"):
        pytest.skip("newsboat cannot be installed here")
    cfg = make_site(tmp_path, ("seed.txt", SEED.read_bytes()))
    assert regenerate(cfg).returncode == 0
    proc = subprocess.run(
        [str(TOOLS / "readercheck"), "--json", str(tmp_path / "public" / "feed.atom")],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    report = json.loads(proc.stdout)
    assert report["verdict"] == "PASS"
    for reader in report["results"]:
        (item,) = reader["items"]
        assert item["title"] == RAW[0]
        assert "<h2>오픈AI, 韓과 협력 강화 추진</h2>" in item["content"]
        assert "Copyright" not in item["content"]
