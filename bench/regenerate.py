"""How long one regeneration takes when the store already holds many entries.

    PYTHONPATH=. python bench/regenerate.py [--entries 10000] [--repeat 9]

Builds a store of ``--entries`` real seed-sized stories (the seed and the news-dev corpus,
cleaned once, then varied: numbered titles, rotated paragraphs, spread-out dates), then
times, as the median of ``--repeat`` rounds:

- ``publish``: the publish stage alone: ``store.latest(50)`` + rebuild the stories +
  render Atom + write the file atomically (forced to write every round);
- ``regenerate (new)``: a full ``generate.regenerate`` whose one source (5 article files)
  is new to the store, so it records five entries and writes the feed;
- ``regenerate (same)``: the same run again with nothing changed (the daemon's usual case).

Target: each at most 1 s.  Also prints the store's size on disk.
"""

from __future__ import annotations

import argparse
import dataclasses
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from feedpipe import clean, config, generate  # noqa: E402
from feedpipe.atom import build_atom  # noqa: E402
from feedpipe.model import Story  # noqa: E402
from feedpipe.publish import write_atomic  # noqa: E402
from feedpipe.store import Store, content_hash  # noqa: E402

SHARED = ROOT.parent / "shared"
T0 = datetime(2026, 3, 1, tzinfo=UTC)


def base_stories() -> list[tuple[str, Story]]:
    """The seed and every corpus article, cleaned: real lengths, three languages."""
    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted((SHARED / "corpus" / "news-dev").glob("*/*.txt"))
    return [(p.name, clean(p.read_bytes())) for p in paths]


def varied(story: Story, i: int) -> Story:
    """Story number `i`: its own title and paragraph order, so hashes and sizes vary."""
    shift = i % max(1, len(story.paragraphs))
    return dataclasses.replace(
        story,
        title=f"[{i}] {story.title or ''}",
        paragraphs=story.paragraphs[shift:] + story.paragraphs[:shift],
        published=None,
        updated=None,
    )


def build_store(db: Path, n: int) -> float:
    """Record `n` varied stories, as a long-running daemon would have; returns seconds."""
    bases = base_stories()
    started = time.perf_counter()
    with Store.open(db) as store, store.transaction():
        for i in range(n):
            name, story = bases[i % len(bases)]
            s = varied(story, i)
            # Seen over ~14 months, a few an hour; some later edited.
            seen = T0 + timedelta(minutes=43 * i)
            store.record("archive", f"archive/{i:06d}/{name}", s, content_hash(s), seen, undated=seen)
            if i % 7 == 0:
                edited = dataclasses.replace(s, paragraphs=[*s.paragraphs, "Correction appended."])
                store.record(
                    "archive",
                    f"archive/{i:06d}/{name}",
                    edited,
                    content_hash(edited),
                    seen + timedelta(days=2),
                )
    return time.perf_counter() - started


def site(folder: Path, db: Path) -> Path:
    """A config with one source of five article files, using the big store."""
    articles = folder / "articles"
    articles.mkdir()
    for path in sorted((SHARED / "corpus" / "news-dev" / "en").glob("*.txt"))[:5]:
        shutil.copy(path, articles / path.name)
    cfg = folder / "config.toml"
    cfg.write_text(
        '[feed]\ntitle = "bench"\nlink = "http://127.0.0.1:8080/"\noutput = "public/feed.atom"\nmax_entries = 50\n'
        f'[state]\npath = "{db}"\n[[sources]]\nname = "local"\nfiles = "articles/*.txt"\n',
        encoding="utf-8",
    )
    return cfg


def median_ms(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Median and max of `repeat` timed calls, in milliseconds."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), max(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="feedpipe-bench-") as tmp:
        folder = Path(tmp)
        db = folder / "var" / "store.db"
        built = build_store(db, args.entries)
        print(f"store: {args.entries} entries, {db.stat().st_size / 1e6:.1f} MB, built in {built:.1f} s")
        cfg = config.load(site(folder, db))
        info = generate.feed_info(cfg)
        out = folder / "public" / "publish-only.atom"

        with Store.open(db) as store:

            def publish() -> None:
                stored = store.latest(50)
                entries = [generate._entry(cfg, e.id, e.to_story(), e.published, e.updated) for e in stored]
                out.unlink(missing_ok=True)  # force a real write each round
                write_atomic(out, build_atom(info, entries))

            rows = [("publish (latest 50 + render + write)", *median_ms(publish, args.repeat))]
        with sqlite3.connect(db) as conn:
            plan = conn.execute(
                "EXPLAIN QUERY PLAN SELECT * FROM entries ORDER BY updated DESC, id DESC LIMIT 50"
            ).fetchall()

        def regenerate_new() -> None:
            # A fresh copy of the store each round, so the five files are new every time.
            generate.regenerate(dataclasses.replace(cfg, state=fresh()), lock_wait=5)

        copies = iter(range(10**6))

        def fresh() -> Path:
            copy = folder / "var" / f"copy-{next(copies)}.db"
            shutil.copy(db, copy)
            return copy

        # The copy is made inside the timed call; time it alone and subtract it.
        copy_ms, _ = median_ms(fresh, 3)
        new_ms, new_max = median_ms(regenerate_new, args.repeat)
        rows.append(("regenerate, 5 new files", new_ms - copy_ms, new_max - copy_ms))
        generate.regenerate(cfg, lock_wait=5)
        rows.append(
            ("regenerate, nothing changed", *median_ms(lambda: generate.regenerate(cfg), args.repeat))
        )

    print(f"latest() plan: {' / '.join(str(r[-1]) for r in plan)}")
    print(f"{'what':<40} {'median ms':>10} {'max ms':>8}")
    for name, med, worst in rows:
        print(f"{name:<40} {med:>10.1f} {worst:>8.1f}")
    worst_median = max(r[1] for r in rows)
    print(f"target <= 1000 ms: {'met' if worst_median <= 1000 else 'MISSED'}")


if __name__ == "__main__":
    main()
