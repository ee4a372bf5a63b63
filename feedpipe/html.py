"""HTML page -> the article's main story as ordered blocks, plus the page's own metadata.

The main-content decision is trafilatura's fast heuristics (measured on the shared
benchmark: a little better F1 than its full cascade, about 1.5 times as fast).  Around it this
module does what trafilatura's plain-text output cannot: it keeps block kinds (subheads,
quotes, list items, code, figure captions apart from paragraphs), fills `PageMeta` from
JSON-LD / OpenGraph / <meta> / <html lang> / canonical link, resolves relative and lazy
image URLs, and drops the headline, which lives in `meta.title`, from the text.

Rules are data (the tables below); the engine is the few functions after them.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement, HTMLParser, document_fromstring
from trafilatura import bare_extraction

from feedpipe.dates import parse_metadata_date
from feedpipe.model import Block, BlockKind, Document, PageMeta

# ---------------------------------------------------------------------------------------
# Tables
# ---------------------------------------------------------------------------------------

# Characters XML 1.0 forbids (the Atom feed is XML): C0 controls but tab/LF/CR, lone
# surrogates, and the two non-characters.
XML_FORBIDDEN_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

# An XML declaration with an encoding makes lxml refuse a str; the text is already decoded.
XML_DECLARATION_RE = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)

# Lazy-loading attributes that hold the real image URL, best first.
LAZY_SRC_ATTRS = ("data-src", "data-original", "data-lazy-src", "data-lazy", "data-url", "src")

# Images that belong to the story rather than to the page's chrome.
FIGURE_IMAGE_XPATH = "//figure//img"

# JSON-LD @type values that describe the article itself.
ARTICLE_TYPES = frozenset(
    {
        "Article",
        "NewsArticle",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "BackgroundNewsArticle",
        "ReviewNewsArticle",
        "BlogPosting",
        "LiveBlogPosting",
        "SocialMediaPosting",
        "TechArticle",
        "ScholarlyArticle",
        "Report",
    }
)

# <meta> fields, in order of trust: the first non-empty value wins for each PageMeta field.
# Keys are lower-cased `property` or `name` attributes.
META_FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("og:title", "twitter:title", "dc.title", "dcterms.title", "sailthru.title"),
    "publisher": ("og:site_name", "dc.publisher", "dcterms.publisher", "application-name"),
    "rights": ("copyright", "dc.rights", "dcterms.rights"),
    # After JSON-LD and <html lang>: og:locale is often a template's default.
    "language": ("dc.language", "dcterms.language", "content-language", "language", "og:locale"),
    "published": (
        "article:published_time",
        "og:article:published_time",
        "datepublished",
        "dc.date.issued",
        "dcterms.issued",
        "dc.date",
        "dcterms.date",
        "pubdate",
        "publish-date",
        "sailthru.date",
    ),
    "updated": (
        "article:modified_time",
        "og:updated_time",
        "datemodified",
        "dcterms.modified",
        "dc.date.modified",
    ),
    "description": ("og:description", "description", "twitter:description", "dc.description"),
}

# Meta names whose values are (one a tag) the article's authors, in order of trust.
AUTHOR_META = (
    "author",
    "article:author",
    "dc.creator",
    "dcterms.creator",
    "sailthru.author",
    "parsely-author",
)

# Meta names holding a printed byline ("By A and B"), used as is when present.
BYLINE_META = ("byl",)

# The lead image, resolved like any other link.
LEAD_IMAGE_META = ("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src")

# Byline prefixes that are not part of a name.
BYLINE_PREFIX_RE = re.compile(r"^\s*(by|von|par|por|di|door|av)\s+", re.IGNORECASE)

# The date (and time) at the start of a date string fromisoformat cannot read whole.

# Separators between a headline and the site name in <title>.
# The suffix goes when the separator is a bar (a headline rarely has one) or when the
# suffix names the publisher or the page's host; "Covid-19 - what we know" keeps its tail.
TITLE_SUFFIX_RE = re.compile(r"\s+([|\-–—:·•»])\s+([^|\-–—:·•»]{1,60})$")
SITE_SEPARATORS = frozenset("|")

# Figure captions, moved out of their <figure> (which the core extractor discards) into a
# paragraph that carries this marker, so the core keeps them in reading order when they
# sit inside the story, and this module can tell them apart afterwards.
CAPTION_MARK = "\ue000"
CAPTION_XPATH = ".//figcaption"

# Story bodies that sites split into sibling chunks (between ads, pull quotes, embeds):
# same tag and class, a common ancestor a few levels up.  The core would keep only the
# first chunk, so the later ones are folded into it beforehand.
CHUNKED_BODY_CLASS_RE = re.compile(
    r"(article|story|entry|post|main|content)[-_]{0,2}(body|content|text)|body__|rich-?text|article-?_*chunk",
    re.IGNORECASE,
)
CHUNK_XPATH = "//div[@class][p] | //section[@class][p]"
CHUNK_MAX_LEVELS = 3

# A list (three items or more) whose every item is (nearly) all link text is a list of
# other stories.
LINK_LIST_XPATH = "(//ul | //ol)[count(li) >= 3][.//a]"
LINK_LIST_LINK_SHARE = 0.9

# Embedded posts whose text is part of the story (a tweet quoted in the article).  The
# core discards anything inside an "embed"/"social" wrapper, so such a post is lifted out
# of up to EMBED_MAX_LEVELS wrappers and stripped of its telltale attributes.
QUOTED_POST_XPATH = "//blockquote[contains(@class, 'twitter-tweet')]"
EMBED_WRAPPER_RE = re.compile(r"embed|social|tweet|twitter", re.IGNORECASE)
EMBED_MAX_LEVELS = 3

# trafilatura's output vocabulary -> our block kinds.  Containers are walked into.
LEAF_KINDS: dict[str, BlockKind] = {"p": "paragraph", "head": "heading", "code": "pre", "item": "item"}
CONTAINERS = frozenset({"quote", "list", "table", "row", "cell", "div", "body", "figure", "note"})

# A table row whose cells hold plain text is one block, its cells joined by this.
ROW_CELL_SEPARATOR = " | "

# Output elements that carry no text of their own.
SKIPPED_TAGS = frozenset({"lb", "graphic"})

# Block kinds whose inner line breaks matter.
VERBATIM_KINDS = frozenset({"pre"})

# Leading blocks checked against the headline; further down a repeat is content.
TITLE_WINDOW = 3


# ---------------------------------------------------------------------------------------
# Public functions
# ---------------------------------------------------------------------------------------


def extract_html(html: str, url: str | None = None) -> Document:
    """Extract the main story of an HTML page as ordered blocks, with the page's metadata.

    Never raises: garbage, empty or unparsable input gives a Document with no blocks.
    `url` is the page's address; relative links and the canonical URL resolve against it
    (or against the page's own <base href>).
    """
    source = url or ""
    tree = _parse(html)
    if tree is None:
        return Document(source=source, blocks=[], meta=PageMeta(url=url))
    # The contract is "never raise": a page that trips a library bug yields no story (or
    # no metadata) rather than stopping a whole feed run.
    try:
        base = _base_url(tree, url)
        metas = _meta_tags(tree)
        meta = _metadata(tree, metas, base)
        headlines = _headlines(tree, meta)
        images = _resolve_images(tree, metas, base)
    except Exception:
        return Document(source=source, blocks=[], meta=PageMeta(url=url))
    meta.url = meta.url or url
    try:
        _merge_chunked_bodies(tree)
        _lift_quoted_posts(tree)
        _drop_link_lists(tree)
        _mark_captions(tree)
        _keep_preformatted(tree)
        blocks = _drop_headline(_core_blocks(tree, base), headlines)
    except Exception:
        blocks = []
    return Document(source=source, blocks=blocks, meta=meta, images=images)


def extract_text(html: str) -> str:
    """The story's text without figure captions, one block a line (what the benchmark scores)."""
    return "\n".join(b.text for b in extract_html(html).blocks if b.kind != "caption")


# ---------------------------------------------------------------------------------------
# Engine
# ---------------------------------------------------------------------------------------

# lxml parsers must not be shared between threads (the scheduler may run jobs in several).
_local = threading.local()


def _parser() -> HTMLParser:
    parser: HTMLParser | None = getattr(_local, "parser", None)
    if parser is None:
        parser = HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False, default_doctype=False)
        _local.parser = parser
    return parser


