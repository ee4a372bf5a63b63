"""The configuration file (TOML), read into typed values and checked key by key.

Every mistake is reported on one line naming the file, the key (or the line, for a TOML
syntax error) and what was expected, as a ConfigError.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from feedpipe.cleaner import Overrides
from feedpipe.errors import ConfigError

DEFAULT_MAX_ENTRIES = 50
DEFAULT_MAX_ITEMS = 30
DEFAULT_EVERY = 15 * 60.0
DEFAULT_JITTER = 10.0
DEFAULT_STATE = "var/feedpipe.db"
DEFAULT_USER_AGENT = "feedpipe/0.1 (+https://github.com/feedpipe/feedpipe)"
# The feed formats feedpipe publishes, and the file suffix of each.
FORMAT_SUFFIX = {"atom": ".atom", "rss": ".rss", "json": ".json"}


@dataclass(frozen=True, slots=True)
class FeedConfig:
    """The [feed] table."""

    title: str
    link: str
    output: Path
    id: str
    author: str
    language: str | None = None
    subtitle: str | None = None
    max_entries: int = DEFAULT_MAX_ENTRIES
    formats: tuple[str, ...] = ("atom",)
    websub_hub: str | None = None

    @property
    def self_link(self) -> str:
        """Where readers fetch the feed: the link plus "feed.atom"."""
        return self.link + "feed.atom"

    def outputs(self) -> dict[str, tuple[Path, str]]:
        """Per format: the file written and the URL it is served at (its self link)."""
        return {
            fmt: (self.output.with_suffix(FORMAT_SUFFIX[fmt]), self.link + "feed" + FORMAT_SUFFIX[fmt])
            for fmt in self.formats
        }


@dataclass(frozen=True, slots=True)
class SourceConfig:
    """One [[sources]] table: exactly one of files, urls (article pages) or feed."""

    name: str
    files: str | None = None
    urls: tuple[str, ...] = ()
    feed: str | None = None
    max_items: int = DEFAULT_MAX_ITEMS
    every: float | None = None
    overrides: Overrides = field(default_factory=Overrides)

    @property
    def kind(self) -> str:
        """ "files", "pages" or "feed"."""
        return "files" if self.files else "feed" if self.feed else "pages"


@dataclass(frozen=True, slots=True)
class ScheduleConfig:
    """The [schedule] table: an interval in seconds, or a crontab expression."""

    every: float | None = DEFAULT_EVERY
    cron: str | None = None
    jitter: float = DEFAULT_JITTER


@dataclass(frozen=True, slots=True)
class ServeConfig:
    """The [serve] table: where the feed server listens."""

    host: str = "127.0.0.1"
    port: int = 8080


@dataclass(frozen=True, slots=True)
class HttpConfig:
    """The [http] table: how pages and feeds are fetched."""

    timeout: float = 15.0
    user_agent: str = DEFAULT_USER_AGENT
    max_bytes: int = 10 * 1024 * 1024
    per_host: int = 2


@dataclass(frozen=True, slots=True)
class Config:
    """The whole configuration; relative paths are already resolved against its folder."""

    path: Path
    feed: FeedConfig
    sources: tuple[SourceConfig, ...]
    state: Path
    schedule: ScheduleConfig = field(default_factory=ScheduleConfig)
    serve: ServeConfig | None = None
    http: HttpConfig = field(default_factory=HttpConfig)

    @property
    def base(self) -> Path:
        """The folder relative paths in the file are relative to."""
        return self.path.parent


def load(path: Path) -> Config:
    """Read and check a configuration file; raise ConfigError on any problem."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such configuration file") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror or exc})") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: TOML syntax error: {exc}") from None
    return parse(data, path.resolve())


