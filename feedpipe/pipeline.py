"""The article pipeline in one place: bytes -> text -> blocks -> cleaned -> Story."""

from __future__ import annotations

from pathlib import Path

from feedpipe.clean import Overrides, clean
from feedpipe.decode import NotText, decode
from feedpipe.errors import SourceError
from feedpipe.extract import extract_text
from feedpipe.model import PageMeta, Story
from feedpipe.normalize import normalize

# No article is this long; a bigger input is a mistake (a dump, a binary), not a story.
MAX_ARTICLE_BYTES = 10 * 1024 * 1024


def clean_bytes(
    data: str | bytes,
    *,
    source: str,
    url: str | None = None,
    meta: PageMeta | None = None,
    overrides: Overrides | None = None,
) -> Story:
    """Clean one article given as text or bytes; raise SourceError if it holds no story."""
    text = decode_article(data, source)
    meta = meta or PageMeta()
    if url and meta.url is None:
        meta.url = url
    document = extract_text(text, source, meta)
    story = normalize(clean(document, overrides))
    if not story.paragraphs:
        raise SourceError(source, "no article text found")
    return story


def decode_article(data: str | bytes, source: str) -> str:
    """An article's text: bytes decoded (BOM, declared charset, CP949 …), str as it is."""
    if isinstance(data, str):
        return data
    if len(data) > MAX_ARTICLE_BYTES:
        raise SourceError(
            source,
            f"too large for an article ({_size(len(data))}; the limit is {_size(MAX_ARTICLE_BYTES)})",
        )
    try:
        return decode(data)
    except NotText as exc:
        raise SourceError(source, str(exc)) from None


def read_article(path: Path) -> bytes:
    """An article file's bytes; every problem becomes a SourceError naming the file."""
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise SourceError(
                str(path),
                f"too large for an article ({_size(size)}; the limit is {_size(MAX_ARTICLE_BYTES)})",
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise SourceError(str(path), "no such file") from None
    except IsADirectoryError:
        raise SourceError(str(path), "is a directory, not an article file") from None
    except PermissionError:
        raise SourceError(str(path), "permission denied") from None
    except OSError as exc:
        raise SourceError(str(path), exc.strerror or str(exc)) from None
    if not data.strip():
        raise SourceError(str(path), "empty file")
    return data


def clean_file(path: Path, overrides: Overrides | None = None) -> Story:
    """Read and clean one article file; every problem becomes a SourceError naming it."""
    return clean_bytes(read_article(path), source=str(path), overrides=overrides)


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB"
