"""The machinery under the deadline grammar: a matching key, tokens and rules.

Deadline phrases (*thời gian hoàn thành*) are matched on a *key*: the text
lower-cased, stripped of diacritics (``hằng`` and ``hàng`` both become
``hang``, ``Đ`` becomes ``d``), with every run of punctuation and space turned
into one space.  ``Quý I/2021``, ``quý I - 2021`` and ``QUY I.2021`` all give
``quy i 2021``.  Patterns over such keys are short, need no case or dash
handling and cannot backtrack badly: tokens are words separated by single
spaces.

Each rule names the words a phrase of its kind begins with (its *heads*), and
the grammar tries on a key only the rules whose heads hold the key's first
word: two or three patterns rather than two dozen.  That dispatch, not the
patterns, is what makes reading a phrase for the first time cheap.

The rules themselves live next to the classes they build, in
:mod:`kttt.model._deadline`; this module only assembles them.
"""

from __future__ import annotations

import inspect
import re
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING, Final, Generic, TypeAlias, TypeVar

from attrs import field, frozen

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

__all__ = ["D", "Grammar", "M", "Q", "Rule", "Y", "head", "key"]

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
    # The space maps to itself, pointlessly but not for nothing: translate()
    # treats a character missing from the table as an error it then clears,
    # which costs more than the look-up, and spaces are a phrase's commonest
    # character.
    for cp in range(0x80):
        ch = chr(cp)
        table[cp] = ch.lower() if ch.isalnum() else " "
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


def head(word: str) -> str:
    """Return the class of a key's word that rules dispatch on.

    A number stands for its kind, not its value: ``#`` for a one-digit
    number, ``##`` for two digits, ``####`` for a year.  Any other word is
    its own class.

    >>> head("quy"), head("6"), head("15"), head("2021")
    ('quy', '#', '##', '####')
    """
    return "#" * len(word) if word[:1].isdigit() else word


@frozen
class Rule(Generic[T]):
    """One way of writing a deadline: a pattern over keys and a builder.

    *pattern* uses named groups and no unnamed capturing ones.  *build*
    takes the groups as positional arguments named like them, in the order
    they open in the pattern (``None`` for a group that did not take part),
    and returns a value, or raises ``ValueError`` when the numbers make no
    sense (``30/2/2021``).  Positional arguments spare building a dict per
    phrase; :class:`Grammar` checks the names, so they cannot drift apart.

    *heads* are the :func:`head` classes of the words a phrase of this rule
    can begin with: ``("quy",)`` for ``quy i 2021``, ``("#", "##")`` for a
    day.  The grammar tries the rule only on keys that begin with one of
    them, so a head left out is a spelling the rule does not read (a test
    checks every rule's pattern against its heads).

    A rule with ``scan=False`` is tried on whole phrases only: a bare
    ``2021`` or ``30/6/2021`` inside a longer cell is more often part of a
    reference (``Luật ... năm 2012``, ``... ngày 25/9/2020``) than a deadline.
    """

    pattern: str
    build: Callable[..., T]
    heads: tuple[str, ...] = field(kw_only=True)
    scan: bool = field(default=True, kw_only=True)


_GROUP = re.compile(r"\(\?P<([a-z_0-9]+)>")
# Words that may come before a whole phrase without changing what it means:
# "trong quý II/2022", "chậm nhất trong tháng 8/2022", "hoàn thành năm 2021".
_FILLER_WORDS: Final = (
    "trong",
    "vao",
    "cham nhat",
    "hoan thanh",
    "du kien",
    "thoi gian",
    "thoi han",
    "xong",
)
_FILLER: Final = re.compile(f"(?:{'|'.join(_FILLER_WORDS)}) ")
_FILLER_HEADS: Final = frozenset(w.split()[0] for w in _FILLER_WORDS)
_MAX_FILLERS: Final = 3
_RIGHT: Final = r"(?![0-9a-z])"


# One rule, compiled: its pattern and its builder.
_Compiled: TypeAlias = tuple[re.Pattern[str], Callable[..., T]]
# A whole-phrase rule keeps its pattern's bound fullmatch: the look-up of the
# method is a measurable part of a try that fails, and most tries do.
_Whole: TypeAlias = tuple[Callable[..., re.Match[str] | None], Callable[..., T]]


def _check(rule: Rule[T]) -> None:
    """Check that *rule* holds named groups only and that its builder takes them."""
    names = tuple(_GROUP.findall(rule.pattern))
    if re.compile(rule.pattern).groups != len(names):
        msg = f"rule patterns may hold named groups only: {rule.pattern!r}"
        raise ValueError(msg)
    params = tuple(inspect.signature(rule.build).parameters)
    if params != names:
        msg = f"the builder of {rule.pattern!r} must take {names}, not {params}"
        raise ValueError(msg)


