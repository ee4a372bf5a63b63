"""Dates stated in article text: "입력 2024.05.29 11:00", "송고 2026년04월20일 12시00분",
"April 03, 2023", "2023年4月3日", ISO 8601.  Never invented: no date in the text, no date.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

UTC = UTC
# Korean and Japanese newsrooms state local time; their offset is fixed (no DST).
KST = timezone(timedelta(hours=9), "KST")
ZONE_FOR_LANGUAGE = {"ko": KST, "ja": KST}

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}

_TIME = r"(?:\s*\(?\s*(?:(?P<ampm1>오전|오후|午前|午後)\s*)?(?P<h>\d{1,2})\s*(?:[:시時]\s*(?P<mi>\d{1,2})\s*분?)?(?:\s*(?P<ampm2>[ap]\.?m\.?))?)?"
_PATTERNS = (
    # ISO 8601 with time zone.
    re.compile(r"(?P<iso>\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)"),
    # 2024.05.29 11:00 / 2024-05-29 / 2024/05/29 / 2026년04월20일 12시00분 / 2023年4月3日
    re.compile(
        r"(?P<y>(?:19|20)\d{2})\s*[.\-/년年]\s*(?P<m>\d{1,2})\s*[.\-/월月]\s*(?P<d>\d{1,2})\s*[일日.]?"
        r"(?:\s*\([^)]{1,3}\))?" + _TIME
    ),
    # 10:12 AM PDT, April 3, 2024 (a time and zone before the date)
    re.compile(
        r"\b(?P<h>\d{1,2}):(?P<mi>\d{2})\s*(?P<ampm2>[ap]\.?m\.?)\s*(?P<tz>[A-Z]{2,4}(?:[+-]\d{1,2})?)?,?\s+"
        r"(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>(?:19|20)\d{2})",
        re.IGNORECASE,
    ),
    # April 03, 2023 / Apr. 3, 2023 10:05 a.m.
    re.compile(
        r"\b(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>(?:19|20)\d{2})"
        r"(?:,?\s*(?:at\s*)?(?P<h>\d{1,2}):(?P<mi>\d{2})\s*(?P<ampm2>[ap]\.?m\.?)?(?:\s*(?P<tz>[A-Z]{2,4}(?:[+-]\d{1,2})?))?)?",
        re.IGNORECASE,
    ),
    # 3 April 2023
    re.compile(
        r"\b(?P<d>\d{1,2})\s+(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?P<y>(?:19|20)\d{2})",
        re.IGNORECASE,
    ),
)

# Labels that say which date a stated date is.
PUBLISHED_LABEL = re.compile(r"(?:입력|등록|송고|게재|발행|published|posted|公開|配信|掲載)", re.IGNORECASE)
UPDATED_LABEL = re.compile(r"(?:수정|업데이트|updated|modified|更新)", re.IGNORECASE)


def parse_metadata_date(value: object) -> datetime | None:
    """A date a page or feed states in its metadata (JSON-LD, OpenGraph, JSON Feed): ISO
    8601 / RFC 3339, else RFC 2822, else the ISO date-time at the start; naive is UTC."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    iso = text.replace(" ", "T", 1) if "T" not in text else text
    if iso.endswith(("Z", "z")):
        iso = iso[:-1] + "+00:00"
    parsed: datetime | None
    try:
        parsed = datetime.fromisoformat(iso)
    except ValueError:
        parsed = _parse_loose_date(text)
    if parsed is None:
        return None
    # RFC 3339 requires an offset; a source that leaves it out most likely means UTC.
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


_ISO_PREFIX = re.compile(r"\d{4}-\d\d-\d\d([T ]\d\d:\d\d(:\d\d)?)?")


def _parse_loose_date(text: str) -> datetime | None:
    """RFC 2822 ("Tue, 19 Nov 2019 10:00:00 GMT"), else the ISO date-time at the start."""
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        pass
    match = _ISO_PREFIX.match(text)
    if match is None:
        return None
    try:
        return datetime.fromisoformat(match.group(0))
    except ValueError:
        return None


def find_dates(text: str, language: str | None = None) -> list[tuple[int, datetime]]:
    """Every plausible date in `text` with its position, in order of position."""
    zone = ZONE_FOR_LANGUAGE.get((language or "").split("-")[0], UTC)
    results: list[tuple[int, datetime]] = []
    taken: list[tuple[int, int]] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
            value = _to_datetime(match, zone)
            if value is not None:
                results.append((match.start(), value))
                taken.append((match.start(), match.end()))
    return sorted(results, key=lambda item: item[0])


def labelled_dates(text: str, language: str | None = None) -> tuple[datetime | None, datetime | None]:
    """(published, updated) from a header such as "입력 2025.06.17 19:05 수정 2025.06.18 05:57"."""
    published = updated = None
    for position, value in find_dates(text, language):
        before = text[max(0, position - 12) : position]
        if UPDATED_LABEL.search(before):
            updated = updated or value
        elif PUBLISHED_LABEL.search(before) or published is None:
            published = published or value
    return published, updated


# Zone abbreviations news pages print after a time (hours from UTC).
_ZONES = {
    "UTC": 0, "GMT": 0, "BST": 1, "CET": 1, "CEST": 2, "KST": 9, "JST": 9,
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
}  # fmt: skip
_ZONE = re.compile(r"([A-Z]{2,4})([+-]\d{1,2})?")


def _to_datetime(match: re.Match[str], zone: timezone) -> datetime | None:
    groups = match.groupdict()
    # "PDT", "GMT+9": a zone abbreviation, perhaps with an offset from it.
    if (tz := _ZONE.fullmatch((groups.get("tz") or "").upper())) and tz.group(1) in _ZONES:
        hours = _ZONES[tz.group(1)] + int(tz.group(2) or 0)
        if -14 <= hours <= 14:
            zone = timezone(timedelta(hours=hours), tz.group(0))
    try:
        if groups.get("iso"):
            value = datetime.fromisoformat(groups["iso"].replace("Z", "+00:00").replace(" ", "T"))
            return value if value.tzinfo else value.replace(tzinfo=zone)
        year = int(groups["y"])
        month = _MONTHS[groups["mon"].lower()] if groups.get("mon") else int(groups["m"])
        day = int(groups["d"])
        hour = int(groups["h"]) if groups.get("h") else 0
        minute = int(groups["mi"]) if groups.get("mi") else 0
        ampm = (groups.get("ampm1") or groups.get("ampm2") or "").lower().replace(".", "")
        if ampm in ("오후", "午後", "pm") and hour < 12:
            hour += 12
        elif ampm in ("오전", "午前", "am") and hour == 12:
            hour = 0
        value = datetime(year, month, day, hour, minute, tzinfo=zone)
    except (ValueError, KeyError):
        return None
    if not 1990 <= value.year <= 2100:
        return None
    return value
