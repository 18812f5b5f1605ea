"""Parse time on adversarial inputs of 0.25, 1 and 4 MB: it must grow linearly.

Each generator builds text that stresses one part of the parser: long runs of
digits and slashes (number and date patterns), thousands of ``Căn cứ`` lines
(legal bases and citations), one line of 1 MB (line-oriented scanners), deep
outline numbers (the outline tree), rows of thousands of tab-separated cells
(the appendix reader), repeated ``số …/QĐ-…`` fragments (citations) and a
body and an appendix led by one agency throughout (the cross-check).

The target: 4x the input takes at most 5x the time.  Run with
``.venv/bin/python benchmarks/adversarial.py [--sizes 0.25,1,4]``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from typing import TYPE_CHECKING

import kttt

if TYPE_CHECKING:
    from collections.abc import Callable

MB = 1_000_000


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def digits_and_slashes(size: int) -> str:
    """Long runs of digits and slashes with kind codes sprinkled in."""
    return _fill("1234567890/2020//NQ-CP/" * 3 + "số 12/12/12/12/12 ", size)


def can_cu_lines(size: int) -> str:
    """Thousands of legal-basis lines, each with two references."""
    line = (
        "Căn cứ Nghị quyết số 134/NQ-CP ngày 25/9/2020 của Chính phủ về việc "
        "thực hiện Kết luận số 70-KL/TW ngày 09/3/2020 của Bộ Chính trị;\n"
    )
    return _fill(line, size)


def one_long_line(size: int) -> str:
    """A single line with no break at all."""
    return _fill("Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các sở, ngành ", size)


def deep_outline(size: int) -> str:
    """Headings numbered ten levels deep."""
    out: list[str] = []
    total = 0
    i = 0
    while total < size:
        i += 1
        number = ".".join(str((i + k) % 9 + 1) for k in range(10))
        line = f"{number}. Sở Tài chính: nhiệm vụ {i}\n- Thực hiện nhiệm vụ {i}\n"
        out.append(line)
        total += len(line)
    return "".join(out)[:size]


def wide_rows(size: int) -> str:
    """Appendix rows of thousands of tab-separated cells."""
    header = "Phụ lục\nSTT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\n"
    row = "1" + "\tSở Tài chính" * 2000 + "\n"
    return header + _fill(row, size - len(header))


def repeated_fragments(size: int) -> str:
    """``số …/QĐ-…`` fragments with no kind word, over and over."""
    return _fill("số 2699/QĐ-UBND số /QĐ- số 1/ số -QĐ/ ngày 31/2/ ", size)


def one_lead_everywhere(size: int) -> str:
    """A body and an appendix of the same size, every task led by one Sở.

    Every appendix row is checked against the body tasks its lead leads,
    and none of them assigns its work: the cross-check's worst case.
    """
    half = size // 2
    body: list[str] = ["KẾ HOẠCH\nII. NHIỆM VỤ, GIẢI PHÁP\n1. Sở Tài chính\n"]
    rows: list[str] = [
        "Phụ lục\nSTT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian\n"
    ]
    total = i = 0
    while total < half:
        i += 1
        task = f"- Bố trí kinh phí hỗ trợ hợp tác xã đợt {i} năm {2000 + i % 50}\n"
        row = f"{i}\tTổng kết mô hình liên kết chuỗi giá trị số {i}\tSở Tài chính\t\t2025\n"
        body.append(task)
        rows.append(row)
        total += len(task) + len(row)
    return "".join(body) + "".join(rows)


GENERATORS: dict[str, Callable[[int], str]] = {
    "digits and slashes": digits_and_slashes,
    "Căn cứ lines": can_cu_lines,
    "one long line": one_long_line,
    "deep outline": deep_outline,
    "wide rows": wide_rows,
    "số fragments": repeated_fragments,
    "one lead everywhere": one_lead_everywhere,
}


def _time(text: str) -> float:
    """Seconds of the best of a few parses of *text*.

    One run of a small input is easily disturbed (the first one also warms
    caches), which skews a growth ratio; large inputs run once.
    """
    runs = 3 if len(text) <= 1_500_000 else 1
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        kttt.parse(text)
        best = min(best, time.perf_counter() - start)
    return best


def measure(sizes: list[float]) -> list[tuple[str, list[float], float]]:
    """Seconds per size for each generator, and the worst growth from one size to the next.

    The growth is normalized to a 4x step of input (the issue's yardstick:
    4x the input may take at most 5x the time), so that other size ladders
    still compare.
    """
    rows = []
    for name, make in GENERATORS.items():
        seconds = [_time(make(int(s * MB))) for s in sizes]
        steps = [
            (seconds[i + 1] / max(seconds[i], 1e-9)) * 4 / (sizes[i + 1] / sizes[i])
            for i in range(len(sizes) - 1)
        ]
        rows.append((name, seconds, max(steps, default=1.0)))
    return rows


def main() -> None:
    """Print one row per generator: seconds at each size and the growth factor."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes", default="0.25,1,4", help="sizes in MB, comma-separated"
    )
    args = parser.parse_args()
    sizes = [float(s) for s in args.sizes.split(",")]
    head = " | ".join(f"{s:g} MB" for s in sizes)
    print(f"| input | {head} | worst growth per 4x input | linear (<= 5x) |")
    print("|---" * (len(sizes) + 3) + "|")
    for name, seconds, growth in measure(sizes):
        cells = " | ".join(f"{s * 1000:.0f} ms" for s in seconds)
        ok = "yes" if growth <= 5 else "NO"
        print(f"| {name} | {cells} | {growth:.2f}x | {ok} |")


if __name__ == "__main__":
    main()
