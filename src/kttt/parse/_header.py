"""The header block (*thể thức văn bản*): issuer, number, place, date, kind, subject.

Two stages, as everywhere in the document parser: :func:`extract_header`
is lenient and returns the pieces it recognised, each with its line, plus the
lines it could not place; the document builder turns them into model values.
It reads the block cell by cell (a web page's ``|`` cells and real lines are
alike), and every field may also sit in the middle of a flattened line.
"""

from __future__ import annotations

import re
from datetime import date

from attrs import define, field

from kttt.agencies import resolve_province
from kttt.errors import ParseError
from kttt.model import DocKind, DocumentNumber
from kttt.parse._lines import LOWER, UPPER
from kttt.text import fold

__all__ = [
    "KIND_WORDS",
    "RawHeader",
    "extract_header",
    "find_province",
    "issuer_name",
    "title_case",
]

# Kind lines are written in capitals; the order puts longer names first so
# that "CHƯƠNG TRÌNH HÀNH ĐỘNG" wins over "CHƯƠNG TRÌNH".
KIND_WORDS: dict[str, DocKind] = {
    "QUYẾT ĐỊNH": DocKind.QUYET_DINH,
    "CHƯƠNG TRÌNH HÀNH ĐỘNG": DocKind.CHUONG_TRINH,
    "CHƯƠNG TRÌNH": DocKind.CHUONG_TRINH,
    "KẾ HOẠCH": DocKind.KE_HOACH,
    "NGHỊ QUYẾT": DocKind.NGHI_QUYET,
    "CHỈ THỊ": DocKind.CHI_THI,
    "KẾT LUẬN": DocKind.KET_LUAN,
    "ĐỀ ÁN": DocKind.DE_AN,
    "HƯỚNG DẪN": DocKind.HUONG_DAN,
    "THÔNG BÁO": DocKind.THONG_BAO,
    "CÔNG VĂN": DocKind.CONG_VAN,
}
_KIND = re.compile(
    r"(?<![^\W\d_])(?P<kind>" + "|".join(KIND_WORDS) + r")(?![^\W\d_])(?!\s*:)"
)
_MOTTO = re.compile(
    r"CỘNG\s+HÒA\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM"
    r"|Độc\s+lập\s*[-\u2013\u2014]\s*Tự\s+do\s*[-\u2013\u2014]\s*Hạnh\s+phúc"
    r"|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM",
    re.IGNORECASE,
)
# Rules, stars and signature placeholders carry nothing to read.
_DECORATION = re.compile(
    r"^(?:[-_=*.~\s]+|\[?\(?\s*(?:Chữ ký|Đã ký|ký|Ký tên)[^)\]]*\)?\]?)$", re.IGNORECASE
)
_NUMBER = re.compile(
    r"(?<![^\W\d_])(?:Số|SỐ|số)\s*:?\s*(?P<num>[0-9][0-9A-Za-zĐđ/&.\-]*)?"
)
_AUTHORITY = re.compile(
    r"ỦY\s+BAN|UBND|CHỦ\s+TỊCH|HỘI\s+ĐỒNG|BAN\s+THƯỜNG\s+VỤ|TỈNH\s+ỦY|BỘ\s+TRƯỞNG"
)
# Under a People's Council's name, its term and sitting: "KHÓA X, KỲ HỌP
# THỨ MƯỜI BA", "Khóa XVI - Kỳ họp thứ 12".
_SESSION = re.compile(
    r"^KHÓA\s+[IVXLC]+\s*[,\-\u2013]?\s*KỲ\s+HỌP\s+(?:THỨ\s+)?\S.*$|^KỲ\s+HỌP\s+THỨ\s+\S.*$",
    re.IGNORECASE,
)
_NUMBER_TOKEN = re.compile(r"[0-9][0-9A-Za-zĐđ/&.\-]*")
_DATE_WORDS = re.compile(
    r"ngày\s*(?P<d>[0-9]{1,2})\s*tháng\s*(?P<m>[0-9]{1,2})\s*năm\s*(?P<y>[0-9]{4})"
    r"|ngày\s*(?P<d2>[0-9]{1,2})\s*/\s*(?P<m2>[0-9]{1,2})\s*/\s*(?P<y2>[0-9]{4})",
    re.IGNORECASE,
)
_SUBJECT = re.compile(r"(?<![^\W\d_])(?:V/v|V/V|Về\s+việc|VỀ\s+VIỆC)\b\s*:?\s*")
# A word written with a capital first letter: a part of a place name.
_NAME_WORD = re.compile(rf"{UPPER}{LOWER}*\.?|[-\u2013]")
_UPPER_LETTERS = re.compile(r"[^\W\d_]")
_SMALL_LETTER = re.compile(LOWER)
_PROVINCE_SPLIT = re.compile(
    r"^(?P<body>.*?)\s*\b(?P<unit>TỈNH|THÀNH PHỐ|TP\.?)\s+(?P<name>.+)$"
)
# The look-behind (no letter before the word) sits after each branch's first
# letter, so that every branch starts with a literal: the regex engine can
# then jump from one "t"/"T" to the next instead of trying each position of a
# whole document.
_PROVINCE_IN_TEXT = re.compile(
    r"(?:t(?<![^\W\d_]t)ỉnh|T(?<![^\W\d_]T)ỉnh ủy|T(?<![^\W\d_]T)ỉnh Ủy)\s+"
    rf"(?P<name>{UPPER}{LOWER}+(?:\s+{UPPER}{LOWER}+){{0,3}})"
)
_PARTY_BLOCK = re.compile(
    r"^ĐẢNG\s+BỘ\s+(?:TỈNH|THÀNH\s+PHỐ)\s+(?P<name>.+?)\s+"
    r"(?P<body>(?:BAN\s+THƯỜNG\s+VỤ\s+)?(?:TỈNH|THÀNH)\s+ỦY|BAN\s+CHẤP\s+HÀNH|BAN\s+THƯỜNG\s+VỤ)$"
)
_ABBREVIATIONS = {"UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân"}
_PLACE_STOP = frozenset({"Số", "Ngày", "Tháng", "Năm"})


