"""The cleaner: applies the rule tables of `feedpipe.rules` to a Document's blocks.

It decides, for every block, whether it is story (title, subhead, body) or boilerplate,
and records every removal with the rule's name.  Three passes:

1. line rules: page chrome, rights lines, reporter boxes, cues, promos;
2. structure: where the story ends (a rights line or sign-off), and trailing runs of
   short headline-like lines, told apart as related (sharing the story's vocabulary)
   or unrelated ("most read") lists;
3. span rules inside the kept lines: bylines, e-mails, glued credits and promos.

When in doubt the cleaner keeps: losing a story line is worse than leaking a promo.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from feedpipe import rules as R
from feedpipe.model import Cleaned, Document, Kept, Removed, Role
from feedpipe.text import clean_line, detect_language, display_width, tokens


@dataclass(frozen=True, slots=True)
class Overrides:
    """A source's corrections: lines matching `keep` are always story, `drop` never."""

    keep: tuple[re.Pattern[str], ...] = ()
    drop: tuple[re.Pattern[str], ...] = ()


@dataclass(slots=True)
class _Line:
    index: int
    text: str
    kind: str
    role: Role | None = None
    reason: str | None = None
    forced: bool = False
    facts: dict[str, str] = field(default_factory=dict)


# Display width up to which a line can be a headline in a list or a subhead.
HEADLINE_WIDTH = 120
SUBHEAD_WIDTH = 90
TITLE_WIDTH = 240
# A trailing run of headline-like lines this long is a list, not the story's last lines.
MIN_LIST_RUN = 3
# Share of a list line's words found in the story above which the list is "related".
RELATED_OVERLAP = 0.35


def clean(document: Document, overrides: Overrides | None = None) -> Cleaned:
    """Decide each block's fate; return the kept blocks (with roles) and every removal."""
    overrides = overrides or Overrides()
    lines = [
        _Line(i, text, block.kind)
        for i, block in enumerate(document.blocks)
        if (text := clean_line(block.text))
    ]
    language = document.meta.language or detect_language("\n".join(line.text for line in lines))
    lang = (language or "").split("-")[0].lower()
    line_rules = [r for r in R.LINE_RULES if R.NEUTRAL in r.langs or lang in r.langs]
    span_rules = [r for r in R.SPAN_RULES if R.NEUTRAL in r.langs or lang in r.langs]

    _apply_overrides(lines, overrides)
    _apply_line_rules(lines, line_rules)
    _judge_trailing(lines)
    _assign_roles(lines, document)

    kept: list[Kept] = []
    removed: list[Removed] = []
    for line in lines:
        if line.reason is not None:
            removed.append(Removed(line.text, line.reason))
            continue
        text = line.text
        if not line.forced and line.role != "title":
            text, cuts = cut_spans(text, span_rules)
            removed.extend(cuts)
            if not text:
                continue
        if line.role == "subhead":
            text = R.BULLET.sub("", text, count=1) or text
        kept.append(Kept(text, line.role or "body", line.kind, line.index))  # type: ignore[arg-type]

    rights_line = next((ln for ln in lines if ln.reason == "copyright"), None)
    rights, publisher = parse_rights(rights_line.text) if rights_line else (None, None)
    if rights is None:
        for cut in removed:
            if cut.reason == "copyright":
                rights, publisher = parse_rights(cut.text)
                break
    return Cleaned(document, kept, removed, rights=rights, publisher=publisher)


def _apply_overrides(lines: list[_Line], overrides: Overrides) -> None:
    for line in lines:
        if any(p.search(line.text) for p in overrides.keep):
            line.forced = True
        elif any(p.search(line.text) for p in overrides.drop):
            line.reason = "override-drop"


def _apply_line_rules(lines: list[_Line], line_rules: Sequence[R.LineRule]) -> None:
    for line in lines:
        if line.forced or line.reason is not None:
            continue
        width = display_width(line.text)
        for rule in line_rules:
            if width <= rule.max_width and rule.pattern.search(line.text):
                line.reason = rule.name
                break


def _headline_like(text: str) -> bool:
    """Short, and does not end like a sentence; a leading bullet counts for it."""
    if display_width(text) > HEADLINE_WIDTH:
        return False
    return bool(R.BULLET.match(text)) or not R.SENTENCE_END.search(text)


def _judge_trailing(lines: list[_Line]) -> None:
    """Find the story's end and remove the lists that follow it.

    After a boundary line (a rights line, a sign-off, a wire credit), every remaining
    headline-like line is a list entry.  Without one, a run of at least MIN_LIST_RUN
    headline-like lines at the very end is a list too.  Long prose after the end is kept.
    """
    boundary_names = {r.name for r in R.LINE_RULES if r.boundary}
    end = next((i for i, ln in enumerate(lines) if ln.reason in boundary_names), None)
    story_words = _story_vocabulary(lines)
    candidates: list[_Line] = []
    if end is not None:
        candidates = [
            ln for ln in lines[end + 1 :] if ln.reason is None and not ln.forced and _headline_like(ln.text)
        ]
    # A trailing run at the very end, with or without a boundary before it.
    run: list[_Line] = []
    for ln in reversed(lines):
        if ln.reason is not None:
            continue
        if ln.forced or not _headline_like(ln.text):
            break
        run.append(ln)
    if len(run) >= MIN_LIST_RUN:
        candidates.extend(ln for ln in run if ln not in candidates)
    for ln in candidates:
        overlap = _overlap(ln.text, story_words)
        ln.reason = "related-list" if overlap >= RELATED_OVERLAP else "headline-list"


