"""Where the tests find the repository's files and the shared corpus beside it."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_60f1355c98299142.txt"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "news-dev"
TOOLS = SHARED / "tools"

needs_shared = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared is not beside the repository")
