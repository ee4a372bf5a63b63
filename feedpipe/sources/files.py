"""Article files: a glob relative to the configuration's folder."""

from __future__ import annotations

import glob
from datetime import UTC, datetime
from pathlib import Path

from feedpipe.config import Config, SourceConfig
from feedpipe.errors import SourceError
from feedpipe.pipeline import clean_file
from feedpipe.sources import Failed, Found, Progress, SourceResult


def gather(config: Config, source: SourceConfig, progress: Progress | None = None) -> SourceResult:
    """Clean every file the source's glob matches; a bad file fails alone."""
    result = SourceResult(source.name)
    assert source.files is not None
    pattern = source.files if Path(source.files).is_absolute() else str(config.base / source.files)
    paths = sorted(Path(p) for p in glob.glob(pattern, recursive=True))
    paths = [p for p in paths if p.is_file()]
    if not paths:
        result.outcomes.append(Failed(f"{source.files}: source {source.name!r}: no files match", True))
        return result
    for path in paths:
        if progress:
            progress(str(path))
        try:
            story = clean_file(path, source.overrides)
            modified = datetime.fromtimestamp(int(path.stat().st_mtime), UTC)
        except SourceError as exc:
            result.outcomes.append(Failed(str(exc)))
            continue
        except OSError as exc:
            result.outcomes.append(Failed(f"{path}: {exc.strerror or exc}"))
            continue
        # A file states no date of its own: its modification time stands in, but only
        # the first time the store sees it.  Passed as the story's own date, an edit
        # (which moves the mtime) would move `published` too, and readers would show
        # the old story as a new one.
        result.outcomes.append(Found(key_for(config, path), story, undated=modified))
    return result


def key_for(config: Config, path: Path) -> str:
    """A file's identity: its path relative to the configuration's folder."""
    resolved = path.resolve()
    try:
        return resolved.relative_to(config.base).as_posix()
    except ValueError:
        return resolved.as_posix()
