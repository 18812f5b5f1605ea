"""The grammar of one reference (*trích dẫn văn bản*), read with a cursor.

:func:`read_citation` reads the longest reference that starts at the
cursor and leaves the cursor after it; the strict :func:`parse_citation`
and the scanner :func:`find_citations` (in ``_citations``) both use it, so a
span found in running text re-reads to the same reference by construction.
Every pattern here is bounded, so one read looks at a bounded stretch of
text and a scan stays linear.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from attrs import define, field

from kttt.errors import ParseError
from kttt.model import DocKind, DocumentNumber, DocumentRef
from kttt.parse._citation_data import (
    AUTHORITIES,
    AUTHORITY_RE,
    CONFERENCES,
    KIND_WORD_RE,
    PROVINCE_RE,
    PROVINCES,
    KindWord,
    S,
    authority_for_symbol,
    folded,
    kind_word,
    roman,
    word_pattern,
)
from kttt.parse._cursor import Cursor
from kttt.text import parse_number_words

__all__: list[str] = []

KIND = re.compile(rf"(?:{KIND_WORD_RE})\b", re.IGNORECASE)
_THIS = re.compile(rf"{S}{{1,4}}này\b", re.IGNORECASE)
# "số", "số:", "Số :" before a number; the number itself is required after.
_SO = re.compile(rf"{S}{{1,6}}số\b(?:{S}{{0,3}}:)?{S}{{0,6}}(?=[0-9])", re.IGNORECASE)
_SO_START = re.compile(rf"số\b(?:{S}{{0,3}}:)?{S}{{0,6}}(?=[0-9])", re.IGNORECASE)
_GAP = re.compile(rf"{S}{{1,6}}")
_GAP_NUMBER = re.compile(rf"{S}{{1,6}}(?=[0-9])")

_CODE = r"[A-ZĐ][A-Za-zĐđ]{0,5}"
_PART = r"[A-ZĐ0-9][A-Za-zĐđ0-9&]{0,15}"
_SYM = rf"[A-ZĐ][A-Za-zĐđ0-9&]{{0,15}}(?:-{_PART}){{0,5}}"
NUMBER = re.compile(
    rf"""
    (?P<num>[0-9]{{1,6}})
    (?:
        (?P<psp>[ ]?-[ ]?)(?P<pcode>{_CODE})/(?P<pissuer>{_SYM})  # Party: 20-NQ/TW
      | (?P<sp1>[ ]?)(?P<slash>/{{1,2}})(?P<sp2>[ ]?)             # 134/ or 134//
        (?:(?P<year>[0-9]{{4}})/{{1,2}})?                         # 98/2018/
        (?P<sym>{_SYM}(?:/{_SYM})?)                               # NĐ-CP, QĐ/BCĐKTTT
    )
    (?![A-Za-zĐđ0-9&])
    """,
    re.VERBOSE,
)
_DATE = re.compile(
    rf"""
    (?:{S}{{0,3}},)?{S}{{1,6}}(?:ban{S}{{1,3}}hành{S}{{1,4}})?ngày{S}{{0,4}}
    (?:
        (?P<d>[0-9]{{1,2}}){S}{{0,3}}(?P<sep>[/.\-]){S}{{0,3}}(?P<m>[0-9]{{1,2}})
        {S}{{0,3}}(?P=sep){S}{{0,3}}(?P<y>[0-9]{{4}})
      | (?P<wd>[0-9]{{1,2}}){S}{{1,4}}tháng{S}{{1,4}}(?P<wm>[0-9]{{1,2}})
        {S}{{1,4}}năm{S}{{1,4}}(?P<wy>[0-9]{{4}})
    )
    (?![0-9])
    """,
    re.VERBOSE | re.IGNORECASE,
)
_YEAR = re.compile(
    rf"(?:{S}{{0,3}},)?{S}{{1,6}}năm{S}{{1,4}}(?P<year>[0-9]{{4}})(?![0-9])",
    re.IGNORECASE,
)
_NUMWORD = r"(?:mười|mươi|một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|bẩy|tám|chín|nhất)\b"
_PLENUM = rf"(?:[0-9]{{1,2}}\b|{_NUMWORD}(?:{S}{{1,2}}{_NUMWORD}){{0,2}})"
_TERM = rf"(?:{S}{{0,3}},)?{S}{{1,4}}{word_pattern('khóa')}{S}{{1,4}}(?P<term>[IVXLC]{{1,6}}|[0-9]{{1,2}})\b"
_CENTRAL = (
    rf"(?:Ban{S}{{1,3}}Chấp{S}{{1,3}}hành{S}{{1,3}})?(?:Trung{S}{{1,3}}ương|TW)"
    rf"(?:{S}{{1,3}}Đảng)?"
)
CONFERENCE = re.compile(
    rf"""
    {S}{{1,4}}(?:Hội{S}{{1,3}}nghị{S}{{1,4}})?
    (?:
        {_CENTRAL}{S}{{1,4}}(?:lần{S}{{1,3}}thứ{S}{{1,3}})?(?P<p1>{_PLENUM})
      | lần{S}{{1,3}}thứ{S}{{1,3}}(?P<p2>{_PLENUM}){S}{{0,3}},?{S}{{1,4}}{_CENTRAL}
    )
    {_TERM}
    """,
    re.VERBOSE | re.IGNORECASE,
)
# "Hội nghị lần thứ 5," between a Party resolution's date and its issuer.
_MEETING = (
    rf"(?:tại{S}{{1,4}})?Hội{S}{{1,3}}nghị{S}{{1,4}}"
    rf"(?:lần{S}{{1,3}}thứ{S}{{1,3}}{_PLENUM}|Trung{S}{{1,3}}ương{S}{{1,3}}[0-9]{{1,2}})"
    rf"{S}{{0,3}},?{S}{{1,6}}"
)
_ISSUER = re.compile(
    rf"""
    (?P<comma>{S}{{0,3}},)?{S}{{1,6}}
    (?P<cua>của{S}{{1,6}})?
    (?P<meeting>{_MEETING})?
    (?P<auth>{AUTHORITY_RE})\b
    """,
    re.VERBOSE | re.IGNORECASE,
)
_PROVINCE = re.compile(
    rf"{S}{{1,4}}(?:(?:tỉnh|thành{S}{{1,3}}phố|TP\.?){S}{{1,4}})?(?P<prov>{PROVINCE_RE})\b",
    re.IGNORECASE,
)
_TERM_RE = re.compile(_TERM, re.IGNORECASE)
WORD = re.compile(rf"{S}{{1,3}}(?P<w>[^\W\d_]{{1,15}})(?![^\W\d_])")
_AMEND_TOKEN = re.compile(rf"{S}{{0,3}},|{S}{{1,3}}(?P<w>[^\W\d_]{{1,15}})(?![^\W\d_])")
_TITLE_STOP = frozenset(
    w
    for w in (
        "về",
        "số",
        "ngày",
        "năm",
        "của",
        "theo",
        "thì",
        "để",
        "nhằm",
        "được",
        "đã",
        "có",
        "là",
        "tại",
        "trong",
        "hiện",
        "và",
        "các",
        "này",
        "đó",
        "với",
        "cho",
        "từ",
        "đến",
        "khi",
        "mà",
        "sẽ",
        "phải",
        "không",
        "cũng",
        "như",
        "hoặc",
        "thuộc",
        "đối",
        "quy",
        "hướng",
        "ban",
        "thực",
        "triển",
        "gắn",
        "trên",
        "ngoài",
    )
)
# Stop words that are part of a law's name: "Luật Ban hành văn bản quy phạm
# pháp luật" ("quy" alone starts "quy định", which ends a name).
_TITLE_GOES_ON = re.compile(rf"quy{S}+phạm{S}+pháp{S}+luật\b", re.IGNORECASE)
_AMEND_WORDS = 40
_NEXT_AMENDMENT = re.compile(rf"{S}{{1,3}}Luật{S}{{1,3}}sửa\b", re.IGNORECASE)
_TITLE_WORDS = 12


@define
class Reading:
    """What one read found, before it becomes a :class:`DocumentRef`."""

    start: int
    end: int = 0
    word: KindWord | None = None
    number: DocumentNumber | None = None
    issued: date | None = None
    year: int | None = None
    issuer: str | None = None
    title: str | None = None
    conference: tuple[str, int] | None = None
    self_reference: bool = False
    repairs: list[str] = field(factory=list)
    nested: list[Reading] = field(factory=list)


def read_citation(cur: Cursor, *, nested: bool = False) -> Reading:
    """Read the longest reference that starts at the cursor.

    *nested* is set for laws named inside an amending law's title, which
    cannot themselves be amending laws (that keeps every read bounded).

    Raises:
        ParseError: no reference starts here.
    """
    reading = Reading(start=cur.pos)
    word = cur.take(KIND)
    if word is None:
        cur.skip(_SO_START)
        _read_number(cur, reading)
        _read_tail(cur, reading)
        return reading
    reading.word = kind_word(word.group())
    if reading.word is None:  # pragma: no cover - KIND only matches kind words
        cur.fail("expected a kind of document", word.start())
    if cur.skip(_THIS):
        if not reading.word.self_reference:
            cur.fail(f"{word.group()!r} does not name the document it is in")
        reading.self_reference = True
        reading.end = cur.pos
        return reading
    if reading.word.kind is DocKind.NGHI_QUYET and (m := cur.take(CONFERENCE)):
        plenum = m["p1"] or m["p2"]
        try:
            number = int(plenum) if plenum.isdigit() else parse_number_words(plenum)
        except ParseError:
            cur.fail("expected a plenum such as 'Trung ương 5 khóa IX'", m.start())
        reading.conference = (roman(m["term"]), number)
        reading.end = cur.pos
        return reading
    if reading.word.named:
        _read_title(cur, reading, nested=nested)
        if cur.skip(_SO) or (reading.title is None and cur.skip(_GAP_NUMBER)):
            _read_number(cur, reading)
        _read_tail(cur, reading)
        if (
            reading.number is None
            and reading.issued is None
            and reading.year is None
            and reading.title is None
        ):
            cur.fail("expected the name, number or year of the law")
        return reading
    if not cur.skip(_SO):
        cur.expect(_GAP, "a space")
    _read_number(cur, reading)
    _read_tail(cur, reading)
    return reading


def _read_number(cur: Cursor, reading: Reading) -> None:
    """Read a number and symbol, repairing web-flattened spacing and ``//``."""
    m = cur.expect(NUMBER, "a document number such as '2699/QĐ-UBND' or '70-KL/TW'")
    if m["pcode"] is not None:
        canonical = f"{m['num']}-{m['pcode']}/{m['pissuer']}"
        spaced = bool(m["psp"].strip("-"))
    else:
        year = f"{m['year']}/" if m["year"] else ""
        canonical = f"{m['num']}/{year}{m['sym']}"
        spaced = bool(m["sp1"] or m["sp2"])
        if "//" in m.group():
            reading.repairs.append("symbol-double-slash")
    if spaced:
        reading.repairs.append("symbol-spacing")
    try:
        reading.number = DocumentNumber.parse(canonical)
    except ParseError as exc:
        raise ParseError(exc.message, cur.source, m.span()) from None
    reading.end = cur.pos


