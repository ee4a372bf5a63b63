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
    """One [[sources]] table."""

    name: str
    files: str | None = None
    overrides: Overrides = field(default_factory=Overrides)


@dataclass(frozen=True, slots=True)
class Config:
    """The whole configuration; relative paths are already resolved against its folder."""

    path: Path
    feed: FeedConfig
    sources: tuple[SourceConfig, ...]

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
    check.keys(data, "", {"feed", "sources"})
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
    return Config(path=path, feed=feed, sources=sources)


def _feed(check: _Checker, table: dict[str, Any], base: Path) -> FeedConfig:
    where = "feed"
    check.keys(
        table, where, {"title", "link", "output", "id", "author", "language", "subtitle", "max_entries"}
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
    check.keys(table, where, {"name", "files", "keep", "drop"})
    name = check.string(table, where, "name", required=True)
    if not re.fullmatch(r"[\w.-]+", name):
        check.fail(f"{where}.name", f"expected letters, digits, '.', '_' or '-', got {name!r}")
    files = check.string(table, where, "files")
    if files is None:
        check.fail(where, "expected a 'files' glob (e.g. files = \"seeds/*.txt\")")
    keep = check.patterns(table, where, "keep")
    drop = check.patterns(table, where, "drop")
    return SourceConfig(name=name, files=files, overrides=Overrides(keep=keep, drop=drop))


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
