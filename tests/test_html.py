"""HTML extraction: real benchmark pages (../shared/bench) and small pages for metadata."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from feedpipe.html import extract_html, extract_text
from tests.paths import SHARED

BENCH = SHARED / "bench" / "article-extraction"
needs_bench = pytest.mark.skipif(not (BENCH / "truth.json").exists(), reason="../shared/bench is absent")


def _truth() -> dict[str, dict[str, str]]:
    data: dict[str, dict[str, str]] = json.loads((BENCH / "truth.json").read_text(encoding="utf-8"))
    return data


def _page(prefix: str) -> tuple[str, str, str]:
    """(html, url, true article body) of the benchmark page whose id starts with prefix."""
    truth = _truth()
    (pid,) = [k for k in truth if k.startswith(prefix)]
    html = (BENCH / "html" / f"{pid}.html").read_text(encoding="utf-8")
    return html, truth[pid]["url"], truth[pid]["articleBody"]


def _shingle_pr(truth: str, pred: str) -> tuple[float, float]:
    """Precision and recall of 4-word shingles, the benchmark's own measure."""

    def bag(text: str) -> Counter[tuple[str, ...]]:
        words = re.findall(r"\w+", text)
        return Counter(tuple(words[i : i + 4]) for i in range(max(1, len(words) - 3)))

    t, p = bag(truth), bag(pred)
    hit = sum((t & p).values())
    return hit / max(1, sum(p.values())), hit / max(1, sum(t.values()))


def _article(body: str, head: str = "", lang: str = "en") -> str:
    """A page with navigation and footer around an <article> long enough to be the story."""
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">{head}</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>Harbour bridge reopens after repairs</h1>{body}
<p>The council said the bridge had carried more traffic in its first hour than on any
day last month, and that the ferry service would return to its winter timetable.</p>
<p>Engineers will inspect the deck again in the spring, when the temperature allows the
sealant on the expansion joints to be checked for cracks.</p>
</article>
<footer><p>Copyright 2024 The Harbour Times. All rights reserved.</p></footer>
</body></html>"""


STORY = """<p>The harbour bridge reopened to traffic on Monday morning after six weeks of repairs
to its steel deck, the city's transport department said in a statement.</p>
<p>Drivers had been diverted through the old town since the start of October, adding up
to forty minutes to a journey across the river at peak times.</p>"""


# --- real pages ----------------------------------------------------------------------


@needs_bench
@pytest.mark.parametrize(
    "prefix",
    [
        "702d1da63b8e",  # nytimes, English
        "c7e39ac49fa1",  # bbc
        "c82b3d1d540b",  # wday.ru, Russian
        "20b2b64916b0",  # remember8090.it, Italian
        "0ec95c7261d1",  # entermedia.co.kr, Korean
        "3252222e61fe",  # Portuguese blog
    ],
)
def test_real_pages_match_the_hand_checked_body(prefix: str) -> None:
    html, _, truth = _page(prefix)
    precision, recall = _shingle_pr(truth, extract_text(html))
    assert precision >= 0.9
    assert recall >= 0.95


@needs_bench
def test_story_body_split_into_chunks_is_extracted_whole() -> None:
    # wired.com splits the body into sibling chunks between ads; the first alone is 35 %.
    html, _, truth = _page("d48aeb9cf2f2")
    _, recall = _shingle_pr(truth, extract_text(html))
    assert recall >= 0.9


@needs_bench
def test_real_page_metadata_and_headline_not_repeated() -> None:
    html, url, _ = _page("042bb7b5feda")
    doc = extract_html(html, url)
    meta = doc.meta
    assert meta.title == "Google Stadia, Microsoft xCloud, Apple Arcade: So Many Ways to Play…and Pay"
    assert meta.authors == ["Sarah E. Needleman"]
    assert meta.publisher == "Wall Street Journal"
    assert meta.published == datetime(2019, 11, 19, 13, 3, tzinfo=UTC)
    assert meta.language == "en-US"
    assert meta.url is not None and meta.url.startswith("https://www.wsj.com/articles/")
    assert doc.blocks and all(b.text != meta.title for b in doc.blocks)
    assert doc.blocks[1].text.startswith("Gaming used to be so simple.")


@needs_bench
def test_lists_of_links_to_other_stories_are_dropped() -> None:
    html, _, _ = _page("686bb170effe")  # space.com: a list of related stories inside the body
    text = extract_text(html)
    assert "The Jupiter moon Europa's elusive and enigmatic water-vapor" in text
    assert "Photos: Europa, Mysterious Icy Moon of Jupiter" not in text


@needs_bench
def test_embedded_tweets_quoted_in_the_story_are_kept_as_quotes() -> None:
    html, url, truth = _page("3f65af7b6b98")  # nj.com: the story quotes several tweets
    doc = extract_html(html, url)
    quotes = [b.text for b in doc.blocks if b.kind == "quote"]
    assert "— Governor Kristi Noem (@govkristinoem) November 18, 2019" in quotes
    _, recall = _shingle_pr(truth, extract_text(html))
    assert recall >= 0.95


@needs_bench
def test_real_page_figure_caption_kept_apart() -> None:
    html, url, _ = _page("9cb8224b66")  # billboard: photo with a figcaption in the story
    doc = extract_html(html, url)
    captions = [b.text for b in doc.blocks if b.kind == "caption"]
    assert captions == ["Clay Patrick McBride Doobie Brothers"]
    assert "Clay Patrick McBride" not in extract_text(html)


# --- metadata ------------------------------------------------------------------------


def test_json_ld_news_article_with_author_list() -> None:
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Not the article"},
            {
                "@type": ["NewsArticle"],
                "headline": "Harbour bridge reopens after repairs",
                "author": [
                    {"@type": "Person", "name": "Ana Ruiz"},
                    {"@type": "Person", "name": "By Tom Field"},
                    "Ana Ruiz",
                ],
                "publisher": {"@type": "Organization", "name": "The Harbour Times"},
                "datePublished": "2024-03-04T08:15:00+01:00",
                "dateModified": "2024-03-04T10:00:00Z",
                "inLanguage": "en-GB",
            },
        ],
    }
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script><title>Other | Site</title>'
    meta = extract_html(_article(STORY, head)).meta
    assert meta.title == "Harbour bridge reopens after repairs"
    assert meta.authors == ["Ana Ruiz", "Tom Field"]
    assert meta.byline == "Ana Ruiz, Tom Field"
    assert meta.publisher == "The Harbour Times"
    assert meta.published == datetime(2024, 3, 4, 8, 15, tzinfo=timezone(timedelta(hours=1)))
    assert meta.updated == datetime(2024, 3, 4, 10, 0, tzinfo=UTC)
    assert meta.language == "en-GB"


def test_broken_json_ld_falls_back_to_opengraph_and_meta() -> None:
    head = """<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
