"""Publisher feeds served over real HTTP, parsed into items that point at real pages."""

from __future__ import annotations

import html
from datetime import UTC, datetime, timedelta, timezone

import pytest

from feedpipe.decode import decode_html
from feedpipe.errors import SourceError
from feedpipe.feeds import FeedItem, parse_feed
from feedpipe.fetch import Fetched, Fetcher, HttpSettings
from tests.httpserver import FEEDS, TestServer

KST = timezone(timedelta(hours=9))
KO_TITLE = "‘상온 초전도체 최초 구현’ 한국 연구진 논문 논란…“검증 거쳐야”"
EN_TITLE = "Google Stadia, Microsoft xCloud, Apple Arcade: So Many Ways to Play…and Pay"


def fetch_feed(server: TestServer, path: str) -> list[FeedItem]:
    with Fetcher(HttpSettings(timeout=2.0)) as f:
        got = f.fetch(server.url(path), accept=["feed"])
    return parse_feed(got.body, got.final_url)


def test_rss2(server: TestServer) -> None:
    ko, en = fetch_feed(server, "/feed.rss")
    assert ko.id == "kbs-news-7735112"  # the guid, though not a permalink
    assert ko.link == server.url("/ko.html")
    assert ko.title == KO_TITLE
    assert ko.published == datetime(2023, 7, 28, 19, 11, tzinfo=KST)
    assert ko.published is not None and ko.published.tzinfo is not None
    assert ko.updated is None  # RSS said nothing about updates
    assert ko.author == "이정훈"
    # content:encoded (the full content) wins over description, and is sanitized.
    assert ko.content is not None and ko.content_is_html
    assert "국내뿐 아니라 해외에서도" in ko.content and "<script" not in ko.content

    assert en.id == server.url("/en.html")  # no guid: the link is the id
    assert en.author == "David Pierce"  # from "tech@wsj.example (David Pierce)"
    assert en.published == datetime(2019, 11, 19, 13, 3, tzinfo=UTC)
    # Relative links inside content resolve against the feed.
    assert en.content is not None and f'href="{server.url("/moved")}"' in en.content


def test_atom_with_relative_links(server: TestServer) -> None:
    en, ko = fetch_feed(server, "/feed.atom")
    assert en.id == "tag:feedpipe.test,2019:wsj-11574168580"
    assert en.link == server.url("/en.html")
    assert en.title == EN_TITLE
    assert en.published == datetime(2019, 11, 19, 13, 3, tzinfo=UTC)
    assert en.updated == datetime(2019, 11, 20, 9, 30, tzinfo=UTC)
    assert en.author == "David Pierce"
    # <content> wins over <summary>.
    assert en.content is not None and en.content.startswith("<p>Gaming used to be so simple. We’d buy")

    assert ko.link == server.url("/ko.html")
    assert ko.published is None and ko.updated == datetime(2023, 7, 28, 19, 23, tzinfo=KST)
    assert ko.content is not None and "초전도체" in ko.content


def test_json_feed(server: TestServer) -> None:
    ko, en = fetch_feed(server, "/feed.json")
    assert ko.id == "kbs-7735112"
    assert ko.link == server.url("/ko.html")  # relative url resolved against home_page_url
    assert ko.title == KO_TITLE
    assert ko.published == datetime(2023, 7, 28, 19, 11, tzinfo=KST)
    assert ko.updated == datetime(2023, 7, 28, 19, 23, tzinfo=KST)
    assert ko.author == "이정훈"
    assert ko.content_is_html and ko.content is not None
    assert "<script" not in ko.content and "초전도체" in ko.content

    assert en.id == "11574168580"  # JSON Feed 1.0 allowed numeric ids
    assert en.author == "Newsroom"  # the feed's author stands in
    assert en.content == "Gaming used to be so simple." and not en.content_is_html


