"""The cleaner: applies the rule tables of `feedpipe.rules` to a Document's blocks.

It decides, for every block, whether it is story (title, subhead, body) or boilerplate,
and records every removal with the rule's name and the block's index.  The passes:

1. overrides: a source's `keep` / `drop` patterns win over everything;
2. line rules: page chrome, rights lines, bylines, cues, promos (and the labels whose
   value is the next line);
3. span rules inside the remaining lines: bylines, e-mails, glued captions and credits;
4. menus: runs of menu-shaped lines above the story's first paragraph or below its last
   (a page copy's navigation, footer, tags, player buttons);
5. the title: the head of the block of lines right above the page's date or byline
   header when only short chrome sits above it (that chrome goes), else the first line
   when it reads as a headline;
6. AI-summary blocks that restate the story, then repetition: a line repeating the
   title or another kept line (teasers, doubled captions);
7. lists: entries under a list heading, indented link lines, and everything headline-like
   after the story's end (a rights line, a reporter box, a sign-off), told apart as
   related (sharing the story's vocabulary) or unrelated ("most read"), and the short
   lines after the end that are no paragraphs;
8. islands: short lines left between the removed lines of the page's furniture, outside
   the story's core;
9. roles: the deck of subheads under the title (and a standfirst above the byline),
   section heads between paragraphs, body;
10. something stays: an article with story-like text always keeps a body.

When in doubt the cleaner keeps: losing a story line is worse than leaking a promo.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from feedpipe import rules as R
from feedpipe.model import BlockKind, Cleaned, Document, Kept, Removed, Role
from feedpipe.text import clean_lines, detect_language, display_width, tokens


@dataclass(frozen=True, slots=True)
class Overrides:
    """A source's corrections: lines matching `keep` are always story, `drop` never."""

    keep: tuple[re.Pattern[str], ...] = ()
    drop: tuple[re.Pattern[str], ...] = ()


@dataclass(slots=True)
class _Line:
    index: int
    raw: str  # the whitespace-normalized line, as the rules see it
    kind: BlockKind
    indent: int
    width: int
    text: str = ""  # what is left after span cuts
    cached_words: list[str] | None = None  # tokens of `text`, computed when first needed
    prose: bool = False  # `text` reads as a sentence of prose (see _prose), computed once
    wordy: bool = False  # prose with some words (see _paragraph), computed once
    cuts: Sequence[Removed] = ()  # replaced, never appended to
    role: Role | None = None
    reason: str | None = None
    effect: R.Effect = "line"
    forced: bool = False

    @property
    def live(self) -> bool:
        return self.reason is None

    @property
    def words(self) -> list[str]:
        """The line's word tokens (computed once: most long lines never need them)."""
        if self.cached_words is None:
            self.cached_words = tokens(self.text)
        return self.cached_words


# Display width up to which a line can be a headline in a list or a subhead.
HEADLINE_WIDTH = 120
SUBHEAD_WIDTH = 90
TITLE_WIDTH = 240
# A two-word line above a page header narrower than this is a section name or a
# breadcrumb when a headline follows it (see _section_name).
HEADLINE_MIN_WIDTH = 20
# How far down the page the date/byline header that anchors the title may sit.
HEADER_LINES = 15
# Removals that make up that header (and end a list above it).
_HEADER_REASONS = ("dateline-header", "byline")
# A trailing run of headline-like lines this long is a list, not the story's last lines.
MIN_LIST_RUN = 3
# Share of a list line's content words (see _units) found in the story above which it is
# "related".  On the dev corpus unrelated entries score at most 0.11, related ones 0.22 up.
RELATED_OVERLAP = 0.2
# A line under a "with-next" label longer than this is story, not the label's value.
LABEL_VALUE_WIDTH = 400
# Lines of an AI-summary block, and the share of their words the story must repeat.
SUMMARY_LINES = 6
SUMMARY_OVERLAP = 0.5
SUMMARY_PARAGRAPH_OVERLAP = 0.8
# How much of the story's text the vocabulary for list and summary judgements reads.
VOCABULARY_CHARS = 1500
# A line this many characters long that repeats inside another kept line is a duplicate.
DUPLICATE_MIN_CHARS = 40
# A line repeated this many times is part of the story's form, not a copy (see _remove_repeats).
RECURRING = 3
# A short line repeating another kept line is a copy only this many kept lines after it.
NEAR_REPEAT = 3
# Share of the page's own headline's words that the browser's title above it repeats.
OWN_HEADLINE_SHARE = 0.6
# A one-word line under the headline this narrow is a site name or a button (a Japanese
# sentence is one \w+ run too, but a longer one that ends with "。").
LONE_WORD_WIDTH = 16
# A question between paragraphs this short (in words) is a section head the story answers.
QUESTION_HEAD_WORDS = 8
_SPOKEN_QUESTION = re.compile(r"(?:니까|나요|까요|세요|어요|아요|죠|ですか|ますか|でしょうか)\s*[?？]$")
# Indented lines are links in a list only where most lines are not indented.
INDENTED_SHARE = 0.3

_PROSE_END = re.compile(r"(?:[.。]|니다\.?|다\.)\s*[\"”’」』)\]]*\s*$")
# A list entry does not end a sentence.  A Korean headline may end in a verb ("…신인 42명
# 1군 데뷔 노린다") or with the quote it reports ("…라이더 “기름값도 안 나온다”"); a
# sentence of a story ends with a stop ("…노린다.", "…나온다.”", "…나온다”고 말했다.").
_ENTRY_END = re.compile(r"[.。]\s*$|(?:다|요|죠|까)[.?!][\"”’']?\s*$")
# How much of a line's end the end-of-sentence patterns need to see.  Searching only the
# tail keeps them from trying every position of a long paragraph.
_TAIL = 16


def _ends(pattern: re.Pattern[str], text: str) -> bool:
    if text.endswith((">", "*", "_")):
        text = R.without_markup(text)  # "…밝혔다.<br /><br />", "…too!*" end sentences
    return pattern.search(text[-_TAIL:]) is not None


_WRAPPED = re.compile(r"^\[(.+)\]$")
_SPACES = re.compile(r"\s{2,}")