def parse(data: dict[str, Any], path: Path) -> Config:
    """Check the parsed TOML tables and build the Config."""
    check = _Checker(path)
    check.keys(data, "", {"feed", "sources", "schedule", "serve", "state", "http"})
    feed_table = check.table(data, "feed", required=True)
    feed = _feed(check, feed_table, path.parent)
    sources_raw = data.get("sources", [])
    if not isinstance(sources_raw, list) or not all(isinstance(s, dict) for s in sources_raw):
        check.fail("sources", "expected [[sources]] tables")
    sources = tuple(_source(check, s, i) for i, s in enumerate(sources_raw))
    names = [s.name for s in sources]
    for name in names:
        if names.count(name) > 1:
            check.fail("sources", f"two sources are named {name!r}; names must be unique")
    state_table = check.table(data, "state")
    check.keys(state_table, "state", {"path"})
    state = path.parent / (check.string(state_table, "state", "path") or DEFAULT_STATE)
    serve_table = check.table(data, "serve")
    return Config(
        path=path,
        feed=feed,
        sources=sources,
        state=state.resolve(),
        schedule=_schedule(check, check.table(data, "schedule")),
        serve=_serve(check, serve_table) if "serve" in data else None,
        http=_http(check, check.table(data, "http")),
    )


def _schedule(check: _Checker, table: dict[str, Any]) -> ScheduleConfig:
    where = "schedule"
    check.keys(table, where, {"every", "cron", "jitter"})
    if "every" in table and "cron" in table:
        check.fail(where, "expected either 'every' or 'cron', not both")
    cron = check.string(table, where, "cron")
    if cron is not None:
        problem = cron_problem(cron)
        if problem:
            check.fail(f"{where}.cron", problem)
        every = None
    else:
        every = check.duration(table, where, "every", DEFAULT_EVERY, minimum=1.0)
    jitter = check.duration(table, where, "jitter", DEFAULT_JITTER, minimum=0.0)
    return ScheduleConfig(every=every, cron=cron, jitter=jitter)


def cron_problem(expression: str) -> str | None:
    """Why a crontab expression is unusable, or None when it is a valid five-field one."""
    fields = expression.split()
    if len(fields) != 5:
        return f"expected five crontab fields (minute hour day month weekday), got {expression!r}"
    from feedpipe.schedule import cron_trigger  # the scheduler owns the expression's meaning

    try:
        cron_trigger(expression, 0.0)
    except ValueError as exc:
        return f"bad crontab expression {expression!r}: {exc}"
    return None


def _serve(check: _Checker, table: dict[str, Any]) -> ServeConfig:
    where = "serve"
    check.keys(table, where, {"host", "port"})
    host = check.string(table, where, "host") or "127.0.0.1"
    port = check.integer(table, where, "port", 8080, minimum=0)
    if port > 65535:
        check.fail(f"{where}.port", f"expected a port number 0-65535, got {port}")
    return ServeConfig(host=host, port=port)


def _http(check: _Checker, table: dict[str, Any]) -> HttpConfig:
    where = "http"
    check.keys(table, where, {"timeout", "user_agent", "max_bytes", "per_host"})
    return HttpConfig(
        timeout=check.duration(table, where, "timeout", 15.0, minimum=0.1),
        user_agent=check.string(table, where, "user_agent") or DEFAULT_USER_AGENT,
        max_bytes=check.size(table, where, "max_bytes", 10 * 1024 * 1024),
        per_host=check.integer(table, where, "per_host", 2, minimum=1),
    )


