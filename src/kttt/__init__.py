"""kttt: Vietnamese plans for the collective economy as a typed, queryable model.

>>> import kttt
>>> kttt.DocumentNumber.parse("2699/QĐ-UBND").kind
<DocKind.QUYET_DINH: 'quyet_dinh'>
>>> kttt.fold("Liên minh Hợp tác xã tỉnh")
'lien minh hop tac xa tinh'
"""

from __future__ import annotations

from kttt.agencies import resolve_agency
from kttt.corpus import Corpus, builtin_corpus
from kttt.errors import (
    InputTooLargeError,
    InvalidPlanError,
    KtttError,
    KtttWarning,
    LoadError,
    ParseError,
)
from kttt.model import (
    Agency,
    AgencyKind,
    Citation,
    Comparator,
    Deadline,
    Diagnostic,
    DocKind,
    Document,
    DocumentNumber,
    DocumentRef,
    LegalBasis,
    NumberStyle,
    Plan,
    Proposal,
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
    ValidityStatus,
)
from kttt.parse import find_citations, parse, parse_citation, parse_deadline, parse_file
from kttt.text import fold, normalize, normalize_with_map, parse_date

__version__ = "0.1.0"

__all__ = [
    "Agency",
    "AgencyKind",
    "Citation",
    "Comparator",
    "Corpus",
    "Deadline",
    "Diagnostic",
    "DocKind",
    "Document",
    "DocumentNumber",
    "DocumentRef",
    "InputTooLargeError",
    "InvalidPlanError",
    "KtttError",
    "KtttWarning",
    "LegalBasis",
    "LoadError",
    "NumberStyle",
    "ParseError",
    "Plan",
    "Proposal",
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
    "ValidityStatus",
    "__version__",
    "builtin_corpus",
    "find_citations",
    "fold",
    "normalize",
    "normalize_with_map",
    "parse",
    "parse_citation",
    "parse_date",
    "parse_deadline",
    "parse_file",
    "resolve_agency",
]
