"""The normalizer's readings: titles, bylines and authors, publishers, rights, dates."""

from __future__ import annotations

import json

import pytest

import feedpipe
from feedpipe.cleaner import parse_rights
from feedpipe.normalize import authors_from, split_title
from feedpipe.pipeline import clean_bytes
from tests.paths import SHARED, needs_shared


@pytest.mark.parametrize(
    ("raw", "title", "site"),
    [
        ("한은, 기준금리 동결 | 연합뉴스", "한은, 기준금리 동결", "연합뉴스"),
        ("# Wildfire forces thousands to flee", "Wildfire forces thousands to flee", None),
        (
            "TSMC says all its sites operating following Taiwan quake - AOL",
            "TSMC says all its sites operating following Taiwan quake",
            "AOL",
        ),
        ("Biden - Trump debate: what to watch", "Biden - Trump debate: what to watch", None),
        (
            "(LEAD) Seoul adds late-night buses as subway strike enters second week",
            "Seoul adds late-night buses as subway strike enters second week",
            None,
        ),
        (
            "UPDATE 1-Oil prices rise as Middle East tensions flare",
            "Oil prices rise as Middle East tensions flare",
            None,
        ),
        (
            "区立図書館、夜間は「無人」で開館へ：東京新聞 TOKYO Web",
            "区立図書館、夜間は「無人」で開館へ",
            "東京新聞 TOKYO Web",
        ),
        # A portal's copy: the paper it carries in brackets before the portal's name.
        (
            "大谷翔平が口にした後悔 迷ったABS…7回2死から痛恨2失点（Full-Count） - Yahoo!ニュース",
            "大谷翔平が口にした後悔 迷ったABS…7回2死から痛恨2失点",
            "Full-Count",
        ),
        ("Tim Cook on Apple's next chip - CBSNews.com", "Tim Cook on Apple's next chip", "CBSNews.com"),
        # Brackets at the end of a paper's own title are the headline's: "（速報）".
        ("岸田首相が退陣を表明（速報） - 日本経済新聞", "岸田首相が退陣を表明（速報）", "日本経済新聞"),
        ("Markets fall again - Tips. Read more", "Markets fall again - Tips. Read more", None),
    ],
)
def test_split_title(raw: str, title: str, site: str | None) -> None:
    assert split_title(raw) == (title, site)


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("(서울=연합뉴스) 홍길동 김철수 기자 =", ["홍길동", "김철수"]),
        ("[머니투데이 김상희 기자]", ["김상희"]),
        ("정재우기자 (jjw@kbs.co.kr)", ["정재우"]),
        ("기자명 임대준 기자 입력 2025.06.17 19:05", ["임대준"]),
        ("뉴욕에서 KBS 뉴스 박일중입니다.", ["박일중"]),
        ("(Reporting by Ben Blanchard; Editing by Himani Sarkar and Saad Sayeed)", ["Ben Blanchard"]),
        ("By JANE DOE and JOHN ROE", ["Jane Doe", "John Roe"]),
        ("By Maria Lopez, CNN", ["Maria Lopez"]),
        ("By Jo Li and Sam Park, The Guardian", ["Jo Li", "Sam Park"]),
        ("【ワシントン＝行方史郎】", ["行方史郎"]),
        ("（経済部 山田太郎）", ["山田太郎"]),
        (None, []),
    ],
)
def test_authors_are_names_only(byline: str | None, authors: list[str]) -> None:
    assert authors_from(byline) == authors


@pytest.mark.parametrize(
    ("line", "rights", "holder"),
    [
        ("Copyright © 서울경제. 무단전재 및 재배포 금지.", "Copyright © 서울경제", "서울경제"),
        (
            "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>",
            "저작권자(c) 연합뉴스",
            "연합뉴스",
        ),
        ("ⓒ 한겨레신문사 : 무단전재 및 재배포 금지", "ⓒ 한겨레신문사", "한겨레신문사"),
        (
            "© 2024 The Associated Press. All rights reserved.",
            "© 2024 The Associated Press",
            "The Associated Press",
        ),
        (
            "<저작권자 ⓒ '돈이 보이는 리얼타임 뉴스' 머니투데이, 무단전재 및 재배포 금지>",
            "저작권자 ⓒ '돈이 보이는 리얼타임 뉴스' 머니투데이",
            "머니투데이",
        ),
        (
            "Copyright © '인공지능 전문미디어' AI타임스 (http://www.aitimes.com)",
            "Copyright © '인공지능 전문미디어' AI타임스 (http://www.aitimes.com)",
            "AI타임스",
        ),
        ("(c)AFP/Aminu ABUBAKAR", "(c)AFP", "AFP"),
        (
            "- Copyright ⓒ [아주경제 ajunews.com] 무단전재 배포금지 -",
            "Copyright ⓒ [아주경제 ajunews.com]",
            "아주경제",
        ),
    ],
)
def test_parse_rights(line: str, rights: str, holder: str) -> None:
    assert parse_rights(line) == (rights, holder)


