"""The feed server, through a real uvicorn on 127.0.0.1 and a real HTTP client."""

from __future__ import annotations

import email.utils
import gzip
import json
import os
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from feedgen.feed import FeedGenerator

from feedpipe.errors import PublishError
from feedpipe.serve import FeedApp, ServerThread, Site, accepts_gzip, etag_matches
from tests.paths import CORPUS

FEED_UPDATED = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)


def atom_bytes(updated: datetime = FEED_UPDATED, extra_title: str = "") -> bytes:
    """An Atom feed of the corpus articles (first line the title, the rest the content)."""
    fg = FeedGenerator()
    fg.id("tag:feedpipe.example,2026:feed")
    fg.title("News dev corpus")
    fg.link(href="http://127.0.0.1/feed.atom", rel="self")
    fg.updated(updated)
    for i, path in enumerate(sorted(CORPUS.glob("*/*.txt"))[:8]):
        lines = [x for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
        fe = fg.add_entry(order="append")
        fe.id(f"tag:feedpipe.example,2026:{path.stem}")
        fe.title(extra_title + lines[0][:120])
        fe.link(href=f"https://news.example/{path.parent.name}/{path.stem}")
        fe.updated(updated - timedelta(hours=i))
        fe.content("\n".join(lines[1:]), type="text")
    fe = fg.add_entry(order="append")
    fe.id("tag:feedpipe.example,2026:evil")
    fe.title("<script>alert(1)</script> & friends")
    fe.link(href="javascript:alert(1)")
    fe.updated(updated - timedelta(days=1))
    return bytes(fg.atom_str(pretty=True))


@pytest.fixture
def site(tmp_path: Path) -> Site:
    (tmp_path / "feed.atom").write_bytes(atom_bytes())
    (tmp_path / "feed.json").write_text(
        json.dumps({"version": "https://jsonfeed.org/version/1.1", "items": []})
    )
    return Site(folder=tmp_path, max_age=600, title="Test site")


HEALTH: dict[str, Any] = {"ok": True, "new": 3, "failed_sources": []}


@pytest.fixture
def server(site: Site) -> Iterator[tuple[FeedApp, httpx.Client]]:
    app = FeedApp(site, health=lambda: dict(HEALTH), check_interval=0.05)
    with (
        ServerThread(app, "127.0.0.1", 0) as srv,
        httpx.Client(base_url=f"http://127.0.0.1:{srv.port}") as client,
    ):
        yield app, client


def test_content_types_and_validators(server: tuple[FeedApp, httpx.Client], site: Site) -> None:
    _, client = server
    r = client.get("/feed.atom", headers={"accept-encoding": "identity"})
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/atom+xml; charset=utf-8"
    assert r.content == (site.folder / "feed.atom").read_bytes()
    assert r.headers["etag"].startswith('"') and r.headers["etag"].endswith('"')
    assert r.headers["cache-control"] == "public, max-age=600"
    assert r.headers["vary"].lower() == "accept-encoding"
    assert "content-encoding" not in r.headers
    # Last-Modified is the feed's own <updated>, not the file's mtime.
    assert email.utils.parsedate_to_datetime(r.headers["last-modified"]) == FEED_UPDATED
    j = client.get("/feed.json")
    assert j.headers["content-type"] == "application/feed+json; charset=utf-8"
    assert j.json()["items"] == []
    # No feed.rss published: not found, rather than an empty document.
    assert client.get("/feed.rss").status_code == 404


def test_if_none_match_gives_304(server: tuple[FeedApp, httpx.Client]) -> None:
    _, client = server
    plain = {"accept-encoding": "identity"}
    etag = client.get("/feed.atom", headers=plain).headers["etag"]
    for inm in (etag, f'"nope", {etag}', f"W/{etag}", "*"):
        r = client.get("/feed.atom", headers={**plain, "if-none-match": inm})
        assert r.status_code == 304, inm
        assert r.content == b"" and r.headers["etag"] == etag
        assert r.headers["cache-control"] == "public, max-age=600"
    r = client.get("/feed.atom", headers={**plain, "if-none-match": '"other"'})
    assert r.status_code == 200 and r.content
    # If-None-Match wins over If-Modified-Since, even when the date would match.
    lm = r.headers["last-modified"]
    r = client.get("/feed.atom", headers={**plain, "if-none-match": '"other"', "if-modified-since": lm})
    assert r.status_code == 200


def test_if_modified_since(server: tuple[FeedApp, httpx.Client]) -> None:
    _, client = server
    lm = client.get("/feed.atom").headers["last-modified"]
    assert client.get("/feed.atom", headers={"if-modified-since": lm}).status_code == 304
    later = email.utils.format_datetime(FEED_UPDATED + timedelta(days=2), usegmt=True)
    assert client.get("/feed.atom", headers={"if-modified-since": later}).status_code == 304
    earlier = email.utils.format_datetime(FEED_UPDATED - timedelta(seconds=1), usegmt=True)
    assert client.get("/feed.atom", headers={"if-modified-since": earlier}).status_code == 200
    assert client.get("/feed.atom", headers={"if-modified-since": "yesterday"}).status_code == 200


def test_gzip_variant(server: tuple[FeedApp, httpx.Client], site: Site) -> None:
    _, client = server
    raw = client.get("/feed.atom", headers={"accept-encoding": "identity"})
    r = client.get("/feed.atom", headers={"accept-encoding": "gzip, deflate"})
    assert r.headers["content-encoding"] == "gzip"
    assert r.headers["vary"].lower() == "accept-encoding"
    with client.stream("GET", "/feed.atom", headers={"accept-encoding": "gzip"}) as s:
        packed = b"".join(s.iter_raw())
    assert gzip.decompress(packed) == (site.folder / "feed.atom").read_bytes()
    assert int(r.headers["content-length"]) < len(raw.content) / 2
    assert r.headers["etag"] != raw.headers["etag"]
    cond = client.get("/feed.atom", headers={"accept-encoding": "gzip", "if-none-match": r.headers["etag"]})
    assert cond.status_code == 304 and cond.headers["etag"] == r.headers["etag"]
    # The identity tag does not validate the gzip variant, and gzip;q=0 means no gzip.
    assert (
        client.get(
            "/feed.atom", headers={"accept-encoding": "gzip", "if-none-match": raw.headers["etag"]}
        ).status_code
        == 200
    )
    assert "content-encoding" not in client.get("/feed.atom", headers={"accept-encoding": "gzip;q=0"}).headers


def test_head_and_errors(server: tuple[FeedApp, httpx.Client]) -> None:
    _, client = server
    get = client.get("/feed.atom", headers={"accept-encoding": "identity"})
    head = client.head("/feed.atom", headers={"accept-encoding": "identity"})
    assert head.status_code == 200 and head.content == b""
    assert head.headers["content-length"] == get.headers["content-length"]
    assert head.headers["etag"] == get.headers["etag"]
    assert client.get("/nope").status_code == 404
    assert client.get("/feed.atom/../etc/passwd").status_code == 404
    r = client.post("/feed.atom", content=b"x")
    assert r.status_code == 405 and r.headers["allow"] == "GET, HEAD"
    assert client.delete("/healthz").status_code == 405


def test_index_has_autodiscovery_and_entries(server: tuple[FeedApp, httpx.Client]) -> None:
    _, client = server
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"] == "text/html; charset=utf-8"
    page = r.text
    assert '<link rel="alternate" type="application/atom+xml" href="/feed.atom"' in page
    assert '<link rel="alternate" type="application/feed+json" href="/feed.json"' in page
    assert "application/rss+xml" not in page  # not published
    assert page.count("<li>") == 9
    assert 'href="https://news.example/' in page
    # Scraped text is escaped and scraped javascript: links are dropped.
    assert "<script>" not in page and "&lt;script&gt;" in page and "javascript:" not in page


def test_index_file_wins_when_present(server: tuple[FeedApp, httpx.Client], site: Site) -> None:
    app, client = server
    (site.folder / "index.html").write_text("<!doctype html><title>mine</title>")
    app.reload()
    assert client.get("/").text == "<!doctype html><title>mine</title>"
    (site.folder / "index.html").unlink()
    app.reload()
    assert 'type="application/atom+xml" href="/feed.atom"' in client.get("/").text


def test_healthz(server: tuple[FeedApp, httpx.Client]) -> None:
    _, client = server
    r = client.get("/healthz")
    assert r.status_code == 200 and r.json() == HEALTH
    assert r.headers["content-type"] == "application/json; charset=utf-8"
    assert r.headers["cache-control"] == "no-store"
    HEALTH["ok"] = False
    try:
        assert client.get("/healthz").status_code == 503
    finally:
        HEALTH["ok"] = True


def test_reload_when_file_changes(server: tuple[FeedApp, httpx.Client], site: Site) -> None:
    _, client = server
    first = client.get("/feed.atom")
    newer = atom_bytes(FEED_UPDATED + timedelta(hours=1), extra_title="UPDATED ")
    tmp = site.folder / "feed.atom.tmp"
    tmp.write_bytes(newer)
    os.replace(tmp, site.folder / "feed.atom")  # as the publish stage does: atomic rename
    deadline = time.monotonic() + 3
    while True:
        r = client.get("/feed.atom", headers={"if-none-match": first.headers["etag"]})
        if r.status_code == 200 or time.monotonic() > deadline:
            break
        time.sleep(0.02)
    assert r.status_code == 200 and r.content == newer
    assert r.headers["etag"] != first.headers["etag"]
    assert email.utils.parsedate_to_datetime(r.headers["last-modified"]) == FEED_UPDATED + timedelta(hours=1)
    assert "UPDATED " in client.get("/").text
    (site.folder / "feed.atom").unlink()
    time.sleep(0.1)
    assert client.get("/feed.atom").status_code == 404


def test_reload_call_is_immediate_and_takes_a_date(site: Site) -> None:
    app = FeedApp(site, check_interval=3600)  # polling effectively off: only reload() can tell
    with ServerThread(app, "127.0.0.1", 0) as srv, httpx.Client(base_url=f"http://127.0.0.1:{srv.port}") as c:
        before = c.get("/feed.atom").headers["etag"]
        (site.folder / "feed.atom").write_bytes(atom_bytes(extra_title="NEW "))
        assert c.get("/feed.atom").headers["etag"] == before  # no disk read per request
        app.reload(last_modified=datetime(2026, 3, 2, tzinfo=UTC))
        r = c.get("/feed.atom")
        assert r.headers["etag"] != before and b"NEW " in r.content
        assert r.headers["last-modified"] == "Mon, 02 Mar 2026 00:00:00 GMT"
    # Stopped cleanly: the port no longer answers, and a taken port is a clear error.
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"http://127.0.0.1:{srv.port}/feed.atom")
    with ServerThread(app, "127.0.0.1", 0) as a, pytest.raises(PublishError, match="cannot serve on"):
        ServerThread(app, "127.0.0.1", a.port)


