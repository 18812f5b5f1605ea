"""kttt: Vietnamese plans for the collective economy as a typed, queryable model.

Parse a provincial decision and its attached plan, then ask it questions:

>>> import kttt
>>> corpus = kttt.builtin_corpus()
>>> doc = corpus.get("2699/QĐ-UBND")
>>> doc.ref.issued, doc.province
(datetime.date(2020, 12, 4), 'Sơn La')
>>> kttt.parse_deadline("Quý I/2021").end
datetime.date(2021, 3, 31)
>>> kttt.DocumentNumber.parse("98/2018/NĐ-CP").year
2018

The layers, each importing only those before it: :mod:`kttt.errors`,
:mod:`kttt.text`, :mod:`kttt.model`, :mod:`kttt.agencies`, :mod:`kttt.parse`,
:mod:`kttt.corpus`, :mod:`kttt.io`, :mod:`kttt.strategies` (needs the
``hypothesis`` extra) and :mod:`kttt.cli`.
"""

from __future__ import annotations

from kttt.agencies import (
    AgencyRegistry,
    Province,
    find_agencies,
    resolve_agency,
    resolve_province,
    split_agencies,
)
from kttt.corpus import Corpus, TaskView, Validity, builtin_corpus, parse_many
from kttt.errors import (
    InputTooLargeError,
    InvalidPlanError,
    KtttError,
    KtttWarning,
    LoadError,
    ParseError,
)
from kttt.io import from_json, json_schema, to_json
from kttt.model import (
    Agency,
    AgencyKind,
    ByDate,
    ByYear,
    Citation,
    Comparator,
    Deadline,
    Diagnostic,
    DocKind,
    Document,
    DocumentNumber,
    DocumentRef,
    HalfYearly,
    InHalf,
    InMonth,
    InMonthSpan,
    InQuarter,
    InYear,
    InYearSpan,
    LegalBasis,
    Monthly,
    MonthPart,
    NumberStyle,
    Ongoing,
    Plan,
    Proposal,
    Quarterly,
    Recurrence,
    Recurrences,
    Relation,
    RelationKind,
    ReportingDuty,
    Section,
    Severity,
    Signer,
    SignerCapacity,
    Target,
    Task,
    TaskOrigin,
    TaskStatus,
    Unspecified,
    ValidityStatus,
    Yearly,
    YearPart,
    due_key,
)
from kttt.parse import (
    find_citations,
    parse,
    parse_citation,
    parse_deadline,
    parse_file,
    review_citations,
)
from kttt.text import fold, normalize, normalize_with_map, parse_date

__version__ = "0.1.0"

__all__ = [
    "Agency",
    "AgencyKind",
    "AgencyRegistry",
    "ByDate",
    "ByYear",
    "Citation",
    "Comparator",
    "Corpus",
    "Deadline",
    "Diagnostic",
    "DocKind",
    "Document",
    "DocumentNumber",
    "DocumentRef",
    "HalfYearly",
    "InHalf",
    "InMonth",
    "InMonthSpan",
    "InQuarter",
    "InYear",
    "InYearSpan",
    "InputTooLargeError",
    "InvalidPlanError",
    "KtttError",
    "KtttWarning",
    "LegalBasis",
    "LoadError",
    "MonthPart",
    "Monthly",
    "NumberStyle",
    "Ongoing",
    "ParseError",
    "Plan",
    "Proposal",
    "Province",
    "Quarterly",
    "Recurrence",
    "Recurrences",
    "Relation",
    "RelationKind",
    "ReportingDuty",
    "Section",
    "Severity",
    "Signer",
    "SignerCapacity",
    "Target",
    "Task",
    "TaskOrigin",
    "TaskStatus",
    "TaskView",
    "Unspecified",
    "Validity",
    "ValidityStatus",
    "YearPart",
    "Yearly",
    "__version__",
    "builtin_corpus",
    "due_key",
    "find_agencies",
    "find_citations",
    "fold",
    "from_json",
    "json_schema",
    "normalize",
    "normalize_with_map",
    "parse",
    "parse_citation",
    "parse_date",
    "parse_deadline",
    "parse_file",
    "parse_many",
    "resolve_agency",
    "resolve_province",
    "review_citations",
    "split_agencies",
    "to_json",
]
