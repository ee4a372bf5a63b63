"""The normalizer: turns the cleaner's verdict into a structured Story.

Title (site suffixes and markdown marks off), subheads, paragraphs, quotes with their
speakers where the text states them, byline and authors, publisher, rights, language,
dates (only those the source or the text states), and a summary cut at a sentence end.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from datetime import datetime

from feedpipe import dates
from feedpipe import rules as R
from feedpipe.model import Cleaned, Quote, Story
from feedpipe.text import detect_language, tokens

SUMMARY_CHARS = 280

# Removal reasons whose text names the reporter.
BYLINE_REASONS = ("byline", "sign-off", "wire-credit")


def normalize(cleaned: Cleaned) -> Story:
    """Build the Story from kept blocks, removed facts and the source's own metadata."""
    meta = cleaned.document.meta
    title = meta.title
    subheads: list[str] = []
    paragraphs: list[str] = []
    order = ""
    for kept in cleaned.kept:
        if kept.role == "title" and title is None:
            title = kept.text
        elif kept.role == "subhead":
            subheads.append(kept.text)
            order += "s"
        elif kept.role == "body" and kept.kind != "caption":
            paragraphs.append(kept.text)
            order += "p"
    body_text = "\n".join(paragraphs)
    language = (
        meta.language
        or cleaned.language
        or detect_language("\n".join(filter(None, [title, *subheads, body_text])))
    )
    lang = (language or "").split("-")[0]

    title, suffix = split_title(title) if title else (None, None)
    # The site's name glued to the browser's title, where a page copy kept that above the
    # page's own headline.
    suffix = suffix or next(
        (split_title(cut.text)[1] for cut in cleaned.removed if cut.reason == "page-title"), None
    )
    byline = meta.byline or _byline(cleaned)
    authors = meta.authors or authors_from(byline)
    # The site's name in its title is the paper's own.  A rights line may name the company
    # that owns the paper or the portal that copied it ("© 2025 Condé Nast", "© LY
    # Corporation"): the paper's own name, where the page gives one, comes first then.
    owner = cleaned.publisher if cleaned.publisher and _COMPANY.search(cleaned.publisher) else None
    publisher = (
        meta.publisher
        or suffix
        or (None if owner else cleaned.publisher)
        or _publisher_from_bylines(cleaned)
        or _publisher_from_byline_outlet(byline)
        or _publisher_from_dateline(paragraphs[:2])
        or _publisher_from_prompts(cleaned)
        or _publisher_from_masthead(cleaned)
        or _publisher_from_credits(cleaned)
        or owner
        or _publisher_from_self_reference(paragraphs)
    )

    published, updated = meta.published, meta.updated
    if published is None:
        published, stated_update = _stated_dates(cleaned, lang)
        updated = updated or stated_update
    return Story(
        title=title,
        subheads=subheads,
        paragraphs=paragraphs,
        quotes=find_quotes(paragraphs, lang),
        byline=byline,
        authors=authors,
        publisher=publisher,
        rights=meta.rights or cleaned.rights,
        language=language,
        published=published,
        updated=updated,
        summary=summarize(paragraphs) or meta.description,
        source=cleaned.document.source,
        removed=list(cleaned.removed),
        url=meta.url,
        order=order,
    )


_MARKDOWN_HEADING = re.compile(r"^\s*#{1,6}\s+")


# A wire service's slug before its headline: "(LEAD) …", "(URGENT) …", "(2nd LD) …",
# "UPDATE 1-…", "REFILE-…".
_WIRE_SLUG = re.compile(
    r"^(?:\((?:LEAD|URGENT|\d+(?:st|nd|rd|th)\s+LD|UPDATE(?:\s+\d+)?|CORRECTED|REFILE)(?:\s*[A-Z&]{0,12})?\)\s*"
    r"|(?:UPDATE\s+\d+|REFILE|CORRECTED|EXCLUSIVE)\s*[-–]\s*)"
)


def split_title(title: str) -> tuple[str, str | None]:
    """A headline without markdown marks or a glued site name: ("Headline", "Site")."""
    title = _MARKDOWN_HEADING.sub("", title).strip()
    title = _WIRE_SLUG.sub("", title) or title
    # A portal's copy names the paper it carries before the portal's own name, and that
    # paper is the one to name: "…2点適時打（Full-Count） - Yahoo!ニュース".
    headline, site, provider = R.title_parts(title)
    return headline, provider or site


def _byline(cleaned: Cleaned) -> str | None:
    """The removed text that best names the reporter: a reporter box with an address first
    (it is the fullest), then bylines, sign-offs and wire credits in reading order."""
    candidates = [cut for cut in cleaned.removed if cut.reason in BYLINE_REASONS]
    if not candidates:
        return None
    with_address = [cut for cut in candidates if _EMAIL.search(cut.text)]
    ordered = with_address or candidates
    # One that names someone beats an outlet's bracket ("[파이낸셜뉴스]" before "김서연 기자").
    return next((cut.text for cut in ordered if authors_from(cut.text)), ordered[0].text)


