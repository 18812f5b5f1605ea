"""Finding references to documents (*trích dẫn văn bản*) in running text.

:func:`find_citations` scans a whole text and never raises;
:func:`parse_citation` reads exactly one reference and raises a positioned
:class:`~kttt.errors.ParseError`; :func:`review_citations` turns what the
scan repaired or found inconsistent into :class:`~kttt.model.Diagnostic`
values for the document parser.  The grammar lives in
``_citation_grammar`` and its tables in package data (``kinds.json``,
``authorities.json``, ``conferences.json``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

from attrs import define, field

from kttt.errors import ParseError
from kttt.model import (
    Citation,
    Diagnostic,
    DocKind,
    DocumentNumber,
    DocumentRef,
    Relation,
    RelationKind,
    Severity,
)
from kttt.parse._citation_data import (
    AUTHORITIES,
    AUTHORITY_RE,
    CONFERENCES,
    KIND_ENDINGS,
    KIND_WORD_RE,
    KIND_WORDS,
    TITLE_RE,
    KindWord,
    S,
    folded,
    kind_word,
    word_pattern,
)
from kttt.parse._citation_grammar import (
    CONFERENCE,
    NUMBER,
    WORD,
    Reading,
    make_ref,
    read_citation,
    read_shared_issuer,
    to_ref,
)
from kttt.parse._cursor import Cursor
from kttt.text import OffsetMap, fold, normalize, normalize_with_map

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from datetime import date

__all__ = ["find_citations", "parse_citation", "review_citations"]

# Where a reference can be: a number whose symbol starts with a letter, or
# one of a few words (a self-reference's "này", a law's name, a plenum's
# resolution).  Anchors are found with one simple pattern and ``str.find``,
# which are fast; the costly patterns only run at anchors.
# The look-behind (no digit, slash, dot or dash before the number) is
# checked after the first digit, so that the pattern starts with a character
# class and the regex engine skips ahead to the next digit instead of trying
# every position.
_NUMBER_ANCHOR = re.compile(
    r"[0-9](?<![0-9/.\-][0-9])[0-9]{0,5}(?=[ ]?/|[ ]?-[ ]?[A-ZĐ])"
)
_WORD_ANCHORS = (
    "này",
    "Luật",
    "LUẬT",
    "Bộ luật",
    "BỘ LUẬT",
    "Pháp lệnh",
    "PHÁP LỆNH",
    "Hiến pháp",
    "HIẾN PHÁP",
    "Nghị quyết",
    "NGHỊ QUYẾT",
)
_BEFORE_NUMBER = re.compile(
    rf"(?:(?P<so>số)\b(?:{S}{{0,3}}:)?{S}{{0,6}}|{S}{{1,6}})\Z", re.IGNORECASE
)
_LOOK_BACK = 48
# The patterns matched at the end of a window (``\Z``) are bounded, so a match
# starts at most their widest match before the end; ``search`` tries every
# start, so it is started there rather than at the window's start.  The
# widths are checked by a doctest of :func:`_trigger`.
_BEFORE_NUMBER_WIDTH = 12
_NOT_IMPLEMENTING_WIDTH = 36
_TRIGGER_WIDTH = 40
_HEAD = re.compile(
    rf"\b(?:các|những){S}{{1,3}}(?P<kind>{KIND_WORD_RE})\b", re.IGNORECASE
)
_PLURAL = re.compile(rf"(?:các|những){S}{{1,3}}\Z", re.IGNORECASE)
_LIST_SEP = re.compile(rf"(?:[:;,]|\bvà|\bgồm){S}{{0,4}}\Z", re.IGNORECASE)
_LIST_SEP_WIDTH = 7
_LIST_REACH = 800
_HEADER_SO = re.compile(r"Số\s*:", re.IGNORECASE)
_PROPOSER = re.compile(
    rf"""của{S}{{1,4}}(?:(?:{TITLE_RE}){S}{{1,4}})?(?P<auth>{AUTHORITY_RE})
    (?:{S}{{1,4}}(?:tỉnh|thành{S}phố))?{S}{{1,4}}tại{S}{{0,4}}\Z""",
    re.VERBOSE | re.IGNORECASE,
)
_PROPOSER_REACH = 200
_BREAK = re.compile(r"[;\n]|\.\s")
_CLAIM_REACH = 400
_TAIL = 90
_NOT_IMPLEMENTING = re.compile(
    rf"(?:kết{S}quả|năm|tình{S}hình|việc|sơ{S}kết|tổng{S}kết){S}{{1,3}}"
    rf"(?:tiếp{S}tục{S}{{1,3}})?(?:thực{S}hiện|thi{S}hành|triển{S}khai){S}{{0,3}}\Z",
    re.IGNORECASE,
)
# Each relation phrase with the words one of which ends it (or nearly: a
# "của" or a colon may follow), which _trigger looks for first.
_TRIGGERS: tuple[tuple[RelationKind, tuple[str, ...], re.Pattern[str]], ...] = (
    (
        RelationKind.AMENDS,
        ("sung", "đổi"),
        re.compile(
            rf"sửa{S}đổi(?:{S}{{0,2}},?{S}{{1,2}}bổ{S}sung)?"
            rf"(?:{S}{{1,2}}một{S}số{S}điều)?(?:{S}{{1,2}}(?:của|tại))?{S}{{0,3}}\Z",
            re.IGNORECASE,
        ),
    ),
    (
        RelationKind.REPEALS,
        ("bỏ",),
        re.compile(
            rf"bãi{S}bỏ(?:{S}{{1,2}}(?:toàn{S}bộ|một{S}số{S}điều|một{S}phần))?"
            rf"(?:{S}{{1,2}}(?:của|tại))?{S}{{0,3}}\Z",
            re.IGNORECASE,
        ),
    ),
    (
        RelationKind.REPLACES,
        ("thế",),
        re.compile(rf"thay{S}thế(?:{S}cho)?{S}{{0,3}}\Z", re.IGNORECASE),
    ),
    (
        RelationKind.BASED_ON,
        ("cứ",),
        re.compile(
            rf"căn{S}cứ(?:{S}(?:vào|theo))?{S}{{0,3}}:?{S}{{0,3}}\Z", re.IGNORECASE
        ),
    ),
    (
        RelationKind.IMPLEMENTS,
        ("hiện", "khai", "hành", "dẫn", "tiết", "hóa", "hoá"),
        re.compile(
            rf"""(?:thực{S}hiện|triển{S}khai|thi{S}hành|cụ{S}thể{S}{word_pattern("hóa")}
            |hướng{S}dẫn(?:{S}{{1,2}}(?:thi{S}hành|thực{S}hiện))?
             (?:{S}{{1,2}}một{S}số{S}điều(?:{S}của)?)?
            |quy{S}định{S}chi{S}tiết(?:{S}{{1,2}}(?:một{S}số{S}điều|thi{S}hành))?
             (?:{S}của)?)
            {S}{{0,3}}\Z""",
            re.IGNORECASE | re.VERBOSE,
        ),
    ),
)
_TOPIC_REACH = 300
_MESSAGES = {
    "symbol-double-slash": "the number was written with a double slash; read as {number}",
    "symbol-year-mismatch": (
        "the date's year disagrees with the year in {number}; read the date as {issued}"
    ),
    "symbol-spacing": "stray spaces inside the number were dropped; read as {number}",
    "kind-mismatch": "the kind word disagrees with the code of {number}; read as {kind}",
    "date-invalid": "the date after {ref} names no real day and was left out",
    "conference-ambiguous": "{ref} names a plenum that issued several resolutions",
}


@define
class _Item:
    """A reference found by the scan, before spans are mapped back."""

    ref: DocumentRef
    start: int
    end: int
    repairs: list[str]
    inferred: set[str] = field(factory=set)
    self_reference: bool = False
    nested: bool = False
    amends: list[int] = field(factory=list)
    claims: list[tuple[RelationKind, int | None, int]] = field(factory=list)
    """(kind, source item or None, target item)."""


def _changed_by_normalize() -> re.Pattern[str]:
    """A class of the characters that :func:`kttt.text.normalize` replaces.

    Probed over the blocks where look-alike letters, spaces, dashes and
    zero-width characters live, so that this module need not copy the
    table that ``kttt.text`` keeps private.
    """
    blocks = (
        range(0x80, 0x250),
        range(0x2000, 0x2070),
        range(0x2210, 0x2220),
        range(0x3000, 0x3001),
        range(0xFE60, 0xFE70),
        range(0xFEFF, 0xFF10),
    )
    chars = sorted(
        c
        for block in blocks
        for c in map(chr, block)
        if unicodedata.is_normalized("NFC", c) and normalize(c) != c
    )
    return re.compile("[" + "".join(re.escape(c) for c in chars) + "]")


_LOOKALIKE = _changed_by_normalize()


def _normalized(text: str) -> tuple[str, OffsetMap | None]:
    """The text to scan, and a map back to *text* when offsets moved.

    NFC text without look-alike characters is scanned as it is: the
    patterns accept both tone placements (*hòa* and *hoà*), and every value
    read from it is normalized when it is built, so the result is the same
    as scanning ``normalize(text)`` without paying for that pass.  Other text
    is normalized with an offset map.
    """
    if unicodedata.is_normalized("NFC", text):
        if _LOOKALIKE.search(text) is None:
            return text, None
        found = set(_LOOKALIKE.findall(text))
        table = {c: normalize(c) for c in found}
        if all(len(v) == 1 for v in table.values()):
            # One-for-one replacements (a no-break space, Ð for Đ) keep
            # every offset.
            for char, replacement in table.items():
                text = text.replace(char, replacement)
            return text, None
    clean = normalize(text)
    if len(clean) == len(text) and unicodedata.is_normalized("NFC", text):
        return clean, None
    return normalize_with_map(text)


def find_citations(text: str) -> list[Citation]:
    r"""Find every reference to a document in *text*, in text order; never raises.

    Reads numbered documents (``Nghị quyết số 134/NQ-CP ngày 25/9/2020 của
    Chính phủ``), laws by name and date (``Luật Hợp tác xã năm 2012``), lists
    sharing one kind word (``các Quyết định của UBND tỉnh: số …; số …``),
    letters and submissions, conferences (``Nghị quyết Trung ương 5 khóa
    IX``) and self-references (``Quyết định này``).  Spans index *text* as
    given, not a normalized copy.  Slips are repaired and named in
    :attr:`~kttt.model.Citation.repairs`; fields taken from around a mention
    (a list's issuer, an earlier full mention of the same document) are
    named in :attr:`~kttt.model.Citation.inferred`; what the surrounding
    phrase says about a document (``… thực hiện Kết luận số 70-KL/TW``) is
    in :attr:`~kttt.model.Citation.claims`.

    A claim whose source is ``None`` is made by the text's own document
    (``Căn cứ Nghị quyết số …``) and sits on the cited document's citation;
    otherwise it sits on the citation of its source.

    >>> found = find_citations(
    ...     "Căn cứ Nghị quyết số 134/NQ-CP ngày 25/9/2020 của Chính phủ về Ban hành"
    ...     " Chương trình hành động thực hiện Kết luận số 70-KL/TW ngày 09/3/2020"
    ...     " của Bộ Chính trị;")
    >>> [(c.ref.key, c.ref.issuer) for c in found]
    [('134/NQ-CP', 'Chính phủ'), ('70-KL/TW', 'Bộ Chính trị')]
    >>> [(r.kind.value, r.source and r.source.key, r.target.key) for r in found[0].claims]
    [('based_on', None, '134/NQ-CP'), ('implements', '134/NQ-CP', '70-KL/TW')]
    >>> found[1].span, found[1].text
    ((105, 157), 'Kết luận số 70-KL/TW ngày 09/3/2020 của Bộ Chính trị')

    Args:
        text: Any text, as given; it is normalized internally.

    Returns:
        The citations, ordered by where they start.
    """
    try:
        return _find(text)
    except Exception:  # noqa: BLE001 - a scanner must never raise
        # A bug here must not take down the document parser; the property
        # tests search for inputs that reach this line.
        return []


def _find(text: str) -> list[Citation]:
    clean, offsets = _normalized(text)
    items = _scan(clean)
    _resolve(items)
    _claim(clean, items)
    return [_citation(text, offsets, items, i) for i in range(len(items))]


def _anchors(clean: str) -> list[tuple[int, int]]:
    """Positions to try, in text order, with the anchor word's length (0: a number)."""
    found = [(m.start(), 0) for m in _NUMBER_ANCHOR.finditer(clean)]
    for word in _WORD_ANCHORS:
        at = clean.find(word)
        while at != -1:
            found.append((at, len(word)))
            at = clean.find(word, at + 1)
    found.sort()
    return found


def _scan(clean: str) -> list[_Item]:
    items: list[_Item] = []
    floor = 0
    for anchor, length in _anchors(clean):
        if anchor < floor:
            continue
        if length == 0:
            m = NUMBER.match(clean, anchor)
            if m is None or not _plausible(m):
                continue
            reading = _read_at_number(clean, m)
        else:
            reading = _read_at_word(clean, anchor, length)
        if reading is None or reading.start < floor or _mark_at(clean, reading.end):
            # A stray combining mark right after a reference glues onto its
            # last letter, so the mention cannot be cut out of the text.
            continue
        items.extend(_items(clean, reading))
        floor = reading.end
    return items


def _mark_at(clean: str, index: int) -> bool:
    return index < len(clean) and unicodedata.category(clean[index]).startswith("M")


def _plausible(m: re.Match[str]) -> bool:
    """Reject numbers whose kind code is unknown before doing any more work."""
    if m["pcode"] is not None:
        return DocKind.from_abbreviation(m["pcode"]) is not None
    kind, slash, _ = m["sym"].partition("/")
    return not slash or DocKind.from_abbreviation(kind) is not None


def _try_read(clean: str, start: int) -> Reading | None:
    try:
        return read_citation(Cursor(clean, start))
    except ParseError:
        return None


def _kind_word_before(clean: str, end: int) -> int | None:
    """Where a kind word ending at *end* starts, if one does."""
    head = clean[max(0, end - _LOOK_BACK) : end]
    if head and not head[-1].isspace():
        return None
    head = head.replace("|", " ")  # one for one: offsets into it still hold
    # Most numbers follow "số" or a date, not a kind word: one look-up of
    # the last word rules that out, and gives the only phrase lengths worth
    # joining and looking up.
    last = head.rsplit(None, 1)
    lengths = KIND_ENDINGS.get(last[-1].lower(), ()) if last else ()
    if not lengths:
        return None
    words = head.split()
    # The words of a split are joined by single spaces without bars here,
    # the form the table is keyed by: kind_word's respacing of a miss (the
    # longer phrases tried first nearly always miss) would change nothing.
    for k in lengths:
        if k <= len(words) and " ".join(words[-k:]).lower() in KIND_WORDS:
            at = head.rfind(words[-k])
            if at != -1:
                return end - len(head) + at
    return None


def _read_at_number(clean: str, number: re.Match[str]) -> Reading | None:
    """Read the reference around a number, from its kind word when it has one."""
    anchor = number.start()
    before = _BEFORE_NUMBER.search(clean, max(0, anchor - _BEFORE_NUMBER_WIDTH), anchor)
    starts: list[int] = []
    if before is not None:
        edge = before.start()
        word_start = _kind_word_before(clean, edge) if edge > 0 else None
        if word_start is not None:
            starts.append(word_start)
        if before["so"]:
            starts.append(edge)
    if not starts and not _coded(number) and not _near_head(clean, anchor):
        # A bare number without a kind code needs a list head to say what it
        # is; checking for one first is cheaper than reading.
        return None
    starts.append(anchor)
    for start in starts:
        reading = _try_read(clean, start)
        if reading is not None and reading.end > anchor:
            bare = start == anchor and reading.number is not None
            if bare and reading.number.kind is None and not _in_list(clean, reading):  # type: ignore[union-attr]
                # A bare plain number (253/SKHĐT-KTN) names no kind; only a
                # list head can say what it is.
                return None
            return reading
    return None


def _coded(m: re.Match[str]) -> bool:
    if m["pcode"] is not None:
        return True
    return DocKind.from_abbreviation(m["sym"].split("/")[0].split("-")[0]) is not None


def _near_head(clean: str, anchor: int) -> bool:
    return _last_head(clean, max(0, anchor - _LIST_REACH), anchor) is not None


_ENDINGS = ("ngày", "năm", "số", "NGÀY", "NĂM", "SỐ")
_AMEND_REACH = 400


def _read_at_word(clean: str, anchor: int, length: int) -> Reading | None:
    """Read a self-reference, a law by name or a plenum's resolution."""
    if anchor > 0 and clean[anchor - 1].isalnum():
        return None
    end = anchor + length
    if clean.startswith("này", anchor):
        start = _kind_word_before(clean, anchor)
        if start is None or _PLURAL.search(clean, max(0, start - 8), start):
            return None
        reading = _try_read(clean, start)
        return reading if reading is not None and reading.self_reference else None
    if clean[anchor] in "Nn":
        # Numbered resolutions are read from their number's anchor, which
        # also finds them when a line break splits the kind word from the
        # number; only a plenum's resolution is read from here.
        if not CONFERENCE.match(clean, end):
            return None
    else:
        nxt = WORD.match(clean, end)
        if nxt is None or not (
            nxt["w"][0].isupper() or nxt["w"].lower() in {"sửa", "số", "năm", "ngày"}
        ):
            return None
        if nxt["w"].lower() == "sửa" and not any(
            clean.find(word, end, end + _AMEND_REACH) != -1 for word in _ENDINGS
        ):
            # An amending law's title runs to its date or number; without
            # one nearby there is nothing to read.
            return None
    return _try_read(clean, anchor)


def _in_list(clean: str, reading: Reading) -> bool:
    return _list_head(clean, reading) is not None


def _list_head(clean: str, reading: Reading) -> tuple[KindWord, str | None] | None:
    """The head a list item shares (``các Quyết định của UBND tỉnh: số …``)."""
    start = reading.start
    if reading.word is not None and not _LIST_SEP.search(
        clean, max(0, start - _LIST_SEP_WIDTH), start
    ):
        return None
    last = _last_head(clean, max(0, start - _LIST_REACH), start)
    if last is None:
        return None
    gap = clean[last.end() : start]
    if "\n" in gap or re.search(r"\.\s", gap):
        return None
    word = kind_word(last["kind"])
    if word is None:  # pragma: no cover - _HEAD only matches kind words
        return None
    return word, read_shared_issuer(Cursor(clean, last.end()))


_PLURALS = ("các", "Các", "CÁC", "những", "Những", "NHỮNG")


def _last_head(clean: str, begin: int, end: int) -> re.Match[str] | None:
    """The last ``các <kind word>`` between *begin* and *end*.

    ``str.rfind`` finds the few places worth trying; running the kind-word
    pattern over the whole window would cost more than the rest of a scan.
    """
    best: re.Match[str] | None = None
    for plural in _PLURALS:
        at = clean.rfind(plural, begin, end)
        while at != -1 and (best is None or at > best.start()):
            m = _HEAD.match(clean, at, end)
            if m is not None:
                best = m
                break
            at = clean.rfind(plural, begin, at)
    return best


def _items(clean: str, reading: Reading) -> list[_Item]:
    inferred: set[str] = set()
    if reading.word is None or _LIST_SEP.search(
        clean, max(0, reading.start - _LIST_SEP_WIDTH), reading.start
    ):
        head = _list_head(clean, reading)
        if head is not None:
            inferred = _share(reading, *head)
    if reading.conference is None and reading.issuer is None and reading.number:
        inferred |= _proposer(clean, reading)
    ref, repairs = to_ref(reading)
    if reading.conference is not None and ref.number is None:
        ref, more = _by_topic(clean, reading, ref)
        inferred |= more
        if not more:
            repairs.append("conference-ambiguous")
    item = _Item(
        ref=ref,
        start=reading.start,
        end=reading.end,
        repairs=repairs,
        inferred=inferred,
        self_reference=reading.self_reference or _is_header(clean, reading),
    )
    found = [item]
    for nested in reading.nested:
        nested_ref, nested_repairs = to_ref(nested)
        item.amends.append(len(found))  # an offset from the parent
        found.append(
            _Item(
                ref=nested_ref,
                start=nested.start,
                end=nested.end,
                repairs=nested_repairs,
                nested=True,
            )
        )
    return found


def _share(reading: Reading, word: KindWord, issuer: str | None) -> set[str]:
    """Give a list item the kind word and issuer its head states once."""
    inferred: set[str] = set()
    if reading.word is None and reading.number is not None:
        if reading.number.kind is None:
            reading.word = word
            inferred.add("kind")
    elif reading.word is None or reading.word.kind is not word.kind:
        return inferred
    if reading.issuer is None and issuer is not None:
        reading.issuer = issuer
        inferred.add("issuer")
    return inferred


def _proposer(clean: str, reading: Reading) -> set[str]:
    """``đề nghị của Giám đốc Sở X tại Tờ trình số …``: the letter is Sở X's."""
    window = clean[max(0, reading.start - _PROPOSER_REACH) : reading.start]
    m = _PROPOSER.search(window)
    if m is None:
        return set()
    reading.issuer = AUTHORITIES[folded(m["auth"])].name
    return {"issuer"}


def _by_topic(
    clean: str, reading: Reading, ref: DocumentRef
) -> tuple[DocumentRef, set[str]]:
    """Pick one of a plenum's resolutions by the subject named after it."""
    assert reading.conference is not None  # noqa: S101 - callers check
    conferences = CONFERENCES.get(reading.conference, ())
    if not conferences:
        # Folding the subject costs more than the rest of the read.
        return ref, set()
    window = clean[reading.end : reading.end + _TOPIC_REACH]
    stop = _BREAK.search(window)
    key = fold(window[: stop.start()] if stop else window)
    for conference in conferences:
        if any(topic in key for topic in conference.topics):
            chosen = make_ref(
                ref.kind,
                conference.number,
                conference.number.width,
                conference.issued,
                ref.year,
                ref.issuer,
                None,
            )
            return chosen, {"number", "issued", "title"}
    return ref, set()


def _is_header(clean: str, reading: Reading) -> bool:
    """``Số: 2699/QĐ-UBND`` alone at the start of a line is the document's own."""
    start = reading.start
    if reading.word is not None or not _HEADER_SO.match(clean, start):
        return False
    line = clean.rfind("\n", 0, start) + 1
    return clean[line:start].strip(" \t|*_") == "" and clean.startswith("Số", start)


@lru_cache(maxsize=4096)
def _number_key(number: DocumentNumber) -> str:
    """``number.key``, cached: it is formatted afresh on every access."""
    return number.key


def _identity(ref: DocumentRef) -> str | None:
    if ref.number is not None:
        return _number_key(ref.number)
    if ref.title is not None:
        return f"{ref.kind.value}:{folded(ref.title)}"
    return None


def _resolve(items: list[_Item]) -> None:
    """Complete short mentions from the full mention of the same document."""
    if len(items) < 2:  # noqa: PLR2004 - most texts cite one document or none
        return
    groups: dict[str, list[_Item]] = {}
    for item in items:
        if not item.self_reference and (key := _identity(item.ref)) is not None:
            groups.setdefault(key, []).append(item)
    for group in groups.values():
        if len(group) > 1:
            _complete(group)


def _complete(group: list[_Item]) -> None:
    dated = next((i.ref for i in group if i.ref.issued is not None), None)
    yearly = next((i.ref for i in group if i.ref.year is not None), None)
    issuers = list(dict.fromkeys(i.ref.issuer for i in group if i.ref.issuer))
    title = next((i.ref.title for i in group if i.ref.title is not None), None)
    # A group can hold thousands of mentions; work per distinct issuer.
    specific = {own: _most_specific(own, issuers) for own in {None, *issuers}}
    for item in group:
        ref = item.ref
        issued, year, issuer = ref.issued, ref.year, specific[ref.issuer]
        changes: set[str] = set()
        if ref.issued is None and dated is not None and dated.issued is not None:
            if ref.year in {None, dated.issued.year}:
                issued = dated.issued
                changes.add("issued")
        elif ref.issued is None and ref.year is None and yearly is not None:
            year = yearly.year
            changes.add("year")
        if issuer != ref.issuer:
            changes.add("issuer")
        if ref.title is None and title is not None:
            changes.add("title")
        if changes:
            width = ref.number.width if ref.number is not None else 0
            item.ref = make_ref(
                ref.kind,
                ref.number,
                width,
                issued,
                year,
                issuer,
                title if "title" in changes else ref.title,
            )
            item.inferred |= changes


def _most_specific(own: str | None, issuers: Sequence[str]) -> str | None:
    """The fullest name that extends *own* (``Tỉnh ủy`` → ``Tỉnh ủy Bình Định``)."""
    if own is None:
        return issuers[0] if issuers else None
    longer = [i for i in issuers if i.startswith(own)]
    return max(longer, key=len) if longer else own


def _claim(clean: str, items: list[_Item]) -> None:
    """Read what the phrase before each mention says about it."""
    previous: int | None = None
    for index, item in enumerate(items):
        if item.nested:
            continue
        for target in item.amends:
            item.claims.append((RelationKind.AMENDS, index, index + target))
        if item.self_reference:
            previous = index
            continue
        begin = items[previous].end if previous is not None else 0
        gap_start = max(begin, item.start - _CLAIM_REACH)
        tail = clean[max(gap_start, item.start - _TAIL) : item.start]
        kind = _trigger(tail)
        if kind is not None:
            source = previous
            if (
                source is None
                or items[source].self_reference
                or item.start - items[source].end > _CLAIM_REACH
                or _BREAK.search(clean, items[source].end, item.start)
            ):
                source = None
            holder = items[source] if source is not None else item
            holder.claims.append((kind, source, index))
        previous = index


# The words that end relation phrases (see _TRIGGERS); one search for them
# is cheaper than a substring test per word.
_HINTS = re.compile("|".join(word for _, words, _ in _TRIGGERS for word in words))


def _trigger(tail: str) -> RelationKind | None:
    """The relation that the phrase ending *tail* states, if any.

    The end-anchored patterns are searched only over their widest match
    (``tests/test_citations.py`` checks the widths against the patterns).

    >>> _trigger("Căn cứ ").value, _trigger("tổng kết 10 năm thực hiện ")
    ('based_on', None)
    """
    # Most mentions follow no relation phrase; a substring test is far
    # cheaper than the end-anchored patterns, which try every position.
    hints = set(_HINTS.findall(tail[-28:].lower()))
    if not hints:
        return None
    if _NOT_IMPLEMENTING.search(tail, max(0, len(tail) - _NOT_IMPLEMENTING_WIDTH)):
        return None
    # A phrase ends within a few words of its last word, so a pattern whose
    # words are not near the end cannot match: most mentions follow
    # "thực hiện", the last pattern, and need not try the four before it.
    begin = max(0, len(tail) - _TRIGGER_WIDTH)
    for kind, words, pattern in _TRIGGERS:
        if not hints.isdisjoint(words) and pattern.search(tail, begin):
            return kind
    return None


def _citation(
    text: str, offsets: OffsetMap | None, items: list[_Item], index: int
) -> Citation:
    item = items[index]
    span = (item.start, item.end)
    if offsets is not None:
        span = offsets.span(span)
    claims = (
        tuple(
            Relation(
                kind=kind,
                target=items[target].ref,
                source=items[source].ref if source is not None else None,
            )
            for kind, source, target in item.claims
        )
        if item.claims
        else ()
    )
    return Citation(
        ref=item.ref,
        span=span,
        text=text[span[0] : span[1]],
        claims=claims,
        repairs=tuple(item.repairs),
        inferred=frozenset(item.inferred),
        self_reference=item.self_reference,
    )


_END = re.compile(r"\Z")


def parse_citation(text: str, /) -> Citation:
    """Read exactly one reference (*trích dẫn*); the whole of *text* must be used.

    The inverse, up to spacing, of ``str(citation.ref)``; it reads what
    :func:`find_citations` reads, so every found span re-reads to an equal
    citation (fields listed in :attr:`~kttt.model.Citation.inferred` came
    from outside the span and are read afresh).  Grammar (EBNF; words match
    case-insensitively and may be split by line breaks or ``|``)::

        citation   = self-ref | conference | named | numbered
        self-ref   = KIND-WORD "này"
        conference = "Nghị quyết" ["Hội nghị"] ("Trung ương" | "TW") PLENUM
                     ["khóa"] TERM
        named      = ("Luật" | "Bộ luật" | "Pháp lệnh" | "Hiến pháp") [TITLE]
                     ["số" NUMBER] [date | year] [issuer]
        numbered   = [KIND-WORD] ["số" [":"]] NUMBER [date | year] [issuer]
        NUMBER     = DIGITS "/" [YEAR "/"] SYMBOL      (* 2699/QĐ-UBND, 98/2018/NĐ-CP *)
                   | DIGITS "-" CODE "/" SYMBOL        (* 20-NQ/TW *)
                   | DIGITS "/" CODE "/" SYMBOL        (* 77/QĐ/BCĐKTTT *)
        date       = [","] ["ban hành"] "ngày" (D "/" M "/" Y | D "tháng" M "năm" Y)
        year       = "năm" YEAR
        issuer     = [","] ["của"] [meeting] AUTHORITY [PROVINCE | "khóa" TERM]
        meeting    = "Hội nghị" ("lần thứ" PLENUM | "Trung ương" DIGITS) [","]

    ``134//NQ-CP``, ``134 /NQ-CP``, a date whose year disagrees with the
    number's, and a kind word that disagrees with the code are read and
    named in :attr:`~kttt.model.Citation.repairs`.

    >>> c = parse_citation("Nghị định số 98/2018/NĐ-CP ngày 05/7/2020 của Chính phủ")
    >>> c.ref.issued, c.repairs
    (datetime.date(2018, 7, 5), ('symbol-year-mismatch',))
    >>> parse_citation("Luật Hợp tác xã năm 2012").ref.key
    'luat:hop-tac-xa:2012'

    Raises:
        ParseError: at the first place where *text* departs from the grammar.
    """
    clean, offsets = _normalized(text)
    cur = Cursor(clean)
    try:
        reading = read_citation(cur)
        cur.pos = reading.end
        cur.expect(_END, "the end of the reference")
    except ParseError as exc:
        if offsets is None:
            raise
        span = offsets.span(exc.span)
        raise ParseError(exc.message, text, span) from None
    ref, repairs = to_ref(reading)
    if reading.conference is not None and ref.number is None:
        repairs.append("conference-ambiguous")
    return Citation(
        ref=ref,
        span=(0, len(text)),
        text=text,
        repairs=tuple(repairs),
        self_reference=reading.self_reference,
    )


def review_citations(
    citations: Iterable[Citation], text: str | None = None
) -> list[Diagnostic]:
    r"""Say what was repaired or inconsistent among *citations*, as diagnostics.

    One diagnostic per repair (codes as in :attr:`~kttt.model.Citation.repairs`:
    ``symbol-double-slash``, ``symbol-year-mismatch``, ``symbol-spacing``,
    ``kind-mismatch``, ``date-invalid``, ``conference-ambiguous``), and one
    ``citation-date-conflict`` for each further date given to a document
    already cited with another (*one document cited with two dates*).  Pass
    the scanned *text* to get line numbers.

    >>> text = "Nghị quyết số 134//NQ-CP ngày 25/9/2020;\nNghị quyết số 134/NQ-CP ngày 26/9/2020"
    >>> [(d.code, d.line) for d in review_citations(find_citations(text), text)]
    [('symbol-double-slash', 1), ('citation-date-conflict', 2)]

    Args:
        citations: Citations, usually from :func:`find_citations`.
        text: The text they were found in, for line numbers.

    Returns:
        Diagnostics in the order of the citations.
    """
    found: list[Diagnostic] = []
    first_date: dict[str, Citation] = {}
    for citation in citations:
        ref = citation.ref
        line = text.count("\n", 0, citation.span[0]) + 1 if text is not None else None
        for code in citation.repairs:
            template = _MESSAGES.get(code, "{ref} was repaired ({code})")
            found.append(
                Diagnostic(
                    code=code,
                    message=template.format(
                        number=ref.number,
                        issued=ref.issued.strftime("%d/%m/%Y") if ref.issued else None,
                        kind=ref.kind.word,
                        ref=ref,
                        code=code,
                    ),
                    line=line,
                    severity=Severity.INFO
                    if code == "conference-ambiguous"
                    else Severity.WARNING,
                    text=citation.text,
                )
            )
        conflict = _date_conflict(first_date, citation, line)
        if conflict is not None:
            found.append(conflict)
    return found


def date_conflicts(cited: Iterable[tuple[Citation, int | None]]) -> list[Diagnostic]:
    """One ``citation-date-conflict`` per further date given to a cited document.

    *cited* pairs each citation with its line, in document order; this is the
    document-wide half of :func:`review_citations`, for callers that scanned
    a document piece by piece and already reported the repairs.  A mention
    found twice (the same document, date and line) is reported once.

    >>> first, second = find_citations(
    ...     "Nghị quyết số 134/NQ-CP ngày 25/9/2020 và Nghị quyết số 134/NQ-CP ngày 26/9/2020")
    >>> [(d.code, d.line) for d in date_conflicts([(first, 3), (second, 9), (second, 9)])]
    [('citation-date-conflict', 9)]
    """
    found: list[Diagnostic] = []
    first_date: dict[str, Citation] = {}
    seen: set[tuple[str, date | None, int | None]] = set()
    for citation, line in cited:
        conflict = _date_conflict(first_date, citation, line)
        if conflict is None:
            continue
        key = (citation.ref.key, citation.ref.issued, line)
        if key not in seen:
            seen.add(key)
            found.append(conflict)
    return found


def _date_conflict(
    first_date: dict[str, Citation], citation: Citation, line: int | None
) -> Diagnostic | None:
    """A conflict when *citation* dates a document otherwise than its first mention did."""
    ref = citation.ref
    if ref.number is None or ref.issued is None or citation.self_reference:
        return None
    earlier = first_date.setdefault(_number_key(ref.number), citation)
    if earlier.ref.issued is None or earlier.ref.issued == ref.issued:
        return None
    message = (
        f"{ref.number.key} is cited as of {earlier.ref.issued:%d/%m/%Y}"
        f" and of {ref.issued:%d/%m/%Y}"
    )
    return Diagnostic(
        code="citation-date-conflict", message=message, line=line, text=citation.text
    )
