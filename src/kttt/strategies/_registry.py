"""Which strategy ``st.from_type`` uses for each concrete model class."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, get_args

from hypothesis import strategies as st

from kttt.corpus import Corpus
from kttt.model import (
    Agency,
    ByDate,
    ByYear,
    Citation,
    Deadline,
    Diagnostic,
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
    Ongoing,
    Plan,
    Proposal,
    Quarterly,
    Recurrences,
    Relation,
    ReportingDuty,
    Section,
    Signer,
    Target,
    Task,
    Unspecified,
    Yearly,
)
from kttt.strategies import _deadlines as d
from kttt.strategies._agencies import agencies
from kttt.strategies._corpus import corpora
from kttt.strategies._model import (
    diagnostics,
    documents,
    legal_bases,
    plans,
    proposals,
    reporting_duties,
    sections,
    signers,
    targets,
    tasks,
)
from kttt.strategies._references import (
    citations,
    document_numbers,
    document_refs,
    relations,
)

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["register"]


def _only(member: type) -> Callable[[object], bool]:
    """A filter that keeps values of exactly *member*."""
    return lambda value: type(value) is member


def _deadline_strategies() -> dict[type, st.SearchStrategy[Any]]:
    """One strategy per member of the Deadline union."""
    found: dict[type, st.SearchStrategy[Any]] = {
        InYear: d.in_years(),
        InYearSpan: d.in_year_spans(),
        InHalf: d.in_halves(),
        InQuarter: d.in_quarters(),
        InMonth: d.in_months(),
        InMonthSpan: d.in_month_spans(),
        ByDate: d.by_dates(),
        ByYear: d.by_years(),
        Yearly: d.yearly_deadlines(),
        HalfYearly: d.half_yearly_deadlines(),
        Quarterly: d.quarterly_deadlines(),
        Monthly: d.monthly_deadlines(),
        Recurrences: d.recurrences(),
        Ongoing: d.ongoing_deadlines(),
        Unspecified: d.unspecified_deadlines(),
    }
    # A deadline kind added later still gets a strategy, if a slower one.
    for member in get_args(Deadline):
        if member not in found:  # pragma: no cover - every kind is listed above
            found[member] = d.deadlines().filter(_only(member))
    return found


def strategies_by_type() -> dict[type, st.SearchStrategy[Any]]:
    """One strategy per concrete class that kttt registers."""
    return {
        Agency: agencies(),
        DocumentNumber: document_numbers(),
        DocumentRef: document_refs(),
        Citation: citations(),
        Relation: relations(),
        Diagnostic: diagnostics(),
        Task: tasks(),
        Target: targets(),
        Section: sections(),
        ReportingDuty: reporting_duties(),
        Plan: plans(),
        LegalBasis: legal_bases(),
        Proposal: proposals(),
        Signer: signers(),
        Document: documents(),
        Corpus: corpora(),
        # The Deadline union itself cannot be registered (Hypothesis refuses
        # generic types), but once each member is, st.from_type(Deadline) works.
        **_deadline_strategies(),
    }


def register() -> None:
    """Register every strategy with ``st.register_type_strategy``."""
    for cls, strategy in strategies_by_type().items():
        st.register_type_strategy(cls, strategy)