def test_header_parsers() -> None:
    assert accepts_gzip(b"gzip") and accepts_gzip(b"br, gzip;q=0.5") and accepts_gzip(b"*")
    assert (
        not accepts_gzip(b"identity") and not accepts_gzip(b"gzip;q=0") and not accepts_gzip(b"*, gzip;q=0")
    )
    assert etag_matches(b'"a", "b"', b'"b"') and etag_matches(b'W/"b"', b'"b"') and etag_matches(b"*", b'"b"')
    assert not etag_matches(b'"bb"', b'"b"')


def test_slow_health_does_not_stall_feeds(site: Site) -> None:
    def slow() -> dict[str, Any]:
        time.sleep(0.6)
        return {"ok": True}

    app = FeedApp(site, health=slow, health_timeout=0.3)
    with ServerThread(app, "127.0.0.1", 0) as srv:
        base = f"http://127.0.0.1:{srv.port}"
        with httpx.Client(base_url=base) as a, httpx.Client(base_url=base) as b:
            done: list[int] = []
            t = threading.Thread(target=lambda: done.append(a.get("/healthz").status_code))
            t.start()
            time.sleep(0.05)
            start = time.monotonic()
            assert b.get("/feed.atom").status_code == 200
            assert time.monotonic() - start < 0.2
            t.join()
            assert done == [503]
