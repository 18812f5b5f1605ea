"""Hypothesis strategies for kttt values, for kttt's tests and yours.

PLACEHOLDER: the strategies work (#2) replaces this.
"""

from __future__ import annotations

__all__: list[str] = []


def _hypothesis_setup_hook() -> None:
    """Teach ``st.from_type`` about kttt's value objects."""
