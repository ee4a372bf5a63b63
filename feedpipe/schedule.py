"""The daemon: APScheduler (3.x) regenerates the feed on time, and the server (optional)
serves it from the same process.  SIGTERM/SIGINT let the write in progress finish, then
exit 0; SIGHUP reloads the configuration (a bad one is reported, the old one kept).
"""

from __future__ import annotations

import re

from apscheduler.triggers.cron import CronTrigger

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