<meta property="og:title" content="Bridge reopens">
<meta property="og:site_name" content="Harbour Times">
<meta property="article:published_time" content="2024-03-04T08:15:00">
<meta property="article:modified_time" content="2024-03-05">
<meta property="article:author" content="https://example.org/staff/ana">
<meta name="author" content="Ana Ruiz">
<meta name="description" content="The bridge is open again.">
<link rel="canonical" href="/news/bridge-reopens">"""
    doc = extract_html(_article(STORY, head, lang="en-GB"), "https://example.org/a?id=7")
    meta = doc.meta
    assert meta.title == "Bridge reopens"
    assert meta.publisher == "Harbour Times"
    assert meta.published == datetime(2024, 3, 4, 8, 15, tzinfo=UTC)  # naive: taken as UTC
    assert meta.updated == datetime(2024, 3, 5, tzinfo=UTC)
    assert meta.authors == ["Ana Ruiz"]  # the profile URL is no name
    assert meta.description == "The bridge is open again."
    assert meta.language == "en-GB"
    assert meta.url == "https://example.org/news/bridge-reopens"


@pytest.mark.parametrize(
    ("stated", "expected"),
    [
        ("2019-11-19T10:00:00.000+0000", datetime(2019, 11, 19, 10, tzinfo=UTC)),
        ("2019-11-19T10:00:00-05:00", datetime(2019, 11, 19, 10, tzinfo=timezone(timedelta(hours=-5)))),
        ("2019-11-19 10:00:00", datetime(2019, 11, 19, 10, tzinfo=UTC)),
        ("Tue, 19 Nov 2019 10:00:00 GMT", datetime(2019, 11, 19, 10, tzinfo=UTC)),
        ("2019-11-19T10:00:00 Eastern", datetime(2019, 11, 19, 10, tzinfo=UTC)),
        ("next Tuesday", None),
    ],
)
def test_published_dates_are_timezone_aware(stated: str, expected: datetime | None) -> None:
    head = f'<meta property="article:published_time" content="{stated}">'
    assert extract_html(_article(STORY, head)).meta.published == expected


@pytest.mark.parametrize(
    ("head", "url", "title"),
    [
        ("<title>Bridge reopens | The Harbour Times</title>", None, "Bridge reopens"),
        ("<title>Bridge reopens - Harbour Times</title>", "https://www.harbourtimes.com/a", "Bridge reopens"),
        (
            '<title>Bridge reopens — The Times</title><meta property="og:site_name" content="The Times">',
            None,
            "Bridge reopens",
        ),
        ("<title>Covid-19 - what we know</title>", "https://example.org/a", "Covid-19 - what we know"),
    ],
)
def test_title_tag_without_site_suffix_when_nothing_else(head: str, url: str | None, title: str) -> None:
    meta = extract_html(_article(STORY, head), url).meta
    assert meta.title == title
    assert meta.language == "en"


def test_base_href_and_lazy_images_are_resolved() -> None:
    body = (
        STORY
        + """<figure><img src="data:image/gif;base64,R0lGOD" data-src="img/deck.jpg">
