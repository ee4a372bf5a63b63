"""The cleaner's rules, as data.

Each rule has a name; the name is what `Story.removed[].reason` says, so a user can see
which rule took a line and override it.  The engine that applies these tables lives in
`feedpipe.cleaner`; adding a pattern here never touches it.

Line rules match a whole (already whitespace-normalized) line.  `max_width` bounds the
line's display width (East Asian characters count double), so a rule written for a short
page-chrome line can never swallow a story paragraph that happens to contain its words.
`boundary` marks lines after which the story is over: what follows is judged as trailing
material (headline lists, promos) rather than story.

Span rules cut a part out of a kept line (a bracket byline, an e-mail, a glued photo
credit) and leave the sentence around it intact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

NEUTRAL = "*"


@dataclass(frozen=True, slots=True)
class LineRule:
    """Removes a whole line that matches `pattern` (searched, so anchor it when needed)."""

    name: str
    pattern: re.Pattern[str]
    max_width: int = 160
    boundary: bool = False
    langs: frozenset[str] = field(default_factory=lambda: frozenset({NEUTRAL}))


@dataclass(frozen=True, slots=True)
class SpanRule:
    """Cuts the first group (or the whole match) of `pattern` out of a kept line."""

    name: str
    pattern: re.Pattern[str]
    langs: frozenset[str] = field(default_factory=lambda: frozenset({NEUTRAL}))


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _langs(*codes: str) -> frozenset[str]:
    return frozenset(codes)


KO, EN, JA = _langs("ko"), _langs("en"), _langs("ja")

# --- building blocks ---------------------------------------------------------------

# A copyright sign in any of its scraped spellings.
COPYRIGHT_SIGN = r"(?:copyright|©|ⓒ|\(c\)|&copy;)"
# Phrases that prohibit reuse, in Korean, English and Japanese.
PROHIBITION = (
    r"(?:무단\s*(?:전재|복제|배포|게재)|재배포\s*(?:금지|불가)|all\s+rights\s+reserved"
    r"|無断(?:転載|複製|転用|使用)|著作権|転載禁止|版權所有|版权所有|不得转载)"
)
EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
# Korean personal names: two to four Hangul syllables.
KO_NAME = r"[가-힣]{2,4}"

# --- whole-line rules, in the order the engine tries them --------------------------------

LINE_RULES: tuple[LineRule, ...] = (
    # Rights lines end the story and name its publisher (the engine reads them off).
    LineRule("copyright", _re(rf"{COPYRIGHT_SIGN}.{{0,80}}{PROHIBITION}|{PROHIBITION}"), 200, True),
    LineRule("copyright", _re(rf"^\W{{0,3}}(?:{COPYRIGHT_SIGN}|저작권자)\s*\S"), 120, True),
    LineRule("copyright", _re(r"^<\s*저작권자.*>$"), 200, True),
    # Lines that are only an e-mail address or a link.
    LineRule("email", _re(rf"^\W*{EMAIL}\W*$"), 120),
    LineRule("url", _re(r"^\W*(?:https?://|www\.)\S+\W*$"), 200),
    # Reporter boxes: a name with 기자/특파원 and an e-mail, or the "기자명" header.
    LineRule(
        "reporter-box",
        _re(rf"^\W*(?:{KO_NAME}\s*)+(?:기자|특파원|선임기자|논설위원)\W*{EMAIL}"),
        120,
        True,
        KO,
    ),
    LineRule("reporter-box", _re(rf"^{KO_NAME}\s*(?:기자|특파원|PD)(?:\s*=|\s*$)"), 40, False, KO),
    LineRule("reporter-box", _re(r"^기자명\s"), 160, False, KO),
    LineRule("reporter-box", _re(rf"^(?:[\w'.-]+\s+){{1,4}}{EMAIL}$"), 100),
    # Broadcast sign-offs and credits ("KBS 뉴스 김민지입니다.", "촬영기자:최현진").
    LineRule("sign-off", _re(rf"^\S{{1,12}}\s*뉴스\s*{KO_NAME}(?:\s*기자)?입니다\.?$"), 60, True, KO),
    LineRule(
        "credit", _re(r"^(?:촬영\s*기자|영상\s*편집|영상\s*취재|그래픽|촬영|편집)\s*[:：]"), 100, False, KO
    ),
    LineRule(
        "cue",
        _re(
            r"^[\[【〔<]\s*(?:앵커|리포트|기자|인터뷰|앵커\s*멘트|리포트\s*멘트|녹취|현장음|인터뷰|클로징)\s*[\]】〕>]$"
        ),
        40,
        False,
        KO,
    ),
    LineRule(
        "wire-credit",
        _re(r"^\(?\s*(?:reporting|writing|editing|additional reporting)\s+by\b.*\)?$"),
        300,
        True,
        EN,
    ),
    LineRule(
        "byline",
        _re(
            r"^by\s+[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,3}(?:\s*(?:,|and)\s*[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,3})*$"
        ),
        100,
        False,
        EN,
    ),
    # Photo credits and captions that stand on their own line.
    LineRule(
        "photo-credit",
        _re(r"^[\[(]?\s*(?:사진|그래픽|자료|영상)\s*[=:]\s*[^\])]{1,40}[\])]?$"),
        60,
        False,
        KO,
    ),
    LineRule("photo-credit", _re(r"^\(?(?:AP|AFP|Reuters|Getty|EPA)\s*Photo\b.*\)?$"), 160, False, EN),
    LineRule(
        "photo-credit", _re(r"^(?:image|photo|picture)\s*(?:source|caption|credit)s?\s*[,:]"), 200, False, EN
    ),
    LineRule(
        "caption", _re(r"[/(\[]\s*(?:사진|그래픽|자료)\s*[=:]\s*[^)\]]{1,40}[)\]]?\s*$"), 160, False, KO
    ),
    # Page chrome: share bars, font-size buttons, navigation, counters.
    LineRule(
        "share-bar",
        _re(
            r"(?:기사\s*보내기|공유\s*하기|URL\s*복사|카카오톡|페이스북|트위터).*(?:기사\s*보내기|공유|복사|카카오톡|페이스북|트위터)|^SNS\s*기사\s*보내기"
        ),
        200,
        False,
        KO,
    ),
    LineRule(
        "share-bar",
        _re(
            r"^(?:share|tweet|email|print|copy link|save)(?:\s*(?:this|on|to|article|story|link|facebook|twitter|x|whatsapp|linkedin|via))*\W*$"
        ),
        60,
        False,
        EN,
    ),
    LineRule(
        "page-chrome",
        _re(
            r"글씨\s*(?:줄이기|키우기)|글자\s*크기|본문\s*듣기|바로가기|스크롤\s*이동|^현재\s*위치$|^다음\s*기사$|^이전\s*기사$|^댓글\s*\d*$|^좋아요\s*\d*$|^\d{2}가$"
        ),
        80,
        False,
        KO,
    ),
    LineRule(
        "page-chrome",
        _re(
            r"^(?:advertisement|sponsored|skip to (?:main )?content|read more|related (?:articles|stories|coverage)|most read|more from \w+|\d+ (?:minutes?|hours?|days?|months?) ago|duration \d+:\d+|watch\b.*:$)$"
        ),
        80,
        False,
        EN,
    ),
    LineRule(
        "page-chrome",
        _re(r"^(?:広告|関連記事|関連ニュース|シェア|ツイート|ブックマーク|印刷|この記事を読む|続きを読む)$"),
        40,
        False,
        JA,
    ),
    LineRule(
        "dateline-header", _re(r"^(?:입력|수정|등록|송고|업데이트)\s*[:：]?\s*\d{4}[.\-/년]"), 120, False, KO
    ),
    # Prompts to act: tips, subscriptions, apps.
    LineRule(
        "promo",
        _re(
            r"(?:제보하기|제보\s*(?:는|하기)|구독\s*(?:하기|신청|하세요)|앱\s*다운로드|카카오톡\s*채널|네이버\s*(?:메인|채널)|무료\s*(?:만화|웹툰))"
        ),
        120,
        False,
        KO,
    ),
    LineRule(
        "promo",
        _re(r"(?:subscribe|sign up|newsletter|download (?:the|our) app|follow us on|click here)"),
        120,
        False,
        EN,
    ),
)

# --- spans inside kept lines -------------------------------------------------------------

SPAN_RULES: tuple[SpanRule, ...] = (
    # "[머니투데이 김상희 기자]", "(서울=연합뉴스) 홍길동 기자 =", "【ワシントン＝行方史郎】" at a line's start.
    SpanRule("byline", _re(rf"^\s*\[[^\[\]]{{0,20}}\s{KO_NAME}\s*(?:기자|특파원)\]\s*"), KO),
    SpanRule(
        "byline", _re(rf"^\s*\([^()]{{1,20}}=[^()]{{1,20}}\)\s*(?:{KO_NAME}\s*)+(?:기자|특파원)\s*=\s*"), KO
    ),
    SpanRule("byline", _re(r"^\s*【[^】]{1,20}＝[^】]{1,20}】"), JA),
    SpanRule("email", _re(rf"\s*\(?{EMAIL}\)?"), frozenset({NEUTRAL})),
    # Photo credits glued to the end of a caption or paragraph.
    SpanRule(
        "photo-credit",
        _re(r"\s*[/(\[]\s*사진\s*[=:]\s*[^)\]\n]{1,40}?[)\]]|\s*/\s*사진\s*=\s*\S+(?:\s\S+)?\s*(?:기자)?$"),
        KO,
    ),
    SpanRule("photo-credit", _re(r"\s*\((?:AP|AFP|Reuters|EPA|Getty)\s*Photo[^)]*\)"), EN),
    # Copyright notes and promos glued to a paragraph's end.
    SpanRule(
        "copyright",
        _re(rf"\s*[\[<(]\s*(?:{COPYRIGHT_SIGN}|저작권자)[^\]>)]{{0,80}}[\]>)]\s*$"),
        frozenset({NEUTRAL}),
    ),
    SpanRule("promo", _re(r"\s*▶[^▶]{1,60}$"), KO),
)

# Bullet markers a subhead or list line may start with.
BULLET = re.compile(r"^\s*(?:[◆■□▶▷►●○•·◇◈※▲△▼☞➤→\-–—*]|\d{1,2}[.)])\s*")

# Sentence ends: a line ending like this reads as prose, not as a headline.
SENTENCE_END = re.compile(r"(?:[.!?。！？]|다\.?|요\.?|니다\.?|[\"”’」』)]\s*[.。]?)\s*$")

# Where a site name is glued to a headline: "Headline | 연합뉴스", "Headline - Yahoo Finance".
SITE_SUFFIX = re.compile(r"\s+(?:\||-|–|—|::|::)\s+([^|\-–—]{2,40})$")
