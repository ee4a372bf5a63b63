"""The cleaner's rules, as data.

Each rule has a name; the name is what `Story.removed[].reason` says, so a user can see
which rule took a line and override it.  The engine that applies these tables lives in
`feedpipe.cleaner`; adding a pattern here never touches it.

Line rules match a whole (already whitespace-normalized) line.  `max_width` bounds the
line's display width (East Asian characters count double), so a rule written for a short
page-chrome line can never swallow a story paragraph that happens to contain its words.
A rule's `effect` says what else its match means:

- "line": only this line goes;
- "boundary": the story is over; what follows is judged as trailing material (headline
  lists, promos) rather than story;
- "opens-list": a list heading ("관련기사", "Read more"); the headline-like lines right
  after it are list entries;
- "with-next": a label whose value is the next line ("Image caption," + the caption,
  "Duration 11:56" + the video's blurb); both go;
- "opens-summary": an AI-summary or key-points heading; the lines after it that restate
  the story go with it.

Span rules cut a part out of a kept line (a bracket byline, an e-mail, a glued photo
credit) and leave the sentence around it intact.  A span rule with a group named `cut`
removes only that group (the rest of the match is context).

Every rule name is listed in `RULE_NAMES` with what it removes; `tests/test_rules.py`
holds lines each rule must remove and similar story lines it must keep.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

NEUTRAL = "*"

Effect = Literal["line", "boundary", "opens-list", "with-next", "opens-summary"]


@dataclass(frozen=True, slots=True)
class LineRule:
    """Removes a whole line that matches `pattern` (searched, so anchor it when needed)."""

    name: str
    pattern: re.Pattern[str]
    max_width: int = 160
    effect: Effect = "line"
    langs: frozenset[str] = field(default_factory=lambda: frozenset({NEUTRAL}))
    # A quick pre-check, not part of the rule's meaning: when given, the rule is tried
    # only on lines whose lower-cased text contains one of these strings.  Rules that
    # search a whole line (rather than anchor at its start) carry them, so a long line is
    # not scanned by every pattern.  tests/test_rules.py checks they never hide a match.
    needles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SpanRule:
    """Cuts the group `cut` (or the whole match) of `pattern` out of a kept line."""

    name: str
    pattern: re.Pattern[str]
    langs: frozenset[str] = field(default_factory=lambda: frozenset({NEUTRAL}))
    needles: tuple[str, ...] = ()  # as for LineRule


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


ALL = frozenset({NEUTRAL})
KO, EN, JA = frozenset({"ko"}), frozenset({"en"}), frozenset({"ja"})

# --- building blocks ---------------------------------------------------------------

# A photo credit in brackets closing a caption: "(ABC Rural: Tamsin Rowe)", "(PA Archive)".
_CREDIT_IN_BRACKETS = (
    r"\((?:(?-i:[A-Z][\w&'-]*(?:\s[A-Z][\w&'-]*){0,3}):\s?(?-i:[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,3})"
    r"|(?-i:[A-Z][\w&'-]*\s){0,2}(?:Archive|Wire|Images|Photos?|Pictures|Handout|Supplied|File))\)"
)

# A social network a site asks to be followed on, with its handle: "Twitter (@NYTopinion)".
_PLATFORM = r"(?:instagram|facebook|twitter|x|youtube|tiktok|linkedin|threads|bluesky)(?:\s*\([^)]{1,30}\))?"

# A copyright sign in any of its scraped spellings; SIGN_MARK without the word.
SIGN_MARK = r"(?:©|ⓒ|\(c\)|（c）|（ｃ）|&copy;)"
COPYRIGHT_SIGN = rf"(?:copyright|{SIGN_MARK[3:-1]})"
# Phrases that prohibit reuse, in Korean, English and Japanese.
PROHIBITION = (
    r"(?:무단\s*(?:전재|복제|배포|게재|전송)|재배포\s*(?:및\s*\S+\s*)?(?:금지|불가)|all\s+rights\s+reserved"
    r"|無断(?:転載|複製|転用|使用)|転載禁止|版權所有|版权所有|不得转载)"
)
# E-mail addresses are ASCII: a Hangul word glued in front ("전망이다.borami@…") is not part.
EMAIL = r"[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
# Korean personal names: two to four Hangul syllables.
KO_NAME = r"[가-힣]{2,4}"
# Korean prose ends in a verb ending ("…했다.", "…입니다", "…죠"); headlines rarely do.
KO_PROSE_END = r"(?:다|요|죠|까)[.?!]?[\"”’']?\s*$"
# A line that does not end as a reported statement: a Korean plain declarative ("…밝혔다.")
# or a Japanese sentence in the plain form ("…増えた。", "…という。") or in broadcast news'
# polite ます form ("…としています。").  Prompts, buttons and credits never end so (a
# Japanese prompt ends "…限定です。" at most); a story sentence that mentions a tip line,
# an app or a share button does.  Put after what the rule matches, so that only the lines
# it matches pay for the look to the line's end.
NOT_STATEMENT = r"(?!.*(?:다[.!]?[\"”’']?|(?:[うくつぬむるたいだ]|(?<!で)す)。)\s*$)"
# Reporter titles after a Korean name.
KO_REPORTER = r"(?:기자|특파원|선임기자|객원기자|수습기자|논설위원|통신원)"
# A date as a header states it: "2024.05.29 11:00", "2026년04월20일 12시00분", "April 3, 2023".
DATE = (
    r"(?:(?:19|20)\d{2}\s*[.\-/년年]\s*\d{1,2}\s*[.\-/월月]\s*\d{1,2}\s*[일日.]?(?:\s*\([^)]{1,3}\))?"
    r"|(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d{2}"
    r"|(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d{2})"
    r"(?:[\s,]*(?:at\s*)?\(?(?:오전|오후|午前|午後)?\s*\d{1,2}\s*[:.시時]\s*\d{2}\s*(?:분|分|[ap]\.?m\.?)?\)?)?"
)


# Another story's headline in square brackets, its words capitalized as a headline's are.
_BRACKETED_HEADLINE = (
    r"\[\s*(?-i:(?:[A-Z0-9][\w'’:,&.-]*|of|the|a|an|to|in|on|for|and|or|at|by|with|from|is|are|vs\.?)\s+){3,}"
    r"(?-i:[A-Z0-9][\w'’&-]*)[?!]?\s*\]"
)


def _line(
    name: str,
    pattern: str,
    max_width: int = 160,
    effect: Effect = "line",
    langs: frozenset[str] = ALL,
    needles: tuple[str, ...] = (),
) -> LineRule:
    return LineRule(name, _re(pattern), max_width, effect, langs, needles)


def _span(name: str, pattern: str, langs: frozenset[str] = ALL, needles: tuple[str, ...] = ()) -> SpanRule:
    return SpanRule(name, _re(pattern), langs, needles)


# Needles of the rules about rights lines.
SIGNS = ("copyright", "©", "ⓒ", "(c)", "（c）", "（ｃ）", "&copy;")
PROHIBITIONS = ("무단", "재배포", "rights reserved", "無断", "転載", "版權", "版权", "不得")
REPORTERS = ("기자", "특파원", "논설위원", "통신원")


# --- whole-line rules, in the order the engine tries them --------------------------------

LINE_RULES: tuple[LineRule, ...] = (
    # Rights lines end the story and name its publisher (the engine reads them off).
    _line("copyright", rf"{COPYRIGHT_SIGN}.{{0,80}}{PROHIBITION}", 220, "boundary", needles=SIGNS),
    # A rights line that opens with the sign and a year may go on with the site's terms:
    # "© 2025 Condé Nast. All rights reserved. Use of and/or registration on any portion …".
    _line(
        "copyright",
        rf"^\W*{SIGN_MARK}\s*(?:19|20)\d{{2}}.{{0,80}}{PROHIBITION}",
        800,
        "boundary",
        needles=("©", "ⓒ", "(c)", "（c）", "（ｃ）", "&copy;"),
    ),
    # A footer's rights line with its links: "Copyright © 2025, Los Angeles Times | Terms of Service | …".
    _line(
        "copyright",
        rf"^copyright\s*{SIGN_MARK}\s*(?:19|20)\d{{2}},?\s*[^|]{{2,40}}\s*\|",
        400,
        "boundary",
        needles=("copyright",),
    ),
    # "This material may not be published, broadcast, rewritten, or redistributed. ©2025 …"
    _line(
        "copyright",
        r"^this material may not be published,? broadcast,? rewritten,? (?:or|and/or) redistributed",
        600,
        "boundary",
        EN,
        ("this material",),
    ),
    # A prohibition alone ("무단전재 및 재배포 금지", "無断転載禁止"), but not a sentence about one.
    _line(
        "copyright",
        rf"^(?!.*{KO_PROSE_END}).{{0,30}}{PROHIBITION}{NOT_STATEMENT}",
        90,
        "boundary",
        needles=PROHIBITIONS,
    ),
    # A rights line opening with its sign: "ⓒ 한겨레신문사", "© 2024 Reuters", "Copyright ©
    # 서울경제", "Copyright 2019 Hawaii News Now", "저작권자 © 게임뷰".  The word alone
    # opens story sentences too ("Copyright law protects…", "저작권자 단체는…"): it needs
    # a sign, a year or "by" after it.
    _line(
        "copyright",
        rf"^\W{{0,3}}(?:{SIGN_MARK}|(?:copyright|저작권자)\s*(?:{SIGN_MARK}|(?:19|20)\d{{2}}\b|by\b|[:：]))\s*\S{NOT_STATEMENT}",
        140,
        "boundary",
        needles=(*SIGNS, "저작권자"),
    ),
    _line("copyright", r"^<\s*저작권자.*>$", 220, "boundary", KO, ("저작권자",)),
    # Lines that are only an e-mail address or a link.
    _line("email", rf"^\W*{EMAIL}\W*$", 120, needles=("@",)),
    # "Email dcatanese@usnews.com.", "Contact the author at jane@example.com".
    _line(
        "email",
        rf"^\W*(?:e-?mail|contact|reach)(?:\s+(?:me|him|her|them|us|the\s+(?:author|writer|reporter)))?\s*(?:at|:)?\s*{EMAIL}\W*$",
        120,
        "line",
        EN,
        ("@",),
    ),
    # (Also numbered, as a text browser lists a page's links: "[1] https://avclub.com/".)
    _line("url", r"^\W*(?:\d{1,4}\W+)?(?:https?://|www\.)\S+\W*$", 200, needles=("http", "www.")),
    # A page's script that a scrape kept as a line of text: it opens with code ("function
    # toggleCap(){const …", "doFir.push(function(){jQuery(…", "var from = document.referrer;")
    # and has a block's braces or ends a statement, which prose never does.  (A line that only holds some code, a story glued after a player's
    # script, is left to the spans.)
    _line(
        "page-chrome",
        r"^\s*(?:function\b|jQuery\s*\(|document\.\w|window\.\w|(?:var|const)\s+\w+\s*=|\(\s*function\b"
        r"|[\w$]+(?:\.[\w$]+)*\s*\(\s*function\b)(?=.*(?:\)\s*\{|\}\s*\)|;\s*\}|[;)]\s*$))",
        20000,
        needles=("function", "jquery", "document.", "window.", "var ", "const "),
    ),
    # Tip and subscription prompts first: "기사제보 및 보도자료 news@…" is no reporter box.
    _line(
        "promo",
        r"(?:제보\s*하기|제보\s*(?:는|:)|기사\s*제보|보도\s*자료\s*(?:및|제보)|구독\s*(?:하기|신청|하세요|해\s*주세요)|앱\s*다운로드|카카오톡\s*채널|네이버\s*(?:메인|채널)|무료\s*(?:만화|웹툰))"
        + NOT_STATEMENT,
        120,
        "line",
        KO,
        ("제보", "보도", "구독", "앱", "카카오톡", "네이버", "무료"),
    ),
    # An ad network's signature under its units: "by Taboola", "Recommended by Outbrain".
    _line(
        "promo",
        r"^(?:recommended |promoted |sponsored )?(?:by|from) (?:taboola|outbrain|revcontent|zergnet|mgid)\b",
        60,
        "line",
        EN,
        ("taboola", "outbrain", "revcontent", "zergnet", "mgid"),
    ),
    # Reporter boxes: a name with 기자/특파원 and an e-mail, or the "기자명" header.
    _line("byline", rf"^\W*(?:{KO_NAME}\s*)+{KO_REPORTER}\W*{EMAIL}", 120, "boundary", KO, ("@",)),
    # "정재우기자 (jjw@kbs.co.kr)", "임대준 기자", "김주현 기자 naro@" (an address cut short).
    _line(
        "byline",
        rf"^\W*(?:[A-Za-z0-9가-힣]{{2,12}}\s+)?{KO_NAME}\s*{KO_REPORTER}(?:\s*\(?(?:{EMAIL}|[A-Za-z0-9._-]+@)\)?)?$",
        60,
        "boundary",
        KO,
    ),
    _line("byline", r"^기자명\s", 160, "line", KO),
    # A bracket byline alone on its line: "[텐아시아=김세아 기자]", "(엑스포츠뉴스 김예나 기자)".
    _line(
        "byline",
        rf"^\s*(?:\[[^\[\]]{{0,20}}|\([^()]{{0,20}}|【[^【】]{{0,20}})[\s=]{KO_NAME}\s*{KO_REPORTER}\s*[\])】]\s*$",
        60,
        "line",
        KO,
        REPORTERS,
    ),
    # The reporter and the dates on one header line: "박소현 기자 | 입력: 2025/06/02 09:40 수정: …".
    _line(
        "byline",
        rf"^\W*(?:{KO_NAME}\s*)+{KO_REPORTER}\s*[|·/]?\s*(?:입력|등록|승인|수정|기사입력|송고)\s*[:：]?\s*\d{{4}}",
        200,
        "line",
        KO,
        ("입력", "등록", "승인", "수정", "송고"),
    ),
    _line("byline", rf"^(?:[\w'.-]+\s+){{1,4}}{EMAIL}$", 100, needles=("@",)),
    # Broadcast sign-offs: "KBS 뉴스 김민지입니다.", "뉴욕에서 KBS 뉴스 박일중입니다.", "TBS 문숙희입니다."
    _line(
        "sign-off",
        rf"^(?:\S+에서\s+)?(?:[A-Z][A-Z0-9]{{1,7}}(?:\s*[A-Z][a-z]{{1,5}})?\s*(?:뉴스|TV)?|[가-힣A-Z0-9]{{1,10}}(?:뉴스|방송|TV))\s*{KO_NAME}(?:\s*{KO_REPORTER})?입니다\.?$",
        60,
        "boundary",
        KO,
    ),
    # A Japanese story's closing reporter credit: "（山田太郎）", "(共同)".
    # Not "（写真は東京都内）": a caption, which is no end of the story.
    _line("byline", r"^[（(](?!写真)[一-龥ぁ-んァ-ヶー・\s]{2,12}[)）]$", 30, "boundary", JA),
    # A desk and a writer: "（AERA dot.編集部・上田耕司）".
    _line(
        "byline", r"^[（(][^（）()]{1,20}編集部[・･/／][^（）()]{2,12}[)）]$", 60, "boundary", JA, ("編集部",)
    ),
    _line(
        "credit",
        # Perhaps in parentheses: "(영상취재 : 김민 / 영상편집 : 이지혜)".
        rf"^\(?\s*(?:촬영\s*기자|영상\s*편집|영상\s*취재|영상\s*촬영|영상\s*디자인|그래픽|촬영|편집|자료\s*조사|글|디자인)\s*[:：]{NOT_STATEMENT}",
        120,
        "line",
        KO,
    ),
    _line(
        "cue",
        r"^(?:[\[【〔<]|◀)\s*(?:앵커|리포트|기자|인터뷰|앵커\s*멘트|리포트\s*멘트|기자\s*멘트|녹취|현장음|클로징|스탠딩|브릿지|자막|INT|SYNC|END|CG)\s*(?:[\]】〕>]|▶)$",
        40,
        "line",
        KO,
    ),
    _line(
        "wire-credit",
        # "by" and a name: "Reporting by the Guardian found…" and "Editing by hand…" are story.
        r"^\(?\s*(?:reporting|writing|editing|additional reporting)\s+by\s+(?-i:[A-Z])[\w'.-]*(?:\s+(?-i:[A-Z])[\w'.-]*){0,3}\s*(?:[;,)]|\s(?:and|in|at|from|for)\s|$).*\)?$",
        300,
        "boundary",
        EN,
    ),
    # "This article was originally published on …", "Follow AP's coverage at https://…".
    _line(
        "wire-credit",
        # Published where: a name follows ("This story was first published in 1998" is story).
        r"^this (?:article|story) (?:was |is )?(?:originally |first )?(?:published|appeared|republished)\s+(?:\w+\s+)?(?:on|in|by|at|from|with)\s+(?:the\s+)?(?-i:[A-Z])|^follow\b.{0,120}https?://"
        # The print-edition note under a web story.
        r"|^a version of this (?:article|story) (?:appears|appeared) in print\b",
        240,
        "boundary",
        EN,
        ("published", "appeared", "follow", "in print"),
    ),
    # "Associated Press writer Jane Roe in Sacramento contributed to this report."
    _line(
        "wire-credit",
        r"^[^.]{0,160}\b(?:writers?|reporters?|correspondents?)\b[^.]{0,120}\bcontributed(?: reporting)?(?: to this (?:report|story))?\.?$"
        # "CNN’s David Goldman contributed to this report.": the phrase is a credit by itself.
        r"|^[^.]{0,160}\bcontributed(?: reporting)? to this (?:report|story|article)\.?$"
        # "Keith Bradsher contributed reporting from Hong Kong.": only credits say so.
        r"|^[^.]{0,160}\bcontributed (?:reporting|research)(?: from [^.]{1,80})?\.?$",
        300,
        "boundary",
        EN,
        ("contributed",),
    ),
    # A contributor's note under the story: "Emily Carter covers transportation for The
    # Times.", "Daniel Ruiz is a reporter on the Metro desk."  Every sentence of the line
    # is such a note, and "covers" needs the outlet ("Jane Doe covers the cost." is story).
    _line(
        "byline",
        r"^(?:(?-i:[A-Z][\w'’-]+(?:\s[A-Z][\w'’.-]+){1,3})\s+"
        r"(?:(?:covers|writes about|reports on)\s[^.]{1,100}?\bfor\s(?:the\s)?(?-i:[A-Z])[^.]{0,60}"
        r"|is\s(?:a|an|the)\s[^.]{0,60}?\b(?:reporter|correspondent|writer|editor|columnist|journalist)\b[^.]{0,100})"
        r"\.\s*){1,3}"
        # … what else the note says of them ("She joined The Times in 2021 from …"), and how
        # to reach them: "Story tips can be sent to mark.delaney@fox.com."
        r"(?:(?:he|she|they) (?:joined|previously|was previously|has (?:covered|written|reported)|lives|is based|graduated|holds|studied|worked|covered|spent)\b[^.]{0,160}\.\s*){0,2}"
        r"(?:(?:story tips|tips) can be sent to \S+|(?:you can )?(?:reach|follow|email|contact) (?:him|her|them)\b(?:[^.]|\.(?=\w)){0,80})?\.?\s*$",
        400,
        "line",
        EN,
        (
            "covers",
            "writes about",
            "reports on",
            "reporter",
            "correspondent",
            "writer",
            "editor",
            "columnist",
            "journalist",
        ),
    ),
    # An author box's parts: the role alone ("Staff Writer"), the photo ("Photo of Kellen
    # Marsh"), and a bio by first name ("Kellen is a staff writer at Ars Technica covering …").
    _line(
        "byline",
        r"^(?:senior |staff |contributing |chief )?(?:writer|reporter|editor|correspondent|columnist)$"
        r"|^(?:photo|image|picture) of (?-i:[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,3})$"
        r"|^(?-i:[A-Z][\w'’-]+) is (?:a|an|the) [^.]{0,40}?\b(?:reporter|correspondent|writer|editor|columnist)\b (?:at|for) (?-i:[A-Z])[^.]{0,160}\.?$",
        300,
        "line",
        EN,
        ("writer", "reporter", "editor", "correspondent", "columnist", "photo of", "image of", "picture of"),
    ),
    # "Jane Roe Energy correspondent", "John Smith, Staff Writer".
    _line(
        "byline",
        r"^(?-i:[A-Z][\w'.-]+(?:\s[A-Z][\w'.-]+){1,3}),?\s+(?-i:(?:[A-Z][\w-]*\s){0,3})(?:correspondent|reporter|editor|writer|columnist|analyst|staff)$",
        80,
        "line",
        EN,
        ("correspondent", "reporter", "editor", "writer", "columnist", "analyst", "staff"),
    ),
    _line(
        "byline",
        # Capitalized names ("By Tuesday morning" is a fragment of story).
        r"^by\s+(?-i:[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,3}(?:\s*(?:,|and)\s*[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,3})*)"
        # … and the outlet after a bar: "By Mark Delaney | Fox News".
        r"(?:\s*[|·]\s*(?-i:[A-Z][\w&.'-]*(?:\s[A-Z][\w&.'-]*){0,3}))?$",
        100,
        "line",
        EN,
    ),
    # A byline with the date: "by Jeff Foust Monday, November 18, 2019".
    _line(
        "byline",
        rf"^by\s+(?-i:[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){{0,3}}(?:\s*(?:,|and)\s*[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){{0,3}})*)\s*[,|·•—–-]?\s*{DATE}\W*$",
        100,
        "line",
        EN,
    ),
    # Dates as page headers: "입력 2024.05.29 11:00", "Updated April 3, 2023", or a date alone.
    _line(
        "dateline-header",
        r"^(?:입력|수정|등록|송고|업데이트|기사입력|최종수정|발행일|게재\s*일자?|지면)\s*[:：]?\s*[\[(]?\s*\d{4}[.\-/년]",
        120,
        "line",
        KO,
    ),
    _line(
        "dateline-header",
        # "Updated 4:05 PM EDT, Wed May 29, 2024", "Published May 29, 2024 Updated May 30,
        # 2024, 9:14 a.m. ET": one or two labelled dates, a time and a zone.
        # ("Posted at 1:19 PM, May 12, 2024" / "and last updated 6:19 PM, May 12, 2024".)
        rf"^(?:(?:and\s+)?(?:published|updated|posted|last updated)(?:\s+on|\s+at)?\s*:?\s*(?:\d{{1,2}}:\d{{2}}\s*[ap]\.?m\.?(?:\s+[a-z]{{2,4}})?,?\s*)?{DATE}(?:\s*(?-i:[A-Z]{{2,4}}))?\W*){{1,2}}$",
        100,
        "line",
        EN,
    ),
    _line(
        "dateline-header",
        r"^(?:published|updated|posted|last updated)(?: at)?\s*:?\s*\d{1,2}:\d{2}\s*[ap]\.?m\.?(?:\s+[a-z]{2,4})?\W*$",
        40,
        "line",
        EN,
        ("published", "updated", "posted"),
    ),
    _line("dateline-header", r"^(?:公開|配信|更新|掲載|最終更新)(?:日時?)?\s*[:：]?\s*\d", 80, "line", JA),
    # A newspaper's edition line: "毎日新聞 2024/5/29 東京朝刊".
    _line(
        "dateline-header",
        r"^\S{1,12}新聞\s*(?:19|20)\d{2}[/年]\d{1,2}[/月]\d{1,2}日?(?:\s*\S{0,6}(?:朝刊|夕刊))?$",
        60,
        "line",
        JA,
    ),
    # "5/29(水) 12:10配信": month/day, weekday, time and the word for published.
    _line(
        "dateline-header",
        r"^(?:\d{4}/)?\d{1,2}/\d{1,2}\s*(?:[(（].[)）])?\s*\d{1,2}:\d{2}\s*(?:配信|更新|公開)?$",
        40,
        "line",
        JA,
    ),
    _line("dateline-header", rf"^\W*{DATE}\W*$", 60),
    # A machine's timestamp alone: "2012-05-14T18:15:00+0900", "2024-03-01 09:12:33".
    _line(
        "dateline-header",
        r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$",
        40,
    ),
    # "Posted 9h ago9 hours ago, updated 6h ago6 hours ago".
    _line(
        "dateline-header",
        r"^(?:(?:posted|updated|published)\s+\d+\s*(?:[hmd]|mins?|hours?|days?)\s+ago(?:\d+\s+\w+\s+ago)?,?\s*){1,2}$",
        80,
        "line",
        EN,
        ("ago",),
    ),
    # A date and the section: "Mar 26, 2025 - Technology".
    _line(
        "dateline-header",
        rf"^{DATE}\s*[-–—|·]\s*(?-i:[A-Z][a-z]+(?:\s(?:&\s)?[A-Z][a-z]+){{0,2}})$",
        50,
        "line",
        EN,
    ),
    # A time, its zone and the date: "8:00 AM PDT · June 3, 2025".
    _line(
        "dateline-header",
        rf"^\d{{1,2}}:\d{{2}}\s*(?:[ap]\.?m\.?)?\s*(?-i:[A-Z]{{2,4}})?\s*[·•|,]\s*{DATE}$",
        50,
        "line",
        EN,
    ),
    # "Posted: Mar 11, 2025 / 04:52 PM EDT", "First published on April 13, 2021 / 4:53 AM".
    _line(
        "dateline-header",
        rf"^(?:(?:first|last|originally)\s+)?(?:posted|updated|published)(?:\s+on)?\s*:?\s*{DATE}\s*/\s*"
        r"\d{1,2}:\d{2}\s*[ap]\.?m\.?(?:\s+[a-z]{2,4})?$",
        60,
        "line",
        EN,
        ("posted", "updated", "published"),
    ),
    # A time and a date: "14:22 March 05, 2025".
    _line("dateline-header", rf"^\d{{1,2}}:\d{{2}}\s*(?:[ap]\.?m\.?)?\s*,?\s*{DATE}\W*$", 40, "line", EN),
    # A wire's note to editors: "(ATTN: ADDS union comment in paras 6-7)".
    _line(
        "page-chrome", r"^\((?:attn|editors?'? note|ed note)\s*:[^)]*\)$", 160, "line", EN, ("attn", "note")
    ),
    # A date and a time: "November 20, 2019 - 11:28 AMT", "May 29, 2024, 9:14 a.m. ET",
    # "April 13, 2021 / 7:07 AM / CBS News" (with the outlet after).
    _line(
        "dateline-header",
        rf"^\W*{DATE}\s*[-–—|·•,/]?\s*\d{{1,2}}(?::\d{{2}}(?::\d{{2}})?\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)\s*(?-i:[A-Z]{{2,4}})?"
        r"(?:\s*[/|·•]\s*(?-i:[A-Z][\w&.]*(?:\s[A-Z][\w&.]*){0,3}))?\W*$",
        70,
        "line",
        EN,
    ),
    # A date with a little more on the line but no sentence: "May 29, 2024 11:05 AM GMT+9Updated
    # 2 hours ago".  What follows the date is a zone, an update or a separator: a timeline's
    # "Jan. 6, 2021 — Rioters storm the Capitol" or "March 3, 2024: The day …" is story.
    _line(
        "dateline-header",
        rf"^\W*{DATE}\s*(?:(?-i:[A-Z]{{2,4}})\b|updated|published|[|·•])[^.!?。]{{0,40}}$",
        90,
        "line",
        EN,
    ),
    # Photo credits and captions that stand on their own line.
    _line(
        "photo-credit",
        r"^[\[(]?\s*(?:사진|그래픽|자료|영상|이미지)\s*(?:출처|제공)?\s*[=:：]\s*[^\])]{1,60}[\])]?$",
        90,
        "line",
        KO,
    ),
    _line(
        "photo-credit",
        r"^[\[(]\s*(?:게티\s*이미지(?:\s*뱅크|\s*코리아)?|셔터스톡|getty\s*images?|shutterstock|픽사베이|언스플래시|클립아트코리아)\s*[\])]$",
        40,
        "line",
        KO,
    ),
    _line("caption", r"^image caption,?$", 20, "with-next", EN),
    # A wire photo's caption: "… 2025.3.4 [전북도교육청 제공. 재판매 및 DB 금지] photo@yna.co.kr".
    _line(
        "caption",
        r"재판매\s*및\s*DB\s*금지|\bphoto@[\w.-]+\.[a-z]{2,}",
        600,
        "line",
        KO,
        ("재판매", "photo@"),
    ),
    # A photo caption: one sentence of what the photo shows, then the photographer ("…목공
    # 수업을 하고 있다. 김지원 기자").
    _line(
        "caption",
        rf"^[^.]{{10,200}}(?:있다|모습이다|모습)\.\s*/?\s*(?:(?:{KO_NAME}\s*)?(?:{KO_REPORTER}|사진기자)|[가-힣A-Za-z0-9]{{2,8}})$"
        # "▲ 충북 … 안내문이 붙어 있다.", "▲서울 … 아파트 단지 모습. (연합뉴스)": a caption
        # marked with a triangle.
        r"|^▲\s*[^▲]{10,200}(?:있다|모습|모습이다)\.(?:\s*[(\[][^()\[\]]{2,12}[)\]])?$"
        # A sports desk's caption: "…역투하고 있다. 대전=최문석 기자 msc@…/2025.07.18/",
        # and one credited after it: "경기 후 인터뷰하는 강태윤. 사진제공=한화 이글스".
        rf"|{KO_REPORTER}\s*{EMAIL}\s*/\s*\d{{4}}\.\d{{1,2}}\.\d{{1,2}}/?$|[.。]\s*사진\s*제공\s*[=:]\s*[^.]{{1,30}}$",
        400,
        "line",
        KO,
        (
            *REPORTERS,
            "▲",
            "사진",
            "@",
            "뉴스",
            "뉴시스",
            "연합",
            "ap",
            "afp",
            "epa",
            "로이터",
            "게티",
            "제공",
            "db",
        ),
    ),
    # Photo credits of entertainment pages: "[사진] tvN 제공", "배우 한서윤 / OSEN DB".
    _line(
        "photo-credit",
        r"^\[사진\]\s*\S.{0,30}(?:제공|DB)$|^.{1,30}\s/\s*[A-Za-z가-힣]{2,12}\s*DB$",
        80,
        "line",
        KO,
        ("사진", "db"),
    ),
    # A caption whose credit closes it in angle brackets: "…과학기술정보통신부 전경. 〈전자신문DB〉".
    _line(
        "caption",
        r"[.。]\s*[<〈《][^<>〈〉《》]{1,20}(?:DB|제공|사진)\s*[>〉》]$",
        400,
        "line",
        KO,
        ("db", "제공", "사진"),
    ),
    # More Korean captions: "▲ 라이트하우스랩 박태오 대표(좌), 정하은 아트 디렉터(우)", "▲ 밤이
    # 되면 안개와 함께 괴물이 몰려온다" (a triangle, a space, no stop), and one signed with the
    # day and the photographer's address ("…하고 있다. 2025.03.12 jisoo@newspim.com").
    _line(
        "caption",
        r"^▲\s+[^▲.]{6,150}(?:[(（](?:좌|우|왼쪽|오른쪽|가운데|사진)[)）]|다)$"
        rf"|(?:있다|모습)\.\s*\d{{4}}\.\d{{1,2}}\.\d{{1,2}}\.?\s*{EMAIL}$",
        400,
        "line",
        KO,
        ("▲", "@"),
    ),
    # A caption's credit after its sentence: "… in an open-plan office. getty".
    _line("caption", r"[.!?]\s+getty(?: images)?$", 300, "line", EN, ("getty",)),
    # A photo credit alone on its line, photographer and agency: "Joe Raedle/Getty Images".
    _line(
        "photo-credit",
        r"^(?-i:[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){1,3})\s?/\s?(?-i:[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3})$",
        60,
        "line",
        EN,
        ("/",),
    ),
    # "Write to Al Root at allen.root@dowjones.com": the reporter's address under the story.
    _line(
        "byline",
        rf"^(?:write to|contact|e-?mail)\s(?-i:[A-Z])[^@]{{0,60}}\sat\s{EMAIL}\.?$",
        160,
        "line",
        EN,
        ("@",),
    ),
    # A caption that ends with its credit in brackets: "… in Lusaka, Zambia [File: Salim
    # Dawood/AFP]", "… on Tuesday. (Jeff Dean/Getty Images)".
    _line(
        "caption",
        r"(?:[.!?][\"”’)]?\s+|\S\s)[\[(](?:file(?: photo)?:\s*)?(?-i:[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){1,3})\s?/\s?(?-i:[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3})[\])]$",
        400,
        "line",
        EN,
        ("/",),
    ),
    # A caption signed with the agency alone: "… as a strike entered its second week. (Yonhap)".
    _line(
        "caption",
        r"[.!?][\"”’]?\s+\((?!(?:more|continued|cont|updated|video|audio|see below|pdf)\))(?-i:[A-Z][\w&'-]*(?:\s[A-Z][\w&'-]*){0,3})\)$",
        400,
        "line",
        EN,
        (". (", "! (", "? (", '" (', "” (", "’ ("),
    ),
    _line(
        "caption",
        r"^【(?:写真|画像|図表?|グラフ)】",
        200,
        "line",
        JA,
        ("【写真】", "【画像】", "【図", "【グラフ】"),
    ),
    # "… on Monday morning. (ABC Rural: Tamsin Rowe)", "… last autumn (PA Archive)": a caption
    # alone on its line (glued after a paragraph, the span rule below cuts it).
    _line(
        "caption",
        rf"^(?!.*[.!?][\"”’](?-i:[A-Z])).*\s{_CREDIT_IN_BRACKETS}$",
        240,
        "line",
        EN,
        (":", "archive", "wire", "images", "photo", "pictures", "handout", "supplied", "file"),
    ),
    _line("photo-credit", r"^(?:出典|写真|提供)[:：]\s*\S.{0,40}$", 60, "line", JA, ("出典", "写真", "提供")),
    # A Japanese caption names the place or the day after "＝" and has no sentence end:
    # "中央合同庁舎３号館＝東京・霞が関", "会談に臨む両首脳＝５日（聯合＝共同）".  (A headline's
    # "…を計画＝報道" names a source instead.)
    _line(
        "caption",
        r"^[^。]{4,80}＝(?:[0-9０-９]{1,2}日[^＝。]{0,20}|[^＝。、\s]{1,8}・[^＝。、\s]{1,8})$"
        r"|^[^。]{4,120}（[^（）]{0,10}＝?(?:共同|時事|ロイター|AP|AFP|聯合|新華社)）$",
        240,
        "line",
        JA,
        ("＝", "共同", "時事", "ロイター", "ap", "afp", "聯合", "新華社"),
    ),
    # A stock agency's name alone under a photo.
    _line(
        "photo-credit",
        r"^(?:getty images|shutterstock|alamy|istock)(?:\s*(?:/|via)\s*.{0,40})?$",
        60,
        "line",
        EN,
    ),
    _line(
        "photo-credit",
        r"^\(?(?:photo|image|picture)s?\s+(?:by|courtesy of)\s[^.]{1,80}\)?$",
        120,
        "line",
        ALL,
    ),
    # A caption ends with its credit: "… in Kyiv, Ukraine, May 2, 2024. REUTERS/Jane Doe",
    # after the caption's last sentence (a story's "… conducted by AP/NORC" is no credit).
    # Two capitalised words alone are a section head ("GRANTS/DONATIONS"), not a credit.
    _line(
        "caption",
        r"(?!^(?-i:[A-Z]{2,}/[A-Z]{2,})$)(?:^|[.!?][\"”’)]?\s*)\(?(?-i:[A-Z]{2,}(?:\s[A-Z]{2,})?/[A-Z][\w.'-]+(?:\s[A-Z][\w.'-]+){0,3}(?:/[A-Z][\w.'-]+(?:\s[A-Z][\w.'-]+){0,2})?)\)?$",
        400,
        "line",
        EN,
        ("/",),
    ),
    # An agency's photo credit, whatever the agency: "(AP Photo/…)", "(Yonhap Photo)".
    _line("photo-credit", r"^\(?(?-i:[A-Z][A-Za-z]{1,11}\s*Photo)(?:/[^)]*)?\)?$", 160, "line", EN),
    _line(
        "photo-credit",
        r"^\(?\s*(?:image|photo|picture)\s*(?:source|caption|credit)s?\s*[,:]",
        200,
        "line",
        EN,
    ),
    # "Photo: Jane Doe", and a chart's or a clip's "Source: CNN" on a line of its own.
    _line(
        "photo-credit",
        # (A dot inside a web address is no sentence's end: "Credit: WhiteHaven/Shutterstock.com".)
        r"^\(?\s*(?:photo|credit|photograph|source)\s*:\s*(?:[^.]|\.(?=\w)){1,60}(?:\bet al\.)?\)?$",
        80,
        "line",
        EN,
    ),
    # A paper's citation under a science story: "Nature Energy, 2025. DOI: 10.1038/…".
    _line("page-chrome", r"^[^.]{2,80},\s*(?:19|20)\d{2}\.\s*doi:\s*10\.\d{4,}/", 200, "line", EN, ("doi",)),
    _line("photo-credit", r"image\s+source,\s*[^,.]{1,40}$", 500, "line", EN, ("image source",)),
    # "Solar panels on a roof in Kent. Photograph: Gareth Fuller/PA", "… earnings. Photograph
    # by Robyn Beck/AFP", "… engines. (credit: NASA/Jude Guidry)": the credit follows the
    # caption's sentence ("Playoff picture: Raiders in pursuit" is a head).
    _line(
        "caption",
        r"(?:^|[.!?)][\"”’]?\s*)\(?(?:photograph|photo|picture|pic|illustration|image|credit)(?:\s*:|\s+by\b)\s*[^.:]{1,60}$",
        300,
        "line",
        EN,
        ("photograph", "photo", "picture", "pic", "illustration", "image", "credit"),
    ),
    # A picture's credit and its viewer's button before its caption: "Credit: Karl Tate,
    # SPACE.com View full size image The planet Mars is …".
    _line("caption", r"^credit:\s.{1,80}?\bview full size image\b", 600, "line", EN, ("full size",)),
    # A caption opening with its photographer's credit: "Kevin C. Downs/for New York Daily
    # News Rene seeks unspecified monetary damages …".
    _line(
        "caption",
        r"^(?-i:[A-Z][a-z][\w.'-]*(?:\s(?:[A-Z]\.|[A-Z][a-z][\w.'-]*)){1,3})/for\s+(?:the\s+)?(?-i:[A-Z])",
        400,
        "line",
        EN,
        ("/for",),
    ),
    # "Traffic on Second Avenue on Tuesday. Credit...Jane Doe for The New York Times".
    _line("caption", r"\bcredit(?:\.{2,}|…)\s*\S[^.]{0,80}$", 400, "line", EN, ("credit",)),
    # An agency caption ends with its credit: "A firefighter … Tuesday. (AP Photo/Ringo Chiu)".
    _line(
        "caption",
        r"\((?-i:[A-Z][A-Za-z]{1,11}\s*Photo)\b[^)]*\)\s*$",
        600,
        "line",
        EN,
        ("photo",),
    ),
    _line(
        "caption",
        r"^[（(]写真は.{1,80}[）)]$|[（(](?:写真|画像)は[^（）()]{1,40}(?:より|から|提供)[）)]$",
        180,
        "line",
        JA,
    ),
    _line(
        "photo-credit", r"^[（(]?\s*(?:写真|画像|図|提供)\s*[：:＝=]\s*[^）)]{1,40}[）)]?$", 80, "line", JA
    ),
    _line(
        "caption",
        r"[/(\[]\s*(?:사진|그래픽|자료)\s*(?:제공|출처)?\s*[=:]\s*[^)\]]{1,40}[)\]]?\s*$",
        160,
        "line",
        KO,
        ("사진", "그래픽", "자료"),
    ),
    # "…를 권유하는 문자. 독자제공", "예상 이미지 © News1": a caption ending in its credit.
    _line(
        "caption",
        rf"^(?!.*{KO_PROSE_END}).{{2,80}}[.。/=]\s*\S{{0,12}}\s*(?:제공|캡처|캡쳐)\]?\)?$|^.{{2,60}}\S\s(?:{COPYRIGHT_SIGN})\s*\S{{1,20}}$",
        120,
        "line",
        KO,
        ("제공", "캡처", "캡쳐", *SIGNS),
    ),
    # A caption ending in "…의 모습." (a noun and a full stop: prose would end "모습이다.",
    # and a subhead "달라진 경제의 모습" has no full stop),
    # perhaps with the photo's date and an address after it.
    _line(
        "caption",
        rf"모습\.(?:\s*\d{{4}}\.\d{{1,2}}\.\d{{1,2}}\.?)?(?:\s*\(?{EMAIL}\)?)?$",
        300,
        "line",
        KO,
        ("모습",),
    ),
    # A caption signed by its source after a slash: "…모습. /연합뉴스", "…모습. 2024.5.25/뉴스1 ⓒ News1 김민지 기자".
    _line(
        "caption",
        rf"(?:[.。]\s*|\d{{4}}\.\d{{1,2}}\.\d{{1,2}}\s*)/\s*[^\s/]{{1,12}}(?:\s+(?:{COPYRIGHT_SIGN})\s*\S+(?:\s+{KO_NAME}\s*{KO_REPORTER})?)?$",
        240,
        "line",
        KO,
        ("/",),
    ),
    # Alt text of a map or chart ("Birdseye view of map showing the location of …").
    _line(
        "caption",
        r"^(?:an?\s+|the\s+)?(?:[\w'-]+\s+){0,3}(?:map|graphic|chart|diagram|illustration|screenshot)\s+showing\b",
        250,
        "line",
        EN,
        ("showing",),
    ),
    # A link to another story, labelled as one: "Related: …", "▶ 관련기사 : …", "【関連記事】…".
    _line(
        "related-list",
        # "Related article Netflix raises prices …" (CNN) has no colon but a headline after it.
        r"^\W*(?:related|read more|see also|also read|read next|go deeper)\s*:\s*\S|^\W*related (?:article|story|video)\s+(?-i:[A-Z])"
        # "Related post: …", "SEE MORE: Hong Kong protests: …": a headline after the colon.
        r"|^\W*(?:related (?:posts?|articles?|stories|story|links?|videos?)|(?:see|watch) (?:more|also|next))\s*:\s*(?-i:[A-Z0-9\"“‘'])"
        # "More AP NBA: https://apnews.com/NBA": a link to a section.
        r"|^more\s[\w ]{1,30}:\s*https?://",
        240,
        "line",
        EN,
    ),
    _line(
        "related-list",
        r"^\W*(?:관련\s*기사|관련\s*뉴스|함께\s*보기)\s*[:：◀]?\s*[:：]\s*\S|^\W*관련\s*기사\s*◀",
        240,
        "line",
        KO,
    ),
    _line("related-list", r"^【関連(?:記事|ニュース)】\S", 240, "line", JA),
    # Lists of other stories: the heading opens the list; its entries follow.
    _line(
        "list-heading",
        r"^[\[【<]\s*(?:키워드\s*)?(?:관련\s*(?:기사|뉴스)|많이\s*본\s*(?:뉴스|기사)|(?:이\s*시각\s*)?주요\s*뉴스|인기\s*기사)\s*[\]】>]$",
        40,
        "opens-list",
        KO,
    ),
    _line(
        "list-heading",
        # (After a symbol too: "★관련기사", "▶ 추천기사".)
        r"^[★☆■□▶▷►●○◆◇※▣]?\s*(?:(?:키워드\s*)?관련\s*(?:기사|뉴스)(?:\s*더\s*보기)?$|(?:가장\s*)?많이\s*(?:본|읽은)\s*(?:뉴스|기사)$"
        r"|(?:[\w가-힣]{1,15}\s)?(?:인기|추천|주요|최신|오늘의)\s*(?:기사|뉴스)$|이\s*시각\s*(?:주요|인기|많이\s*본)?\s*뉴스$"
        r"|(?:\S{1,12}\s)?랭킹(?:\s*뉴스)?$|\S{1,12}\s헤드라인$|함께\s*(?:보면|읽으면)\s*좋은)",
        40,
        "opens-list",
        KO,
    ),
    _line(
        "list-heading",
        r"^(?:read more|read next|related(?: articles| stories| coverage| content| news| links| topics)?|explore more on these topics|explore further|more on this story|partner (?:news|content)|from our partners|sponsored (?:content|stories)|most (?:read|popular|viewed|shared)(?: (?:in|on|from) .{1,30})?|popular (?:on|in|at|from) .{1,30}|more (?:from|on) .{1,30}|(?:more in|latest (?:from|in|on)) (?-i:[A-Z])[^.]{0,25}|trending(?: now| stories)?|recommended(?: for you| stories)?|you (?:may|might)(?: also)? like|more for you|more to read|read more from .{1,30}|best of (?-i:[A-Z]).{1,30}|also read|see also|more|top stories|latest (?:news|stories)|more stories)\W*$",
        60,
        "opens-list",
        EN,
    ),
    _line(
        "list-heading",
        r"^[【■◆●▼□]?\s*(?:\S{1,10}(?:の|\s))?(?:関連記事|関連ニュース|関連リンク|関連情報|あわせて読みたい|人気記事|注目記事|アクセスランキング|ランキング|おすすめ記事|最新ニュース|こちらもおすすめ)】?$",
        40,
        "opens-list",
        JA,
    ),
    # AI summaries and key points that restate the story.
    _line(
        "ai-summary",
        r"^(?:AI\s*)?(?:\d\s*줄\s*)?(?:요약|핵심\s*요약|기사\s*요약)(?:\s*(?:보기|by\s*AI))?(?:\s*(?:beta|베타))?$|^본문\s*요약\s*봇$",
        30,
        "opens-summary",
        KO,
    ),
    _line(
        "ai-summary",
        r"^(?:ai[- ]generated summary|summary|key points|key takeaways|in brief|the gist|quick read)\W*$",
        40,
        "opens-summary",
        EN,
    ),
    _line("ai-summary", r"^(?:AI\s*)?(?:要約|この記事のポイント|ポイント)$", 30, "opens-summary", JA),
    # Video players: "WATCH | …:" + its title, "Duration 11:56" + its blurb, "2 months ago".
    # Only the player's label, all capitals or with a bar ("WATCH | …:"): it takes the next
    # line with it, and a story's "Watch the full interview:" may come before a paragraph.
    _line("media", r"^(?-i:WATCH)\b.*:$|^watch\s*[|l]\s.*:$", 160, "with-next", EN),
    _line("media", r"^duration\s+\d+:\d+$", 30, "with-next", EN),
    _line("media", r"^\d+\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago$", 30, "line", EN),
    _line(
        "media",
        r"^(?:재생|일시\s*정지|동영상|다시\s*보기|음소거|전체\s*화면|play|pause|mute|replay|再生)$",
        20,
    ),
    # The wire's end mark: "(END)", "(끝)".  The story is over.
    _line(
        "page-chrome", r"^[(<]\s*(?:end|끝)\s*[)>]$", 12, "boundary", needles=("end)", "end>", "끝)", "끝>")
    ),
    # A line of a mark or two and no word: "*", "–", "|" left from a page's layout.
    _line("page-chrome", r"^[^\w\s]{1,3}$", 6),
    # Separator rules ("___", "* * *").
    _line("page-chrome", r"^(?:[_\-=*~·•]\s*){3,}$", 40),
    # Bare numbers and times: view counters, like counts, player clocks ("182", "00:00").
    _line("counter", r"^\d[\d,]*$|^\d{1,2}:\d{2}(?::\d{2})?$|^[+\-−]\d[\d,.]*%$", 16),
    # Page chrome: share bars, font-size buttons, navigation, counters.
    _line(
        "share-bar",
        rf"(?:기사\s*보내기|공유\s*하기|URL\s*복사|카카오톡|페이스북|트위터).*(?:기사\s*보내기|공유|복사|카카오톡|페이스북|트위터){NOT_STATEMENT}|^SNS\s*기사\s*보내기",
        200,
        "line",
        KO,
        ("보내기", "공유", "복사", "카카오톡", "페이스북", "트위터"),
    ),
    _line(
        "share-bar",
        r"^(?:share|tweet|email|print|copy link|save)(?:\s*(?:this|on|to|article|story|video|photo|gallery|post|page|link|facebook|twitter|x|whatsapp|linkedin|via))*\W*$",
        60,
        "line",
        EN,
    ),
    _line(
        "page-chrome",
        rf"(?:글씨\s*(?:줄이기|키우기)|(?:글자|글씨)\s*크기|본문\s*듣기|바로가기|스크롤\s*이동){NOT_STATEMENT}"
        # A portal's toolbar and login asks: "번역 설정", "로그인하고 더 많은 뉴스를 보세요".
        r"|^번역\s*(?:설정|하기)$|^로그인하고\s.{0,30}(?:보세요|하세요)$|^해당\s*언론사로\s*연결됩니다\.?$",
        80,
        "line",
        KO,
        ("글씨", "글자", "본문", "바로가기", "스크롤", "번역", "로그인", "언론사"),
    ),
    _line(
        "page-chrome",
        r"^현재\s*위치$|^(?:다음|이전)\s*기사$|^(?:기사\s*)?(?:댓글|추천)\s*[:：]?\s*\d*\s*개?$|^좋아요\s*\d*$|^\d{2}가$|^다른\s*기사\s*보기$|^(?:홈|HOME)\s*[>›»]"
        # Reaction buttons and profile widgets of portal pages, the wire's end mark "(끝)".
        r"|^(?:쏠쏠정보|흥미진진|공감백배|분석탁월|후속강추|추천해요|감동이에요|화나요|슬퍼요|훈훈해요|후속기사\s*원해요|응원\s*수?)\s*[\d,]*$"
        r"|^기자\s*프로필$|^구독자?\s*[\d,]*$|섹션으로\s*분류했습니다"
        # A portal's toolbar, one button a line: "본문 요약봇", "텍스트 음성 변환 서비스 사용하기",
        # "기사 스크랩", "닫기"; and its notices ("기사의 섹션 정보는 … 분류를 따르고 있습니다").
        r"|^(?:텍스트\s*음성\s*변환\s*서비스\s*사용하기|음성으로\s*듣기|기사\s*스크랩|스크랩|닫기|싫어요\s*[\d,]*|인쇄(?:하기)?|프린트)$"
        r"|^기자의?\s*다른\s*기사\s*(?:보기|더\s*보기)?$|^기자\s*페이지$|^기자\s*구독$",
        80,
        "line",
        KO,
    ),
    _line(
        "page-chrome",
        r"^(?:자동\s*추출\s*기술로\s*요약된|기사의\s*섹션\s*정보는)|자동\s*요약한\s*결과입니다|본문\s*보기를\s*권장합니다"
        r"|요약한\s*내용입니다|^이\s*기사를\s*추천합니다$|^기사\s*추천은\s*24시간|^해당\s*언론사에서\s*선정하며|^기사\s*섹션\s*분류\s*안내$",
        300,
        "line",
        KO,
        ("자동", "섹션", "권장", "요약한", "추천", "언론사"),
    ),
    # A portal's comment box, one widget a line: "프로필 이미지", "옵션 열기", "답글0공감/비공감
    # 공감16비공감3", "댓글 더보기", "클린봇이 악성댓글을 감지합니다.", and the links under it.
    _line(
        "page-chrome",
        r"^(?:프로필\s*이미지|옵션\s*열기|댓글\s*(?:더\s*보기|쓰기|입력)|답글\s*\d+\s*공감.*|댓글\s*[\d,]+\s*MY\s*댓글"
        r"|\S{1,20}\s*헤드라인\s*더\s*보기|네이버\s*AI\s*뉴스\s*알고리즘|뉴스\s*추천\s*알고리즘이\s*궁금하다면\??)$"
        r"|^클린봇이\s*악성\s*댓글을\s*감지합니다|이\s*기사의\s*댓글\s*정책을\s*결정합니다",
        80,
        "line",
        KO,
        ("프로필", "옵션", "댓글", "답글", "헤드라인", "알고리즘", "클린봇"),
    ),
    # A portal's old article frame as a crawl stored it, a piece a line: "본문 내용",
    # "// TV플레이어", "// flash 오류를 우회하기 위한 함수 추가", "function _flash_removeCallback() {}".
    _line(
        "page-chrome",
        r"^(?://\s*)?(?:본문\s*내용|TV\s*플레이어)$|^(?://\s*)?flash\s*오류를\s*우회하기\s*위한\s*함수\s*추가$"
        r"|^function\s+_flash_removeCallback\s*\(\)\s*\{\s*\}$",
        80,
        needles=("본문", "플레이어", "flash"),
    ),
    # A commenter's masked name ("mir7****") and a portal's wordmark alone ("NAVER").
    _line("page-chrome", r"^[A-Za-z0-9_.]{1,16}\*{3,}$|^NAVER$", 30, needles=("***", "naver")),
    # A time that has passed, alone: "1시간전", "3일 전".
    _line(
        "dateline-header",
        r"^\d{1,2}\s*(?:분|시간|일)\s*전$",
        20,
        "line",
        KO,
        ("분전", "분 전", "간전", "간 전", "일전", "일 전"),
    ),
    # A photo's credit alone: "photo 게티이미지", "제공 | 전북 현대", "사진 | 연합뉴스".
    _line(
        "photo-credit",
        r"^(?:photo\s*[|:=]?|(?:사진|제공)\s*[|:=])\s*[^\s.|]{1,20}(?:\s[^\s.]{1,10})?$",
        40,
        "line",
        KO,
        ("photo", "사진", "제공"),
    ),
    # A breadcrumb: "사회 > 사회일반", "TOP > テクノロジー > スマホ > ニュース".
    _line("page-chrome", r"^\s*[^\s>]{1,12}(?:\s*>\s*[^\s>]{1,12}){1,4}\s*$", 80, needles=(">",)),
    # A share bar one network a line ("페이스북", "카카오톡", "URL 복사").
    _line(
        "share-bar",
        r"^(?:페이스북|트위터|카카오톡|카카오스토리|네이버\s*블로그|밴드|라인|X|URL\s*복사|링크\s*복사|주소\s*복사|공유(?:하기)?|SNS\s*(?:보내기|공유))$",
        24,
        "line",
        KO,
    ),
    _line(
        "page-chrome",
        r"^(?:advertisement(?:\s*[-–—:|]\s*(?:scroll (?:down )?to continue(?: reading)?|continue reading below|story continues below))?|sponsored|promoted|paid (?:content|post|partner)|sponsor message|ads?|skip to (?:main )?content|(?:hide|show|toggle) caption|font size\b.{0,20}"
        r"|listen\s*[·•|-]\s*\d{1,2}:\d{2}|\d+-minute listen|(?:prev(?:ious)?|next) (?:story|article|post)|ad ?choices|loading(?: comments)?\W*|listen to (?:this )?article|comments?(?:\s*\(\d+\))?|\d+ comments?|home\s*[>›»].*"
        r"|story continues(?: below)?(?: advertisement)?|in this (?:article|story):?|see all\b.{0,40}|reuse this content|continue reading(?: below)?|\d+\s*min(?:ute)?s?\s+read|\d+\s*mins?|our standards:.*"
        # Ad slots and footers of big English sites (the New York Times, the Guardian).
        r"|skip advertisement|order reprints\b.*|after newsletter promotion)$",
        80,
        "line",
        EN,
    ),
    _line("page-chrome", r"^privacy notice: newsletters may contain\b", 200, "line", EN),
    _line(
        "page-chrome",
        r"^(?:広告|シェア|ツイート|ブックマーク|印刷|この記事を読む|続きを読む|コメント|写真拡大|拡大する|画像を拡大)$",
        40,
        "line",
        JA,
    ),
    # A notice about the reader's browser: the site asks for a newer one or for JavaScript
    # ("Your browser does not support the video tag."). Story advice to update a browser
    # names no site of its own and asks nobody for anything.
    _line(
        "page-chrome",
        r"^(?:please\s+)?(?:update|upgrade|switch|use)\b.{0,60}\bbrowser\b.{0,80}\b(?:this|our)\s(?:site|website|page)"
        r"|\b(?:this|our)\s(?:site|website|page)\b.{0,80}\b(?:update|upgrade)\b.{0,30}\bbrowser\b"
        r"|^your browser (?:does not|doesn't|is not|isn't)\b|^(?:please\s+)?(?:enable|turn on) javascript\b"
        r"|\bjavascript is (?:disabled|required|not enabled)",
        200,
        "line",
        EN,
        ("browser", "javascript"),
    ),
    _line(
        "page-chrome",
        r"サイト.{0,40}ブラウザ.{0,40}(?:ください|下さい)|ブラウザ.{0,30}(?:対応していません|サポートしていません)",
        200,
        "line",
        JA,
        ("ブラウザ",),
    ),
    _line(
        "page-chrome",
        r"(?:사이트|홈페이지).{0,40}브라우저.{0,40}(?:하세요|주세요|바랍니다)|브라우저.{0,30}(?:지원하지 않습니다|지원되지 않습니다)",
        200,
        "line",
        KO,
        ("브라우저",),
    ),
    # Tags: "키워드Tags #AI #검색", "Tags: AI, search".
    _line(
        "tags",
        r"^(?:키워드\s*)?(?:tags?|태그|filed under|topics?)\s*[:#]|^키워드\s*tags|^(?:#\S+\s*){2,}$",
        200,
    ),
    # A topic label alone, its topic on the next line: "In:" / "fukushima daiichi nuclear disaster".
    _line("tags", r"^(?:in|tags?|topics?|filed under)\s*:$", 20, "with-next", EN),
    # A tag list's label alone, and a tag alone on its line ("Keywords", "#subway strike").
    _line(
        "tags",
        r"^(?:keywords?|tags|태그|키워드|関連キーワード)$|^#[^\s#]+(?:\s[^\s#]+){0,2}$",
        40,
        needles=("keyword", "tags", "태그", "키워드", "#"),
    ),
    # Prompts to act: tips, subscriptions, apps.
    # A tip box on one line: "[카카오톡] YTN 검색해 채널 추가 [전화] 02-398-8585 [메일] …".
    _line(
        "promo",
        r"[\[【(]\s*(?:전화|메일|이메일|카카오톡|제보)\s*[\]】)].{0,120}[\[【(]\s*(?:전화|메일|이메일|카카오톡|제보)\s*[\]】)]",
        320,
        "line",
        KO,
        ("전화", "메일", "카카오톡", "제보"),
    ),
    # The lines of a tip box: "▷ 전화 : 02-781-1234", "▷ 이메일 : …".
    _line(
        "promo",
        rf"^\W*(?:뉴스\s*)?(?:전화|이메일|메일|카카오톡|팩스|홈페이지|주소)\s*(?:[:：]|\d{{2,4}}-|[A-Za-z0-9._-]*@){NOT_STATEMENT}",
        120,
        "line",
        KO,
    ),
    # Not when quoted in a sentence ('"제보를 기다립니다"라는 현수막').
    _line(
        "promo",
        r"(?:제보를\s*기다립니다|제보해\s*주세요|제보(?:는|를)?\s*(?:언제든(?:지)?\s*)?(?:환영합니다|받습니다))(?![\"”’'])",
        120,
        "line",
        KO,
        ("제보",),
    ),
    # A link line under the story: "▶ 네이버에서 '이데일리 뉴스'를 만나보세요", "▶ 카카오톡 채널 추가".
    _line(
        "promo",
        r"^[▶▷►]\s*.{0,60}(?:만나보세요|구독(?:하세요|하기)?|채널\s*추가|바로\s*가기|앱\s*다운로드|뉴스레터|받아\s*보세요|확인하세요|보러\s*가기)\W*$",
        140,
        "line",
        KO,
        ("▶", "▷", "►"),
    ),
    _line(
        "promo",
        r"^\W*(?:기사\s*)?추천\s*(?:하기|합니다)$|^(?:기사\s*)?원문\s*보기$|^기사\s*원문$",
        40,
        "line",
        KO,
    ),
    _line(
        "promo",
        # The paywall's counter too: "残り1234文字（全文1890文字）".
        rf"(?:会員(?:限定|登録)|有料会員|ログインして|続きは.{{0,20}}で){NOT_STATEMENT}|^残り\s*[\d,]+\s*文字"
        # An author box's ask: "著者をフォローすると、最新記事をメールでお知らせします。"
        r"|^著者をフォロー|フォロー(?:して)?ください。?$",
        120,
        "line",
        JA,
        ("会員", "ログイン", "続きは", "残り", "フォロー"),
    ),
    # An author's profile: "物流・運輸業界を担当。2016年東洋経済新報社入社。"
    _line("byline", r"^[^。]{2,40}を担当。(?:.{0,60}(?:入社|入局|入団)。?)?$", 200, "line", JA, ("担当",)),
    # An author's name and post, alone: "田中 美咲 たなか みさき 東洋経済 記者".
    _line(
        "byline",
        r"^[^。、]{2,30}\s(?:記者|編集委員|論説委員|特派員|ライター|編集部)$",
        60,
        "line",
        JA,
        ("記者", "編集委員", "論説委員", "特派員", "ライター", "編集部"),
    ),
    # An imperative to subscribe, sign up, download or follow is a promo when it is about
    # the site itself ("…our newsletter", "…the app", "…YouTube channel", "Sign up here.",
    # "Subscribe now"); a story's own instructions ("Sign up for a Hulu ad-free account for
    # $11.99 a month", "Download it here so you can …:") are not.
    _line(
        "promo",
        r"^\W*(?:subscribe|sign up|register|download|click here)\b"
        r"(?=.{0,80}(?<![\w-])(?:our|us|newsletters?|apps?|youtube|channel|podcast|today|free|alerts|unlimited access)\b|.*\b(?:here|now)\W*$)"
        r"|^\W*(?:subscribe|sign up|register|download)\W*$|^\W*follow us\s+(?:on|at|for|@)|\bour (?:[\w-]+ ){0,3}newsletters?\b",
        120,
        "line",
        EN,
        ("subscribe", "sign up", "register", "newsletter", "download", "follow us", "click here"),
    ),
    # A newsletter box's lines ("Thanks for signing up!", "Keep an eye on your inbox …",
    # "Get the latest updates right in your inbox. Subscribe to …"), an ask to follow the
    # site on social media or share the story, "Get … on the go by clicking here".
    _line(
        "promo",
        r"^thanks? (?:you )?for (?:signing up|subscribing)(?:\s+to\s+[^.!,]{1,40})?[.!]*$"
        r"|^there was an error processing your (?:subscription|request)"
        r"|^follow\s+(?!the\b).{1,40}?\s+on\s+(?:instagram|facebook|twitter|x|youtube|tiktok|linkedin|threads|bluesky)\b"
        # "Follow The New York Times Opinion section on Facebook, Twitter (@NYTopinion) and
        # Instagram.": two platforms or more; "Reach the reporters on Twitter at …".
        rf"|^follow\s.{{1,60}}?\son\s(?:{_PLATFORM}(?:\s*,\s*|\s*,?\s*and\s+))+{_PLATFORM}\s*[.!]?\s*$"
        r"|^(?:reach|follow|contact) (?:the )?(?:reporters?|writers?|authors?) (?:on|at|via) (?:twitter|x|e-?mail|@|https?://)"
        # An affiliate disclosure: "If you buy something through this post, IGN may get a
        # share of the sale.", "We may earn a commission from links on this page."
        r"|^if you (?:buy|purchase|click)\b.{0,80}\b(?:commission|share of the sale|may earn|may get)\b"
        r"|^(?:we|(?-i:[A-Z])[\w.]*) may (?:earn|receive|get) (?:a )?(?:small )?(?:commission|share of (?:the )?sales?)\b[^.]{0,80}\.?$"
        r"|^(?:like|liked|enjoy|enjoyed|love|loved) this (?:story|article|post)\?.{0,60}\b(?:share|subscribe|sign up|follow)\b"
        r"|^tell us what you think\W*$|^get\b.{1,60}\bby clicking here\W*$"
        # A newsletter form's label; an ask to save the story for later.
        r"|^(?:email address|your email(?: address)?|enter your email(?: address)?)\W*$"
        r"|^save (?:articles|stories|this (?:article|story)) to read later\b",
        160,
        "line",
        EN,
        (
            "thank",
            "processing your",
            "follow",
            "reach",
            "contact",
            "if you buy",
            "if you purchase",
            "if you click",
            "may earn",
            "may receive",
            "may get",
            "this story?",
            "this article?",
            "this post?",
            "tell us",
            "clicking here",
            "email address",
            "your email",
            "read later",
        ),
    ),
    # The rest of a newsletter box, wherever it sits in the line: "Get the latest … delivered
    # to your inbox every Friday.", "Keep an eye on your inbox", "See more subscription
    # options", "You've successfully subscribed to this newsletter!".  (Words searched for
    # anywhere in a line cost more, so they have needles of their own.)
    _line(
        "promo",
        r"\bkeep an eye on your inbox\b|\bdelivered to your inbox\b"
        r"|\b(?:in|to) your inbox\b.{0,80}\b(?:subscribe|sign up|newsletters?)\b|\b(?:subscribe|sign up)\b.{0,80}\b(?:in|to) your inbox\b",
        160,
        "line",
        EN,
        ("your inbox",),
    ),
    _line(
        "promo",
        r"\bsubscription options\W*$|\bsuccessfully subscribed\b",
        160,
        "line",
        EN,
        ("subscription options", "successfully subscribed"),
    ),
    # After the tip boxes above: a reporter box, a slogan or a desk and the outlet, then the
    # address ("◎공감언론 뉴시스 kimhw@newsis.com"); no sentence in it.
    _line("byline", rf"^[^.!?。@]{{1,40}}\s{EMAIL}$", 100, "line", KO, ("@",)),
    # More of a sign-up box: "Email (required)", "Follow topics and authors from this story
    # to see more like this …", "Posts from this author will be added to your daily email
    # digest", and a site's logo as its alt text says it ("The Verge logo.", "… homepage").
    _line(
        "promo",
        r"^e-?mail(?: address)?\s*\((?:required|optional)\)\W*$|^follow (?:topics|authors|this (?:author|topic))\b"
        r"|^posts from this (?:author|topic) will be added\b",
        200,
        "line",
        EN,
        ("mail", "follow", "posts from"),
    ),
    _line(
        "page-chrome",
        r"^(?:the\s)?[\w&.'’ -]{1,30}\s(?:homepage|logo)\.?$",
        50,
        "line",
        EN,
        ("homepage", "logo"),
    ),
    # A wire's closing credit: "--With assistance from Ana Monteiro."
    _line("wire-credit", r"^[-—–]{1,2}\s*with assistance from\b", 200, "boundary", EN, ("with assistance",)),
    # Korean portal notes and asks: "오후 4시~5시까지 집계한 결과입니다.", "… 지금 바로 구독해보세요!"
    _line("page-chrome", r"집계한\s*결과입니다\.?$", 80, "line", KO, ("집계",)),
    _line(
        "promo",
        r"구독해\s*보세요\W*$|(?:메일|뉴스레터|카카오톡|알림)으?로\s*받아\s*보세요",
        120,
        "line",
        KO,
        ("구독", "받아"),
    ),
    # Japanese page furniture: "…の登録はこちら", "この記事の英文をNikkei Asiaで読む", and the
    # rights notice without a © sign ("…無断複製・転載を禁じます。").
    _line(
        "promo",
        r"(?:登録|詳細|一覧|申し込み)はこちら。?$|^この記事の.{1,20}(?:を|で)読む$",
        120,
        "line",
        JA,
        ("こちら", "読む"),
    ),
    _line(
        "copyright",
        r"無断(?:複製|転載|転用|使用)(?:[・、]?(?:転載|複製|転用))?(?:等)?を禁(?:じ|止)",
        300,
        "boundary",
        JA,
        ("無断",),
    ),
    _line(
        "copyright", r"\bno reproduction without permission\b", 200, "boundary", needles=("no reproduction",)
    ),
    # A Japanese photo caption ends with the day and the place: "…頭取（中央）ら（11日、名古屋市）".
    _line("caption", r"[（(][0-9０-９]{1,2}日[、,][^（）()]{1,15}[）)]$", 240, "line", JA, ("日、", "日,")),
    # A Japanese date header with a time and an update: "2025年6月11日 18:05 (2025年6月12日 5:00更新)".
    _line(
        "dateline-header",
        rf"^{DATE}\s*\d{{1,2}}(?:[:：]\d{{2}}|時\d{{1,2}}分)\s*(?:[（(][^（）()]{{0,30}}更新[）)])?$",
        80,
        "line",
        JA,
    ),
    # More of a page's furniture: share links per network, a quote's change, video buttons,
    # a tip prompt, a data notice, a post's age and reading time, a translation link.
    _line(
        "share-bar",
        r"^share (?:this )?(?:article|story|post)? ?via (?:e-?mail|facebook|twitter|x|linkedin|whatsapp|reddit)$",
        60,
        "line",
        EN,
        ("via",),
    ),
    _line("counter", r"^[+\-−]\d[\d,.]*\s*\([+\-−]?\d[\d,.]*%\)$", 30, "line", EN),
    _line("media", r"^watch now$|^video\s*\d{1,2}:\d{2}$", 20, "line", EN),
    # A player's or a gallery's controls alone: "(3:29)", "Image 2 of 5", "Back to Gallery",
    # "Caption", "Close".
    _line(
        "media",
        r"^\(\d{1,2}:\d{2}\)$|^(?:image|photo|slide)\s+\d{1,3}\s+of\s+\d{1,3}$|^back to (?:gallery|top)$"
        r"|^(?:image|caption|close|enlarge(?: this image)?|hide caption|toggle caption)$",
        20,
        "line",
        EN,
    ),
    # How long ago, alone: "1H ago", "32 mins ago".  (A time alone may head a live blog's entry.)
    _line(
        "dateline-header",
        r"^\d{1,2}\s*(?:[hmd]|mins?|minutes?|hrs?|hours?|days?)\s+ago$",
        20,
        "line",
        EN,
    ),
    # A comment's header: "Catherine (GiveWell) on October 29, 2018 at 12:06 pm said:".
    _line(
        "page-chrome",
        rf"^.{{1,60}}\son\s{DATE}\s+at\s+\d{{1,2}}:\d{{2}}\s*[ap]\.?m\.?\s+(?:said|says|wrote):?$",
        140,
        "line",
        EN,
        ("said", "says", "wrote"),
    ),
    # A newsletter box's promise, a photo handed in, an affiliate's assurance.
    _line(
        "promo",
        r"^no spam,? we promise\b|\byou can unsubscribe at any time\b"
        r"|^these (?:partnerships|relationships|links) do not influence our editorial content\.?$",
        240,
        "line",
        EN,
        ("spam", "unsubscribe", "editorial content"),
    ),
    _line(
        "photo-credit",
        r"\bsubmitted photo$|^(?:image|photo) via (?-i:[A-Z])[^.]{0,40}$|^[\w.'\- ]{2,40}/[\w.'\- ]{2,30} via getty images$",
        80,
        "line",
        EN,
        ("submitted", "via"),
    ),
    # A caption's last sentence, then the photographer and the agency: "Jose Mourinho is
    # expecting to be at Fenerbahce next season. Ahmad Mora/Getty Images".
    _line(
        "caption",
        r"[.!?][\"”’)]?\s+(?-i:[A-Z][\w.'-]+(?:\s[A-Z][\w.'-]+){0,3})\s*/\s*"
        r"(?:getty images|afp|ap|reuters|epa|shutterstock|istock|alamy)(?: via getty images)?$",
        400,
        "line",
        EN,
        ("/",),
    ),
    # A sports site's reactions button: "Open Extended Reactions".
    _line("page-chrome", r"^open extended reactions$", 30, "line", EN, ("reactions",)),
    _line(
        "promo",
        r"^(?:got|have) a (?:confidential )?(?:news )?(?:tip|story idea)\?|^you can read the .{0,40}\barticle here\.?$",
        120,
        "line",
        EN,
        ("tip?", "idea?", "article here"),
    ),
    _line("page-chrome", r"^data is (?:a real-time snapshot|delayed)\b", 600, "line", EN, ("data is",)),
    _line("page-chrome", r"^\W*\d+\s*[hmd]\s*[•·|]\s*\d+\s*min(?:ute)?s? read$", 40, "line", EN),
    _line(
        "dateline-header",
        r"^\d{1,2}/\d{1,2}/(?:19|20)\d{2}\s+\d{1,2}:\d{2}\s*[ap]\.?m\.?(?:\s+[a-z]{2,4})?$",
        40,
        "line",
        EN,
    ),
    # A photographer and an agency after a bar: "Scott Olson | Getty Images".
    _line(
        "photo-credit",
        r"^(?-i:[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){1,3})\s*\|\s*(?-i:[A-Z][\w&.'-]*(?:\s[A-Z][\w&.'-]*){0,2})$",
        50,
        "line",
        EN,
        ("|",),
    ),
    # Japanese: a caption signed by the photographer, a comment counter.
    _line("caption", r"[（(]撮影[・:：][^（）()]{1,12}[）)]$", 300, "line", JA, ("撮影",)),
    # "…抗議する藤川監督（右）＝撮影・西田忠信": the photographer after "＝撮影・", no sentence.
    _line("caption", r"^[^。]{5,120}[＝=]\s*撮影[・:：][^\s。]{1,12}$", 260, "line", JA, ("撮影",)),
    _line("page-chrome", r"^コメント\s*[（(]\d+件?[）)]$", 20, "line", JA, ("コメント",)),
    # A link to the story's photos or video, no sentence in it: "【画像を見る】…被告など（31枚）",
    # "【動画】…の瞬間", "…の様子（全12枚）".
    _line(
        "media",
        r"^【[^】]{0,6}(?:画像|写真|動画|映像)[^】]{0,6}】[^。]{0,160}$|^[^。]{2,80}[（(]全[0-9０-９]{1,3}枚[）)]$",
        340,
        "line",
        JA,
        ("画像", "写真", "動画", "映像", "枚"),
    ),
    # A syndicated copy's notes: "This story was originally published March 23, 2024, 7:00 AM.",
    # "(Except for the headline, this story has not been edited by NDTV staff and is published
    # from a syndicated feed.)".
    _line(
        "promo",
        r"^\W*this (?:story|article) was originally published\b.{0,80}$"
        r"|^\W*\(?except for the headline, this story has not been edited by\b.{0,120}$",
        240,
        "line",
        EN,
        ("originally published", "not been edited"),
    ),
    # Another story's headline in brackets, as a link between paragraphs: "[Trippy Tales: The
    # History of 8 Hallucinogens]" (its words capitalized as a headline's are).
    _line("related-list", rf"^{_BRACKETED_HEADLINE}$", 120, "line", EN),
    # An editor's note about the article itself, in the polite form a note takes and a
    # story's sentence does not: "※ 이 기사는 AI를 활용해 작성됐습니다.", "<본 기사는 보도자료를
    # 바탕으로 작성되었습니다>", "※ 본 기사는 … 지면에도 실렸습니다.", "이 기사의 카테고리는
    # 언론사의 분류를 따릅니다.", "※ 외부 필자의 원고는 본지의 편집 방향과 다를 수 있습니다."
    _line(
        "notice",
        # (A rights sentence is a rights line: "이 콘텐츠의 저작권은 … 질 수 있습니다.")
        r"^(?!.*(?:저작권|무단))\W{0,3}(?:이|본|해당)\s*(?:기사|콘텐츠|칼럼|글|원고|영상)(?:의\s*\S{1,8})?(?:는|은)\s[^.!?]{0,90}니다\W{0,3}$"
        r"|^\W{0,3}(?:외부\s*)?(?:필자|기고자|외부\s*기고)의?\s*(?:원고|기고|칼럼|글|의견)(?:는|은)\s.{0,60}다를\s*수\s*있습니다",
        200,
        "line",
        KO,
        ("기사", "콘텐츠", "칼럼", "글", "원고", "영상", "필자", "기고"),
    ),
    # … and in Japanese: "※この記事は京都新聞の記事を転載しています。", "この記事は…を再構成したものです。"
    _line(
        "notice",
        r"^\W{0,3}(?:この|本)(?:記事|コラム|コンテンツ|原稿)は.{0,60}(?:転載|掲載|配信|提供|作成|再構成|再編集|加筆|修正|抜粋)"
        r"(?:しています|したものです|されました|しました|されたものです|です)。?\W{0,3}$",
        200,
        "line",
        JA,
        ("記事", "コラム", "コンテンツ", "原稿"),
    ),
    # A caption alone, its picture's source in brackets and no sentence: "京都市役所（資料写真）",
    # "新駅の完成予想図（市提供）".
    _line(
        "caption",
        r"^[^。！？]{2,80}[（(][^（）()。]{0,20}(?:写真|撮影|提供|スケッチ|イメージ|資料|画像)[^（）()。]{0,8}[）)]$",
        200,
        "line",
        JA,
        ("写真", "撮影", "提供", "スケッチ", "イメージ", "資料", "画像"),
    ),
    # A link to the story's pictures: "この記事の写真を見る（5枚）", "画像をすべて見る".
    _line(
        "media",
        r"^\W{0,2}(?:この記事の)?(?:写真|画像|動画|フォト)(?:を|をすべて|を全て)?(?:見る|表示する|一覧)\s*(?:[（(]\s*\d+\s*枚\s*[）)])?\W{0,2}$",
        60,
        "line",
        JA,
        ("写真", "画像", "動画", "フォト"),
    ),
    # A stock widget beside a story: "관련종목", "종목명 현재가 등락률", "예시엔터 12,300 +2.5%".
    _line(
        "page-chrome",
        r"^관련\s*종목(?:\s*(?:정보|시세))?$|^종목명\s+현재가\s+(?:등락률|전일\s*대비)"
        r"|^[가-힣A-Za-z0-9&.]{1,20}\s+[\d,]{2,}\s*원?\s+[+\-−▲▼]\s*[\d,.]+%?$",
        60,
        "line",
        KO,
    ),
    # A comment box's rules, in the polite form a notice takes: "댓글 작성 시 타인에 대한 배려와
    # 책임을 담아 깨끗한 댓글 환경에 동참해주세요." ("댓글은 …을 보였다." is the story's).
    _line(
        "page-chrome",
        r"^\W{0,2}댓글.{0,90}(?:주세요|바랍니다|됩니다|있습니다|합니다)\W{0,2}$",
        200,
        "line",
        KO,
        ("댓글",),
    ),
    # A portal's reaction box asking: "이 기사에 대해 어떻게 생각하시나요?"
    _line(
        "page-chrome",
        r"^이\s*기사(?:에\s*대해|를)\s*어떻게\s*생각하(?:시나요|세요)\s*\?$",
        60,
        "line",
        KO,
        ("생각",),
    ),
    # A paper's ask for subscribers: "Support local journalism. Subscribe today for just $1."
    _line(
        "promo",
        r"^\W*(?:please\s+)?support (?:local|independent|quality|our) journalism\b.{0,120}$",
        200,
        "line",
        EN,
        ("journalism",),
    ),
    # A live story's note: "This is a developing story. Check back for updates", "This is a
    # developing story and NewsChannel 5 will continue to update this article …".
    _line("promo", r"^\W*this is a developing story\b.{0,200}$", 240, "line", EN, ("developing story",)),
    # A photo's credit alone: "Photo by: Smokey Barn News".
    _line(
        "photo-credit",
        r"^(?:photo|image|video|photograph)s?\s+(?:by|courtesy(?:\s+of)?)\s*:?\s*\S.{0,40}$",
        60,
        "line",
        EN,
        ("photo", "image", "video"),
    ),
    # A scraper's own field labels printed before the text: "기사 제목 :", "기사 내용 :".
    _line(
        "label",
        r"^(?:기사\s*)?(?:제목|내용|본문|원문|요약)\s*[:：]$|^(?:記事)?(?:タイトル|本文|見出し)\s*[:：]$",
        20,
        "line",
        KO | JA,
    ),
    # A link to the rest of the story: "자세한 기사는 [이곳](https://goo.gl/…)을 눌러주세요",
    # "기사 전문은 여기를 클릭하세요".
    _line(
        "promo",
        r"^(?:자세한|더\s*많은|관련|기사|원문|전문).{0,40}(?:눌러|클릭|탭)\s*(?:해\s*)?(?:주세요|하세요|하십시오)\.?$",
        120,
        "line",
        KO,
        ("눌러", "클릭", "탭"),
    ),
    # Korean: "덧붙이는 글 | 이 기사는 충북인뉴스에도 실립니다."
    _line("promo", r"^덧붙이는\s*글\s*[|:：]", 200, "line", KO, ("덧붙이는",)),
    # A newsletter sign-up however long: "Sign up for The Local Brief, The Washington Post's
    # newsletter with …"; "… Sign up for Axios AM, our flagship newsletter."
    _line(
        "promo",
        r"^\W*sign up for\b.{0,100}\bnewsletters?\b|[.!?]\s+sign up for\b.{0,60}\b(?:our|the)\b.{0,40}\bnewsletters?\b",
        400,
        "line",
        EN,
        ("sign up",),
    ),
    _line("page-chrome", r"^(?:view|read) (?:bio|profile|full bio)$", 20, "line", EN, ("view", "read")),
    # A site's asks and notes: "Add ScienceAlert on Google", "Have you been affected? Share
    # your stories with us at …", "This article was fact-checked by …".
    _line(
        "promo",
        r"^add \S.{0,30} on google$|^have you been affected\?|\bshare (?:your|you) stor(?:y|ies) with us\b"
        r"|^this (?:article|story) was fact-checked by\b",
        300,
        "line",
        EN,
        ("google", "affected", "share", "fact-checked"),
    ),
    # A photo's credit alone in brackets: "(coffeekai/Canva)".
    _line(
        "photo-credit",
        r"^\([\w.\-]{2,30}(?:\s[\w.\-]{1,20})?/(?-i:[A-Z])[\w.\-]{1,30}(?:\s[\w.\-]{1,20})?\)$",
        60,
        "line",
        EN,
        ("/",),
    ),
    # A paper's imprint: "Managing Director and Chief Editor : Mahbub Morshed".
    _line(
        "page-chrome",
        r"^(?:managing director|(?:chief |executive |managing )?editor(?:-in-chief)?|publisher)"
        r"(?:\s+(?:and|&)\s+(?:chief |executive |managing )?(?:editor(?:-in-chief)?|publisher|director))?\s*:\s*\S.{0,40}$",
        100,
        "line",
        EN,
        ("director", "editor", "publisher"),
    ),
    # A Japanese writer's credit: "記事執筆：Hisumi", "取材・文：山田太郎"; a shop widget's "クチコミを見る".
    _line(
        "byline",
        r"^(?:記事執筆|執筆|取材・文|文・写真|文)\s*[：:／/]\s*\S.{0,24}$",
        60,
        "line",
        JA,
        ("執筆", "文"),
    ),
    _line("page-chrome", r"^(?:クチコミ|レビュー)を(?:見る|書く)$", 20, "line", JA, ("クチコミ", "レビュー")),
    # A list's pager: "次の15件 >", "< 前の15件".
    _line("page-chrome", r"^\W*(?:次|前)の\s*\d+\s*件\W*$", 30, "line", JA, ("件",)),
    # A photo's caption that ends with its credit: "… in “The Long Quiet.” Courtesy of Sundance".
    _line("caption", r"\bcourtesy of (?-i:[A-Z])[^.]{1,60}$", 300, "line", EN, ("courtesy",)),
    # Japanese: a member's ask, and a caption signed with a copyright mark.
    _line(
        "promo",
        r"購読されている方は|会員登録(?:できます|してください|はこちら)",
        160,
        "line",
        JA,
        ("購読", "会員登録"),
    ),
    # (One short sentence before the mark: after a long one or several, it closes a paragraph.)
    _line(
        "caption",
        r"^[^。]+。?\s*(?:\([cC]\)|（[cCｃＣ]）)\s*[A-Za-z][^。]{1,40}$",
        180,
        "line",
        JA,
        ("(c)", "（c）", "（ｃ）"),
    ),
    # A caption behind a triangle, signed with its source in brackets: "▲도시농업 페스티벌이
    # 열리는 … 유채꽃밭.[KPI뉴스]".
    _line("caption", r"^▲[^▲]{5,120}\.\s*\[[^\[\]]{2,12}\]$", 260, "line", KO, ("▲",)),
    # A line of headlines each behind a triangle, no sentence in it: "▲ '이혼 3년차' 유명
    # 개그맨 … ▲ 걸그룹 출신 배우 … ▲ …" (a story's own "▲A ▲B 등이다." ends a sentence).
    _line("related-list", r"^▲[^.▲]{5,80}(?:▲[^.▲]{5,80}){2,}$", 600, "line", KO, ("▲",)),
    # A page's buttons, counters and follows: "Toggle main menu", "Switch site", "Liked by 6
    # people", "Show all 8 comments", "Click here!", "Listen to this article - 0:00",
    # "Youtube 232K Followers", "Instagram New".
    _line(
        "page-chrome",
        r"^toggle (?:main |site )?(?:menu|navigation|search)$|^switch (?:site|edition)$|^liked by \d[\d,.]*[km]? (?:people|readers|users)$"
        r"|^(?:show|view|see|read) all \d[\d,]* comments?$|^click here!?$|^listen to this article\b.{0,20}$"
        rf"|^(?:{_PLATFORM}|rss)\s+(?:\d[\d.,]*[km]?\s+(?:followers|readers|likes|subscribers|fans)|new)$",
        60,
        "line",
        EN,
        (
            "toggle",
            "switch",
            "liked by",
            "comment",
            "click here",
            "listen",
            "followers",
            "readers",
            "likes",
            "subscribers",
            "fans",
            "new",
        ),
    ),
    # Asks in a site's voice: "Follow Chance : Threads , Bluesky …", "FTC: We use income
    # earning auto affiliate links.", "Check out 9to5Mac on YouTube for more …", "You can send
    # tips … to …@…", "Get our latest cybersecurity news first on Google."
    _line(
        "promo",
        rf"^follow\s.{{1,40}}?\s*:\s*(?:{_PLATFORM})\s*(?:,|and\b)|^ftc:\s*we use\b|^check out \S.{{0,30}} on (?:{_PLATFORM})\b"
        r"|^you can send (?:us )?tips\b|\bfirst on google\.?$",
        200,
        "line",
        EN,
        ("follow", "ftc", "check out", "send tips", "send us tips", "first on google"),
    ),
    # A newsletter or membership box's lines: "…best news and in-depth reviews, straight to
    # your inbox.", "By submitting your information you agree to the Terms …", "You are now
    # subscribed", "Get full access to premium articles, exclusive features …".
    _line(
        "promo",
        r"\b(?:news|newsletter|stories|reviews|updates|headlines|coverage)\b.{0,60}\b(?:straight|directly|delivered) to your inbox\b"
        r"|^by submitting your (?:information|e-?mail|details)\b"
        r"|^you(?:'re| are) now subscribed\b|^your (?:newsletter )?sign-?up was successful\b"
        r"|^(?:get|unlock|enjoy) (?:full|instant|unlimited) access to\b.{0,80}\b(?:premium|exclusive|member|subscriber)",
        300,
        "line",
        EN,
        ("inbox", "submitting", "subscribed", "sign-up", "signup", "access to"),
    ),
    # English links and credits of wire-fed sites: "ALSO READ | …", "WATCH | …", "(With inputs
    # from agencies)", "Provided by The Conversation".
    _line(
        "related-list",
        r"^(?:also read|read also|also watch|must read|recommended)\s*[|:]\s*\S|^watch\s*\|\s*\S",
        240,
        "line",
        EN,
        ("read", "watch", "recommended"),
    ),
    _line(
        "wire-credit",
        r"^\(?\s*with inputs from [^()]{1,40}\)?$|^provided by (?-i:[A-Z])[^.]{1,40}$",
        80,
        "boundary",
        EN,
        ("inputs from", "provided by"),
    ),
    # Asks of one site's readers: a news app, a Telegram channel, a comment box, a writers' call.
    _line(
        "promo",
        r"(?:^get\b.{0,100}|(?:^|[.!?]\s+)download\b.{0,60})\bnews app\b|^join\b.{0,40}\btelegram channel\b"
        r"|^(?:sign in|log in|register|create)\b.{0,60}\bto leave (?:a|the) comment\b|^you can now write for\b"
        r"|^(?:when|if) you\b.{0,120}\bwe may earn\b|\bif you (?:buy|purchase) (?:something )?through (?:our|these|the) links\b"
        r"|^we may earn (?:an? )?(?:affiliate )?commissions?\b[^.]{0,60}\b(?:links?|purchases?|products|this (?:page|site|article))\b",
        400,
        "line",
        EN,
        ("news app", "telegram", "leave", "write for", "may earn", " links"),
    ),
    # English: a reporter's ask, the syndication line, an affiliate note, a newsletter box's
    # lines, a station's promo.
    _line(
        "promo",
        r"^do you work (?:at|for)\b.{0,100}\?\s*contact\b|\bcontact this reporter\b|^read the original article on\b"
        r"|\bindependent of our parent company\b|\bmay earn an? (?:small |affiliate )?commission (?:from|on|when you buy|if you buy) (?:some|any|products|purchases|qualifying|links|items)\b"
        r"|^sign me up$|^enter (?:your )?e-?mail(?: address)?\W*$|\breceive promotional content\b"
        r"|\b(?:stories|news|headlines|coverage|recommendations|updates|roundup|digest)\b[^.]{0,60}\bin your inbox (?:every|each)\b|^for the latest news\b.{0,80}\bhead to\b",
        400,
        "line",
        EN,
        (
            "contact",
            "original article",
            "parent company",
            "commission",
            "sign me up",
            "mail",
            "promotional",
            "inbox",
            "head to",
        ),
    ),
    # Japanese: "この記事は会員限定です。…続きをお読みいただけます。", "京都新聞IDに登録（無料）",
    # and a stock photo's note ("写真はイメージです Photo:PIXTA").
    _line(
        "promo",
        r"この記事は会員限定です|続きをお読みいただけます|に登録[（(]無料[）)]$",
        200,
        "line",
        JA,
        ("会員限定", "続き", "無料"),
    ),
    _line(
        "photo-credit", r"^写真はイメージです|^photo\s*[:：]\s*\S{1,30}$", 80, "line", JA, ("写真", "photo")
    ),
    _line(
        "page-chrome", r"^follow author$|^why you can trust\b.{0,30}$", 40, "line", EN, ("follow", "trust")
    ),
    # A Korean site's source line under the story: "출처 : 연합인포맥스(https://news.einfomax.co.kr)",
    # "[출처] 대한민국 정책브리핑(www.korea.kr)", or the outlet's name alone ("출처 : 이뉴스투데이";
    # "출처: 통계청 자료" under a chart is the story's).
    _line(
        "copyright",
        r"^(?:출처\s*[:：]|\[출처\])\s*(?:[^()]{2,30}?\s*\((?:https?://)?(?:[\w-]+\.)+[a-z]{2,}[^)]*\)"
        r"|[가-힣A-Za-z0-9 ]{0,16}(?:뉴스|일보|경제|신문|방송|타임스|투데이|미디어|TV))$",
        120,
        "boundary",
        KO,
        ("출처",),
    ),
    # Korean rights notices in a sentence: "…모든 콘텐츠(기사)는 저작권법의 보호를 받은 바, 무단
    # 전재, 복사, 배포 등을 금합니다."
    _line(
        "copyright",
        r"저작권법.{0,20}보호.{0,40}무단\s*(?:전재|복제|배포|복사)"
        # A portal's: "이 콘텐츠의 저작권은 저작권자 또는 제공처에 있으며, 이를 무단 이용하는 …".
        r"|^이\s*(?:콘텐츠|기사)의\s*저작권은\s*.{0,20}(?:에게|에)\s*있으며",
        300,
        "boundary",
        KO,
        ("저작권법", "저작권은"),
    ),
    # A date and a time after a bar or a double slash: "2025.03.12 | 19:42", "Wed 12 Mar
    # 2025 // 14:27 UTC".
    _line(
        "dateline-header",
        rf"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?{DATE}\s*(?:\||//)\s*\d{{1,2}}:\d{{2}}(?:\s*(?-i:[A-Z]{{2,4}}))?$",
        50,
    ),
    # A sign-up form's legal line: "By subscribing, you acknowledge and agree to …'s Terms of
    # Use", "By entering your email and clicking the Subscribe button, you agree to …".
    _line(
        "promo",
        r"^by (?:subscribing|signing up|registering|clicking [^,]{1,40}|(?:entering|submitting) your email[^,]{0,60}),? you (?:agree|acknowledge|consent)",
        600,
        "line",
        EN,
        ("you agree", "you acknowledge", "you consent"),
    ),
    # A short line that is only a bracketed label ("[게티이미지]", "[단독]" alone, "【写真】"):
    # one or two words.  A longer bracketed line between paragraphs ("[노조 요구안 세 가지]")
    # is a section head.
    _line(
        "label",
        # ("[김상철/양식 어민]", a speaker's name and role, is a line of the script.)
        r"^[\[【〔]\s*[^\[\]【】〔〕\"“”'‘’.!?。\s/]{1,24}(?:\s[^\[\]【】〔〕\"“”'‘’.!?。\s/]{1,12})?\s*[\]】〕]$",
        40,
    ),
)

# --- spans inside kept lines -------------------------------------------------------------

_WIRE_BYLINE = rf"\([^()]{{1,20}}=[^()]{{1,20}}\)\s*(?:{KO_NAME}\s*)+{KO_REPORTER}\s*="

# A Korean page's time stamp: "2018.07.22. 19:36", "2024-05-29 11:00:02".
_KO_STAMP = r"\d{4}[.\-/]\s?\d{1,2}[.\-/]\s?\d{1,2}\.?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"

SPAN_RULES: tuple[SpanRule, ...] = (
    # A text browser's link numbers (lynx, w3m) glued before each link's text: "[30]Dua
    # Rashid", "[18]Home", and lines of several alone ("[32][33][34]").  A footnote's number
    # follows its word ("said.[1]", "per shift [1],") or stands alone ("[1]") and stays.
    _span(
        "page-chrome", r"^(?:\s*\[\d{1,4}\]){2,}\s*$|(?:^|(?<=[\s\]]))\[\d{1,4}\](?=[^\W\d_])", ALL, ("[",)
    ),
    # The same frame glued around a one-line crawl: "본문 내용 TV플레이어 // TV플레이어 // flash
    # 오류를 우회하기 위한 함수 추가 function _flash_removeCallback() {} 류근관 …  // 본문 내용".
    _span(
        "page-chrome",
        r"^\s*(?:본문\s*내용\s*)?(?:(?://\s*)?TV\s*플레이어\s*)*(?://\s*)?flash\s*오류를\s*우회하기\s*위한\s*함수\s*추가\s*"
        r"function\s+_flash_removeCallback\s*\(\)\s*\{\s*\}|\s*//\s*본문\s*내용\s*$",
        ALL,
        ("flash", "본문"),
    ),
    # A reporter's address written with spaces around "@" after the name: "김덕준 기자  casiopea @ busan.com".
    _span("email", r"(?<=기자)\s+[\w.+-]+\s+@\s+[\w-]+(?:\.[\w-]+)+", KO, ("@",)),
    # A caption glued in front of a wire byline: "갤럭시S8 예상 이미지 © News1(서울=뉴스1) …".
    _span("caption", rf"^(?P<cut>[^.!?。\"“”]{{2,60}}?)\s*(?={_WIRE_BYLINE})", KO, ("=",)),
    # "[머니투데이 김상희 기자]", "[헤럴드경제=김현경 기자]", "(서울=연합뉴스) 홍길동 기자 =".
    # (Or in parentheses: "(엑스포츠뉴스 김예나 기자) 마약 혐의를 …"; or right after a photo's
    # credit in brackets: "스테이블코인 [사진: Reve AI] [디지털투데이 황치규 기자]미국 …".)
    # In square brackets anywhere, with an address or not: a deck glued before it ("…공격과
    # 유사[보안뉴스 김경애 기자] 북한 …"), or closing the story ("[김경애 기자(boan3@boannews.com)]").
    _span(
        "byline",
        rf"(?:^|(?<=\]))\s*(?:\[[^\[\]]{{0,20}}|\([^()]{{0,20}})[\s=]{KO_NAME}\s*{KO_REPORTER}[\])]"
        # (One word for the outlet: "[약 읽어주는 안경진 기자]" after a headline is a column's name.)
        rf"|\s*\[(?:[^\[\]\s=]{{1,20}}[\s=])?{KO_NAME}\s*{KO_REPORTER}\s*(?:\(\s*{EMAIL}\s*\)|{EMAIL})?\]",
        KO,
        REPORTERS,
    ),
    _span("byline", rf"^\s*{_WIRE_BYLINE}", KO, ("=",)),
    # "[서울=뉴시스]홍길동 기자 =": the place and agency in brackets, the name after.
    _span(
        "byline",
        rf"^\s*\[[^\[\]=]{{1,20}}=[^\[\]]{{1,20}}\]\s*(?:{KO_NAME}\s*)+{KO_REPORTER}\s*=",
        KO,
        ("=",),
    ),
    _span(
        "byline", rf"^\s*【[^】]{{1,20}}=[^】]{{1,20}}】\s*(?:{KO_NAME}\s*)+{KO_REPORTER}\s*=", KO, ("【",)
    ),
    # "【ワシントン＝行方史郎】" at a line's start.
    _span("byline", r"^\s*【[^】＝=]{1,20}[＝=][^】]{1,20}】", JA, ("【",)),
    # A caption glued to a paragraph's end, with no space after the last sentence: '… it's
    # gone."Luke Papadakis estimates he has lost two-thirds of this season's crop. (ABC
    # Rural: Tamsin Rowe)'.
    _span(
        "caption",
        rf"(?<=[.!?][\"”’])(?P<cut>(?-i:[A-Z])[^.!?]{{10,240}}[.!?]?\s*{_CREDIT_IN_BRACKETS})$",
        EN,
        (":", "archive", "wire", "images", "photo", "pictures", "handout", "supplied", "file"),
    ),
    # A reporter's name and address glued to the last sentence: "…했다. 홍길동 기자 hong@yna.co.kr".
    # Anywhere else, a name, its title and its address are a byline too, with the outlet's
    # name before them: "겨울채비 하세요... 이번 주 맑고 포근 윤우현 기자 whyoon@jbnews.com 11월4째주
    # …", "…이어나갈 예정이다.CBS노컷뉴스 박희영 기자 matter@cbs.co.kr▶ 기자와 카톡 채팅하기".
    _span(
        "byline",
        rf"(?<=[.。\"”])\s*(?:{KO_NAME}\s*)+{KO_REPORTER}\s*\(?{EMAIL}\)?\s*$"
        rf"|\s*(?:[가-힣A-Za-z0-9]{{0,10}}(?:뉴스|일보|신문|경제|방송|TV|미디어|투데이|타임스|데일리)\s*)?"
        rf"(?<![가-힣]){KO_NAME}\s*{KO_REPORTER}\s*\(?{EMAIL}\)?",
        KO,
        ("@",),
    ),
    # Broadcast cues opening a line: "【 인터뷰 】 김문태 / 장위시장 상인".
    _span(
        "cue",
        r"^\s*(?:[【\[]|◀)\s*(?:인터뷰|스탠딩|녹취|현장음|자막|브릿지|INT|SYNC)\s*(?:[】\]]|▶)",
        KO,
        ("【", "[", "◀"),
    ),
    # An address after a sentence ("…전망이다.borami@news1.kr") or in parentheses at the
    # line's end is the reporter's; one inside a sentence ("email us at info@…", "이메일
    # (help@…)로 받는다") is the story's.
    _span(
        "email",
        # (Not from the dot inside an address: "mark.delaney@fox.com" is one address.)
        rf"(?:^|(?<=[.!?。」\"”’)\]다]))\s*(?<![A-Za-z0-9_%+-][.])\(?{EMAIL}\)?|\(\s*{EMAIL}\s*\)\s*$",
        ALL,
        ("@",),
    ),
    # Photo credits glued to the end of a caption or paragraph.
    _span(
        "photo-credit",
        r"[/(\[]\s*사진\s*[=:]\s*[^()\[\]\n]{1,40}?[)\]]|/\s*사진\s*=\s*\S+(?:\s\S+)?\s*(?:기자)?$"
        # "[이미지=https://theorg.com/…캡처]", "[그래픽=김현경 기자]".
        r"|\[\s*(?:이미지|그래픽)\s*(?:제공|출처)?\s*[=:]\s*[^()\[\]\n]{1,100}?\]"
        # "…붙어 있다. /사진=연합뉴스[파이낸셜뉴스] 수도권 …": the credit ends at the bracket.
        r"|/\s*사진\s*[=:]\s*[^()\[\]\s/]{1,20}(?=\[)",
        KO,
        ("사진", "이미지", "그래픽"),
    ),
    _span("photo-credit", r"\((?-i:[A-Z][A-Za-z]{1,11}\s*Photo)\b[^)]*\)", EN, ("photo",)),
    _span("photo-credit", r"[（(【]\s*写真\s*[：:＝=][^）)】]{1,40}[）)】]", JA, ("写真",)),
    # A desk's name glued after the last sentence: "…報告することにしています。テレビ朝日報道局".
    _span(
        "byline",
        r"(?<=。)\s*[^。\s「」]{2,20}(?:報道局|編集部|取材班|支局|総局)\s*$",
        JA,
        ("報道局", "編集部", "取材班", "支局", "総局"),
    ),
    # A portal copy's caption glued before the lead, its source in brackets and no stop:
    # "当時18歳の高校生だった特定少年の男（29日の法廷スケッチ）北海道江別市で…".
    _span(
        "caption",
        # (A particle after the bracket makes it the sentence's subject: "防犯カメラの映像（警察提供）には、…".)
        r"^(?P<cut>[^。「」（）()]{4,60}[（(][^（）()。]{0,30}(?:撮影|提供|写真|スケッチ|資料|加工)[^（）()。]{0,8}[）)])"
        r"(?=[^\s。、にはがをでとのもへや])",
        JA,
        ("撮影", "提供", "写真", "スケッチ", "資料", "加工"),
    ),
    # … or with the photographer after "＝撮影・" and a space before the lead: "…抗議する藤川監督
    # （右）＝撮影・西田忠信　ＮＰＢは１１日、…".
    _span(
        "caption",
        r"^(?P<cut>[^。「」]{5,120}[＝=]\s*撮影[・:：][^\s。、]{1,12})(?=\s+\S)",
        JA,
        ("撮影",),
    ),
    # A link's ask glued between sentences: "… would be different. Click here to read more
    # boxing stories. He added: …".
    _span(
        "promo",
        r"(?<=[.!?\"”’])\s*click here (?:to|for) (?:read|see|watch|find|get|sign|subscribe|download|follow|more)\b[^.!?]{0,100}[.!?]",
        EN,
        ("click here",),
    ),
    # A newsletter pitch or a call for readers' stories glued between two paragraphs: "…
    # social media accounts. Have you been affected? Share you stories with us at
    # iwitness@rnz.co.nz MFAT data shows …", "… Sign up for Ngā Pitopito Kōrero, a daily
    # newsletter curated by our editors and delivered straight to your inbox every weekday."
    _span(
        "promo",
        rf"(?<=[.!?\"”’])\s*(?:have you been affected\?\s*)?share (?:your?|you) stor(?:y|ies) with us\b[^.!?]{{0,40}}?{EMAIL}"
        r"|(?<=[.!?\"”’])\s*sign up for\b[^.!?]{1,100}\bnewsletters?\b[^.!?]{0,120}[.!?]",
        EN,
        ("share", "sign up"),
    ),
    # A Korean site's source line glued to the last sentence: "…위협했다. 출처 : 시사주간(http://…)".
    _span(
        "copyright",
        r"(?<=[.!?。다\"”’])\s*출처\s*[:：]\s*[^()]{2,30}?\s*\((?:https?://)?(?:[\w-]+\.)+[a-z]{2,}[^)]*\)\s*$",
        KO,
        ("출처",),
    ),
    # A caption glued between two paragraphs, its credit after "Image:" (the form a whole
    # group of British regional sites uses): "… next month. The new store is looking for
    # people to join the 'Greggs family' (Image: Cambridge News) Some of the items …".
    _span(
        "caption",
        r"(?:^|(?<=[.!?\"”’]\s)|(?<=[.!?\"”’]))(?P<cut>(?-i:[A-Z])[^.!?()]{10,200}?\s*\((?:image|picture|photo)s?:\s*[^()]{1,60}\))(?=\s|$)",
        EN,
        ("image", "picture", "photo"),
    ),
    # A newsletter sign-up box flattened into the text, from its heading to its privacy
    # link: "Sign up to our dedicated Peterborough newsletter … Invalid email … Sign Up No
    # thanks, close We use your sign-up to … See our Privacy Notice"; and its one-line
    # pitch, "Keep up to date with the latest Peterborough news with our free weekly email -
    # find out more here."
    _span(
        "promo",
        r"(?:\bgroup \d+\s*)?\bsign up to (?:our|the)\b.{0,100}?\bnewsletters?\b.{0,1500}?\bsee our privacy notice\b"
        r"|(?<=[.!?\"”’])\s*keep up to date with\b[^.!?]{0,100}\b(?:email|newsletter)\b[^.!?]{0,60}[.!]",
        EN,
        ("sign up", "keep up"),
    ),
    # A bookmark button's note and the follow links after the story: "Story Saved You can
    # find this story in My Bookmarks. Or by navigating to the user icon … Follow …".
    _span(
        "page-chrome", r"\s*story saved\s*you can find this story in my bookmarks\b.*$", EN, ("bookmarks",)
    ),
    # A magazine's link to its own stories inside a sentence: "(see “Genome Surgery” and “10
    # Breakthrough Technologies 2014: Genome Editing”)" (a story's "(see below)" stays).
    _span(
        "related-list",
        r"\s*\((?:see|read)(?: also)?:? [“\"][^”\"()]{3,100}[”\"](?:,? (?:and |or )?[“\"][^”\"()]{3,100}[”\"])*\)",
        EN,
        ("see", "read"),
    ),
    # … or glued after a paragraph's sentence: "… at the time. [Trippy Tales: The History of 8
    # Hallucinogens] The study …".
    _span("related-list", rf"(?<=[.!?\"”’])\s*{_BRACKETED_HEADLINE}", EN, ("[",)),
    # A syndicated copy's note glued to the last paragraph: "…Australia.(Except for the
    # headline, this story has not been edited by NDTV staff and is published from a
    # syndicated feed.)".
    _span(
        "promo",
        r"\s*\(?except for the headline, this story has not been edited by [^()]{1,60}\)?\s*$",
        EN,
        ("not been edited",),
    ),
    # Wire credits glued to the last paragraph.
    _span(
        "wire-credit",
        r"\((?:reporting|writing|editing|additional reporting)\s+by\b[^()]*\)\s*$",
        EN,
        ("reporting by", "writing by", "editing by"),
    ),
    # An agency's photo or rights credit glued after the last sentence: "…と指摘している。
    # (c)AFP/Aminu ABUBAKAR".
    _span(
        "copyright",
        # (An agency's name in capitals: "(b) keep records. (c) Report incidents" is a list.)
        r"(?<=[.!?。」”\"])\s*(?:\([cC]\)|（[cCｃＣ]）)\s*(?-i:[A-Z]{2,}\b)[^.。()（）]{0,40}$",
        ALL,
        ("(c)", "（c）", "（ｃ）"),
    ),
    # An ad slot's note inside a one-line crawl: "… on Sunday. Story continues below advertisement The …".
    _span(
        "page-chrome", r"\s*\bstory continues below (?:advertisement|this ad)\b\s*", EN, ("story continues",)
    ),
    # A page's rights line glued to the end of a one-line copy: "… Privacy © 2020 www.azcentral.com. All rights reserved."
    _span(
        "copyright",
        r"\s*(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d{2}\s*)?(?:[^.©]|\.(?=\w)){2,60}?\.?\s*all rights reserved\.?\s*$",
        ALL,
        ("all rights reserved",),
    ),
    # Copyright notes glued to a paragraph's end: "[© 뉴스1코리아(news1.kr), 무단 전재 …]".
    _span(
        "copyright",
        rf"(?:\[\s*(?:{COPYRIGHT_SIGN}|저작권자)[^\]]{{0,80}}\]|<\s*(?:{COPYRIGHT_SIGN}|저작권자)[^>]{{0,80}}>"
        rf"|\(\s*(?:{COPYRIGHT_SIGN}|저작권자)[^()]{{0,80}}\)|＜\s*(?:{COPYRIGHT_SIGN}|저작권자)[^＞]{{0,80}}＞)\s*$",
        ALL,
        (*SIGNS, "저작권자"),
    ),
    # A rights note glued to the end without brackets: "…밝혔다.※ 저작권자 ⓒ 파이낸셜뉴스.
    # 무단 전재-재배포 금지".
    _span(
        "copyright",
        rf"\s*※?\s*(?:저작권자|copyright)\s*{SIGN_MARK}\s*[^.。]{{1,30}}[.。]?\s*{PROHIBITION}[^.。]{{0,30}}[.。]?\s*$",
        ALL,
        ("저작권자", "copyright"),
    ),
    # A portal's header glued after the headline: "… 맞대결 가능성↑ 김병학 기자 입력 2018.07.22.
    # 19:36 수정 2018.07.22. 19:52 댓글 4개" (reporter, dates, comment count).
    _span(
        "dateline-header",
        rf"(?<=\S)\s+(?P<cut>(?:{KO_NAME}\s*{KO_REPORTER}\s*)?(?:입력|등록|기사입력)\s*[:：]?\s*{_KO_STAMP}"
        rf"(?:\s*(?:수정|최종수정|업데이트)\s*[:：]?\s*{_KO_STAMP})?(?:\s*댓글\s*\d+\s*개?)?)\s*$",
        KO,
        ("입력", "등록"),
    ),
    # A photo caption with its credit glued before the story's bracketed outlet or label:
    # "… 점검회의에서 … 전했다. ⓒ 금융위원회[프라임경제] 은행권은 …".
    _span(
        "caption",
        r"^(?P<cut>[^\[\]ⓒ©]{10,200}?\s*[ⓒ©]\s*[^\s\[\]]{1,15}(?:\s[^\s\[\]]{1,10})?)(?=\s*\[[^\[\]]{2,15}\])",
        KO,
        ("ⓒ", "©"),
    ),
    # An outlet's name in brackets opening the story, as a dateline: "[파이낸셜뉴스] 수도권 …"
    # (also after a caption glued before it).
    _span(
        "byline",
        r"(?:^|(?<=[.!?다]))\s*\[[가-힣A-Za-z0-9]{1,12}(?:뉴스|일보|경제|신문|방송|타임스|투데이|미디어)\]\s*(?=\S)",
        KO,
        ("뉴스", "일보", "경제", "신문", "방송", "타임스", "투데이", "미디어"),
    ),
    # A caption glued before the story with its agency credit and no break: "한 편의점 도시락
    # 매대에 저가 도시락이 진열돼 있다. /뉴스1점심시간대 매출 비중도 커졌다."
    _span(
        "caption",
        r"^(?P<cut>[^.]{10,200}(?:있다|모습|모습이다)\.\s*/\s*(?:뉴스1|연합뉴스|뉴시스|게티이미지|로이터|AP|AFP|EPA))(?=\S)",
        KO,
        ("/",),
    ),
    # … or with its source and "제공" (provided by) after it: "… 의견을 교환하고 있다. 통계청 제공
    # 류근관 통계청장은 …" ("통계청 제공 자료에 따르면" is the story's).
    _span(
        "caption",
        # (The source is a body's or a firm's name: "무료 제공 대상은", "서비스 제공 기간은" are the story's.)
        r"^(?P<cut>[^.]{10,200}(?:있다|모습|모습이다)\.\s*[가-힣A-Za-z0-9·]{0,12}"
        r"(?:청|처|부|원|시|군|구|도|사|뉴스|협회|공사|공단|재단|센터|위원회|대학교?|병원|그룹|전자|건설|은행|증권|코리아|DB)\s*제공)"
        r"(?=\s+(?!자료|받|한|된|하|을|를|에|으로)\S)",
        KO,
        ("제공",),
    ),
    # A broadcast sign-off glued after the last sentence: "…조정하기로 했습니다.SBS Biz 엄하은입니다."
    _span(
        "sign-off",
        rf"(?<=[.!?다])\s*(?:[A-Z][A-Z0-9]{{1,7}}(?:\s*[A-Z][a-z]{{1,5}})?\s*(?:뉴스|TV)?|[가-힣A-Z0-9]{{1,10}}(?:뉴스|방송|TV))\s*{KO_NAME}(?:\s*{KO_REPORTER})?입니다\.?\s*$",
        KO,
        ("입니다",),
    ),
    # The outlet in brackets and the reporter after it: "[스포탈코리아] 김성진 기자= 토트넘 …".
    _span("byline", rf"^\s*\[[^\[\]]{{2,12}}\]\s*{KO_NAME}\s*{KO_REPORTER}\s*=", KO, REPORTERS),
    # A reporter's name glued after the last sentence, before the promos: "…밝혔다. 김서연 기자▶ …".
    _span("byline", rf"(?<=[.!?。다\"”])\s*{KO_NAME}\s*기자(?=\s*(?:▶|$))", KO, ("기자",)),
    # Promos glued after the story's last sentence ("…전망이다.▶ 매일 업데이트 최신 만화").
    # Only after a sentence's end: "개막식 ▶ 폐막식" inside a line is the story's own arrow.
    _span("promo", r"(?<=[.!?。다])(?:\s*▶[^▶]{1,60}){1,4}$", KO, ("▶",)),
)

# Every rule name, what it removes; `--explain` and docs/cleaner.md use these words.
RULE_NAMES: dict[str, str] = {
    "copyright": "rights lines and glued rights notes (also the story's end)",
    "email": "a line that is only an e-mail address; addresses inside kept lines",
    "url": "a line that is only a link",
    "byline": "reporter boxes, bracket and wire bylines, closing reporter credits",
    "sign-off": "a broadcast reporter's sign-off (also the story's end)",
    "credit": "camera, editing and graphics credits of a broadcast",
    "cue": "broadcast script cues ([앵커], 【 인터뷰 】)",
    "wire-credit": "(Reporting by …; Editing by …) (also the story's end)",
    "dateline-header": "date lines of the page header (입력 …, Updated …, a date alone)",
    "photo-credit": "photo and image credits",
    "caption": "photo captions, alt text, the value of an 'Image caption,' label",
    "list-heading": "the heading of a list of other stories",
    "related-list": "an entry of a story list that shares the story's vocabulary",
    "headline-list": "an entry of a story list unrelated to the story (most read, etc.)",
    "ai-summary": "an AI-summary or key-points block that restates the story",
    "media": "video player chrome: labels, durations, the video's title and blurb",
    "counter": "bare numbers and clock times (view counts, likes, player time)",
    "share-bar": "share buttons",
    "page-chrome": "navigation, breadcrumbs, font-size buttons, comment counters",
    "tags": "keyword tag lines",
    "promo": "tip, subscription and app prompts",
    "label": "a line that is only a short bracketed label",
    "duplicate": "a line repeating another kept line (or the title), e.g. a teaser",
    "after-end": "a short line after the story's end (a button's or a prompt's sentence)",
    "notice": "an editor's note about the article itself (how it was written, where it also ran)",
    "page-title": "the browser's title (with the site's name) above the page's own headline",
    "override-drop": "a line matched by the source's `drop` override",
}

# Bullet markers a subhead or list line may start with.
BULLET = re.compile(r"^\s*(?:[◆■□▶▷►●○•·◇◈※▲△▼☞➤→\-–—*]|\d{1,2}[.)])\s*")
# The bullet symbols a subhead loses; a number is the heading's own ("7. The Giuliani problem").
BULLET_SYMBOL = re.compile(r"^\s*[◆■□▶▷►●○•·◇◈※▲△▼☞➤→\-–—*]\s*")

# Sentence ends: a line ending like this reads as prose, not as a headline.  A closing
# quote counts only after sentence punctuation (a quoted headline ends in a bare quote).
SENTENCE_END = re.compile(r"(?:[.!?。！？…]|다|요|죠|니다)[\"”’」』)\]]*\s*[.。]?\s*$")

# HTML tags left in a scraped text ("…했다.<br /><br />", "<p>", "</strong>").  The kept
# text keeps them as written; the rules and the shape of a line are judged without them.
MARKUP_TAG = re.compile(
    r"</?(?:p|br|div|span|b|strong|i|em|u|a|font|h[1-6]|li|ul|ol|img|figure|figcaption"
    r"|blockquote|section|article|table|tbody|tr|td|th|sup|sub|small|center)\b[^<>]{0,200}?/?>",
    re.IGNORECASE,
)


# Markdown emphasis around a line, as an extractor's markdown keeps it: "**Apple Camp
# returns …**", "By Rich Demuro*" (a bullet, "* item", has a space after its star).
_EDGE_EMPHASIS = re.compile(r"^(?:\*{1,3}|_{1,3})(?=[^\s*_])|(?<=[^\s*_])(?:\*{1,3}|_{1,3})$")


def without_markup(text: str) -> str:
    """A line as the rules read it: any HTML tags in it, and markdown emphasis around it,
    taken out."""
    if "<" in text:
        text = " ".join(MARKUP_TAG.sub(" ", text).split())
    if text[-1:] in "*_":  # (a star opening a line without one closing it is a bullet)
        text = _EDGE_EMPHASIS.sub("", text)
    return text


_EDGE_MARKUP = re.compile(
    rf"^(?:\s*{MARKUP_TAG.pattern})+\s*|\s*(?:{MARKUP_TAG.pattern}\s*)+$", re.IGNORECASE
)


def markup_edges(text: str) -> tuple[str, str, str]:
    """The tags opening and closing a line, and what is between them: ("<p>", "…", "<br />")."""
    if "<" not in text:
        return "", text, ""
    head = tail = ""
    if (opening := _EDGE_MARKUP.match(text)) is not None:
        head, text = text[: opening.end()], text[opening.end() :]
    if (closing := _EDGE_MARKUP.search(text)) is not None and closing.start() > 0:
        text, tail = text[: closing.start()], text[closing.start() :]
    return head, text, tail


# Where a site name is glued to a headline: "Headline | 연합뉴스", "Headline - Yahoo Finance".
SITE_SUFFIX = re.compile(
    r"\s+(?:\||-|–|—|::)\s+([^|\-–—]{2,40})$"
    # "…司書不在でも貸し出し可能に：東京新聞 TOKYO Web": a Japanese site name after "：".
    r"|：([^：]{0,12}(?:新聞|ニュース|通信|放送|新報|日報)[^：]{0,16})$"
)


def site_suffix(text: str) -> tuple[int, str] | None:
    """Where a site name glued to the end of `text` starts, and the name, or None."""
    match = SITE_SUFFIX.search(text)
    return (match.start(), (match.group(1) or match.group(2)).strip()) if match else None


# A portal's name, which a copy glues to the headline with the paper it carries before it.
PORTAL = re.compile(
    r"yahoo|ヤフー|msn|livedoor|ライブドア|goo|excite|エキサイト|smartnews|line\s*news|nifty|infoseek"
    r"|naver|네이버|daum|다음|nate|네이트|zum|google\s*news",
    re.IGNORECASE,
)
# The paper in full-width brackets before a portal's name: "…痛恨2失点（Full-Count） - Yahoo!ニュース",
# "…表明へ（テレビ朝日系（ANN）） - Yahoo!ニュース".
_PROVIDER = re.compile(r"（((?:[^（）]|（[^（）]{1,10}）){2,24})）$")


# A name glued to a title is a name: few words, no sentence inside it ("Yahoo!ニュース" and
# "CBSNews.com" are names; a mark with a space or nothing after it ends a sentence).
_SITE_NAME_WORDS = 4
_SENTENCE_IN_NAME = re.compile(r"[.!?。](?!\S)")


class TitleParts(NamedTuple):
    headline: str  # without the names glued to it
    site: str | None  # the site's name glued to it ("연합뉴스", "Yahoo!ニュース")
    provider: str | None  # the paper a portal's copy carries, named before the portal's name


def title_parts(title: str) -> TitleParts:
    """A title split from the site's name glued to it, and from the paper a portal's copy
    names before the portal's ("…痛恨2失点（Full-Count） - Yahoo!ニュース")."""
    suffix = site_suffix(title)
    if suffix is None or suffix[0] < 10:
        return TitleParts(title.strip(), None, None)
    start, site = suffix
    if len(site.split()) > _SITE_NAME_WORDS or _SENTENCE_IN_NAME.search(site):
        return TitleParts(title.strip(), None, None)
    head = title[:start].strip()
    provider = _PROVIDER.search(head) if PORTAL.search(site) else None
    if provider is None or provider.start() < 10:
        return TitleParts(head, site, None)
    return TitleParts(head[: provider.start()].strip(), site, provider.group(1).strip())


# A link's label opening a line: "【動画】", "[Video]".
LINK_LABEL_OPENERS = ("【", "[", "［")
# An ad network's mark under each of its units.
SPONSORED_MARK = re.compile(r"^(?:sponsored|promoted|paid (?:content|post|partner))$", re.IGNORECASE)