class _Rules:
    """A language's rules, prepared for speed without changing what they mean.

    Each line is scanned once for the rules' needles (see `LineRule.needles`).  The rules
    without needles that its width allows are compiled into one alternation per width
    limit, which keeps table order; a rule whose needle the line holds is tried on its own
    when it comes before the first of those that matched.  Either way the first rule that
    matches anywhere in the line wins, as if they were tried one by one.
    """

    def __init__(self, line: tuple[R.LineRule, ...], span: tuple[R.SpanRule, ...]) -> None:
        self.line = line
        self.span = span
        needles = {n for r in line for n in r.needles} | {n for sr in span for n in sr.needles}
        # One left-to-right scan, longest needle first.  A needle it reports stands for the
        # needles it starts with ("photograph" for "photo"); a needle that can begin inside
        # a reported one ("제보도" holds "제보" and "보도") is looked for on its own.
        self.needle_re = re.compile(_trie_pattern(needles)) if needles else None
        self.prefixes = {n: {m for m in needles if n.startswith(m)} for n in needles}
        self.overlapping = {n: [m for m in needles if m != n and _may_start_inside(m, n)] for n in needles}
        # Per distinct width limit (ascending): the needle-free rules whose limit allows it.
        self.limits = sorted({r.max_width for r in line})
        self.base = [
            tuple(i for i, r in enumerate(line) if not r.needles and r.max_width >= w) for w in self.limits
        ]
        self.line_by_needle: dict[str, list[int]] = {}
        for i, r in enumerate(line):
            for n in r.needles:
                self.line_by_needle.setdefault(n, []).append(i)
        self.span_always = tuple(i for i, r in enumerate(span) if not r.needles)
        self.span_unneedled = tuple(span[i] for i in self.span_always)
        self.span_by_needle: dict[str, list[int]] = {}
        for i, sr in enumerate(span):
            for n in sr.needles:
                self.span_by_needle.setdefault(n, []).append(i)
        self._tables: dict[tuple[int, ...], re.Pattern[str] | None] = {}

    def needles_in(self, text: str) -> set[str]:
        """The needles a line holds (lower-cased comparison)."""
        if self.needle_re is None:
            return set()
        low = text.lower()
        return self._with_overlaps(set(self.needle_re.findall(low)), low)

    def needles_in_lines(self, texts: Sequence[str]) -> list[set[str]]:
        """`needles_in` of every line, from one scan of all of them (no needle holds a line
        break, so none is found across two); most lines hold none."""
        found: list[set[str]] = [set() for _ in texts]
        if self.needle_re is None:
            return found
        lows = [text.lower() for text in texts]
        starts = list(itertools.accumulate((len(low) + 1 for low in lows), initial=0))
        reported: dict[int, set[str]] = {}
        for m in self.needle_re.finditer("\n".join(lows)):
            reported.setdefault(bisect.bisect_right(starts, m.start()) - 1, set()).add(m.group())
        for i, needles in reported.items():
            found[i] = self._with_overlaps(needles, lows[i])
        return found

    def _with_overlaps(self, reported: set[str], low: str) -> set[str]:
        found: set[str] = set()
        for needle in reported:
            found |= self.prefixes[needle]
            found.update(m for m in self.overlapping[needle] if m not in found and m in low)
        return found

    def line_rule(self, text: str, width: int, found: set[str]) -> R.LineRule | None:
        """The first rule (in table order) whose width limit allows the line and that matches."""
        slot = bisect.bisect_left(self.limits, width)
        if slot == len(self.limits):
            return None  # wider than every rule allows
        chosen = self.base[slot]
        table = self._tables[chosen] if chosen in self._tables else self._compile(chosen)
        match = table.match(text) if table else None
        first = int(match.lastgroup[1:]) if match and match.lastgroup else len(self.line)
        if found:  # most lines hold no needle
            # A rule woken by a needle wins if it comes before the first needle-free rule
            # that matched.  Trying them one by one costs no compilation per combination of
            # needles (a page of new combinations would compile a table for each).
            woken = {
                i
                for n in found
                for i in self.line_by_needle.get(n, ())
                if i < first and self.line[i].max_width >= width
            }
            for i in sorted(woken):
                if self.line[i].pattern.search(text):
                    return self.line[i]
        return self.line[first] if first < len(self.line) else None

    def span_rules(self, found: set[str]) -> Sequence[R.SpanRule]:
        """The span rules worth trying on a line with these needles, in table order."""
        if not found:
            return self.span_unneedled  # most lines
        chosen = {*self.span_always, *(i for n in found for i in self.span_by_needle.get(n, ()))}
        return [self.span[i] for i in sorted(chosen)]

    def _compile(self, chosen: tuple[int, ...]) -> re.Pattern[str] | None:
        branches = [f"(?P<r{i}>{_as_match(self.line[i].pattern.pattern)})" for i in chosen]
        table = re.compile("|".join(branches), re.IGNORECASE) if branches else None
        self._tables[chosen] = table
        return table


_Trie = dict[str, "_Trie"]


def _trie_pattern(words: Iterable[str]) -> str:
    """A pattern matching the longest of `words` at each place, written as a trie
    ("photo(?:graph)?" for "photo" and "photograph"): the regular expression engine tries
    an alternation branch by branch, and a trie has one branch per next character instead
    of one per word."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def emit(node: _Trie) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # Longest first: the continuations are tried before the word that ends here.
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


def _may_start_inside(inner: str, outer: str) -> bool:
    """Whether `inner` can begin after the first character of a match of `outer`: it is
    inside it, or one of its proper suffixes starts `inner`."""
    return inner in outer[1:] or any(inner.startswith(outer[i:]) for i in range(1, len(outer)))


def _top_level_branches(pattern: str) -> list[str]:
    """Split a regular expression at its top-level `|`."""
    branches, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":
                i += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    branches.append(pattern[start:])
    return branches


def _as_match(pattern: str) -> str:
    """A `search` pattern rewritten for `match` at a line's start: anchored branches as
    they are, the others behind a lazy `.*?` (which, for an anchored one, would walk the
    whole line in vain)."""
    return "|".join(b if b.startswith("^") else f".*?(?:{b})" for b in _top_level_branches(pattern))


@functools.lru_cache(maxsize=32)
def _rules_for(lang: str) -> _Rules:
    """The rules that apply to a language (its own plus the neutral ones), in table order."""

    def applies(langs: frozenset[str]) -> bool:
        return R.NEUTRAL in langs or lang in langs

    return _Rules(
        tuple(r for r in R.LINE_RULES if applies(r.langs)),
        tuple(r for r in R.SPAN_RULES if applies(r.langs)),
    )


def clean(document: Document, overrides: Overrides | None = None) -> Cleaned:
    """Decide each block's fate; return the kept blocks (with roles) and every removal."""
    overrides = overrides or Overrides()
    lines: list[_Line] = []
    texts = clean_lines([block.text for block in document.blocks])
    for i, (block, text) in enumerate(zip(document.blocks, texts, strict=True)):
        if text:
            indent = len(block.text) - len(block.text.lstrip(" \t\u3000"))
            lines.append(_Line(i, text, block.kind, indent, display_width(text), text))
    language = document.meta.language or detect_language("\n".join(line.raw for line in lines))
    lang = (language or "").split("-")[0].lower()
    rules = _rules_for(lang)

    _apply_overrides(lines, overrides)
    found = rules.needles_in_lines([line.raw for line in lines])
    _apply_line_rules(lines, rules, found)
    if lang != "en":
        _apply_english_rules(lines)
    for line, needles in zip(lines, found, strict=True):
        if line.live and not line.forced:
            span_rules = rules.span_rules(needles)
            if span_rules:
                _cut_line(line, span_rules)
        _take_shape(line)
    _judge_sponsored(lines)
    _judge_menus(lines)
    title = _find_title(lines, document)
    # Summaries first: a summary quotes the story's sentences, and a story line found inside
    # a kept summary would look like a copy of it.
    _judge_summaries(lines)
    _remove_repeats(lines, title)
    if title is not None:
        parts = R.title_parts(title.raw)
        _cut_glued_titles(lines, title, parts.headline)
        _cut_glued_paper(lines, title, parts.provider)
    _judge_lists(lines, title)
    _judge_trailing(lines)
    _judge_islands(lines, title)
    _assign_roles(lines, title)
    _keep_some_story(lines)
    return _verdict(document, lines, language)


def _verdict(document: Document, lines: list[_Line], language: str | None) -> Cleaned:
    kept: list[Kept] = []
    removed: list[Removed] = []
    for line in lines:
        if line.reason is not None:
            # A line judged after its spans were cut (a repeat, a list entry) keeps the
            # record of those cuts: a byline cut from it still names the reporter.
            removed.extend(line.cuts)
            removed.append(Removed(line.text if line.cuts else line.raw, line.reason, line.index))
            continue
        removed.extend(line.cuts)
        text = line.text
        if line.role == "subhead":
            text = R.BULLET_SYMBOL.sub("", text, count=1) or text
            wrapped = _WRAPPED.match(text)
            text = wrapped.group(1).strip() if wrapped else text
        kept.append(Kept(text, line.role or "body", line.kind, line.index))
    rights = publisher = None
    # The last rights line is the page's; an earlier one may credit a photo ("ⓒ 연합뉴스").
    # A source line under the story ("출처 : 연합인포맥스(…)") names the paper without rights.
    for cut in reversed(removed):
        if cut.reason == "copyright":
            line_rights, holder = parse_rights(cut.text)
            if line_rights:
                rights, publisher = line_rights, publisher or holder
                break
            publisher = publisher or holder
    return Cleaned(document, kept, removed, rights=rights, publisher=publisher, language=language)


# --- pass 1-3: overrides, line rules, spans ------------------------------------------------