def _story_vocabulary(lines: list[_Line]) -> set[str]:
    prose = [ln.text for ln in lines if ln.reason is None and not _headline_like(ln.text)]
    return {t for text in prose for t in tokens(text) if len(t) >= 2}


def _overlap(text: str, vocabulary: set[str]) -> float:
    words = [t for t in tokens(R.BULLET.sub("", text)) if len(t) >= 2]
    if not words or not vocabulary:
        return 0.0
    return sum(1 for w in words if w in vocabulary) / len(words)


def _assign_roles(lines: list[_Line], document: Document) -> None:
    """Title, then the deck of subheads under it, then body; HTML headings are subheads."""
    live = [ln for ln in lines if ln.reason is None]
    if not live:
        return
    start = 0
    first = live[0]
    if document.meta.title is None and _title_like(first, live):
        first.role = "title"
        start = 1
    # The deck: short, heading-like lines right under the title, before the first prose.
    for ln in live[start:]:
        if ln.kind == "heading" or (first.role == "title" and ln.kind == "line" and _subhead_like(ln.text)):
            ln.role = "subhead"
            continue
        break
    for ln in live:
        if ln.role is None:
            ln.role = "subhead" if ln.kind == "heading" else "body"


def _title_like(first: _Line, live: list[_Line]) -> bool:
    if len(live) < 2 or first.kind not in ("line", "heading"):
        return False
    text = first.text
    if display_width(text) > TITLE_WIDTH or R.BULLET.match(text):
        return False
    # A headline does not end a sentence; a lead paragraph does.
    return not re.search(r"(?:[.。]|니다\.?|다\.)\s*$", text)


def _subhead_like(text: str) -> bool:
    return display_width(text) <= SUBHEAD_WIDTH and (
        bool(R.BULLET.match(text)) or not R.SENTENCE_END.search(text) or text.endswith('"')
    )


def cut_spans(text: str, span_rules: Sequence[R.SpanRule]) -> tuple[str, list[Removed]]:
    """Cut every span rule's matches out of a kept line; return the rest and the cuts."""
    cuts: list[Removed] = []
    for rule in span_rules:
        while True:
            match = rule.pattern.search(text)
            if match is None or not match.group(0).strip():
                break
            cuts.append(Removed(match.group(0).strip(), rule.name))
            text = (text[: match.start()] + " " + text[match.end() :]).strip()
            text = re.sub(r"\s{2,}", " ", text)
    return text, cuts


_RIGHTS_STOP = re.compile(
    r"\s*(?:[,.。、|]\s|[,。、|]|\.$|\s[-–]\s|all\s+rights|무단|재배포|無断|転載|ai\s*학습|$)", re.IGNORECASE
)
_RIGHTS_MARK = re.compile(rf"{R.COPYRIGHT_SIGN}|저작권자", re.IGNORECASE)
_RIGHTS_MARKS = re.compile(rf"(?:\s*(?:{R.COPYRIGHT_SIGN}|저작권자))+", re.IGNORECASE)


def parse_rights(line: str) -> tuple[str | None, str | None]:
    """Read a rights line: ("Copyright © Holder", "Holder"), or (None, None).

    "Copyright © 서울경제. 무단전재 및 재배포 금지." gives ("Copyright © 서울경제", "서울경제");
    "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>" gives ("저작권자(c) 연합뉴스", "연합뉴스").
    """
    text = line.strip().strip("<>[]()【】 ")
    mark = _RIGHTS_MARK.search(text)
    if mark is None:
        return None, None
    marks = _RIGHTS_MARKS.match(text, mark.start())
    assert marks is not None  # it starts where _RIGHTS_MARK matched
    rest = text[marks.end() :]
    stop = _RIGHTS_STOP.search(rest, 1)
    holder_part = rest[: stop.start()] if stop else rest
    rights = (text[mark.start() : marks.end()] + holder_part).strip(" ,.")
    holder = re.sub(r"\b(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\b", " ", holder_part)
    holder = re.sub(r"\((?:[\w-]+\.)+[a-z]{2,}\)", " ", holder)  # "뉴스1코리아(news1.kr)"
    holder = re.sub(r"^\s*by\s+", "", holder.strip(), flags=re.IGNORECASE)
    holder = re.sub(r"\s+", " ", holder).strip(" ,.:;-")
    if not holder or len(holder) > 60:
        return rights or None, None
    return rights, holder
