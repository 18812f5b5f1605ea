"""Serialization: the one cattrs converter, JSON text, JSON Schema and tables.

>>> from kttt.model import DocKind, DocumentRef, DocumentNumber
>>> ref = DocumentRef(kind=DocKind.QUYET_DINH, number=DocumentNumber.parse("2699/QĐ-UBND"))
>>> text = to_json(ref)
>>> text
'{"kind": "quyet_dinh", "number": "2699/QĐ-UBND", "issued": null, "year": null, "issuer": null, "title": null}'
>>> from_json(text, DocumentRef) == ref
True
"""

from __future__ import annotations

from kttt.io._json import (
    MAX_DEPTH,
    MAX_SIZE,
    SCHEMA,
    dumps,
    from_json,
    loads,
    make_converter,
    to_json,
)
from kttt.io._schema import json_schema
from kttt.io._tables import to_frame, to_parquet

__all__ = [
    "MAX_DEPTH",
    "MAX_SIZE",
    "SCHEMA",
    "dumps",
    "from_json",
    "json_schema",
    "loads",
    "make_converter",
    "to_frame",
    "to_json",
    "to_parquet",
]
