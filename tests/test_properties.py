"""Properties of the cleaner on arbitrary text: it never raises, never invents text, and
always yields text an XML feed can carry."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from feedpipe.cleaner import _CJK, _cjk_lead_bytes, _rules_for, clean, cut_spans
from feedpipe.extract import extract_text
from feedpipe.model import Story
from feedpipe.normalize import _KO_TITLES, _has_words, _last_break, _titled_subjects_ko, _with_name, normalize
from feedpipe.text import clean_line, clean_lines, display_width, split_lines, tokens, xml_safe

# Pieces of real article pages: every rule's trigger appears somewhere in here, so random
# lines built from them walk the cleaner's paths (lists, spans, labels, boundaries).
FRAGMENTS = [
    "Copyright © 서울경제. 무단전재 및 재배포 금지.",
    "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>",
    "(서울=연합뉴스) 홍길동 기자 =",
    "[머니투데이 김상희 기자]",
    "【ワシントン＝行方史郎】",
    "임대준 기자 ydj@aitimes.com",
    "KBS 뉴스 김민지입니다.",
    "[앵커]",
    "【 인터뷰 】",
    "(사진=어도비)",
    "/사진=정진우 기자",
    "(AP Photo/Jane Doe)",
    "(Reporting by Ben Blanchard; Editing by Saad Sayeed)",
    "© 2024 The Associated Press. All rights reserved.",
    "無断転載禁止",
    "관련기사",
    "Read more",
    "AI 요약",
    "Image caption,",
    "Duration 11:56",
    "▶ 매일 업데이트 최신 만화",
    "■ 제보하기",
    "입력 2024.05.29 11:00",
    "April 03, 2023",
    "- 송혜교 또 뜻깊은 선행",
    "정부가 내년 전기요금을 5% 인상하기로 했다.",
    "The court ruled on Monday that the flights could not resume.",
    "日銀は24日、政策金利を0.5%に引き上げた。",
    '그는 "시장이 안정될 것"이라고 말했다.',
    '"We will appeal," said Jane Doe.',
    "    Migrants expelled from U.S. to Costa Rica",
    "# Headline | 연합뉴스",
    "182",
    "",
]

noise = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"])
    | st.sampled_from(list("가나다あいう漢字abc @.=()[]【】<>©ⓒ▶■-\u200b\u3000\u00a0\x00\x0b\ufffe\r\n\t")),
    max_size=80,
)
line = st.one_of(st.sampled_from(FRAGMENTS), noise, st.tuples(st.sampled_from(FRAGMENTS), noise).map("".join))
article = st.lists(line, max_size=25).map("\n".join)

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def run(text: str) -> Story:
    return normalize(clean(extract_text(text, "<property>")))


@SETTINGS
@given(st.one_of(article, st.text(max_size=400)))
def test_never_raises(text: str) -> None:
    run(text)


def in_order(output: list[str], source: list[str]) -> bool:
    """Whether each output word is part of an input word, the input words in order."""
    position = 0
    for word in output:
        while position < len(source) and word not in source[position]:
            position += 1
        if position == len(source):
            return False
        position += 1
    return True


@SETTINGS
@given(article)
def test_never_invents_text(text: str) -> None:
    """Every output word comes from the input, in order: the cleaner only removes.

    The input is taken as the cleaner reads it (NFC, invisible characters dropped).  A span
    cut may split an input word ("가나abc@x.com" keeps "가나"), so an output word only has
    to be part of the input word it is matched to.  The title, the subheads and the
    paragraphs are each in input order; a Story does not say how subheads and paragraphs
    interleave, so they are checked apart.
    """
    story = run(text)
    source = tokens("\n".join(clean_lines(split_lines(text))))
    for part in (story.title or "", "\n".join(story.subheads), "\n".join(story.paragraphs)):
        assert in_order(tokens(part), source), part


@SETTINGS
@given(article)
def test_output_is_xml_safe(text: str) -> None:
    story = run(text)
    fields = [
        story.title or "",
        story.byline or "",
        story.publisher or "",
        story.rights or "",
        story.summary or "",
        *story.subheads,
        *story.paragraphs,
        *story.authors,
        *(q.text for q in story.quotes),
        *(r.text for r in story.removed),
    ]
    for value in fields:
        assert xml_safe(value) == value


def naive_rule(text: str, lang: str) -> str | None:
    """The line rule a plain loop over the table picks: the engine's contract."""
    width = display_width(text)
    for rule in _rules_for(lang).line:
        if width <= rule.max_width and rule.pattern.search(text):
            return rule.name
    return None


