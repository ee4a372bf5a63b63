"""The `feedpipe` command: thin; parses arguments, calls the pipeline, turns errors into one line.

Exit status: 0 success; 1 an error (nothing published, or a file could not be cleaned);
2 wrong usage; 3 the feed was published but some sources or items failed.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from feedpipe import __version__
from feedpipe.errors import FeedpipeError

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
    clean.add_argument("paths", nargs="+", metavar="PATH", help="article files (plain text)")
    clean.set_defaults(run=_clean)

    regen = commands.add_parser("regenerate", help="run every configured source and write the feed")
    regen.add_argument("--config", type=Path, default=Path("config.toml"), help="default: ./config.toml")
    regen.add_argument("--output", type=Path, help="where to write the feed (default: [feed].output)")
    regen.set_defaults(run=_regenerate)
    return parser


def _clean(args: argparse.Namespace) -> int:
    from feedpipe.pipeline import clean_file
    from feedpipe.render import story_html, story_text

    if args.explain:
        return _explain(args.paths)
    status = EXIT_OK
    for name in args.paths:
        try:
            story = clean_file(Path(name))
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

    report = generate.regenerate(config.load(args.config), args.output)
    print(report.summary(), file=sys.stderr)
    return EXIT_PARTIAL if report.partial else EXIT_OK