_EMAIL = re.compile(R.EMAIL)
# One or more names before the title: "홍길동 김철수 기자 =" names both.
_KO_REPORTER = re.compile(
    rf"((?:(?<![가-힣])[가-힣]{{2,4}}\s+)*(?<![가-힣])[가-힣]{{2,4}})\s*{R.KO_REPORTER}"
)
# Words a reporter box puts before the names that are not names.
_KO_NOT_NAMES = {"기자명", "사진", "글", "취재", "영상", "그래픽", "촬영", "보도에"}
_KO_SIGNOFF = re.compile(r"([가-힣]{2,4})(?:\s*기자)?입니다")
_EN_BY = re.compile(r"(?:^|\b)(?:by|reporting by)\s+(.+?)(?:;|\)|$)", re.IGNORECASE)
_JA_BYLINE = re.compile(r"【[^】＝=]*[＝=]\s*([^】]+)】|^[（(]([一-龥ぁ-んァ-ヶー・、\s]{2,12})[）)]$")


_EMAIL_IN_BYLINE = re.compile(rf"\(?{R.EMAIL}\)?")
_JA_NAME_SEPARATORS = re.compile(r"[、,・]")
_EN_NAME_SEPARATORS = re.compile(r"\s*(?:,|\band\b|&)\s*")
_BAR = re.compile(r"\s*[|·]\s*")


def authors_from(byline: str | None) -> list[str]:
    """Reporter names in a byline, without titles ("기자") or e-mail addresses."""
    if not byline:
        return []
    text = _EMAIL_IN_BYLINE.sub(" ", R.without_markup(byline))
    names: list[str] = [
        name for run in _KO_REPORTER.findall(text) for name in run.split() if name not in _KO_NOT_NAMES
    ] or _KO_SIGNOFF.findall(text)
    if not names and (m := _JA_BYLINE.search(text)):
        # "（経済部　山田太郎）": a desk before the name.
        names = [
            part.split()[-1] for part in _JA_NAME_SEPARATORS.split(m.group(1) or m.group(2)) if part.split()
        ]
    if not names and (m := _EN_BY.search(text)):
        # "By Mark Delaney | Fox News": the names end at the bar.
        names = _EN_NAME_SEPARATORS.split(_BAR.split(m.group(1))[0])
        # "By Maria Lopez, CNN": the outlet after the names is no author.
        if len(names) > 1 and names[-1].strip(" .") == _publisher_from_byline_outlet(byline):
            names = names[:-1]
    seen: list[str] = []
    for name in (n.strip(" .") for n in names):
        if name.isupper() and name.isascii():
            name = name.title()  # "By JANE DOE" is AP's house style, not her name
        if name and name not in seen:
            seen.append(name)
    return seen


