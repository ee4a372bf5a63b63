"""The entry's HTML keeps the story's reading order, and the store keeps that order."""

from __future__ import annotations

import feedpipe
from feedpipe.model import Story
from feedpipe.render import story_html
from feedpipe.store import story_from_dict, story_to_dict

PAGE = """<!doctype html><html lang="en"><head><title>Harbour plan</title></head><body><article>
<h1>Harbour council approves the flood barrier</h1>
<p>The harbour council approved the new flood barrier on Tuesday after a two-year review.</p>
<h2>What happens next</h2>
<p>Construction starts in spring and is expected to take three years to finish, the chair said.</p>
<h2>Who pays</h2>
<p>The cost is shared between the city and the port authority under a deal signed last year.</p>
</article></body></html>"""


def test_section_heads_stay_between_their_paragraphs() -> None:
    story = feedpipe.clean(PAGE.encode())
    html = story_html(story)
    positions = [html.index(s) for s in ("approved the new", "What happens next", "Construction", "Who pays")]
    assert positions == sorted(positions)
    assert "<h2>What happens next</h2>" in html


def test_a_deck_without_order_comes_first() -> None:
    story = Story("T", ["Deck"], ["One.", "Two."], [], None, [], None, None, "en", None, None, None, "x", [])
    assert story_html(story) == "<h2>Deck</h2>\n<p>One.</p>\n<p>Two.</p>"


def test_the_store_keeps_the_reading_order() -> None:
    story = feedpipe.clean(PAGE.encode())
    again = story_from_dict(story_to_dict(story))
    assert again.order == story.order and story.order.startswith("psps")
    assert story_html(again) == story_html(story)
    assert "order" not in story.to_dict()  # the documented JSON keys stay as they are


def test_tags_left_in_a_scraped_text_are_not_shown_to_readers() -> None:
    story = Story(
        "T", [], ["<p>강원 속초시는 설치한다고 밝혔다.<br /><br />", "A <b>bold</b> move."], [],
        None, [], None, None, "ko", None, None, None, "x", [],
    )  # fmt: skip
    assert story_html(story) == "<p>강원 속초시는 설치한다고 밝혔다.</p>\n<p>A bold move.</p>"
