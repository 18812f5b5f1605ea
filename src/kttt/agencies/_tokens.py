"""Folded word tokens of normalized text, with where each came from.

Agency names are matched word by word on fold keys, so that case, tone marks
and punctuation do not matter.  What separates two words does matter in one
way: a name may run over commas and dashes (*Sở Lao động, Thương binh và Xã
hội*) but never over a full stop, a semicolon or a colon, and a list of names
is cut at commas and *và*.  Each token records the strongest separator before
it.
"""

from __future__ import annotations

import functools
import re
from typing import Final, NamedTuple

from kttt.text import fold

# Separator levels, weakest first.
NONE: Final = 0  # spaces only
SOFT: Final = 1  # a dash, "&", "+" or "/" inside a name: LĐ-TB&XH
LIST: Final = 2  # a comma or the word "và": may be inside a name or between names
COLON: Final = 3  # "các Sở: Tài chính, ..." opens a list
HARD: Final = 4  # a full stop, semicolon, bracket, line break or masked number

# A word of the folded text and the gap before it, read in one match.
_GAP_WORD = re.compile(r"([^a-z0-9]*)([a-z0-9]+)")
# Document numbers such as 2699/QĐ-UBND or 52-KH/TU hold issuer codes that
# look like agency abbreviations; their words are not names.
_NUMBER = re.compile(r"[0-9]+(?:[/\-.][^\s,;()]*)+")
_HARD_GAP = re.compile(r"[;.()\[\]!?\n]")


def _fold_table() -> dict[int, str]:
    """Map each letter to its one-letter fold key, so that folding keeps offsets."""
    table: dict[int, str] = {}
    for code in [
        *range(ord("A"), ord("Z") + 1),
        *range(0xC0, 0x250),
        *range(0x1E00, 0x1F00),
    ]:
        key = fold(chr(code))
        if len(key) == 1 and key.isascii() and key.isalnum():
            table[code] = key
    return table


# Built once: a str.translate table is the fastest way to fold a whole
# document, and one letter in gives one letter out, so word offsets in the
# folded copy are offsets in the text.
_FOLD: Final = _fold_table()


class Token(NamedTuple):
    """One folded word and where it sits in the normalized text."""

    word: str
    """The fold key of the word, e.g. ``"so"`` for *Sở*."""
    start: int
    end: int
    sep: int
    """The strongest separator between this token and the previous one."""
    expanded: bool = False
    """One of the words an abbreviation stands for (``HTX`` → *hợp tác xã*)."""
    inner: bool = False
    """Not the first of the words an abbreviation stands for."""


@functools.lru_cache(maxsize=65_536)
def fold_word(word: str) -> tuple[str, ...]:
    """The fold keys of one word, cached: Vietnamese text repeats its syllables.

    >>> fold_word("Đầu")
    ('dau',)
    """
    return tuple(fold(word).split())


def _mask(m: re.Match[str]) -> str:
    # Same length, so offsets hold; ";" makes the number a hard break.
    return ";" * len(m.group())


def _gap_level(gap: str) -> int:
    if _HARD_GAP.search(gap):
        return HARD
    if ":" in gap:
        return COLON
    if "," in gap:
        return LIST
    if gap.strip():
        return SOFT
    return NONE


def tokenize(clean: str) -> list[Token]:
    """Split normalized text into folded word tokens; the word *và* is dropped.

    *và* ("and") is left out of every key, so that *Sở Tài nguyên Môi
    trường* and *Sở Tài nguyên và Môi trường* give the same words; where it
    stood, the next token's separator is at least :data:`LIST`.

    >>> [t.word for t in tokenize("Sở Lao động - Thương binh và Xã hội")]
    ['so', 'lao', 'dong', 'thuong', 'binh', 'xa', 'hoi']
    """
    folded = _NUMBER.sub(_mask, clean.translate(_FOLD))
    tokens: list[Token] = []
    append = tokens.append
    pending = HARD
    pos = 0
    for gap, word in _GAP_WORD.findall(folded):
        start = pos + len(gap)
        pos = start + len(word)
        if gap != " ":
            pending = max(pending, _gap_level(gap))
        if word == "va":
            pending = max(pending, LIST)
            continue
        append(Token(word, start, pos, pending))
        pending = NONE
    return tokens