def test_a_portals_rights_sentence_names_no_holder() -> None:
    line = "이 콘텐츠의 저작권은 저작권자 또는 제공처에 있으며, 이를 무단 이용하는 경우 저작권법 등에 따라 법적 책임을 질 수 있습니다."
    assert parse_rights(line)[1] is None


BODY = "정부가 내년 전기요금을 5% 인상하기로 했다고 산업통상자원부가 20일 밝혔다.\n산업용 인상 폭은 주택용보다 크다."


@pytest.mark.parametrize(
    ("header", "published"),
    [
        ("송고 2026년04월20일 12시00분", "2026-04-20T12:00:00+09:00"),
        ("입력 2024.05.29 11:00", "2024-05-29T11:00:00+09:00"),
        ("입력 2023.07.28 (19:11)수정 2023.07.28 (19:23)사회", "2023-07-28T19:11:00+09:00"),
    ],
)
def test_published_when_the_text_states_it(header: str, published: str) -> None:
    story = clean_bytes(f"전기요금 5% 인상\n{header}\n{BODY}", source="<test>")
    assert story.published is not None and story.published.isoformat() == published


def test_english_date_and_no_date_without_one() -> None:
    text = "Prices rise\nPublished April 03, 2023\nElectricity prices will rise by 5% next year, the ministry said."
    story = clean_bytes(text, source="<test>")
    assert story.published is not None and story.published.date().isoformat() == "2023-04-03"
    assert clean_bytes(BODY, source="<test>").published is None


def test_publisher_from_byline_agency_sign_off_and_dateline() -> None:
    assert clean_bytes(f"(서울=연합뉴스) 홍길동 기자 = {BODY}", source="<t>").publisher == "연합뉴스"
    assert clean_bytes(f"[헤럴드경제=김현경 기자] {BODY}", source="<t>").publisher == "헤럴드경제"
    assert clean_bytes(f"{BODY}\nMBC뉴스 홍길동입니다.", source="<t>").publisher == "MBC"
    text = "TAIPEI (Reuters) - Chipmaker TSMC said on Tuesday that all its sites were operating."
    assert clean_bytes(text, source="<t>").publisher == "Reuters"
    assert clean_bytes(BODY, source="<t>").publisher is None


@pytest.mark.parametrize(
    ("dateline", "publisher"),
    [
        ("SEOUL, June 3 (Reuters) - ", "Reuters"),
        ("RIVERSIDE, Calif. (AP) — ", "AP"),
        ("Washington (CNN) — ", "CNN"),
        ("(CNN) — ", "CNN"),
        ("BEIJING, Nov. 20 (Xinhua) -- ", "Xinhua"),
        ("*(KTLA) -- ", "KTLA"),  # markdown emphasis around the paragraph
        # A company's name in brackets, or an acronym before a dash, is no dateline.
        ("The company (Samsung) said ", None),
        ("Samsung SDI — the battery maker — said ", None),
    ],
)
def test_publisher_from_wire_datelines(dateline: str, publisher: str | None) -> None:
    text = f"{dateline}The plant will close next year, costing 2,000 jobs, officials said on Tuesday."
    assert clean_bytes(text, source="<t>").publisher == publisher


def test_language_per_article() -> None:
    assert clean_bytes(BODY, source="<t>").language == "ko"
    assert (
        clean_bytes(
            "日銀は24日、政策金利を0.5%に引き上げた。市場は織り込み済みだった。", source="<t>"
        ).language
        == "ja"
    )
    assert (
        clean_bytes("The court ruled on Monday that the flights could not resume.", source="<t>").language
        == "en"
    )


