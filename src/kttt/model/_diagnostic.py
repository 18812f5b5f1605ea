"""Diagnostics: what a lenient scanner noticed, repaired or could not read."""

from __future__ import annotations

import enum

from attrs import field, frozen
from attrs.validators import ge, matches_re, optional

__all__ = ["Diagnostic", "Severity"]


class Severity(enum.Enum):
    """How much a diagnostic matters.

    >>> Severity("warning")
    <Severity.WARNING: 'warning'>
    """

    INFO = "info"  # noted, nothing was changed
    WARNING = "warning"  # repaired or inferred; the original text is kept
    ERROR = "error"  # a part could not be read and is missing from the model


@frozen(kw_only=True)
class Diagnostic:
    """One problem found while reading a document.

    *code* is a stable kebab-case identifier (``symbol-double-slash``) that
    tools can filter on; *message* is for people and may change.

    >>> Diagnostic(code="missing-header", message="no header block", line=1)
    Diagnostic(code='missing-header', message='no header block', line=1, severity=<Severity.WARNING: 'warning'>, text=None)
    """

    code: str = field(validator=matches_re(r"[a-z0-9]+(?:-[a-z0-9]+)*"))
    message: str
    line: int | None = field(default=None, validator=optional(ge(1)))
    """1-based line of the input where the problem is, when there is one."""
    severity: Severity = Severity.WARNING
    text: str | None = None
    """The input text the diagnostic is about, as written."""
