"""Resident memory of the daemon: `feedpipe run` with [serve], after a few scheduled runs.

    PYTHONPATH=. python bench/daemon_memory.py [--files 20] [--runs 5]

Starts the daemon on a free port over ``--files`` seed-sized article files (the seed and
the news-dev corpus) with a 1 s schedule, polls the feed while it runs, waits for
``--runs`` summary lines, then reads VmRSS (and VmHWM, the peak) from
/proc/PID/status for the process and all its descendants and prints MB.  Target: at
most 80 MB.  Then, in a fresh interpreter, it lists which heavy libraries one run
imports and what each costs, to say where the memory goes.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

# What one run imports, measured by importing each on top of the previous ones.
PROBE = r"""
import resource, sys, time
def rss():
    with open('/proc/self/status') as f:
        for line in f:
            if line.startswith('VmRSS:'):
                return int(line.split()[1]) / 1024
base = rss()
steps = ['feedpipe.cli', 'feedpipe.schedule', 'feedpipe.generate', 'feedpipe.sources.files']
last = base
print(f'  {"python":<28} {base:6.1f} MB')
for name in steps:
    __import__(name)
    now = rss(); print(f'  + {name:<26} {now - last:+6.1f} MB'); last = now
from pathlib import Path
from feedpipe import config, generate
generate.regenerate(config.load(Path(sys.argv[1])), lock_wait=5)
now = rss(); print(f'  + {"one regenerate":<26} {now - last:+6.1f} MB'); last = now
heavy = sorted({m.split('.')[0] for m in sys.modules} & {
    'trafilatura', 'readability', 'lxml', 'feedgen', 'feedparser', 'httpx', 'apscheduler',
    'uvicorn', 'uvloop', 'httptools', 'charset_normalizer', 'nh3', 'rich', 'justext', 'htmldate',
    'courlan', 'dateparser', 'numpy'})
print(f'  loaded: {", ".join(heavy)}')
print(f'  total {now:.1f} MB')
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def tree(pid: int) -> list[int]:
    """`pid` and every descendant, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry))
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        todo.extend(children.get(p, []))
    return found


def status_kb(pid: int, key: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    return 0


def make_site(folder: Path, files: int, port: int) -> Path:
    sources = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
        (SHARED / "corpus" / "news-dev").glob("*/*.txt")
    )
    articles = folder / "articles"
    articles.mkdir()
    for i in range(files):
        shutil.copy(sources[i % len(sources)], articles / f"{i:03d}-{sources[i % len(sources)].name}")
    cfg = folder / "config.toml"
    cfg.write_text(
        '[feed]\ntitle = "memory"\nlink = "http://127.0.0.1:8080/"\noutput = "public/feed.atom"\n'
        f'[schedule]\nevery = "1s"\njitter = 0\n[serve]\nhost = "127.0.0.1"\nport = {port}\n'
        '[[sources]]\nname = "local"\nfiles = "articles/*.txt"\n',
        encoding="utf-8",
    )
    return cfg


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=20)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with tempfile.TemporaryDirectory(prefix="feedpipe-mem-") as tmp:
        port = free_port()
        cfg = make_site(Path(tmp), args.files, port)
        log = Path(tmp) / "daemon.log"
        with log.open("wb") as out:
            proc = subprocess.Popen(
                [sys.executable, "-m", "feedpipe", "run", "--config", str(cfg)],
                stdout=subprocess.DEVNULL,
                stderr=out,
                env=env,
            )
        try:
            deadline = time.monotonic() + 60
            while log.read_text().count(" run: ") < args.runs:
                if proc.poll() is not None or time.monotonic() > deadline:
                    sys.exit(f"daemon did not complete {args.runs} runs:\n{log.read_text()}")
                # Readers poll meanwhile: the server's buffers count too.
                with contextlib.suppress(OSError):
                    urllib.request.urlopen(f"http://127.0.0.1:{port}/feed.atom", timeout=5).read()
                time.sleep(0.2)
            pids = tree(proc.pid)
            rss = sum(status_kb(p, "VmRSS") for p in pids) / 1024
            peak = sum(status_kb(p, "VmHWM") for p in pids) / 1024
            threads = status_kb(proc.pid, "Threads")
        finally:
            proc.send_signal(signal.SIGTERM)
            code = proc.wait(15)
        runs = log.read_text().count(" run: ")
        print(
            f"feedpipe run ([serve], {args.files} files, {runs} runs, {len(pids)} process(es), {threads} threads)"
        )
        print(
            f"  VmRSS {rss:.1f} MB   VmHWM (peak) {peak:.1f} MB   target <= 80 MB: {'met' if rss <= 80 else 'MISSED'}"
        )
        print(f"  exit status after SIGTERM: {code}")
        print("where it goes (fresh interpreter, VmRSS deltas):")
        probe = subprocess.run(
            [sys.executable, "-c", PROBE, str(cfg)], capture_output=True, text=True, env=env
        )
        print(probe.stdout.rstrip() or probe.stderr)


if __name__ == "__main__":
    main()
