"""The `feedpipe` command: thin; parses arguments, calls the pipeline, turns errors into one line.

Exit status: 0 success; 1 an error (nothing published, or a file could not be cleaned);
2 wrong usage; 3 the feed was published but some sources or items failed.
"""

from __future__ import annotations

import argparse
import json
import logging
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from feedpipe import __version__
from feedpipe.errors import FeedpipeError
from feedpipe.model import Story

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script and of `python -m feedpipe`."""
    parser = _parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.WARNING - 10 * args.verbose,
        format="feedpipe: %(message)s",
        stream=sys.stderr,
    )
    try:
        return int(args.run(args))
    except FeedpipeError as exc:
        print(f"feedpipe: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="feedpipe", description="Scraped news in, a clean Atom feed out.")
    parser.add_argument("--version", action="version", version=f"feedpipe {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="say more (repeatable)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    clean = commands.add_parser("clean", help="clean and print articles")
    clean.add_argument(
        "--format",
        choices=("json", "text", "html"),
        default="text",
        help="json: one object per line; text: readable; html: the feed entry's content",
    )
    clean.add_argument(
        "--explain",
        action="store_true",
        help="print every raw line with its fate (kept, title, subhead, byline, removed by which rule)",
    )
    clean.add_argument(
        "paths", nargs="+", metavar="PATH", help="article files (text or .html) or http(s) URLs"
    )
    clean.set_defaults(run=_clean)

    regen = commands.add_parser("regenerate", help="run every configured source and write the feed")
    regen.add_argument("--config", type=Path, default=Path("config.toml"), help="default: ./config.toml")
    regen.add_argument("--output", type=Path, help="where to write the feed (default: [feed].output)")
    regen.add_argument(
        "-q", "--quiet", action="store_true", help="no progress, only problems and the summary"
    )
    regen.set_defaults(run=_regenerate)

    run = commands.add_parser("run", help="the daemon: regenerate on schedule, and serve the feed")
    run.add_argument("--config", type=Path, default=Path("config.toml"), help="default: ./config.toml")
    run.set_defaults(run=_run)

    serve = commands.add_parser("serve", help="serve the published feed over HTTP")
    serve.add_argument("--config", type=Path, default=Path("config.toml"), help="default: ./config.toml")
    serve.set_defaults(run=_serve)
    return parser


def _clean(args: argparse.Namespace) -> int:
    from feedpipe.render import story_html, story_text

    if args.explain:
        return _explain(args.paths)
    status = EXIT_OK
    for name in args.paths:
        try:
            story = _clean_one(name)
        except FeedpipeError as exc:
            print(f"feedpipe: error: {exc}", file=sys.stderr)
            status = EXIT_ERROR
            continue
        if args.format == "json":
            out = json.dumps(story.to_dict(), ensure_ascii=False)
        elif args.format == "html":
            out = story_html(story)
        else:
            out = story_text(story)
        print(out, flush=True)
    return status


def _clean_one(name: str) -> Story:
    """A file path, or an http(s) URL fetched like a page source."""
    from feedpipe.pipeline import clean_file

    if not name.startswith(("http://", "https://")):
        return clean_file(Path(name))
    from feedpipe.config import SourceConfig
    from feedpipe.fetch import Fetcher
    from feedpipe.sources.web import page_story

    with Fetcher() as fetcher:
        got = fetcher.fetch(name, accept=("html", "text"))
    return page_story(got, SourceConfig(name="cli", urls=(name,)))


def _explain(paths: Sequence[str]) -> int:
    from feedpipe.explain import explain_file

    status = EXIT_OK
    for name in paths:
        try:
            print(explain_file(Path(name)), flush=True)
        except FeedpipeError as exc:
            print(f"feedpipe: error: {exc}", file=sys.stderr)
            status = EXIT_ERROR
    return status


def _regenerate(args: argparse.Namespace) -> int:
    from feedpipe import config, generate
    from feedpipe.progress import progress_display

    if not args.quiet and not args.verbose:
        logging.getLogger("feedpipe").setLevel(logging.INFO)
    cfg = config.load(args.config)
    if args.quiet:
        report = generate.regenerate(cfg, args.output)
    else:
        with progress_display() as progress:
            report = generate.regenerate(cfg, args.output, progress=progress)
    print(f"feedpipe: {report.summary()}", file=sys.stderr)
    return EXIT_PARTIAL if report.partial else EXIT_OK


def _run(args: argparse.Namespace) -> int:
    # SIGHUP's default action ends the process: a reload request (logrotate, `systemctl
    # reload`) during the imports below would kill the daemon.  Ignored until the
    # daemon installs its own handler; the configuration is read after this anyway.
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    from feedpipe.schedule import Daemon

    _daemon_logging(args.verbose)
    return Daemon(args.config).run()


def _serve(args: argparse.Namespace) -> int:
    from feedpipe import config
    from feedpipe.schedule import site_for
    from feedpipe.serve import FeedApp, run_app
    from feedpipe.store import Store

    _daemon_logging(args.verbose)
    cfg = config.load(args.config)
    serve = cfg.serve or config.ServeConfig()
    reader = Store.open(cfg.state)

    def health() -> dict[str, object]:
        last = reader.last_run()
        return last.to_dict() if last else {"ok": None, "note": "no run yet"}

    logging.getLogger("feedpipe").info("serving http://%s:%d/feed.atom", serve.host, serve.port)
    run_app(FeedApp(site_for(cfg), health=health), serve.host, serve.port)
    return EXIT_OK


def _daemon_logging(verbose: int) -> None:
    """A daemon's log lines carry the time; INFO shows one summary line per run."""
    root = logging.getLogger()
    for handler in root.handlers:
        handler.setFormatter(logging.Formatter("%(asctime)s feedpipe: %(message)s", "%Y-%m-%dT%H:%M:%S%z"))
    logging.getLogger("feedpipe").setLevel(logging.DEBUG if verbose else logging.INFO)
