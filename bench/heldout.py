"""What the cleaner removes that is story, on held-out HTML pages with a true article body.

Reads ../shared/bench/article-extraction (pages from many publishers that the rules were
not written for), runs extraction and the cleaner on each page, and prints:

- every block the cleaner removed whole that is in the page's true `articleBody`,
  grouped by rule name, with examples (a story line a rule took: a lost line on an
  unseen publisher, unless it is a rights or credit line the truth happens to include);
- span cuts that took ten or more words of the true body;
- the share of the truth's lines that extraction found but the cleaner lost, by cause;
- the same pages' true bodies cleaned as plain text, one line a paragraph: every line
  removed from them is story (or a rights or credit line the truth includes), by rule;
- the benchmark's recall (4-word shingles, macro-averaged) of the extracted blocks and of
  the blocks the cleaner keeps, title left out, in page order.  (`pipeline.html_story_text`
  puts subheads before paragraphs, which breaks the shingles across them; this figure
  is the cleaner's own loss.)

Text is compared by its lower-cased word tokens, so whitespace and punctuation do not
matter.  A removed block counts as story when it is a whole line of the truth, or when
it has at least MIN_WORDS words and occurs inside the truth.

Usage: python bench/heldout.py [--data DIR] [--examples N] [--limit N] [--rule NAME]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from feedpipe.cleaner import clean
from feedpipe.extract import extract_text
from feedpipe.model import Cleaned, PageMeta, Removed
from feedpipe.pipeline import read_document
from feedpipe.text import clean_line, tokens

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "bench" / "article-extraction"
# A removed block this many words long that occurs inside the truth is story, not chance.
MIN_WORDS = 4
# A span cut this many words long that occurs inside the truth took story text.
MIN_CUT_WORDS = 10


def key(text: str) -> str:
    """A text as the comparison sees it: its lower-cased word tokens, space-separated
    (invisible characters such as soft hyphens dropped first, as the cleaner does)."""
    return " ".join(tokens(clean_line(text)))


def contains(haystack: str, needle: str) -> bool:
    """Whether the token string `needle` occurs in `haystack` on word boundaries."""
    return bool(needle) and f" {needle} " in f" {haystack} "


def _count(haystack: str, needle: str) -> int:
    return f" {haystack} ".count(f" {needle} ")


_WORD = re.compile(r"\w+")


def shingle_recall(truth: str, predicted: str) -> float:
    """The benchmark's recall: the share of the truth's 4-word shingles (multiset) found."""

    def shingles(text: str) -> Counter[tuple[str, ...]]:
        words = _WORD.findall(text)
        return Counter(tuple(words[i : i + 4]) for i in range(max(1, len(words) - 3)))

    want, got = shingles(truth), shingles(predicted)
    return sum(min(n, got[k]) for k, n in want.items()) / max(1, sum(want.values()))


@dataclass
class Tally:
    """Findings over all pages."""

    removed: dict[str, list[tuple[str, str]]] = field(default_factory=lambda: defaultdict(list))
    cuts: dict[str, list[tuple[str, str]]] = field(default_factory=lambda: defaultdict(list))
    truth_lines: int = 0
    found_lines: int = 0
    lost: Counter[str] = field(default_factory=Counter)
    lost_examples: dict[str, list[tuple[str, str]]] = field(default_factory=lambda: defaultdict(list))
    text_lines: int = 0
    text_removed: dict[str, list[tuple[str, str]]] = field(default_factory=lambda: defaultdict(list))
    recall_extracted: list[float] = field(default_factory=list)
    recall_kept: list[float] = field(default_factory=list)


def judge_page(page: str, html: str, body: str, tally: Tally) -> None:
    """Add one page's removals and lost truth lines to the tally."""
    document, _ = read_document(html, source=page, html=True)
    cleaned: Cleaned = clean(document)
    truth = key(body)
    truth_lines = {key(line) for line in body.split("\n")} - {""}
    extracted = " \n ".join(key(b.text) for b in document.blocks)
    kept = " \n ".join(key(k.text) for k in cleaned.kept)
    tally.recall_extracted.append(shingle_recall(body, "\n".join(b.text for b in document.blocks)))
    tally.recall_kept.append(
        shingle_recall(body, "\n".join(k.text for k in cleaned.kept if k.role != "title"))
    )
    whole: list[Removed] = []
    cuts: list[Removed] = []
    for r in cleaned.removed:
        # A span cut shares its block with a kept line; a whole-line removal does not.
        (cuts if any(k.index == r.index for k in cleaned.kept) else whole).append(r)
    for r in whole:
        k = key(r.text)
        if not k or not (k in truth_lines or (len(k.split()) >= MIN_WORDS and contains(truth, k))):
            continue
        if r.reason == "duplicate" and _count(kept, k) >= _count(truth, k):
            continue  # the truth has it no more often than the cleaner kept it
        tally.removed[r.reason].append((page, r.text))
    for r in cuts:
        k = key(r.text)
        if len(k.split()) >= MIN_CUT_WORDS and contains(truth, k):
            tally.cuts[r.reason].append((page, r.text))
    for line in truth_lines:
        tally.truth_lines += 1
        if not contains(extracted, line):
            continue  # extraction missed it: not the cleaner's loss
        tally.found_lines += 1
        if contains(kept, line):
            continue
        cause = next(
            (
                r.reason
                for r in whole
                if key(r.text) and (contains(line, key(r.text)) or contains(key(r.text), line))
            ),
            None,
        )
        if cause is None:
            cause = next(
                (f"cut:{r.reason}" for r in cuts if key(r.text) and contains(line, key(r.text))), "other"
            )
        tally.lost[cause] += 1
        tally.lost_examples[cause].append((page, line))