def _apply_overrides(lines: list[_Line], overrides: Overrides) -> None:
    if not overrides.keep and not overrides.drop:
        return
    for line in lines:
        if any(p.search(line.raw) for p in overrides.keep):
            line.forced = True
        elif any(p.search(line.raw) for p in overrides.drop):
            line.reason = "override-drop"


def _apply_line_rules(lines: list[_Line], rules: _Rules, found: list[set[str]]) -> None:
    label: R.LineRule | None = None  # a "with-next" label waiting for its value
    for line, needles in zip(lines, found, strict=True):
        if line.forced or line.reason is not None:
            label = None
            continue
        if label is not None and line.width <= LABEL_VALUE_WIDTH:
            line.reason = label.name
            label = None
            continue
        text = line.raw
        if "<" in text or text[-1:] in "*_":  # (a quick test: most lines carry no markup)
            text = R.without_markup(text)
        rule = label = rules.line_rule(text, line.width, needles)
        if rule is not None:
            line.reason = rule.name
            line.effect = rule.effect
            if rule.effect != "with-next":
                label = None


def _apply_english_rules(lines: list[_Line]) -> None:
    """English lines in a Korean or Japanese page (a byline, a share button, a link to the
    English edition) are judged by the English rules too."""
    english = _rules_for("en")
    ascii_lines = [
        line
        for line in lines
        if line.live and not line.forced and line.raw.isascii() and any(c.isalpha() for c in line.raw)
    ]
    found = english.needles_in_lines([line.raw for line in ascii_lines])
    for line, needles in zip(ascii_lines, found, strict=True):
        rule = english.line_rule(line.raw, line.width, needles)
        if rule is not None and rule.effect != "with-next":
            line.reason, line.effect = rule.name, rule.effect


def _cut_line(line: _Line, span_rules: Sequence[R.SpanRule]) -> None:
    # Tags around a line ("<p>…<br />") stay with it, out of the way of the rules' anchors.
    head, raw, tail = R.markup_edges(line.raw)
    text, cuts = cut_spans(raw, span_rules, line.index)
    if text:
        line.text, line.cuts = head + text + tail, cuts
    elif cuts:
        # Nothing but inline boilerplate: the whole line goes, under the first cut's rule.
        line.reason = cuts[0].reason


def cut_spans(text: str, span_rules: Sequence[R.SpanRule], index: int = -1) -> tuple[str, list[Removed]]:
    """Cut every span rule's matches out of a kept line; return the rest and the cuts."""
    cuts: list[Removed] = []
    for rule in span_rules:
        while True:
            match = rule.pattern.search(text)
            if match is None:
                break
            start, end = match.span("cut") if "cut" in rule.pattern.groupindex else match.span()
            if not text[start:end].strip():
                break
            cuts.append(Removed(text[start:end].strip(), rule.name, index))
            text = _SPACES.sub(" ", (text[:start] + " " + text[end:]).strip())
    return text, cuts


# --- pass 5: the title --------------------------------------------------------------------


def _find_title(lines: list[_Line], document: Document) -> _Line | None:
    """The headline line, if the text has one (the page's own metadata title wins).

    A page copy puts its header (navigation, share bars, breadcrumbs) above the headline
    and the date or byline line right under it; that line anchors the headline, and the
    short lines above the headline are page chrome.  Without such a header, the first
    line is the headline when it reads as one.
    """
    # A line right under a list's heading is the list's first entry, not the headline.
    entries = {lines[i + 1].index for i in range(len(lines) - 1) if lines[i].effect == "opens-list"}
    live = [ln for ln in lines if ln.live and ln.index not in entries]
    if not live:
        return None
    if document.meta.title is not None:
        key = tokens(document.meta.title)
        return next((ln for ln in live[:HEADER_LINES] if ln.words == key), None)
    # The header sits under the page's navigation, above the story's first paragraph.
    top = _first_prose(lines)
    reach = max(HEADER_LINES, top + 1 if top is not None else 0)
    for pos, line in enumerate(lines[:reach]):
        if line.reason not in _HEADER_REASONS or pos == 0:
            continue
        above = [ln for ln in lines[:pos] if ln.live]
        # The headline heads the lines right above the header (the deck under it); chrome
        # already removed above them separates them from the navigation.
        # (A lone mark removed between them, "–" or "|", does not end the block.)
        block = [
            ln
            for ln in itertools.takewhile(lambda ln: ln.live or not ln.words, reversed(lines[:pos]))
            if ln.live
        ][::-1]
        candidates = [ln for ln in block if _title_like(ln, live) and _headline_sized(ln)]
        candidates = candidates or [ln for ln in above if _title_like(ln, live) and _headline_sized(ln)]
        candidates = [ln for ln in candidates if ln.index not in entries]
        # The first that is not a section name ("사회 노동", "World news": two short words)
        # above a longer headline.
        title = next((ln for ln in candidates if not _section_name(ln)), None)
        title = title or (candidates[0] if candidates else None)
        if title is None:
            break
        browser_title, title = title, _own_headline(title, candidates)
        chrome = above[: above.index(title)]
        if any(
            ln.forced or ln.width > HEADLINE_WIDTH or _ends(_PROSE_END, ln.text)
            for ln in chrome
            if ln is not browser_title
        ):
            break  # story above it: this is no page header, and the line is no headline
        for ln in chrome:
            ln.reason = "page-title" if ln is browser_title else "page-chrome"
        return title
    if _title_like(live[0], live):
        return live[0]
    return _title_above_core(lines, live)


# How many live lines above the story's core its headline may stand (a deck and a few
# buttons between them), and the fewest words it has there.
TITLE_REACH = 6
TITLE_WORDS = 5
CJK_TITLE_WIDTH = 20  # or, written without spaces, this display width


def _title_above_core(lines: list[_Line], live: list[_Line]) -> _Line | None:
    """Without a page header or a headline on top, a page copy's headline is the first
    headline of some words right above the story's core ("AI agents inadvertently leak
    13,000+ internal screenshots…" over its deck, a share bar and "Follow us", under the
    site's menus and sign-up boxes)."""
    core = _story_core(lines)
    if core is None:
        return None
    reach = 0
    # (A long headline reads as prose by its width, and may open the core itself.)
    for line in reversed(lines[: core.start + 1]):
        if not line.live:
            continue
        reach += 1
        if reach > TITLE_REACH:
            break
        long_enough = len(line.words) >= TITLE_WORDS or (
            line.width >= CJK_TITLE_WIDTH and _CJK.search(line.text)
        )
        if long_enough and not line.forced and _title_like(line, live) and line.width <= TITLE_WIDTH:
            # A line the page says again is a list's or a plan's entry, not its headline.
            return None if sum(1 for ln in live if ln.text == line.text) > 1 else line
    return None


def _own_headline(title: _Line, candidates: list[_Line]) -> _Line:
    """A page copy may start with the browser's title, the site's name glued to it ("… -
    CBS News"), above the page's own headline, which words it much the same: that one."""
    if R.site_suffix(title.text) is None:
        return title
    words = set(title.words)
    for line in candidates[candidates.index(title) + 1 :]:
        if not _section_name(line) and R.site_suffix(line.text) is None:
            shared = sum(1 for w in line.words if w in words)
            return line if shared >= OWN_HEADLINE_SHARE * len(line.words) else title
    return title


def _first_prose(lines: list[_Line]) -> int | None:
    """Where the story's first paragraph (a live line of prose) is."""
    return next((pos for pos, ln in enumerate(lines) if _paragraph(ln)), None)


def _last_prose(lines: list[_Line]) -> int | None:
    """Where the story's last paragraph is."""
    return next((pos for pos in range(len(lines) - 1, -1, -1) if _paragraph(lines[pos])), None)


def _paragraph(line: _Line) -> bool:
    """A live line of prose with some words ("U.S." in a menu and a logo's alt text "The
    Verge logo." end with a stop too)."""
    return line.wordy and line.reason is None


# Live lines between two paragraphs that part the story from other prose on the page.
CORE_GAP = 8


