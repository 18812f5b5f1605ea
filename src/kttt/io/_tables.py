"""Tables out of a corpus: pandas DataFrames and Parquet files for DuckDB or Spark.

Both extras are optional: pandas (``kttt[pandas]``) and pyarrow
(``kttt[arrow]``) are imported inside the functions that need them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from kttt.corpus import TABLES, ColumnType

if TYPE_CHECKING:
    import os

    import pandas as pd

    from kttt.corpus import Column, Corpus

__all__ = ["to_frame", "to_parquet"]


def to_frame(corpus: Corpus, table: str) -> pd.DataFrame:
    """One table of *corpus* as a pandas DataFrame with typed columns (*bảng*).

    Strings are ``string``, counts ``Int64``, flags ``boolean``, dates
    ``datetime64[ns]`` and closed vocabularies ``category``; missing values
    are ``<NA>`` / ``NaT``.  Needs the ``pandas`` extra.

    >>> from kttt.corpus import Corpus
    >>> to_frame(Corpus([]), "tasks").shape
    (0, 22)

    Raises:
        ValueError: *table* is not one of :data:`kttt.corpus.TABLES`.
    """
    return corpus.to_frame(table)


def _arrow_type(column: Column) -> Any:  # noqa: ANN401 - pyarrow has no stubs
    import pyarrow as pa  # noqa: PLC0415 - pyarrow is an optional extra

    match column.type:
        case ColumnType.INT:
            return pa.int64()
        case ColumnType.FLOAT:
            return pa.float64()
        case ColumnType.BOOL:
            return pa.bool_()
        case ColumnType.DATE:
            return pa.date32()
        case ColumnType.CATEGORY:
            return pa.dictionary(pa.int32(), pa.string())
        case ColumnType.LIST:
            return pa.list_(pa.string())
        case _:
            return pa.string()


def to_parquet(
    corpus: Corpus,
    folder: str | os.PathLike[str],
    *,
    tables: tuple[str, ...] | None = None,
) -> dict[str, Path]:
    """Write each table of *corpus* to ``<folder>/<table>.parquet``.

    The files have one typed column per documented column (dates as
    ``date32``, lists as ``list<string>``, vocabularies dictionary-encoded),
    so a national archive can be queried with DuckDB or Spark without
    loading Python.  Needs the ``arrow`` extra.

    >>> import tempfile
    >>> from kttt.corpus import Corpus
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     sorted(to_parquet(Corpus([]), folder))
    ['agencies', 'diagnostics', 'documents', 'relations', 'reporting', 'targets', 'tasks']

    Args:
        corpus: The corpus to write.
        folder: Created if it does not exist; files in it are overwritten.
        tables: The tables to write; all of them by default.

    Returns:
        The path written for each table.

    Raises:
        ValueError: a name in *tables* is not one of :data:`kttt.corpus.TABLES`.
    """
    import pyarrow as pa  # noqa: PLC0415 - pyarrow is an optional extra
    import pyarrow.parquet as pq  # noqa: PLC0415

    chosen = tuple(TABLES) if tables is None else tables
    unknown = [t for t in chosen if t not in TABLES]
    if unknown:
        msg = f"unknown tables {unknown}; expected some of {sorted(TABLES)}"
        raise ValueError(msg)
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    for name in chosen:
        columns = TABLES[name]
        rows = corpus.to_records(name)
        schema = pa.schema([pa.field(c.name, _arrow_type(c)) for c in columns])
        data = {c.name: [row[c.name] for row in rows] for c in columns}
        path = out / f"{name}.parquet"
        pq.write_table(pa.Table.from_pydict(data, schema=schema), path)
        written[name] = path
    return written