def is_upper(text: str) -> bool:
    """True when every letter of *text* is a capital (and there is one)."""
    if _SMALL_LETTER.search(text):
        # Most lines are sentences whose first small letter comes early;
        # listing every letter of a long paragraph costs far more.
        return False
    letters = _UPPER_LETTERS.findall(text)
    return bool(letters) and all(c.isupper() for c in letters)


def title_case(text: str) -> str:
    """Write a place name in capitals the usual way: ``SƠN LA`` becomes ``Sơn La``.

    >>> title_case("BÀ RỊA - VŨNG TÀU")
    'Bà Rịa - Vũng Tàu'
    """
    return " ".join(w[:1].upper() + w[1:].lower() for w in text.split())


def issuer_name(block: str) -> tuple[str, str | None]:
    """Turn a capitalised issuer block into a name and the province it names.

    >>> issuer_name("ỦY BAN NHÂN DÂN TỈNH SƠN LA")
    ('Ủy ban nhân dân tỉnh Sơn La', 'Sơn La')
    >>> issuer_name("TỈNH ỦY BÌNH ĐỊNH")
    ('Tỉnh ủy Bình Định', 'Bình Định')
    >>> issuer_name("ỦY BAN NHÂN DÂN TỈNH")
    ('Ủy ban nhân dân tỉnh', None)
    >>> issuer_name("ĐẢNG BỘ TỈNH BẮC GIANG TỈNH ỦY")
    ('Tỉnh ủy Bắc Giang', 'Bắc Giang')
    """
    words = " ".join(block.split())
    if not is_upper(words):
        return words, None
    if m := _PARTY_BLOCK.match(words):
        # A Party header names the provincial Party organisation, then the
        # committee that issues ("ĐẢNG BỘ TỈNH BẮC GIANG" / "TỈNH ỦY").
        body = m["body"].lower()
        return f"{body[:1].upper()}{body[1:]} {title_case(m['name'])}", title_case(
            m["name"]
        )
    m = _PROVINCE_SPLIT.match(words)
    if m is None:
        body, unit, name = words, "", ""
    else:
        body, unit, name = m["body"], m["unit"], m["name"]
        if not body and name.startswith(("ỦY ", "UỶ ")):
            body, name = f"{unit} ỦY", name.split(" ", 1)[1]
            unit = ""
    for short, long in _ABBREVIATIONS.items():
        body = re.sub(rf"\b{short}\b", long.upper(), body)
    sentence = body.lower()
    sentence = sentence[:1].upper() + sentence[1:]
    unit_word = {"TỈNH": "tỉnh", "THÀNH PHỐ": "thành phố"}.get(unit, unit.lower())
    province = title_case(name) if name else None
    parts = [p for p in (sentence, unit_word, province) if p]
    if not sentence and parts:
        parts[0] = parts[0][:1].upper() + parts[0][1:]
    return " ".join(parts), province


