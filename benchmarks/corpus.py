"""Corpus benchmark: build time, memory per task and query latency at national scale.

Run as ``.venv/bin/python benchmarks/corpus.py`` (1x and 10x the default
national corpus: 37,800 and 378,000 tasks) or choose scales with
``--scale 1 --scale 5``.  Memory is measured with tracemalloc over building
the documents and the corpus with every index, divided by the task count.
Query latency is the median over several runs once indexes exist; the
first run of each query (which builds its index) is shown separately.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
import tracemalloc
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _timing import median_seconds

from kttt.corpus import Corpus
from kttt.strategies._corpus import national_documents

QUERIES = {
    "agency (lead, name)": {
        "agency": "Sở Kế hoạch và Đầu tư",
        "role": "lead",
        "expand": False,
    },
    "agency (any, groups)": {"agency": "Sở Nội vụ"},
    "agency (alias)": {"agency": "Liên minh HTX tỉnh", "role": "lead"},
    "overdue": {"overdue": date(2023, 1, 1)},
    "overdue + agency": {
        "overdue": date(2023, 1, 1),
        "agency": "Sở Tài chính",
        "role": "lead",
    },
    "province": {"province": "Sơn La"},
    "due_between": {"due_between": (date(2022, 1, 1), date(2022, 12, 31))},
    "status (as_of)": {"status": "in_progress", "as_of": date(2023, 6, 1)},
    "text": {"text": "hop tac xa nong nghiep"},
}


def memory_per_task(plans: int) -> float:
    """Bytes allocated per task for the documents, the corpus and all its indexes."""
    gc.collect()
    tracemalloc.start()
    corpus = Corpus(national_documents(plans=plans))
    _ = corpus.graph
    for filters in QUERIES.values():
        corpus.tasks(**filters)  # type: ignore[arg-type]
    size, _peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return size / len(corpus.tasks())


def measure(scale: int, *, repeat: int, memory: bool) -> list[tuple[str, str]]:
    """Rows of (measure, value) for one scale."""
    plans = 10 * scale
    out: list[tuple[str, str]] = []
    start = time.perf_counter()
    documents = national_documents(plans=plans)
    generated = time.perf_counter()
    corpus = Corpus(documents)
    built = time.perf_counter()
    _ = corpus.graph
    graphed = time.perf_counter()
    first: dict[str, float] = {}
    for name, filters in QUERIES.items():
        t0 = time.perf_counter()
        corpus.tasks(**filters)  # type: ignore[arg-type]
        first[name] = time.perf_counter() - t0
    n = len(corpus.tasks())
    out.append(("tasks", f"{n:,}"))
    out.append(("documents", f"{len(corpus.documents):,}"))
    out.append(("generate documents (s)", f"{generated - start:.2f}"))
    out.append(("Corpus(documents) (s)", f"{built - generated:.3f}"))
    out.append(("relations graph (s)", f"{graphed - built:.2f}"))
    if memory:
        out.append(("memory per task, all in (B)", f"{memory_per_task(plans):.0f}"))
    for name, filters in QUERIES.items():
        found = len(corpus.tasks(**filters))  # type: ignore[arg-type]
        warm = median_seconds(lambda f=filters: corpus.tasks(**f), repeat=repeat)  # type: ignore[misc]
        out.append(
            (
                f"{name}: first / warm (ms)",
                f"{first[name] * 1e3:.1f} / {warm * 1e3:.2f}  [{found:,}]",
            )
        )
    key = next(iter(corpus.documents))
    checks = {
        "status(key, on=)": lambda: corpus.status(key, on=date(2024, 1, 1)),
        "lineage(key)": lambda: corpus.lineage(key),
        "siblings(key)": lambda: corpus.siblings(key),
    }
    for name, call in checks.items():
        out.append((f"{name} (ms)", f"{median_seconds(call, repeat=repeat) * 1e3:.3f}"))
    t0 = time.perf_counter()
    corpus.load()
    out.append(("load() table (s)", f"{time.perf_counter() - t0:.2f}"))
    t0 = time.perf_counter()
    records = corpus.to_records("tasks")
    out.append(("to_records('tasks') (s)", f"{time.perf_counter() - t0:.2f}"))
    del records
    return out


def main() -> int:
    """Print one table per scale."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--scale",
        type=int,
        action="append",
        help="multiple of the default size (repeatable)",
    )
    parser.add_argument("--repeat", type=int, default=7, help="runs per warm query")
    parser.add_argument(
        "--no-memory", action="store_true", help="skip the tracemalloc pass"
    )
    args = parser.parse_args()
    scales = args.scale or [1, 10]
    for scale in scales:
        rows = measure(scale, repeat=args.repeat, memory=not args.no_memory)
        width = max(len(k) for k, _ in rows)
        print(f"\nnational_corpus x{scale}")
        print(f"{'measure':<{width}}  value")
        print(f"{'-' * width}  {'-' * 30}")
        for k, v in rows:
            print(f"{k:<{width}}  {v}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