def _feed(check: _Checker, table: dict[str, Any], base: Path) -> FeedConfig:
    where = "feed"
    check.keys(
        table,
        where,
        {
            "title",
            "link",
            "output",
            "id",
            "author",
            "language",
            "subtitle",
            "max_entries",
            "formats",
            "websub_hub",
        },
    )
    title = check.string(table, where, "title", required=True)
    link = check.string(table, where, "link", required=True)
    parts = urlsplit(link)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        check.fail(f"{where}.link", f"expected an absolute http(s) URL, got {link!r}")
    if not link.endswith("/"):
        link += "/"
    output = check.string(table, where, "output", required=True)
    max_entries = check.integer(table, where, "max_entries", DEFAULT_MAX_ENTRIES, minimum=1)
    feed_id = check.string(table, where, "id") or default_feed_id(link)
    if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:\S+$", feed_id):
        check.fail(f"{where}.id", f"expected an absolute IRI such as a tag: URI, got {feed_id!r}")
    language = check.string(table, where, "language")
    if language is not None and not re.fullmatch(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*", language):
        check.fail(f"{where}.language", f"expected a BCP 47 tag such as 'ko' or 'en-US', got {language!r}")
    formats = check.choices(table, where, "formats", ["atom"], set(FORMAT_SUFFIX))
    if "atom" not in formats:
        check.fail(f"{where}.formats", 'expected a list that includes "atom" (the main feed)')
    hub = check.string(table, where, "websub_hub")
    if hub is not None and urlsplit(hub).scheme not in ("http", "https"):
        check.fail(f"{where}.websub_hub", f"expected an http(s) URL, got {hub!r}")
    if output.endswith((".rss", ".json")):
        check.fail(f"{where}.output", "expected the Atom file's path (other formats are written beside it)")
    return FeedConfig(
        formats=tuple(formats),
        websub_hub=hub,
        title=title,
        link=link,
        output=(base / output).resolve(),
        id=feed_id,
        author=check.string(table, where, "author") or title,
        language=language,
        subtitle=check.string(table, where, "subtitle"),
        max_entries=max_entries,
    )


def default_feed_id(link: str) -> str:
    """A stable tag: URI from the feed's host and path (RFC 4151)."""
    parts = urlsplit(link)
    path = parts.path.strip("/") or "feed"
    return f"tag:{parts.hostname},2026:{path}"


def _source(check: _Checker, table: dict[str, Any], index: int) -> SourceConfig:
    where = f"sources[{index}]"
    check.keys(table, where, {"name", "files", "url", "feed", "max_items", "every", "keep", "drop"})
    name = check.string(table, where, "name", required=True)
    if not re.fullmatch(r"[\w.-]+", name):
        check.fail(f"{where}.name", f"expected letters, digits, '.', '_' or '-', got {name!r}")
    given = [k for k in ("files", "url", "feed") if k in table]
    if len(given) != 1:
        check.fail(
            where,
            "expected exactly one of 'files' (a glob), 'url' (article pages) or 'feed' (a publisher feed)",
        )
    files = check.string(table, where, "files")
    feed = check.string(table, where, "feed")
    if feed is not None:
        check.url(f"{where}.feed", feed)
    urls: tuple[str, ...] = ()
    if "url" in table:
        raw = table["url"]
        listed = raw if isinstance(raw, list) else [raw]
        if not listed or not all(isinstance(u, str) for u in listed):
            check.fail(f"{where}.url", f"expected a URL or a list of URLs, got {_kind(raw)}")
        for url in listed:
            check.url(f"{where}.url", url)
        urls = tuple(listed)
    every = check.duration(table, where, "every", None, minimum=1.0) if "every" in table else None
    keep = check.patterns(table, where, "keep")
    drop = check.patterns(table, where, "drop")
    return SourceConfig(
        name=name,
        files=files,
        urls=urls,
        feed=feed,
        max_items=check.integer(table, where, "max_items", DEFAULT_MAX_ITEMS, minimum=1),
        every=every,
        overrides=Overrides(keep=keep, drop=drop),
    )


_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)")
_UNIT_SECONDS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}
_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*(b|kb|mb|gb|kib|mib|gib)?", re.IGNORECASE)
_UNIT_BYTES = {"b": 1, "kb": 1000, "mb": 1000**2, "gb": 1000**3, "kib": 1024, "mib": 1024**2, "gib": 1024**3}


def parse_duration(value: str) -> float | None:
    """Seconds in "15m", "1h30m", "30s", "2d", "500ms"; None if it is not a duration."""
    text = value.strip().lower().replace(" ", "")
    parts = _DURATION.findall(text)
    if not parts or "".join(n + u for n, u in parts) != text:
        return None
    return sum(float(n) * _UNIT_SECONDS[u] for n, u in parts)


