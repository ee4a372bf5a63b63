"""Publisher feeds to items: RSS 0.9x/1.0/2.0 and Atom through feedparser, JSON Feed by hand.

This module only turns bytes into items; getting the bytes is `fetch`'s job.  Every
item gets a stable id (the feed's guid/id, else its link, else a hash of what it says),
an absolute link, and timezone-aware dates.
"""

from __future__ import annotations

import calendar
import hashlib
import json
import re
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin
from xml.sax import SAXParseException

import feedparser
import nh3

from feedpipe.dates import parse_metadata_date
from feedpipe.errors import SourceError

_JSON_FEED_VERSION = "https://jsonfeed.org/version/1"


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One entry of a publisher's feed, as the publisher stated it.

    `content` is the item's full content when the feed carries it, else its summary;
    `content_is_html` says whether it is HTML (sanitized) or plain text.
    """

    id: str
    link: str | None
    title: str | None
    published: datetime | None
    updated: datetime | None
    author: str | None
    content: str | None
    content_is_html: bool = True


def parse_feed(data: bytes, url: str) -> list[FeedItem]:
    """Parse feed bytes fetched from `url` into items, in feed order.

    Reads RSS 0.9x/1.0/2.0, Atom and JSON Feed 1.x; relative links resolve against the
    feed (or its xml:base / home page).  Raises `SourceError(url, "not a feed: ...")`
    when the bytes are not a feed.  A valid feed with no items gives an empty list.
    """
    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head:
        raise SourceError(url, "not a feed: empty document")
    if head.startswith(b"{"):
        return _parse_json_feed(data, url)
    return _parse_xml_feed(data, url)


def _parse_xml_feed(data: bytes, url: str) -> list[FeedItem]:
    # content-location gives feedparser the base for relative links in items and content.
    parsed = feedparser.parse(data, response_headers={"content-location": url})
    if not parsed.version:
        problem = parsed.get("bozo_exception")
        if isinstance(problem, SAXParseException):
            where = f"line {problem.getLineNumber()}, column {problem.getColumnNumber()}"
            reason = f"not XML ({where}: {problem.getMessage()})"
        else:
            # feedparser's other complaints ("no Content-type specified") mislead here.
            reason = "no RSS, RDF or Atom root element"
        raise SourceError(url, f"not a feed: {reason}")
    return [_xml_item(entry, url, parsed.version) for entry in parsed.entries]


def _xml_item(entry: Any, url: str, version: str) -> FeedItem:
    # dict.get, not entry.get: feedparser maps a missing `updated` to `published` with a
    # warning, and we want to know when the feed did not say.
    get = dict.get
    link = get(entry, "link")
    link = urljoin(url, link) if link else None
    title = get(entry, "title")
    content, is_html = _xml_content(entry)
    published = _from_struct(get(entry, "published_parsed"))
    updated = _from_struct(get(entry, "updated_parsed"))
    if not version.startswith("atom") and published is None:
        # RSS 1.0 items carry one dc:date, which feedparser files as `updated`; in RSS a
        # lone date is the publication date.  (Atom's required <updated> stays updated.)
        published, updated = updated, None
    return FeedItem(
        id=get(entry, "id") or link or _hash_id(title, content),
        link=link,
        title=title.strip() if title else None,
        published=published,
        updated=updated,
        author=_xml_author(entry),
        content=content,
        content_is_html=is_html,
    )


# RSS <author> is "email (Name)"; feedparser's own split cuts names when the email's
# top-level domain is longer than four letters, so we split it ourselves.
_EMAIL_THEN_NAME = re.compile(r"^\s*[^\s@()]+@[^\s()]+\s*\((?P<name>[^()]+)\)\s*$")
_NAME_THEN_EMAIL = re.compile(r"^\s*(?P<name>[^<>]+?)\s*<[^\s@<>]+@[^\s<>]+>\s*$")


def _xml_author(entry: Any) -> str | None:
    raw = dict.get(entry, "author")
    if isinstance(raw, str):
        match = _EMAIL_THEN_NAME.match(raw) or _NAME_THEN_EMAIL.match(raw)
        if match:
            return match["name"].strip()
    detail = dict.get(entry, "author_detail") or {}
    name = detail.get("name") or raw
    return name.strip() if isinstance(name, str) and name.strip() else None


def _xml_content(entry: Any) -> tuple[str | None, bool]:
    """The entry's full content if it has any, else its summary, and whether it is HTML."""
    contents = dict.get(entry, "content") or []
    # An Atom entry may carry several content elements; HTML is the richest for extract.
    ranked = sorted(contents, key=lambda c: "html" not in (c.get("type") or ""))
    for item in ranked:
        if item.get("value"):
            return item["value"], "html" in (item.get("type") or "")
    summary = dict.get(entry, "summary_detail") or {}
    if summary.get("value"):
        return summary["value"], "html" in (summary.get("type") or "html")
    return None, True