class _Core(NamedTuple):
    start: int  # the position of its first paragraph in the lines
    end: int  # the position of its last paragraph
    width: int  # its paragraphs' display width
    page_width: int  # all paragraphs' display width on the page


def _story_core(lines: list[_Line]) -> _Core | None:
    """Where the story's paragraphs start and end: the run of paragraphs with the most
    text, paragraphs that more than CORE_GAP live lines part belonging to different runs
    (a page copy has prose above the story, a ticker or a teaser, and below it, comments
    and other stories' summaries, with menus in between)."""
    best: tuple[int, int] | None = None
    best_size = total = 0
    start = end = -1
    size = gap = 0
    for pos, line in enumerate([*lines, None]):
        if line is not None and not _paragraph(line):
            gap += line.reason is None or line.reason in _CHROME_REASONS
            continue
        if line is None or (start >= 0 and gap > CORE_GAP):
            if start >= 0 and size > best_size:
                best, best_size = (start, end), size
            start, size = -1, 0
        if line is None:
            break
        if start < 0:
            start = pos
        end, size, gap = pos, size + line.width, 0
        total += line.width
    return None if best is None else _Core(best[0], best[1], best_size, total)


# --- pass 4: ad units and menus -----------------------------------------------------------

# A run of this many menu-shaped lines above the story or below it is the page's navigation.
MENU_RUN = 4
# Prose beyond a run of menu items (between it and the page's edge) is a stray line, not a
# block of the story, when the story's core has this many times its width.
STRAY_PROSE = 4
# A menu item: a few words, narrow, no sentence in it ("Podcasts & Shows", "Fox Business").
MENU_ITEM_WORDS = 4
MENU_ITEM_WIDTH = 36
_SENTENCE_MARK = re.compile(r"[.!?。！？]\s*[\"”’」』)]*$")


def _judge_sponsored(lines: list[_Line]) -> None:
    """An ad network's unit above its "Sponsored" mark: a headline and the advertiser's name
    ("This Huge Jet Is Only Used By One Celebrity…" / "investing.com" / "|" / "Sponsored")."""
    for pos, line in enumerate(lines):
        if line.reason is None or not R.SPONSORED_MARK.match(line.raw):
            continue
        unit: list[_Line] = []
        for before in reversed(lines[:pos]):
            if before.reason is not None:
                if unit or before.raw.strip(_SEPARATORS):
                    break  # the unit ends at the previous unit's mark
                continue  # a separator between the unit and its mark: "|"
            if (
                before.forced
                or before.width > HEADLINE_WIDTH
                or _ends(_PROSE_END, before.text)  # the story's sentence, not an ad's headline
                or len(unit) == SPONSORED_UNIT_LINES
            ):
                break
            unit.append(before)
        for ad in unit:
            ad.reason = "promo"


_SEPARATORS = "|·•-–— "
# The lines of one ad unit: its headline and its advertiser's name.
SPONSORED_UNIT_LINES = 2


def _judge_menus(lines: list[_Line]) -> None:
    """Remove the navigation a page copy has above the headline and below the story.

    Above the story's core (see _story_core) and below it, a run of MENU_RUN or more
    lines, menu-shaped or already removed as chrome, at least two of them menu-shaped, is
    a menu, a footer, a tag list or a player's buttons.  Lines with figures are no menu
    items (a price list, a poll's results, a schedule).  The line right above the page
    header (its date or byline) or above the first paragraph is spared: it is where a
    short headline stands.  A run that a line ending in ":" introduces is the story's own
    list.
    """
    core = _story_core(lines)
    if core is None:
        return
    top, bottom, core_width = core.start, core.end, core.width
    spared: set[int] = set()
    for pos in range(top + 1):
        if pos == top or lines[pos].reason in _HEADER_REASONS:
            above = next((ln for ln in reversed(lines[:pos]) if ln.live), None)
            if above is not None:
                spared.add(above.index)
    # A run with prose beyond it (between it and the page's edge) may be the story's own
    # list between blocks of its prose (a diet's foods under a heading, a meal plan's
    # items): it is a menu only with page furniture a rule has named in it or at its edge
    # ("Log In", a share bar, a counter), or when the prose beyond is a stray line (a
    # tracking line, a ticker) next to the core's.
    for first, last in ((0, top), (bottom + 1, len(lines))):
        run: list[int] = []  # the positions of the run's menu items
        length = 0  # the run's lines, removed ones included
        chrome = False  # furniture a rule removed in the run or right before it
        before: _Line | None = None  # the live line the run follows
        for pos in range(first, last + 1):
            line = lines[pos] if pos < last else None
            if line is not None and not line.live:
                length += bool(run) or line.reason in _CHROME_REASONS
                chrome = chrome or line.reason in _CHROME_REASONS
                continue
            if line is not None and line.index not in spared and _menu_item(line):
                run.append(pos)
                length += 1
                continue
            introduced = before is not None and before.text.endswith(_INTRO_ENDS)
            if length >= MENU_RUN and len(run) >= 2 and not introduced:
                beyond = _prose_width(lines[: run[0]] if first == 0 else lines[run[-1] + 1 :])
                if chrome or beyond * STRAY_PROSE <= core_width:
                    for item in run:
                        lines[item].reason = "page-chrome"
            run, length, chrome, before = [], 0, False, line


# Removals that are page furniture, like the menu items around them.
_CHROME_REASONS = frozenset({"page-chrome", "share-bar", "promo", "counter", "media", "tags", "label"})


def _menu_item(line: _Line) -> bool:
    return (
        line.kind == "line"
        and not any(c.isdigit() for c in line.text)
        and not line.forced
        and line.width <= MENU_ITEM_WIDTH
        and len(line.words) <= MENU_ITEM_WORDS
        and not _bulleted(line)
        and (not _SENTENCE_MARK.search(line.text) or _ABBREVIATION.match(line.text) is not None)
    )


# An abbreviation alone: "U.S.", "N. Korea" is no sentence.
_ABBREVIATION = re.compile(r"^(?:[A-Za-z]\.\s?)+(?:[A-Za-z]+)?$")


def _section_name(line: _Line) -> bool:
    """Two words, narrower than a headline: a section name or a breadcrumb."""
    return len(line.words) <= 2 and line.width < HEADLINE_MIN_WIDTH


def _headline_sized(line: _Line) -> bool:
    """Two words or more, or one long run of CJK text: not a breadcrumb or a button."""
    return len(line.words) >= 2 or line.width >= 20


def _title_like(first: _Line, live: list[_Line]) -> bool:
    if len(live) < 2 or first.kind not in ("line", "heading"):
        return False
    if first.width > TITLE_WIDTH or _bulleted(first):
        return False
    if any(cut.reason == "byline" for cut in first.cuts):
        return False  # "[스포츠서울 | 전주=강예진기자] “…": the lead under its byline, broken mid-sentence
    # A headline does not end a sentence; a lead paragraph does.
    return not _ends(_PROSE_END, first.raw)


# --- pass 6: summaries and repetition ----------------------------------------------------


def _remove_repeats(lines: list[_Line], title: _Line | None) -> None:
    """Drop lines that repeat the title or another kept line; the first copy stays.

    Short lines are compared by their words (a headline repeated in brackets is still the
    headline); long ones by their text, which is cheaper and as good for a copied teaser.
    A short line is a copy of the title anywhere, but of another line only near it (a
    doubled caption, a button under its label): further apart, a short line said twice is
    the story's (the same feature under two products of a comparison, a meal plan's
    portion line on two days).
    """
    title_key = " ".join(title.words) if title is not None else ""
    seen: dict[str, int] = {title_key: -1} if title_key else {}  # key -> position of last copy
    candidates = [ln for ln in lines if ln.live and ln is not title and not ln.forced]
    keys = [" ".join(ln.words) if ln.width <= HEADLINE_WIDTH else ln.text for ln in candidates]
    # A line found RECURRING times or more is a part of the story's form (the same question
    # put to each interviewee, a poll's answer, a tweet's sign-off), not a copy of a line.
    recurring = {k for k, n in Counter(keys).items() if n >= RECURRING and k != title_key}
    long_lines: list[_Line] = []
    for pos, (line, key) in enumerate(zip(candidates, keys, strict=True)):
        if key in recurring:
            continue
        if (
            key
            and key in seen
            and (key == title_key or line.width > HEADLINE_WIDTH or pos - seen[key] <= NEAR_REPEAT)
        ):
            line.reason = "duplicate"
            continue
        seen[key] = pos
        if len(line.text) >= DUPLICATE_MIN_CHARS:
            long_lines.append(line)
    # A long line found whole inside a longer kept line is a teaser or a doubled caption:
    # it is found in all long lines more often than it was kept as a line of its own.
    everything = "\n".join(line.text for line in long_lines)
    copies = Counter(line.text for line in long_lines)
    for line in long_lines:
        if everything.count(line.text) > copies[line.text]:
            line.reason = "duplicate"


