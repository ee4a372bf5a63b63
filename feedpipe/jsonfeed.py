"""Stories -> JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), reproducibly."""

from __future__ import annotations

import json
from typing import Any

from feedpipe.atom import Entry, FeedInfo, entry_title, main_language
from feedpipe.render import story_html
from feedpipe.text import xml_safe


def build_json(info: FeedInfo, entries: list[Entry], self_link: str) -> bytes:
    """The JSON Feed document for `entries`, newest first, keys in a fixed order."""
    entries = sorted(entries, key=lambda e: (e.updated, e.id), reverse=True)
    feed: dict[str, Any] = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": info.title,
        "home_page_url": info.link,
        "feed_url": self_link,
        "authors": [{"name": info.author}],
    }
    if info.subtitle:
        feed["description"] = info.subtitle
    language = info.language or main_language(entries)
    if language:
        feed["language"] = language
    if info.hub:
        feed["hubs"] = [{"type": "WebSub", "url": info.hub}]
    feed["items"] = [_item(entry) for entry in entries]
    return (json.dumps(feed, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _item(entry: Entry) -> dict[str, Any]:
    story = entry.story
    item: dict[str, Any] = {
        "id": entry.id,
        "url": entry.link,
        "title": xml_safe(entry_title(story)),
        "content_html": story_html(story),
        "date_published": entry.published.isoformat(),
        "date_modified": entry.updated.isoformat(),
    }
    if story.summary:
        item["summary"] = xml_safe(story.summary)
    names = story.authors or ([story.publisher] if story.publisher else [])
    if names:
        item["authors"] = [{"name": n} for n in names]
    if story.language:
        item["language"] = story.language
    return item