@SETTINGS
@given(line, st.sampled_from(["ko", "en", "ja"]))
def test_prepared_rules_match_like_the_plain_table(raw: str, lang: str) -> None:
    """Needles and combined alternations are only speed: same rule, same cuts."""
    text = clean_line(raw)
    rules = _rules_for(lang)
    found = rules.needles_in(text)
    rule = rules.line_rule(text, display_width(text), found)
    assert (rule.name if rule else None) == naive_rule(text, lang)
    assert cut_spans(text, rules.span_rules(found)) == cut_spans(text, rules.span)


# --- speed shortcuts: each must give what the plain way gives ------------------------------

_PLAIN_WORD = re.compile(r"\w+")


@SETTINGS
@given(st.one_of(article, noise))
def test_tokens_are_the_plain_pattern_s(text: str) -> None:
    assert tokens(text) == _PLAIN_WORD.findall(text.lower())


@SETTINGS
@given(article)
@example("0\u16800")  # OGHAM SPACE MARK: a space str.split() knows, once missing from clean_line's
def test_clean_lines_cleans_like_clean_line(text: str) -> None:
    lines = split_lines(text)  # what the cleaner gets: lines without line breaks
    assert clean_lines(lines) == [clean_line(line) for line in lines]


@SETTINGS
@given(st.lists(line, max_size=12), st.sampled_from(["ko", "en", "ja"]))
def test_needles_of_all_lines_are_each_line_s(raws: list[str], lang: str) -> None:
    texts = clean_lines(raws)
    rules = _rules_for(lang)
    assert rules.needles_in_lines(texts) == [rules.needles_in(text) for text in texts]


_PLAIN_LAST_BREAK = re.compile(r".*(?:[.!?。]\s+|[”\"」』])", re.DOTALL)
clause = st.text(alphabet=st.sampled_from(list('가나 a.!?。”"」』\n\t\u3000')), max_size=40)


@SETTINGS
@given(clause)
def test_clause_starts_after_the_last_break(before: str) -> None:
    plain = _PLAIN_LAST_BREAK.match(before)
    expected = (before[plain.end() :] if plain else before).strip()
    assert before[_last_break(before) + 1 :].strip() == expected


_PLAIN_SUBJECT_WORD = re.compile(r"(?<!\S)[\"“”'‘’]*([가-힣A-Za-z0-9·]+)(?:은|는|이|가|도)(?!\S)")
korean = st.lists(
    st.sampled_from(
        [*_KO_TITLES, "은", "는", "이", "가", "도", " ", "“", "(", "·", "이영", "중기부", "대표이", "A1"]
    ),
    max_size=16,
).map("".join)


@SETTINGS
@given(korean)
def test_titled_subjects_are_the_plain_scan_s(text: str) -> None:
    expected = []
    for m in _PLAIN_SUBJECT_WORD.finditer(text):
        if m.group(1).endswith(_KO_TITLES):
            words = text[max(0, m.start(1) - 80) : m.start(1)].split()[-3:]
            expected.append((m.start(), _with_name([*words, m.group(1)], len(words), m.group(1))))
    assert _titled_subjects_ko(text) == expected


@SETTINGS
@given(st.text(alphabet=st.sampled_from(list("ab가 .,")), min_size=150, max_size=260), st.integers(1, 6))
def test_has_words_counts_like_tokens(text: str, n: int) -> None:
    assert _has_words(text, n) == (len(tokens(text)) >= n)


def test_every_cjk_character_has_a_cjk_lead_byte() -> None:
    """The vocabulary skips its CJK-run pass when fewer than two lead bytes are found."""
    cjk = [chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000 and _CJK.match(chr(c))]
    assert all(_cjk_lead_bytes(c) == 1 for c in cjk)
