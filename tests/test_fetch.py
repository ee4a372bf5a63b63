"""fetch against a real HTTP server: validators, retries, timeouts, limits, errors."""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest

from feedpipe.errors import SourceError
from feedpipe.fetch import Fetched, Fetcher, FetchRequest, HttpSettings, Validators, retry_after
from tests.httpserver import EN_ETAG, EN_LAST_MODIFIED, TestServer

# Short waits so failure paths finish fast; behaviour is the same as with the defaults.
FAST = HttpSettings(timeout=2.0, retries=2, backoff=0.01)


def fetcher(**changes: Any) -> Fetcher:
    return Fetcher(replace(FAST, **changes))


def test_utf8_page_then_conditional_fetch_gets_a_real_304(server: TestServer) -> None:
    with fetcher() as f:
        first = f.fetch(server.url("/en.html"), accept=["html"])
        assert first.status == 200 and not first.not_modified
        assert first.content_type == "text/html" and first.charset == "utf-8"
        assert first.body == server.english
        assert first.validators == Validators(etag=EN_ETAG, last_modified=EN_LAST_MODIFIED)

        second = f.fetch(server.url("/en.html"), first.validators, accept=["html"])
        assert second.status == 304 and second.not_modified and second.body == b""
        assert second.validators == first.validators

        # Last-Modified alone is enough; a stale ETag gets the full page again.
        only_date = f.fetch(server.url("/en.html"), Validators(last_modified=EN_LAST_MODIFIED))
        assert only_date.not_modified
        stale = f.fetch(server.url("/en.html"), Validators(etag='"old"', last_modified=EN_LAST_MODIFIED))
        assert stale.status == 200 and stale.body == server.english
        assert stale.validators.etag == EN_ETAG  # the new version's, not the one we sent

        # A 200 without validators must not hand back the stale ones we sent.
        no_validators = f.fetch(server.url("/doc.pdf"), Validators(etag='"old"'))
        assert no_validators.status == 200 and no_validators.validators == Validators()


def test_user_agent_and_accept_are_sent(server: TestServer) -> None:
    with fetcher(user_agent="feedpipe-test/9") as f:
        got = f.fetch(server.url("/echo-headers"), accept=["text"])
    assert got.body.decode().splitlines() == ["User-Agent: feedpipe-test/9", "Accept: text/plain"]


def test_endless_slow_body_is_cut_by_the_total_timeout(server: TestServer) -> None:
    start = time.monotonic()
    with fetcher(timeout=1.0, total_timeout=0.5, retries=0) as f, pytest.raises(SourceError) as caught:
        f.fetch(server.url("/drip"))
    assert caught.value.problem == "download took longer than 0.5 s"
    assert time.monotonic() - start < 1.5


def test_redirect_is_followed_and_final_url_reported(server: TestServer) -> None:
    with fetcher() as f:
        got = f.fetch(server.url("/moved"))
    assert got.url == server.url("/moved")
    assert got.final_url == server.url("/en.html")
    assert got.body == server.english


def test_500_is_retried_then_reported_clearly(server: TestServer) -> None:
    path = "/error500?t=retries"
    with fetcher(retries=2) as f, pytest.raises(SourceError) as caught:
        f.fetch(server.url(path))
    assert server.hit_count(path) == 3
    assert caught.value.source == server.url(path)
    assert caught.value.problem == "HTTP 500 Internal Server Error (3 attempts)"
    assert "\n" not in str(caught.value)


def test_404_is_not_retried(server: TestServer) -> None:
    path = "/missing?t=404"
    with fetcher(retries=2) as f, pytest.raises(SourceError, match=r"HTTP 404 Not Found$"):
        f.fetch(server.url(path))
    assert server.hit_count(path) == 1


def test_429_waits_for_retry_after_then_succeeds(server: TestServer) -> None:
    path = "/busy429?t=wait1"
    start = time.monotonic()
    with fetcher() as f:
        got = f.fetch(server.url(path))
    elapsed = time.monotonic() - start
    assert got.status == 200 and got.body == b"<p>welcome back</p>"
    assert server.hit_count(path) == 2
    assert 1.0 <= elapsed < 3.0  # waited the second the server asked for, not the 10 ms backoff


def test_429_asking_for_too_long_is_not_waited_for(server: TestServer) -> None:
    path = "/busy429?t=long&wait=3600"
    start = time.monotonic()
    with fetcher(max_retry_after=5) as f, pytest.raises(SourceError) as caught:
        f.fetch(server.url(path))
    assert time.monotonic() - start < 1.0
    assert server.hit_count(path) == 1
    assert caught.value.problem == "HTTP 429 Too Many Requests (server asks to wait 3600 s)"


def test_server_that_never_answers_times_out_quickly(server: TestServer) -> None:
    path = "/hang?t=timeout"
    start = time.monotonic()
    with fetcher(timeout=0.5, retries=1) as f, pytest.raises(SourceError) as caught:
        f.fetch(server.url(path))
    elapsed = time.monotonic() - start
    assert caught.value.problem == "timed out waiting for the server (0.5 s) (2 attempts)"
    assert server.hit_count(path) == 2
    assert 1.0 <= elapsed < 3.0


def test_redirect_without_location_is_an_error(server: TestServer) -> None:
    with fetcher() as f, pytest.raises(SourceError, match=r": HTTP 300 Multiple Choices$"):
        f.fetch(server.url("/choices"))