def _parse(html: str) -> HtmlElement | None:
    """Parse leniently; None when there is no document to speak of."""
    if not isinstance(html, str) or not html.strip():
        return None
    # The core builds XML trees, which refuse these characters: strip them up front.
    text = XML_FORBIDDEN_RE.sub("", XML_DECLARATION_RE.sub("", html, count=1))
    try:
        tree = document_fromstring(text, parser=_parser())
    # lxml raises several unrelated types for input it cannot make a document of
    # (empty, bad encoding declaration, nesting too deep); all mean "no page".
    except Exception:
        return None
    return tree if isinstance(tree, HtmlElement) else None


def _base_url(tree: HtmlElement, url: str | None) -> str | None:
    """The URL relative links resolve against: <base href> (itself resolved) or the page URL."""
    for href in tree.xpath("//head/base/@href"):
        href = str(href).strip()
        if href:
            return urljoin(url or "", href) or None
    return url


def _absolute(base: str | None, link: str) -> str:
    """The link made absolute against base (when there is one), forbidden characters gone."""
    link = XML_FORBIDDEN_RE.sub("", link).strip()
    if not base:
        return link
    try:
        return urljoin(base, link)
    except ValueError:  # malformed IPv6 hosts and the like
        return link


def _clean(text: str) -> str:
    """One line of text: whitespace collapsed, XML-forbidden characters gone."""
    return " ".join(XML_FORBIDDEN_RE.sub("", text).split())


