"""Extraction of plain text: an article's raw lines become blocks, in order."""

from __future__ import annotations

from feedpipe.model import Block, Document, PageMeta
from feedpipe.text import split_lines


def extract_text(text: str, source: str, meta: PageMeta | None = None) -> Document:
    """One block per raw line; blank lines carry no text and are dropped."""
    blocks = [Block(line) for line in split_lines(text) if line.strip()]
    return Document(source=source, blocks=blocks, meta=meta or PageMeta())
