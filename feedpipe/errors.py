"""One exception hierarchy: callers catch exactly what they mean, the CLI prints one line."""

from __future__ import annotations


class FeedpipeError(Exception):
    """Base of every error feedpipe raises on purpose; its message is one line for a user."""


class ConfigError(FeedpipeError):
    """The configuration file is missing, unparsable, or has a wrong key or value."""


class SourceError(FeedpipeError):
    """A source (file, page, feed) could not be read or does not hold an article."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class PublishError(FeedpipeError):
    """The feed could not be written; the previously published feed is left as it was."""


class StoreError(FeedpipeError):
    """The story store could not be opened, migrated, locked or written."""