# "(서울=연합뉴스) 홍길동 기자 =", "[헤럴드경제=김현경 기자]", "【서울=뉴시스】", "[머니투데이 김상희 기자]".
_AGENCY = (
    re.compile(
        r"\[([^\[\]=]{2,20}?)[\s=]+[가-힣]{2,4}\s*(?:기자|특파원)\]|^\(([^()=]{2,20}?)\s+[가-힣]{2,4}\s*(?:기자|특파원)\)"
    ),
    re.compile(r"^\s*\[([가-힣A-Za-z0-9]{1,12}(?:뉴스|일보|경제|신문|방송|타임스|투데이|미디어))\]\s*$"),
    # "[스포탈코리아] 김성진 기자=", "（AERA dot.編集部・上田耕司）".
    re.compile(
        r"^\s*\[([^\[\]]{2,12})\]\s*[가-힣]{2,4}\s*(?:기자|특파원)\s*=|^[（(]([^（）()]{1,20}?)編集部[・･/／]"
    ),
    # A reporter box naming the paper between the name and the title: "김주미 키즈맘 기자 mikim@…".
    re.compile(
        # (Not a title or a desk: "선임 기자", "사회부 기자", "IT전문기자", "경제팀 기자".)
        r"^\W*[가-힣]{2,4}\s+(?!(?:선임|수석|객원|인턴|수습|전문|편집|취재|사진|영상|대|부장|차장)\s*기자)"
        r"([가-힣A-Za-z0-9]{2,10}?)(?<!부)(?<!팀)(?<!전문)(?<!국)(?<!실)(?<!센터)(?<!데스크)\s*기자\s*\(?[\w.+-]+@"
    ),
    re.compile(r"[(\[【][^()\[\]【】=]{1,20}=\s*([^()\[\]【】=]{2,20}?)\s*[)\]】]"),
)
# A wire dateline: "TAIPEI (Reuters) -", "SEOUL, June 3 (Reuters) -", "Washington (CNN) —",
# "(CNN) —", "[２０日 ロイター] -".  (CNN's newer "New York CNN —" is left alone: "Samsung
# SDI — the battery maker —" has the same shape.)
_DATELINE = (
    re.compile(r"^[*_]{0,3}(?:[A-Z][\w.'’/-]*(?:[ ,]+[\w.'’/-]+){0,6}\s*)?\(([A-Z][\w .&-]{1,30})\)\s*[-–—]"),
    re.compile(r"^\s*[\[［][^\]］]{0,12}?[\s\u3000]([^\s\]］\d０-９]{2,12})\s*[\]］]\s*[-－–—]"),
    # "（ブルームバーグ）： 第一生命…": the agency in brackets opening the story.
    re.compile(r"^\s*[（(]([^（）()\d０-９]{2,12})[）)]\s*[:：]"),
)
# A broadcast sign-off names the station: "KBS 뉴스 김민지입니다.", "TBS 문숙희입니다."
_STATION = re.compile(
    r"^(?:\S+에서\s+)?([A-Za-z][A-Za-z0-9]{1,7}(?:\s[A-Z][a-z]{1,5})?|[가-힣A-Za-z0-9]{1,10}?(?:방송|TV))(?:\s*뉴스)?\s*[가-힣]{2,4}(?:\s*기자)?입니다"
)
# Tip and subscription prompts name the newsroom: "'KBS제보' 검색", "KBS뉴스를 구독해주세요".
_PROMPT = re.compile(
    r"['‘\"“]([A-Za-z][A-Za-z0-9]{1,7})\s*제보['’\"”]|([A-Za-z가-힣0-9]{2,12})(?:을|를)\s*구독"
    # "▶ 네이버에서 부산일보 구독하기 클릭!"
    r"|에서\s+([A-Za-z가-힣0-9]{2,12})\s+구독"
    # An English newsletter box names its paper: "…, The Washington Post's newsletter",
    # "Sign up for Axios AM, our flagship newsletter".
    r"|((?:The\s)?[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,3})['’]s\s(?:[\w-]+\s){0,2}newsletters?\b"
    r"|[Ss]ign up for ([A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,2}),\s(?:our|the)\b[^.]{0,40}\bnewsletter"
    # A syndicated copy names the paper it came from: "Read the original article on
    # Business Insider"; a member's ask names the paper's ID: "京都新聞IDに登録".
    r"|[Rr]ead the original article on ((?:[Tt]he\s)?[A-Z][\w&.'-]*(?:\s[A-Z][\w&.'-]*){0,3})"
    r"|([一-龥ァ-ヶー]{2,8}(?:新聞|ニュース|通信))ID(?:に|を|で)"
    # "Download The Times of India news app for your device."
    r"|[Dd]ownload (The(?:\s(?:of\s|and\s|&\s)?[A-Z][\w&.'-]*){1,4}?) (?i:news )?(?i:app)\b"
    # A search engine's "preferred source" button names the site: "Add ScienceAlert on Google".
    r"|^Add (?!(?:us |it )?as\b)(\S.{0,30}?) (?:as a preferred source )?on Google$"
    # A syndicated copy's note: "…this story has not been edited by NDTV staff and …".
    r"|has not been edited by ((?:The\s)?[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,2}) staff\b"
)
_NOT_A_NAME = {"채널", "뉴스", "기사", "유튜브", "네이버", "카카오", "영상", "구독"}


# "KBS뉴스": a Latin name and "news".
_LATIN_NEWS = re.compile(r"[A-Za-z0-9]{2,8}뉴스")


def _publisher_from_bylines(cleaned: Cleaned) -> str | None:
    """The agency or paper a bracket or wire byline names, or a broadcast sign-off's station."""
    for cut in cleaned.removed:
        if cut.reason == "byline":
            for pattern in _AGENCY:
                if m := pattern.search(cut.text):
                    # "[스포츠서울 | 전주=강예진기자]": the paper, then the place.
                    return next(group for group in m.groups() if group).split("|")[0].strip()
        elif cut.reason == "sign-off" and (m := _STATION.search(cut.text)):
            return m.group(1)
    return None


# An English byline that ends with the outlet: "By Maria Lopez, CNN", "By Jo Li, The Guardian".
_BYLINE_OUTLET = re.compile(
    r"^by\s.+?(?:,\s*((?:the\s+[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})|[A-Z]{2,6})"
    # After a bar, whatever the outlet's name: "By Mark Delaney | Fox News".
    r"|\s*[|·]\s*([A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3}))\s*$",
    re.I,
)


def _publisher_from_byline_outlet(byline: str | None) -> str | None:
    """The outlet after the names in an English byline (an acronym, or "The …")."""
    m = _BYLINE_OUTLET.match(byline.strip()) if byline else None
    if m is None:
        return None
    if m.group(2):
        return m.group(2)
    outlet = m.group(1)
    # The case-blind match admits "the" in any case; an acronym must really be capitals.
    return outlet if outlet.lower().startswith("the ") or outlet.isupper() else None