def find_province(text: str) -> str | None:
    """The province a text names most often (*tỉnh Bình Định*), or ``None``.

    >>> find_province("trên địa bàn tỉnh Bình Định; Tỉnh ủy Bình Định; tỉnh và")
    'Bình Định'
    """
    counts: dict[str, int] = {}
    names: dict[str, str] = {}
    known: dict[str, str | None] = {}
    for m in _PROVINCE_IN_TEXT.finditer(text):
        words = m["name"].split()
        # "tỉnh Bình Định giai đoạn" stops at the small letter; "tỉnh Sơn La
        # Theo" would not, so try the longest run the registry knows.
        name = None
        for size in range(len(words), 0, -1):
            candidate = " ".join(words[:size])
            if candidate not in known:
                province = resolve_province(candidate)
                known[candidate] = province.name if province is not None else None
            name = known[candidate]
            if name is not None:
                break
        if name is None:
            continue
        key = fold(name)
        counts[key] = counts.get(key, 0) + 1
        names.setdefault(key, name)
    if not counts:
        return None
    best = max(counts, key=lambda k: counts[k])
    return names[best]


@define
class RawHeader:
    """What :func:`extract_header` found, each piece with its line.

    >>> RawHeader().number is None
    True
    """

    issuer: str | None = None
    issuer_line: int | None = None
    authority: str | None = None
    number_text: str | None = None
    number: DocumentNumber | None = None
    number_line: int | None = None
    place: str | None = None
    issued: date | None = None
    date_line: int | None = None
    kind: DocKind | None = None
    kind_line: int | None = None
    subject: str | None = None
    subject_line: int | None = None
    used: set[int] = field(factory=set)
    leftovers: list[tuple[int, str]] = field(factory=list)


def _date(m: re.Match[str]) -> date | None:
    d, mo, y = (m["d"], m["m"], m["y"]) if m["d"] else (m["d2"], m["m2"], m["y2"])
    try:
        return date(int(y), int(mo), int(d))
    except ValueError:
        return None


def _place_before(text: str) -> str | None:
    """The capitalised words just before ``, ngày``: the place of signing."""
    words = text.rstrip(" ,").split()
    picked: list[str] = []
    for word in reversed(words):
        if not _NAME_WORD.fullmatch(word) or word in _PLACE_STOP:
            break
        picked.append(word)
    while picked and picked[-1] in {"-", "\u2013"}:
        picked.pop()
    if picked:
        # "Thành phố Hồ Chí Minh, ngày …", "TP. Hồ Chí Minh, ngày …".
        before = words[: len(words) - len(picked)]
        if before[-2:] in (["Thành", "phố"], ["thành", "phố"]):
            picked += ["phố", "Thành"]
        elif before[-1:] in (["TP."], ["Tp."], ["TP"]):
            picked.append(before[-1])
    return " ".join(reversed(picked)) or None


def _number(token: str) -> DocumentNumber | None:
    try:
        return DocumentNumber.parse(token.rstrip(".-"))
    except ParseError:
        return None