def _build(m: re.Match[str], build: Callable[..., T]) -> T | None:
    """Build the value of a rule's match, or ``None`` if it is invalid."""
    try:
        return build(*m.groups())
    except ValueError:
        return None


class Grammar(Generic[T]):
    """An ordered list of rules, tried per head.

    When two rules could match at the same place the earlier one wins, so
    longer and more specific rules come first.  A whole phrase may start
    with up to three filler words (``trong``, ``chậm nhất`` ...); scanning
    looks for the rules with ``scan=True`` anywhere between word boundaries.
    Each rule is compiled once, on its own: trying the two or three rules of
    a head one after the other costs about what one alternation of them
    would, and keeps the groups' names and numbers the rule's own.
    """

    def __init__(self, rules: Sequence[Rule[T]]) -> None:
        self._whole: dict[str, tuple[_Whole[T], ...]] = {}
        self._scan: dict[str, tuple[_Compiled[T], ...]] = {}
        whole: list[tuple[Rule[T], _Whole[T]]] = []
        scan: list[tuple[Rule[T], _Compiled[T]]] = []
        for rule in rules:
            _check(rule)
            whole.append((rule, (re.compile(rule.pattern).fullmatch, rule.build)))
            if rule.scan:
                tail = f"(?:{rule.pattern}){_RIGHT}"
                scan.append((rule, (re.compile(tail), rule.build)))
        for h in sorted({h for rule in rules for h in rule.heads}):
            self._whole[h] = tuple(c for rule, c in whole if h in rule.heads)
            if scanned := tuple(c for rule, c in scan if h in rule.heads):
                self._scan[h] = scanned
        # Where a scan may find something: a head of a scanning rule, as a
        # whole word.  Plain literals, not groups, so that the regex engine
        # skips an alternative on its first letter.
        words = "|".join(
            rf"[0-9]{{{len(h)}}}" if h.startswith("#") else re.escape(h)
            for h in sorted(self._scan)
        )
        self._heads = re.compile(rf"(?<![0-9a-z])(?:{words}){_RIGHT}")
        # The rules for a first word as it stands: the word classes without
        # the number classes, which a word is not, and without the filler
        # words, which need their own path.  One look-up then settles the
        # commonest case, a phrase that begins with a word.
        self._by_word = {
            h: rules
            for h, rules in self._whole.items()
            if not h.startswith("#") and h not in _FILLER_HEADS
        }

    def whole(self, text_key: str, word: str | None = None) -> T | None:
        """Read *text_key* as one phrase, or return ``None``.

        *word* is the key's first word, for a caller that has it already
        (building a key splits the text into words).

        >>> Grammar([Rule(r"quy (?P<q>[1-4])", lambda q: q, heads=("quy",))]).whole(
        ...     "trong quy 2")
        '2'
        """
        if word is None:
            word = text_key.partition(" ")[0]
        # The common case, kept free of calls: one dict look-up, then the
        # head's rules in order.
        rules = self._by_word.get(word)
        if rules is None:
            if word[:1].isdigit():
                rules = self._whole.get("#" * len(word), ())
            elif word in _FILLER_HEADS:
                return self._whole_after_fillers(text_key)
            else:
                return None
        for fullmatch, build in rules:
            if (m := fullmatch(text_key)) is not None:
                try:
                    return build(*m.groups())
                except ValueError:
                    return None
        return None

    def _whole_after_fillers(self, text_key: str) -> T | None:
        """:meth:`whole` for a key that starts with a filler word."""
        starts = [0]
        while len(starts) <= _MAX_FILLERS and (
            f := _FILLER.match(text_key, starts[-1])
        ):
            starts.append(f.end())
        # As a greedy ``(filler ){0,3}`` would: the most fillers first.  The
        # first place where some rule matches decides, valid or not.
        for pos in reversed(starts):
            end = text_key.find(" ", pos)
            word = text_key[pos : end if end >= 0 else None]
            for fullmatch, build in self._whole.get(head(word), ()):
                if (m := fullmatch(text_key, pos)) is not None:
                    return _build(m, build)
        return None

    def scan(self, text_key: str) -> Iterator[tuple[T, int, int]]:
        """Yield every valid phrase found in *text_key*, left to right, with its span.

        A match whose numbers make no sense is skipped whole, so that its
        pieces are not read again as something else.

        >>> list(Grammar([Rule(r"quy (?P<q>[1-4])", lambda q: q, heads=("quy",))]).scan(
        ...     "quy 1 va quy 3"))
        [('1', 0, 5), ('3', 9, 14)]
        """
        pos = 0
        while (word := self._heads.search(text_key, pos)) is not None:
            pos = word.end()
            for pattern, build in self._scan[head(word.group())]:
                if (m := pattern.match(text_key, word.start())) is not None:
                    pos = m.end()
                    value = _build(m, build)
                    if value is not None:
                        yield value, m.start(), m.end()
                    break