# A masthead: a paper's or station's name alone on a line above the headline.
_MASTHEAD = re.compile(
    r"^(?:the\s+)?[\w가-힣&'. -]{1,24}?(?:일보|신문|신문사|뉴스|경제|방송|日報|新聞|新聞社|通信|デジタル|スポーツ|"
    r"Times|Post|News|Journal|Herald|Tribune|Gazette|Daily|Chronicle|Guardian|Telegraph)$"
    # A site's logo or home link as its text says it: "Ars Technica home", "The Verge logo.".
    r"|^(.{2,30}?)\s+(?:home|homepage|logo)\.?$",
    re.IGNORECASE,
)
# A company's name, not a paper's: what a rights line names when a group owns the paper.
_COMPANY = re.compile(
    r"\b(?:Corporation|Corp|Inc|LLC|Ltd|Limited|Group|Holdings|Media|Network|Nast|Company|Internet)\b\.?"
    r"|株式会社|㈜|\(주\)",
    re.IGNORECASE,
)


def _publisher_from_masthead(cleaned: Cleaned) -> str | None:
    """The name of the paper on a chrome line above the headline ("조선일보"), or on the
    provider line next to a portal copy's date under it ("3/5(水) 18:12配信" "時事通信")."""
    # Without a headline found, the story's first kept line is where the page's top ends.
    top = next((k.index for k in cleaned.kept if k.role == "title"), None)
    if top is None:
        top = cleaned.kept[0].index if cleaned.kept else -1
    header = {cut.index for cut in cleaned.removed if cut.reason == "dateline-header"}
    for cut in cleaned.removed:
        if cut.reason != "page-chrome":
            continue
        text = cut.text.strip()
        # A portal's link to the paper's home names it wherever it is: "주간조선 언론사홈 바로가기".
        if m := _PORTAL_HOME_LINK.match(text):
            return m.group(1).strip()
        below = cut.index > top
        if below and not ({cut.index - 1, cut.index + 1} & header):
            continue
        if m := _MASTHEAD.match(text):
            return (m.group(1) or m.group(0)).strip()
    return None


_PORTAL_HOME_LINK = re.compile(r"^(.{2,20}?)\s*언론사\s*홈\s*바로\s*가기$")


# A staff photo credit: "Credit...Jane Doe for The New York Times".
_CREDIT_FOR = re.compile(r"\bfor\s+(The\s+[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})\W*$")


def _publisher_from_credits(cleaned: Cleaned) -> str | None:
    """The outlet a photo credit says the photographer works for."""
    for cut in cleaned.removed:
        if cut.reason in ("caption", "photo-credit") and (m := _CREDIT_FOR.search(cut.text)):
            return m.group(1)
    return None


def _publisher_from_dateline(paragraphs: list[str]) -> str | None:
    for paragraph in paragraphs:
        for pattern in _DATELINE:
            if m := pattern.search(paragraph):
                return m.group(1).strip()
    return None


def _publisher_from_prompts(cleaned: Cleaned) -> str | None:
    for cut in cleaned.removed:
        if cut.reason != "promo":
            continue
        for m in _PROMPT.finditer(cut.text):
            name = next(group for group in m.groups() if group)
            # "KBS뉴스" is KBS; "연합뉴스" is a name of its own.
            if name.endswith("뉴스") and _LATIN_NEWS.fullmatch(name):
                name = name[:-2]
            if name not in _NOT_A_NAME:
                return name
    return None


# --- the newsroom naming itself ---------------------------------------------------------
# Reporters name their own outlet where a source talks to it or is asked for comment by it:
# "told Reuters", "said in a statement to CNN", "did not respond to The Hill's request for
# comment", "한겨레와의 통화에서", "NHKの取材に対し".  A story also cites other outlets so
# ("told the BBC" in an AP story), so this is read only when nothing else names one.