# --- publisher from the forms other publishers use ---------------------------------------


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("ⓒ dongA.com", "dongA.com"),  # the holder is a web address
        ("ⓒ 매일경제 & mk.co.kr, 무단전재 및 재배포 금지", "매일경제"),  # no dangling "&"
        ("Copyright ⓒ www.hankyung.com", "hankyung.com"),
    ],
)
def test_rights_holders_named_by_address(line: str, holder: str) -> None:
    assert parse_rights(line)[1] == holder


@pytest.mark.parametrize(
    ("article", "publisher"),
    [
        (
            "Harbour vote delayed\nBy Maria Lopez, CNN\n"
            + "The council delayed the harbour vote again on Tuesday.\n" * 2,
            "CNN",
        ),
        (
            "Harbour vote delayed\nBy Jo Li, The Guardian\n"
            + "The council delayed the harbour vote again on Tuesday.\n" * 2,
            "The Guardian",
        ),
        (
            "Harbour vote delayed\nBy Jo Li, Staff Writer\n"
            + "The council delayed the harbour vote again on Tuesday.\n" * 2,
            None,
        ),
        (
            "Harbour vote delayed\nThe council delayed the harbour vote again on Tuesday.\n"
            "The pier at dawn on Tuesday. Credit...Jane Doe for The New York Times\n"
            "The council will meet again next week to discuss the plan.\n",
            "The New York Times",
        ),
        (
            "조선일보\n글자크기 설정\n항만 예산안 통과\n입력 2024.05.29. 11:20\n의회는 항만 예산안을 통과시켰다.\n의회는 다음 주 다시 모인다.\n",
            "조선일보",
        ),
    ],
)
def test_publisher_from_bylines_credits_and_mastheads(article: str, publisher: str | None) -> None:
    assert feedpipe.clean(article).publisher == publisher


# --- publisher from the newsroom naming itself -------------------------------------------

_EN = "Harbour vote delayed\nThe council delayed the harbour vote again on Tuesday.\n{}\nThe council will meet again next week.\n"
_KO = "항만 예산안 통과\n의회는 항만 예산안을 통과시켰다.\n{}\n의회는 다음 주 다시 모인다.\n"
_JA = "港湾予算が成立\n議会は港湾予算を可決した。\n{}\n議会は来週再び開かれる。\n"


@pytest.mark.parametrize(
    ("article", "publisher"),
    [
        (_EN.format('Its chief executive told the Guardian: "We licensed everything."'), "The Guardian"),
        (_EN.format("A council member told Reuters on Tuesday that the vote would wait."), "Reuters"),
        (_EN.format("The mayor's office said in a statement to CNN that it would appeal."), "CNN"),
        (_EN.format("The port authority did not respond to The Hill's request for comment."), "The Hill"),
        # The outlet named most often: the story's own, not the one it cites.
        (
            _EN.format(
                'One told the BBC it was rushed. Another told CNN it was, and a third told CNN: "Yes."'
            ),
            "CNN",
        ),
        # Asking for comment is the newsroom's own act; "told the Evening Standard" may quote
        # another paper's interview.
        (
            _EN.format(
                "A source told the Evening Standard the rule was clear. "
                "MailOnline has contacted the retailers for comment."
            ),
            "MailOnline",
        ),
        (_KO.format('한 관계자는 연합뉴스와의 통화에서 "검토 중"이라고 말했다.'), "연합뉴스"),
        (_KO.format("KBS 취재진이 현장을 찾았다."), "KBS"),
        (_JA.format("市の幹部は毎日新聞の取材に対し、計画を認めた。"), "毎日新聞"),
        (_JA.format("市の幹部はＮＨＫの取材に応じ、計画を認めた。"), "NHK"),
        # Not an outlet: the press at large, a pronoun, people, bodies, a name modifying a noun.
        (_EN.format("The mayor told reporters the plan would change."), None),
        (_EN.format("Jane Smith, the mayor, told him the plan would change."), None),
        (_EN.format('Port chief Marc Benioff spoke first. The mayor then told Benioff: "Wait."'), None),
        (_EN.format("Mayor Jane Smith spoke to Dr. Owen Dempsey, who said it was safe."), None),
        (_EN.format("The minister told Neso to provide its findings within a week."), None),
        (_EN.format('The mayor told the Intelligence Committee, "I was not consulted."'), None),
        (_EN.format("The owner told WeWork executives to look for savings."), None),
        (_EN.format("“We have to act,” he said later, in response to a question from TIME."), "TIME"),
        # A house view is not read: "Smith believes" is as likely a person or a cited firm.
        (
            _EN.format("Port chief Dan Smith believes the plan will pass. According to Smith, it is close."),
            None,
        ),
        (_KO.format("그는 BTS와의 인터뷰에서 이렇게 말했다."), None),  # the one interviewed
        (_KO.format("의장은 취재진의 질문에 답하지 않았다."), None),  # the press at large
        (_JA.format("市の幹部は本紙の取材に対し、計画を認めた。"), None),  # "this paper" names none
    ],
)
def test_publisher_from_the_newsroom_naming_itself(article: str, publisher: str | None) -> None:
    assert feedpipe.clean(article).publisher == publisher


