"""The cleaner on real articles (the dev corpus, the seed, fixtures) and its structural passes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import feedpipe
from feedpipe import config
from feedpipe.cleaner import Overrides, clean
from feedpipe.extract import extract_text
from feedpipe.model import Cleaned
from feedpipe.pipeline import clean_bytes, clean_file
from feedpipe.text import tokens
from tests.paths import CORPUS, SEED

FIXTURES = Path(__file__).resolve().parent / "fixtures"

DEV_FILES = sorted(CORPUS.rglob("*.txt")) if CORPUS.is_dir() else []
# Articles in the forms of publishers outside the dev corpus, with truth in its format:
# the held-out set, and the review sets written blind to the rules (docs/cleaner.md).
HELDOUT_FILES = sorted((FIXTURES / "heldout").rglob("*.txt"))
REVIEW_FILES = sorted((FIXTURES / "review").rglob("*.txt"))
# A section head right under a "Related" link is taken for the list's second entry; a
# "Key Points" box the reviewer labelled story goes as a summary that restates it (as the
# dev corpus labels such boxes); and a caption glued to the first sentence with no break,
# which stays with it (its words run into the sentence's).
KNOWN_LOSSES = {"theverge-1.txt", "cnbc-1.txt", "chunichi-1.txt", "munhwa-1.txt"}
# Headlines not found: under a navigation line that reads like one ("Minimize to nav",
# "検索"), under a section's masthead ("AKIBA PC Hotline!"), and one written as two
# sentences with stops ("A fintech startup ordered … A third of them quit within months.").
KNOWN_TITLE_MISSES = {"arstechnica-1.txt", "impress-1.txt", "gigazine-1.txt", "businessinsider-1.txt"}
needs_corpus = pytest.mark.skipif(not DEV_FILES, reason="the shared dev corpus is not here")


def cleaned(text: str, overrides: Overrides | None = None) -> Cleaned:
    return clean(extract_text(text, "<test>"), overrides)


def reasons(result: Cleaned) -> dict[str, str]:
    return {r.text: r.reason for r in result.removed}


def seq(text: str) -> str:
    return " " + " ".join(tokens(text)) + " "


# --- real articles ---------------------------------------------------------------------------


def test_seed_cleans_exactly() -> None:
    raw = SEED.read_text(encoding="utf-8").splitlines()
    story = clean_file(SEED)
    assert story.title == raw[0]
    assert story.subheads == [
        "오픈AI, 韓과 협력 강화 추진",
        '"딥테크 등 관심 많고 대화 원해"',
        "스타트업 펀드로 국내기업 투자",
        "한국사무소 개소에 긍정적 반응",
        "이영 장관 동맹 제안에도 큰 관심",
    ]
    assert story.paragraphs == [line.strip() for line in raw[6:13]]
    text = "\n".join(story.paragraphs)
    assert not any(line.strip() and line.strip() in text for line in raw[13:24])
    assert story.publisher == "서울경제"
    assert story.rights == "Copyright © 서울경제"
    by_text = {r.text: r.reason for r in story.removed}
    assert by_text[raw[13].strip()] == "copyright"
    assert {by_text[line.strip()] for line in raw[14:24]} == {"headline-list"}


@needs_corpus
@pytest.mark.parametrize("path", DEV_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_dev_article_keeps_story_and_drops_boilerplate(path: Path) -> None:
    truth = json.loads(path.with_name(path.stem + ".truth.json").read_text(encoding="utf-8"))
    story = clean_file(path)
    out = seq("\n".join([story.title or "", *story.subheads, *story.paragraphs]))
    spans = [s["text"] for s in truth.get("inline_boilerplate") or []]
    if truth.get("byline_position") == "inline" and truth.get("byline"):
        spans.append(truth["byline"])
    for line in (truth.get("subheads") or []) + (truth.get("body") or []):
        for piece in re.split("|".join(map(re.escape, spans)) or "$^", line) if spans else [line]:
            if len(tokens(piece)) >= 2:
                assert seq(piece) in out, f"lost: {piece[:80]}"
    keep = seq(
        "\n".join([truth.get("title") or "", *(truth.get("subheads") or []), *(truth.get("body") or [])])
    )
    for line in truth.get("boilerplate") or []:
        if len(tokens(line)) >= 2:
            assert out.count(seq(line)) <= keep.count(seq(line)), f"leaked: {line[:80]}"
    if truth.get("title"):
        assert tokens(story.title or "") == tokens(truth["title"])


@pytest.mark.parametrize(
    "path",
    [
        pytest.param(p, marks=pytest.mark.xfail(strict=True, reason="known loss"))
        if p.name in KNOWN_LOSSES
        else p
        for p in HELDOUT_FILES + REVIEW_FILES
    ],
    ids=lambda p: f"{p.parent.parent.name}/{p.parent.name}/{p.name}",
)
def test_heldout_article_loses_no_story_line(path: Path) -> None:
    """Story lines that look like boilerplate (short paragraphs, one-word answers, lists
    inside the story, sentences about copyright or subscribing) all stay; the title is
    found.  (Some boilerplate of these pages still leaks: see clean_eval.py --per-file.)"""
    truth = json.loads(path.with_name(path.stem + ".truth.json").read_text(encoding="utf-8"))
    story = clean_file(path)
    out = seq("\n".join([story.title or "", *story.subheads, *story.paragraphs]))
    spans = [s["text"] for s in truth["inline_boilerplate"]]
    if truth.get("byline_position") == "inline" and truth.get("byline"):
        spans.append(truth["byline"])
    for line in truth["subheads"] + truth["body"]:
        for piece in re.split("|".join(map(re.escape, spans)), line) if spans else [line]:
            if len(tokens(piece)) >= 2:
                assert seq(piece) in out, f"lost: {piece[:80]}"
    title = truth["title"] or ""
    for span in spans:
        title = title.replace(span, " ")
    if path.name not in KNOWN_TITLE_MISSES:
        assert tokens(story.title or "") == tokens(title)


@needs_corpus
def test_dev_articles_name_their_publisher() -> None:
    """Where a rights line, a byline, a dateline or a sign-off names the publisher."""
    expected = {
        "ko/aitimes-1.txt": "AI타임스",
        "ko/gamevu-1.txt": "게임뷰",
        "ko/heraldcorp-1.txt": "헤럴드경제",
        "ko/kbs-3.txt": "KBS",
        "ko/kbs-4.txt": "KBS",
        "ko/moneytoday-1.txt": "머니투데이",
        "ko/moneytoday-2.txt": "머니투데이",
        "ko/tbs-1.txt": "TBS",
        "en/reuters-2.txt": "Reuters",
        "ja/reuters-1.txt": "ロイター",
    }
    got = {name: clean_file(CORPUS / name).publisher for name in expected}
    assert got == expected


@needs_corpus
def test_dev_articles_state_authors_and_dates() -> None:
    assert clean_file(CORPUS / "ko/aitimes-1.txt").authors == ["임대준"]
    assert clean_file(CORPUS / "en/reuters-2.txt").authors == ["Ben Blanchard"]
    assert clean_file(CORPUS / "ja/asahi-1.txt").authors == ["行方史郎"]
    published = clean_file(CORPUS / "ko/kbs-5.txt").published
    assert published is not None and published.isoformat() == "2023-07-28T19:11:00+09:00"


def test_wire_story_fixture() -> None:
    story = clean_file(FIXTURES / "ko-wire.txt")
    assert story.title == '한은, 기준금리 연 3.25%로 동결…"물가 둔화 더 확인해야"'
    assert story.publisher == "연합뉴스"
    assert story.authors == ["홍길동", "김철수"]
    assert story.published is not None and story.published.isoformat() == "2026-04-20T12:00:00+09:00"
    assert story.paragraphs[0] == "한국은행이 기준금리를 연 3.25%로 동결했다."
    assert len(story.paragraphs) == 5
    text = "\n".join(story.paragraphs)
    assert "연합뉴스" not in text and "@" not in text and "코스피" not in text


def test_ap_story_fixture() -> None:
    story = clean_file(FIXTURES / "en-ap.txt")
    assert story.title == "Wildfire forces thousands to flee homes in Southern California"
    assert story.authors == ["Jane Doe", "John Roe"]
    assert story.publisher == "The Associated Press"
    assert story.published is not None and story.published.isoformat() == "2024-04-03T10:12:00-07:00"
    assert len(story.paragraphs) == 5
    text = "\n".join(story.paragraphs)
    assert "AP Photo" not in text and "contributed" not in text and "Most Read" not in text
    assert [q.speaker for q in story.quotes] == ["Maria Lopez"]


def test_japanese_story_fixture() -> None:
    story = clean_file(FIXTURES / "ja-nikkei.txt")
    assert story.title == "日銀、政策金利を0.5%に引き上げ 17年ぶり水準"
    assert story.language == "ja"
    assert story.authors == ["山田太郎"]
    assert len(story.paragraphs) == 3
    assert all(p.endswith("。") for p in story.paragraphs)
    assert {r.reason for r in story.removed} >= {"copyright", "photo-credit", "headline-list"}


# --- structure -------------------------------------------------------------------------------

STORY = [
    "정부가 내년 전기요금을 5% 인상하기로 했다고 산업통상자원부가 20일 밝혔다.",
    "산업용 전기요금 인상 폭은 주택용보다 크다. 정부는 한국전력의 적자를 줄이기 위한 조치라고 설명했다.",
    "한국전력은 요금 인상으로 올해 적자가 3조원가량 줄어들 것으로 내다봤다.",
]


def test_related_and_unrelated_lists_after_the_rights_line() -> None:
    result = cleaned(
        "\n".join(
            [
                *STORY,
                "Copyright © 예시일보. 무단전재 및 재배포 금지.",
                "- 전기요금 인상에 산업용 요금 부담 커져",
                "- 아이돌 그룹 새 앨범 발매 첫날 100만장",
                "- 프로야구 개막전 매진 행렬",
            ]
        )
    )
    got = reasons(result)
    assert got["- 전기요금 인상에 산업용 요금 부담 커져"] == "related-list"
    assert got["- 아이돌 그룹 새 앨범 발매 첫날 100만장"] == "headline-list"
    assert [k.text for k in result.kept] == STORY
    assert result.publisher == "예시일보"


def test_a_rights_line_mid_story_is_not_its_end() -> None:
    """A photo's "ⓒ agency" line with plenty of story after it ends nothing."""
    lines = [
        STORY[0],
        "ⓒ 예시통신",
        "전력 수요 전망",
        *STORY[1:],
        "소비자 단체는 인상 폭이 과도하다고 반발했다.",
    ]
    result = cleaned("\n".join(lines))
    assert "전력 수요 전망" in [k.text for k in result.kept]


