"""Tables: typed columns, plain-dict records, DataFrames and notebook HTML."""

from __future__ import annotations

import enum
from datetime import date
from html import escape
from typing import TYPE_CHECKING, Any

from attrs import field, frozen

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    import pandas as pd

__all__ = ["Column", "ColumnType", "Table"]


class ColumnType(enum.Enum):
    """The type of a table column, which fixes its pandas dtype and Arrow type.

    >>> ColumnType.DATE.pandas
    'datetime64[ns]'
    """

    STRING = "string"
    INT = "int"
    FLOAT = "float"
    BOOL = "bool"
    DATE = "date"
    CATEGORY = "category"
    LIST = "list"
    """A list of strings (agencies, coordinator keys)."""

    @property
    def pandas(self) -> str:
        """The pandas dtype the column gets in :meth:`Table.to_frame`."""
        return _PANDAS[self]


_PANDAS = {
    ColumnType.STRING: "string",
    ColumnType.INT: "Int64",
    ColumnType.FLOAT: "Float64",
    ColumnType.BOOL: "boolean",
    ColumnType.DATE: "datetime64[ns]",
    ColumnType.CATEGORY: "category",
    ColumnType.LIST: "object",
}


@frozen
class Column:
    """One column of a table: its stable name, type and meaning.

    >>> Column("document", ColumnType.STRING, "key of the document").name
    'document'
    """

    name: str
    type: ColumnType
    doc: str = field(eq=False, repr=False)


def to_frame(
    records: Sequence[dict[str, Any]], columns: Sequence[Column]
) -> pd.DataFrame:
    """Build a DataFrame from *records* with the dtype each column declares.

    Needs the ``pandas`` extra.
    """
    import pandas as pd  # noqa: PLC0415 - pandas is an optional extra

    data: dict[str, Any] = {}
    for column in columns:
        values = [record.get(column.name) for record in records]
        if column.type is ColumnType.DATE:
            data[column.name] = pd.to_datetime(
                pd.Series(values, dtype="object"), errors="coerce"
            ).astype("datetime64[ns]")
        elif column.type is ColumnType.LIST:
            data[column.name] = pd.Series(values, dtype="object")
        else:
            data[column.name] = pd.Series(values, dtype=column.type.pandas)
    return pd.DataFrame(data, columns=[c.name for c in columns])


def html_table(
    columns: Sequence[str],
    rows: Sequence[Sequence[object]],
    *,
    total: int,
    limit: int = 20,
) -> str:
    """An escaped HTML table of the first *limit* rows, saying how many there are."""
    head = "".join(f"<th>{escape(c)}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(_cell(v))}</td>" for v in row) + "</tr>"
        for row in rows[:limit]
    )
    more = f"<p>{limit} of {total} rows shown</p>" if total > limit else ""
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{more}"


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return "; ".join(str(v) for v in value)
    return str(value)


@frozen
class Table:
    """A small result table (*bảng*): typed columns and rows, in a stable order.

    Coverage queries return tables; iterate for plain-dict records, or call
    :meth:`to_frame` for a DataFrame.

    >>> t = Table("load", (Column("agency", ColumnType.STRING, "name"),
    ...                    Column("lead", ColumnType.INT, "tasks led")), (("Sở Nội vụ", 3),))
    >>> t.to_records()
    [{'agency': 'Sở Nội vụ', 'lead': 3}]
    >>> len(t)
    1
    """

    name: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Any, ...], ...]

    @property
    def column_names(self) -> tuple[str, ...]:
        """The column names, in order."""
        return tuple(c.name for c in self.columns)

    def to_records(self) -> list[dict[str, Any]]:
        """The rows as plain dicts keyed by column name."""
        names = self.column_names
        return [dict(zip(names, row, strict=True)) for row in self.rows]

    def to_frame(self) -> pd.DataFrame:
        """The rows as a pandas DataFrame with typed columns (extra ``kttt[pandas]``)."""
        return to_frame(self.to_records(), self.columns)

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        names = self.column_names
        for row in self.rows:
            yield dict(zip(names, row, strict=True))

    def _repr_html_(self) -> str:
        """Render as an HTML table in notebooks."""
        return html_table(self.column_names, self.rows, total=len(self.rows))
