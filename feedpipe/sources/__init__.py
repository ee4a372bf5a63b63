"""Where articles come from.  Each kind of source is one small module:

- `files`: article files matched by a glob (plain text, or HTML by extension or content);
- `web`: article pages over HTTP, and publisher feeds whose items' pages are fetched.

Every kind yields `Outcome`s: a cleaned story with its identity, or a failure naming
the file or URL.  Retrieving bytes (`feedpipe.fetch`) and turning them into a story
(`feedpipe.pipeline`) stay separate; sources only connect the two.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from feedpipe.model import Story, Validators


@dataclass(frozen=True, slots=True)
class Found:
    """A story a source yielded: `key` is its identity (path or URL) in the store.

    `undated` stands in for the publication date when the story states none and the
    store sees it for the first time (a file's modification time); unlike a stated
    date it never moves an entry that is already stored.
    """

    key: str
    story: Story
    undated: datetime | None = None


@dataclass(frozen=True, slots=True)
class Failed:
    """An article or a whole source that could not be read: one line, naming it."""

    message: str
    whole_source: bool = False


@dataclass(frozen=True, slots=True)
class Unchanged:
    """A page or feed the server says has not changed (HTTP 304): keep what was published."""

    url: str


Outcome = Found | Failed | Unchanged

# Called once per item a source gets to, so a long run can show progress.
Progress = Callable[[str], None]


@dataclass(slots=True)
class SourceResult:
    """Everything one source yielded in one run."""

    name: str
    outcomes: list[Outcome] = field(default_factory=list)
    # HTTP validators to keep for next time; stored in the same transaction as the
    # stories, so a crash never leaves a 304 pointing at a story that was not kept.
    validators: list[tuple[str, Validators]] = field(default_factory=list)

    @property
    def found(self) -> list[Found]:
        """The stories, in the order the source gave them."""
        return [o for o in self.outcomes if isinstance(o, Found)]

    @property
    def failures(self) -> list[Failed]:
        """The one-line failures."""
        return [o for o in self.outcomes if isinstance(o, Failed)]

    @property
    def ok(self) -> bool:
        """The source as a whole worked: not failed outright, and not every item failed."""
        if any(f.whole_source for f in self.failures):
            return False
        return bool(self.found) or any(isinstance(o, Unchanged) for o in self.outcomes) or not self.failures
