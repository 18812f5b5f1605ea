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

from typing import TYPE_CHECKING

# The parsers package is imported first and on purpose: importing a package
# sets it as an attribute of its parent, so ``kttt.parse`` must be bound to
# the function below only after ``kttt.parse`` the package exists.  The
# package itself is light; its modules load on first use.
import kttt.parse as _parse_package
from kttt._lazy import lazy_names
from kttt.errors import (
    InputTooLargeError,
    InvalidPlanError,
    KtttError,
    KtttWarning,
    LoadError,
    ParseError,
)
from kttt.text import (
    fold,
    normalize,
    normalize_with_map,
    parse_date,
)

if TYPE_CHECKING:
    from kttt.agencies import (
        AgencyRegistry,
        Province,
        find_agencies,
        resolve_agency,
        resolve_province,
        split_agencies,
    )
    from kttt.corpus import (
        Corpus,
        TaskView,
        Validity,
        builtin_corpus,
        parse_many,
    )
    from kttt.io import (
        from_json,
        json_schema,
        to_json,
    )
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
        parse_citation,
        parse_deadline,
        parse_file,
        review_citations,
    )

__version__ = "0.1.0"

# Everything else loads on first use (PEP 562), so that ``import kttt`` stays
# fast: the grammars, the agency registry and the JSON converter cost more
# than the rest of the package together.
_LAZY: dict[str, str] = {
    "Agency": "kttt.model",
    "AgencyKind": "kttt.model",
    "AgencyRegistry": "kttt.agencies",
    "ByDate": "kttt.model",
    "ByYear": "kttt.model",
    "Citation": "kttt.model",
    "Comparator": "kttt.model",
    "Corpus": "kttt.corpus",
    "Deadline": "kttt.model",
    "Diagnostic": "kttt.model",
    "DocKind": "kttt.model",
    "Document": "kttt.model",
    "DocumentNumber": "kttt.model",
    "DocumentRef": "kttt.model",
    "HalfYearly": "kttt.model",
    "InHalf": "kttt.model",
    "InMonth": "kttt.model",
    "InMonthSpan": "kttt.model",
    "InQuarter": "kttt.model",
    "InYear": "kttt.model",
    "InYearSpan": "kttt.model",
    "LegalBasis": "kttt.model",
    "MonthPart": "kttt.model",
    "Monthly": "kttt.model",
    "NumberStyle": "kttt.model",
    "Ongoing": "kttt.model",
    "Plan": "kttt.model",
    "Proposal": "kttt.model",
    "Province": "kttt.agencies",
    "Quarterly": "kttt.model",
    "Recurrence": "kttt.model",
    "Recurrences": "kttt.model",
    "Relation": "kttt.model",
    "RelationKind": "kttt.model",
    "ReportingDuty": "kttt.model",
    "Section": "kttt.model",
    "Severity": "kttt.model",
    "Signer": "kttt.model",
    "SignerCapacity": "kttt.model",
    "Target": "kttt.model",
    "Task": "kttt.model",
    "TaskOrigin": "kttt.model",
    "TaskStatus": "kttt.model",
    "TaskView": "kttt.corpus",
    "Unspecified": "kttt.model",
    "Validity": "kttt.corpus",
    "ValidityStatus": "kttt.model",
    "YearPart": "kttt.model",
    "Yearly": "kttt.model",
    "builtin_corpus": "kttt.corpus",
    "due_key": "kttt.model",
    "find_agencies": "kttt.agencies",
    "find_citations": "kttt.parse",
    "from_json": "kttt.io",
    "json_schema": "kttt.io",
    "parse_citation": "kttt.parse",
    "parse_deadline": "kttt.parse",
    "parse_file": "kttt.parse",
    "parse_many": "kttt.corpus",
    "resolve_agency": "kttt.agencies",
    "resolve_province": "kttt.agencies",
    "review_citations": "kttt.parse",
    "split_agencies": "kttt.agencies",
    "to_json": "kttt.io",
}


__getattr__, __dir__ = lazy_names(globals(), _LAZY)


def parse(text: str, *, source: str | None = None) -> Document:
    r"""Read a decision and its attached plan into a :class:`Document`; never raises on ``str``.

    The same function as :func:`kttt.parse.parse` (see there for what is
    read); it is bound here so that ``kttt.parse(text)`` works while
    ``kttt.parse`` is also the package of parsers.

    >>> doc = parse("Số: 2699/QĐ-UBND\nSơn La, ngày 04 tháng 12 năm 2020\nQUYẾT ĐỊNH")
    >>> doc.ref.key, doc.ref.issued
    ('2699/QĐ-UBND', datetime.date(2020, 12, 4))

    Raises:
        InputTooLargeError: *text* is longer than :data:`kttt.parse.MAX_CHARS`.
    """
    return _parse_package.parse(text, source=source)


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