def test_list_heading_takes_its_entries_but_not_the_story_after() -> None:
    story = [
        "Electricity prices will rise by 5% next year, the energy ministry said on Monday.",
        "Industrial users will pay more than households, and the increase takes effect in January.",
        "The utility expects the change to cut its operating loss by about a third.",
    ]
    result = cleaned("\n".join([*story[:2], "Read more", "Electricity prices rise again in March", story[2]]))
    got = reasons(result)
    assert got["Read more"] == "list-heading"
    assert got["Electricity prices rise again in March"] == "related-list"
    assert story[2] in [k.text for k in result.kept]


def test_indented_links_amid_prose_are_a_list() -> None:
    prose = [
        "The court ruled on Monday that the deportations could not go ahead without a hearing.",
        "The decision was a setback for the administration, lawyers for the migrants said.",
        "The justices did not say when the hearings must take place, or where.",
        "Several other cases are pending before the court this term.",
        "The administration said it would comply with the order while it considers an appeal.",
        "Advocates said hundreds of people could be affected by the ruling in the coming weeks.",
    ]
    links = [
        "    Court blocks deportation flights for migrants",
        "    Popular taco chain recalls sauce over labeling error",
    ]
    got = reasons(cleaned("\n".join([*prose[:2], *links, *prose[2:]])))
    assert got["Court blocks deportation flights for migrants"] == "related-list"
    assert got["Popular taco chain recalls sauce over labeling error"] == "headline-list"


def test_a_repeated_teaser_and_the_repeated_headline_go() -> None:
    title = "전기요금 5% 인상…산업용 부담 커져"
    text = "\n".join([title, f"[예시일보 홍길동 기자] [{title}]", *STORY, STORY[1]])
    result = cleaned(text)
    assert [k.text for k in result.kept if k.role == "body"] == STORY
    assert [r.reason for r in result.removed] == ["byline", "duplicate", "duplicate"]


def test_a_line_recurring_three_times_is_the_story_form() -> None:
    """The same question put to each interviewee (a held-out page) is no copied teaser."""
    question = "What inspired you to start cooking?"
    answers = [
        "My grandmother ran a bakery in the village and I spent every summer there.",
        "I lost my job during the pandemic and started filming recipes in my kitchen.",
        "A friend dared me to cook a different dish every day for a year.",
    ]
    text = "\n".join(["Three home cooks on the vote", *(x for a in answers for x in (question, a))])
    result = cleaned(text)
    assert [k.text for k in result.kept][1:] == [x for a in answers for x in (question, a)]
    assert not result.removed


