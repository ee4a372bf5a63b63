"""The daemon: APScheduler (3.x) regenerates the feed on time, and the server (optional)
serves it from the same process.  SIGTERM/SIGINT let the write in progress finish, then
exit 0; SIGHUP reloads the configuration (a bad one is reported, the old one kept).
"""

from __future__ import annotations

import dataclasses
import logging
import re
import signal
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from feedpipe import config, generate
from feedpipe.config import Config, ScheduleConfig
from feedpipe.errors import FeedpipeError
from feedpipe.serve import FeedApp, ServerThread, Site
from feedpipe.store import Store

log = logging.getLogger("feedpipe")

_CRON_DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def cron_trigger(expression: str, jitter: float) -> CronTrigger:
    """A CronTrigger for a standard five-field crontab expression, in UTC.

    APScheduler 3's own from_crontab() reads numeric weekdays with Monday as 0, unlike
    cron (Sunday is 0 and 7; upstream issues #286 and #455), so numbers become names here.
    """
    minute, hour, day, month, weekday = expression.split()
    weekday = re.sub(r"\b[0-7]\b", lambda m: _CRON_DAYS[int(m.group(0))], weekday)
    return CronTrigger(
        minute=minute,
        hour=hour,
        day=day,
        month=month,
        day_of_week=weekday,
        timezone="UTC",
        jitter=int(jitter) or None,
    )


def interval_trigger(seconds: float, jitter: float) -> IntervalTrigger:
    """Every `seconds`, with up to `jitter` seconds of random delay so many daemons (and
    many sources) do not all hit the same servers at the same instant."""
    return IntervalTrigger(seconds=seconds, jitter=int(jitter) or None, timezone="UTC")


def trigger_for(schedule: ScheduleConfig, every: float | None = None) -> BaseTrigger:
    """The trigger of the global schedule, or of a source's own `every`."""
    if every is not None:
        return interval_trigger(every, min(schedule.jitter, every / 10))
    if schedule.cron:
        return cron_trigger(schedule.cron, schedule.jitter)
    assert schedule.every is not None
    return interval_trigger(schedule.every, min(schedule.jitter, schedule.every / 10))


def period(schedule: ScheduleConfig) -> float:
    """Seconds between two runs of the global schedule (for a cron, the next gap)."""
    if schedule.every is not None:
        return schedule.every
    assert schedule.cron is not None
    trigger = cron_trigger(schedule.cron, 0)
    first = trigger.get_next_fire_time(None, datetime.now(UTC))
    second = trigger.get_next_fire_time(first, first + timedelta(seconds=1)) if first else None
    return (second - first).total_seconds() if first and second else 3600.0


# A reader may cache the feed this long at most, whatever the schedule: a manual
# `regenerate` can publish between two scheduled runs.
MAX_AGE_CAP = 3600