# Weekdays and months follow "told Reuters" ("… Monday"); they are never part of the name.
_CALENDAR = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December)"
)
# A capitalized word; a dot only inside one ("Polygraph.info"), so "Dr." and "CNN." stop.
_CAPITAL_WORD = rf"(?!{_CALENDAR}\b)[A-Z](?:[\w&-]|\.(?=\w))*"
# An outlet's shape: a capitalized run or an acronym, maybe after "the" ("the Guardian").
_EN_OUTLET = rf"(?P<outlet>(?:[Tt]he )?{_CAPITAL_WORD}(?: {_CAPITAL_WORD}){{0,3}})(?![\w&-])"
# What follows the outlet in an attribution: punctuation, a time, a manner, or the reported
# clause.  Not "to" ("told Neso to provide …"), not a possessive ("told Apple's chief") and
# not a noun the name modifies ("told the BBC interviewer", "told WeWork executives").
_ATTRIBUTION_END = (
    r"(?=\s*(?:[,.:;!?\"“”—–)]|$)|\s+(?:that|in|on|at|by|via|over|last|this|earlier|"
    r"later|after|before|when|while|during|yesterday|today|the|a|an|he|she|it|they|we|I|his|"
    rf"her|its|their|there|{_CALENDAR})\b)"
)
_REQUEST = r"(?:requests?|inquir(?:y|ies)|questions?|calls?|e-?mails?|messages?)"
# Each pattern (a space in it is any space) with the words a paragraph must hold for it to be
# tried: most stories hold none of them.
_SELF_REFERENCE_EN = tuple(
    (needles, re.compile(pattern.replace(" ", r"\s")), weight)
    for needles, pattern, weight in (
        (("told ",), rf"\btold {_EN_OUTLET}{_ATTRIBUTION_END}", 1),
        # "said in a statement to CNN", "said Tuesday in an email to The Associated Press".
        (
            ("interview with", "statement to", "mail to", "call with", "message to"),
            r"\b(?:said|says|told|added|wrote|confirmed) (?:\w+ )?(?:in|during) an? (?:\w+ ){0,2}?"
            rf"(?:interview|statement|e-?mail|call|message) (?:with|to) {_EN_OUTLET}{_ATTRIBUTION_END}",
            1,
        ),
        (
            ("ing to ", "ing with ", "spoke to ", "spoke with "),
            rf"\b(?:speaking|spoke|talking) (?:to|with) {_EN_OUTLET}{_ATTRIBUTION_END}",
            1,
        ),
        (("comment",), rf"{_EN_OUTLET}(?:'s|’s|'|’) (?:repeated )?{_REQUEST} (?:for|seeking) comment", 2),
        (
            ("respond", "repl"),
            rf"\b(?:respond|responded|reply|replied) to (?:an? |multiple )?{_REQUEST} (?:for comment )?"
            rf"from {_EN_OUTLET}{_ATTRIBUTION_END}",
            2,
        ),
        (
            ("for comment", "for a comment"),
            rf"{_EN_OUTLET} (?:has |have |had )?(?:reached out to|contacted|approached) [^.]{{0,80}}?"
            r"\bfor (?:a )?comment",
            2,
        ),
        # "…, he said later, in response to a question from TIME."
        (
            ("question from", "questions from"),
            rf"\b(?:in response to|responding to|answering) (?:a |an )?(?:\w+ )?questions? from {_EN_OUTLET}{_ATTRIBUTION_END}",
            2,
        ),
        (
            ("independently",),
            rf"{_EN_OUTLET} (?:could not|couldn't|couldn’t|cannot|was unable to|has not been able to) "
            r"independently (?:verify|confirm)",
            2,
        ),
    )
)
# A Korean outlet: a name ending as papers and stations do ("연합뉴스", "한국일보"), or for
# its reporters an acronym ("KBS 취재진").  An acronym one talks with may be the one
# interviewed ("BTS와의 인터뷰에서"), so that form takes names only.
_KO_OUTLET_NAME = r"[가-힣A-Za-z0-9]{1,8}(?:일보|신문|뉴스|경제|방송|TV|타임스)"
_KO_OUTLET = rf"(?<![가-힣A-Za-z0-9])(?P<outlet>{_KO_OUTLET_NAME})"
_KO_OUTLET_OR_ACRONYM = rf"(?<![가-힣A-Za-z0-9])(?P<outlet>[A-Z][A-Z0-9]{{1,5}}|{_KO_OUTLET_NAME})"
# A Japanese one: an acronym or a name ending in 新聞, 通信, 放送, テレビ ("毎日新聞", "ＮＨＫ").
_JA_OUTLET = r"(?P<outlet>[A-ZＡ-Ｚ]{2,6}(?:\s?dot\.)?|(?<![一-龥ァ-ヶー])[一-龥ァ-ヶー]{1,8}(?:新聞|通信|放送|テレビ|日報|新報|日本版))"
_SELF_REFERENCE_CJK = (
    (("와의", "과의"), re.compile(rf"{_KO_OUTLET}(?:와|과)의\s*(?:전화\s*)?(?:통화|인터뷰)에서"), 1),
    (("취재",), re.compile(rf"{_KO_OUTLET_OR_ACRONYM}\s*(?:취재진|취재\s*결과)"), 1),
    (("の取材に",), re.compile(rf"{_JA_OUTLET}の取材に(?:対し|応じ|答え|初めて)"), 1),
)
# Names of bodies people testify or report to, capitalized as an outlet is ("told the
# Intelligence Committee", "told Parliament").
_NOT_NEWSROOM = re.compile(
    r"Assembly|Board|Cabinet|Commission|Committee|Commons|Congress|Council|Court|Department|"
    r"Government|House|Inquiry|Jury|Ministry|Parliament|Police|Senate|Tribunal"
)
# Titles before a person's name: "spoke to Dr. Owen Dempsey", "told President Biden".
_TITLE = re.compile(
    r"Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Sen|Senator|Rep|Gov|Governor|Gen|"
    r"General|President|Judge|Justice"
)
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]+")
# What a person named alone does in a story: "Starmer said", "said Starmer".
_SPEECH = "said|says|told|tells|added|asked|wrote"
# A word of a name as it stands before the next one: "Marc" in "Marc Benioff", not "said,".
_EN_NAME_WORD = re.compile(r"[A-Z][\w'’-]*")


