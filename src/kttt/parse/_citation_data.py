"""Lookup tables for the citation reader, loaded from package data.

``authorities.json`` maps issuer phrases to canonical authorities and
``conferences.json`` maps Party plenums to the resolutions they issued; the
kind words come from ``kinds.json`` through :class:`kttt.model.DocKind`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from attrs import frozen

from kttt.model import DocKind, DocumentNumber
from kttt.model._number import _kind_info
from kttt.text import fold, normalize, squash

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

__all__: list[str] = []

# A gap between two words: spaces, line breaks and the ``|`` that web pages
# leave behind when table cells are flattened.  Bounded, so that no pattern
# can run over an unbounded stretch of text (see the linear-time property).
S = r"[\s|]"


_TONE_FIRST = re.compile(
    "(?<![qQ])([oO])([\u0300\u0301\u0309\u0303\u0323])([aAeE])(?![^\\W\\d_])"
    "|(?<![qQ])([uU])([\u0300\u0301\u0309\u0303\u0323])([yY])(?![^\\W\\d_])"
)


def _old_tones(word: str) -> str:
    """Write *word* with the old tone placement (*hoà*, *uỷ*)."""
    nfd = unicodedata.normalize("NFD", word)

    def move(m: re.Match[str]) -> str:
        if m.group(1) is not None:
            return m.group(1) + m.group(3) + m.group(2)
        return m.group(4) + m.group(6) + m.group(5)

    return unicodedata.normalize("NFC", _TONE_FIRST.sub(move, nfd))


def word_pattern(word: str) -> str:
    """A pattern for one word in either tone placement.

    The scanner reads NFC text without moving tone marks (that pass costs
    more than the whole scan), so patterns accept both *hòa* and *hoà*.

    >>> word_pattern("ủy")
    '(?:ủy|uỷ)'
    """
    new = normalize(word)
    old = _old_tones(new)
    return re.escape(new) if old == new else f"(?:{re.escape(new)}|{re.escape(old)})"


def words_pattern(phrase: str) -> str:
    r"""A pattern for *phrase* that lets words be split by any short gap.

    >>> words_pattern("Chính phủ")
    'Chính[\\s|]{1,4}phủ'
    """
    return rf"{S}{{1,4}}".join(word_pattern(w) for w in normalize(phrase).split())


def alternation(
    phrases: Iterable[str], pattern: Callable[[str], str] = words_pattern
) -> str:
    """An alternation of the *pattern* of each phrase, in order, by first letter.

    The regex engine tries the branches of an alternation one by one, so a
    hundred names cost a microsecond at every place tried, even where none
    can start.  Branches are grouped by the letters they can start with,
    each group behind a look-ahead for its letters, so that at most one
    group is tried at a place; a group keeps the branches' order, so the same
    branch wins as in the plain alternation.  Groups that share a letter in
    any case or tone placement (``Ủy`` is also written ``Uỷ``) are one.

    >>> alternation(["Sở", "Bộ", "sa", "Ban"])
    '(?=[Ss])(?:Sở|sa)|(?=[Bb])(?:Bộ|Ban)'
    """
    groups: list[tuple[set[str], list[int]]] = []
    branches: list[str] = []
    for phrase in phrases:
        first = normalize(phrase).split()[0]
        letters = {first[0].lower(), _old_tones(first)[0].lower()}
        index = len(branches)
        branches.append(pattern(phrase))
        joined = [g for g in groups if g[0] & letters]
        groups = [g for g in groups if not g[0] & letters]
        merged = (letters.union(*(g[0] for g in joined)), [index])
        for group in joined:
            merged[1].extend(group[1])
        groups.append(merged)
    groups.sort(key=lambda group: min(group[1]))
    out = []
    for letters, members in groups:
        chars = sorted({c for letter in letters for c in (letter, letter.upper())})
        head = "".join(re.escape(c) for c in chars if len(c) == 1)
        body = "|".join(branches[i] for i in sorted(members))
        out.append(f"(?=[{head}])(?:{body})")
    return "|".join(out)


def _read_json(name: str) -> Any:  # noqa: ANN401 - raw JSON
    text = resources.files("kttt.data").joinpath(name).read_text("utf-8")
    return json.loads(text)


@frozen
class Authority:
    """One row of ``authorities.json``."""

    name: str
    follow: str | None


_AUTH = _read_json("authorities.json")
AUTHORITIES: dict[str, Authority] = {}
"""Folded alias to authority."""
SYMBOLS: dict[str, str] = {}
"""Issuer symbol (``CP``, ``TTg``, ``QH``) to canonical authority name."""
for _row in _AUTH["authorities"]:
    _authority = Authority(normalize(_row["name"]), _row.get("follow"))
    for _alias in _row["aliases"]:
        AUTHORITIES[fold(_alias)] = _authority
    for _symbol in _row.get("symbols", ()):
        SYMBOLS[normalize(_symbol)] = _authority.name
_ALIASES = sorted(
    {normalize(a) for row in _AUTH["authorities"] for a in row["aliases"]},
    key=len,
    reverse=True,
)
AUTHORITY_RE = alternation(_ALIASES)
"""Alternation of every alias, longest first so that the longest wins."""

PROVINCES: dict[str, str] = {fold(p): normalize(p) for p in _AUTH["provinces"]}
PROVINCES.update({fold(k): normalize(v) for k, v in _AUTH["province_aliases"].items()})
_PROVINCE_NAMES = sorted(
    {normalize(p) for p in _AUTH["provinces"]}
    | {normalize(p) for p in _AUTH["province_aliases"]},
    key=len,
    reverse=True,
)
PROVINCE_RE = alternation(
    _PROVINCE_NAMES,
    lambda p: words_pattern(p).replace(r"\-", rf"{S}{{0,2}}-{S}{{0,2}}"),
)
TITLE_RE = alternation(sorted(_AUTH["titles"], key=len, reverse=True))


def authority_for_symbol(number: DocumentNumber) -> str | None:
    """The authority that a number's issuer symbol names, when it is unambiguous.

    >>> authority_for_symbol(DocumentNumber.parse("461/QĐ-TTg"))
    'Thủ tướng Chính phủ'
    >>> authority_for_symbol(DocumentNumber.parse("43/2022/QH15"))
    'Quốc hội'
    >>> authority_for_symbol(DocumentNumber.parse("20-NQ/TW")) is None
    True
    """
    head = number.issuer.split("-")[0]
    return SYMBOLS.get(head) or SYMBOLS.get(head.rstrip("0123456789"))


@frozen
class Conference:
    """A resolution that a Party plenum issued (``conferences.json``)."""

    term: str
    plenum: int
    number: DocumentNumber
    issued: date
    topics: tuple[str, ...]


CONFERENCES: dict[tuple[str, int], tuple[Conference, ...]] = {}
for _row in _read_json("conferences.json")["resolutions"]:
    _conf = Conference(
        term=_row["term"],
        plenum=int(_row["plenum"]),
        number=DocumentNumber.parse(_row["number"]),
        issued=date.fromisoformat(_row["issued"]),
        topics=tuple(fold(t) for t in _row["topics"]),
    )
    _key = (_conf.term, _conf.plenum)
    CONFERENCES[_key] = (*CONFERENCES.get(_key, ()), _conf)


@frozen
class KindWord:
    """What a kind word in running text says about the document."""

    kind: DocKind
    generic: bool
    named: bool
    self_reference: bool
    also: frozenset[str]


KIND_WORDS: dict[str, KindWord] = {}
"""Kind word, in lower case and single-spaced (``quyết định``), to what it names."""
for _kind in DocKind:
    _info = _kind_info(_kind)
    for _word in _info.words:
        _entry = KindWord(
            _kind, _info.generic, _info.named, _info.self_reference, _info.also
        )
        KIND_WORDS[_word.lower()] = _entry
        KIND_WORDS[_old_tones(_word).lower()] = _entry
KIND_ENDINGS: dict[str, tuple[int, ...]] = {}
"""The last word of every kind word, to the lengths in words of those it ends.

