"""Stories -> feed bytes via feedgen: Atom 1.0 (the main format) and RSS 2.0, both
strictly valid and reproducible.

feedgen 1.0.0 traps avoided here: it stamps `updated` with the wall clock unless told
otherwise (we always set it: the feed's is the newest entry's); it drops rel/type on a
second entry link (upstream #135: we give each entry one alternate link); type="CDATA"
is not Atom (we use type="html"); RSS's lastBuildDate defaults to the wall clock too,
and its channel link is the last link added.  Text is made XML-safe before feedgen sees it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from feedgen.feed import FeedGenerator

from feedpipe.model import Story
from feedpipe.render import story_html
from feedpipe.text import xml_safe

TITLE_CHARS = 120


@dataclass(frozen=True, slots=True)
class FeedInfo:
    """Feed-level facts, from the [feed] table of the configuration."""

    id: str
    title: str
    link: str
    self_link: str
    author: str
    language: str | None = None
    subtitle: str | None = None
    hub: str | None = None


@dataclass(frozen=True, slots=True)
class Entry:
    """One feed entry: the story and the identity and dates the store gave it."""

    id: str
    story: Story
    published: datetime
    updated: datetime
    link: str


def build_atom(info: FeedInfo, entries: list[Entry]) -> bytes:
    """The Atom document for `entries` (newest first), byte-identical for identical input."""
    fg = _generator(info, entries, info.self_link, "application/atom+xml")
    return fg.atom_str(pretty=True, encoding="utf-8", xml_declaration=True)


def build_rss(info: FeedInfo, entries: list[Entry], self_link: str) -> bytes:
    """The RSS 2.0 document: guid isPermaLink="false" (the entry id), pubDate, and the
    full story in content:encoded beside the summary in description."""
    fg = _generator(info, entries, self_link, "application/rss+xml")
    fg.description(xml_safe(info.subtitle or info.title))
    return fg.rss_str(pretty=True, encoding="utf-8", xml_declaration=True)


def _generator(info: FeedInfo, entries: list[Entry], self_link: str, self_type: str) -> FeedGenerator:
    entries = sorted(entries, key=lambda e: (e.updated, e.id), reverse=True)
    fg = FeedGenerator()
    fg.id(info.id)
    fg.title(xml_safe(info.title))
    if info.subtitle:
        fg.subtitle(xml_safe(info.subtitle))
    fg.link(href=self_link, rel="self", type=self_type)
    if info.hub:
        fg.link(href=info.hub, rel="hub")
    # Last: feedgen makes the last link added RSS's channel <link> (its comment says first).
    fg.link(href=info.link, rel="alternate", type="text/html")
    fg.author({"name": xml_safe(info.author)})
    language = info.language or main_language(entries)
    if language:
        fg.language(language)
    # Never the wall clock: an unchanged feed must be byte-identical.  updated() also
    # sets RSS's lastBuildDate, which feedgen otherwise stamps with the current time.
    fg.updated(max((e.updated for e in entries), default=_EPOCH))
    fg.generator("feedpipe", uri="https://github.com/feedpipe/feedpipe", version="0.1.0")
    for entry in entries:
        _add_entry(fg, entry)
    return fg


def _add_entry(fg: FeedGenerator, entry: Entry) -> None:
    story = entry.story
    fe = fg.add_entry(order="append")
    fe.id(entry.id)  # also the RSS guid, with isPermaLink="false"
    fe.title(xml_safe(entry_title(story)))
    fe.link(href=entry.link, rel="alternate", type="text/html")
    fe.published(entry.published)
    fe.updated(entry.updated)
    names = story.authors or ([story.publisher] if story.publisher else [])
    if names:
        fe.author([{"name": xml_safe(n)} for n in names])
    fe.content(story_html(story), type="html")
    # The summary is RSS's description; content goes to content:encoded beside it.
    fe.summary(xml_safe(story.summary or entry_title(story)))
    if story.rights:
        fe.rights(xml_safe(story.rights))


def entry_title(story: Story) -> str:
    """The headline; a story without one is titled by its lead's first sentence."""
    if story.title:
        return story.title
    lead = story.summary or (story.paragraphs[0] if story.paragraphs else "Untitled")
    first = re.split(r"(?<=[.!?。])\s", lead, maxsplit=1)[0]
    return first if len(first) <= TITLE_CHARS else first[: TITLE_CHARS - 1].rsplit(" ", 1)[0] + "…"


def main_language(entries: list[Entry]) -> str | None:
    counts = Counter(e.story.language for e in entries if e.story.language)
    return counts.most_common(1)[0][0] if counts else None


_EPOCH = datetime.fromisoformat("1970-01-01T00:00:00+00:00")
