"""Whether an optimization changed what feedpipe produces: record, then compare.

    PYTHONPATH=. python bench/equivalence.py record [--out FILE]   # before changing code
    PYTHONPATH=. python bench/equivalence.py check [--out FILE]    # after: 0 differences

Covers `feedpipe.clean(text).to_dict()` plus `story.order` and the removals' indices for
every text of the dev corpus, the test fixtures and the seeds (each also with its lines in
reverse order and cut in half, to reach more of the cleaner's branches), and
`pipeline.html_story_text` for every page of the extraction benchmark.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import feedpipe
from feedpipe.errors import SourceError
from feedpipe.pipeline import html_story_text

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
TEXTS = [SHARED / "corpus" / "news-dev", ROOT / "tests" / "fixtures", ROOT / "seeds"]
PAGES = SHARED / "bench" / "article-extraction" / "html"


def variants(text: str) -> dict[str, str]:
    """The text as it is, with its lines reversed, and its first half."""
    lines = text.splitlines()
    return {"": text, "#reversed": "\n".join(reversed(lines)), "#half": "\n".join(lines[: len(lines) // 2])}


def outcome(text: str) -> Any:
    """What the pipeline makes of a text: the story's JSON, order and removal indices."""
    try:
        story = feedpipe.clean(text)
    except SourceError as exc:
        return {"error": str(exc)}
    return {**story.to_dict(), "order": story.order, "removed_at": [r.index for r in story.removed]}


def results() -> dict[str, Any]:
    """Every input's outcome, keyed by its path (and variant)."""
    out: dict[str, Any] = {}
    for base in TEXTS:
        for path in sorted(base.rglob("*.txt")):
            for suffix, text in variants(path.read_text(encoding="utf-8", errors="replace")).items():
                out[f"{path.relative_to(base.parent)}{suffix}"] = outcome(text)
    for path in sorted(PAGES.glob("*.html")):
        out[f"html/{path.name}"] = html_story_text(path.read_text(encoding="utf-8", errors="replace"))
    return out


def main() -> int:
    """Record or check the outcomes; print the differences."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("mode", choices=["record", "check"])
    parser.add_argument("--out", type=Path, default=Path("/tmp/feedpipe-equivalence.json"))
    args = parser.parse_args()
    now = results()
    if args.mode == "record":
        args.out.write_text(json.dumps(now, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
        print(f"recorded {len(now)} outcomes in {args.out}")
        return 0
    before = json.loads(args.out.read_text(encoding="utf-8"))
    now = json.loads(json.dumps(now, ensure_ascii=False, default=str))
    differ = sorted(k for k in before.keys() | now.keys() if before.get(k) != now.get(k))
    for key in differ[:20]:
        print(f"DIFFERS: {key}")
    print(f"{len(now)} outcomes, {len(differ)} differences")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