# --- metadata ------------------------------------------------------------------------


def _metadata(tree: HtmlElement, metas: dict[str, list[str]], base: str | None) -> PageMeta:
    """PageMeta from JSON-LD first (most precise), then <meta> tags, then plain HTML."""
    meta = PageMeta()
    _from_json_ld(tree, meta)
    if meta.language is None:
        lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
        meta.language = lang.strip() or None if lang else None
    for name, keys in META_FIELDS.items():
        if getattr(meta, name) not in (None, []):
            continue
        for key in keys:
            value = metas.get(key)
            if not value:
                continue
            if name in ("published", "updated"):
                parsed = parse_metadata_date(value[0])
                if parsed is not None:
                    setattr(meta, name, parsed)
                    break
            else:
                setattr(meta, name, value[0])
                break
    if not meta.authors:
        for key in AUTHOR_META:
            # article:author is often a profile URL, which names nobody.
            names = [_author_name(v) for v in metas.get(key, []) if "://" not in v]
            meta.authors = _unique([n for n in names if n])
            if meta.authors:
                break
    meta.byline = next((metas[k][0] for k in BYLINE_META if k in metas), None)
    if meta.byline is None and meta.authors:
        meta.byline = ", ".join(meta.authors)
    if meta.language:
        meta.language = meta.language.replace("_", "-")
    if meta.title is None:
        meta.title = _title_tag(tree, meta.publisher, base)
    for href in tree.xpath("//link[@rel='canonical']/@href"):
        if str(href).strip():
            meta.url = _absolute(base, str(href))
            break
    return meta


def _meta_tags(tree: HtmlElement) -> dict[str, list[str]]:
    """All <meta> values by lower-cased property/name/itemprop, document order kept."""
    found: dict[str, list[str]] = {}
    for el in tree.iter("meta"):
        key = el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv")
        content = el.get("content")
        if key and content:
            value = _clean(content)
            if value:
                found.setdefault(key.strip().lower(), []).append(value)
    return found


def _from_json_ld(tree: HtmlElement, meta: PageMeta) -> None:
    """Fill meta from the first JSON-LD object typed as an article."""
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "", strict=False)
        except ValueError:
            continue
        article = next(_ld_articles(data), None)
        if article is None:
            continue
        meta.title = _ld_text(article.get("headline")) or _ld_text(article.get("name"))
        meta.authors = _unique([n for n in (_author_name(a) for a in _as_list(article.get("author"))) if n])
        publisher = next(iter(_as_list(article.get("publisher"))), None)
        meta.publisher = _author_name(publisher) if publisher is not None else None
        meta.published = parse_metadata_date(_ld_text(article.get("datePublished")))
        meta.updated = parse_metadata_date(_ld_text(article.get("dateModified")))
        lang = article.get("inLanguage")
        meta.language = _ld_text(lang.get("name") if isinstance(lang, dict) else lang)
        meta.description = _ld_text(article.get("description"))
        rights = article.get("copyrightHolder")
        meta.rights = _author_name(rights) if isinstance(rights, dict | str) else None
        return


def _ld_articles(data: Any) -> Iterator[dict[str, Any]]:
    """Article-typed objects anywhere in a JSON-LD value (lists, @graph, mainEntity)."""
    if isinstance(data, list):
        for item in data:
            yield from _ld_articles(item)
    elif isinstance(data, dict):
        types = data.get("@type")
        if any(t in ARTICLE_TYPES for t in _as_list(types) if isinstance(t, str)):
            yield data
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            if isinstance(data.get(key), list | dict):
                yield from _ld_articles(data[key])


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _ld_text(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, str | int | float):
        return _clean(str(value)) or None
    return None


