"""Web sources: article pages, and publisher feeds whose items' pages are fetched.

Every page and feed is fetched conditionally with the validators the store kept from the
last time (If-None-Match / If-Modified-Since); a 304 keeps what was published before.
A page that fails, or yields less text than the feed item carries itself, gives way to
the item's own content, and the log says so.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from feedpipe.config import SourceConfig
from feedpipe.errors import SourceError
from feedpipe.feeds import FeedItem, parse_feed
from feedpipe.fetch import Fetched, Fetcher, FetchRequest
from feedpipe.model import PageMeta, Story, Validators
from feedpipe.pipeline import clean_bytes
from feedpipe.sources import Failed, Found, Progress, SourceResult, Unchanged
from feedpipe.text import tokens

log = logging.getLogger("feedpipe")

# Looks up the validators kept for a URL (the store's, in a run).
ValidatorsFor = Callable[[str], Validators]


def gather(
    source: SourceConfig,
    fetcher: Fetcher,
    validators_for: ValidatorsFor,
    progress: Progress | None = None,
) -> SourceResult:
    """Fetch and clean a web source (its pages, or its feed and the feed's items' pages)."""
    if source.feed:
        return _gather_feed(source, fetcher, validators_for, progress)
    return _gather_pages(source, list(source.urls), fetcher, validators_for, progress, {})


def page_story(got: Fetched, source: SourceConfig, meta: PageMeta | None = None) -> Story:
    """Clean a fetched page (HTML, or plain text served as such)."""
    html = got.content_type not in ("text/plain",)
    return clean_bytes(
        got.body,
        source=got.final_url,
        url=got.final_url,
        meta=meta,
        overrides=source.overrides,
        html=html,
        charset=got.charset,
    )


def _gather_pages(
    source: SourceConfig,
    urls: list[str],
    fetcher: Fetcher,
    validators_for: ValidatorsFor,
    progress: Progress | None,
    items: dict[str, FeedItem],
) -> SourceResult:
    result = SourceResult(source.name)
    requests = [FetchRequest(url, validators_for(url), accept=("html", "text")) for url in urls]
    for url, got in zip(urls, fetcher.fetch_all(requests), strict=True):
        if progress:
            progress(url)
        item = items.get(url)
        if isinstance(got, SourceError):
            fallback = _item_story(item, source) if item else None
            if fallback is None:
                result.outcomes.append(Failed(str(got)))
            else:
                log.warning("%s; using the feed item's own content instead", got)
                result.outcomes.append(Found(_key(url, item), fallback))
            continue
        if got.not_modified:
            result.outcomes.append(Unchanged(url))
            continue
        try:
            story = page_story(got, source, _item_meta(item) if item else None)
        except SourceError as exc:
            story = None
            problem = str(exc)
        else:
            problem = ""
        fallback = _item_story(item, source) if item else None
        if fallback is not None and (story is None or _length(fallback) > _length(story)):
            reason = problem or f"{url}: the page has less text than the feed item"
            log.warning("%s; using the feed item's own content instead", reason)
            story = fallback
        if story is None:
            result.outcomes.append(Failed(problem))
            continue
        result.outcomes.append(Found(_key(url, item), story))
        if got.validators != Validators():
            result.validators.append((url, got.validators))
    return result


def _gather_feed(
    source: SourceConfig,
    fetcher: Fetcher,
    validators_for: ValidatorsFor,
    progress: Progress | None,
) -> SourceResult:
    assert source.feed is not None
    feed_url = source.feed
    try:
        got = fetcher.fetch(feed_url, validators_for(feed_url), accept=("feed", "text"))
        if got.not_modified:
            return SourceResult(source.name, [Unchanged(feed_url)])
        items = parse_feed(got.body, got.final_url)
    except SourceError as exc:
        return SourceResult(source.name, [Failed(str(exc), whole_source=True)])
    items = items[: source.max_items]
    by_link = {item.link: item for item in items if item.link}
    result = _gather_pages(source, list(by_link), fetcher, validators_for, progress, by_link)
    # Items without a link of their own can only be published from their own content.
    for item in items:
        if item.link:
            continue
        story = _item_story(item, source)
        if story is None:
            result.outcomes.append(Failed(f"{feed_url}: item {item.id!r} has neither a link nor content"))
        else:
            result.outcomes.append(Found(item.id, story))
    if not result.failures:
        # Only a feed whose items all worked may answer 304 next time: otherwise the
        # items that failed would never be tried again.
        result.validators.append((feed_url, got.validators))
    return result


def _key(url: str, item: FeedItem | None) -> str:
    """An item keeps the feed's identity for it (guid, else link); a page its URL."""
    return item.id if item is not None else url


def _item_meta(item: FeedItem) -> PageMeta:
    return PageMeta(
        title=item.title,
        byline=item.author,
        authors=[item.author] if item.author else [],
        published=item.published,
        updated=item.updated,
        url=item.link,
    )


def _item_story(item: FeedItem | None, source: SourceConfig) -> Story | None:
    """A story made of the feed item's own content, or None when it carries none."""
    if item is None or not item.content:
        return None
    try:
        return clean_bytes(
            item.content,
            source=item.link or item.id,
            url=item.link,
            meta=_item_meta(item),
            overrides=source.overrides,
            html=item.content_is_html,
        )
    except SourceError:
        return None


def _length(story: Story) -> int:
    return sum(len(tokens(p)) for p in story.paragraphs)
