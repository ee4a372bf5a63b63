"""feedpipe: scraped news in, a clean, structured, valid Atom feed out."""

from __future__ import annotations

# The stage module `feedpipe.clean` shares its name with the public function below.  Importing
# a submodule for the first time sets it as an attribute of the package, which would replace
# the function; importing it here, before the function is defined, keeps `feedpipe.clean`
# the function for good (later imports find the module in sys.modules and leave it alone).
import feedpipe.clean as _clean_stage  # noqa: F401  (see above)
from feedpipe.errors import ConfigError, FeedpipeError, PublishError, SourceError
from feedpipe.model import Quote, Removed, Story

__all__ = [
    "ConfigError",
    "FeedpipeError",
    "PublishError",
    "Quote",
    "Removed",
    "SourceError",
    "Story",
    "clean",
]
__version__ = "0.1.0"


def clean(data: str | bytes, *, url: str | None = None) -> Story:
    """Clean and normalize one article (plain text or HTML, str or bytes) into a Story."""
    from feedpipe.pipeline import clean_bytes

    return clean_bytes(data, source=url or "<input>", url=url)