def _cut_glued_titles(lines: list[_Line], title: _Line, headline: str) -> None:
    """Cut the headline out of a kept line that opens with it, or with a link's label and
    then it ("【動画】製造業の4割… 原油代替調達率 来月は…表明へ政府は、…": a portal copy's link to
    a video, the headline again, then the story's sentence).  Inside a sentence the
    headline's words are the story's.  `headline` is the title without a site's name."""
    if len(headline) < GLUED_TITLE_CHARS:
        return
    for line in lines:
        if not line.live or line is title or line.forced or len(line.text) <= len(headline):
            continue
        at = line.text.find(headline)
        if at < 0 or (at > 0 and not line.text.startswith(R.LINK_LABEL_OPENERS)):
            continue
        if at > 0 and _SENTENCE_MARK.search(line.text[:at]):
            continue  # a sentence before the copy: the line is the story's
        end = at + len(headline)
        line.cuts = [*line.cuts, Removed(line.text[:end].strip(), "duplicate", line.index)]
        _set_text(line, line.text[end:].strip())


def _cut_glued_paper(lines: list[_Line], title: _Line, paper: str | None) -> None:
    """Cut the paper a portal's title names ("…（日テレNEWS NNN） - Yahoo!ニュース") from the
    start of the lead when the copy ran its label into the text: no space after it, and
    another script or a closing bracket where the name meets the sentence
    ("日テレNEWS NNN現在、販売を中止している…")."""
    lead = next((ln for ln in lines if ln.live and ln is not title and not ln.forced and ln.prose), None)
    if not paper or lead is None or not lead.text.startswith(paper):
        return
    after = lead.text[len(paper) : len(paper) + 1]
    if after.isalnum() and (paper.endswith(("）", ")")) or after.isascii() != paper[-1].isascii()):
        lead.cuts = [*lead.cuts, Removed(paper, "label", lead.index)]
        _set_text(lead, lead.text[len(paper) :].strip())


def _set_text(line: _Line, text: str) -> None:
    """Give a line what is left of it after a cut, with its words and shape anew."""
    line.text, line.cached_words = text, None
    _take_shape(line)


def _take_shape(line: _Line) -> None:
    """Whether the line's text reads as prose, and as a paragraph (see _paragraph)."""
    line.prose = line.width > HEADLINE_WIDTH or _ends(R.SENTENCE_END, line.text)
    line.wordy = line.prose and (line.width > MENU_ITEM_WIDTH or len(line.words) >= 5)


# The shortest headline looked for inside other lines, in characters.
GLUED_TITLE_CHARS = 20


# A summary heading that is a button ("본문 요약봇"): never a section head of the story.
_SUMMARY_BUTTON = re.compile(r"요약\s*봇")


def _judge_summaries(lines: list[_Line]) -> None:
    """Under an AI-summary heading, the lines that restate the story go with it.

    The block is the bulleted lines right under the heading (or, without bullets, up to
    SUMMARY_LINES short lines); each must share at least SUMMARY_OVERLAP of its words
    with the story after the block, or it is story and the block ends there.  A heading
    with nothing under it that restates the story is the story's own section head
    ("Summary" over a post's outline) and stays.
    """
    for pos, line in enumerate(lines):
        if line.effect != "opens-summary" or line.reason is None:
            continue
        following = [ln for ln in lines[pos + 1 :] if ln.live and not ln.forced]
        labels: list[_Line] = []
        while following and following[0].width <= LONE_WORD_WIDTH and len(following[0].words) <= 1:
            labels.append(following.pop(0))  # the heading's second word ("요약봇")
        bulleted = bool(following) and _bulleted(following[0])
        block: list[_Line] = []
        for member in following[:SUMMARY_LINES]:
            if _bulleted(member) != bulleted:
                break
            if member.width > HEADLINE_WIDTH:
                # A summary in one paragraph ("본문 요약봇" over three sentences) stands alone.
                if not block and not bulleted:
                    block.append(member)
                break
            if not bulleted and not member.prose:
                # Summary points are sentences; a headline-like line here is the deck's
                # subhead ("…휴게소 대표 메뉴 10종 가격 매달 공개") under a summary button.
                break
            block.append(member)
        story = _vocabulary(following[len(block) :])
        restated = 0
        for member in block:
            # A paragraph of summary is the story's own sentences, nearly word for word; a
            # lead paragraph shares only some of the words of the story under it.
            needed = SUMMARY_PARAGRAPH_OVERLAP if member.width > HEADLINE_WIDTH else SUMMARY_OVERLAP
            if _overlap(member, story) < needed:
                break
            member.reason = "ai-summary"
            restated += 1
        if restated:
            for label in labels:
                label.reason = "ai-summary"
        elif _SUMMARY_BUTTON.search(line.text):
            line.effect = "line"  # a portal's summary button with no summary under it
        else:
            # Nothing under it restates the story: "Summary" is the story's own section head.
            line.reason, line.effect = None, "line"


# --- pass 7: lists and the story's end ---------------------------------------------------------


def _bulleted(line: _Line) -> bool:
    """Whether the line opens with a bullet ("• ", "1. "), not with markdown emphasis."""
    if R.BULLET.match(line.raw) is None:
        return False
    return line.raw[-1:] not in "*_" or R.BULLET.match(R.without_markup(line.raw)) is not None


def _entry_like(line: _Line) -> bool:
    """Could be an entry of a story list: short, and not ending like a sentence of prose."""
    return line.width <= HEADLINE_WIDTH and (_bulleted(line) or not _ends(_ENTRY_END, line.text))


def _prose(line: _Line) -> bool:
    return line.prose


def _judge_lists(lines: list[_Line], title: _Line | None) -> None:
    """Entries under a list heading, and indented link lines amid unindented prose."""
    entries: list[_Line] = []
    for pos, line in enumerate(lines):
        if line.effect != "opens-list" or line.reason is None:
            continue
        for entry in lines[pos + 1 :]:
            if entry.reason in _HEADER_REASONS or entry is title:
                break  # the article's own header (its headline, date or byline) ends the list
            if not entry.live:
                continue
            if entry.forced or not _entry_like(entry):
                break
            entries.append(entry)
    live = [ln for ln in lines if ln.live]
    indented = [ln for ln in live if ln.indent >= 2]
    if indented and len(indented) <= INDENTED_SHARE * len(live):
        # A bulleted line, or a run of indented lines the story introduces with a colon
        # ("It includes three changes:"), is the story's own list, not links.
        introduced = False
        listed = {ln.index for ln in entries}
        for before, ln in zip([None, *live], live, strict=False):
            if ln.indent < 2:
                continue
            if before is None or before.indent < 2:
                introduced = before is not None and before.text.endswith(_INTRO_ENDS)
            if introduced or ln.forced or _bulleted(ln) or not _entry_like(ln) or ln.index in listed:
                continue
            entries.append(ln)
    _judge_entries(lines, entries)