@pytest.mark.parametrize(
    ("article", "publisher"),
    [
        # The outlet in a bracket byline, a reporter box, a desk's credit, a dateline.
        (_KO.format("[스포탈코리아] 김성진 기자= 토트넘이 손흥민을 불렀다."), "스포탈코리아"),
        (_KO + "김주미 키즈맘 기자 mikim@kizmom.com\n", "키즈맘"),
        (_KO + "김주미 선임 기자 mikim@example.com\n", None),
        (_KO + "김철수 사회부 기자 kim@example.com\n", None),
        (_KO + "홍길동 IT전문기자 hong@example.com\n", None),
        (_JA + "（AERA dot.編集部・上田耕司）\n", "AERA dot."),
        (_JA.format("（ブルームバーグ）： 第一生命は初任給を引き上げる。"), "ブルームバーグ"),
        # A station's sign-off; a source line; prompts that name the paper.
        (_KO.format("상한을 상향 조정하기로 했습니다.SBS Biz 엄하은입니다."), "SBS Biz"),
        (_KO + "출처 : 연합인포맥스(https://news.einfomax.co.kr)\n", "연합인포맥스"),
        (_KO.format("계획을 제안했다. ▶ 네이버에서 부산일보 구독하기 클릭!"), "부산일보"),
        (_EN + "Download The Times of India news app for your device.\n", "The Times of India"),
        (
            _EN
            + "Catch all the Business News on Live Mint. Download The Mint News App to get Daily Market Updates.\n",
            "The Mint",
        ),
        (
            "Harbour vote delayed\nBy Starre Vartan\nAdd ScienceAlert on Google\n" + _EN.format(""),
            "ScienceAlert",
        ),
        ("Harbour vote delayed\nAdd as a preferred source on Google\n" + _EN.format(""), None),
        # The newsroom naming itself in Japanese.
        (_JA.format("大学生の女性はハフポスト日本版の取材に対して被害を語った。"), "ハフポスト日本版"),
        (_JA.format("彼はAERA dot.の取材に初めて胸中を語った。"), "AERA dot."),
    ],
)
def test_publisher_named_in_the_copys_furniture(article: str, publisher: str | None) -> None:
    assert feedpipe.clean(article.replace("{}", "")).publisher == publisher


def test_self_reference_is_the_last_resort() -> None:
    text = "TAIPEI (Reuters) - Chipmaker TSMC said on Tuesday that all its sites were operating.\n"
    assert feedpipe.clean(text + "A supplier told the BBC the fabs were safe.\n").publisher == "Reuters"


@needs_shared
@pytest.mark.parametrize(
    ("page", "publisher"),
    [
        (
            "156770d676ce79905198e1c8407f81e5ecfb617d9aa44712718707eb7e3b8e38",
            "The Hill",
        ),  # request for comment
        ("ef4e67b66d63b5facef55c06a94d85f2ae01a0a1a4a3a1bcfe2499c8c8a7dacf", "CNN"),
        (
            "eb62ac8425e5573947ecde962d14433d18e5725cc4a8c908fe22f678e96a65a1",
            "Fox News",
        ),  # over "Rolling Stone"
        (
            "c58aa507c4deebd660f69905f9abb8f96d935f6e7210f597ed4cd32b3f39f7f7",
            "USA TODAY",
        ),  # "Kathleen Hawk Sawyer"
        ("291a8bf33ee49074f33dcff37544ac40506cae450db83b6cb63f02b9920b51c2", None),  # "Cook told Benioff"
        ("9eef8162bbb67b0bd73792313b91b87dc9304f43f85f479e67e71c166417451e", None),  # "Taylor told Dempsey"
    ],
)
def test_self_reference_in_benchmark_stories(page: str, publisher: str | None) -> None:
    truth = json.loads((SHARED / "bench" / "article-extraction" / "truth.json").read_text(encoding="utf-8"))
    assert feedpipe.clean(truth[page]["articleBody"]).publisher == publisher


