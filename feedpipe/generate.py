"""One regeneration: the configured sources through the pipeline, into the store, and the
newest stored entries out as the published feed.

A bad source or item is logged with its file or URL and skipped; the rest are published,
and the last good version of every entry stays published.  When nothing at all can be
published, the previous feed is left exactly as it was.  One writer at a time: the run
holds the store's writer lock.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol
from urllib.parse import quote

from feedpipe.atom import Entry, FeedInfo, build_atom, build_rss
from feedpipe.config import Config, SourceConfig
from feedpipe.errors import PublishError
from feedpipe.jsonfeed import build_json
from feedpipe.model import Story
from feedpipe.publish import ping_hub, write_atomic
from feedpipe.sources import Progress, SourceResult
from feedpipe.store import RunStatus, Store, content_hash, writer_lock

log = logging.getLogger("feedpipe")

# How long `regenerate` waits for another writer (a daemon's run) before giving up.
LOCK_WAIT = 120.0


@dataclass(slots=True)
class Report:
    """What one run did, for the log line, /healthz and the exit status."""

    output: Path
    entries: int = 0
    written: bool = False
    new: int = 0
    updated: int = 0
    sources_ok: list[str] = field(default_factory=list)
    sources_failed: list[str] = field(default_factory=list)
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
            f"{self.output}: {self.entries} entries ({self.new} new, {self.updated} updated), {state}; "
            f"sources ok {len(self.sources_ok)}, failed {len(self.sources_failed)}; "
            f"{len(self.errors)} errors; {self.seconds:.2f}s"
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
    return f"{config.feed.id}:{quote(source)}/{quote(key, safe='/:')}"


def entry_link(config: Config, entry_id: str) -> str:
    """Where an entry without a web page of its own is shown: an anchor on the feed's site."""
    return f"{config.feed.link}#e-{hashlib.sha1(entry_id.encode()).hexdigest()[:12]}"


def regenerate(
    config: Config,
    output: Path | None = None,
    *,
    only: Sequence[str] | None = None,
    lock_wait: float | None = LOCK_WAIT,
    progress: ProgressFactory | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> Report:
    """Run the sources (all, or those named in `only`), record them, publish the feed.

    `should_stop` is asked between sources: when it says yes (the daemon got SIGTERM),
    the remaining sources wait for the next run and what was gathered is published.

    Raises PublishError when there is nothing to publish (the old feed stays) or the file
    cannot be written, StoreError when another writer holds the lock past `lock_wait`.
    """
    started = time.monotonic()
    report = Report(output=output or config.feed.output)
    sources = [s for s in config.sources if only is None or s.name in only]
    with (
        writer_lock(config.state, wait=lock_wait is not None, timeout=lock_wait),
        Store.open(config.state) as store,
    ):
        run = RunStatus(started=_now())
        for source in sources:
            if should_stop is not None and should_stop():
                log.info("stopping: %d sources left for the next run", len(sources) - sources.index(source))
                break
            result = _gather(config, source, store, progress)
            _record(config, store, source, result, report)
        run.ok_sources, run.failed_sources = report.sources_ok, report.sources_failed
        run.new, run.updated, run.errors = report.new, report.updated, report.errors[:20]
        try:
            stored = store.latest(config.feed.max_entries)
            if not stored:
                raise PublishError(
                    f"{report.output}: nothing to publish ({'; '.join(report.errors) or 'no sources configured'}); "
                    "the previous feed is left as it was"
                )
            entries = [_entry(config, e.id, e.to_story(), e.published, e.updated) for e in stored]
            report.entries = len(entries)
            report.written = publish_feeds(config, entries, output)
        except PublishError as exc:
            # Recorded unfinished (not ok), so /healthz turns red with the reason instead
            # of going on showing the last run that did publish.
            run.errors = [*report.errors[:19], str(exc)]
            store.record_run(run)
            raise
        run.finished = _now()
        store.record_run(run)
    if report.written and config.feed.websub_hub:
        ping_hub(config.feed.websub_hub, [url for _, url in config.feed.outputs().values()])
    report.seconds = time.monotonic() - started
    return report


class ProgressFactory(Protocol):
    """Makes a per-source progress callback; the CLI's display implements it."""

    def source(self, name: str) -> Progress:
        """A callback called once per item of source `name`, with the item's path or URL."""
        ...


def _gather(
    config: Config, source: SourceConfig, store: Store, progress: ProgressFactory | None
) -> SourceResult:
    tick = progress.source(source.name) if progress else None
    if source.kind == "files":
        from feedpipe.sources import files

        return files.gather(config, source, tick)
    from feedpipe.fetch import Fetcher, HttpSettings
    from feedpipe.sources import web

    http = config.http
    settings = HttpSettings(
        timeout=http.timeout, user_agent=http.user_agent, max_bytes=http.max_bytes, per_host=http.per_host
    )
    with Fetcher(settings) as fetcher:
        return web.gather(source, fetcher, lambda url: store.validators(source.name, url), tick)


def _record(config: Config, store: Store, source: SourceConfig, result: SourceResult, report: Report) -> None:
    now = _now()
    with store.transaction():
        for found in result.found:
            story = found.story
            state = store.record(
                source.name,
                found.key,
                story,
                content_hash(story),
                now,
                entry_id=entry_id(config, source.name, found.key),
                undated=found.undated,
            )
            report.new += state.is_new
            report.updated += state.changed
        for url, validators in result.validators:
            store.set_validators(source.name, url, validators)
        for failure in result.failures:
            log.error("%s", failure.message)
            report.errors.append(failure.message)
        if result.ok:
            report.sources_ok.append(source.name)
            if result.failures:
                store.set_error(source.name, result.failures[-1].message, now)
            else:
                store.set_success(source.name, now)
        else:
            report.sources_failed.append(source.name)
            store.set_error(source.name, result.failures[-1].message, now)


def _entry(config: Config, eid: str, story: Story, published: datetime, updated: datetime) -> Entry:
    return Entry(eid, story, published, updated, story.url or entry_link(config, eid))


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


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)
