"""Which strategy ``st.from_type`` uses for each concrete model class."""

from __future__ import annotations

from typing import Any, get_args

from hypothesis import strategies as st

from kttt.model import (
    Agency,
    Citation,
    Deadline,
    Diagnostic,
    Document,
    DocumentNumber,
    DocumentRef,
    LegalBasis,
    Plan,
    Proposal,
    Relation,
    ReportingDuty,
    Section,
    Signer,
    Target,
    Task,
)
from kttt.strategies._model import (
    agencies,
    deadlines,
    diagnostics,
    document_refs,
    documents,
    legal_bases,
    plans,
    proposals,
    relations,
    reporting_duties,
    sections,
    signers,
    targets,
    tasks,
)

try:  # TODO(H3): DEVELOPMENT ONLY until H2 lands.
    from kttt.strategies._references import citations, document_numbers
except ImportError:  # pragma: no cover
    citations = None
    document_numbers = None


def _strategies_by_type() -> dict[type, st.SearchStrategy[Any]]:
    """One strategy per concrete model class."""
    found: dict[type, st.SearchStrategy[Any]] = {
        Agency: agencies(),
        DocumentRef: document_refs(),
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
    }
    if document_numbers is not None:
        found[DocumentNumber] = document_numbers()
    if citations is not None:
        found[Citation] = citations()
    # The Deadline union itself cannot be registered (Hypothesis refuses
    # generic types), but once each member is, st.from_type(Deadline) works.
    for member in get_args(Deadline):
        found[member] = deadlines().filter(lambda d, m=member: type(d) is m)
    return found


def register() -> None:
    """Register every strategy with ``st.register_type_strategy``."""
    for cls, strategy in _strategies_by_type().items():
        st.register_type_strategy(cls, strategy)
