"""The feed server: a raw ASGI app that serves the published feed files, run by uvicorn.

Feed readers poll, and most polls should end in a cheap ``304``.  So every file is
read, hashed and gzipped once per version and kept in memory with its response
headers prebuilt; a request only looks up a dict and compares an ETag.  The disk is
checked (``stat``, at most every ``check_interval`` seconds) for a new version, or the
writer calls :meth:`FeedApp.reload` right after publishing.

Routes: ``/feed.atom`` (and ``/feed.rss``, ``/feed.json`` when present), ``/`` (the
site's ``index.html``, else a small page generated from the Atom file that carries the
autodiscovery link), ``/healthz`` (the last run's status as JSON).
"""

from __future__ import annotations

import asyncio
import email.utils
import gzip
import hashlib
import html
import json
import os
import socket
import threading
import time
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.util import find_spec
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import uvicorn
from lxml import etree

from feedpipe.errors import PublishError

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
Health = Callable[[], dict[str, Any]]

ATOM_NS = "{http://www.w3.org/2005/Atom}"
CONTENT_TYPES = {
    "atom": b"application/atom+xml; charset=utf-8",
    "rss": b"application/rss+xml; charset=utf-8",
    "json": b"application/feed+json; charset=utf-8",
    "html": b"text/html; charset=utf-8",
}
# Enough for the index page; longer lists belong in the feed itself.
INDEX_ENTRIES = 50


@dataclass(frozen=True, slots=True)
class Site:
    """The output folder the publish stage writes, and how to serve it.

    ``max_age`` is the ``Cache-Control`` lifetime in seconds; tie it to the schedule
    (e.g. the regeneration interval) so readers do not poll faster than the feed moves.
    """

    folder: Path
    atom: str = "feed.atom"
    rss: str | None = "feed.rss"
    json: str | None = "feed.json"
    index: str | None = "index.html"
    max_age: int = 300
    title: str = "feedpipe"


@dataclass(frozen=True, slots=True)
class _Variant:
    """One encoding of one file version, with its ASGI messages prebuilt."""

    etag: bytes
    start_200: dict[str, Any]
    start_304: dict[str, Any]
    body: dict[str, Any]


@dataclass(frozen=True, slots=True)
class _Resource:
    plain: _Variant
    gzip: _Variant | None
    last_modified: bytes
    last_modified_ts: float


# A file's identity on disk: replaced (renamed over) or rewritten, one of these changes.
_Stamp = tuple[int, int, int]

EMPTY_BODY: dict[str, Any] = {"type": "http.response.body", "body": b""}


def _http_date(ts: float) -> bytes:
    return email.utils.formatdate(ts, usegmt=True).encode("ascii")


def _variant(
    body: bytes, etag: bytes, common: list[tuple[bytes, bytes]], extra: list[tuple[bytes, bytes]]
) -> _Variant:
    validators = [(b"etag", etag), *common]
    return _Variant(
        etag=etag,
        start_200={
            "type": "http.response.start",
            "status": 200,
            "headers": [*validators, *extra, (b"content-length", str(len(body)).encode())],
        },
        start_304={"type": "http.response.start", "status": 304, "headers": validators},
        body={"type": "http.response.body", "body": body},
    )


def _resource(
    body: bytes, content_type: bytes, last_modified: float, max_age: int, compress: bool
) -> _Resource:
    digest = hashlib.sha256(body).hexdigest()[:32]
    lm = _http_date(last_modified)
    common = [(b"last-modified", lm), (b"cache-control", f"public, max-age={max_age}".encode())]
    if compress:
        common.append((b"vary", b"accept-encoding"))
    plain = _variant(body, f'"{digest}"'.encode(), common, [(b"content-type", content_type)])
    gz = None
    if compress:
        # mtime=0: the same file version always gzips to the same bytes.
        packed = gzip.compress(body, compresslevel=6, mtime=0)
        gz = _variant(
            packed,
            f'"{digest}-gz"'.encode(),
            common,
            [(b"content-type", content_type), (b"content-encoding", b"gzip")],
        )
    return _Resource(plain, gz, lm, float(int(last_modified)))


