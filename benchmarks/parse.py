"""Whole-document parse speed on the bundled seeds: documents per second and MB/s.

Run as ``.venv/bin/python benchmarks/parse.py``.  The target is 5 MB/s (a
40 KB plan in 8 ms); the table also shows where the time goes, stage by
stage, so that a regression can be traced to its part.
"""

from __future__ import annotations

import sys
from functools import partial
from importlib import resources
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _timing import median_seconds

from kttt.parse import find_citations, parse
from kttt.parse._lines import split_lines

SEEDS = ("son-la-2699-qd-ubnd-2020.txt", "binh-dinh-510-qd-ubnd-2023.txt")


def main() -> None:
    """Time parse() on each seed and print a table."""
    print(
        f"{'document':<34} {'KB':>6} {'ms/doc':>8} {'docs/s':>8} {'MB/s':>6} {'lines ms':>9} {'cites ms':>9}"
    )
    for name in SEEDS:
        text = resources.files("kttt.data").joinpath("seeds", name).read_text("utf-8")
        size = len(text.encode("utf-8"))
        parse(text)  # warm the caches of the agency registry and patterns
        seconds = median_seconds(partial(parse, text), repeat=7, number=3)
        lines = median_seconds(partial(split_lines, text), repeat=7, number=3)
        cites = median_seconds(partial(find_citations, text), repeat=5, number=1)
        print(
            f"{name:<34} {size / 1000:>6.1f} {seconds * 1000:>8.1f} {1 / seconds:>8.1f}"
            f" {size / seconds / 1e6:>6.2f} {lines * 1000:>9.1f} {cites * 1000:>9.1f}"
        )


if __name__ == "__main__":
    main()
