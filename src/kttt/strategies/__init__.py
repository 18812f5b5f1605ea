"""Hypothesis strategies for kttt values, for kttt's tests and yours.

Needs the ``hypothesis`` extra (``pip install kttt[hypothesis]``).  Every
strategy draws valid values only, real Vietnamese phrasing first, so that a
shrunk counterexample reads like a plan.

Once kttt is installed, ``st.from_type`` works for every model class too:
the ``hypothesis`` entry point in kttt's metadata calls
:func:`_hypothesis_setup_hook` when Hypothesis is imported.

>>> from hypothesis import given
>>> from kttt.io import from_json, to_json
>>> @given(documents())
... def test_json_round_trip(doc):
...     assert from_json(to_json(doc), Document) == doc
>>> test_json_round_trip()
"""

from __future__ import annotations


def _hypothesis_setup_hook() -> None:
    """Teach ``st.from_type`` about kttt's value objects.

    Hypothesis calls this through the ``hypothesis`` entry point that kttt
    declares, so nothing needs to be imported by hand.

    >>> from hypothesis import find, strategies as st
    >>> _hypothesis_setup_hook()
    >>> find(st.from_type(Document), lambda doc: True).plan is None
    True
    """
    from kttt.strategies._registry import register  # noqa: PLC0415

    register()


# The hook above is defined, and hypothesis imported, before anything else:
# importing hypothesis runs the entry point, which looks the hook up on this
# very module while it is still being imported (``import kttt.strategies`` in a
# fresh interpreter), and the hook needs the modules below to be importable.
import hypothesis  # noqa: E402, F401

from kttt.model import Document  # noqa: E402, F401 - for the doctests
from kttt.strategies._model import (  # noqa: E402
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
    vietnamese_texts,
)

try:  # TODO(H3): DEVELOPMENT ONLY until H2 lands.
    from kttt.strategies._references import citations, document_numbers
except ImportError:  # pragma: no cover
    citations = None  # type: ignore[assignment]
    document_numbers = None  # type: ignore[assignment]

__all__ = [
    "agencies",
    "citations",
    "deadlines",
    "diagnostics",
    "document_numbers",
    "document_refs",
    "documents",
    "legal_bases",
    "plans",
    "proposals",
    "relations",
    "reporting_duties",
    "sections",
    "signers",
    "targets",
    "tasks",
    "vietnamese_texts",
]