def _publisher_from_self_reference(paragraphs: list[str]) -> str | None:
    """The outlet the story's sources talk to or are asked for comment by; the one named
    most often, the first named on a tie.  An outlet that asks for comment or cannot verify
    counts twice: only the newsroom writing the story does that in it, while "told the
    Evening Standard" may quote another paper's interview."""
    text = "\n".join(paragraphs)
    named: list[tuple[int, str, int]] = []
    for at, name, weight in _matches(_SELF_REFERENCE_EN, paragraphs, text):
        if not _names_a_person_or_body(name, text):
            named.append((at, re.sub(r"^the\s", "The ", name), weight))
    for at, name, weight in _matches(_SELF_REFERENCE_CJK, paragraphs, text):
        named.append((at, unicodedata.normalize("NFKC", name), weight))  # "ＮＨＫ" is NHK
    counts: Counter[str] = Counter()
    for _, name, weight in sorted(named):
        counts[name] += weight
    return counts.most_common(1)[0][0] if counts else None


def _matches(
    table: tuple[tuple[tuple[str, ...], re.Pattern[str], int], ...], paragraphs: list[str], text: str
) -> Iterator[tuple[int, str, int]]:
    """(Offset in `text`, outlet, the pattern's weight) for each match of the table's
    patterns, each tried only on the paragraphs that hold one of its words."""
    for needles, pattern, weight in table:
        if not any(needle in text for needle in needles):
            continue
        offset = 0
        for paragraph in paragraphs:
            if any(needle in paragraph for needle in needles):
                for m in pattern.finditer(paragraph):
                    yield offset + m.start("outlet"), m.group("outlet"), weight
            offset += len(paragraph) + 1


def _names_a_person_or_body(name: str, text: str) -> bool:
    """Whether an outlet-shaped English name is a person or a public body instead.  A person
    is named more fully or more briefly elsewhere in the story: "Marc Benioff" makes "told
    Benioff" a person, and "Starmer said" makes "told Keir Starmer" one."""
    words = name.split()
    if _NOT_NEWSROOM.fullmatch(words[-1]) or _TITLE.fullmatch(words[0]):
        return True
    if words[0] in ("the", "The") or any(_ACRONYM.fullmatch(word) for word in words):
        return False
    if any(_after_a_name(text, m.start()) for m in re.finditer(rf"\b{re.escape(name)}\b", text)):
        return True
    if len(words) == 1:
        return False
    speaker = re.escape(words[-1])
    return any(
        not _after_a_name(text, m.start())
        for m in re.finditer(rf"\b{speaker}\s(?:{_SPEECH})\b|(?<=\b(?:said|says)\s){speaker}\b", text)
    )


def _after_a_name(text: str, at: int) -> bool:
    """Whether the word before `at` is a title ("Dr.") or, inside a sentence, a capitalized
    word other than "The" ("Marc"); a sentence's first word ("Visit", "Yesterday") is not."""
    words = text[text.rfind("\n", 0, at) + 1 : at].split()
    if not words:
        return False
    if _TITLE.fullmatch(words[-1].rstrip(".")):
        return True
    inside = len(words) > 1 and not words[-2].endswith((".", "!", "?", ":", '"', "”", "’"))
    return inside and words[-1] != "The" and bool(_EN_NAME_WORD.fullmatch(words[-1]))


def _stated_dates(cleaned: Cleaned, lang: str) -> tuple[datetime | None, datetime | None]:
    """Dates the text itself states, from removed header lines first, then the lead."""
    for cut in cleaned.removed:
        if cut.reason in ("dateline-header", "byline", "page-chrome"):
            published, updated = dates.labelled_dates(cut.text, lang)
            if published is not None:
                return published, updated
    for kept in cleaned.kept[:3]:
        if dates.PUBLISHED_LABEL.search(kept.text):
            published, updated = dates.labelled_dates(kept.text, lang)
            if published is not None:
                return published, updated
    return None, None


_SENTENCE = re.compile(r".+?(?:[.!?。！？](?=\s|$|[\"”’」])[\"”’」]?|$)")


