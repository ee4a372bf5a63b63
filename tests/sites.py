"""Throwaway feedpipe sites for the daemon and history tests: a config, article files
made from the real seed, and helpers to read what was published."""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from lxml import etree

from tests.paths import SEED

ATOM = "{http://www.w3.org/2005/Atom}"
SEED_LINES = SEED.read_text(encoding="utf-8").splitlines()
# The seed's layout: a title, five subheads, seven story paragraphs, a rights line, then
# a list of unrelated headlines the cleaner must drop.
_TITLE, _SUBHEADS, _BODY, _TAIL = (
    SEED_LINES[0],
    SEED_LINES[1:6],
    SEED_LINES[6:13],
    SEED_LINES[13:],
)
# Article files get distinct, known modification times in the past, so their
# `published` dates (a file states none) are fixed and their order is known.
T0 = datetime(2026, 1, 5, 8, 0, tzinfo=UTC).timestamp()


def title_of(n: int) -> str:
    """The title article `n` carries (what the feed's entry title must be)."""
    return f"[{n:04d}] {_TITLE}"


def article(n: int, *, edit: int = 0) -> bytes:
    """A seed-sized article, distinct per `n`: the seed with a numbered title and its
    story paragraphs rotated; `edit` > 0 changes one paragraph's text (a real edit)."""
    shift = n % len(_BODY)
    body = _BODY[shift:] + _BODY[:shift]
    if edit:
        body = [*body[:-1], f"{body[-1]} (정정 {edit}: 수치를 바로잡았습니다.)"]
    lines = [title_of(n), *_SUBHEADS, *body, *_TAIL]
    return ("\n".join(lines) + "\n").encode("utf-8")


def write_article(folder: Path, n: int, *, edit: int = 0, mtime: float | None = None) -> Path:
    """Write article `n` as folder/a{n}.txt with a fixed past modification time."""
    path = folder / f"a{n:04d}.txt"
    # Written aside and renamed in, as a careful editor saves: a daemon running beside
    # the test must never read half a file (it would rightly count as an edit).
    tmp = folder / f".{path.name}.tmp"
    tmp.write_bytes(article(n, edit=edit))
    stamp = T0 + 3600 * n if mtime is None else mtime
    os.utime(tmp, (stamp, stamp))
    os.replace(tmp, path)
    return path


def free_port() -> int:
    """A port nobody listens on right now (the daemon binds it a moment later)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass(frozen=True)
class Site:
    """A config.toml in `root` whose one source reads root/articles/*.txt."""

    root: Path
    port: int | None = None

    @property
    def config(self) -> Path:
        return self.root / "config.toml"

    @property
    def articles(self) -> Path:
        return self.root / "articles"

    @property
    def feed(self) -> Path:
        return self.root / "public" / "feed.atom"

    @property
    def db(self) -> Path:
        return self.root / "var" / "feedpipe.db"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def write_config(self, *, every: str = "1s", extra: str = "", max_entries: int = 50) -> None:
        """(Re)write config.toml: a schedule, [serve] when the site has a port, `extra` TOML."""
        serve = f'[serve]\nhost = "127.0.0.1"\nport = {self.port}\n' if self.port else ""
        self.config.write_text(
            '[feed]\ntitle = "Daemon test feed"\nlink = "http://127.0.0.1:8080/"\n'
            f'output = "public/feed.atom"\nmax_entries = {max_entries}\n'
            '[state]\npath = "var/feedpipe.db"\n'
            f'[schedule]\nevery = "{every}"\njitter = 0\n'
            f"{serve}"
            '[[sources]]\nname = "local"\nfiles = "articles/*.txt"\n'
            f"{extra}",
            encoding="utf-8",
        )


def make_site(root: Path, articles: int, *, port: int | None = None, **config: object) -> Site:
    """A site with `articles` article files and its config written."""
    site = Site(root, port)
    site.articles.mkdir(parents=True)
    for n in range(articles):
        write_article(site.articles, n)
    site.write_config(**config)  # type: ignore[arg-type]
    return site


@dataclass(frozen=True)
class FeedEntry:
    """One <entry> as a reader sees it."""

    id: str
    title: str
    published: str
    updated: str


def entries(data: bytes) -> dict[str, FeedEntry]:
    """The feed's entries by title (titles are unique in these sites); parses strictly."""
    root = etree.fromstring(data)
    assert root.tag == f"{ATOM}feed"
    found: dict[str, FeedEntry] = {}
    for e in root.iterfind(f"{ATOM}entry"):
        entry = FeedEntry(
            id=e.findtext(f"{ATOM}id", ""),
            title=e.findtext(f"{ATOM}title", ""),
            published=e.findtext(f"{ATOM}published", ""),
            updated=e.findtext(f"{ATOM}updated", ""),
        )
        assert entry.title not in found, f"duplicate entry {entry.title!r}"
        found[entry.title] = entry
    return found