def _atom_updated(root: etree._Element) -> float | None:
    text = root.findtext(f"{ATOM_NS}updated")
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.timestamp()


def _parse_atom(body: bytes) -> etree._Element | None:
    # The feed is ours, but its text came from scraped pages: no entities, no network.
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        return etree.fromstring(body, parser)
    except etree.XMLSyntaxError:
        return None


def _safe_href(href: str | None) -> str | None:
    # Scraped links must not become javascript: links on our page.
    if not href:
        return None
    if href.startswith(("http://", "https://", "/")):
        return href
    return None


def index_html(site: Site, atom: etree._Element | None, alternates: list[tuple[str, bytes]]) -> bytes:
    """The generated front page: feed links for autodiscovery and the newest entries."""
    title = site.title
    items: list[str] = []
    if atom is not None:
        title = atom.findtext(f"{ATOM_NS}title") or title
        for entry in atom.iterfind(f"{ATOM_NS}entry"):
            if len(items) >= INDEX_ENTRIES:
                break
            name = entry.findtext(f"{ATOM_NS}title") or "(untitled)"
            date = entry.findtext(f"{ATOM_NS}updated") or entry.findtext(f"{ATOM_NS}published") or ""
            href = None
            for link in entry.iterfind(f"{ATOM_NS}link"):
                if link.get("rel", "alternate") == "alternate":
                    href = _safe_href(link.get("href"))
                    break
            label = html.escape(name.strip())
            text = f'<a href="{html.escape(href)}">{label}</a>' if href else label
            stamp = html.escape(date.strip())
            # Entries without a page of their own link to an anchor here: give it a target.
            fragment = urlsplit(href).fragment if href else ""
            anchor = f' id="{html.escape(fragment)}"' if fragment else ""
            items.append(f'<li{anchor}>{text} <time datetime="{stamp}">{stamp}</time></li>')
    links = "\n".join(
        f'<link rel="alternate" type="{ctype.split(b";")[0].decode()}" href="/{html.escape(name)}"'
        f' title="{html.escape(title)}">'
        for name, ctype in alternates
    )
    feeds = " · ".join(f'<a href="/{html.escape(n)}">{html.escape(n)}</a>' for n, _ in alternates)
    body = "\n".join(items) if items else "<li>No entries yet.</li>"
    page = (
        '<!doctype html>\n<html><head><meta charset="utf-8">\n'
        f"<title>{html.escape(title)}</title>\n{links}\n</head><body>\n"
        f"<h1>{html.escape(title)}</h1>\n<p>Subscribe: {feeds}</p>\n<ul>\n{body}\n</ul>\n</body></html>\n"
    )
    return page.encode("utf-8")


class _Slot:
    """One served file: its current version in memory and the stamp it was read at."""

    __slots__ = ("content_type", "kind", "name", "resource", "stamp")

    def __init__(self, name: str, kind: str) -> None:
        self.name = name
        self.kind = kind
        self.content_type = CONTENT_TYPES[kind]
        self.resource: _Resource | None = None
        self.stamp: _Stamp | None = None