def _parse_json_feed(data: bytes, url: str) -> list[FeedItem]:
    try:
        # JSON Feed is UTF-8 by specification; utf-8-sig also forgives a BOM.
        feed = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SourceError(url, f"not a feed: invalid JSON ({_first_line(exc)})") from None
    if not isinstance(feed, dict) or not str(feed.get("version", "")).startswith(_JSON_FEED_VERSION):
        raise SourceError(url, "not a feed: JSON without a jsonfeed.org version")
    items = feed.get("items")
    if not isinstance(items, list):
        raise SourceError(url, "not a feed: JSON Feed without an items list")
    base = feed.get("home_page_url") if isinstance(feed.get("home_page_url"), str) else None
    base = urljoin(url, base) if base else url
    feed_author = _json_author(feed)
    return [_json_item(item, base, feed_author) for item in items if isinstance(item, dict)]


def _json_item(item: dict[str, Any], base: str, feed_author: str | None) -> FeedItem:
    raw_link = _str(item.get("url")) or _str(item.get("external_url"))
    link = urljoin(base, raw_link) if raw_link else None
    title = _str(item.get("title"))
    html = _str(item.get("content_html"))
    if html:
        # feedparser sanitizes RSS/Atom HTML; JSON Feed HTML gets the same treatment here.
        content: str | None = nh3.clean(html)
        is_html = True
    else:
        content = _str(item.get("content_text")) or _str(item.get("summary"))
        is_html = False
    raw_id = item.get("id")
    # JSON Feed 1.0 allowed numeric ids; they are still the publisher's stable id.
    item_id = str(raw_id) if isinstance(raw_id, str | int) and str(raw_id) else None
    return FeedItem(
        id=item_id or link or _hash_id(title, content),
        link=link,
        title=title.strip() if title else None,
        published=parse_metadata_date(item.get("date_published")),
        updated=parse_metadata_date(item.get("date_modified")),
        author=_json_author(item) or feed_author,
        content=content,
        content_is_html=is_html,
    )


def _json_author(obj: dict[str, Any]) -> str | None:
    """Names from JSON Feed 1.1 `authors` or 1.0 `author`, joined with commas."""
    authors = obj.get("authors")
    if not isinstance(authors, list):
        authors = [obj.get("author")]
    names = [a["name"].strip() for a in authors if isinstance(a, dict) and _str(a.get("name"))]
    return ", ".join(names) or None


def _from_struct(value: time.struct_time | None) -> datetime | None:
    # feedparser has already converted to UTC, so timegm (not mktime) is the inverse.
    if value is None:
        return None
    return datetime.fromtimestamp(calendar.timegm(value), UTC)


def _hash_id(title: str | None, content: str | None) -> str:
    digest = hashlib.sha1(f"{title or ''}\n{content or ''}".encode()).hexdigest()
    return f"urn:sha1:{digest}"


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _first_line(value: object) -> str:
    text = str(value).strip()
    return text.splitlines()[0] if text else type(value).__name__
