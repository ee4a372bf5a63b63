"""`feedpipe clean --explain`: every raw line of an article with the cleaner's verdict.

    path: language ko, publisher 서울경제, rights Copyright © 서울경제
       1  title     "韓, 챗GPT 활용 가장 독창적"···K스타트업에 투자·협업 늘린다
       2  subhead   ◆ 오픈AI, 韓과 협력 강화 추진
       8  body      [머니투데이 김상희 기자] 더 이상의 확인은 …
                    - cut [byline] [머니투데이 김상희 기자]
      14  removed   [copyright] Copyright © 서울경제. 무단전재 및 재배포 금지.
      15  removed   [headline-list] - 송혜교 또 뜻깊은 선행…

Line numbers are the file's (1-based, blank lines counted, not shown).  A user who
disagrees with a verdict adds a `keep` or `drop` pattern for the source in config.toml.
"""

from __future__ import annotations

from pathlib import Path

from feedpipe.cleaner import Overrides, clean
from feedpipe.model import Cleaned, Kept, Removed
from feedpipe.normalize import normalize
from feedpipe.pipeline import HTML_SUFFIXES, read_article, read_document
from feedpipe.text import split_lines

# Removal rules whose line is the story's byline rather than boilerplate.
BYLINE_RULES = frozenset({"byline", "sign-off", "wire-credit"})
TEXT_WIDTH = 100


def explain_file(path: Path, overrides: Overrides | None = None) -> str:
    """The explanation of one article file (see the module docstring for the layout)."""
    html = True if path.suffix.lower() in HTML_SUFFIXES else None
    document, text = read_document(read_article(path), source=str(path), html=html)
    # An HTML page's blocks are not lines of the file: number them as blocks instead.
    lines = text if document.blocks and all(b.kind == "line" for b in document.blocks) else None
    return explain(lines, clean(document, overrides))


def explain(text: str | None, cleaned: Cleaned) -> str:
    """Every non-blank raw line of `text` with its fate in `cleaned`, and the cuts inside it;
    first a line with what the normalizer reads off the verdict (language, publisher, …)."""
    story = normalize(cleaned)
    # Blocks are the non-blank raw lines, in order (see feedpipe.extract).
    line_of_block = [n for n, raw in enumerate(split_lines(text), start=1) if raw.strip()] if text else []
    kept: dict[int, Kept] = {k.index: k for k in cleaned.kept}
    removed: dict[int, list[Removed]] = {}
    for cut in cleaned.removed:
        removed.setdefault(cut.index, []).append(cut)
    facts = [
        f"language {story.language or '?'}",
        f"publisher {story.publisher}" if story.publisher else None,
        f"authors {', '.join(story.authors)}" if story.authors else None,
        f"published {story.published.isoformat()}" if story.published else None,
        f"rights {story.rights}" if story.rights else None,
    ]
    out = [f"{cleaned.document.source}: " + ", ".join(f for f in facts if f)]
    for index, block in enumerate(cleaned.document.blocks):
        number = line_of_block[index] if index < len(line_of_block) else index + 1
        cuts = removed.get(index, [])
        fate: str
        if index in kept:
            fate, shown = kept[index].role, kept[index].text
        elif cuts:
            # The last removal of a block that kept nothing is the line's own fate.
            whole = cuts.pop()
            label = "byline" if whole.reason in BYLINE_RULES else "removed"
            fate, shown = label, f"[{whole.reason}] {whole.text}"
        else:
            fate, shown = "empty", ""
        out.append(f"{number:5}  {fate:<9} {_clip(shown or block.text)}")
        out.extend(f"{'':16}- cut [{cut.reason}] {_clip(cut.text)}" for cut in cuts)
    return "\n".join(out) + "\n"


def _clip(text: str) -> str:
    return text if len(text) <= TEXT_WIDTH else text[: TEXT_WIDTH - 1] + "…"
