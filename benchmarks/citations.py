"""Throughput of ``find_citations``: the seeds repeated to 10 MB, and adversarial text.

Run as ``.venv/bin/python benchmarks/citations.py``.  Sizes are UTF-8 bytes.
eyecite publishes about 10 MB/s for its own documents; the target here is at
least that on the seeds, and adversarial inputs must stay linear (1 MB well
under a second).
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _timing import median_seconds

from kttt.parse._citations import find_citations

SEEDS = sorted(
    (Path(__file__).parents[1] / "src" / "kttt" / "data" / "seeds").glob("*.txt")
)
MB = 1_000_000

# Each unit is repeated to the wanted size; each aims at a different weakness.
ADVERSARIAL = {
    "số before non-numbers": "số 1 số: số ",
    "number-like slashes": "1/A1/A12//B-",
    "kind words, no numbers": "Quyết định Nghị quyết Kế hoạch này các ",
    "amending laws, no date": "Luật sửa đổi, bổ sung của Luật ",
    "law names without end": "Luật Aa Bb Cc Dd Ee và Gg ",
    "lists without items": "các Quyết định của UBND tỉnh: số ",
    "one long gap": " ",
    "dense valid citations": "Quyết định số 12/QĐ-UBND ngày 1/2/2021; ",
}


def _repeat(unit: str, size: int) -> str:
    """*unit* repeated to at least *size* UTF-8 bytes."""
    return unit * (size // len(unit.encode()) + 1)


def main() -> int:
    """Print a table of throughputs."""
    seed = "\n".join(p.read_text(encoding="utf-8") for p in SEEDS)
    text = seed * (10 * MB // len(seed.encode()) + 1)
    size = len(text.encode())
    found = len(find_citations(text))
    seconds = median_seconds(lambda: find_citations(text), repeat=3)
    print(f"{'input':32} {'MB':>6} {'seconds':>8} {'MB/s':>7} {'found':>7}")
    print(
        f"{'seeds repeated':32} {size / MB:6.2f} {seconds:8.3f} {size / MB / seconds:7.1f} {found:7}"
    )
    for name, unit in ADVERSARIAL.items():
        for megabytes in (0.25, 1, 4):
            sample = _repeat(unit, int(megabytes * MB))
            if name == "one long gap":
                sample = "Nghị quyết số" + sample
            size = len(sample.encode())
            found = len(find_citations(sample))
            seconds = median_seconds(partial(find_citations, sample), repeat=1)
            print(
                f"{name:32} {size / MB:6.2f} {seconds:8.3f}"
                f" {size / MB / seconds:7.1f} {found:7}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
