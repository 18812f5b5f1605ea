"""Vietnamese text: a canonical form, a matching key, dates and number words.

Documents arrive in NFC or NFD, with old and new tone-mark placement
(*hoà* / *hòa*), look-alike letters from scans (U+00D0 ``Ð`` for ``Đ``) and
odd spaces from web pages.  :func:`normalize` gives one canonical text to
match against; :func:`fold` gives a key that also ignores case, diacritics and
punctuation; :func:`normalize_with_map` says where each normalized character
came from, so that spans found in normalized text can point into the original.

Dashes: hyphen look-alikes (U+2010, U+2011, U+2012, U+2212, U+FE63, U+FF0D)
become ``-``; the en dash (U+2013) and em dash (U+2014) are kept, because
*giai đoạn 2021 – 2025* is written with them on purpose and the parsers accept
every dash.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import Final

from attrs import frozen

from kttt.errors import ParseError

__all__ = [
    "OffsetMap",
    "fold",
    "normalize",
    "normalize_line",
    "normalize_with_map",
    "parse_date",
    "parse_number_words",
    "squash",
]

# Letters and spaces that pass for others on screen but not in a pattern.
# Scanned PDFs use U+00D0 (Icelandic eth) for Đ.
_LOOKALIKES: Final = {
    "\u00d0": "\u0110",  # Ð -> Đ
    "\u00f0": "\u0111",  # ð -> đ
    "\u0189": "\u0110",  # Ɖ (African D) -> Đ
    "\u0256": "\u0111",  # ɖ -> đ
    "\u00a0": " ",  # no-break space
    "\u2007": " ",  # figure space
    "\u202f": " ",  # narrow no-break space
    "\u2000": " ",
    "\u2001": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u2004": " ",
    "\u2005": " ",
    "\u2006": " ",
    "\u2008": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u3000": " ",
    "\u2010": "-",  # hyphen
    "\u2011": "-",  # non-breaking hyphen
    "\u2012": "-",  # figure dash
    "\u2212": "-",  # minus sign
    "\ufe63": "-",
    "\uff0d": "-",
    "\u200b": "",  # zero-width space
    "\u200c": "",
    "\u200d": "",
    "\u2060": "",
    "\ufeff": "",  # byte-order mark left in the middle of pasted text
    "\u00ad": "",  # soft hyphen
}
_TRANSLATE: Final = str.maketrans(_LOOKALIKES)

_TONES = "\u0300\u0301\u0309\u0303\u0323"  # huyền, sắc, hỏi, ngã, nặng


def _toned(vowels: str) -> str:
    return "".join(unicodedata.normalize("NFC", v + t) for v in vowels for t in _TONES)


# Old-style placement puts the tone on the second vowel of an open "oa", "oe"
# or "uy" syllable (hoà, khoẻ, thuỷ); the canonical form puts it on the first
# (hòa, khỏe, thủy).  "qu" + y is excluded: in "quý" the u is part of the
# consonant, and both styles write the tone on the y.  The pattern works on
# NFC text, where a toned vowel is one code point; it starts with a plain
# character class so that the scan stays fast, and _move_tone checks the pair.
_OLD_TONE = re.compile(rf"[oOuU][{_toned('aAeEyY')}](?![^\W\d_])")
_LOOKALIKE = re.compile("[" + "".join(_LOOKALIKES) + "]")
_PAIRS = {"o": "ae", "u": "y"}
# The pairs that _move_tone changes, one pattern per first letter: a pattern
# that starts with one literal character is scanned for far faster than one
# that starts with a character class (about ten times, on a 40 KB plan).  A
# text without a hit is left as it is by the one-pass substitution too.
_OLD_O, _OLD_CAP_O, _OLD_U, _OLD_CAP_U = (
    re.compile(rf"{first}[{_toned(seconds)}](?![^\W\d_])")
    for first, seconds in (("o", "aAeE"), ("O", "aAeE"), ("u", "yY"), ("U", "yY"))
)
_OLD_TONE_BY_LETTER = (_OLD_O, _OLD_CAP_O, _OLD_U, _OLD_CAP_U)


def _has_old_tone(text: str) -> bool:
    return bool(
        _OLD_O.search(text)
        or _OLD_CAP_O.search(text)
        or _OLD_U.search(text)
        or _OLD_CAP_U.search(text)
    )


# Above this length, looking for each look-alike with ``in`` beats one
# character-class search; below it, the search's fixed cost is smaller.
_LONG = 2000


def _move_tone(m: re.Match[str]) -> str:
    first, toned = m.group()[0], m.group()[1]
    decomposed = unicodedata.normalize("NFD", toned)
    base, tone = decomposed[0], decomposed[1:]
    before = m.string[m.start() - 1 : m.start()]
    if base.lower() not in _PAIRS[first.lower()] or before in {"q", "Q"}:
        return m.group()
    return unicodedata.normalize("NFC", first + tone) + base


def normalize(text: str) -> str:
    """Return the canonical form of *text* that kttt matches against.

    NFC; look-alike letters replaced (``Ð`` U+00D0 becomes ``Đ``); tone marks
    placed the one canonical way (*hòa*, *khóa*, *thủy*, *Ủy*); odd spaces
    made plain and zero-width characters removed.  Idempotent.

    >>> normalize("Uỷ ban nhân dân tỉnh, hoà giải, ÐỀ ÁN")
    'Ủy ban nhân dân tỉnh, hòa giải, ĐỀ ÁN'
    >>> normalize(normalize("khoá XIII")) == normalize("khoá XIII")
    True
    """
    # Each step is skipped when a cheap check says it has nothing to do:
    # most text is already NFC and has no look-alikes, and parsers call this
    # on every line.
    if text.isascii():
        return text
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if len(text) <= _LONG:
        if _LOOKALIKE.search(text):
            # Removing a zero-width character can let two marks meet; compose again.
            text = unicodedata.normalize("NFC", text.translate(_TRANSLATE))
        if _has_old_tone(text):
            text = _OLD_TONE.sub(_move_tone, text)
        return text
    # A whole document: the same steps with checks that are fast on long text.
    # Replacing each look-alike found is much faster than translate() with a
    # table, and gives the same text: no replacement is itself a look-alike.
    found = [char for char in _LOOKALIKES if char in text]
    if found:
        for char in found:
            text = text.replace(char, _LOOKALIKES[char])
        # Removing a zero-width character can let two marks meet; compose again.
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
    # One pass per first letter moves the same tones as one pass over all
    # pairs: a moved pair becomes two letters that start no other pair.
    for pattern in _OLD_TONE_BY_LETTER:
        if pattern.search(text):
            text = pattern.sub(_move_tone, text)
    return text


def squash(text: str) -> str:
    r"""Return *text* with each run of whitespace made one space and the ends trimmed.

    The same as ``" ".join(text.split())``, which model fields and table
    cells use to store text on one line, but faster on text that is already
    on one line with single spaces (most of it): that is checked first.

    >>> squash("  Sở Tài chính\tvà\n Sở  Nội vụ ")
    'Sở Tài chính và Sở Nội vụ'
    >>> squash("Sở Tài chính")
    'Sở Tài chính'
    """
    # Every whitespace character but the plain space is unprintable, so a
    # printable text without a double space or a space at either end is
    # already what split and join would make of it.
    if "  " in text or not text.isprintable() or text[:1] == " " or text[-1:] == " ":
        return " ".join(text.split())
    return text


# Whitespace that str.split() splits on, but for the plain space.
_SPACES: Final = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680"
    "\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
)
# What normalize_line has to change: a look-alike or any spacing but one space.
_UNTIDY = re.compile("[" + "".join(_LOOKALIKES) + _SPACES + "]")


def normalize_line(text: str) -> str:
    r"""Return :func:`normalize` of *text* on one line, as :func:`squash` puts it.

    The form in which model fields store text.  Most text handed to it is in
    that form already, which one pass of checks confirms.

    >>> normalize_line("  Uỷ ban\tnhân dân\n tỉnh ")
    'Ủy ban nhân dân tỉnh'
    """
    if text.isascii():
        return squash(text)
    if (
        unicodedata.is_normalized("NFC", text)
        and not _UNTIDY.search(text)
        and "  " not in text
        and text[:1] != " "
        and text[-1:] != " "
        and not _has_old_tone(text)
    ):
        return text
    return squash(normalize(text))


_FOLD_DROP = re.compile(r"[^0-9a-z]+")
_COMBINING = re.compile("[\u0300-\u036f]+")


def fold(text: str) -> str:
    """Return a matching key that ignores case, diacritics, punctuation and spacing.

    Use it to compare names written in different ways, never for display.

    >>> fold("Sở Lao động - Thương binh và Xã hội")
    'so lao dong thuong binh va xa hoi'
    >>> fold("Đắk Lắk") == fold("Dak Lak")
    True
    """
    if text.isascii():
        # Nothing to decompose or strip: section numbers, symbols, codes.
        return _FOLD_DROP.sub(" ", text.lower()).strip()
    decomposed = unicodedata.normalize("NFD", normalize(text).lower())
    # Vietnamese marks all lie in the combining diacritics block, which one
    # regex pass removes; a character-by-character look at the Unicode
    # category is only needed when something else is left (rare, and slow).
    stripped = _COMBINING.sub("", decomposed.replace("đ", "d"))
    if not stripped.isascii():
        stripped = "".join(
            c for c in stripped if not unicodedata.category(c).startswith("M")
        )
    return _FOLD_DROP.sub(" ", stripped).strip()


@frozen
class OffsetMap:
    r"""Where each character of a normalized text came from in the original.

    >>> clean, where = normalize_with_map("Ho\u0300a")
    >>> clean, where.span((0, len(clean)))
    ('Hòa', (0, 4))
    """

    starts: tuple[int, ...]
    """For each normalized character, the offset of its source cluster."""
    length: int
    """Length of the original text."""

    def to_original(self, index: int) -> int:
        r"""Map an offset into the normalized text to one into the original.

        >>> normalize_with_map("a\u200bb")[1].to_original(1)
        2
        """
        if index >= len(self.starts):
            return self.length
        return self.starts[index]

    def span(self, span: tuple[int, int]) -> tuple[int, int]:
        """Map a ``(start, end)`` span of normalized text to the original.

        >>> normalize_with_map("a b")[1].span((0, 1))
        (0, 1)
        """
        start, end = span
        if end <= start:
            origin = self.to_original(start)
            return (origin, origin)
        last = self.starts[end - 1] if end - 1 < len(self.starts) else self.length
        # The end is the end of the cluster that produced the last character.
        nxt = next((s for s in self.starts[end:] if s > last), self.length)
        return (self.to_original(start), nxt)


def _is_continuation(char: str) -> bool:
    # Marks attach to the previous letter; Hangul vowel and final jamo
    # compose with the previous jamo, so NFC must see them together.
    return unicodedata.category(char).startswith("M") or (
        "\u1160" <= char <= "\u11ff" or "\ud7b0" <= char <= "\ud7ff"
    )


def normalize_with_map(text: str) -> tuple[str, OffsetMap]:
    r"""Normalize *text* and say where each resulting character came from.

    The first item equals ``normalize(text)``; the map turns spans found in it
    back into spans of *text* (NFD input and removed zero-width characters
    change lengths).

    >>> clean, where = normalize_with_map("Quye\u0302\u0301t đi\u0323nh")
    >>> clean
    'Quyết định'
    >>> where.span((6, 10))
    (8, 13)
    """
    if text.isascii():
        return text, OffsetMap(tuple(range(len(text))), len(text))
    pieces: list[str] = []
    starts: list[int] = []
    i = 0
    n = len(text)
    while i < n:
        j = i + 1
        while j < n and _is_continuation(text[j]):
            j += 1
        piece = unicodedata.normalize("NFC", text[i:j]).translate(_TRANSLATE)
        piece = unicodedata.normalize("NFC", piece)
        pieces.append(piece)
        starts.extend([i] * len(piece))
        i = j
    joined = "".join(pieces)
    clean = normalize(text)
    if len(clean) != len(joined) or unicodedata.normalize("NFC", joined) != joined:
        # Rare compositions across clusters; fall back to re-normalizing the
        # whole text and spreading the offsets so the map stays monotone.
        ratio = n / max(len(clean), 1)
        starts = [min(int(k * ratio), max(n - 1, 0)) for k in range(len(clean))]
    return clean, OffsetMap(tuple(starts), n)


# --- dates -------------------------------------------------------------------

_DATE_WORDS = re.compile(
    r"""(?:ngày\s*)?(?P<d>[0-9]{1,2})\s*tháng\s*(?P<m>[0-9]{1,2})\s*năm\s*(?P<y>[0-9]{4})""",
    re.IGNORECASE,
)
_DATE_NUMERIC = re.compile(
    r"""(?:ngày\s*)?(?P<d>[0-9]{1,2})\s*(?P<sep>[/.\-])\s*(?P<m>[0-9]{1,2})\s*(?P=sep)\s*(?P<y>[0-9]{4})""",
    re.IGNORECASE,
)


def _make_date(d: int, m: int, y: int, source: str, span: tuple[int, int]) -> date:
    """Build a date, or raise a ParseError that says which part is wrong."""
    if not 1 <= m <= 12:  # noqa: PLR2004
        msg = f"month {m} is not between 1 and 12"
        raise ParseError(msg, source, span)
    try:
        return date(y, m, d)
    except ValueError:
        msg = f"{m}/{y} has no day {d}"
        raise ParseError(msg, source, span) from None


def parse_date(text: str, /) -> date:
    """Read a Vietnamese date, day first.

    Accepts ``ngày 04 tháng 12 năm 2020``, ``04/12/2020``, ``4-12-2020``,
    ``4.12.2020`` and web-flattened spacing such as ``16/6/ 2022``.

    >>> parse_date("ngày 04 tháng 12 năm 2020")
    datetime.date(2020, 12, 4)
    >>> parse_date("16/6/ 2022")
    datetime.date(2022, 6, 16)

    Raises:
        ParseError: *text* is not a date, or names a day that does not exist
            (``31/2/2021``).
    """
    clean = normalize(text).strip()
    m = _DATE_WORDS.fullmatch(clean) or _DATE_NUMERIC.fullmatch(clean)
    if m is None:
        msg = "expected a date such as '25/9/2020' or 'ngày 04 tháng 12 năm 2020'"
        raise ParseError(msg, text, (0, len(text)))
    return _make_date(int(m["d"]), int(m["m"]), int(m["y"]), clean, m.span())


# --- number words --------------------------------------------------------------

_UNITS: Final = {
    "không": 0,
    "một": 1,
    "mốt": 1,
    "nhất": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "tư": 4,
    "năm": 5,
    "lăm": 5,
    "nhăm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
}


def parse_number_words(text: str, /) -> int:
    """Read a number from 0 to 99 written in Vietnamese words.

    Ordinals read the same way (*lần thứ năm* is the fifth).

    >>> parse_number_words("năm")
    5
    >>> parse_number_words("hai mươi mốt")
    21
    >>> parse_number_words("thứ mười lăm")
    15

    Raises:
        ParseError: *text* is not a number in words.
    """
    words = normalize(text).lower().split()
    if words and words[0] == "thứ":
        words = words[1:]
    value: int | None = None
    if (
        len(words) == 1
        and words[0] in _UNITS
        and words[0] not in {"mốt", "lăm", "nhăm"}
    ):
        value = _UNITS[words[0]]
    elif words and words[0] == "mười" and len(words) <= 2:  # noqa: PLR2004
        tail = words[1:] and _UNITS.get(words[1])
        value = 10 + (tail or 0) if not words[1:] or tail else None
    elif len(words) in {2, 3} and words[1] in {"mươi", "chục"} and words[0] in _UNITS:
        tens = _UNITS[words[0]]
        unit = _UNITS.get(words[2], -1) if len(words) == 3 else 0  # noqa: PLR2004
        if tens >= 2 and unit >= 0:  # noqa: PLR2004
            value = tens * 10 + unit
    if value is None:
        msg = "expected a number in words such as 'năm' or 'hai mươi mốt'"
        raise ParseError(msg, text, (0, len(text)))
    return value