@pytest.mark.parametrize("path", ["/feed.rss", "/feed.atom", "/feed.json"])
def test_feed_items_lead_to_pages_that_decode(server: TestServer, path: str) -> None:
    items = fetch_feed(server, path)
    with Fetcher(HttpSettings(timeout=2.0)) as f:
        pages = f.fetch_all([item.link for item in items if item.link])
    titles = set()
    for page in pages:
        assert isinstance(page, Fetched)
        text = decode_html(page.body, page.charset)
        titles.add(KO_TITLE if KO_TITLE in text else EN_TITLE if EN_TITLE in text else None)
    assert titles == {KO_TITLE, EN_TITLE}


def test_rss_1_0_rdf() -> None:
    data = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://news.example/rss"><title>Wire</title><link>https://news.example/</link>
    <description>d</description></channel>
  <item rdf:about="https://news.example/a/1">
    <title>First</title><link>https://news.example/a/1</link>
    <dc:date>2024-03-01T08:00:00+01:00</dc:date><dc:creator>Ana Silva</dc:creator>
    <description>One.</description>
  </item>
</rdf:RDF>"""
    [item] = parse_feed(data, "https://news.example/rss")
    assert item.id == item.link == "https://news.example/a/1"
    assert item.published == datetime(2024, 3, 1, 7, 0, tzinfo=UTC)
    assert item.author == "Ana Silva" and item.content == "One."


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("news@wsj.example (David Pierce)", "David Pierce"),
        ("David Pierce <news@wsj.com>", "David Pierce"),
        ("jo@example.com", "jo@example.com"),
        ("David Pierce", "David Pierce"),
    ],
)
def test_rss_author_forms(raw: str, name: str) -> None:
    item = f"<item><link>http://x/1</link><author>{html.escape(raw)}</author></item>"
    data = f'<rss version="2.0"><channel><title>t</title>{item}</channel></rss>'
    assert parse_feed(data.encode(), "http://x/f")[0].author == name


def test_rss_0_91() -> None:
    data = (FEEDS / "rss091.xml").read_bytes()
    items = parse_feed(data, "http://my.netscape.com/publish/")
    assert [i.title for i in items] == ["WriteTheWeb", "Giving the world a pluggable Gnutella"]
    assert items[0].id == items[0].link == "http://writetheweb.com/read.php?item=24"
    assert items[0].published is None


def test_item_without_id_or_link_gets_a_stable_hash() -> None:
    data = b'<rss version="2.0"><channel><title>t</title><item><title>x</title></item></channel></rss>'
    first = parse_feed(data, "http://x/feed")[0].id
    assert first.startswith("urn:sha1:") and first == parse_feed(data, "http://x/feed")[0].id


def test_empty_feed_is_not_an_error() -> None:
    assert parse_feed(b'<rss version="2.0"><channel><title>t</title></channel></rss>', "http://x/f") == []


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "not a feed: empty document"),
        (
            b"<!DOCTYPE html><html><body><p>hi</p></body></html>",
            "not a feed: no RSS, RDF or Atom root element",
        ),
        (b"%PDF-1.4\n%\xe2\xe3", "not a feed: not XML (line 2, column 8: not well-formed (invalid token))"),
        (b'{"items": []}', "not a feed: JSON without a jsonfeed.org version"),
        (
            b"{not json",
            "not a feed: invalid JSON (Expecting property name enclosed in double quotes: "
            "line 1 column 2 (char 1))",
        ),
    ],
)
def test_not_a_feed(data: bytes, problem: str) -> None:
    with pytest.raises(SourceError) as caught:
        parse_feed(data, "http://x/f")
    assert caught.value.source == "http://x/f" and caught.value.problem == problem


def test_html_page_from_server_is_not_a_feed(server: TestServer) -> None:
    with Fetcher(HttpSettings(timeout=2.0)) as f:
        page = f.fetch(server.url("/ko.html"))
    with pytest.raises(SourceError, match="not a feed"):
        parse_feed(page.body, page.final_url)
