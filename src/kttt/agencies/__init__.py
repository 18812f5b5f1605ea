"""The registry of agencies: canonical names, aliases, abbreviations, groups.

PLACEHOLDER: the agency work (#5) replaces this with a registry in package data.
"""

from __future__ import annotations

import re

from kttt.model import Agency
from kttt.text import fold

__all__ = ["resolve_agency"]


def resolve_agency(name: str, *, province: str | None = None) -> Agency:
    """Resolve *name* to an agency; unknown names get a stable key of their own.

    >>> resolve_agency("Sở Nội vụ").name
    'Sở Nội vụ'
    """
    slug = re.sub(r"\s+", "-", fold(name)) or "unknown"
    if province:
        slug = re.sub(r"\s+", "-", fold(province)) + "/" + slug
    return Agency(key=slug, name=name, province=province, known=False)