def _judge_trailing(lines: list[_Line]) -> None:
    """Find the story's end and remove the lists that follow it.

    The end is the first boundary line (a rights line, a reporter box, a sign-off, a wire
    credit) with little prose after it; a boundary-like line in mid-story (a photo's
    "ⓒ agency" line, a byline under the headline) is not the end.  After the end every
    headline-like line is a list entry.  A run of at least MIN_LIST_RUN headline-like lines
    at the very end, or below the story's core (see _headline_runs), is a list too.  Prose
    after the end is kept.
    """
    # Paragraphs after a boundary make it a mid-story line; a button's or a prompt's short
    # sentence ("이 기사를 추천합니다.") does not.
    wordy_total = sum(1 for ln in lines if ln.live and ln.wordy)
    prose_before = wordy_before = 0
    end: int | None = None
    for pos, line in enumerate(lines):
        if line.live:
            prose_before += _prose(line)
            wordy_before += line.wordy
        elif (
            line.effect == "boundary"
            and prose_before
            and wordy_total - wordy_before <= max(1, prose_before // 4)
        ):
            end = pos
            break
    candidates: list[_Line] = []
    if end is not None:
        for ln in lines[end + 1 :]:
            if not ln.live or ln.forced:
                continue
            if _entry_like(ln):
                candidates.append(ln)
            elif not ln.wordy:
                ln.reason = "after-end"
    _judge_entries(lines, candidates)
    for run, before in _headline_runs(lines):
        if (
            len(run) >= MIN_LIST_RUN
            and not (before is not None and before.text.endswith(_INTRO_ENDS))
            and 3 * sum(1 for ln in run if _numbered(ln)) < 2 * len(run)
        ):
            # A list the story introduces ("It offers:") is the story's own, and so is a
            # schedule or a ranking, whose entries open with a date or a number ("June 10 –
            # Tampa, FL", "3a etapa: 22 de abril", "16) Polaroid 600").  Without a heading
            # or a story end before them, short lines that share the story's words may be
            # its own too (a list of items); only a list of others' headlines goes.
            _judge_entries(lines, run, unrelated_only=True)
    _judge_site_links(lines)


def _headline_runs(lines: list[_Line]) -> list[tuple[list[_Line], _Line | None]]:
    """Runs of headline-like live lines, each with the live line it follows: the page's
    closing run, and the runs below the story's paragraphs that other blocks part from it
    (a page copy's "latest stories" above its comments, say).  A list's category tag said
    again and again between its headlines ("Artificial Intelligence", "Cybersecurity")
    is part of its run, not a break in it."""
    core = _story_core(lines)
    if core is not None and 2 * core.width < core.page_width:
        # Most of the page's prose is elsewhere: the paragraphs found may be a shop's or a
        # gallery's text between the story's own blocks, so only the closing run is judged.
        core = None
    below = lines[core.end + 1 :] if core else []
    tags = Counter(ln.text for ln in below if ln.live and ln.width <= MENU_ITEM_WIDTH and len(ln.words) <= 3)

    def in_run(ln: _Line) -> bool:
        if ln.forced:
            return False
        return tags[ln.text] >= RECURRING or (_entry_like(ln) and _headline_shaped(ln))

    closing: list[_Line] = []
    end = -1  # the live line the closing run follows
    for pos in range(len(lines) - 1, -1, -1):
        ln = lines[pos]
        if ln.live and not in_run(ln):
            end = pos
            break
        if ln.live:
            closing.append(ln)
    closing.reverse()
    runs: list[tuple[list[_Line], _Line | None]] = []
    run: list[_Line] = []
    before = lines[core.end] if core else None  # a list the story's last paragraph introduces is its own
    for ln in lines[core.end + 1 : end + 1] if core else ():
        if not ln.live:
            continue
        if in_run(ln):
            run.append(ln)
            continue
        if run:
            runs.append((run, before))
        run, before = [], ln
    if run:
        runs.append((run, before))
    if closing:
        runs.append((closing, lines[end] if end >= 0 else None))
    return runs


def _prose_width(lines: list[_Line]) -> int:
    return sum(ln.width for ln in lines if _paragraph(ln))


def _judge_site_links(lines: list[_Line]) -> None:
    """Below the story's last paragraph, lines that carry the same site name as a title
    does ("… - GIGAZINE", "… | 연합뉴스"), two or more of them, are links to the site's
    other stories."""
    last = _last_prose(lines)
    if last is None:
        return
    by_site: dict[str, list[_Line]] = {}
    for line in lines[last + 1 :]:
        if line.live and not line.forced and (suffix := R.site_suffix(line.text)):
            site = suffix[1]
            # A name ("GIGAZINE", "연합뉴스"), not a word ("(Graphic: … - here)").
            if site[:1].isupper() or not site.isascii():
                by_site.setdefault(site, []).append(line)
    for links in by_site.values():
        if len(links) >= 2:
            for link in links:
                link.reason = "related-list"


def _numbered(line: _Line) -> bool:
    """A number among the line's first two words: a schedule's or a ranking's entry."""
    return any(c.isdigit() for w in line.words[:2] for c in w)


# A line ending like this introduces what follows (a list, a quote): it is no headline.
_INTRO_ENDS = (":", "：")
# Parentheses around a whole line make it an aside ("(Graphic: … - here)"), not a headline.
_ASIDE = re.compile(r"^[(（].*[)）]$")
# A headline of another story has at least this many words of two or more characters
# with a letter in them ("VIP : 60,000₩", "Inquiry 02-751-1500" and poll results have
# fewer), or, in Japanese or Chinese (written without spaces), this display width.
HEADLINE_WORDS = 3
CJK_HEADLINE_WIDTH = 14


def _headline_shaped(line: _Line) -> bool:
    """Could be another story's headline in a list that nothing announces: several words,
    not an aside in parentheses, not a line introducing what follows."""
    text = line.text
    if text.endswith(_INTRO_ENDS) or _ASIDE.match(text):
        return False
    words = 0
    for w in line.words:
        if len(w) >= 2 and not w.isdigit():
            words += 1
            if words >= HEADLINE_WORDS:
                return True
    return line.width >= CJK_HEADLINE_WIDTH and _CJK.search(text) is not None


def _judge_entries(lines: list[_Line], entries: list[_Line], *, unrelated_only: bool = False) -> None:
    """Remove list entries, naming each related or unrelated to the story.

    With `unrelated_only` (a run of headlines nothing announces) the unrelated ones go only
    if they are at least half the run: a list of others' headlines is mostly unrelated, and
    when most entries share the story's words, the few that do not are the story's too.
    The related ones stay, unless the unrelated ones are two thirds of the run: then it is
    others' headlines whole.
    """
    if not entries:
        return
    chosen = {ln.index for ln in entries}
    story = _vocabulary(ln for ln in lines if ln.live and ln.index not in chosen and _prose(ln))
    related = [_overlap(entry, story) >= RELATED_OVERLAP for entry in entries]
    unrelated = related.count(False)
    if unrelated_only and 2 * unrelated < len(entries):
        return
    # A run that is mostly others' headlines is a list whole: its few entries that share
    # the story's words are related stories ("Samsung Galaxy S24 Review" under a Samsung story).
    whole = not unrelated_only or unrelated * LIST_MAJORITY_DEN >= len(entries) * LIST_MAJORITY_NUM
    for entry, is_related in zip(entries, related, strict=True):
        if not is_related:
            entry.reason = "headline-list"
        elif whole:
            entry.reason = "related-list"


# A run of headlines nothing announces whose unrelated entries are at least this share of
# it is a list whole, its related entries included.
LIST_MAJORITY_NUM, LIST_MAJORITY_DEN = 2, 3


def _units(line: _Line) -> list[str]:
    """The units lexical overlap counts: words of two characters or more, except English
    function words; Japanese and Chinese runs (written without spaces) as character pairs."""
    words = line.words
    if not _cjk_lead_bytes(line.text):  # no Japanese or Chinese in the line: most lines
        return [w for w in words if len(w) >= 2 and w not in _FUNCTION_WORDS]
    units: list[str] = []
    for w in words:
        if _cjk_word(w):
            units.extend(_pairs(w))
        elif len(w) >= 2 and w not in _FUNCTION_WORDS:
            units.append(w)
    return units


def _cjk_word(word: str) -> bool:
    """A Japanese or Chinese run (written without spaces).  ASCII words and words that
    start with a Hangul syllable are spared the search: they are most words."""
    return not word.isascii() and not ("\uac00" <= word[0] <= "\ud7a3") and _CJK.search(word) is not None


def _vocabulary(lines: Iterable[_Line]) -> set[str]:
    """The story's words, each also without its last character (in Korean often a
    particle: "스타트업에" gives "스타트업"), and the character pairs of Japanese and
    Chinese runs.  The first VOCABULARY_CHARS of the story carry its topic; reading no
    further keeps this cheap on long stories.  (Function words may be in it: `_overlap`
    never looks them up.)"""
    text = ""
    for line in lines:
        text += line.text + "\n"
        if len(text) >= VOCABULARY_CHARS:
            break
    text = text[:VOCABULARY_CHARS]
    words = set(tokens(text))
    # Each word also without its last character, sliced in C (map): the prefixes this adds
    # for words of one or two characters are never looked up (`_overlap` asks for two or more).
    vocabulary = words.union(map(_ALL_BUT_LAST, words))
    # Character pairs of the Japanese and Chinese runs, found in one pass over the text;
    # a text without two such characters (a Korean or English story) is spared the pass.
    if _cjk_lead_bytes(text) >= 2:
        vocabulary.update(pair for run in _CJK_RUN.findall(text) for pair in _pairs(run))
    return vocabulary


_ALL_BUT_LAST = operator.itemgetter(slice(None, -1))


def _pairs(word: str) -> list[str]:
    return [word[i : i + 2] for i in range(len(word) - 1)]


def _overlap(line: _Line, vocabulary: set[str]) -> float:
    """The share of a line's units the story's vocabulary holds."""
    units = _units(line)
    if not units or not vocabulary:
        return 0.0
    hits = sum(1 for w in units if w in vocabulary or (len(w) >= 3 and w[:-1] in vocabulary))
    return hits / len(units)


_CJK = re.compile("[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]")
_CJK_RUN = re.compile("[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]{2,}")
# Every character of _CJK starts with one of these bytes in UTF-8 (E3: U+3000-U+3FFF,
# E4-E9: U+4000-U+9FFF, EF: U+F000-U+FFFF); Hangul starts with EA-ED.
_NOT_CJK_LEADS = bytes(b for b in range(256) if not (0xE3 <= b <= 0xE9 or b == 0xEF))


def _cjk_lead_bytes(text: str) -> int:
    """At least as many as the text's characters of _CJK, counted in C."""
    return len(text.encode("utf-8", "surrogatepass").translate(None, _NOT_CJK_LEADS))


_FUNCTION_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "it",
        "its",
        "this",
        "that",
        "how",
        "what",
        "why",
        "who",
        "when",
        "where",
        "did",
        "does",
        "do",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "not",
        "no",
        "new",
        "after",
        "over",
    ]
)


