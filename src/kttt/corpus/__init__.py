"""Many documents: identity, the relations graph, validity at a date, task queries.

:class:`Corpus` holds parsed documents and every document they mention;
:meth:`Corpus.tasks` queries their tasks; :meth:`Corpus.status` says what is
in force on a date; :func:`parse_many` reads a folder of files in parallel;
:func:`builtin_corpus` gives the two bundled seed documents.
"""

from __future__ import annotations

from kttt.corpus._builtin import builtin_corpus
from kttt.corpus._corpus import Corpus
from kttt.corpus._graph import Edge
from kttt.corpus._many import FileResult, ParseBatch, parse_many
from kttt.corpus._records import TABLES
from kttt.corpus._table import Column, ColumnType, Table
from kttt.corpus._tasks import TaskView
from kttt.corpus._validity import Validity

__all__ = [
    "TABLES",
    "Column",
    "ColumnType",
    "Corpus",
    "Edge",
    "FileResult",
    "ParseBatch",
    "Table",
    "TaskView",
    "Validity",
    "builtin_corpus",
    "parse_many",
]