class Daemon:
    """The scheduler, the optional feed server, and the signals that steer them.

    One job regenerates every source that follows the global [schedule]; a source with
    its own `every` gets a job of its own.  Jobs coalesce missed runs, never overlap
    (max_instances=1), and share the store's writer lock with any manual `regenerate`.
    """

    def __init__(self, config_path: Path) -> None:
        self.config_path = config_path
        self.config = config.load(config_path)
        self._stop = threading.Event()
        self._hup = threading.Event()
        self._server: ServerThread | None = None
        self._app: FeedApp | None = None
        self._reader: Store | None = None
        self.scheduler = BackgroundScheduler(
            timezone="UTC",
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
        )

    # -- the jobs ------------------------------------------------------------------------

    def run_once(self, only: list[str] | None = None) -> None:
        """One regeneration, logged as one summary line; errors are logged, never raised."""
        cfg = self.config
        try:
            report = generate.regenerate(
                cfg, only=only, lock_wait=RUN_LOCK_WAIT, should_stop=self._stop.is_set
            )
        except FeedpipeError as exc:
            log.error("run failed: %s", exc)
            return
        except Exception:  # a bug must not kill the daemon; the next run tries again
            log.exception("run crashed")
            return
        log.info(
            "run: sources ok %d, failed %d; entries new %d, updated %d, published %d%s; %.2fs",
            len(report.sources_ok),
            len(report.sources_failed),
            report.new,
            report.updated,
            report.entries,
            "" if report.written else " (feed unchanged)",
            report.seconds,
        )
        if self._app is not None and report.written:
            self._app.reload()

    def _schedule_jobs(self) -> None:
        cfg = self.config
        for job in self.scheduler.get_jobs():
            job.remove()
        shared = [s.name for s in cfg.sources if s.every is None]
        if shared:
            self.scheduler.add_job(
                self.run_once,
                trigger_for(cfg.schedule),
                kwargs={"only": shared},
                id="sources",
                name="sources",
            )
        for source in cfg.sources:
            if source.every is not None:
                self.scheduler.add_job(
                    self.run_once,
                    trigger_for(cfg.schedule, source.every),
                    kwargs={"only": [source.name]},
                    id=f"source:{source.name}",
                    name=f"source {source.name}",
                )

    # -- the server ----------------------------------------------------------------------

    def _start_server(self) -> None:
        cfg = self.config
        if cfg.serve is None:
            return
        self._reader = Store.open(cfg.state)
        self._app = FeedApp(site_for(cfg), health=self.health)
        self._server = ServerThread(self._app, cfg.serve.host, cfg.serve.port).start()
        log.info("serving http://%s:%d/feed.atom", cfg.serve.host, self._server.port)

    def health(self) -> dict[str, Any]:
        """/healthz: the last run's status, and when the next one is due."""
        last = self._reader.last_run() if self._reader else None
        data: dict[str, Any] = last.to_dict() if last else {"ok": None, "note": "no run yet"}
        upcoming = [job.next_run_time for job in self.scheduler.get_jobs() if job.next_run_time]
        data["next_run"] = min(upcoming).isoformat() if upcoming else None
        return data

    # -- the process ---------------------------------------------------------------------

    def run(self) -> int:
        """Regenerate once, then on schedule until SIGTERM or SIGINT; exit status 0."""
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, lambda *_: self._stop.set())
        signal.signal(signal.SIGHUP, lambda *_: self._hup.set())
        self._start_server()
        try:
            self.run_once()
            self._schedule_jobs()
            self.scheduler.start()
            while not self._stop.is_set():
                self._stop.wait(0.5)
                if self._hup.is_set():
                    self._hup.clear()
                    self.reload()
        finally:
            # Let the run in progress finish its write (it stops between sources), then go.
            if self.scheduler.running:
                self.scheduler.shutdown(wait=True)
            if self._server is not None:
                self._server.stop()
            if self._reader is not None:
                self._reader.close()
            log.info("stopped")
        return 0

    def reload(self) -> None:
        """SIGHUP: read the configuration again; a bad one is reported and the old kept."""
        try:
            new = config.load(self.config_path)
        except FeedpipeError as exc:
            log.error("reload refused, keeping the running configuration: %s", exc)
            return
        if new.serve != self.config.serve or new.state != self.config.state:
            log.warning("reload: [serve] and [state] changes take effect after a restart")
            new = dataclasses.replace(new, serve=self.config.serve, state=self.config.state)
        self.config = new
        self._schedule_jobs()
        log.info("reloaded %s: %d sources", self.config_path, len(new.sources))


# How long a scheduled run waits for a manual `regenerate` to finish writing.
RUN_LOCK_WAIT = 300.0


def site_for(cfg: Config) -> Site:
    """What the server serves: the published files, cached as long as the schedule allows."""
    outputs = cfg.feed.outputs()
    max_age = int(min(MAX_AGE_CAP, max(60.0, period(cfg.schedule))))
    return Site(
        folder=cfg.feed.output.parent,
        atom=cfg.feed.output.name,
        rss=outputs["rss"][0].name if "rss" in outputs else None,
        json=outputs["json"][0].name if "json" in outputs else None,
        max_age=max_age,
        title=cfg.feed.title,
    )
