"""Getting bytes from the web: one retriever that only fetches, never parses.

Everything that can go wrong on the network (DNS, refused connections, timeouts, HTTP
errors, redirect loops, huge bodies, the wrong kind of document) ends as one
`SourceError(url, reason)` with a short reason, so the CLI prints one line, never a
traceback.  Transient failures (timeouts, connection errors, 5xx, 429) are retried with
exponential backoff, honouring `Retry-After`.
"""

from __future__ import annotations

import email.utils
import errno
import socket
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http import HTTPStatus

import httpx

from feedpipe.errors import SourceError
from feedpipe.model import Validators

DEFAULT_USER_AGENT = "feedpipe/0.1 (+https://github.com/feedpipe/feedpipe)"

# What each kind of document a caller can ask for may be served as.  Feeds are often
# served with generic XML or JSON types, so those count as feeds; the feed parser is
# the judge of whether the bytes really are one.
KINDS: dict[str, tuple[str, ...]] = {
    "html": ("text/html", "application/xhtml+xml"),
    "feed": (
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
        "application/feed+json",
        "application/json",
    ),
    "text": ("text/plain",),
}

# Names used in "not HTML (application/pdf)".
_KIND_NAMES = {"html": "HTML", "feed": "a feed", "text": "plain text"}

# The Accept header each kind sends, so well-behaved servers pick the right variant.
_ACCEPT_HEADER = {
    "html": "text/html,application/xhtml+xml;q=0.9",
    "feed": "application/atom+xml,application/rss+xml,application/feed+json,"
    "application/xml;q=0.9,application/json;q=0.8,text/xml;q=0.8",
    "text": "text/plain",
}

_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True, slots=True)
class HttpSettings:
    """How the fetcher behaves on the network; the defaults suit polite scraping.

    `timeout` bounds each step (connect, each read, each write) in seconds;
    `total_timeout` bounds one whole attempt, so a server dripping bytes cannot hold a
    worker forever.  `retries` is the number of extra attempts after the first;
    the wait before retry n is `backoff * 2**n` seconds, or the server's `Retry-After`
    when that is longer.  A `Retry-After` beyond `max_retry_after` is not waited for:
    the fetch gives up, since the next scheduled run will come sooner anyway.
    """

    timeout: float = 15.0
    total_timeout: float = 60.0
    user_agent: str = DEFAULT_USER_AGENT
    max_bytes: int = 10 * 1024 * 1024
    per_host: int = 2
    max_workers: int = 8
    max_redirects: int = 5
    retries: int = 2
    backoff: float = 0.5
    max_retry_after: float = 60.0


@dataclass(frozen=True, slots=True)
class Fetched:
    """The bytes a URL gave, and where they finally came from.

    On a 304 `not_modified` is true, `body` is empty and `validators` are the ones sent
    (updated with any the server repeated).
    """

    url: str
    final_url: str
    status: int
    content_type: str | None
    charset: str | None
    body: bytes
    validators: Validators = field(default_factory=Validators)
    not_modified: bool = False


@dataclass(frozen=True, slots=True)
class FetchRequest:
    """One URL to fetch, with what the caller already has and what it will accept."""

    url: str
    validators: Validators | None = None
    accept: tuple[str, ...] | None = None


class _Retry(Exception):
    """An attempt failed in a way worth trying again; carries the final error and a wait."""

    def __init__(self, error: SourceError, wait: float | None = None) -> None:
        super().__init__(error.problem)
        self.error = error
        self.wait = wait


