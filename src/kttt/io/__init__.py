"""Serialization: the one cattrs converter, JSON, records and tables.

PLACEHOLDER: the JSON work (#2) replaces this.
"""

from __future__ import annotations

__all__: list[str] = []
