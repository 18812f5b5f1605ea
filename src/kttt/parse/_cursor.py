"""A tiny left-to-right reader in the style of packaging's tokenizer."""

from __future__ import annotations

import re
from typing import NoReturn

from attrs import define

from kttt.errors import ParseError

__all__: list[str] = []

# A word or a run of other non-space characters: what an error underlines.
_TOKEN = re.compile(r"[^\s,;()|]{1,40}")


@define
class Cursor:
    """Reads *source* from *pos* and raises where it gets stuck.

    Patterns are matched with ``match`` at the current position, so the
    cursor never searches ahead; every pattern the grammar uses is bounded,
    which keeps each read proportional to what it consumes.

    >>> cur = Cursor("số 12")
    >>> cur.skip(re.compile("số ")), cur.pos
    (True, 3)
    """

    source: str
    pos: int = 0

    def peek(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        """Match *pattern* here without moving.

        >>> Cursor("abc").peek(re.compile("a")) is not None
        True
        """
        return pattern.match(self.source, self.pos)

    def skip(self, pattern: re.Pattern[str]) -> bool:
        """Step over *pattern* if it matches here.

        >>> Cursor("abc").skip(re.compile("x"))
        False
        """
        if m := pattern.match(self.source, self.pos):
            self.pos = m.end()
            return True
        return False

    def take(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        """Step over *pattern* and return the match, or return ``None``.

        >>> Cursor("ab").take(re.compile("a")).group()
        'a'
        """
        if m := pattern.match(self.source, self.pos):
            self.pos = m.end()
        return m

    def expect(self, pattern: re.Pattern[str], what: str) -> re.Match[str]:
        """Step over *pattern*, or raise a ParseError naming *what*.

        >>> Cursor("xyz").expect(re.compile("a"), "an 'a'")
        Traceback (most recent call last):
        ...
        kttt.errors.ParseError: expected an 'a' (line 1, column 1)
            xyz
            ^^^

        Raises:
            ParseError: *pattern* does not match at the current position.
        """
        m = pattern.match(self.source, self.pos)
        if m is None:
            self.fail(f"expected {what}")
        self.pos = m.end()
        return m

    def fail(self, message: str, start: int | None = None) -> NoReturn:
        """Raise a ParseError at the current token (or from *start*).

        Raises:
            ParseError: always.
        """
        begin = self.pos if start is None else start
        word = _TOKEN.match(self.source, self.pos)
        end = max(word.end() if word else self.pos + 1, begin + 1)
        raise ParseError(message, self.source, (begin, min(end, len(self.source))))
