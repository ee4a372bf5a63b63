"""How fast `feedpipe.clean` runs in-process, and how well it cleans the dev corpus.

    PYTHONPATH=. python bench/clean.py [--data DIR] [--seconds N]

Prints three figures and clean_eval's summary line:

- articles/s over the dev corpus (every file, round after round);
- seed-sized articles/s (the seed article, over and over);
- a calibration: seconds this Python needs for `sum(range(10**7))`, to compare runs
  on different machines (about 0.1 s on a current desktop core).

One process, one core; the first round of each is a warm-up (rule tables compile lazily).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

import feedpipe

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_60f1355c98299142.txt"
DATA = ROOT.parent / "shared" / "corpus" / "news-dev"
EVAL = ROOT.parent / "shared" / "tools" / "clean_eval.py"


def rate(texts: list[str], seconds: float) -> float:
    """Articles cleaned per second, cleaning `texts` in turn for about `seconds`."""
    for text in texts:
        feedpipe.clean(text)  # warm-up
    done = 0
    start = time.perf_counter()
    while (elapsed := time.perf_counter() - start) < seconds:
        for text in texts:
            feedpipe.clean(text)
        done += len(texts)
    return done / elapsed


def calibration() -> float:
    """Seconds for a fixed pure-Python loop: how fast this machine runs Python."""
    start = time.process_time()
    sum(range(10**7))
    return time.process_time() - start


def evaluate(data: Path) -> str:
    """clean_eval.py's summary line for the cleaner as the CLI runs it."""
    command = f"{sys.executable} -m feedpipe clean --format json"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, str(EVAL), "--data", str(data), "--cmd", command],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    lines = result.stdout.strip().splitlines()
    return lines[-1] if lines else f"clean_eval failed: {result.stderr.strip()[-300:]}"


def main() -> int:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--data", type=Path, default=DATA, help="the dev corpus (default: ../shared/corpus/news-dev)"
    )
    parser.add_argument("--seconds", type=float, default=5.0, help="time per measurement (default 5)")
    args = parser.parse_args()

    corpus = [p.read_text(encoding="utf-8") for p in sorted(args.data.rglob("*.txt"))]
    seed = SEED.read_text(encoding="utf-8")
    print(f"python {sys.version.split()[0]}, calibration sum(range(10**7)): {calibration():.3f} s")
    print(f"dev corpus: {rate(corpus, args.seconds):8.0f} articles/s  ({len(corpus)} files)")
    print(f"seed-sized: {rate([seed], args.seconds):8.0f} articles/s  ({len(seed)} characters)")
    if EVAL.exists():
        print(evaluate(args.data))
    return 0


if __name__ == "__main__":
    sys.exit(main())
