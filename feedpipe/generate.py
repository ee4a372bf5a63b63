"""One regeneration: every configured source through the pipeline, then the feed, published.

A bad source or file is reported and skipped; the rest are published.  When nothing at
all could be read, the previously published feed is left as it was.
"""

from __future__ import annotations

import hashlib
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from feedpipe.atom import Entry, FeedInfo, build_atom, build_rss
from feedpipe.config import Config
from feedpipe.errors import FeedpipeError, PublishError, SourceError
from feedpipe.jsonfeed import build_json
from feedpipe.pipeline import clean_file
from feedpipe.publish import ping_hub, write_atomic
from feedpipe.sources import list_files

log = logging.getLogger("feedpipe")


@dataclass(slots=True)
class Report:
    """What one run did, for the log line and the exit status."""

    output: Path
    entries: int = 0
    written: bool = False
    sources_ok: int = 0
    sources_failed: int = 0
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def partial(self) -> bool:
        """Some source or item failed, yet a feed was published."""
        return bool(self.errors)

    def summary(self) -> str:
        """One line: what was published and what failed."""
        state = "written" if self.written else "unchanged"
        return (
            f"{self.output}: {self.entries} entries, {state}; sources ok {self.sources_ok}, "
            f"failed {self.sources_failed}; {len(self.errors)} errors; {self.seconds:.2f}s"
        )


def feed_info(config: Config) -> FeedInfo:
    """The feed-level facts from the configuration."""
    feed = config.feed
    return FeedInfo(
        id=feed.id,
        title=feed.title,
        link=feed.link,
        self_link=feed.self_link,
        author=feed.author,
        language=feed.language,
        subtitle=feed.subtitle,
        hub=feed.websub_hub,
    )


def entry_id(config: Config, source: str, key: str) -> str:
    """A stable entry id: the feed's id, the source's name and the item's identity."""
    return f"{config.feed.id}:{quote(source)}/{quote(key, safe='/')}"


def entry_link(config: Config, entry_id: str) -> str:
    """Where an entry without a web page of its own is shown: an anchor on the feed's site."""
    return f"{config.feed.link}#e-{hashlib.sha1(entry_id.encode()).hexdigest()[:12]}"


def collect(config: Config, report: Report) -> list[Entry]:
    """Every source's stories as entries; failures are logged and recorded, not raised."""
    entries: list[Entry] = []
    for source in config.sources:
        try:
            items = list_files(config, source)
        except SourceError as exc:
            _failed(report, str(exc))
            report.sources_failed += 1
            continue
        ok = False
        for item in items:
            try:
                story = clean_file(item.path, source.overrides)
            except SourceError as exc:
                _failed(report, str(exc))
                continue
            ok = True
            eid = entry_id(config, source.name, item.key)
            published = story.published or item.modified
            updated = max(story.updated or item.modified, published)
            link = story.url or entry_link(config, eid)
            entries.append(Entry(eid, story, published, updated, link))
        if ok:
            report.sources_ok += 1
        else:
            report.sources_failed += 1
    return entries


def regenerate(config: Config, output: Path | None = None) -> Report:
    """Run every source and publish the feed atomically; return what happened.

    Raises PublishError when no source yielded anything (the old feed stays) or the file
    cannot be written.
    """
    started = time.monotonic()
    output = output or config.feed.output
    report = Report(output=output)
    entries = collect(config, report)
    if not entries:
        raise PublishError(
            f"{output}: nothing to publish ({'; '.join(report.errors) or 'no sources configured'}); "
            "the previous feed is left as it was"
        )
    entries.sort(key=lambda e: (e.updated, e.id), reverse=True)
    entries = entries[: config.feed.max_entries]
    report.entries = len(entries)
    report.written = publish_feeds(config, entries, output)
    if report.written and config.feed.websub_hub:
        ping_hub(config.feed.websub_hub, [url for _, url in config.feed.outputs().values()])
    report.seconds = time.monotonic() - started
    return report


def publish_feeds(config: Config, entries: list[Entry], output: Path | None = None) -> bool:
    """Write every configured format atomically; True when any file changed.

    `output` moves the Atom file (and the other formats beside it) elsewhere.
    """
    info = feed_info(config)
    changed = False
    for fmt, (path, url) in config.feed.outputs().items():
        if output is not None:
            path = output.with_suffix(path.suffix) if fmt != "atom" else output
        if fmt == "atom":
            data = build_atom(info, entries)
        elif fmt == "rss":
            data = build_rss(info, entries, url)
        else:
            data = build_json(info, entries, url)
        changed |= write_atomic(path, data)
    return changed


def _failed(report: Report, message: str) -> None:
    log.error("%s", message)
    report.errors.append(message)


__all__ = ["FeedpipeError", "Report", "collect", "entry_id", "regenerate"]