# --- pass 8: islands ------------------------------------------------------------------------

# A stretch of page furniture outside the story's core: at least this many removed lines,
# and at least ISLAND_SHARE of the stretch.
ISLAND_MIN_REMOVED = 4
ISLAND_SHARE = 2 / 3
# The most kept lines in a row an island has.
ISLAND_LINES = 2


def _judge_islands(lines: list[_Line], title: _Line | None) -> None:
    """Short lines left between the removed lines of the page's furniture go with it.

    Outside the story's core, a stretch of lines that are either removed or short and not
    prose ("View Laptop and PC Coupons" amid a menu, "Follow us" and "Newsletter" amid a
    share bar and its prompts) is furniture when its removed lines are most of it; prose,
    the headline and lines the source's overrides keep end a stretch.  Between the headline
    and the story, where the deck's lines sit among the date, the byline and the buttons,
    only a button's few words go.
    """
    if sum(1 for line in lines if not line.live) < ISLAND_MIN_REMOVED:
        return
    core = _story_core(lines)
    if core is None:
        return
    title_pos = next((pos for pos, line in enumerate(lines) if line is title), -1)

    def judge(stretch: list[_Line], header: bool) -> None:
        removed = sum(1 for ln in stretch if not ln.live)
        if removed < ISLAND_MIN_REMOVED or removed < ISLAND_SHARE * len(stretch):
            return
        # Only islands go: a longer run of kept lines is a list of its own (tour dates).
        for _, group in itertools.groupby(stretch, key=operator.attrgetter("live")):
            island = list(group)
            if not island[0].live or len(island) > ISLAND_LINES:
                continue
            for ln in island:
                if not header or (ln.width <= MENU_ITEM_WIDTH and len(ln.words) < MENU_ITEM_WORDS):
                    ln.reason = "page-chrome"

    # Above the core, then below it (the core itself ends a stretch).
    for lo, hi in ((0, core.start), (core.end + 1, len(lines))):
        stretch: list[_Line] = []
        for pos in range(lo, hi):
            line = lines[pos]
            if (
                line is title
                or line.forced
                or (line.reason is None and (line.prose or line.width > HEADLINE_WIDTH))
            ):
                judge(stretch, title_pos < pos <= core.start)
                stretch = []
            else:
                stretch.append(line)
        judge(stretch, title_pos < hi == core.start)


# --- pass 9: roles -----------------------------------------------------------------------------


def _assign_roles(lines: list[_Line], title: _Line | None) -> None:
    """Title, the deck of subheads under it, section heads between paragraphs, body."""
    live = [ln for ln in lines if ln.live]
    if not live:
        return
    if title is not None and title.live:
        title.role = "title"
        title.text, title.cuts = title.raw, ()  # a headline keeps its brackets and labels
    deck = title is not None
    deck_heads: set[int] = set()  # the subheads of the deck under the title
    standfirst = _standfirst(lines, title)
    for pos, line in enumerate(live):
        if line.role == "title":
            continue
        if line.index in standfirst:
            line.role = "subhead"
            deck_heads.add(line.index)
            continue
        if line.kind == "heading":
            line.role = "subhead"
            continue
        if deck and line.kind == "line":
            if (
                line.width <= LONE_WORD_WIDTH
                and len(line.words) <= 1
                and not _bulleted(line)
                and not _ends(R.SENTENCE_END, line.text)
                and not line.forced
            ):
                # A lone word between headline and story: a site name, a player button.
                line.reason = "page-chrome"
                continue
            if _subhead_like(line, deck=True):
                line.role = "subhead"
                deck_heads.add(line.index)
                continue
        deck = False
        line.role = "body"
        if line.kind != "line" or not _subhead_like(line, deck=False):
            continue
        # Only a line shaped like a section head needs its neighbours looked up.  A head
        # stands over a paragraph (one that may introduce a list: "The plans are now:")
        # and under a paragraph or the title; a question the story answers ("Can I pay
        # less?") may also follow a list, or the deck ("What happened?" under the standfirst).
        after = next((ln for ln in live[pos + 1 :] if ln.live), None)
        before = next((ln for ln in reversed(live[:pos]) if ln.live), None)
        question = line.text.endswith(("?", "？"))
        if (
            after is not None
            and (_prose(after) or after.text.endswith(_INTRO_ENDS))
            and (
                before is None
                or (before.role != "subhead" and (_prose(before) or before.role == "title" or question))
                or (question and before.index in deck_heads)
            )
        ):
            line.role = "subhead"


# Lines a standfirst may take between the headline and the byline or date under it.
STANDFIRST_LINES = 2


def _standfirst(lines: list[_Line], title: _Line | None) -> set[int]:
    """The standfirst: a sentence or two between the headline and the page header (the
    byline or date line) under it, as page copies print it ("The vote clears the way for
    tolls …" over "By Emily Carter")."""
    if title is None or not title.live:
        return set()
    between: list[_Line] = []
    below = next(pos for pos, line in enumerate(lines) if line is title) + 1
    for line in lines[below:]:
        if line.reason in _HEADER_REASONS:
            return {ln.index for ln in between} if between else set()
        if not line.live:
            continue
        if len(between) == STANDFIRST_LINES or line.kind != "line" or line.width > TITLE_WIDTH or line.forced:
            return set()
        between.append(line)
    return set()