def _read_title(cur: Cursor, reading: Reading, *, nested: bool) -> None:
    """Read the name of a law: ``Hợp tác xã``, ``sửa đổi, bổ sung … của Luật …``."""
    first = cur.peek(WORD)
    if first is None:
        return
    if first["w"].lower() == "sửa":
        if not nested:
            _read_amendment_title(cur, reading)
        return
    if not first["w"][0].isupper() or KIND.match(cur.source, first.start("w")):
        return
    words: list[str] = []
    pos = cur.pos
    while len(words) < _TITLE_WORDS:
        m = WORD.match(cur.source, pos)
        if m is None:
            break
        w = m["w"]
        if words:
            key = w.lower()
            if w[0].isupper() and KIND.match(cur.source, m.start("w")):
                break
            if key == "và":
                nxt = WORD.match(cur.source, m.end())
                if (
                    nxt is None
                    or not nxt["w"][0].isupper()
                    or KIND.match(cur.source, nxt.start("w"))
                ):
                    break
            elif key in _TITLE_STOP and not _TITLE_GOES_ON.match(
                cur.source, m.start("w")
            ):
                break
        words.append(w)
        pos = m.end()
    if words:
        reading.title = " ".join(words)
        cur.pos = pos
        reading.end = pos


def _read_amendment_title(cur: Cursor, reading: Reading) -> None:
    """Read ``sửa đổi, bổ sung một số điều của Luật A và Luật B`` up to the date."""
    start = cur.pos
    pos = cur.pos
    for _ in range(_AMEND_WORDS):
        if (
            _DATE.match(cur.source, pos)
            or _YEAR.match(cur.source, pos)
            or _SO.match(cur.source, pos)
            or _NEXT_AMENDMENT.match(cur.source, pos)
        ):
            # Stopping at the next amending law keeps overlapping reads of
            # "Luật sửa đổi, Luật sửa đổi, …" linear.
            break
        m = _AMEND_TOKEN.match(cur.source, pos)
        if m is None:
            break
        pos = m.end()
    ends = _DATE.match(cur.source, pos) or _YEAR.match(cur.source, pos)
    ends = ends or _SO.match(cur.source, pos)
    text = cur.source[start:pos]
    reading.title = " ".join(text.replace(" ,", ",").split())
    # Laws named inside the title are read from the title alone, so that
    # none of them takes the amending law's date as its own.
    inner = Cursor(cur.source[start:pos])
    for law in KIND.finditer(inner.source):
        word = kind_word(law.group())
        if law.group()[0].isupper() and word is not None and word.named:
            inner.pos = law.start()
            try:
                nested = read_citation(inner, nested=True)
            except ParseError:
                continue
            if nested.title is not None:
                nested.start += start
                nested.end += start
                reading.nested.append(nested)
    if not (ends or reading.nested):
        cur.fail("expected the date of the amending law", start)
    cur.pos = pos
    reading.end = pos