def test_redirect_loop_is_named(server: TestServer) -> None:
    with fetcher() as f, pytest.raises(SourceError) as caught:
        f.fetch(server.url("/loop/a"))
    assert caught.value.problem == f"redirect loop (back to {server.url('/loop/a')})"


def test_too_many_redirects(server: TestServer) -> None:
    with fetcher(max_redirects=5) as f, pytest.raises(SourceError) as caught:
        f.fetch(server.url("/chain/0?t=x"))
    assert caught.value.problem == "too many redirects (more than 5)"
    assert server.hit_count("/chain/5") == 1 and server.hit_count("/chain/6") == 0


@pytest.mark.parametrize("path", ["/big", "/big-stream"])
def test_body_larger_than_the_cap_is_refused(server: TestServer, path: str) -> None:
    with fetcher(max_bytes=64 * 1024) as f, pytest.raises(SourceError) as caught:
        f.fetch(server.url(path))
    assert caught.value.problem == "response larger than 64 KB"
    # The same body under a bigger cap comes through whole.
    with fetcher(max_bytes=1024 * 1024) as f:
        assert len(f.fetch(server.url(path)).body) > 200_000


def test_default_cap_reads_as_10_mb() -> None:
    assert HttpSettings().max_bytes == 10 * 1024 * 1024


def test_content_type_not_asked_for(server: TestServer) -> None:
    with fetcher() as f:
        with pytest.raises(SourceError) as caught:
            f.fetch(server.url("/doc.pdf"), accept=["html"])
        assert caught.value.problem == "not HTML (application/pdf)"
        with pytest.raises(SourceError) as caught:
            f.fetch(server.url("/en.html"), accept=["feed"])
        assert caught.value.problem == "not a feed (text/html)"
        # Asking for either kind lets both through.
        assert f.fetch(server.url("/feed.atom"), accept=["html", "feed"]).status == 200


def test_connection_refused() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    # Nothing listens there now.
    url = f"http://127.0.0.1:{port}/"
    with fetcher(retries=1) as f, pytest.raises(SourceError) as caught:
        f.fetch(url)
    assert caught.value.problem == "connection refused (2 attempts)"


def test_dns_failure_is_not_retried() -> None:
    with fetcher(retries=2, backoff=1.0) as f, pytest.raises(SourceError) as caught:
        f.fetch("http://no-such-host.invalid/news")
    assert caught.value.problem == "cannot resolve host no-such-host.invalid"


@pytest.mark.parametrize(
    ("url", "problem"),
    [("ftp://example.com/feed", "not an http(s) URL"), ("/relative/path", "not an http(s) URL")],
)
def test_not_a_web_url(url: str, problem: str) -> None:
    with fetcher() as f, pytest.raises(SourceError) as caught:
        f.fetch(url)
    assert caught.value.problem == problem


def test_fetch_all_keeps_input_order_and_returns_errors(server: TestServer) -> None:
    urls = [server.url("/en.html"), server.url("/missing?t=all"), server.url("/ko.html"), "ftp://x/"]
    with fetcher() as f:
        results = f.fetch_all([urls[0], urls[1], FetchRequest(urls[2], accept=("html",)), urls[3]])
    assert [r.url if isinstance(r, Fetched) else r.source for r in results] == urls
    assert isinstance(results[0], Fetched) and results[0].body == server.english
    assert isinstance(results[1], SourceError) and results[1].problem == "HTTP 404 Not Found"
    assert isinstance(results[2], Fetched) and results[2].body == server.korean
    assert isinstance(results[3], SourceError)


def test_fetch_all_bounds_requests_per_host() -> None:
    # Two servers are two hosts (origin = scheme, host, port): each sees at most 2 at once,
    # yet both are served in parallel.
    first, second = TestServer(), TestServer()
    try:
        urls = [srv.url(f"/slow?i={i}") for i in range(6) for srv in (first, second)]
        start = time.monotonic()
        with fetcher(per_host=2, max_workers=8) as f:
            results = f.fetch_all(urls)
        elapsed = time.monotonic() - start
        assert all(isinstance(r, Fetched) and r.status == 200 for r in results)
        assert first.max_in_flight == 2 and second.max_in_flight == 2
        # 6 requests per host, 2 at a time, 0.2 s each: about 0.6 s when the two hosts are
        # served side by side; 1.2 s if one waited for the other, 2.4 s in series.
        assert elapsed < 1.1
    finally:
        first.stop()
        second.stop()


def test_fetcher_is_safe_to_share_between_threads(server: TestServer) -> None:
    errors: list[BaseException] = []
    with fetcher() as f:

        def work() -> None:
            try:
                assert f.fetch(server.url("/en.html")).body == server.english
            except BaseException as exc:
                errors.append(exc)

        threads = [threading.Thread(target=work) for _ in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert errors == []


def test_retry_after_forms() -> None:
    now = datetime(2026, 1, 1, 12, 0, 0, tzinfo=UTC)
    assert retry_after("120") == 120.0
    assert retry_after("Thu, 01 Jan 2026 12:00:30 GMT", now) == 30.0
    assert retry_after("Thu, 01 Jan 2026 11:00:00 GMT", now) == 0.0  # already past
    assert retry_after("soon") is None
    assert retry_after(None) is None
