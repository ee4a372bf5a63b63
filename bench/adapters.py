"""The functions the extraction benchmark calls (extract_eval.py --py adapters:NAME).

Imports and one-time set-up (trafilatura's import, the cleaner's lazily compiled rule
tables) happen when this module is imported, as they do for the other extractors'
adapters, so the benchmark's pages/s measure the work per page.
"""

from __future__ import annotations

from feedpipe import html as _html
from feedpipe.pipeline import html_story_text

# A small page per language the cleaner has rules for, cleaned once to build its caches.
_WARM = "<html lang='{lang}'><body><article><h1>{t}</h1><p>{p}</p><p>{p}</p></article></body></html>"
for _lang, _t, _p in (
    (
        "en",
        "Council approves the budget",
        "The council approved the harbour budget on Monday after a debate.",
    ),
    ("ko", "의회, 예산안 통과", "의회는 월요일 긴 토론 끝에 항만 예산안을 통과시켰다고 밝혔다."),
    ("ja", "議会が予算案を可決", "議会は月曜日、長い議論の末に港湾の予算案を可決したと発表した。"),
):
    html_story_text(_WARM.format(lang=_lang, t=_t, p=_p))


def story_text(page: str) -> str:
    """The whole pipeline: the page's story (subheads and paragraphs) after cleaning."""
    return html_story_text(page)


def extract_text(page: str) -> str:
    """The extraction stage alone (no cleaner), for comparison."""
    return _html.extract_text(page)
