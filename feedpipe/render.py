"""A Story as HTML (the entry's content) and as readable text, both escaped and sanitized."""

from __future__ import annotations

import html
import re

import nh3

from feedpipe.model import Story, reading_order
from feedpipe.rules import without_markup
from feedpipe.text import xml_safe

# What the feed's HTML may contain; everything else (script, iframe, on*=, javascript:) goes.
ALLOWED_TAGS = {
    "h2",
    "h3",
    "p",
    "blockquote",
    "cite",
    "figure",
    "figcaption",
    "ul",
    "ol",
    "li",
    "a",
    "em",
    "strong",
    "b",
    "i",
    "br",
    "img",
    "pre",
    "code",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "img": {"src", "alt"}}

_WHOLE_QUOTE = re.compile(r"^[“\"「『].+[”\"」』]$", re.DOTALL)


def story_html(story: Story) -> str:
    """The entry content in reading order: subheads as <h2>, paragraphs as <p>, whole
    quotations as <blockquote>."""
    parts = []
    for kind, text in reading_order(story):
        if kind == "subhead":
            parts.append(f"<h2>{_esc(text)}</h2>")
        elif _WHOLE_QUOTE.match(text):
            parts.append(f"<blockquote><p>{_esc(text)}</p></blockquote>")
        else:
            parts.append(f"<p>{_esc(text)}</p>")
    return sanitize("\n".join(parts))


def sanitize(markup: str) -> str:
    """Allow-list sanitizing (nh3, the Rust ammonia library): no scripts, handlers or js: URLs."""
    return nh3.clean(
        xml_safe(markup),
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel=None,
    )


def story_text(story: Story) -> str:
    """A human-readable rendering for the terminal."""
    lines: list[str] = []
    if story.title:
        lines += [story.title, "=" * min(60, max(10, len(story.title)))]
    facts = [
        ("By", story.byline),
        ("Publisher", story.publisher),
        ("Rights", story.rights),
        ("Language", story.language),
        ("Published", story.published.isoformat() if story.published else None),
        ("Source", story.source),
    ]
    lines += [f"{label}: {value}" for label, value in facts if value]
    lines.append("")
    for kind, text in reading_order(story):
        lines += [f"## {text}" if kind == "subhead" else text, ""]
    if story.removed:
        lines.append(f"-- removed {len(story.removed)}:")
        lines += [f"  [{r.reason}] {r.text}" for r in story.removed]
    return "\n".join(lines).rstrip() + "\n"


def _esc(text: str) -> str:
    # Tags a scraped text carried ("…밝혔다.<br /><br />") are kept in the story as written,
    # but a reader is shown the text, not the tags.
    return html.escape(without_markup(text), quote=False)
