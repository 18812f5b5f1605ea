"""Exceptions and warnings that kttt raises when its input is bad.

Everything that comes from *data* (text, JSON) and is rejected is a
:class:`KtttError`; bad constructor arguments from programmers raise attrs'
plain ``ValueError`` or ``TypeError`` instead.
"""

from __future__ import annotations

__all__ = [
    "InputTooLargeError",
    "InvalidPlanError",
    "KtttError",
    "KtttWarning",
    "LoadError",
    "ParseError",
]


class KtttError(Exception):
    """Base class of every exception kttt raises because of bad input.

    >>> issubclass(ParseError, KtttError) and issubclass(LoadError, KtttError)
    True
    """


class ParseError(KtttError, ValueError):
    """Text could not be read as a kttt value.

    The message names what was expected; ``str()`` adds the offending line
    with the span underlined, so that a failure in a long document can be
    found without a debugger.

    >>> print(ParseError("expected a document kind", "Số: 2699/XX-UBND", (9, 11)))
    expected a document kind (line 1, column 10)
        Số: 2699/XX-UBND
                 ^^

    Args:
        message: What was expected, in lower case and without a full stop.
        source: The whole text that was being read.
        span: ``(start, end)`` offsets of the offending part of *source*.
    """

    def __init__(self, message: str, source: str, span: tuple[int, int]) -> None:
        # Passing every argument up keeps ``args`` in step with ``__init__``,
        # which is what pickle and copy need.
        super().__init__(message, source, span)
        self.message = message
        self.source = source
        self.span = span

    @property
    def line(self) -> int:
        r"""1-based line number of the start of the span.

        >>> ParseError("x", "a\nbc", (3, 4)).line
        2
        """
        return self.source.count("\n", 0, self.span[0]) + 1

    @property
    def column(self) -> int:
        r"""1-based column of the start of the span, in code points.

        >>> ParseError("x", "a\nbc", (3, 4)).column
        2
        """
        return self.span[0] - self.source.rfind("\n", 0, self.span[0])

    def __str__(self) -> str:
        start, end = self.span
        first = self.source.rfind("\n", 0, start) + 1
        last = self.source.find("\n", start)
        if last == -1:
            last = len(self.source)
        pointer = " " * (start - first) + "^" * max(min(end, last) - start, 1)
        where = f"line {self.line}, column {self.column}"
        return f"{self.message} ({where})\n    {self.source[first:last]}\n    {pointer}"


class LoadError(KtttError, ValueError):
    """Serialized data did not describe a valid kttt value.

    >>> str(LoadError(["'quarter' must be <= 4: 5 @ $.deadline"]))
    "'quarter' must be <= 4: 5 @ $.deadline"

    Args:
        errors: One message per problem, each ending in a JSON path such as
            ``"'quarter' must be <= 4: 5 @ $.deadline"``.
    """

    def __init__(self, errors: list[str]) -> None:
        super().__init__(errors)
        self.errors = errors

    def __str__(self) -> str:
        return "; ".join(self.errors)


class InputTooLargeError(KtttError, ValueError):
    """The input is larger than kttt agrees to read.

    >>> str(InputTooLargeError(9_000_000, 8_388_608))
    'input is 9000000 characters; the limit is 8388608'

    Args:
        size: The size of the input, in characters or bytes.
        limit: The largest size accepted.
    """

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(size, limit)
        self.size = size
        self.limit = limit

    def __str__(self) -> str:
        return f"input is {self.size} characters; the limit is {self.limit}"


class InvalidPlanError(KtttError, ExceptionGroup):
    """Strict validation found problems; holds one exception per problem.

    >>> err = InvalidPlanError("2 problems", [ValueError("a"), ValueError("b")])
    >>> len(err.exceptions)
    2
    """

    def derive(self, excs: list[Exception]) -> InvalidPlanError:  # type: ignore[override]
        """Keep the class when ``except*`` splits the group."""
        return InvalidPlanError(self.message, excs)


class KtttWarning(UserWarning):
    """A footgun that is flagged, not forbidden (a deadline before its plan).

    >>> issubclass(KtttWarning, UserWarning)
    True
    """