# Removals that are judgements of shape or context, which a story line could be mistaken
# for; rights lines, addresses, links and overrides are never story.
_SOFT_REASONS = frozenset(
    {
        "related-list",
        "headline-list",
        "duplicate",
        "caption",
        "label",
        "page-chrome",
        "media",
        "ai-summary",
        "counter",
    }
)


def _keep_some_story(lines: list[_Line]) -> None:
    """An article always keeps a body when it has story-like text: when in doubt, keep.

    Without a body line, the subheads (or the lone title) are the body; with no kept line
    at all, the longest line a shape judgement removed is restored.
    """
    kept = [ln for ln in lines if ln.live]
    if any(ln.role == "body" for ln in kept):
        return
    if kept:
        for ln in kept:
            if ln.role in ("subhead", "title") and (ln.role == "subhead" or len(kept) == 1):
                ln.role = "body"
        return
    soft = [ln for ln in lines if ln.reason in _SOFT_REASONS and ln.words]
    if soft:
        line = max(soft, key=lambda ln: ln.width)
        line.reason, line.role = None, "body"


def _subhead_like(line: _Line, *, deck: bool) -> bool:
    text = line.text
    wrapped = deck and _WRAPPED.match(text)
    if line.width > (HEADLINE_WIDTH if wrapped else SUBHEAD_WIDTH):
        return False
    if any(cut.reason == "cue" for cut in line.cuts) or not line.words:
        return False
    if _bulleted(line):
        # "-AI가 가장 유용하게 활용될 분야는 어디인가." is an interview question, not a head.
        return not _ends(_PROSE_END, text) and not text.endswith(("?", "？"))
    if text.endswith((":", "：")):
        return False
    if not deck:
        # Between paragraphs only a short line with no sentence end reads as a section head,
        # or a short question that the paragraphs under it answer ("What happens next?").
        if text.endswith(('"', "”", "’", "'")):
            return False
        if text.endswith(("?", "？")):
            # A polite spoken question ("…끝납니까?") is an anchor's line, not a head.
            return len(line.words) <= QUESTION_HEAD_WORDS and not _SPOKEN_QUESTION.search(text)
        return not _ends(R.SENTENCE_END, text)
    return not _ends(R.SENTENCE_END, text) or text.endswith('"')


# --- rights ------------------------------------------------------------------------------------

_RIGHTS_STOP = re.compile(
    # (A photographer after a slash: "(c)AFP/Aminu ABUBAKAR".)
    r"\s*(?:[,.。、|]\s|[,。、|]|\.$|\s[-–]\s|/(?=\s*[A-Z])|all\s+rights|무단|재배포|無断|転載|ai\s*학습|$)",
    re.IGNORECASE,
)
_CLOSER = {"<": ">", "[": "]", "(": ")", "【": "】", "＜": "＞", "［": "］"}
# A rights sentence, not a holder's name: "이 콘텐츠의 저작권은 저작권자 또는 제공처에 있으며".
_NOT_A_NAME = re.compile(r"(?:^|\s)(?:또는|및)(?:\s|$)|있으며|있습니다|니다$")
# (A Korean site's source line names the holder too: "출처 : 연합인포맥스(https://…)".)
_RIGHTS_MARK = re.compile(rf"{R.COPYRIGHT_SIGN}|저작권자|^(?:출처\s*[:：]|\[출처\])", re.IGNORECASE)
_RIGHTS_MARKS = re.compile(rf"(?:\s*(?:{R.COPYRIGHT_SIGN}|저작권자|출처\s*[:：]|\[출처\]))+", re.IGNORECASE)
# A publisher's slogan in quotes, and its web address, around its name in a rights line.
_DANGLING = re.compile(r"(?:\s*(?:&|and|및|/|\+))+$", re.IGNORECASE)
_RIGHTS_SLOGAN = re.compile(r"['‘\"“][^'’\"”]{1,40}['’\"”]")
_RIGHTS_URL = re.compile(
    r"\(?\s*(?:https?://)?(?:www\.)?(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?\s*\)?", re.IGNORECASE
)


_RIGHTS_YEARS = re.compile(r"\b(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\b")
_RIGHTS_BY = re.compile(r"^\s*by\s+", re.IGNORECASE)
_RIGHTS_LEAD = re.compile(
    r"^\s*(?:since\s+)?(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*[,.]", re.IGNORECASE
)
_RUN_OF_SPACES = re.compile(r"\s+")
_URL_LEAD = re.compile(r"^\W*(?:https?://)?(?:www\.)?")


def _bare_domain(text: str) -> str:
    """The host a web address names, without scheme, "www." or path: "dongA.com"."""
    host = _URL_LEAD.sub("", text.strip()).split("/")[0]
    return host.strip(" ()[],.:;")


def parse_rights(line: str) -> tuple[str | None, str | None]:
    """Read a rights line: ("Copyright © Holder", "Holder"), or (None, None).

    "Copyright © 서울경제. 무단전재 및 재배포 금지." gives ("Copyright © 서울경제", "서울경제");
    a Korean site's source line, "출처 : 연합인포맥스(https://…)", gives (None, "연합인포맥스");
    "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>" gives ("저작권자(c) 연합뉴스", "연합뉴스");
    a slogan or address around the name is not part of it ("'인공지능 전문미디어' AI타임스
    (http://www.aitimes.com)" names "AI타임스").
    """
    text = R.without_markup(line).strip()
    if text[:1] in _CLOSER and text.endswith(_CLOSER[text[0]]):
        text = text[1:-1].strip()  # "<저작권자 …>", "[© …]": the brackets wrap the whole line
    mark = _RIGHTS_MARK.search(text)
    if mark is None:
        return None, None
    marks = _RIGHTS_MARKS.match(text, mark.start())
    assert marks is not None  # it starts where _RIGHTS_MARK matched
    after = text[marks.end() :]
    # A year or "Since 1996" and a comma before the holder: "Copyright(c) Since 1996,
    # MBC&iMBC", "Copyright © 2025, Los Angeles Times | …".
    lead = _RIGHTS_LEAD.match(after)
    skip = lead.end() if lead else 0
    rest = after[skip:]
    stop = _RIGHTS_STOP.search(_RIGHTS_URL.sub(lambda m: "_" * len(m.group(0)), rest), 1)
    holder_part = rest[: stop.start()] if stop else rest
    rights = (text[mark.start() : marks.end()] + after[:skip] + holder_part).strip(" ,.:;")
    holder = _RIGHTS_YEARS.sub(" ", holder_part)
    named = _RIGHTS_URL.sub(" ", holder)
    # A holder that is only a web address ("ⓒ dongA.com") is named by it.
    holder = named if named.strip(" ,.:;-&/") else _bare_domain(holder)
    unquoted = _RIGHTS_SLOGAN.sub(" ", holder)
    holder = unquoted if unquoted.strip(" ,.:;-") else holder.strip(" '‘’\"“”")
    holder = _RIGHTS_BY.sub("", holder.strip())
    holder = _RUN_OF_SPACES.sub(" ", holder).strip(" ,.:;-")
    # A connector left dangling by a cut web address: "매일경제 & mk.co.kr".
    holder = _DANGLING.sub("", holder).strip(" ,.:;-")
    holder = holder.strip(" []<>【】")  # "ⓒ [아주경제 ajunews.com]": the brackets around the name
    if _NOT_A_NAME.search(holder):
        return None, None  # a sentence about rights ("…저작권자 또는 제공처에 있으며"), no rights line
    if mark.group().startswith(("출처", "[출처")):
        rights = ""  # a source line names the paper but states no rights
    if not holder or len(holder) > 60:
        return rights or None, None
    return rights or None, holder
