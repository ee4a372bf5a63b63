"""The text cleaner on whole pages' text: story lines lost and boilerplate lines leaked.

A scraper that stores a page's visible text (a browser's select-all, a crawler's
`get_text("\\n")`) hands the cleaner the page's menus, comments and footers as plain lines.
This script makes such text from each of the 181 benchmark pages in
../shared/bench/article-extraction (one line per block element, scripts and styles
dropped), cleans it as plain text, and compares every line with the page's true article
body:

- a story line is one of MIN_WORDS words or more found whole in the truth; it is lost
  when the cleaner does not keep it;
- a boilerplate line is one not found in the truth; it leaked when the cleaner keeps it.
  (Short lines found in the truth, "Home" or "News", count as neither.)

Prints the totals, the lost lines by the rule that took them, and with --pages the pages
that leak most.  The truth is the benchmark's hand-checked body, which keeps a few rights
and credit lines; a "lost" copyright line is such a line.

Usage: python bench/pagetext.py [--data DIR] [--pages N] [--lost]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

import lxml.html

from feedpipe.cleaner import clean
from feedpipe.pipeline import read_document
from feedpipe.text import tokens

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "bench" / "article-extraction"
# Lines of fewer words found in the truth ("Home", "Sports") are too short to say.
MIN_WORDS = 6
_BLOCKS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "pre",
        "blockquote",
        "table",
        "tr",
        "td",
        "th",
        "section",
        "article",
        "header",
        "footer",
        "figure",
        "figcaption",
        "nav",
        "aside",
        "main",
        "form",
        "dd",
        "dt",
        "dl",
        "address",
    ]
)
_HIDDEN = ("script", "style", "noscript", "template", "svg", "head", "iframe", "select", "option", "button")


def page_text(html: str) -> str:
    """The page's visible text, a line per block element, as a scraper would store it."""
    root = lxml.html.fromstring(html)
    for element in root.xpath("|".join(f"//{tag}" for tag in _HIDDEN)):
        element.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag in _BLOCKS:
            element.text = "\n" + (element.text or "")
            element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=DATA, help="the benchmark (default: %(default)s)")
    parser.add_argument("--pages", type=int, default=0, help="list the N pages that leak most")
    parser.add_argument("--lost", action="store_true", help="list every lost story line")
    args = parser.parse_args()

    truth = json.loads((args.data / "truth.json").read_text(encoding="utf-8"))
    story = lost = boilerplate = leaked = 0
    lost_by_rule: Counter[str] = Counter()
    lost_lines: dict[str, list[str]] = defaultdict(list)
    per_page: list[tuple[int, int, str]] = []
    for page_id, entry in sorted(truth.items()):
        html = (args.data / "html" / f"{page_id}.html").read_text(encoding="utf-8")
        true_text = f" {' '.join(tokens(entry['articleBody']))} "
        document, _ = read_document(page_text(html), source=page_id, html=False)
        cleaned = clean(document)
        kept = {k.index for k in cleaned.kept}
        reasons = {r.index: r.reason for r in cleaned.removed}
        page_leaked = page_boilerplate = 0
        for index, block in enumerate(document.blocks):
            words = tokens(block.text)
            if not words:
                continue
            if f" {' '.join(words)} " in true_text:
                if len(words) < MIN_WORDS:
                    continue
                story += 1
                if index not in kept:
                    lost += 1
                    rule = reasons.get(index, "?")
                    lost_by_rule[rule] += 1
                    lost_lines[rule].append(f"{page_id[:8]}  {block.text[:100]}")
            else:
                page_boilerplate += 1
                page_leaked += index in kept
        boilerplate += page_boilerplate
        leaked += page_leaked
        per_page.append((page_leaked, page_boilerplate, f"{page_id[:8]}  {entry['url'][:70]}"))

    print(
        f"pages {len(truth)}  story lines lost {lost}/{story} ({lost / story:.1%})  "
        f"boilerplate lines leaked {leaked}/{boilerplate} ({leaked / boilerplate:.1%})"
    )
    print("lost by rule:", ", ".join(f"{rule} {n}" for rule, n in lost_by_rule.most_common()) or "none")
    if args.lost:
        for rule, lines in lost_lines.items():
            print(f"## {rule}")
            for line in lines:
                print(f"   {line}")
    for page_leaked, page_boilerplate, name in sorted(per_page, reverse=True)[: args.pages]:
        print(f"{page_leaked:5}/{page_boilerplate:<5} {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
