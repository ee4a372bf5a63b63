"""Writing the feed to disk atomically: a reader sees the old file or the new, never half."""

from __future__ import annotations

import logging
import os
import tempfile
import time
from pathlib import Path

import httpx

from feedpipe.errors import PublishError

log = logging.getLogger("feedpipe")


def write_atomic(path: Path, data: bytes) -> bool:
    """Write `data` to `path` via a temporary file in the same folder and a rename.

    Returns False (and leaves the file untouched, mtime included) when it already holds
    exactly these bytes.  On any failure the previous file is intact and PublishError
    names the path.
    """
    remove_stale_temps(path)
    try:
        if path.exists() and path.read_bytes() == data:
            return False
        path.parent.mkdir(parents=True, exist_ok=True)
        # The writer's pid in the name tells a later run whether the file is abandoned.
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent)
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


# A temporary file without a pid in its name (an older feedpipe's) is only removed once
# it is this old, since its writer could be alive.
LEGACY_TEMP_AGE = 3600.0


def remove_stale_temps(path: Path) -> list[Path]:
    """Delete the temporary files that writers of `path` killed mid-write left behind.

    `kill -9` (or a power cut) between the temporary file's creation and the rename
    leaves a `.<name>.<pid>.<random>.tmp` beside the feed; nothing else ever removes
    it, and a daemon killed repeatedly would fill the folder.  A file whose writer
    process is still alive is left alone.  Failures are ignored: this is housekeeping,
    and the feed must still be published.  Returns what was removed.
    """
    prefix = f".{path.name}."
    removed: list[Path] = []
    try:
        names = os.listdir(path.parent)
    except OSError:
        return removed
    for name in names:
        if not (name.startswith(prefix) and name.endswith(".tmp")):
            continue
        middle = name[len(prefix) : -len(".tmp")]
        pid, dot, _ = middle.partition(".")
        tmp = path.parent / name
        try:
            if dot and pid.isdigit():
                if _alive(int(pid)):
                    continue
            elif time.time() - tmp.stat().st_mtime < LEGACY_TEMP_AGE:
                continue
            tmp.unlink()
        except OSError:
            continue
        log.info("%s: removed a stale temporary file left by a killed writer", tmp)
        removed.append(tmp)
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
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


def ping_hub(hub: str, feed_urls: list[str], timeout: float = 10.0) -> bool:
    """Tell a WebSub hub that the feeds changed (hub.mode=publish); True if it accepted.

    A hub that is down must not fail the run: the feed is already published, and
    subscribers still poll, so problems are logged and swallowed.
    """
    try:
        response = httpx.post(
            hub,
            data={"hub.mode": "publish", "hub.url": feed_urls},
            timeout=timeout,
            headers={"User-Agent": "feedpipe/0.1"},
        )
    except httpx.HTTPError as exc:
        log.warning("%s: WebSub ping failed (%s)", hub, exc.__class__.__name__)
        return False
    if response.status_code >= 300:
        log.warning("%s: WebSub ping refused (HTTP %d)", hub, response.status_code)
        return False
    return True