def test_a_short_line_said_twice_far_apart_is_the_story() -> None:
    """The same feature under two products of a comparison stays; a caption doubled right
    under itself goes."""
    feature = "Charges quickly in the case"
    text = [
        "Which earbuds should you buy?",
        "Apple AirPods with Wireless Charging Case",
        feature,
        *EN_STORY,
        "Apple AirPods Pro",
        feature,
        "Crowds at the stage last summer",
        "Crowds at the stage last summer",
        "The festival sold out in under an hour, organisers said on Friday morning.",
    ]
    result = cleaned("\n".join(text))
    assert [k.text for k in result.kept].count(feature) == 2
    assert [(r.text, r.reason) for r in result.removed] == [("Crowds at the stage last summer", "duplicate")]


def test_a_numbered_subhead_keeps_its_number() -> None:
    """A listicle's "2. Stay hydrated" loses a bullet symbol, never its number."""
    text = "\n".join(
        [
            "Five habits that help you sleep",
            "Doctors say small changes in the evening make the biggest difference to sleep.",
            "2. Stay hydrated",
            "Drinking water during the day, not just before bed, keeps you from waking up thirsty.",
            "◆ Keep a routine",
            "Going to bed at the same time every night sets the body's clock, researchers found.",
        ]
    )
    assert clean_bytes(text, source="<test>").subheads == ["2. Stay hydrated", "Keep a routine"]


def test_an_ai_summary_that_restates_the_story_goes() -> None:
    text = "\n".join(
        [
            "AI 요약",
            "- 정부가 내년 전기요금을 5% 인상하기로 했다.",
            "- 산업용 전기요금 인상 폭은 주택용보다 크다.",
            *STORY,
        ]
    )
    result = cleaned(text)
    assert [r.reason for r in result.removed] == ["ai-summary", "ai-summary", "ai-summary"]
    assert [k.text for k in result.kept] == STORY


def test_a_summary_heading_over_the_story_own_text_stays() -> None:
    """ "Summary" over an outline that restates nothing is a section head (a held-out page)."""
    outline = [
        "This post will discuss the following:",
        "Why the program is promising and what it has achieved so far in three countries.",
        "The risks we see with this grant, and how we plan to follow the work going forward.",
    ]
    text = [EN_STORY[0], "Summary", *outline, *EN_STORY[1:]]
    result = cleaned("\n".join(text))
    assert [k.text for k in result.kept] == text
    assert not result.removed


def test_header_chrome_above_the_headline_goes() -> None:
    text = "\n".join(
        ["홈경제금융", "로그인", "전기요금 5% 인상…산업용 부담 커져", "입력 2026.04.20 12:00", *STORY]
    )
    result = cleaned(text)
    assert result.kept[0].role == "title"
    assert reasons(result)["홈경제금융"] == "page-chrome"


def test_an_indented_list_the_story_introduces_stays() -> None:
    """Indented lines amid unindented prose are links, but not a list the story introduces
    with a colon, nor bulleted lines."""
    items = ["  More teachers for the largest schools", "  Free lunches for every pupil"]
    bullets = ["  - New buses for rural routes", "  - A new library in the old town hall"]
    more = [
        "The mayor is expected to sign the budget into law next week, her office said on Tuesday.",
        "Opponents said they would try again next year to restore the road maintenance money.",
        "The schools chief welcomed the vote and said hiring would begin in the summer months.",
        "Parents at the meeting applauded when the result was read out by the council clerk.",
        "The budget takes effect on July 1, the start of the city's fiscal year, officials said.",
        "It is the first time in six years that school spending has grown faster than inflation.",
        "Road crews will postpone repaving work on several streets until next spring, they said.",
    ]
    text = [*EN_STORY[:2], "The budget includes these changes:", *items, EN_STORY[2], *bullets, *more]
    result = cleaned("\n".join(text))
    assert [k.text for k in result.kept] == [line.strip() for line in text]


def test_a_section_name_above_the_headline_is_chrome() -> None:
    """Two short words above the headline ("사회 노동") are a section name, not the title."""
    title = "전기요금 5% 인상…산업용 부담 커져"
    result = cleaned("\n".join(["한겨레", "사회 노동", title, "등록 2026-04-20 12:00", *STORY]))
    assert [k.text for k in result.kept if k.role == "title"] == [title]
    assert reasons(result)["사회 노동"] == "page-chrome"
    # A short headline of three words is still the headline, above a longer deck.
    deck = "Brent crude rose 2% as tensions in the Middle East flared again"
    result = cleaned("\n".join(["Oil prices rise", deck, "By Jane Doe", *EN_STORY]))
    assert [k.text for k in result.kept if k.role == "title"] == ["Oil prices rise"]


def test_section_heads_between_paragraphs_are_subheads() -> None:
    text = "\n".join([STORY[0], "Escalating tension", STORY[1], STORY[2]])
    assert [k.role for k in cleaned(text).kept] == ["body", "subhead", "body", "body"]


def test_removed_items_keep_their_line_but_publish_text_and_reason_only() -> None:
    story = clean_bytes("\n".join([*STORY, "", "gildong@example.com"]), source="<test>")
    assert story.removed[0].index == 3  # the fourth block: blank lines are not blocks
    assert story.to_dict()["removed"] == [{"text": "gildong@example.com", "reason": "email"}]


# --- per-source overrides ----------------------------------------------------------------------


def test_override_keep_wins_over_every_rule() -> None:
    text = "\n".join([*STORY, "Copyright © 예시일보. 무단전재 및 재배포 금지.", "관련기사 더보기 안내"])
    result = cleaned(text, Overrides(keep=(re.compile("^관련기사"),)))
    assert "관련기사 더보기 안내" in [k.text for k in result.kept]


def test_override_drop_removes_a_story_looking_line() -> None:
    result = cleaned(
        "\n".join([*STORY, "이 기사는 예시재단의 지원을 받아 작성됐습니다."]),
        Overrides(drop=(re.compile("지원을 받아"),)),
    )
    assert reasons(result)["이 기사는 예시재단의 지원을 받아 작성됐습니다."] == "override-drop"
    assert [k.text for k in result.kept] == STORY


