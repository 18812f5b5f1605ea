"""Hypothesis strategies for kttt values, for kttt's tests and yours.

Needs the ``hypothesis`` extra (``pip install kttt[hypothesis]``).  Every
strategy draws valid values only, real Vietnamese phrasing first, so that a
shrunk counterexample reads like a plan.

Once kttt is installed, ``st.from_type`` works for every model class too:
the ``hypothesis`` entry point in kttt's metadata calls
:func:`_hypothesis_setup_hook` when Hypothesis is imported.

>>> from hypothesis import given
>>> from kttt.io import from_json, to_json
>>> from hypothesis import settings
>>> @settings(max_examples=20)
... @given(documents())
... def test_json_round_trip(doc):
...     assert from_json(to_json(doc), Document) == doc
>>> test_json_round_trip()
"""

from __future__ import annotations


def _hypothesis_setup_hook() -> None:
    """Teach ``st.from_type`` about kttt's value objects.

    Hypothesis calls this through the ``hypothesis`` entry point that kttt
    declares, so nothing needs to be imported by hand.

    >>> from hypothesis import given, settings, strategies as st
    >>> _hypothesis_setup_hook()
    >>> @settings(max_examples=5)
    ... @given(st.from_type(Document))
    ... def test_documents(doc):
    ...     assert isinstance(doc, Document)
    >>> test_documents()
    """
    from kttt.strategies._registry import register  # noqa: PLC0415

    register()


# The hook above is defined, and hypothesis imported, before anything else:
# importing hypothesis runs the entry point, which looks the hook up on this
# very module while it is still being imported (``import kttt.strategies`` in a
# fresh interpreter), and the hook needs the modules below to be importable.
import hypothesis  # noqa: E402, F401

from kttt.model import Document  # noqa: E402, F401 - for the doctests
from kttt.strategies._agencies import (  # noqa: E402
    agencies,
    agency_names,
    provinces,
)
from kttt.strategies._corpus import (  # noqa: E402
    corpora,
    national_corpus,
    national_documents,
)
from kttt.strategies._deadlines import (  # noqa: E402
    by_dates,
    by_years,
    deadline_years,
    deadlines,
    half_yearly_deadlines,
    in_halves,
    in_month_spans,
    in_months,
    in_quarters,
    in_year_spans,
    in_years,
    monthly_deadlines,
    ongoing_deadlines,
    quarterly_deadlines,
    recurrences,
    recurring_deadlines,
    unspecified_deadlines,
    window_deadlines,
    yearly_deadlines,
)
from kttt.strategies._model import (  # noqa: E402
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
    vietnamese_texts,
)
from kttt.strategies._references import (  # noqa: E402
    citations,
    document_numbers,
    document_refs,
    relations,
)

__all__ = [
    "agencies",
    "agency_names",
    "by_dates",
    "by_years",
    "citations",
    "corpora",
    "deadline_years",
    "deadlines",
    "diagnostics",
    "document_numbers",
    "document_refs",
    "documents",
    "half_yearly_deadlines",
    "in_halves",
    "in_month_spans",
    "in_months",
    "in_quarters",
    "in_year_spans",
    "in_years",
    "legal_bases",
    "monthly_deadlines",
    "national_corpus",
    "national_documents",
    "ongoing_deadlines",
    "plans",
    "proposals",
    "provinces",
    "quarterly_deadlines",
    "recurrences",
    "recurring_deadlines",
    "relations",
    "reporting_duties",
    "sections",
    "signers",
    "targets",
    "tasks",
    "unspecified_deadlines",
    "vietnamese_texts",
    "window_deadlines",
    "yearly_deadlines",
]