def _has_words(text: str, n: int) -> bool:
    """Whether `text` holds `n` word tokens.  Its first 200 characters usually do, and a
    cut can only shorten the last token, never add one: the whole text is read only when
    they do not."""
    return len(tokens(text[:200])) >= n or (len(text) > 200 and len(tokens(text)) >= n)


def summarize(paragraphs: list[str], limit: int = SUMMARY_CHARS) -> str | None:
    """The lead: whole sentences of the first paragraph, up to `limit` characters."""
    lead = next((p for p in paragraphs if _has_words(p, 4)), None)
    if lead is None:
        return None
    sentences = _SENTENCE.findall(lead)
    summary = ""
    for sentence in sentences:
        if summary and len(summary) + len(sentence) > limit:
            break
        summary += sentence
        if len(summary) >= limit:
            break
    summary = summary.strip()
    if len(summary) > limit:
        # One endless sentence: cut at a word boundary and say so.
        cut = summary[:limit].rsplit(" ", 1)[0]
        summary = cut.rstrip(",;:") + "…"
    return summary or None


# --- quotes ------------------------------------------------------------------------------

_QUOTE = re.compile(r"[“\"「『]([^”\"」』]{8,})[”\"」』]")
# Korean: the subject before the quote ("이영 중기부 장관은 “…”").
_KO_SUBJECT = re.compile(r"([가-힣A-Za-z0-9·]+)(?:은|는|이|가|도)$")
_KO_SUBJECT_ENDS = ("은", "는", "이", "가", "도")
_NAME_WORD = re.compile(r"[가-힣A-Za-z0-9·]+")
# Endings of a word that modifies the next or marks a case: no part of a name.
_KO_MODIFIER_ENDS = (
    "한", "된", "던", "는", "은", "의", "에", "에서", "로", "으로", "를", "을", "와", "과", "며", "고", "서", "지만", "면",
)  # fmt: skip
_KO_PRONOUN = {"그", "그녀", "그들", "이들"}
# English: "…," said Jane Doe / "…," Jane Doe said / Jane Doe said: "…"
# English: "…," said Cal Fire spokesperson Maria Lopez / "…," Jane Doe said / Jane Doe said: "…"
# After "said" the speaker is the last run of capitalized words before the clause ends.
_EN_SAID = re.compile(r"^[,.]?\s*(?:said|says|added|told \w+|wrote)\s+([^.,;:\"“”]+)")
_EN_AFTER = re.compile(r"^[,.]?\s*((?:[A-Z][\w.'-]+\s?){1,4})\s+(?:said|says|added|wrote)")
_CAPITALIZED_RUN = re.compile(r"(?:\b[A-Z][\w.'-]*(?:\s+|$))+")
_EN_BEFORE = re.compile(r"((?:[A-Z][\w.'-]+\s?){1,4})\s+(?:said|says|added|wrote|told \w+)[:,]?\s*$")
_JA_SUBJECT = re.compile(r"([^\s、。「」]{2,20})(?:は|が)$")


# Words that name a role: a subject ending in one of these is a person who can be quoted.
_KO_TITLES = (
    "CEO", "CTO", "CFO", "대표", "대표이사", "장관", "차관", "대통령", "총리", "의원", "위원장", "위원",
    "회장", "부회장", "사장", "부사장", "창업자", "공동창업자", "교수", "박사", "연구원", "관계자",
    "대변인", "이사", "청장", "시장", "지사", "국장", "과장", "팀장", "소장", "원장", "총장", "의장",
    "감독", "선수", "변호사", "씨", "측", "당국자", "책임자", "본부장", "실장", "부장", "센터장", "전무",
    "상무", "수석", "비서관", "대사", "총재", "행장", "기자", "작가", "배우", "가수",
)  # fmt: skip


# How far around a quote its speaker is looked for, and how far back "그는" may refer.
# Bounding both keeps the search linear in the story's length.
CLAUSE_CHARS = 300
REFERENCE_PARAGRAPHS = 2


def find_quotes(paragraphs: list[str], lang: str) -> list[Quote]:
    """Quotations in the story, with the speaker where the sentence names one.

    A pronoun ("그는") or a clause that continues the last quote ("…”며 “…”") takes the
    most recently named speaker; a quote whose sentence names nobody keeps speaker None.
    """
    quotes: list[Quote] = []
    subjects: dict[int, list[tuple[int, str]]] = {}  # titled subjects per paragraph, on demand

    def last_named(index: int, before: int) -> str | None:
        # The nearest titled subject before the quote: in its paragraph, then the ones before.
        for k in range(index, max(-1, index - REFERENCE_PARAGRAPHS - 1), -1):
            if k not in subjects:
                subjects[k] = _titled_subjects_ko(paragraphs[k])
            names = [name for pos, name in subjects[k] if k < index or pos < before]
            if names:
                return names[-1]
        return None

    korean = lang == "ko"
    reads_after = lang not in ("ko", "ja")  # only English names the speaker after the quote
    for index, paragraph in enumerate(paragraphs):
        paragraph_speaker: str | None = None
        for match in _QUOTE.finditer(paragraph):
            start, end = match.span()
            before = paragraph[max(0, start - CLAUSE_CHARS) : start]
            after = paragraph[end : end + CLAUSE_CHARS] if reads_after else ""
            speaker = _speaker(before, after, lang)
            if korean and (speaker in _KO_PRONOUN or (speaker is None and _continues_sentence(before))):
                speaker = last_named(index, start) or paragraph_speaker
            elif speaker is None:
                speaker = paragraph_speaker if _continues_sentence(before) else None
            paragraph_speaker = speaker or paragraph_speaker
            quotes.append(Quote(match.group(1).strip(), speaker))
    return quotes


