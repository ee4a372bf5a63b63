"""End to end on the seed article: what "clean" means for it, exactly."""

from __future__ import annotations

import json
import subprocess
import sys

import feedpipe
from tests.paths import ROOT, SEED

RAW = SEED.read_text(encoding="utf-8").splitlines()


def test_title_subheads_and_paragraphs_exactly():
    story = feedpipe.clean(SEED.read_bytes())
    assert story.title == RAW[0]
    # The deck: five subheads, the bullet marker of the first stripped.
    assert story.subheads == [RAW[1].removeprefix("◆ "), *RAW[2:6]]
    assert story.paragraphs == RAW[6:13]


def test_nothing_after_the_story_survives():
    story = feedpipe.clean(SEED.read_bytes())
    text = "\n".join([story.title or "", *story.subheads, *story.paragraphs])
    for line in RAW[13:24]:
        assert line.lstrip("- ") not in text
    reasons = [r.reason for r in story.removed]
    assert reasons[0] == "copyright"
    assert reasons[1:] == ["headline-list"] * 10
    assert [r.text for r in story.removed] == RAW[13:24]


def test_rights_line_names_publisher_and_rights():
    story = feedpipe.clean(SEED.read_bytes())
    assert story.publisher == "서울경제"
    assert story.rights == "Copyright © 서울경제"
    assert story.language == "ko"


def test_dates_are_never_invented():
    story = feedpipe.clean(SEED.read_bytes())
    assert story.published is None and story.updated is None


def test_quotes_carry_the_speakers_the_text_names():
    story = feedpipe.clean(SEED.read_bytes())
    speakers = {q.speaker for q in story.quotes}
    assert {"올트먼 CEO", "그레그 브록먼 공동창업자", "이영 중기부 장관"} <= speakers
    # The opening quotation names nobody in its sentence.
    assert story.quotes[0].speaker is None
    assert all(q.text in "\n".join(story.paragraphs) for q in story.quotes)


def test_summary_is_the_lead_cut_at_a_sentence():
    story = feedpipe.clean(SEED.read_bytes())
    assert story.summary is not None
    assert RAW[6].startswith(story.summary.rstrip("…"))
    assert story.summary.endswith((".", "”", "…"))


def test_json_output_has_the_documented_keys():
    out = subprocess.run(
        [sys.executable, "-m", "feedpipe", "clean", "--format", "json", str(SEED)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout
    data = json.loads(out)
    assert list(data) == [
        "title", "subheads", "paragraphs", "quotes", "byline", "authors", "publisher", "rights",
        "language", "published", "updated", "summary", "source", "removed",
    ]  # fmt: skip
    assert data == feedpipe.clean(SEED.read_bytes(), url=None).to_dict() | {"source": str(SEED)}
    assert all(set(r) == {"text", "reason"} for r in data["removed"])