<figcaption>The repaired deck at dawn. Photo: Ana Ruiz</figcaption></figure>
<figure><img data-original="//cdn.example.net/bridge.png"></figure>
<img src="/logo.svg">"""
    )
    head = '<base href="https://static.example.org/news/"><meta property="og:image" content="/lead.jpg">'
    doc = extract_html(_article(body, head), "https://example.org/a/b.html")
    assert doc.images == [
        "https://static.example.org/lead.jpg",
        "https://static.example.org/news/img/deck.jpg",
        "https://cdn.example.net/bridge.png",
    ]


def test_figure_caption_is_its_own_kind_in_reading_order() -> None:
    body = (
        STORY
        + """<figure><img src="deck.jpg"><figcaption>The repaired deck at dawn.</figcaption></figure>
<h2>What changed</h2><blockquote><p>We replaced every bolt on the east span.</p></blockquote>
<ul><li>New expansion joints on both approaches</li><li>A wider cycle lane</li></ul>
<pre>east span:  412 bolts
west span:  388 bolts</pre>
<table><tr><th>Span</th><th>Length</th></tr><tr><td>East</td><td></td><td>400 m</td></tr></table>"""
    )
    doc = extract_html(_article(body))
    kinds = [(b.kind, b.text) for b in doc.blocks]
    i = kinds.index(("caption", "The repaired deck at dawn."))
    assert kinds[i - 1][0] == "paragraph" and kinds[i - 1][1].startswith("Drivers had been diverted")
    assert ("heading", "What changed") in kinds
    assert ("quote", "We replaced every bolt on the east span.") in kinds
    assert ("item", "A wider cycle lane") in kinds
    assert ("pre", "east span:  412 bolts\nwest span:  388 bolts") in kinds
    assert ("paragraph", "Span | Length") in kinds and ("paragraph", "East | 400 m") in kinds
    assert "The repaired deck at dawn." not in extract_text(_article(body))
    # The headline is meta.title, not a block.
    assert doc.meta.title is None or all(b.text != "Harbour bridge reopens after repairs" for b in doc.blocks)


def test_control_characters_are_stripped() -> None:
    doc = extract_html(_article(STORY.replace("Monday", "Mon\x00day\x0b").replace("river", "riv\ufffeer")))
    text = "\n".join(b.text for b in doc.blocks)
    assert "Monday" in text and "river" in text
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", text)


# --- robustness ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "garbage",
    [
        "",
        "   \n ",
        "plain text, no markup at all",
        "<",
        "<html><body></body></html>",
        '<?xml version="1.0" encoding="utf-8"?><html><body><p>x</p></body></html>',
        "<div>" * 5000 + "deep" + "</div>" * 10,
        "\x00\x01\x02<p>\ud800</p>",
        "<script type='application/ld+json'>[[[[</script><p>ok</p>",
        "<table><tr><td><p>cell</td></table></p>" * 200,
        "\ufeff<html><head><base href='http://[::1'></head><body><a href='x'>x</a></body></html>",
    ],
)
def test_garbage_never_raises(garbage: str) -> None:
    doc = extract_html(garbage, "https://example.org/")
    assert isinstance(doc.blocks, list)
    assert isinstance(extract_text(garbage), str)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/=\"' abcp\x00\n&;#x1")), max_size=300))
def test_arbitrary_markup_never_raises(text: str) -> None:
    assert isinstance(extract_text(text), str)


def test_huge_page_gives_a_story() -> None:
    para = "<p>" + "The council met again to discuss the bridge and its repairs. " * 8 + "</p>"
    text = extract_text(_article(STORY + para * 3000))
    assert text.startswith("The harbour bridge reopened")
