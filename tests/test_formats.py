"""RSS 2.0 and JSON Feed 1.1 beside Atom, and the WebSub ping after a changed feed."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

import feedparser
import pytest
from lxml import etree

from tests.paths import ROOT, SEED

RAW = SEED.read_text(encoding="utf-8").splitlines()


class Hub:
    """A WebSub hub on 127.0.0.1 that records the publish pings it receives."""

    def __init__(self) -> None:
        self.pings: list[dict[str, list[str]]] = []
        hub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                hub.pings.append(parse_qs(self.rfile.read(length).decode()))
                self.send_response(204)
                self.end_headers()

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()


@pytest.fixture
def hub() -> Iterator[Hub]:
    h = Hub()
    yield h
    h.httpd.shutdown()


def site(tmp_path: Path, extra: str = "") -> Path:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "seed.txt").write_bytes(SEED.read_bytes())
    cfg = tmp_path / "config.toml"
    cfg.write_text(
        '[feed]\ntitle = "All formats"\nlink = "http://127.0.0.1:8080/"\noutput = "out/feed.atom"\n'
        f'formats = ["atom", "rss", "json"]\n{extra}\n'
        '[[sources]]\nname = "local"\nfiles = "a/*.txt"\n',
        encoding="utf-8",
    )
    return cfg


def regenerate(cfg: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "feedpipe", "regenerate", "-q", "--config", str(cfg)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )


def test_rss_is_valid_with_stable_guids_and_full_content(tmp_path: Path) -> None:
    cfg = site(tmp_path)
    assert regenerate(cfg).returncode == 0, "first run"
    rss = tmp_path / "out" / "feed.rss"
    parsed = feedparser.parse(rss.read_bytes())
    assert parsed.version == "rss20" and not parsed.bozo
    (item,) = parsed.entries
    assert item.title == RAW[0]
    assert item.published_parsed is not None
    assert "<h2>오픈AI, 韓과 협력 강화 추진</h2>" in item.content[0].value  # content:encoded
    root = etree.fromstring(rss.read_bytes())
    guid = root.find("channel/item/guid")
    assert guid is not None and guid.get("isPermaLink") == "false"
    atom_id = etree.fromstring((tmp_path / "out" / "feed.atom").read_bytes()).findtext(
        "{http://www.w3.org/2005/Atom}entry/{http://www.w3.org/2005/Atom}id"
    )
    assert guid.text == atom_id
    assert root.findtext("channel/link") == "http://127.0.0.1:8080/"
    before = rss.read_bytes()
    assert regenerate(cfg).returncode == 0
    assert rss.read_bytes() == before  # lastBuildDate is not the wall clock


def test_json_feed_follows_version_1_1(tmp_path: Path) -> None:
    cfg = site(tmp_path)
    assert regenerate(cfg).returncode == 0
    data = json.loads((tmp_path / "out" / "feed.json").read_text(encoding="utf-8"))
    assert data["version"] == "https://jsonfeed.org/version/1.1"
    assert data["feed_url"] == "http://127.0.0.1:8080/feed.json"
    (item,) = data["items"]
    assert item["title"] == RAW[0]
    assert item["content_html"].startswith("<h2>")
    assert item["authors"] == [{"name": "서울경제"}]
    assert item["date_published"] and item["language"] == "ko"


def test_websub_hub_is_announced_and_pinged_after_a_change(tmp_path: Path, hub: Hub) -> None:
    cfg = site(tmp_path, f'websub_hub = "{hub.url}"')
    assert regenerate(cfg).returncode == 0
    atom = etree.fromstring((tmp_path / "out" / "feed.atom").read_bytes())
    assert atom.find("{http://www.w3.org/2005/Atom}link[@rel='hub']").get("href") == hub.url
    assert len(hub.pings) == 1
    assert hub.pings[0]["hub.mode"] == ["publish"]
    assert "http://127.0.0.1:8080/feed.atom" in hub.pings[0]["hub.url"]
    # Nothing changed: no ping.
    assert regenerate(cfg).returncode == 0
    assert len(hub.pings) == 1
    (tmp_path / "a" / "seed.txt").write_bytes(SEED.read_bytes().replace("한편".encode(), "또한".encode()))
    assert regenerate(cfg).returncode == 0
    assert len(hub.pings) == 2


def test_a_dead_hub_does_not_fail_the_run(tmp_path: Path) -> None:
    cfg = site(tmp_path, 'websub_hub = "http://127.0.0.1:9/"')
    proc = regenerate(cfg)
    assert proc.returncode == 0
    assert "WebSub ping failed" in proc.stderr