class FeedApp:
    """The ASGI app.  ``health`` returns the last run's status for ``/healthz``.

    ``/healthz`` answers 503 when the dict has ``"ok": False`` (or ``health`` takes longer
    than ``health_timeout`` seconds) so plain uptime checks notice a failing pipeline.
    ``health`` runs in a worker thread, never on the event loop.
    """

    def __init__(
        self,
        site: Site,
        *,
        health: Health | None = None,
        check_interval: float = 0.5,
        health_timeout: float = 2.0,
    ) -> None:
        self.site = site
        self.health = health
        self.health_timeout = health_timeout
        self.check_interval = check_interval
        self._slots = [_Slot(site.atom, "atom")]
        if site.rss:
            self._slots.append(_Slot(site.rss, "rss"))
        if site.json:
            self._slots.append(_Slot(site.json, "json"))
        self._index_file = _Slot(site.index, "html") if site.index else None
        self._index: _Resource | None = None
        self._routes: dict[str, _Slot] = {"/" + s.name: s for s in self._slots}
        self._lock = threading.Lock()
        self._next_check = 0.0
        self.reload()

    # -- loading ---------------------------------------------------------------------------

    def reload(self, last_modified: datetime | None = None) -> None:
        """Re-read every file now; call it right after publishing (thread-safe).

        ``last_modified`` is the feed content's own date (e.g. the newest entry's
        ``updated``); without it the Atom file's ``<updated>`` is used, else the mtime.
        The work (read, hash, gzip) happens in the caller's thread; requests keep
        being served from the previous version until the new one is swapped in.
        """
        with self._lock:
            self._refresh(force=True, last_modified=last_modified)

    def _maybe_refresh(self, now: float) -> None:
        self._next_check = now + self.check_interval
        # If a writer is reloading right now, its result will do; do not queue up behind it.
        if self._lock.acquire(blocking=False):
            try:
                self._refresh(force=False, last_modified=None)
            finally:
                self._lock.release()

    def _refresh(self, *, force: bool, last_modified: datetime | None) -> None:
        feeds_changed = False
        override = last_modified.timestamp() if last_modified else None
        for slot in self._slots:
            # Every slot is checked: no short-circuit past a changed file.
            feeds_changed = self._load(slot, force, override) or feeds_changed
        index_from_file = index_changed = False
        if self._index_file is not None:
            # A deleted index.html brings back the generated page: it must be current then.
            index_changed = self._load(self._index_file, force, override)
            index_from_file = self._index_file.resource is not None
        if not index_from_file and (feeds_changed or index_changed or self._index is None or force):
            self._index = self._generated_index()

    def _load(self, slot: _Slot, force: bool, override: float | None) -> bool:
        path = self.site.folder / slot.name
        try:
            st = os.stat(path)
        except FileNotFoundError:
            changed = slot.resource is not None
            slot.resource, slot.stamp = None, None
            return changed
        except OSError:
            # Unreadable for now (permissions, I/O error): keep serving the version in
            # memory and look again at the next check; raising here would turn every
            # request, /healthz included, into a 500.
            return False
        stamp = (st.st_mtime_ns, st.st_size, st.st_ino)
        if not force and stamp == slot.stamp:
            return False
        try:
            with open(path, "rb") as f:
                # The stamp of the file actually read, in case it was replaced in between.
                st = os.fstat(f.fileno())
                body = f.read()
        except FileNotFoundError:
            slot.resource, slot.stamp = None, None
            return True
        except OSError:  # e.g. a directory where the file was: as above, keep what we have
            return False
        lm = override
        if lm is None and slot.kind == "atom":
            root = _parse_atom(body)
            lm = _atom_updated(root) if root is not None else None
        if lm is None:
            lm = st.st_mtime
        # Never claim a modification in the future: caches would distrust it.
        lm = min(lm, time.time())
        slot.resource = _resource(
            body, slot.content_type, lm, self.site.max_age, compress=slot.kind != "html"
        )
        slot.stamp = (st.st_mtime_ns, st.st_size, st.st_ino)
        return True

    def _generated_index(self) -> _Resource:
        atom_slot = self._slots[0]
        root = None
        lm = time.time()
        if atom_slot.resource is not None:
            root = _parse_atom(atom_slot.resource.plain.body["body"])
            lm = atom_slot.resource.last_modified_ts
        alternates = [(s.name, s.content_type) for s in self._slots if s.resource is not None]
        body = index_html(self.site, root, alternates)
        return _resource(body, CONTENT_TYPES["html"], lm, self.site.max_age, compress=False)

    # -- serving ---------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        kind = scope["type"]
        if kind == "http":
            await self._http(scope, send)
        elif kind == "lifespan":
            await _lifespan(receive, send)

    async def _http(self, scope: Scope, send: Send) -> None:
        now = time.monotonic()
        if now >= self._next_check:
            self._maybe_refresh(now)
        path: str = scope["path"]
        method: str = scope["method"]
        slot = self._routes.get(path)
        if slot is not None:
            resource = slot.resource
        elif path in ("/", "/index.html"):
            index_file = self._index_file
            resource = index_file.resource if index_file and index_file.resource else self._index
        elif path == "/healthz":
            await self._healthz(method, send)
            return
        else:
            await _plain(send, 404, b"not found\n", method)
            return
        if method != "GET" and method != "HEAD":
            await _plain(send, 405, b"method not allowed\n", method, [(b"allow", b"GET, HEAD")])
            return
        if resource is None:
            await _plain(send, 404, b"not published yet\n", method)
            return
        await _respond(resource, scope["headers"], method, send)

    async def _healthz(self, method: str, send: Send) -> None:
        if method != "GET" and method != "HEAD":
            await _plain(send, 405, b"method not allowed\n", method, [(b"allow", b"GET, HEAD")])
            return
        status = 200
        try:
            if self.health is None:
                data: dict[str, Any] = {"ok": None, "status": "no run recorded"}
            else:
                # In a thread: a store read can wait on the writer's transaction, and the
                # event loop serving the feeds must never wait with it.
                data = await asyncio.wait_for(asyncio.to_thread(self.health), self.health_timeout)
            if data.get("ok") is False:
                status = 503
        except TimeoutError:
            data, status = {"ok": False, "error": "health check timed out"}, 503
        except Exception as exc:  # a broken health source is itself a health fact
            data, status = {"ok": False, "error": f"health check failed: {exc}"}, 500
        body = json.dumps(data, ensure_ascii=False, default=str).encode("utf-8")
        headers = [
            (b"content-type", b"application/json; charset=utf-8"),
            (b"content-length", str(len(body)).encode()),
            (b"cache-control", b"no-store"),
        ]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": b"" if method == "HEAD" else body})


