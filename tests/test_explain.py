"""`feedpipe clean --explain`: every raw line with its fate, on every dev article."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from feedpipe.cli import main
from tests.paths import CORPUS, SEED

FILES = [SEED, *sorted(CORPUS.rglob("*.txt")), *sorted((Path(__file__).parent / "fixtures").glob("*.txt"))]
LINE = re.compile(r"^\s*(\d+)  (title|subhead|body|byline|removed|empty)\s")


@pytest.mark.parametrize("path", [p for p in FILES if p.exists()], ids=lambda p: p.name)
def test_explain_lists_every_non_blank_line_once(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", "--explain", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"{path}: language ")
    numbers = [int(m.group(1)) for text in out[1:] if (m := LINE.match(text))]
    raw = path.read_text(encoding="utf-8").splitlines()
    assert numbers == [n for n, text in enumerate(raw, start=1) if text.strip()]


def test_explain_names_rules_and_cut_spans(capsys: pytest.CaptureFixture[str]) -> None:
    wire = Path(__file__).parent / "fixtures" / "ko-wire.txt"
    assert main(["clean", "--explain", str(SEED), str(wire)]) == 0
    out = capsys.readouterr().out
    assert "   14  removed   [copyright] Copyright © 서울경제. 무단전재 및 재배포 금지." in out
    assert "   15  removed   [headline-list] - 송혜교" in out
    assert "    1  title     " in out and "    2  subhead   오픈AI, 韓과 협력 강화 추진" in out
    assert "- cut [byline] (서울=연합뉴스) 홍길동 김철수 기자 =" in out
    assert "   16  removed   [copyright] <저작권자(c) 연합뉴스" in out


def test_explain_reports_a_missing_file_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["clean", "--explain", str(tmp_path / "nope.txt")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no such file" in err[0]
