"""Where articles come from.  Files: a glob relative to the configuration's folder."""

from __future__ import annotations

import glob
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from feedpipe.config import Config, SourceConfig
from feedpipe.errors import SourceError


@dataclass(frozen=True, slots=True)
class FileItem:
    """One article file: its identity (path relative to the config's folder) and mtime."""

    key: str
    path: Path
    modified: datetime


def list_files(config: Config, source: SourceConfig) -> list[FileItem]:
    """The files a source's glob matches, sorted; a glob that matches nothing is an error."""
    assert source.files is not None
    pattern = source.files if Path(source.files).is_absolute() else str(config.base / source.files)
    items = []
    for name in sorted(glob.glob(pattern, recursive=True)):
        path = Path(name)
        if not path.is_file():
            continue
        try:
            stat = path.stat()
        except OSError as exc:
            raise SourceError(name, exc.strerror or str(exc)) from None
        try:
            key = path.resolve().relative_to(config.base).as_posix()
        except ValueError:
            key = path.resolve().as_posix()
        items.append(FileItem(key, path, datetime.fromtimestamp(int(stat.st_mtime), UTC)))
    if not items:
        raise SourceError(source.files, f"source {source.name!r}: no files match")
    return items