def extract_header(cells: list[tuple[int, str]]) -> RawHeader:
    """Read the header block from its cells (``(line, text)`` pairs, in order).

    >>> h = extract_header([(1, "ỦY BAN NHÂN DÂN"), (2, "TỈNH SƠN LA"), (3, "Số:"),
    ...     (4, "2699/QĐ-UBND"), (5, "Sơn La, ngày 04 tháng 12 năm 2020"),
    ...     (6, "QUYẾT ĐỊNH"), (7, "V/v ban hành chương trình hành động")])
    >>> h.issuer, str(h.number), h.place, h.issued, h.kind, h.subject
    ('ỦY BAN NHÂN DÂN TỈNH SƠN LA', '2699/QĐ-UBND', 'Sơn La', datetime.date(2020, 12, 4), <DocKind.QUYET_DINH: 'quyet_dinh'>, 'ban hành chương trình hành động')
    """
    raw = RawHeader()
    issuer_parts: list[str] = []
    subject_parts: list[str] = []
    want_number = False
    in_subject = False
    for no, cell in cells:
        if _DECORATION.match(cell) or (
            raw.authority is not None and _SESSION.match(cell)
        ):
            raw.used.add(no)
            continue
        if in_subject:
            if is_upper(cell) and raw.authority is None and _AUTHORITY.search(cell):
                raw.authority = cell
                in_subject = False
            else:
                subject_parts.append(cell)
            raw.used.add(no)
            continue
        rest = cell
        hit = False
        if want_number and (m := _NUMBER_TOKEN.match(rest)):
            raw.number_text = m.group()
            raw.number = _number(m.group())
            raw.number_line = no
            rest = rest[m.end() :].strip()
            hit = True
        want_number = False
        rest, n_motto = _MOTTO.subn(" ", rest)
        hit = hit or n_motto > 0
        rest = rest.strip(" ,;")
        # Number and date sit before the kind word and the subject.
        cut = min(
            (
                m.start()
                for m in (_KIND.search(rest), _SUBJECT.search(rest))
                if m is not None
            ),
            default=len(rest),
        )
        head, tail = rest[:cut], rest[cut:]
        if raw.number is None and (m := _NUMBER.search(head)):
            if m["num"]:
                raw.number_text = m["num"]
                raw.number = _number(m["num"])
                raw.number_line = no
            else:
                want_number = True
            head = head[: m.start()] + " " + head[m.end() :]
            hit = True
        if raw.issued is None and (m := _DATE_WORDS.search(head)):
            raw.issued = _date(m)
            raw.date_line = no
            before = head[: m.start()]
            place = _place_before(before)
            if place:
                raw.place = place
                stripped = before.rstrip(" ,")
                before = stripped[: len(stripped) - len(place)]
            head = before + " " + head[m.end() :]
            hit = True
        rest = f"{head.strip(' ,')} {tail}".strip()
        if raw.kind is None and (m := _KIND.search(rest)):
            before = rest[: m.start()].strip()
            raw.kind = KIND_WORDS[m["kind"]]
            raw.kind_line = no
            if before and is_upper(before) and not issuer_parts:
                issuer_parts.append(before)
                raw.issuer_line = no
            elif before:
                raw.leftovers.append((no, before))
            rest = rest[m.end() :].strip()
            hit = True
            if rest and not _SUBJECT.match(rest):
                # "KẾ HOẠCH Triển khai ..." flattened onto the kind line.
                subject_parts.append(rest)
                raw.subject_line = no
                in_subject = True
                rest = ""
        if (m := _SUBJECT.search(rest)) and not subject_parts:
            before = rest[: m.start()].strip()
            if before:
                raw.leftovers.append((no, before))
            subject_parts.append(rest[m.end() :])
            raw.subject_line = no
            in_subject = True
            raw.used.add(no)
            continue
        if rest and is_upper(rest) and raw.kind is None:
            issuer_parts.append(rest)
            raw.issuer_line = raw.issuer_line or no
            raw.used.add(no)
            continue
        if (
            rest
            and is_upper(rest)
            and raw.authority is None
            and _AUTHORITY.search(rest)
        ):
            raw.authority = rest
            raw.used.add(no)
            continue
        if rest and raw.kind is not None and not subject_parts:
            # A title written without "V/v" under the kind line.
            subject_parts.append(rest)
            raw.subject_line = no
            in_subject = True
            raw.used.add(no)
            continue
        if hit or not rest:
            raw.used.add(no)
        if rest:
            raw.leftovers.append((no, rest))
    if issuer_parts:
        raw.issuer = " ".join(issuer_parts)
    if subject_parts:
        raw.subject = " ".join(" ".join(subject_parts).split()) or None
    return raw