# Accept-Encoding values repeat across pollers; parse each distinct one once.
_GZIP_OK: dict[bytes, bool] = {}


def accepts_gzip(value: bytes) -> bool:
    """Whether an ``Accept-Encoding`` value allows gzip (honours ``q=0`` and ``*``)."""
    cached = _GZIP_OK.get(value)
    if cached is not None:
        return cached
    gz: float | None = None
    star: float | None = None
    for part in value.decode("latin-1").lower().split(","):
        coding, _, params = part.strip().partition(";")
        q = 1.0
        for param in params.split(";"):
            name, _, number = param.strip().partition("=")
            if name == "q":
                try:
                    q = float(number)
                except ValueError:
                    q = 0.0
        coding = coding.strip()
        if coding in ("gzip", "x-gzip"):
            gz = q
        elif coding == "*":
            star = q
    result = (gz if gz is not None else (star or 0.0)) > 0
    if len(_GZIP_OK) < 512:
        _GZIP_OK[value] = result
    return result


def etag_matches(header: bytes, etag: bytes) -> bool:
    """``If-None-Match`` weak comparison: a list of tags, ``W/`` prefixes, or ``*``."""
    if header == etag:
        return True
    for tag in header.split(b","):
        tag = tag.strip()
        if tag == b"*" or tag.removeprefix(b"W/") == etag:
            return True
    return False


def _not_modified_since(header: bytes, resource: _Resource) -> bool:
    if header == resource.last_modified:
        return True
    try:
        since = email.utils.parsedate_to_datetime(header.decode("latin-1"))
    except (TypeError, ValueError):
        return False  # an unparsable date is ignored, as RFC 9110 says
    if since.tzinfo is None:
        since = since.replace(tzinfo=UTC)
    return resource.last_modified_ts <= since.timestamp()


