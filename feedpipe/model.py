"""Plain typed values that flow between the stages.

sources -> bytes, extract -> Document, clean -> Cleaned, normalize -> Story.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any, Literal

# What a block of extracted text is.  Plain text yields only "line"; HTML yields the rest.
BlockKind = Literal["line", "heading", "paragraph", "quote", "item", "caption", "pre"]

# What the cleaner decided a block is.
Role = Literal["title", "subhead", "body", "byline"]


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of extracted text in reading order: a raw line, or an HTML block."""

    text: str
    kind: BlockKind = "line"


@dataclass(slots=True)
class PageMeta:
    """What the source itself states about the article (HTML metadata, feed item fields)."""

    title: str | None = None
    byline: str | None = None
    authors: list[str] = field(default_factory=list)
    publisher: str | None = None
    rights: str | None = None
    language: str | None = None
    published: datetime | None = None
    updated: datetime | None = None
    url: str | None = None
    description: str | None = None


@dataclass(slots=True)
class Document:
    """An article as extracted: ordered blocks plus the source's own metadata."""

    source: str
    blocks: list[Block]
    meta: PageMeta = field(default_factory=PageMeta)
    # Absolute image URLs of an HTML page, lazy-loading attributes resolved, in page order.
    images: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Removed:
    """A line or span the cleaner stripped, and the name of the rule that stripped it.

    `index` is the block the text came from (for `feedpipe clean --explain`); it is not
    part of the published record (`Story.to_dict()` gives `{text, reason}` only).
    """

    text: str
    reason: str
    index: int = field(default=-1, compare=False)


@dataclass(frozen=True, slots=True)
class Kept:
    """A block the cleaner kept, its text with inline boilerplate cut out, and its role."""

    text: str
    role: Role
    kind: BlockKind = "line"
    index: int = -1


@dataclass(slots=True)
class Cleaned:
    """The cleaner's verdict on a Document: kept blocks in order, and every removal."""

    document: Document
    kept: list[Kept]
    removed: list[Removed]
    # Facts the cleaner read off lines it removed (a rights line names the publisher).
    rights: str | None = None
    publisher: str | None = None
    published: datetime | None = None
    updated: datetime | None = None
    # The language the cleaner chose its rules for (the source's, or detected).
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Validators:
    """What a server said about a resource's version, sent back to ask "has it changed?"."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        """The conditional-request headers these validators turn into."""
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation from the story; speaker only when the text states it."""

    text: str
    speaker: str | None = None


@dataclass(slots=True)
class Story:
    """The structured, clean article: what the feed publishes."""

    title: str | None
    subheads: list[str]
    paragraphs: list[str]
    quotes: list[Quote]
    byline: str | None
    authors: list[str]
    publisher: str | None
    rights: str | None
    language: str | None
    published: datetime | None
    updated: datetime | None
    summary: str | None
    source: str
    removed: list[Removed]
    url: str | None = None
    # Reading order of the subheads and paragraphs: "s" or "p" for each, in turn.  A page's
    # section heads sit between its paragraphs; empty means all subheads come first (a deck).
    order: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object `feedpipe clean --format json` prints, key for key."""
        data = asdict(self)
        data.pop("url")
        data.pop("order")
        data["removed"] = [{"text": r.text, "reason": r.reason} for r in self.removed]
        for key in ("published", "updated"):
            value = data[key]
            data[key] = value.isoformat() if value is not None else None
        return data


def reading_order(story: Story) -> list[tuple[str, str]]:
    """The story's subheads and paragraphs as ("subhead" | "paragraph", text), in the
    order a reader meets them."""
    subheads, paragraphs = iter(story.subheads), iter(story.paragraphs)
    order = story.order
    if len(order) != len(story.subheads) + len(story.paragraphs):
        order = "s" * len(story.subheads) + "p" * len(story.paragraphs)
    return [("subhead", next(subheads)) if o == "s" else ("paragraph", next(paragraphs)) for o in order]