A phrase ending otherwise names no kind; one ending in ``quyết`` can only be
a two-word kind word, longest first.
"""
for _phrase in KIND_WORDS:
    _last = _phrase.rsplit(" ", 1)[-1]
    _lengths = {*KIND_ENDINGS.get(_last, ()), _phrase.count(" ") + 1}
    KIND_ENDINGS[_last] = tuple(sorted(_lengths, reverse=True))
KIND_WORD_RE = alternation(
    sorted({w for k in DocKind for w in _kind_info(k).words}, key=len, reverse=True)
)

_ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)


def roman(value: str) -> str:
    """Write a Party term the canonical way, in capital Roman numerals.

    >>> roman("13"), roman("xiii")
    ('XIII', 'XIII')
    """
    if not value.isdigit():
        return value.upper()
    n = int(value)
    out = []
    for amount, letters in _ROMAN:
        while n >= amount:
            out.append(letters)
            n -= amount
    return "".join(out)


def kind_word(text: str) -> KindWord | None:
    """What the kind word *text* names, however it is cased or spaced.

    >>> kind_word("NGHỊ  QUYẾT").kind
    <DocKind.NGHI_QUYET: 'nghi_quyet'>
    """
    # Kind words are nearly always written single-spaced: try that first.
    found = KIND_WORDS.get(text.lower())
    if found is None and (" " in text or "|" in text or not text.isprintable()):
        found = KIND_WORDS.get(squash(text.replace("|", " ")).lower())
    return found


@lru_cache(maxsize=4096)
def folded(text: str) -> str:
    """:func:`kttt.text.fold`, cached: the scanner folds the same names often."""
    return fold(text)