class _Checker:
    """Type checks that fail with one line naming the file and the key."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, key: str, problem: str) -> None:
        raise ConfigError(f"{self.path}: {key}: {problem}")

    def keys(self, table: dict[str, Any], where: str, allowed: set[str]) -> None:
        for key in table:
            if key not in allowed:
                name = f"{where}.{key}" if where else key
                self.fail(name, f"unknown key (expected one of: {', '.join(sorted(allowed))})")

    def table(self, data: dict[str, Any], key: str, required: bool = False) -> dict[str, Any]:
        value = data.get(key)
        if value is None:
            if required:
                self.fail(f"[{key}]", "missing table")
            return {}
        if not isinstance(value, dict):
            self.fail(key, f"expected a table [{key}], got {_kind(value)}")
        return value

    def string(self, table: dict[str, Any], where: str, key: str, required: bool = False) -> Any:
        value = table.get(key)
        if value is None:
            if required:
                self.fail(f"{where}.{key}", "missing (expected a string)")
            return None
        if not isinstance(value, str) or not value.strip():
            self.fail(f"{where}.{key}", f"expected a non-empty string, got {_kind(value)}")
        return value.strip()

    def integer(self, table: dict[str, Any], where: str, key: str, default: int, minimum: int) -> int:
        value = table.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(f"{where}.{key}", f"expected an integer, got {_kind(value)}")
        if value < minimum:
            self.fail(f"{where}.{key}", f"expected an integer >= {minimum}, got {value}")
        return int(value)

    def duration(self, table: dict[str, Any], where: str, key: str, default: Any, minimum: float) -> Any:
        value = table.get(key, default)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float, str)):
            self.fail(f"{where}.{key}", f'expected a duration such as "15m" or seconds, got {_kind(value)}')
        seconds = float(value) if not isinstance(value, str) else parse_duration(value)
        if seconds is None:
            self.fail(f"{where}.{key}", f'expected a duration such as "15m", "1h" or "30s", got {value!r}')
        assert seconds is not None
        if seconds < minimum:
            self.fail(f"{where}.{key}", f"expected at least {minimum:g} seconds, got {value!r}")
        return seconds

    def size(self, table: dict[str, Any], where: str, key: str, default: int) -> int:
        value = table.get(key, default)
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            return value
        match = _SIZE.fullmatch(value.strip()) if isinstance(value, str) else None
        if match is None:
            self.fail(f"{where}.{key}", f'expected a size such as "10MB" or bytes, got {_kind(value)}')
        assert match is not None
        return int(float(match.group(1)) * _UNIT_BYTES[(match.group(2) or "b").lower()])

    def url(self, key: str, value: str) -> None:
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            self.fail(key, f"expected an absolute http(s) URL, got {value!r}")

    def choices(
        self, table: dict[str, Any], where: str, key: str, default: list[str], allowed: set[str]
    ) -> list[str]:
        value = table.get(key, default)
        if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
            self.fail(f"{where}.{key}", f"expected a non-empty list of strings, got {_kind(value)}")
        for item in value:
            if item not in allowed:
                self.fail(
                    f"{where}.{key}",
                    f"unknown value {item!r} (expected some of: {', '.join(sorted(allowed))})",
                )
        return list(dict.fromkeys(value))

    def patterns(self, table: dict[str, Any], where: str, key: str) -> tuple[re.Pattern[str], ...]:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail(f"{where}.{key}", f"expected a list of regular expressions, got {_kind(value)}")
        compiled = []
        for pattern in value:
            try:
                compiled.append(re.compile(pattern))
            except re.error as exc:
                self.fail(f"{where}.{key}", f"bad regular expression {pattern!r}: {exc}")
        return tuple(compiled)


def _kind(value: object) -> str:
    names = {
        str: "a string",
        int: "an integer",
        float: "a number",
        bool: "a boolean",
        list: "an array",
        dict: "a table",
    }
    return names.get(type(value), type(value).__name__) + (
        f" ({value!r})" if isinstance(value, (str, int, float)) else ""
    )
