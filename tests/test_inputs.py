"""Bad input gets a one-line error naming the file and a non-zero exit, never a traceback;
odd but valid input (legacy encodings, CRLF, invisible characters) cleans correctly."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.paths import ROOT, SEED

SEED_TEXT = SEED.read_text(encoding="utf-8")
RAW = SEED_TEXT.splitlines()


def run_clean(*paths: Path, fmt: str = "json") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "feedpipe", "clean", "--format", fmt, *map(str, paths)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )


def assert_one_line_error(proc: subprocess.CompletedProcess[str], path: Path, problem: str) -> None:
    assert proc.returncode == 1
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert str(path) in lines[0] and problem in lines[0]
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n \r\n", "empty file"),
        ("binary.bin", bytes(range(256)) * 40, "binary data"),
        ("noise.txt", b"\x00\x01\x02\x03" * 2000, "binary data"),
        ("punctuation.txt", b"---\n***\n...\n", "no article text found"),
    ],
)
def test_garbage_is_refused_with_one_line(tmp_path: Path, name: str, content: bytes, problem: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert_one_line_error(run_clean(path), path, problem)


def test_missing_path_and_directory(tmp_path: Path) -> None:
    assert_one_line_error(run_clean(tmp_path / "nope.txt"), tmp_path / "nope.txt", "no such file")
    assert_one_line_error(run_clean(tmp_path), tmp_path, "directory")


def test_oversized_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("w", encoding="utf-8") as out:
        while out.tell() < 20 * 1024 * 1024:
            out.write(SEED_TEXT)
    assert_one_line_error(run_clean(path), path, "too large")


def test_one_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    proc = run_clean(bad, SEED)
    assert proc.returncode == 1
    assert len(proc.stdout.strip().splitlines()) == 1
    assert str(bad) in proc.stderr


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("cp949", SEED_TEXT.replace("©", "(c)")),  # CP949 has no ©
        ("euc-kr", SEED_TEXT.replace("©", "(c)").replace("···", "…")),
        ("utf-16", SEED_TEXT),
        ("utf-16-le", SEED_TEXT),
        ("utf-16-be", SEED_TEXT),
        ("utf-8-sig", SEED_TEXT),
    ],
)
def test_legacy_and_wide_encodings_decode(tmp_path: Path, encoding: str, text: str) -> None:
    import feedpipe

    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        pytest.skip(f"{encoding} cannot hold the seed")
    story = feedpipe.clean(data)
    lines = text.splitlines()
    assert story.title == lines[0]
    assert story.paragraphs == lines[6:13]
    assert story.publisher == "서울경제"


def test_crlf_invisible_and_control_characters(tmp_path: Path) -> None:
    import feedpipe

    damaged = (
        SEED_TEXT.replace("\n", "\r\n")
        .replace("올트먼", "올\u200b트먼\u00ad")
        .replace("CEO", "C\x07EO", 1)
        .replace("한편", "\ufeff한편\x00")
    )
    story = feedpipe.clean(damaged.encode("utf-8"))
    assert story.paragraphs == RAW[6:13]
    assert story.title == RAW[0]