@pytest.mark.parametrize(
    ("article", "publisher"),
    [
        # The paper's name in its masthead beats the group named by the rights line.
        (
            "Ars Technica home\nSections\nForum\nSubscribe\n"
            "Crack-free cathode lets a sodium battery survive 10,000 charge cycles\n"
            "By Kellen Marsh\n"
            "Sodium batteries could get far longer lives from a coating a few nanometers thick, researchers said.\n"
            "The coated cells kept most of their capacity after 10,000 cycles, the paper says.\n"
            "© 2025 Condé Nast. All rights reserved.",
            "Ars Technica",
        ),
        # A portal copy names its provider next to the date; the portal owns the rights line.
        (
            "地方空港の夜間発着、２６年度から拡大―国交省\n3/5(水) 18:12配信\n時事通信\n"
            "国土交通省は５日、地方空港の夜間の発着枠を段階的に拡大する方針を固めた。\n"
            "運用時間の延長を後押しし、インバウンド需要の取り込みを図る。\n© LY Corporation",
            "時事通信",
        ),
        # The site's name in the title beats the rights holder.
        (
            "区立図書館、夜間は「無人」で開館へ：東京新聞 TOKYO Web\n"
            "杉並区は区立図書館を夜間に無人で開館する実証実験を始める。\n"
            "利用者は事前登録したカードで入館し、自動貸出機で本を借りる。\n"
            "Copyright (C) The Chunichi Shimbun, All Rights Reserved.",
            "東京新聞 TOKYO Web",
        ),
        # A paper's own rights line still names it.
        ("Copyright © 서울경제. 무단전재 및 재배포 금지.", None),
    ],
)
def test_the_papers_own_name_beats_its_owners(article: str, publisher: str | None) -> None:
    if publisher is None:
        article = "주가가 올랐다고 밝혔다. 거래량도 늘었다고 전했다.\n시장은 안정을 찾았다.\n" + article
        publisher = "서울경제"
    assert feedpipe.clean(article).publisher == publisher


@pytest.mark.parametrize(
    ("promo", "publisher"),
    [
        (
            "Sign up for The Local Brief, The Washington Post's newsletter with the news you need.",
            "The Washington Post",
        ),
        ("Get smarter, faster. Sign up for Axios AM, our flagship newsletter.", "Axios AM"),
    ],
)
def test_a_newsletter_box_names_its_paper(promo: str, publisher: str) -> None:
    text = (
        "The council voted on Tuesday to approve the new budget after months of debate.\n"
        f"{promo}\n"
        "The budget raises school spending by 4% and trims road maintenance to pay for it.\n"
    )
    assert feedpipe.clean(text).publisher == publisher


@pytest.mark.parametrize(
    ("tail", "publisher"),
    [
        ("Read the original article on Business Insider", "Business Insider"),
        (
            "(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)",
            "NDTV",
        ),
        ("Copyright © 2025, Los Angeles Times | Terms of Service | Privacy Policy", "Los Angeles Times"),
    ],
)
def test_a_syndication_line_or_a_footer_names_the_paper(tail: str, publisher: str) -> None:
    text = (
        "The council voted on Tuesday to approve the new budget after months of debate.\n"
        "The budget raises school spending by 4% and trims road maintenance to pay for it.\n"
        f"{tail}\n"
    )
    assert feedpipe.clean(text).publisher == publisher


def test_japanese_provider_lines_and_member_asks_name_the_paper() -> None:
    portal = (
        "Yahoo!ニュース\nトップ\n速報\nライブ\n"
        "ロッテのドラ１、オープン戦初登板で３回無失点\n3/8(土) 17:42配信\n日刊スポーツ\n"
        "ロッテのドラフト１位右腕が８日、オープン戦で初登板し、３回を無失点に抑えた。\n"
        "試合後は「真っすぐで押せた」と手応えを口にした。\n© LY Corporation"
    )
    assert feedpipe.clean(portal).publisher == "日刊スポーツ"
    member = (
        "京都市は来春から市バスの運賃を改定すると発表した。\n"
        "観光客の増加で混雑が続く路線の輸送力を強化する。\n"
        "この記事は会員限定です。京都新聞IDに登録すると続きをお読みいただけます。"
    )
    assert feedpipe.clean(member).publisher == "京都新聞"
