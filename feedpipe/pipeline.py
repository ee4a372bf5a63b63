"""The article pipeline in one place: bytes -> text -> blocks -> cleaned -> Story.

Plain text and HTML take the same path after extraction: HTML pages have their main
story extracted into blocks (feedpipe.html), and those blocks go through the same
cleaner and normalizer as the lines of a scraped text.
"""

from __future__ import annotations

import re
from pathlib import Path

from feedpipe.cleaner import Overrides, clean
from feedpipe.decode import NotText, decode, decode_html
from feedpipe.errors import SourceError
from feedpipe.extract import extract_text
from feedpipe.model import Document, PageMeta, Story, reading_order
from feedpipe.normalize import normalize
from feedpipe.text import WORD

# No article is this long; a bigger input is a mistake (a dump, a binary), not a story.
MAX_ARTICLE_BYTES = 10 * 1024 * 1024


def clean_bytes(
    data: str | bytes,
    *,
    source: str,
    url: str | None = None,
    meta: PageMeta | None = None,
    overrides: Overrides | None = None,
    html: bool | None = None,
    charset: str | None = None,
) -> Story:
    """Clean one article given as text or bytes; raise SourceError if it holds no story.

    `html` says whether the data is an HTML page; None sniffs it from the content.
    `charset` is what the transport declared (an HTTP header), if anything.
    """
    document, _ = read_document(data, source=source, url=url, meta=meta, html=html, charset=charset)
    story = normalize(clean(document, overrides))
    if not any(WORD.search(p) for p in story.paragraphs):
        # Lines of punctuation or markup debris are not a story, however many there are.
        raise SourceError(source, "no article text found")
    return story


def read_document(
    data: str | bytes,
    *,
    source: str,
    url: str | None = None,
    meta: PageMeta | None = None,
    html: bool | None = None,
    charset: str | None = None,
) -> tuple[Document, str]:
    """Decode and extract an article: its blocks and metadata, and the decoded text.

    Plain text becomes one block per line; an HTML page has its main story extracted
    (feedpipe.html), with what `meta` states (a feed item's facts) winning over the page's.
    """
    if html is None:
        head = data[:4096]
        html = looks_like_html(head.decode("latin-1") if isinstance(head, bytes) else head)
    text = decode_article(data, source, html=html, charset=charset)
    if html:
        from feedpipe.html import extract_html  # lxml's HTML parser: only paid for by HTML

        document = extract_html(text, url)
        document.source = source
        if meta is not None:
            _merge_meta(document.meta, meta)
    else:
        document = extract_text(text, source, meta or PageMeta())
    if url and document.meta.url is None:
        document.meta.url = url
    return document, text


_HTML_START = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article)\b", re.I | re.S
)


def looks_like_html(head: str) -> bool:
    """Whether a document starts like an HTML page (a text that merely mentions tags does not)."""
    return bool(_HTML_START.match(head.lstrip("\ufeff")))


def _merge_meta(target: PageMeta, given: PageMeta) -> None:
    """Facts a feed item states win over what the page's own metadata says."""
    for name in (
        "title",
        "byline",
        "publisher",
        "rights",
        "language",
        "published",
        "updated",
        "url",
        "description",
    ):
        value = getattr(given, name)
        if value:
            setattr(target, name, value)
    if given.authors:
        target.authors = list(given.authors)


def decode_article(data: str | bytes, source: str, *, html: bool = False, charset: str | None = None) -> str:
    """An article's text: bytes decoded (BOM, declared charset, CP949 …; for HTML also its
    <meta> charset), str as it is."""
    if isinstance(data, str):
        return data
    if len(data) > MAX_ARTICLE_BYTES:
        raise SourceError(
            source,
            f"too large for an article ({_size(len(data))}; the limit is {_size(MAX_ARTICLE_BYTES)})",
        )
    try:
        return decode_html(data, charset) if html else decode(data, charset)
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


HTML_SUFFIXES = (".html", ".htm", ".xhtml")


def clean_file(path: Path, overrides: Overrides | None = None) -> Story:
    """Read and clean one article file; every problem becomes a SourceError naming it.

    A .html file is parsed as a page; any other file is sniffed (an HTML document is
    recognised by how it starts), so scraped text that mentions a tag stays text.
    """
    html = True if path.suffix.lower() in HTML_SUFFIXES else None
    return clean_bytes(read_article(path), source=str(path), overrides=overrides, html=html)


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB"


def html_story_text(html: str) -> str:
    """The story an HTML page yields, subheads and paragraphs joined by newlines ("" when
    it holds none): what the extraction benchmark scores, through the whole pipeline."""
    try:
        story = clean_bytes(html, source="<page>", html=True)
    except SourceError:
        return ""
    return "\n".join(text for _, text in reading_order(story))
