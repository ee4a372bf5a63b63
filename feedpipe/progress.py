"""Progress of a long run: a live display on a terminal, plain log lines elsewhere."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from feedpipe.generate import ProgressFactory
from feedpipe.sources import Progress

log = logging.getLogger("feedpipe")


class LogProgress:
    """One log line per item: what a cron job's mail or the journal should show."""

    def source(self, name: str) -> Progress:
        """Log each item of source `name` as it is reached."""
        count = 0

        def tick(item: str) -> None:
            nonlocal count
            count += 1
            log.info("%s: %d %s", name, count, item)

        return tick


@contextmanager
def progress_display() -> Iterator[ProgressFactory]:
    """A rich live display over sources and items when stderr is a terminal."""
    if not sys.stderr.isatty():
        yield LogProgress()
        return
    from rich.console import Console
    from rich.progress import Progress as Bar
    from rich.progress import SpinnerColumn, TextColumn, TimeElapsedColumn

    bar = Bar(
        SpinnerColumn(),
        TextColumn("[bold]{task.description}"),
        TextColumn("{task.completed} items"),
        TextColumn("[dim]{task.fields[item]}"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=False,
    )

    class _Terminal:
        def source(self, name: str) -> Progress:
            task = bar.add_task(name, total=None, item="")

            def tick(item: str) -> None:
                bar.update(task, advance=1, item=item[-60:])

            return tick

    with bar:
        yield _Terminal()