async def _respond(resource: _Resource, headers: list[tuple[bytes, bytes]], method: str, send: Send) -> None:
    inm = ims = None
    variant = resource.plain
    for name, value in headers:
        if name == b"if-none-match":
            inm = value
        elif name == b"if-modified-since":
            ims = value
        elif name == b"accept-encoding" and resource.gzip is not None and accepts_gzip(value):
            variant = resource.gzip
    if inm is not None:
        fresh = etag_matches(inm, variant.etag)
    else:
        fresh = ims is not None and _not_modified_since(ims, resource)
    if fresh:
        await send(variant.start_304)
        await send(EMPTY_BODY)
        return
    await send(variant.start_200)
    await send(variant.body if method == "GET" else EMPTY_BODY)


async def _plain(
    send: Send, status: int, text: bytes, method: str, extra: list[tuple[bytes, bytes]] | None = None
) -> None:
    headers = [
        (b"content-type", b"text/plain; charset=utf-8"),
        (b"content-length", str(len(text)).encode()),
        *(extra or []),
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": b"" if method == "HEAD" else text})


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


def uvicorn_config(app: FeedApp, host: str, port: int) -> uvicorn.Config:
    """The uvicorn settings feedpipe serves with: quiet, and the fast parser/loop when installed."""
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level="warning",
        access_log=False,
        http="httptools" if find_spec("httptools") else "h11",
        loop="uvloop" if find_spec("uvloop") else "asyncio",
        lifespan="on",
        server_header=False,
    )


def _listen(host: str, port: int) -> socket.socket:
    # Bind here, not in uvicorn, so a taken port is an error the caller sees (and port 0 works).
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(2048)
    except OSError as exc:
        sock.close()
        raise PublishError(f"cannot serve on {host}:{port}: {exc.strerror or exc}") from exc
    sock.set_inheritable(True)
    return sock


def serve(site: Site, host: str = "127.0.0.1", port: int = 8080, *, health: Health | None = None) -> None:
    """Serve ``site`` until SIGINT/SIGTERM (blocking; for a process that only serves)."""
    run_app(FeedApp(site, health=health), host, port)


def run_app(app: FeedApp, host: str = "127.0.0.1", port: int = 8080) -> None:
    """Serve ``app`` in this thread until SIGINT/SIGTERM (uvicorn handles the signals).

    For a daemon: start a background scheduler whose job calls ``app.reload()`` after
    publishing, then call this from the main thread.
    """
    sock = _listen(host, port)
    try:
        uvicorn.Server(uvicorn_config(app, host, port)).run(sockets=[sock])
    finally:
        sock.close()


class ServerThread:
    """uvicorn in a background thread, for running beside the scheduler in one process.

    ``with ServerThread(app, host, port) as server:`` starts it (the port is bound when
    ``start()`` returns; ``port=0`` picks a free one, see ``.port``) and stops it cleanly.
    """

    def __init__(self, app: FeedApp, host: str = "127.0.0.1", port: int = 8080) -> None:
        self.app = app
        self.host = host
        self._sock = _listen(host, port)
        self.port: int = self._sock.getsockname()[1]
        self._server = uvicorn.Server(uvicorn_config(app, host, self.port))
        self._thread = threading.Thread(target=self._run, name="feedpipe-serve", daemon=True)
        self._error: BaseException | None = None

    def _run(self) -> None:
        try:
            self._server.run(sockets=[self._sock])
        except BaseException as exc:  # SystemExit from a failed startup included
            self._error = exc

    def start(self, timeout: float = 10.0) -> ServerThread:
        """Start serving; returns once uvicorn accepts connections."""
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise PublishError(f"feed server on {self.host}:{self.port} did not start: {self._error!r}")
            time.sleep(0.01)
        return self

    def stop(self, timeout: float = 10.0) -> None:
        """Ask uvicorn to finish open requests and exit; wait for the thread."""
        self._server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(timeout)
        self._sock.close()

    def __enter__(self) -> ServerThread:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
