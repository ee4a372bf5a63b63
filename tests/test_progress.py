"""Long runs show progress: a live display on a terminal, plain log lines elsewhere."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

from tests.paths import ROOT, SEED


def site(tmp_path: Path) -> Path:
    (tmp_path / "a").mkdir()
    for n in range(3):
        (tmp_path / "a" / f"{n}.txt").write_bytes(SEED.read_bytes())
    cfg = tmp_path / "config.toml"
    cfg.write_text(
        '[feed]\ntitle = "P"\nlink = "http://127.0.0.1:8080/"\noutput = "out/feed.atom"\n'
        '[[sources]]\nname = "local"\nfiles = "a/*.txt"\n',
        encoding="utf-8",
    )
    return cfg


def test_plain_log_lines_when_not_on_a_terminal(tmp_path: Path) -> None:
    cfg = site(tmp_path)
    proc = subprocess.run(
        [sys.executable, "-m", "feedpipe", "regenerate", "--config", str(cfg)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert proc.returncode == 0
    lines = proc.stderr.splitlines()
    assert [line.split(" ", 3)[:3] for line in lines[:3]] == [
        ["feedpipe:", "local:", "1"],
        ["feedpipe:", "local:", "2"],
        ["feedpipe:", "local:", "3"],
    ]
    assert "\x1b[" not in proc.stderr  # no terminal control codes in a log
    assert lines[-1].startswith("feedpipe: ") and "sources ok 1, failed 0" in lines[-1]


def test_a_live_display_on_a_terminal(tmp_path: Path) -> None:
    cfg = site(tmp_path)
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "feedpipe", "regenerate", "--config", str(cfg)],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        cwd=ROOT,
        env={**os.environ, "COLUMNS": "120", "TERM": "xterm"},
    )
    os.close(slave)
    out = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        out += chunk
    os.close(master)
    assert proc.wait(timeout=60) == 0
    screen = out.decode("utf-8", "replace")
    assert "\x1b[" in screen  # drawn with terminal control codes
    assert "local" in screen and "3 items" in screen
    assert "sources ok 1, failed 0" in screen