class Fetcher:
    """Fetches URLs over HTTP(S) with timeouts, retries, size caps and per-host limits.

    Use as a context manager (or call `close()`) to release connections.  Safe to call
    from several threads at once; each host gets at most `settings.per_host` requests
    in flight, whichever thread sends them.
    """

    def __init__(
        self,
        settings: HttpSettings | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.settings = settings or HttpSettings()
        self._sleep = sleep
        self._hosts: dict[tuple[str, str, int | None], threading.BoundedSemaphore] = {}
        self._hosts_lock = threading.Lock()
        s = self.settings
        self._client = httpx.Client(
            timeout=httpx.Timeout(s.timeout),
            headers={"User-Agent": s.user_agent},
            # Redirects are followed by hand, to tell a loop from a long chain and to
            # hold each host's semaphore only for that host's hop.
            follow_redirects=False,
            limits=httpx.Limits(
                max_connections=max(s.max_workers, s.per_host), max_keepalive_connections=s.max_workers
            ),
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the pooled connections."""
        self._client.close()

    def fetch(
        self,
        url: str,
        validators: Validators | None = None,
        accept: Iterable[str] | None = None,
    ) -> Fetched:
        """Fetch one URL and return its body, or raise `SourceError(url, reason)`.

        `validators` turn the request conditional; an unchanged resource comes back as
        `Fetched(not_modified=True, body=b"")`.  `accept` names the kinds of document
        wanted (keys of `KINDS`: "html", "feed", "text"); a response of another type
        raises "not HTML (application/pdf)".  A response without a Content-Type passes.
        """
        kinds = tuple(accept) if accept is not None else None
        for kind in kinds or ():
            if kind not in KINDS:
                raise ValueError(f"unknown document kind {kind!r}; known: {', '.join(KINDS)}")
        try:
            parsed = httpx.URL(url)
        except httpx.InvalidURL as exc:
            raise SourceError(url, f"invalid URL ({exc})") from None
        if parsed.scheme not in ("http", "https") or not parsed.host:
            raise SourceError(url, "not an http(s) URL")

        attempt = 0
        while True:
            try:
                return self._attempt(url, validators, kinds)
            except _Retry as retry:
                if attempt >= self.settings.retries:
                    if attempt == 0:
                        raise retry.error from None
                    problem = f"{retry.error.problem} ({attempt + 1} attempts)"
                    raise SourceError(url, problem) from None
                wait = self.settings.backoff * 2**attempt
                if retry.wait is not None:
                    if retry.wait > self.settings.max_retry_after:
                        raise SourceError(
                            url, f"{retry.error.problem} (server asks to wait {retry.wait:.0f} s)"
                        ) from None
                    wait = max(wait, retry.wait)
                attempt += 1
                self._sleep(wait)

    def fetch_all(self, requests: Sequence[str | FetchRequest]) -> list[Fetched | SourceError]:
        """Fetch many URLs concurrently; results (or errors) come back in input order.

        At most `settings.max_workers` requests run at once, and at most
        `settings.per_host` per host.  Work is handed out round-robin across hosts so one
        busy host does not keep the workers from the others.
        """
        items = [r if isinstance(r, FetchRequest) else FetchRequest(r) for r in requests]
        results: list[Fetched | SourceError | None] = [None] * len(items)

        def run(index: int) -> None:
            item = items[index]
            try:
                results[index] = self.fetch(item.url, item.validators, item.accept)
            except SourceError as exc:
                results[index] = exc

        with ThreadPoolExecutor(max_workers=max(1, self.settings.max_workers)) as pool:
            for future in [pool.submit(run, i) for i in _round_robin(items)]:
                future.result()
        done = [r for r in results if r is not None]
        assert len(done) == len(items), "every request yields a result or an error"
        return done

    def _attempt(self, url: str, validators: Validators | None, kinds: tuple[str, ...] | None) -> Fetched:
        """One attempt: follow redirects, check status and type, read the body."""
        headers = validators.headers() if validators else {}
        if kinds:
            headers["Accept"] = ",".join(_ACCEPT_HEADER[k] for k in kinds)
        request = self._client.build_request("GET", url, headers=headers)
        seen = {str(request.url)}
        deadline = time.monotonic() + self.settings.total_timeout
        redirects = 0
        while True:
            with self._host_slot(request.url), _network_errors(url, self.settings.timeout):
                response = self._client.send(request, stream=True)
                try:
                    if response.next_request is None:
                        return self._finish(url, response, validators, kinds, deadline)
                    next_request = response.next_request
                finally:
                    response.close()
            target = str(next_request.url)
            if target in seen:
                raise SourceError(url, f"redirect loop (back to {target})")
            redirects += 1
            if redirects > self.settings.max_redirects:
                raise SourceError(url, f"too many redirects (more than {self.settings.max_redirects})")
            seen.add(target)
            request = next_request

    def _finish(
        self,
        url: str,
        response: httpx.Response,
        sent: Validators | None,
        kinds: tuple[str, ...] | None,
        deadline: float,
    ) -> Fetched:
        status = response.status_code
        final_url = str(response.url)
        validators = Validators(response.headers.get("ETag"), response.headers.get("Last-Modified"))
        content_type, charset = _content_type(response.headers.get("Content-Type"))
        if status == 304:
            # A 304 need not repeat the validators; the ones we sent are still current.
            if sent is not None:
                validators = Validators(
                    validators.etag or sent.etag, validators.last_modified or sent.last_modified
                )
            return Fetched(url, final_url, status, content_type, charset, b"", validators, not_modified=True)
        if not 200 <= status < 300:  # 3xx here is a redirect without a usable Location
            error = SourceError(url, f"HTTP {status} {_reason(response)}".rstrip())
            if status in _RETRY_STATUSES:
                raise _Retry(error, retry_after(response.headers.get("Retry-After")))
            raise error
        if kinds and content_type and not any(content_type in KINDS[k] for k in kinds):
            wanted = " or ".join(_KIND_NAMES[k] for k in kinds)
            raise SourceError(url, f"not {wanted} ({content_type})")
        body = self._read_capped(url, response, deadline)
        return Fetched(url, final_url, status, content_type, charset, body, validators)

    def _read_capped(self, url: str, response: httpx.Response, deadline: float) -> bytes:
        limit = self.settings.max_bytes
        too_large = SourceError(url, f"response larger than {_size(limit)}")
        declared = response.headers.get("Content-Length", "")
        # A declared length lets us refuse without downloading anything.
        if declared.isdigit() and int(declared) > limit:
            raise too_large
        chunks: list[bytes] = []
        size = 0
        # iter_bytes decompresses, so the cap also stops a small gzip bomb from growing.
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise too_large
            if time.monotonic() > deadline:
                raise _Retry(SourceError(url, f"download took longer than {self.settings.total_timeout:g} s"))
            chunks.append(chunk)
        return b"".join(chunks)

    def _host_slot(self, url: httpx.URL) -> threading.BoundedSemaphore:
        key = (url.scheme, url.host, url.port)
        with self._hosts_lock:
            slot = self._hosts.get(key)
            if slot is None:
                slot = self._hosts[key] = threading.BoundedSemaphore(max(1, self.settings.per_host))
            return slot


@contextmanager
def _network_errors(url: str, timeout: float) -> Iterator[None]:
    """Turn httpx's transport exceptions into SourceError (final) or _Retry (transient)."""
    try:
        yield
    except httpx.TimeoutException as exc:
        raise _Retry(SourceError(url, f"{_timeout_reason(exc)} ({timeout:g} s)")) from None
    except httpx.TransportError as exc:
        # A name that does not resolve will not resolve a second later either.
        if _caused_by(exc, socket.gaierror):
            raise SourceError(url, f"cannot resolve host {httpx.URL(url).host}") from None
        text = _first_line(exc)
        if isinstance(exc, httpx.ConnectError):
            if _caused_by(exc, ConnectionRefusedError) or f"[Errno {errno.ECONNREFUSED}]" in text:
                raise _Retry(SourceError(url, "connection refused")) from None
            if "CERTIFICATE" in text.upper() or "SSL" in text.upper():
                raise SourceError(url, f"TLS error ({text})") from None
            raise _Retry(SourceError(url, f"cannot connect ({text})")) from None
        if isinstance(exc, httpx.RemoteProtocolError | httpx.ReadError | httpx.WriteError):
            raise _Retry(SourceError(url, f"connection broken ({text or type(exc).__name__})")) from None
        raise SourceError(url, f"network error ({text or type(exc).__name__})") from None


def retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds a `Retry-After` header asks to wait (delta-seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def _round_robin(items: Sequence[FetchRequest]) -> list[int]:
    """Indexes of items, interleaved by host, so each host's queue advances in turn."""
    queues: dict[str, list[int]] = {}
    for index, item in enumerate(items):
        try:
            host = httpx.URL(item.url).host
        except httpx.InvalidURL:
            host = ""
        queues.setdefault(host, []).append(index)
    order: list[int] = []
    lanes = list(queues.values())
    while lanes:
        order.extend(lane.pop(0) for lane in lanes)
        lanes = [lane for lane in lanes if lane]
    return order


def _content_type(header: str | None) -> tuple[str | None, str | None]:
    """The media type (lower case, no parameters) and charset parameter of a Content-Type."""
    if not header:
        return None, None
    media, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    return media.strip().lower() or None, charset


def _reason(response: httpx.Response) -> str:
    # Servers often send an empty or odd reason phrase; the standard one reads better.
    try:
        return HTTPStatus(response.status_code).phrase
    except ValueError:
        return response.reason_phrase


def _size(limit: int) -> str:
    if limit >= 1024 * 1024 and limit % (1024 * 1024) == 0:
        return f"{limit // (1024 * 1024)} MB"
    if limit >= 1024 and limit % 1024 == 0:
        return f"{limit // 1024} KB"
    return f"{limit} bytes"


def _timeout_reason(exc: httpx.TimeoutException) -> str:
    if isinstance(exc, httpx.ConnectTimeout):
        return "timed out connecting"
    if isinstance(exc, httpx.PoolTimeout):
        return "timed out waiting for a free connection"
    return "timed out waiting for the server"


def _caused_by(exc: BaseException, kind: type[BaseException]) -> bool:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, kind):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else ""