def test_overrides_come_from_config_toml(tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_text(
        "[feed]\n"
        'title = "t"\nlink = "http://127.0.0.1:8080/"\noutput = "feed.atom"\n'
        "[[sources]]\n"
        'name = "wire"\nfiles = "*.txt"\n'
        "keep = ['^Photo:']\n"
        "drop = ['^Sponsored by ']\n",
        encoding="utf-8",
    )
    source = config.load(tmp_path / "config.toml").sources[0]
    text = "\n".join(
        [
            "The river burst its banks overnight, flooding hundreds of homes in the town centre.",
            "Photo: the flooded main street of the town",
            "Sponsored by the regional tourism board of the valley",
            "Residents were told to stay indoors until the water receded on Tuesday afternoon.",
        ]
    )
    assert "Photo: the flooded main street of the town" not in clean_bytes(text, source="<test>").paragraphs
    story = clean_bytes(text, source="<test>", overrides=source.overrides)
    assert "Photo: the flooded main street of the town" in story.subheads + story.paragraphs
    assert {r.text: r.reason for r in story.removed} == {
        "Sponsored by the regional tourism board of the valley": "override-drop"
    }


def test_public_clean_stays_the_function() -> None:
    story = feedpipe.clean("\n".join(STORY))
    assert callable(feedpipe.clean) and story.paragraphs == STORY


def test_closing_lines_without_a_story_end_go_only_if_unrelated() -> None:
    """Short closing lines with no heading or rights line before them: others' headlines
    go, but lines sharing the story's words may be its own and stay."""
    closing = ["전기요금 인상 폭 산업용 5%", "한국전력 적자 3조원 감소 전망", "주택용 전기요금 인상 시기"]
    assert [k.text for k in cleaned("\n".join([*STORY, *closing])).kept][-3:] == closing
    unrelated = ["아이돌 그룹 새 앨범 발매 첫날 100만장", "프로야구 개막전 매진 행렬", "주말 날씨 전국 맑음"]
    assert set(reasons(cleaned("\n".join([*STORY, *unrelated]))).values()) == {"headline-list"}


EN_STORY = [
    "The city council approved a new budget on Tuesday after months of debate over school funding.",
    "The plan raises spending on schools by 4% and trims the road maintenance budget to pay for it.",
    "Council members said the vote was the closest in a decade, with the budget passing by one vote.",
]


@pytest.mark.parametrize(
    "closing",
    [
        # Poll results, a box office's prices and phone (held-out pages): no headline has so few words.
        ["%61 votes", "%31 votes", "%24 votes"],
        ["Ticketing www.citytheater.example", "VIP : 60,000₩ R : 50,000₩ S : 40,000₩", "Inquiry 02-751-1500"],
        # Asides in parentheses are the story's notes, not other stories' headlines.
        [
            "(Graphic: Global currencies vs. dollar - here)",
            "(Graphic: Emerging markets in 2019 - here)",
            "(Graphic: Bonds - here)",
        ],
        # A schedule or a ranking at the story's end (held-out pages): entries open with a
        # date or a number.
        [
            "June 10 – Tampa, FL @ MidFlorida Credit Union Amphitheatre",
            "June 14 – Alpharetta, GA @ Ameris Bank Amphitheatre",
            "June 17 – Nashville, TN @ Bridgestone Arena",
        ],
        [
            "16) Victorinox Swisschamp pocket knife in red",
            "17) Polaroid 600 camera in 1980s style",
            "18) Hasbro Gaming Taboo board game",
        ],
        # A list the story introduces with a colon is its own, however unrelated its words.
        [
            "The new package includes:",
            "Dozens of tricky questions that help partners know each other better",
            "Additional quizzes, surprises and bonuses for every single game",
            "Challenges to perform within a week, even after the game is over",
        ],
    ],
)
def test_closing_lines_that_are_no_headline_list_stay(closing: list[str]) -> None:
    result = cleaned("\n".join([*EN_STORY, *closing]))
    assert [k.text for k in result.kept][-len(closing) :] == closing


def test_a_closing_list_mostly_sharing_the_story_words_stays_whole() -> None:
    """Without a heading or an end, a closing list that mostly shares the story's words is
    the story's; its one unrelated entry is too."""
    closing = [
        "Spending on schools up 4%",
        "Road maintenance budget trimmed",
        "Weekend weather sunny and warm",
        "Budget passed by one vote",
    ]
    assert [k.text for k in cleaned("\n".join([*EN_STORY, *closing])).kept][-4:] == closing


def test_the_last_rights_line_names_the_publisher() -> None:
    text = "\n".join([STORY[0], "ⓒ 예시통신", *STORY[1:], "Copyright © 예시일보. 무단전재 및 재배포 금지."])
    result = cleaned(text)
    assert (result.rights, result.publisher) == ("Copyright © 예시일보", "예시일보")


def test_portal_copy_of_a_wire_story() -> None:
    """A portal page: header chrome, a doubled reporter line, an AI summary, a signed
    caption, a section head, reaction buttons, a section notice and a most-read list."""
    story = clean_file(FIXTURES / "ko-portal.txt")
    assert story.title == '"전세사기 피해 막는다"…정부, 임대인 정보 공개 확대'
    assert story.subheads == ["보증보험 가입 문턱 낮춘다"]
    assert (
        story.paragraphs[0]
        == "정부가 전세사기 피해를 막기 위해 임대인의 세금 체납 정보 공개 범위를 확대한다."
    )
    assert len(story.paragraphs) == 5
    assert (story.publisher, story.authors) == ("뉴스1", ["홍길동"])
    assert story.published is not None and story.published.isoformat() == "2024-05-29T11:00:00+09:00"
    assert [r.reason for r in story.removed if r.reason == "ai-summary"] == ["ai-summary"] * 4
    assert [q.speaker for q in story.quotes] == ["박상우 국토부 장관", "박상우 국토부 장관"]


def test_reuters_page() -> None:
    story = clean_file(FIXTURES / "en-reuters.txt")
    assert story.title == "Oil prices rise as Middle East tensions flare"
    assert (story.publisher, story.authors) == ("Reuters", ["Jane Smith"])
    assert story.published is not None and story.published.isoformat() == "2024-05-29T11:05:00+09:00"
    assert story.subheads == [] and len(story.paragraphs) == 4
    assert story.quotes[0].speaker == "John Evans"


def test_japanese_portal_page() -> None:
    story = clean_file(FIXTURES / "ja-portal.txt")
    assert story.title == "東京円、155円台後半（29日正午）"
    assert story.publisher == "共同通信社"
    assert story.subheads == [] and len(story.paragraphs) == 3
    assert {r.reason for r in story.removed} >= {"dateline-header", "list-heading", "copyright"}


@pytest.mark.parametrize(
    "text",
    [
        "전기요금 인상 폭 산업용 5%\n한국전력 적자 3조원 감소 전망",  # a headline and a subhead only
        "Prices rise again in March\nAdvertisement",  # a title and chrome
        "Read more\nPrices rise again in March",  # a list heading and one entry
    ],
)
def test_an_article_with_story_like_text_always_has_a_body(text: str) -> None:
    story = clean_bytes(text, source="<test>")
    assert story.paragraphs


def test_guardian_style_page() -> None:
    story = clean_file(FIXTURES / "en-guardian.txt")
    assert story.title == "Heatwave pushes UK electricity demand to summer record"
    assert story.subheads == ["Households turned up fans and air conditioning as temperatures passed 33C"]
    assert story.byline == "Jane Roe Energy correspondent"
    assert len(story.paragraphs) == 3 and "Photograph" not in "\n".join(story.paragraphs)


def test_broadcast_script_with_mbc_style_cues() -> None:
    story = clean_file(FIXTURES / "ko-broadcast.txt")
    assert (story.publisher, story.authors) == ("MBC", ["김민수"])
    assert "이철수/전력거래소 차장" in story.paragraphs
    text = "\n".join(story.paragraphs)
    assert "◀" not in text and "제보" not in text and "영상편집" not in text
    assert len(story.paragraphs) == 8


def test_a_short_question_between_paragraphs_is_a_section_head() -> None:
    text = (
        "Bus fares rise again in January\n"
        "Fares on the city's buses will rise by 10 cents in January, the transit agency said on Monday.\n"
        "What happens next?\n"
        "The board votes on the plan next week, and the new fares would start on Jan. 5.\n"
        "박 기자, 그럼 남은 가구는 언제까지 설치가 끝납니까?\n"
        "The agency said riders with monthly passes would not pay more until March.\n"
    )
    story = feedpipe.clean(text)
    assert story.subheads == ["What happens next?"]
    # A spoken question is a line of the story, whatever its length.
    assert "박 기자, 그럼 남은 가구는 언제까지 설치가 끝납니까?" in story.paragraphs


def test_a_question_head_may_follow_the_deck_or_a_list_and_open_a_list() -> None:
    text = (
        "Streaming prices are rising again\n"
        "Analysts expect more increases this year\n"
        "What happened?\n"
        "Netflix, Disney+ and Max all raised their prices this year, and analysts say more are coming.\n"
        "Which services cost the most?\n"
        "The most expensive plans in the US are now:\n"
        "Netflix Premium, at $22.99 a month\n"
        "Max Ultimate, at $20.99 a month\n"
        "Can I pay less?\n"
        "Yes. Most services offer cheaper plans with ads, and some let you pause a subscription.\n"
    )
    story = feedpipe.clean(text)
    assert story.subheads == [
        "Analysts expect more increases this year",
        "What happened?",
        "Which services cost the most?",
        "Can I pay less?",
    ]
    # A short line that is no question still needs a paragraph above it to be a head.
    assert "Max Ultimate, at $20.99 a month" in story.paragraphs


def test_a_sentence_between_the_headline_and_its_byline_is_the_standfirst() -> None:
    text = (
        "City Council Approves Congestion Pricing Plan\n"
        "The vote clears the way for tolls in Manhattan as early as next spring.\n"
        "By Emily Carter\n"
        "The New York City Council voted 31 to 18 on Wednesday to approve the plan.\n"
        "The plan still needs one more federal review.\n"
    )
    story = feedpipe.clean(text)
    assert story.subheads == ["The vote clears the way for tolls in Manhattan as early as next spring."]
    assert story.paragraphs[0].startswith("The New York City Council")
    # Without a byline or date under them, the lines after the headline are the story.
    story = feedpipe.clean(text.replace("By Emily Carter\n", ""))
    assert story.subheads == []


def test_a_korean_headline_ending_with_a_quote_is_a_list_entry() -> None:
    text = (
        "배달 라이더들 “기본 배달료 올려야”\n"
        "배달 플랫폼 노동자들이 28일 서울 광화문에서 기본 배달료 인상을 요구하는 집회를 열었다.\n"
        "노조는 3년째 제자리인 배달료로는 기름값도 감당하기 어렵다고 주장했다.\n"
        "노조는 다음 달 2차 집회를 열 계획이다.\n"
        "김지은 기자 mirae@hani.co.kr\n"
        "ⓒ 한겨레신문사 : 무단전재 및 재배포 금지\n"
        "관련기사\n"
        "플랫폼 노동자 80만명 시대…산재보험 가입은 절반도 안 돼\n"
        "배달료 3년째 제자리…라이더 “기름값도 안 나온다”\n"
    )
    story = feedpipe.clean(text)
    assert story.paragraphs[-1] == "노조는 다음 달 2차 집회를 열 계획이다."
    assert [r.reason for r in story.removed if "라이더" in r.text] == ["related-list"]


def test_a_list_above_the_article_ends_at_its_header() -> None:
    text = (
        "Entermedia 주요뉴스\n"
        "엘제이-류화영 진흙탕 싸움, 공적인 사안으로 봐야하는 이유\n"
        "기사입력 :[ 2018-08-25 15:24 ]\n"
        "엘제이의 리벤지인가, 류화영의 코스프레인가\n"
        "시작은 엘제이의 일방적인 사진 공개로부터 비롯됐다. 그건 분명한 사생활 침해다.\n"
        "그래서 처음 이러한 사진 공개에 대한 대중들의 반응은 비난으로 이어졌다.\n"
    )
    story = feedpipe.clean(text)
    removed = {r.text: r.reason for r in story.removed}
    assert removed["엘제이-류화영 진흙탕 싸움, 공적인 사안으로 봐야하는 이유"] in (
        "related-list",
        "headline-list",
    )
    assert "엘제이의 리벤지인가, 류화영의 코스프레인가" not in removed


def test_a_one_paragraph_summary_under_its_heading_goes_a_lead_paragraph_stays() -> None:
    story_lines = [
        "서울시가 공공자전거 따릉이에 전기자전거 1000대를 새로 투입한다.",
        "전기 따릉이는 관악·성북·은평 등 경사로가 많은 7개 자치구 대여소에 우선 배치된다.",
        "요금은 1시간 기준 2000원으로 일반 따릉이의 2배다.",
        "배터리 교체는 전담 인력이 맡는다고 시는 설명했다.",
    ]
    summary = " ".join(story_lines[:3])
    text = "\n".join(["따릉이에 전기자전거 1000대 투입", "본문 요약봇", summary, *story_lines])
    story = feedpipe.clean(text)
    assert [r.text for r in story.removed if r.reason == "ai-summary"] == ["본문 요약봇", summary]
    assert story.paragraphs == story_lines
    # A lead paragraph under "요약" that the story does not repeat is the story's own.
    lead = "시는 올해 안에 전 자치구로 전기 따릉이를 늘리는 방안을 검토하고 있으며 시민 의견도 받기로 했다고 덧붙였다."
    story = feedpipe.clean("\n".join(["따릉이에 전기자전거 1000대 투입", "본문 요약봇", lead, *story_lines]))
    assert lead in story.paragraphs


PAGE_COPY = """\
Accessibility links
Skip to main content
Keyboard shortcuts for audio player
Open Navigation Menu
Home
News
Culture
Podcasts & Shows
Climate
Rising seas push a Maine fishing town to move its waterfront uphill
March 4, 2025 5:00 AM ET
By Erin Caldwell
Facebook
Flipboard
Playlist
Embed
Transcript
PORT ELLERY, Maine — For three generations, Dale Whitcomb's family has walked the same 40 yards to the bait shed.
Storm surges from back-to-back nor'easters flooded the working waterfront of this town three times in six weeks.
Now Port Ellery is attempting something few small harbors have tried: moving its waterfront uphill.
climate change
sea level rise
Maine
Home
News
About NPR
Press
terms of use
"""


def test_a_page_copy_loses_its_menus_and_keeps_its_headline() -> None:
    story = feedpipe.clean(PAGE_COPY)
    assert story.title == "Rising seas push a Maine fishing town to move its waterfront uphill"
    assert story.subheads == []
    assert [p[:12] for p in story.paragraphs] == ["PORT ELLERY,", "Storm surges", "Now Port Ell"]
    assert story.authors == ["Erin Caldwell"]


def test_a_list_the_story_introduces_and_figures_are_no_menu() -> None:
    text = (
        "Council approves new parks plan\n"
        "The city council approved a plan on Tuesday to open four new parks by 2027, officials said.\n"
        "The parks will be built in these districts:\n"
        "North Hill\nRiverside\nOld Town\nEast Gate\n"
        "Prices for the summer concerts:\n"
        "VIP : 60,000₩\nR : 50,000₩\nS : 40,000₩\nGeneral : 20,000₩\n"
    )
    story = feedpipe.clean(text)
    for kept in ("North Hill", "East Gate", "VIP : 60,000₩", "General : 20,000₩"):
        assert kept in story.paragraphs


# A whole page's text: a tracking line reads as prose above the menus, and other stories'
# headlines with their decks sit between the story and the readers' comments.
WHOLE_PAGE = """\
site: media | arena: nfl | pageType: stories | section: | slug: browns-fight-reaction | sport: football | league: nfl
Scores
Schedule
Standings
Playoff Picture
Teams
Expert Picks
Fantasy
Podcasts
Log In
Help
Browns lineman says the quarterback asked for the fight
By Bryan Holt
The Steelers spent Monday trying to distance themselves from Thursday night's fight that led to suspensions.
Browns lineman Sheldon Richards, however, weighed in on Monday, saying the quarterback provoked the brawl.
"You can't start a fight and then claim bullying," Richards told reporters after practice in Berea.
The league has said it will fine the quarterback for his role, and the two teams meet again in two weeks.
Pick Six Newsletter
Our Latest Stories
Gronk and Serena perform with the Laker Girls
Jones tells a Belichick story from the 1990s
Patriots place their rookie receiver on injured reserve
Raiders stay in pursuit of a playoff spot
Rams top Bears as both offenses struggle
Chiefs hold on to their lead in the AFC West
Top Rated Comments
Woyzeck
It is good to see the league finally taking the fights seriously for once.
Rating: 36 Votes
About Us
Careers
Advertise
Site Map
"""


def test_a_whole_page_loses_the_menus_above_the_story_and_the_headlines_below_it() -> None:
    story = feedpipe.clean(WHOLE_PAGE)
    removed = {r.text: r.reason for r in story.removed}
    assert removed["Schedule"] == removed["Log In"] == "page-chrome"
    for headline in (
        "Gronk and Serena perform with the Laker Girls",
        "Chiefs hold on to their lead in the AFC West",
    ):
        assert removed[headline] == "headline-list"
    assert [p[:14] for p in story.paragraphs[:4]] == [
        "The Steelers s",
        "Browns lineman",
        "\"You can't sta",
        "The league has",
    ]


def numbered(sentence: str, count: int) -> str:
    """`count` lines of prose, `sentence` with its {n} filled in 1, 2, …"""
    return "".join(sentence.format(n=n) + "\n" for n in range(1, count + 1))


def test_a_short_list_between_blocks_of_the_story_is_no_menu() -> None:
    # The introduction is a smaller block of prose than the part after the lists, so the
    # lists lie outside the story's core, but between its paragraphs and with no page
    # furniture beside them: the story's own.
    intro = numbered(
        "The diet limits carbohydrates to twenty grams a day in its first phase, point {n} of the plan.", 3
    )
    lists = (
        "Foods to limit\nCabbage\nCourgette\nGreen peas\nTomatoes\nOnions\n"
        "Foods to avoid\nSugar in any form\nWhite bread\nPastries\nFruit juice\n"
    )
    method = numbered(
        "In the second phase the daily allowance rises slowly, and dieters add foods back one by one, week {n}.",
        7,
    )
    story = feedpipe.clean(intro + lists + method)
    for item in ("Cabbage", "Onions", "Sugar in any form", "Fruit juice"):
        assert item in story.paragraphs


def test_short_lines_below_a_minor_block_of_prose_are_not_taken_for_headlines() -> None:
    # A shop page: the introduction is the longest block of prose, but most of the prose is
    # in the products' blurbs below it, so the products' features are no list of headlines.
    intro = (
        "Black Friday deals on headphones are arriving early this year, and the discounts are deep.\n"
        "The wireless earbuds below dropped to their lowest price yet at several big retailers.\n"
        "We picked the three pairs our reviewers liked best, from budget buds to noise cancellers.\n"
    )
    features = (
        "Active noise cancellation for immersive sound\nThree sizes of soft silicone tips for a custom fit\n"
        "Sweat and water resistant design\nAdaptive sound that tunes music to your ear\n"
        "Quick access to your voice assistant\nCharges quickly in the case\n"
        "Transparency mode for hearing the world around you\nEasy setup for every phone you own\n"
        "Wireless charging case included\n"
    )
    blurb = (
        "Our reviewer wore these on long runs and found them comfortable the whole way.\n"
        "The battery lasted a full working day in our tests, with the case adding two more.\n"
    )
    story = feedpipe.clean(intro + (features + blurb) * 3)
    assert "Sweat and water resistant design" in story.paragraphs
    assert "Charges quickly in the case" in story.paragraphs


def test_the_browsers_title_above_the_pages_headline_gives_way_to_it() -> None:
    text = (
        "Japan says it will release treated water from the Fukushima plant, sparking protests - CBS News\n"
        "World\n"
        "Protests as Japan says it will release treated water from the Fukushima plant\n"
        "By Lucy Craft\n"
        "Tokyo — Japan said Tuesday that it would start releasing treated water from the plant in two years.\n"
        "Protesters gathered outside the prime minister's residence in Tokyo to denounce the decision.\n"
    )
    story = feedpipe.clean(text)
    assert story.title == "Protests as Japan says it will release treated water from the Fukushima plant"
    assert story.publisher == "CBS News"  # the site's name glued to the browser's title
    assert {r.reason for r in story.removed if r.text.startswith("Japan says")} == {"page-title"}


def test_a_lead_under_its_bracket_byline_is_no_headline() -> None:
    # A copy that broke the lead's sentences across lines: its first line ends like a headline.
    text = (
        "[스포츠서울 | 전주=강예진기자] “마음이 편해지고, 플레이에 자신감이 생겼다\n"
        "전북 현대는 1일 전주월드컵경기장에서 열린 FA컵 준결승에서 인천을 3-1로 꺾고 결승에 올랐다.\n"
        "백승호는 “큰 목표 중 하나였던 결승에 갔다”며 웃었다.\n"
    )
    story = feedpipe.clean(text)
    assert story.title is None
    assert story.paragraphs[0] == "“마음이 편해지고, 플레이에 자신감이 생겼다"
    assert story.publisher == "스포츠서울"


def test_a_portal_copys_headline_and_paper_glued_into_the_text_are_cut() -> None:
    text = (
        "原油代替調達率 来月は「100％」の見通し 高市総理が閣僚会議で表明へ（テレビ朝日系（ANN）） - Yahoo!ニュース\n"
        "テレビ朝日系（ANN）政府が進めてきた調達先の多角化で、代替調達が来月には100％になる見通しです。\n"
        "【動画】製造業の4割「事業継続、半年以内で限界」原油代替調達率 来月は「100％」の見通し 高市総理が閣僚会議で表明へ"
        "政府は、原油の調達先の多角化を進めてきました。\n"
    )
    story = feedpipe.clean(text)
    assert story.title == "原油代替調達率 来月は「100％」の見通し 高市総理が閣僚会議で表明へ"
    assert story.publisher == "テレビ朝日系（ANN）"
    assert story.paragraphs == [
        "政府が進めてきた調達先の多角化で、代替調達が来月には100％になる見通しです。",
        "政府は、原油の調達先の多角化を進めてきました。",
    ]
    assert {r.reason for r in story.removed} >= {"label", "duplicate"}


def test_a_closing_run_of_mostly_others_headlines_goes_whole() -> None:
    story_lines = numbered(
        "Samsung phone users can now sync photos and videos from the Gallery app to Google Photos, step {n}.",
        4,
    )
    run = (
        "Samsung Galaxy S24 Review\nDoorDash Can Now Deliver Your Costco Order the Same Day\n"
        "Meta Reportedly Creating Glasses Without Cameras\nBest Noise Canceling Wireless Earbuds\n"
        "Best Cheap Phone Plans for Seniors\nPixel 8 Pro Review After Six Months\n"
    )
    story = feedpipe.clean(story_lines + run)
    removed = {r.text: r.reason for r in story.removed}
    assert removed["Samsung Galaxy S24 Review"] == "related-list"
    assert removed["Pixel 8 Pro Review After Six Months"] == "headline-list"
    assert len(story.paragraphs) == 4


def test_an_ad_networks_units_go_with_their_sponsored_marks() -> None:
    text = (
        numbered("Stocks rose on Thursday as a rally in oil prices lifted energy shares, trader {n} said.", 2)
        + "This Huge Jet Is Only Used By One Celebrity. Can You Guess Who?\ninvesting.com\n|\nSponsored\n"
        + "Forget Expensive Solar Panels (Do This Instead)\nQuote Wallet\n|\nSponsored\nby Taboola\n"
        + numbered("The yield on the 10-year treasury fell for the {n} day in a row late on Wednesday.", 2)
    )
    story = feedpipe.clean(text)
    removed = {r.text: r.reason for r in story.removed}
    assert removed["This Huge Jet Is Only Used By One Celebrity. Can You Guess Who?"] == "promo"
    assert removed["Quote Wallet"] == removed["by Taboola"] == "promo"
    assert len(story.paragraphs) == 4
    assert story.authors == []


def test_a_headline_right_above_the_story_under_the_sites_boxes_is_the_title() -> None:
    # No date or byline header and no headline on top: the page opens with sign-up boxes
    # (sentences) and menus; the headline stands over its deck and a share bar.
    text = (
        "Get started with free access to reviews, badges and discussions.\n"
        "Unlock exclusive tools and insights for enthusiasts who want more.\n"
        "Your membership journey starts here.\n"
        + "".join(
            f"{section}\n" for section in ("Sign in", "News", "Reviews", "Best Picks", "Coupons", "Forums")
        )
        + "".join(f"{section}\n" for section in ("CPUs", "GPUs", "Laptops", "Monitors", "Storage", "Cooling"))
        + "AI agents inadvertently leak 13,000 internal screenshots from 300 organizations\n"
        "When agents are too clever for their own good.\n"
        "Copy link\nFollow us\n"
        + numbered(
            "A security firm found that coding agents uploaded screenshots to public repositories, case {n}.",
            5,
        )
    )
    story = feedpipe.clean(text)
    assert story.title == "AI agents inadvertently leak 13,000 internal screenshots from 300 organizations"


def test_a_line_the_page_repeats_is_no_headline_above_the_story() -> None:
    day = "Post-workout shake with one cup of blueberries and two rice cakes\n"
    plan = "".join(f"Day {n}\n{day}Lunch\nDinner\nSnack\n" for n in range(1, 4))
    text = (
        "Meal plan\n"
        + plan
        + numbered("The plan keeps protein high and sugar low, the coach said on day {n}.", 4)
    )
    story = feedpipe.clean(text)
    assert story.title != day.strip()
    assert story.paragraphs.count(day.strip()) + story.subheads.count(day.strip()) == 3


def test_a_lists_category_tags_between_its_headlines_go_with_it() -> None:
    text = numbered(
        "Coding agents uploaded screenshots of internal tools to public repositories, case {n}.", 5
    ) + (
        "Cybersecurity\nPentagon breach exposes data on nearly three million people\n"
        "Cybersecurity\nTeenager opens a database with seventeen trillion rows\n"
        "Cybersecurity\nNovel attack slashes the power needed to crack textbook RSA\n"
        "Cybersecurity\nRetailer confirms its shop's breach exposed order records\n"
    )
    story = feedpipe.clean(text)
    assert len(story.paragraphs) == 5
    assert "Cybersecurity" not in story.paragraphs + story.subheads


def test_a_headlines_words_inside_a_sentence_and_a_papers_name_before_one_stay() -> None:
    text = (
        "Fed holds interest rates steady - CBS News\n"
        "CBS News, citing two officials, reported the decision before the announcement.\n"
        "Analysts said on Wednesday that the Fed holds interest rates steady for a third meeting.\n"
    )
    story = feedpipe.clean(text)
    assert story.paragraphs == [
        "CBS News, citing two officials, reported the decision before the announcement.",
        "Analysts said on Wednesday that the Fed holds interest rates steady for a third meeting.",
    ]


def test_a_story_quote_above_an_ad_mark_is_no_ad() -> None:
    text = numbered("The flood reached the town's centre on Monday night, officials said, day {n}.", 3) + (
        '"We lost everything," said one resident.\nShe had lived there for 40 years.\nAd\n'
        + numbered("Repairs will take months, and the council has asked for help, report {n}.", 3)
    )
    story = feedpipe.clean(text)
    assert '"We lost everything," said one resident.' in story.paragraphs
    assert "She had lived there for 40 years." in story.paragraphs


def test_a_list_the_last_paragraph_introduces_below_the_story_stays() -> None:
    text = numbered("The council approved its budget for next year after a long debate, item {n}.", 4) + (
        "The budget funds three new services for residents, the council said in a statement on Tuesday:\n"
        "Free swimming lessons for children under twelve\nCheaper parking permits for the town centre\n"
        "Grants for community choirs and bands\n"
    )
    story = feedpipe.clean(text)
    for entry in ("Free swimming lessons for children under twelve", "Grants for community choirs and bands"):
        assert entry in story.paragraphs


def test_the_last_rights_line_is_the_pages_and_a_photo_credit_names_no_publisher() -> None:
    text = (
        "정부는 내년 예산을 5% 늘리기로 했다고 20일 밝혔다.\nⓒ 연합뉴스\n"
        "정부는 다음 주 세부 계획을 발표한다고 덧붙였다.\nCopyright ⓒ 무단 전재 및 재배포 금지\n"
    )
    assert feedpipe.clean(text).publisher is None


def test_english_lines_in_a_japanese_page_meet_the_english_rules() -> None:
    text = (
        "画像を軽くする新しいJPEGエンコーダーが登場\n"
        "by Lena Okafor\n"
        "新しいエンコーダーは、既存のブラウザーでそのまま表示できるJPEG画像を最大3割小さくできるという。\n"
        "開発者は「互換性を保ったまま容量を減らせる」と話している。\n"
        "You can read the machine translated English article here.\n"
    )
    story = feedpipe.clean(text)
    removed = {r.text: r.reason for r in story.removed}
    assert removed["by Lena Okafor"] == "byline"
    assert removed["You can read the machine translated English article here."] == "promo"
    assert len(story.paragraphs) == 2


def test_links_below_the_story_that_carry_the_site_name_go() -> None:
    text = (
        "Chrome reconsiders JPEG XL support\n"
        "Google said on Tuesday that it would look again at supporting the JPEG XL image format in Chrome.\n"
        "The company dropped the format in 2022, citing a lack of interest from the wider ecosystem.\n"
        "Google's new JPEG encoder compresses up to 35% better - GIGAZINE\n"
        "Comparing AVIF, WebP and JPEG quality and size - GIGAZINE\n"
        "(Graphic: Image formats in 2024 - here)\n"
    )
    story = feedpipe.clean(text)
    assert [r.reason for r in story.removed if "GIGAZINE" in r.text] == ["related-list", "related-list"]
    assert "(Graphic: Image formats in 2024 - here)" in story.paragraphs


def test_html_tags_left_in_a_text_stay_but_do_not_hide_what_a_line_is() -> None:
    # A page's markup pasted with the story: the tags stay in the kept text as written,
    # but the rules read the lines without them ("…밝혔다.<br /><br />" ends a sentence,
    # "출처 : …</p>" is a source line, "<p>[outlet desk name 기자]" opens with a byline).
    text = (
        "<p>[이뉴스투데이 강원취재본부 우정연 기자] 강원 속초시는 공공 체육시설 10곳에 심장제세동기를 설치한다고 18일 밝혔다.<br /><br />\n"
        + numbered(
            "이는 체육활동 중 응급상황 {n}건에 대비해 신속한 구급 대처 수단을 확보하려는 것이다.<br /><br />",
            4,
        )
        + "출처 : 이뉴스투데이</p>\n"
    )
    result = feedpipe.clean(text)
    assert len(result.paragraphs) == 5
    assert result.paragraphs[0].startswith("<p>강원 속초시는") and result.paragraphs[0].endswith(
        "<br /><br />"
    )
    assert result.publisher == "이뉴스투데이"
    assert result.authors == ["우정연"]
    assert {r.reason for r in result.removed} == {"byline", "copyright"}


def test_short_lines_after_the_story_end_go_and_the_end_holds_against_them() -> None:
    # A button's and a prompt's short sentences after the rights line neither keep it from
    # being the story's end nor stay as story.
    text = (
        numbered("정부는 내년도 예산안 {n}건을 확정했다고 20일 국무회의 뒤 브리핑에서 밝혔다.", 4)
        + "홍길동 기자 hong@example.com\n<저작권자 ⓒ 예시신문, 무단 전재 및 재배포 금지>\n"
        + "이 기사를 추천합니다.\n오늘의 운세를 확인해 보세요.\n서울 아파트값 3주 연속 상승\n반도체 수출 두 달째 증가\n"
    )
    result = feedpipe.clean(text)
    assert len(result.paragraphs) == 4 and all("예산안" in p for p in result.paragraphs)
    reasons = {r.text: r.reason for r in result.removed}
    assert reasons["이 기사를 추천합니다."] == reasons["오늘의 운세를 확인해 보세요."] == "after-end"
    assert reasons["반도체 수출 두 달째 증가"] == "headline-list"


def test_a_credit_line_in_mid_story_is_no_end_for_the_short_lines_after_it() -> None:
    text = (
        numbered("정부는 내년도 예산안 {n}건을 확정했다고 20일 국무회의 뒤 브리핑에서 밝혔다.", 2)
        + "ⓒ 연합뉴스\n"
        + numbered("기획재정부는 총지출 규모를 {n}% 늘린 예산안을 이날 의결했다고 설명했다.", 4)
        + "그렇다면 왜 지금인가.\n"
        + numbered("전문가들은 국가채무 비율이 {n}%포인트 높아질 수 있다고 지적했다.", 2)
    )
    result = feedpipe.clean(text)
    assert "그렇다면 왜 지금인가." in result.paragraphs + result.subheads
    assert len(result.paragraphs) + len(result.subheads) == 9


def test_markdown_emphasis_around_a_line_does_not_hide_a_byline() -> None:
    text = "**Apple Camp returns with free sessions for kids**\n\n*By Rich Demuro*\n\n" + numbered(
        "*Apple Camp session {n} is back, offering free workshops at stores across the country.*\n", 4
    )
    result = feedpipe.clean(text)
    assert result.authors == ["Rich Demuro"]
    assert len(result.paragraphs) == 4


def test_a_line_left_between_the_pages_furniture_goes_with_it() -> None:
    # A newsletter box's heading between its removed prompts is an island of furniture;
    # the deck between the headline and the share bar's removed lines stays.
    text = (
        "Harbour council approves the flood barrier after a two-year review\n"
        "Barrier vote clears the way for construction\n"
        "Copy link\n0\nJoin the conversation\nFollow us\nAdd us as a preferred source on Google\n"
        "Newsletter\nSubscribe to our newsletter\n"
        + numbered(
            "The harbour council approved part {n} of the new flood barrier on Tuesday after a long review.",
            5,
        )
        + "Copy link\nSubscribe to our newsletter\nStay On the Cutting Edge: Get the Harbour Newsletter\n"
        "You are now subscribed\nYour newsletter sign-up was successful\n"
    )
    result = feedpipe.clean(text)
    reasons = {r.text: r.reason for r in result.removed}
    assert reasons["Stay On the Cutting Edge: Get the Harbour Newsletter"] == "page-chrome"
    assert result.subheads == ["Barrier vote clears the way for construction"]
    assert len(result.paragraphs) == 5
