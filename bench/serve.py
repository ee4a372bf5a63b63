"""Load benchmark for the feed server, with nginx serving the same file as the reference.

    PYTHONPATH=. python bench/serve.py [--duration 10] [--connections 50]

Two modes, 50 keep-alive pollers each: ``conditional`` (If-None-Match -> 304) and
``full`` (200 with the ~220 KB Atom file, no gzip).  Prints requests/s, p99 latency
and the server's resident memory.  The load generator is ``wrk`` when installed
(``apt-get install -y wrk``), else a small asyncio HTTP/1.1 keep-alive client in this
process (slower: it may measure itself rather than the server).  nginx comes from
``apt-get install -y nginx``; without it the reference row is skipped.  All load goes
to 127.0.0.1 only, and each mode runs for a bounded time.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import textwrap
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from feedgen.feed import FeedGenerator

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "news-dev"
HOST = "127.0.0.1"
TARGET_BYTES = 220_000


def make_feed(folder: Path) -> bytes:
    """A ~220 KB Atom feed of real corpus articles (repeated with distinct ids until big enough)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*/*.txt"))]
    fg = FeedGenerator()
    fg.id("tag:feedpipe.example,2026:bench")
    fg.title("feedpipe bench")
    fg.link(href=f"http://{HOST}/feed.atom", rel="self")
    t0 = datetime(2026, 3, 1, tzinfo=UTC)
    fg.updated(t0)
    size, i = 0, 0
    while size < TARGET_BYTES:
        lines = [x for x in texts[i % len(texts)].splitlines() if x.strip()]
        fe = fg.add_entry(order="append")
        fe.id(f"tag:feedpipe.example,2026:{i}")
        fe.title(lines[0][:120])
        fe.link(href=f"https://news.example/{i}")
        fe.updated(t0 - timedelta(hours=i))
        body = "\n".join(lines[1:])[:6000]
        fe.content(body, type="text")
        size += len(body.encode()) + 400
        i += 1
    data = bytes(fg.atom_str(pretty=True))
    (folder / "feed.atom").write_bytes(data)
    return data


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def wait_listening(port: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            socket.create_connection((HOST, port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing listening on {HOST}:{port}")


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


@dataclass
class Server:
    name: str
    port: int
    pid: int  # the process that serves (nginx: its one worker)


@contextmanager
def feedpipe_server(folder: Path) -> Iterator[Server]:
    port = free_port()
    code = (
        "from pathlib import Path\nfrom feedpipe.serve import Site, serve\n"
        f"serve(Site(folder=Path({str(folder)!r}), max_age=300), {HOST!r}, {port})"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", code], env=env)
    try:
        wait_listening(port)
        yield Server("feedpipe", port, proc.pid)
    finally:
        proc.terminate()
        proc.wait(10)


BARE_APP = """
import sys
from pathlib import Path
body = Path(sys.argv[1]).read_bytes()
etag = b'"bare"'
start200 = {"type": "http.response.start", "status": 200,
            "headers": [(b"content-type", b"application/atom+xml"), (b"etag", etag),
                        (b"content-length", str(len(body)).encode())]}
start304 = {"type": "http.response.start", "status": 304, "headers": [(b"etag", etag)]}
full, empty = {"type": "http.response.body", "body": body}, {"type": "http.response.body", "body": b""}
async def app(scope, receive, send):
    if scope["type"] != "http":
        return
    if (b"if-none-match", etag) in scope["headers"]:
        await send(start304); await send(empty)
    else:
        await send(start200); await send(full)
import uvicorn
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[2]), log_level="warning", access_log=False,
            http="httptools", loop="uvloop", lifespan="off")
"""


@contextmanager
def bare_server(folder: Path) -> Iterator[Server]:
    """The floor: uvicorn with a trivial ASGI app answering the same bytes (no feedpipe code)."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-c", BARE_APP, str(folder / "feed.atom"), str(port)])
    try:
        wait_listening(port)
        yield Server("bare-asgi", port, proc.pid)
    finally:
        proc.terminate()
        proc.wait(10)


@contextmanager
def nginx_server(folder: Path, work: Path) -> Iterator[Server | None]:
    nginx = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
    if nginx is None:
        print("nginx not installed (apt-get install -y nginx): no reference row", file=sys.stderr)
        yield None
        return
    port = free_port()
    conf = work / "nginx.conf"
    conf.write_text(
        textwrap.dedent(
            f"""
            daemon off;
            worker_processes 1;
            pid {work}/nginx.pid;
            error_log {work}/error.log warn;
            events {{ worker_connections 1024; }}
            http {{
                access_log off;
                client_body_temp_path {work}/body;
                proxy_temp_path {work}/proxy;
                fastcgi_temp_path {work}/fastcgi;
                uwsgi_temp_path {work}/uwsgi;
                scgi_temp_path {work}/scgi;
                types {{ application/atom+xml atom; }}
                sendfile on;
                tcp_nopush on;
                keepalive_requests 1000000;
                etag on;
                server {{
                    listen {HOST}:{port};
                    root {folder};
                }}
            }}
            """
        )
    )
    proc = subprocess.Popen([nginx, "-c", str(conf), "-p", str(work)])
    try:
        wait_listening(port)
        children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()
        yield Server("nginx", port, int(children[0]) if children else proc.pid)
    finally:
        proc.terminate()
        proc.wait(10)


@dataclass
class Result:
    rps: float
    p99_ms: float
    bytes_per_req: float
    bad: int


def run_wrk(port: int, etag: str | None, duration: int, connections: int) -> Result:
    cmd = ["wrk", "-t1", f"-c{connections}", f"-d{duration}s", "--latency", f"http://{HOST}:{port}/feed.atom"]
    if etag:
        cmd[1:1] = ["-H", f"If-None-Match: {etag}"]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)\b", out)
    assert p99, out
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}[p99.group(2)]
    total = re.search(r"(\d+) requests in .*?, ([\d.]+)(B|KB|MB|GB) read", out)
    assert total, out
    unit = {"B": 1, "KB": 1024, "MB": 1024**2, "GB": 1024**3}[total.group(3)]
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return Result(
        rps,
        float(p99.group(1)) * scale,
        float(total.group(2)) * unit / max(int(total.group(1)), 1),
        int(bad.group(1)) if bad else 0,
    )


async def _poller(port: int, request: bytes, stop: float, lat: list[float], stats: list[int]) -> None:
    reader, writer = await asyncio.open_connection(HOST, port, limit=1 << 20)
    clock = time.perf_counter
    try:
        while clock() < stop:
            t = clock()
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            if head[9:10] not in (b"2", b"3"):
                stats[1] += 1
            i = head.lower().find(b"content-length:")
            n = int(head[i + 15 : head.index(b"\r\n", i)]) if i >= 0 else 0
            if n:
                await reader.readexactly(n)
            lat.append(clock() - t)
            stats[0] += len(head) + n
    finally:
        writer.close()


def run_asyncio(port: int, etag: str | None, duration: int, connections: int) -> Result:
    request = f"GET /feed.atom HTTP/1.1\r\nHost: {HOST}\r\n".encode()
    if etag:
        request += f"If-None-Match: {etag}\r\n".encode()
    request += b"\r\n"
    lat: list[float] = []
    stats = [0, 0]

    async def main() -> float:
        start = time.perf_counter()
        stop = start + duration
        await asyncio.gather(*(_poller(port, request, stop, lat, stats) for _ in range(connections)))
        return time.perf_counter() - start

    try:
        import uvloop  # the client must not be the bottleneck more than it has to

        elapsed = uvloop.run(main())
    except ImportError:
        elapsed = asyncio.run(main())
    lat.sort()
    return Result(len(lat) / elapsed, lat[int(len(lat) * 0.99)] * 1000, stats[0] / max(len(lat), 1), stats[1])


def probe(port: int) -> tuple[str, int]:
    """The feed's ETag, after checking that it is honoured (a real 304), and the body size."""
    with urllib.request.urlopen(f"http://{HOST}:{port}/feed.atom") as r:
        etag, size = r.headers["ETag"], len(r.read())
    req = urllib.request.Request(f"http://{HOST}:{port}/feed.atom", headers={"If-None-Match": etag})
    try:
        urllib.request.urlopen(req)
        raise RuntimeError(f"port {port}: If-None-Match {etag} did not give 304")
    except urllib.error.HTTPError as exc:
        if exc.code != 304:
            raise
    return etag, size


def main() -> None:
    """Run both modes against feedpipe and nginx and print the table."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--duration", type=int, default=10, help="seconds per mode and server (max 30)")
    ap.add_argument("--connections", type=int, default=50)
    ap.add_argument("--client", choices=["auto", "wrk", "asyncio"], default="auto")
    args = ap.parse_args()
    duration = min(args.duration, 30)
    use_wrk = args.client == "wrk" or (args.client == "auto" and shutil.which("wrk") is not None)
    if args.client == "auto" and not use_wrk:
        print("wrk not found (apt-get install -y wrk): using the asyncio client", file=sys.stderr)
    run = run_wrk if use_wrk else run_asyncio
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        work.chmod(0o755)  # nginx workers run as nobody and must read the folder
        folder = work / "site"
        folder.mkdir()
        folder.chmod(0o755)
        size = len(make_feed(folder))
        with feedpipe_server(folder) as fp, bare_server(folder) as bare, nginx_server(folder, work) as ng:
            for server in (s for s in (fp, bare, ng) if s is not None):
                etag, body = probe(server.port)
                assert body == size
                for mode in ("conditional", "full"):
                    res = run(
                        server.port, etag if mode == "conditional" else None, duration, args.connections
                    )
                    rows.append((server.name, mode, res, rss_kib(server.pid)))
    client = "wrk -t1" if use_wrk else "asyncio client"
    print(
        f"\nfeed {size / 1000:.0f} kB, {args.connections} connections, {duration} s per row, load by {client}"
    )
    print(f"{'server':<9} {'mode':<12} {'req/s':>9} {'p99 ms':>7} {'B/req':>8} {'bad':>5} {'RSS MiB':>8}")
    for name, mode, res, rss in rows:
        print(
            f"{name:<9} {mode:<12} {res.rps:>9.0f} {res.p99_ms:>7.2f} {res.bytes_per_req:>8.0f} "
            f"{res.bad:>5} {rss / 1024:>8.1f}"
        )


if __name__ == "__main__":
    main()
