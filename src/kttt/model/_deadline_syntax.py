"""The machinery under the deadline grammar: a matching key, tokens and rules.

Deadline phrases (*thời gian hoàn thành*) are matched on a *key*: the text
lower-cased, stripped of diacritics (``hằng`` and ``hàng`` both become
``hang``, ``Đ`` becomes ``d``), with every run of punctuation and space turned
into one space.  ``Quý I/2021``, ``quý I - 2021`` and ``QUY I.2021`` all give
``quy i 2021``.  Patterns over such keys are short, need no case or dash
handling and cannot backtrack badly: tokens are words separated by single
spaces.

The rules themselves live next to the classes they build, in
:mod:`kttt.model._deadline`; this module only assembles them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING, Final, Generic, TypeVar

from attrs import frozen

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

__all__ = ["D", "Grammar", "M", "Q", "Rule", "Y", "key"]

T = TypeVar("T")

# Tokens.  Years are any four ASCII digits here; the classes' validators
# decide which years make sense.  ``[0-9]`` and never ``\d``: other scripts'
# digits must not pass for ours.
Y: Final = r"[0-9]{4}"
M: Final = r"(?:0?[1-9]|1[0-2])"
D: Final = r"(?:0?[1-9]|[12][0-9]|3[01])"
Q: Final = r"(?:iv|i{1,3}|[1-4])"


def _key_table() -> dict[int, str]:
    """Map every character a Vietnamese phrase can hold to its key form."""
    table: dict[int, str] = {}
    for cp in range(0x80):
        ch = chr(cp)
        if ch.isalnum():
            table[cp] = ch.lower()
        elif ch != " ":
            table[cp] = " "
    # Latin letters with diacritics, in precomposed form, become their base.
    for lo, hi in ((0x00C0, 0x0250), (0x1E00, 0x1F00)):
        for cp in range(lo, hi):
            base = unicodedata.normalize("NFD", chr(cp))[0]
            if base.isascii() and base.isalpha():
                table[cp] = base.lower()
    # Đ and its look-alikes from scans (Icelandic eth, African D) do not
    # decompose; they all read as d.
    for ch in "ĐđÐðƉɖ":
        table[ord(ch)] = "d"
    # Combining marks (NFD input) and invisible characters vanish.
    for cp in range(0x0300, 0x0370):
        table[cp] = ""
    for ch in "\u00ad\u200b\u200c\u200d\u2060\ufeff":
        table[ord(ch)] = ""
    # Spaces, dashes, quotes and other punctuation separate words.
    for cp in (*range(0x00A0, 0x00C0), 0x00D7, 0x00F7, *range(0x2000, 0x2070)):
        table.setdefault(cp, " ")
    for ch in "\u3000\ufe63\uff0d\u2212":
        table[ord(ch)] = " "
    return table


_KEY: Final = _key_table()


def key(text: str) -> str:
    """Return the matching key of *text*: ASCII words separated by single spaces.

    >>> key("Trước ngày 15/12 HẰNG NĂM")
    'truoc ngay 15 12 hang nam'
    >>> key("Giai đoạn 2021 \u2013 2025")
    'giai doan 2021 2025'
    """
    return " ".join(text.translate(_KEY).split())


@frozen
class Rule(Generic[T]):
    """One way of writing a deadline: a pattern over keys and a builder.

    *pattern* uses named groups; *build* receives them by name (``None`` for
    a group that did not take part) and returns a value, or raises
    ``ValueError`` when the numbers make no sense (``30/2/2021``).  A rule
    with ``scan=False`` is tried on whole phrases only: a bare ``2021`` or
    ``30/6/2021`` inside a longer cell is more often part of a reference
    (``Luật ... năm 2012``, ``... ngày 25/9/2020``) than a deadline.
    """

    pattern: str
    build: Callable[[dict[str, str | None]], T]
    scan: bool = True


_GROUP = re.compile(r"\(\?P<([a-z_0-9]+)>")
# Words that may come before a whole phrase without changing what it means:
# "trong quý II/2022", "chậm nhất trong tháng 8/2022", "hoàn thành năm 2021".
_FILLER = (
    r"(?:(?:trong|vao|cham nhat|hoan thanh|du kien|thoi gian|thoi han|xong) ){0,3}"
)
_LEFT = r"(?<![0-9a-z])"
_RIGHT = r"(?![0-9a-z])"


class Grammar(Generic[T]):
    """An ordered list of rules, compiled into two patterns.

    The *whole-phrase* pattern is every rule, in order, anchored at both ends
    after optional filler words.  The *scan* pattern is the rules with
    ``scan=True``, searched for anywhere between word boundaries.  When two
    rules could match at the same place the earlier one wins, so longer and
    more specific rules come first.
    """

    def __init__(self, rules: Sequence[Rule[T]]) -> None:
        self._rules = tuple(rules)
        self._names: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
        whole: list[str] = []
        scan: list[str] = []
        for i, rule in enumerate(self._rules):
            prefix = f"r{i}_"
            names = tuple(_GROUP.findall(rule.pattern))
            inner = _GROUP.sub(rf"(?P<{prefix}\1>", rule.pattern)
            self._names.append((names, tuple(prefix + n for n in names)))
            whole.append(f"(?P<r{i}>{inner})")
            if rule.scan:
                scan.append(f"(?P<r{i}>{inner})")
        self._whole = re.compile(f"{_FILLER}(?:{'|'.join(whole)})")
        self._scan = re.compile(f"{_LEFT}(?:{'|'.join(scan)}){_RIGHT}")

    def _build(self, m: re.Match[str]) -> T | None:
        """Build the value of the rule that matched, or ``None`` if it is invalid."""
        group = m.lastgroup
        if group is None:  # pragma: no cover - every alternative is a named group
            return None
        index = int(group[1:])
        names, prefixed = self._names[index]
        groups: dict[str, str | None] = {}
        for name, full in zip(names, prefixed, strict=True):
            groups[name] = m.group(full)
        try:
            return self._rules[index].build(groups)
        except ValueError:
            return None

    def whole(self, text_key: str) -> T | None:
        """Read *text_key* as one phrase, or return ``None``.

        >>> Grammar([Rule(r"quy (?P<q>[1-4])", lambda g: g["q"])]).whole("trong quy 2")
        '2'
        """
        m = self._whole.fullmatch(text_key)
        return None if m is None else self._build(m)

    def scan(self, text_key: str) -> Iterator[tuple[T, int, int]]:
        """Yield every valid phrase found in *text_key*, left to right, with its span.

        A match whose numbers make no sense is skipped whole, so that its
        pieces are not read again as something else.

        >>> list(Grammar([Rule(r"quy (?P<q>[1-4])", lambda g: g["q"])]).scan(
        ...     "quy 1 va quy 3"))
        [('1', 0, 5), ('3', 9, 14)]
        """
        pos = 0
        while (m := self._scan.search(text_key, pos)) is not None:
            pos = m.end()
            value = self._build(m)
            if value is not None:
                yield value, m.start(), m.end()