def _author_name(value: Any) -> str | None:
    """A person's or organisation's name from a JSON-LD object or a plain string."""
    if isinstance(value, dict):
        value = value.get("name")
        if isinstance(value, list):
            value = value[0] if value else None
    if not isinstance(value, str):
        return None
    return BYLINE_PREFIX_RE.sub("", _clean(value)) or None


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _title_tag(tree: HtmlElement, publisher: str | None, url: str | None) -> str | None:
    """<title> text, without a trailing " | Site Name" when it is one (see TITLE_SUFFIX_RE)."""
    title = next((t for t in (_clean(el.text_content()) for el in tree.iter("title")) if t), None)
    match = TITLE_SUFFIX_RE.search(title) if title else None
    if title is None or match is None:
        return title
    separator, suffix = match.groups()
    squeezed = _key(suffix).replace(" ", "")
    host = urlsplit(url or "").netloc.casefold() if url else ""
    site = bool(squeezed) and (
        squeezed in _key(publisher or "").replace(" ", "") or squeezed in host.replace(".", "")
    )
    return title[: match.start()] if separator in SITE_SEPARATORS or site else title


# --- page preparation ----------------------------------------------------------------


def _resolve_images(tree: HtmlElement, metas: dict[str, list[str]], base: str | None) -> list[str]:
    """The story's images, absolute, lazy loaders' real URLs taken: see FIGURE_IMAGE_XPATH.

    The lead image named in <meta> comes first; the rest are those inside <figure>
    elements (logos, icons and tracking pixels sit outside figures).
    """
    found = [_absolute(base, metas[key][0]) for key in LEAD_IMAGE_META if key in metas][:1]
    for img in tree.xpath(FIGURE_IMAGE_XPATH):
        src = next((v for v in map(img.get, LAZY_SRC_ATTRS) if v and not v.startswith("data:")), None)
        if src:
            found.append(_absolute(base, src))
    return _unique(found)


def _merge_chunked_bodies(tree: HtmlElement) -> None:
    """Fold the later chunks of a split story body into the first (see CHUNKED_BODY_CLASS_RE)."""
    groups: dict[tuple[str, str], list[HtmlElement]] = {}
    for el in tree.xpath(CHUNK_XPATH):
        cls = el.get("class")
        if CHUNKED_BODY_CLASS_RE.search(cls):
            groups.setdefault((el.tag, cls), []).append(el)
    for chunks in groups.values():
        first = chunks[0]
        near = list(first.iterancestors())[:CHUNK_MAX_LEVELS]
        for other in chunks[1:]:
            above = list(other.iterancestors())
            # Nested matches are one body, and far-apart ones are different articles.
            if first in above or other in near or not any(a in near for a in above[:CHUNK_MAX_LEVELS]):
                continue
            first.extend(list(other))
            other.drop_tree()


def _lift_quoted_posts(tree: HtmlElement) -> None:
    """Take embedded posts out of their embed wrappers so they stay in the story as quotes."""
    for post in tree.xpath(QUOTED_POST_XPATH):
        for attr in ("class", "id"):
            post.attrib.pop(attr, None)
        wrapper, up = None, post.getparent()
        for _ in range(EMBED_MAX_LEVELS):
            if up is None or not EMBED_WRAPPER_RE.search(f"{up.get('class', '')} {up.get('id', '')}"):
                break
            wrapper, up = up, up.getparent()
        if wrapper is not None and wrapper.getparent() is not None:
            post.tail = wrapper.tail
            wrapper.addprevious(post)
            wrapper.getparent().remove(wrapper)


def _drop_link_lists(tree: HtmlElement) -> None:
    """Remove lists of links to other pages (related stories, "more from"), see LINK_LIST_*."""
    for lst in tree.xpath(LINK_LIST_XPATH):
        if all(_all_links(li) for li in lst.iterchildren("li")):
            lst.drop_tree()


def _all_links(el: HtmlElement) -> bool:
    words = len(el.text_content().split())
    linked = sum(len(a.text_content().split()) for a in el.iter("a"))
    return words > 0 and linked >= LINK_LIST_LINK_SHARE * words


def _mark_captions(tree: HtmlElement) -> None:
    """Turn each figcaption into a marked paragraph beside its figure (see CAPTION_MARK)."""
    for caption in tree.xpath(CAPTION_XPATH):
        if caption.getparent() is None:
            continue
        text = _clean(caption.text_content())
        anchor = next(caption.iterancestors("figure"), caption)
        if text and anchor.getparent() is not None:
            para = tree.makeelement("p", {})
            para.text = CAPTION_MARK + text
            anchor.addnext(para)
        # Gone from the figure too, in case the core keeps the figure (it does for tables).
        caption.drop_tree()


