"""Export the corpus to CSV and Parquet, then query the files with DuckDB.

Files are written to a temporary folder that is removed at the end; a
national archive would write them once and query them many times, from
DuckDB, Spark or pandas.
"""

from __future__ import annotations

import csv
import tempfile
from pathlib import Path

import duckdb

import kttt
from kttt.io import to_parquet


def short(key: str, width: int = 50) -> str:
    """Cut a long key (a law or plan known by its title) for printing."""
    return key if len(key) <= width else key[: width - 1] + "…"


def write_csv(records: list[dict[str, object]], path: Path) -> None:
    """Write plain records as CSV with a header row; lists become ``a; b``."""
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(records[0]))
        writer.writeheader()
        for record in records:
            writer.writerow(
                {
                    k: "; ".join(map(str, v)) if isinstance(v, (list, tuple)) else v
                    for k, v in record.items()
                }
            )


def main() -> None:
    """Export, then ask DuckDB three questions."""
    corpus = kttt.builtin_corpus()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_csv(corpus.to_records("tasks"), folder / "tasks.csv")
        written = to_parquet(corpus, folder / "parquet")
        print("wrote tasks.csv and", ", ".join(p.name for p in written.values()))

        con = duckdb.connect()
        tasks = written["tasks"].as_posix()
        csv_rows = con.execute(
            "SELECT count(*) FROM read_csv_auto(?)", [(folder / "tasks.csv").as_posix()]
        ).fetchone()
        print(f"\ntasks.csv has {csv_rows[0] if csv_rows else 0} rows")

        print("\nTasks per lead agency (Parquet):")
        for lead, n in con.execute(
            "SELECT coalesce(lead, '(none)') AS lead, count(*) AS n FROM read_parquet(?) "
            "GROUP BY 1 ORDER BY n DESC, lead LIMIT 10",
            [tasks],
        ).fetchall():
            print(f"  {n:3}  {lead}")

        print("\nOne-off tasks falling due each year:")
        for year, n in con.execute(
            "SELECT year(due_end) AS y, count(*) FROM read_parquet(?) "
            "WHERE due_end IS NOT NULL AND NOT recurring GROUP BY y ORDER BY y",
            [tasks],
        ).fetchall():
            print(f"  {year}: {n}")

        print("\nRelations between documents:")
        relations = written["relations"].as_posix()
        for source, kind, target in con.execute(
            "SELECT source, kind, target FROM read_parquet(?) "
            "WHERE kind <> 'mentions' ORDER BY source, kind, target",
            [relations],
        ).fetchall():
            print(f"  {short(source)} {kind} {short(target)}")
        con.close()


if __name__ == "__main__":
    main()
