"""A real HTTP server on 127.0.0.1 for the sources tests: pages, feeds and misbehaviour.

Pages are real: a Korean KBS article from ../shared/corpus served as EUC-KR with its
charset declared only in a <meta> after a long head, and a WSJ page from
../shared/bench served as UTF-8 with validators.  The server counts hits per path and
requests in flight, so tests can assert what actually went over the wire.
"""

from __future__ import annotations

import html
import threading
import time
from collections import Counter
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from tests.paths import SHARED

KO_TEXT = SHARED / "corpus" / "news-dev" / "ko" / "kbs-5.txt"
EN_PAGE = (
    SHARED / "bench" / "article-extraction" / "html"
    "/042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856.html"
)
FEEDS = Path(__file__).resolve().parent / "fixtures" / "feeds"

EN_ETAG = '"wsj-11574168580-v1"'
EN_LAST_MODIFIED = "Tue, 19 Nov 2019 13:03:00 GMT"


def korean_page() -> bytes:
    """The KBS article as a CP949 ("EUC-KR") page whose only charset is a late <meta>."""
    lines = KO_TEXT.read_text(encoding="utf-8").splitlines()
    title = lines[0]
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines[1:] if line.strip())
    # Real Korean news pages carry kilobytes of analytics and styles before the meta tag;
    # browsers' 1 KB prescan would miss it.
    script = "".join(f"  window.dataLayer.push({{'slot{i}': 'ad-{i:04d}'}});\n" for i in range(80))
    head = (
        "<head>\n<title>" + html.escape(title) + "</title>\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<script>\n  window.dataLayer = window.dataLayer || [];\n" + script + "</script>\n"
        "<style>" + "".join(f".c{i}{{margin:{i}px}}" for i in range(60)) + "</style>\n"
        '<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">\n'
        "</head>\n"
    )
    heading = f"<h1>{html.escape(title)}</h1>"
    page = f'<!DOCTYPE html>\n<html lang="ko">\n{head}<body>\n{heading}\n{body}\n</body></html>\n'
    return page.encode("euc-kr")


class TestServer:
    """ThreadingHTTPServer on 127.0.0.1:0 in a daemon thread, with counters."""

    __test__ = False  # not a pytest test class

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.hits: Counter[str] = Counter()
        self.in_flight = 0
        self.max_in_flight = 0
        self.release = threading.Event()  # set at shutdown so hanging handlers return
        self.korean = korean_page()
        self.english = EN_PAGE.read_bytes()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.daemon_threads = True
        self.httpd.owner = self  # type: ignore[attr-defined]
        self.port = self.httpd.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        """The absolute URL of a path on this server."""
        return self.base + path

    def hit_count(self, path: str) -> int:
        """How many requests arrived for a path (with its query)."""
        with self.lock:
            return self.hits[path]

    def stop(self) -> None:
        """Release hanging handlers and shut the server down."""
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()


class _Handler(BaseHTTPRequestHandler):
    server_version = "feedpipe-test/1"

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep pytest output clean

    @property
    def owner(self) -> TestServer:
        return self.server.owner  # type: ignore[attr-defined]

    def do_GET(self) -> None:
        owner = self.owner
        with owner.lock:
            owner.hits[self.path] += 1
            hits = owner.hits[self.path]
        parts = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        route = parts.path
        if route == "/ko.html":
            # No charset in the header: only the late <meta> says EUC-KR.
            self._send(200, owner.korean, "text/html")
        elif route == "/en.html":
            self._english()
        elif route == "/moved":
            self._redirect("/en.html", 301)
        elif route == "/echo-headers":
            echoed = "\n".join(f"{k}: {self.headers.get(k, '')}" for k in ("User-Agent", "Accept"))
            self._send(200, echoed.encode(), "text/plain")
        elif route == "/drip":
            self._drip()
        elif route == "/choices":
            self._send(300, b"<p>pick one</p>", "text/html")
        elif route == "/error500":
            self._send(500, b"<h1>oops</h1>", "text/html")
        elif route == "/busy429":
            if hits == 1:
                self._send(429, b"slow down", "text/plain", {"Retry-After": query.get("wait", "1")})
            else:
                self._send(200, b"<p>welcome back</p>", "text/html; charset=utf-8")
        elif route == "/hang":
            owner.release.wait(30)  # never answers within any test's timeout
        elif route.startswith("/loop/"):
            self._redirect("/loop/b" if route == "/loop/a" else "/loop/a")
        elif route.startswith("/chain/"):
            self._redirect(f"/chain/{int(route.rsplit('/', 1)[1]) + 1}")
        elif route == "/big":
            self._send(200, b"<p>" + b"x" * 200_000 + b"</p>", "text/html")
        elif route == "/big-stream":
            self._stream_without_length(int(query.get("size", 200_000)))
        elif route == "/doc.pdf":
            self._send(200, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "application/pdf")
        elif route in ("/feed.rss", "/feed.atom", "/feed.json", "/feed-mixed.rss"):
            self._feed(route)
        elif route == "/slow":
            self._slow()
        else:
            self._send(404, b"not here", "text/plain")

    def _send(self, status: int, body: bytes, ctype: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location: str, status: int = 302) -> None:
        self.send_response(status)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _english(self) -> None:
        validators = {"ETag": EN_ETAG, "Last-Modified": EN_LAST_MODIFIED}
        etag = self.headers.get("If-None-Match")
        since = self.headers.get("If-Modified-Since")
        # RFC 9110: If-None-Match wins when present; If-Modified-Since only otherwise.
        if (etag is not None and etag == EN_ETAG) or (etag is None and since == EN_LAST_MODIFIED):
            self.send_response(304)
            for name, value in validators.items():
                self.send_header(name, value)
            self.end_headers()
            return
        self._send(200, self.owner.english, "text/html; charset=utf-8", validators)

    def _stream_without_length(self, size: int) -> None:
        # HTTP/1.0 without Content-Length: the body ends when the connection closes.
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        chunk = b"y" * 8192
        try:
            for _ in range(size // len(chunk) + 1):
                self.wfile.write(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up, as it should

    def _drip(self) -> None:
        # Each byte arrives well within the read timeout, but the whole never ends.
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        try:
            while not self.owner.release.wait(0.05):
                self.wfile.write(b"<p>.</p>\n")
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _feed(self, route: str) -> None:
        name = {
            "/feed.rss": "rss2.xml",
            "/feed.atom": "atom.xml",
            "/feed.json": "feed.json",
            "/feed-mixed.rss": "mixed.xml",
        }[route]
        ctype = {
            "/feed.rss": "application/rss+xml; charset=utf-8",
            "/feed-mixed.rss": "application/rss+xml; charset=utf-8",
            "/feed.atom": "application/atom+xml",
            "/feed.json": "application/feed+json",
        }[route]
        text = (FEEDS / name).read_text(encoding="utf-8").replace("{base}", self.owner.base)
        self._send(200, text.encode("utf-8"), ctype)

    def _slow(self) -> None:
        owner = self.owner
        with owner.lock:
            owner.in_flight += 1
            owner.max_in_flight = max(owner.max_in_flight, owner.in_flight)
        time.sleep(0.2)
        # Count the request done before answering, so a client's next request (sent as
        # soon as it reads this answer) never overlaps it in our count.
        with owner.lock:
            owner.in_flight -= 1
        self._send(200, b"<p>slow</p>", "text/html", {"Date": formatdate(usegmt=True)})