def _keep_preformatted(tree: HtmlElement) -> None:
    """Wrap each <pre>'s content in one <span>, the shape the core reads as code, not a quote."""
    for pre in tree.iter("pre"):
        if len(pre) == 1 and pre[0].tag == "span":
            continue
        span = tree.makeelement("span", {})
        span.text, pre.text = pre.text, None
        span.extend(list(pre))
        pre.append(span)


def _core_blocks(tree: HtmlElement, url: str | None) -> list[Block]:
    """Run the core content finder and turn its output tree into blocks."""
    result = bare_extraction(tree, url=url, fast=True, include_comments=False, with_metadata=False)
    body = getattr(result, "body", None)
    if body is None:
        return []
    blocks: list[Block] = []
    _walk(body, blocks, "paragraph")
    return blocks


def _walk(el: Any, out: list[Block], kind: BlockKind) -> None:
    """Depth-first over the core's output in reading order.

    Inline content (text, <hi>, <ref>, line breaks) is gathered into one block until a
    block-level child interrupts it; block-level children are emitted or entered.
    """
    run = [el.text or ""]
    for child in el:
        tag = child.tag
        if tag in LEAF_KINDS or tag in CONTAINERS:
            _emit(out, "".join(run), kind)
            child_kind = _child_kind(tag, kind)
            if tag == "row" and all(_is_leaf(cell) for cell in child):
                cells = (_clean(_text(cell)) for cell in child)
                _emit(out, ROW_CELL_SEPARATOR.join(c for c in cells if c), child_kind)
            elif not _is_leaf(child):
                _walk(child, out, child_kind)
            else:
                _emit(out, _text(child), child_kind)
            run = [child.tail or ""]
        elif tag in SKIPPED_TAGS:
            run.append(child.tail or "")
        else:
            run.append(_text(child))
            run.append(child.tail or "")
    _emit(out, "".join(run), kind)


def _is_leaf(el: Any) -> bool:
    """True when no block-level element sits inside el."""
    return not any(c.tag in LEAF_KINDS or c.tag in CONTAINERS for c in el.iterdescendants())


def _child_kind(tag: str, parent: BlockKind) -> BlockKind:
    """A quote stays a quote all the way down; otherwise the tag decides."""
    if parent == "quote" or tag == "quote":
        return "quote"
    if tag == "list":
        return "item"
    return LEAF_KINDS.get(tag, parent)


def _text(el: Any) -> str:
    """Text of an output element, <lb> as a line break (kept in code, collapsed elsewhere)."""
    parts = [el.text or ""]
    for sub in el.iterdescendants():
        parts.append("\n" if sub.tag == "lb" else (sub.text or ""))
        parts.append(sub.tail or "")
    return "".join(parts)


def _emit(out: list[Block], raw: str, kind: BlockKind) -> None:
    """Append one block, unless it is blank; marked captions become kind "caption"."""
    text = XML_FORBIDDEN_RE.sub("", raw).strip("\n") if kind in VERBATIM_KINDS else _clean(raw)
    if text.startswith(CAPTION_MARK):
        kind = "caption"
    text = text.replace(CAPTION_MARK, "").strip()
    if text:
        out.append(Block(text, kind))


# --- headline ------------------------------------------------------------------------


def _key(text: str) -> str:
    """Comparison key: word characters only, case-folded."""
    return " ".join(re.findall(r"\w+", text.casefold()))


def _headlines(tree: HtmlElement, meta: PageMeta) -> set[str]:
    """Every way the page states its headline: meta title, <title>, first <h1>."""
    keys = {meta.title or ""}
    for el in tree.iter("title"):
        # Matching only the opening blocks, any suffix may go.
        keys.update((el.text_content(), TITLE_SUFFIX_RE.sub("", el.text_content())))
        break
    for el in tree.iter("h1"):
        keys.add(el.text_content())
        break
    return {_key(k) for k in keys if k and _key(k)}


def _drop_headline(blocks: list[Block], headlines: set[str]) -> list[Block]:
    """Remove the headline where it opens the story: it lives in meta.title."""
    for i, block in enumerate(blocks[:TITLE_WINDOW]):
        if block.kind in ("heading", "paragraph") and _key(block.text) in headlines:
            return blocks[:i] + blocks[i + 1 :]
    return blocks
