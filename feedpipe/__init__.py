"""feedpipe: scraped news in, a clean, structured, valid Atom feed out."""

from __future__ import annotations

from feedpipe.errors import ConfigError, FeedpipeError, PublishError, SourceError
from feedpipe.model import Quote, Removed, Story

__all__ = [
    "ConfigError",
    "FeedpipeError",
    "PublishError",
    "Quote",
    "Removed",
    "SourceError",
    "Story",
    "clean",
]
__version__ = "0.1.0"


def clean(data: str | bytes, *, url: str | None = None) -> Story:
    """Clean and normalize one article (plain text or HTML, str or bytes) into a Story."""
    from feedpipe.pipeline import clean_bytes

    return clean_bytes(data, source=url or "<input>", url=url)
