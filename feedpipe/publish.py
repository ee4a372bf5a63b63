"""Writing the feed to disk atomically: a reader sees the old file or the new, never half."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from feedpipe.errors import PublishError


def write_atomic(path: Path, data: bytes) -> bool:
    """Write `data` to `path` via a temporary file in the same folder and a rename.

    Returns False (and leaves the file untouched, mtime included) when it already holds
    exactly these bytes.  On any failure the previous file is intact and PublishError
    names the path.
    """
    try:
        if path.exists() and path.read_bytes() == data:
            return False
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise PublishError(f"{path}: cannot write ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise PublishError(f"{path}: cannot write ({exc.strerror or exc})") from None
    return True


def _fsync_dir(folder: Path) -> None:
    # The rename is durable only once the folder's entry is on disk.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
