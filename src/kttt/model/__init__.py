"""The typed model: frozen attrs value objects for documents, plans and tasks.

Every class here is immutable, validated at construction and hashable;
atoms with a canonical text form (:class:`DocumentNumber`, deadlines) print
as ``X.parse('...')``.  Serialization lives in :mod:`kttt.io`.
"""

from __future__ import annotations

from kttt.model._agency import Agency, AgencyKind
from kttt.model._deadline import (
    ByDate,
    ByYear,
    Deadline,
    HalfYearly,
    InHalf,
    InMonth,
    InMonthSpan,
    InQuarter,
    InYear,
    InYearSpan,
    Monthly,
    MonthPart,
    Ongoing,
    Quarterly,
    Recurrence,
    Recurrences,
    Unspecified,
    Yearly,
    YearPart,
    due_key,
)
from kttt.model._diagnostic import Diagnostic, Severity
from kttt.model._document import Document, LegalBasis, Proposal, Signer, SignerCapacity
from kttt.model._number import DocKind, DocumentNumber, NumberStyle
from kttt.model._plan import Plan, ReportingDuty, Section
from kttt.model._ref import Citation, DocumentRef, Relation, RelationKind
from kttt.model._status import TaskStatus, ValidityStatus
from kttt.model._target import Comparator, Target
from kttt.model._task import Task, TaskOrigin

__all__ = [
    "Agency",
    "AgencyKind",
    "ByDate",
    "ByYear",
    "Citation",
    "Comparator",
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
    "LegalBasis",
    "MonthPart",
    "Monthly",
    "NumberStyle",
    "Ongoing",
    "Plan",
    "Proposal",
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
    "Unspecified",
    "ValidityStatus",
    "YearPart",
    "Yearly",
    "due_key",
]