def _continues_sentence(before: str) -> bool:
    """A quote right after "…”며" or "…”고" continues the previous speaker's sentence."""
    # The pattern is anchored at the end; searching the tail spares trying every position.
    return _CONTINUES.search(before[-12:]) is not None


_CONTINUES = re.compile(r"[”\"」』](?:며|고|면서|라며|라고|이라며|이라고|,)?\s*$")


# The clause a quote's speaker is looked for in starts after the last closing quote or
# sentence end (one followed by a space) before the quote.  Searched for in the reversed
# text, the last is the first found: a `.*(?:…)` pattern would try every position.
_BREAK_BACKWARDS = re.compile(r"[”\"」』]|\s[.!?。]")


def _last_break(before: str) -> int:
    """Where the last sentence end or closing quote of `before` is (-1: none)."""
    m = _BREAK_BACKWARDS.search(before[::-1])
    return -1 if m is None else len(before) - m.end()


def _speaker(before: str, after: str, lang: str) -> str | None:
    # The spaces after a sentence end are stripped with the clause's own.
    clause = before[_last_break(before) + 1 :].strip()
    if lang == "ko":
        return _ko_speaker(clause.split())
    if lang == "ja":
        m = _JA_SUBJECT.search(clause.strip())
        return m.group(1) if m else None
    m = _EN_SAID.search(after)
    if m and (runs := _CAPITALIZED_RUN.findall(m.group(1))):
        return runs[-1].strip()
    m = _EN_AFTER.search(after)
    if m:
        return m.group(1).strip()
    m = _EN_BEFORE.search(clause)
    return m.group(1).strip() if m else None


def _ko_speaker(words: list[str]) -> str | None:
    """The subject of a Korean clause: a titled person ("이영 중기부 장관은"), a pronoun,
    or the clause's opening topic; None when the clause names nobody."""
    for i in range(len(words) - 1, -1, -1):
        if not words[i].endswith(_KO_SUBJECT_ENDS):
            continue  # a quick test before the pattern: most words are not subjects
        m = _KO_SUBJECT.match(words[i])
        if m is None or words[i].endswith(("에서는", "에는", "에게는", "에서도")):
            continue
        head = m.group(1)
        if head in _KO_PRONOUN:
            return head
        if head.endswith(_KO_TITLES) or i == 0:
            return _with_name(words, i, head)
    return None


def _with_name(words: list[str], i: int, head: str) -> str:
    """The head noun with the name words before it ("그레그 브록먼 공동창업자")."""
    name = [head]
    for word in reversed(words[max(0, i - 3) : i]):
        # (Words come from str.split: none ends in a line break, which `$` would allow.)
        if word.endswith(_KO_MODIFIER_ENDS) or not _NAME_WORD.fullmatch(word):
            break
        name.insert(0, word)
    return " ".join(name)


def _titled_subjects_ko(text: str) -> list[tuple[int, str]]:
    """Each titled subject of a paragraph ("이영 중기부 장관은") with its position, in order:
    whom a later "그는" may refer back to."""
    found: list[tuple[int, str]] = []
    # A title before a particle at a word's end is rare and quick to find; only the words
    # that end so are read whole (most words ending in a particle carry no title).
    for hit in _TITLED_END.finditer(text):
        start = hit.start()
        while start and not text[start - 1].isspace():
            start -= 1
        m = _SUBJECT_WORD.match(text, start)
        if m is None:
            continue
        # The name words sit just before the head; a short window holds the three it may take.
        words = text[max(0, m.start(1) - 80) : m.start(1)].split()[-3:]
        found.append((m.start(), _with_name([*words, m.group(1)], len(words), m.group(1))))
    return found


# A word ending in a subject particle ("장관은"), read from the word's start.
_SUBJECT_WORD = re.compile(r"(?<!\S)[\"“”'‘’]*([가-힣A-Za-z0-9·]+)(?:은|는|이|가|도)(?!\S)")
# The end of a word that ends in a title and a subject particle ("…장관은").
_TITLED_END = re.compile("(?:{})(?:은|는|이|가|도)(?!\\S)".format("|".join(re.escape(t) for t in _KO_TITLES)))
