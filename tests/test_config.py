"""The configuration: the shipped file works; every mistake is one line naming the key."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from feedpipe import config
from feedpipe.errors import ConfigError
from tests.paths import ROOT

GOOD = """
[feed]
title = "News"
link = "http://127.0.0.1:8080/"
output = "public/feed.atom"

[[sources]]
name = "seeds"
files = "seeds/*.txt"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_config_loads() -> None:
    cfg = config.load(ROOT / "config.toml")
    assert cfg.feed.self_link == "http://127.0.0.1:8080/feed.atom"
    assert cfg.feed.output == ROOT / "public" / "feed.atom"
    assert cfg.feed.id.startswith("tag:")
    assert [s.name for s in cfg.sources] == ["seeds"]
    assert cfg.feed.max_entries == 50


def test_relative_paths_are_relative_to_the_config(tmp_path: Path) -> None:
    cfg = config.load(write(tmp_path, GOOD))
    assert cfg.feed.output == (tmp_path / "public" / "feed.atom").resolve()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (GOOD.replace('title = "News"', 'title = "News"\ncolour = "red"'), "feed.colour: unknown key"),
        (
            GOOD.replace('output = "public/feed.atom"', "output = 3"),
            "feed.output: expected a non-empty string",
        ),
        (GOOD + "\nmax_entries = 0\n", "sources[0].max_entries: unknown key"),
        (GOOD.replace("[feed]", "[feed]\nmax_entries = 'ten'"), "feed.max_entries: expected an integer"),
        (
            GOOD.replace('link = "http://127.0.0.1:8080/"', 'link = "feed.atom"'),
            "feed.link: expected an absolute",
        ),
        (GOOD.replace('title = "News"\n', ""), "feed.title: missing"),
        (GOOD.replace("[feed]", "[fed]"), "fed: unknown key"),
        (GOOD + "keep = ['(']\n", "sources[0].keep: bad regular expression"),
        (GOOD + '\n[[sources]]\nname = "seeds"\nfiles = "x/*.txt"\n', "two sources are named 'seeds'"),
        (GOOD.replace('name = "seeds"', 'name = "seeds'), "TOML syntax error"),
    ],
)
def test_mistakes_are_named(tmp_path: Path, text: str, expected: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        config.load(path)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(str(path.resolve()) if "TOML" not in message else str(path))
    assert expected in message


def test_toml_syntax_error_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace('title = "News"', "title = News"))
    with pytest.raises(ConfigError, match=r"line 3"):
        config.load(path)


def test_cli_reports_a_bad_config_in_one_line(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace("[feed]", "[feed]\nbogus = 1"))
    proc = subprocess.run(
        [sys.executable, "-m", "feedpipe", "regenerate", "--config", str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert proc.returncode == 1
    assert proc.stderr.count("\n") == 1 and "feed.bogus: unknown key" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_missing_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such configuration file"):
        config.load(tmp_path / "absent.toml")