def _read_tail(cur: Cursor, reading: Reading) -> None:
    """Read the optional date (or year) and issuer after a number or title."""
    if m := cur.take(_DATE):
        d, mo, y = (m["d"], m["m"], m["y"]) if m["d"] else (m["wd"], m["wm"], m["wy"])
        issued = _date(int(y), int(mo), int(d))
        if issued is None:
            cur.pos = m.start()
            reading.repairs.append("date-invalid")
        else:
            number_year = reading.number.year if reading.number else None
            if number_year is not None and number_year != issued.year:
                reading.repairs.append("symbol-year-mismatch")
                issued = _date(number_year, issued.month, issued.day) or issued
            reading.issued = issued
            reading.end = cur.pos
    elif m := cur.take(_YEAR):
        reading.year = int(m["year"])
        reading.end = cur.pos
    if m := cur.peek(_ISSUER):
        if m["comma"] and not (m["cua"] or m["meeting"]):
            return
        if not m["cua"] and len(m["auth"]) < 4:  # noqa: PLR2004 - "CP", "TU"
            return
        cur.pos = m.end()
        authority = AUTHORITIES[folded(m["auth"])]
        name = authority.name
        if authority.follow == "province" and (p := cur.take(_PROVINCE)):
            name = f"{name} {PROVINCES[folded(p['prov'])]}"
        elif authority.follow == "term" and (t := cur.take(_TERM_RE)):
            name = f"{name} khóa {roman(t['term'])}"
        reading.issuer = name
        reading.end = cur.pos
    cur.pos = reading.end


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def to_ref(reading: Reading) -> tuple[DocumentRef, list[str]]:
    """Turn a reading into a reference; returns it with the repair codes.

    The kind comes from the number's code when it has one: the symbol is the
    formal identifier.  A kind word that disagrees with the code is kept as
    a ``kind-mismatch`` repair rather than dropping the mention.
    """
    repairs = list(reading.repairs)
    number = reading.number
    word = reading.word
    issued = reading.issued
    issuer = reading.issuer
    title = reading.title
    if reading.conference is not None:
        term, plenum = reading.conference
        candidates = CONFERENCES.get((term, plenum), ())
        issuer = f"Ban Chấp hành Trung ương Đảng khóa {term}"
        if len(candidates) == 1:
            number, issued = candidates[0].number, candidates[0].issued
        else:
            title = f"Hội nghị Trung ương {plenum} khóa {term}"
    kind = word.kind if word is not None else DocKind.VAN_BAN
    if number is not None and number.kind is not None:
        code = number.kind.abbreviation
        if word is None or word.generic:
            kind = number.kind
        elif number.kind is not word.kind and code not in word.also:
            kind = number.kind
            repairs.append("kind-mismatch")
    if issuer is None and number is not None:
        issuer = authority_for_symbol(number)
    if word is None or not word.named:
        # A numbered document's subject is not part of its identity; only
        # laws and their kin are named by title.
        title = title if reading.conference is not None else None
    year = reading.year
    if year is not None and issued is not None and year != issued.year:
        year = None
    width = number.width if number is not None else 0
    # Positional: the cache builds its key faster without keywords.
    ref = make_ref(kind, number, width, issued, year, issuer, title)
    return ref, repairs


@lru_cache(maxsize=4096)
def make_ref(  # noqa: PLR0917 - one argument per field of the reference
    kind: DocKind,
    number: DocumentNumber | None,
    width: int,
    issued: date | None,
    year: int | None,
    issuer: str | None,
    title: str | None,
) -> DocumentRef:
    """Build a reference; cached, because a text cites the same ones often.

    Cheaper than ``attrs.evolve`` for a changed copy, even on a miss.
    *width* is part of the key because numbers that differ only in leading
    zeros compare equal but print differently.
    """
    del width
    return DocumentRef(
        kind=kind, number=number, issued=issued, year=year, issuer=issuer, title=title
    )


def read_shared_issuer(cur: Cursor) -> str | None:
    """Read the issuer a list head shares with its items (``của UBND tỉnh``)."""
    reading = Reading(start=cur.pos, end=cur.pos)
    _read_tail(cur, reading)
    return reading.issuer