def judge_text(page: str, body: str, tally: Tally) -> None:
    """Clean a true body as plain text and add the lines it removed to the tally."""
    document = extract_text(body, page, PageMeta())
    cleaned = clean(document)
    kept = {k.index for k in cleaned.kept}
    tally.text_lines += len(document.blocks)
    for r in cleaned.removed:
        if r.index not in kept:
            tally.text_removed[r.reason].append((page, r.text))


def report(tally: Tally, examples: int, only: str | None) -> None:
    """Print the tally: removals in the truth by rule, cuts, and the lost-line share."""
    print("Blocks removed whole that are in the true article body, by rule:")
    for reason, hits in sorted(tally.removed.items(), key=lambda kv: -len(kv[1])):
        if only and reason != only:
            continue
        print(f"  {reason:16} {len(hits):4}  (on {len({p for p, _ in hits})} pages)")
        for page, text in hits[:examples]:
            print(f"      {page[:8]}  {text[:150]!r}")
    print("Span cuts of ten words or more inside the true body, by rule:")
    for reason, hits in sorted(tally.cuts.items(), key=lambda kv: -len(kv[1])):
        print(f"  {reason:16} {len(hits):4}")
        for page, text in hits[:examples]:
            print(f"      {page[:8]}  {text[:150]!r}")
    removed = sum(len(hits) for hits in tally.text_removed.values())
    print(
        f"True bodies as plain text: {tally.text_lines} lines, removed {removed} "
        f"({removed / max(1, tally.text_lines):.2%}), by rule:"
    )
    for reason, hits in sorted(tally.text_removed.items(), key=lambda kv: -len(kv[1])):
        print(f"  {reason:16} {len(hits):4}  (on {len({p for p, _ in hits})} pages)")
        if only is None or reason == only:
            for page, text in hits[:examples]:
                print(f"      {page[:8]}  {text[:150]!r}")
    lost = sum(tally.lost.values())
    share = lost / tally.found_lines if tally.found_lines else 0.0
    print(
        f"Truth lines: {tally.truth_lines}, found by extraction: {tally.found_lines}, "
        f"lost by the cleaner: {lost} ({share:.2%})"
    )
    n_pages = len(tally.recall_kept) or 1
    print(
        f"Shingle recall (macro, {n_pages} pages): extracted {sum(tally.recall_extracted) / n_pages:.3f}, "
        f"kept by the cleaner {sum(tally.recall_kept) / n_pages:.3f}"
    )
    for cause, n in tally.lost.most_common():
        print(f"  {cause:16} {n:4}")
        if only is None or cause == only:
            for page, line in tally.lost_examples[cause][:examples]:
                print(f"      {page[:8]}  {line[:150]!r}")


def main() -> None:
    """Run the cleaner over the held-out pages and print what it took from the story."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--examples", type=int, default=4, help="examples shown per rule")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--rule", default=None, help="show only this rule's removals")
    args = parser.parse_args()
    truth = json.loads((args.data / "truth.json").read_text(encoding="utf-8"))
    tally = Tally()
    for page in sorted(truth)[: args.limit]:
        html = (args.data / "html" / f"{page}.html").read_text(encoding="utf-8")
        judge_page(page, html, truth[page]["articleBody"], tally)
        judge_text(page, truth[page]["articleBody"], tally)
    report(tally, args.examples, args.rule)


if __name__ == "__main__":
    main()
