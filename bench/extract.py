"""Score feedpipe on HTML pages beside trafilatura and readability-lxml, in one run.

Runs ../shared/tools/extract_eval.py over ../shared/bench/article-extraction (both beside
the repository) with every extractor in the same process, one after another, so the
pages/s figures are comparable, and prints one line per extractor:

    extractor  F1  precision  recall  pages/s

Usage: python bench/extract.py [--data DIR] [--limit N] [--repeat K]

With --repeat K the whole comparison runs K times and each line shows the best pages/s
of the K runs (the scores do not change between runs); on a busy machine that is the
fairer speed figure.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EVAL = SHARED / "tools" / "extract_eval.py"
DATA = SHARED / "bench" / "article-extraction"

EXTRACTORS = [
    ("trafilatura", "extract_eval:trafilatura_text"),
    ("trafilatura-fast", "extract_eval:trafilatura_fast_text"),
    ("readability", "extract_eval:readability_text"),
    # The extraction stage alone, and the whole pipeline (extraction, then the cleaner and
    # normalizer): the story's subheads and paragraphs, which is what a feed entry carries.
    ("feedpipe-extract", "adapters:extract_text"),
    ("feedpipe", "adapters:story_text"),
]


def run_once(data: Path, limit: int | None) -> list[dict[str, float | str]]:
    """One extract_eval.py run over every extractor; its JSON results, in order."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "results.json"
        cmd = [sys.executable, str(EVAL), "--data", str(data), "--n-bootstrap", "100"]
        cmd += ["--json-out", str(out)]
        if limit:
            cmd += ["--limit", str(limit)]
        for name, spec in EXTRACTORS:
            cmd += ["--name", name, "--py", spec]
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(
            [str(REPO), str(REPO / "bench"), str(EVAL.parent), *filter(None, [env.get("PYTHONPATH")])]
        )
        subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL)
        results: list[dict[str, float | str]] = json.loads(out.read_text(encoding="utf-8"))["results"]
        return results


def main(argv: list[str] | None = None) -> int:
    """Print the comparison table; non-zero exit when the shared data is missing."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args(argv)
    if not EVAL.exists() or not args.data.exists():
        print(f"missing {EVAL} or {args.data}", file=sys.stderr)
        return 2
    runs = [run_once(args.data, args.limit) for _ in range(max(1, args.repeat))]
    print(f"# {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, nproc={os.cpu_count()}, data={args.data.name}")
    print(f"{'extractor':18} {'F1':>6} {'prec':>6} {'recall':>6} {'pages/s':>8}")
    for i, res in enumerate(runs[0]):
        speed = max(float(run[i]["pages_per_s"]) for run in runs)
        f1, p, r = (float(res[k]) for k in ("f1", "precision", "recall"))
        print(f"{res['name']!s:18} {f1:6.3f} {p:6.3f} {r:6.3f} {speed:8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
