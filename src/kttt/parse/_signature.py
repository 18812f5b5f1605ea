"""The foot of a document: recipients (*nơi nhận*) and the signature block."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kttt.model import Signer, SignerCapacity
from kttt.parse._header import is_upper
from kttt.parse._lines import LOWER, UPPER

if TYPE_CHECKING:
    from kttt.parse._context import Context
    from kttt.parse._lines import Line

__all__ = ["CAPACITY", "NOI_NHAN", "read_tail", "role"]

NOI_NHAN = re.compile(r"^Nơi\s+nhận\s*:?\s*", re.IGNORECASE)
CAPACITY = re.compile(
    r"^(?P<cap>TM|T/M|KT|K/T|TL|T/L|TUQ|T\.U\.Q|Q)\s*[.:]?\s+(?P<rest>\S.*)$"
)
_CAPACITIES = {
    "TM": SignerCapacity.THAY_MAT,
    "T/M": SignerCapacity.THAY_MAT,
    "KT": SignerCapacity.KY_THAY,
    "K/T": SignerCapacity.KY_THAY,
    "TL": SignerCapacity.THUA_LENH,
    "T/L": SignerCapacity.THUA_LENH,
    "TUQ": SignerCapacity.THUA_UY_QUYEN,
    "T.U.Q": SignerCapacity.THUA_UY_QUYEN,
    "Q": SignerCapacity.QUYEN,
}
_BULLET = re.compile(r"^[-+•·\u2013\u2014]\s*")
_LUU = re.compile(r"^Lưu\s*:", re.IGNORECASE)
_PLACEHOLDER = re.compile(
    r"^[\[(]?\s*(?:Chữ\s+ký|Đã\s+ký|Ký|Ký\s+tên|Ký,\s*đóng\s+dấu|Ký\s+và\s+ghi\s+rõ\s+họ\s+tên|Dấu)[^\])]*[\])]?$"
    r"|^[-_=*.~\s]+$",
    re.IGNORECASE,
)
_ROLE_WORDS = re.compile(
    r"\b(chủ tịch|giám đốc|bí thư|thường trực|thường vụ|trưởng ban|chánh văn phòng)\b"
)
_ROLE_HINT = re.compile(r"CHỦ\s+TỊCH|GIÁM\s+ĐỐC|BÍ\s+THƯ|TRƯỞNG|THƯỜNG\s+TRỰC|CHÁNH")
# An office alone on its line ends a list of recipients (they are bullets):
# a People's Council's chairman signs with no capacity line.
_LONE_ROLE = re.compile(
    r"^(?:PHÓ\s+)?(?:CHỦ\s+TỊCH|BÍ\s+THƯ|GIÁM\s+ĐỐC)(?:\s+THƯỜNG\s+TRỰC)?$"
)
_NAME = re.compile(rf"{UPPER}{LOWER}*(?:\s+{UPPER}{LOWER}*){{1,5}}")


def role(text: str) -> str:
    """Write a capitalised office the usual way.

    >>> role("PHÓ CHỦ TỊCH THƯỜNG TRỰC")
    'Phó Chủ tịch Thường trực'
    >>> role("ỦY BAN NHÂN DÂN")
    'Ủy ban nhân dân'
    >>> role("BAN THƯỜNG VỤ")
    'Ban Thường vụ'
    """
    if not is_upper(text):
        return " ".join(text.split())
    low = " ".join(text.lower().split())
    low = _ROLE_WORDS.sub(lambda m: m.group()[:1].upper() + m.group()[1:], low)
    return low[:1].upper() + low[1:]


def _is_name(text: str) -> bool:
    return bool(_NAME.fullmatch(text)) and not is_upper(text)


def read_tail(
    ctx: Context, lines: list[Line]
) -> tuple[list[str], Signer | None, list[tuple[int, str]]]:
    """Read recipients and the signature, in whatever order they come.

    Returns the recipients as written (without bullets and end punctuation),
    the signer (``None`` when there is no signature block) and the cells that
    are neither.
    """
    recipients: list[str] = []
    leftovers: list[tuple[int, str]] = []
    in_recipients = False
    capacity: SignerCapacity | None = None
    on_behalf: str | None = None
    cap_title: str | None = None
    title: str | None = None
    name: str | None = None
    sign_line: int | None = None
    for line in lines:
        for raw_cell in line.cells:
            cell = raw_cell.strip()
            if m := NOI_NHAN.match(cell):
                in_recipients = True
                ctx.read(line.no)
                cell = cell[m.end() :].strip()
                if not cell:
                    continue
            if _PLACEHOLDER.match(cell):
                ctx.read(line.no)
                continue
            if m := CAPACITY.match(cell):
                cap = _CAPACITIES[m["cap"]]
                if cap is SignerCapacity.THAY_MAT and capacity is None:
                    on_behalf = role(m["rest"])
                cap_title = role(m["rest"])
                capacity = cap
                sign_line = sign_line or line.no
                # Side by side with the recipients ("Nơi nhận: | TM. ỦY BAN
                # NHÂN DÂN"), the signature does not end their list.
                in_recipients = in_recipients and len(line.cells) > 1
                ctx.read(line.no)
                continue
            if in_recipients and (_BULLET.match(cell) or _LUU.match(cell)):
                recipients.append(_BULLET.sub("", cell).rstrip(" ;,.").strip())
                ctx.read(line.no)
                continue
            if (
                capacity is not None
                and name is None
                and is_upper(cell)
                and _ROLE_HINT.search(cell)
            ):
                title = role(cell)
                ctx.read(line.no)
                continue
            if (
                (capacity is not None or title is not None)
                and name is None
                and _is_name(cell)
            ):
                name = " ".join(cell.split())
                ctx.read(line.no)
                continue
            if (
                capacity is None
                and title is None
                and is_upper(cell)
                and _ROLE_HINT.search(cell)
                and (not in_recipients or _LONE_ROLE.match(cell))
            ):
                # A signature with no capacity line: "CHỦ TỊCH" then a name.
                title = role(cell)
                sign_line = sign_line or line.no
                ctx.read(line.no)
                continue
            in_recipients = in_recipients and _BULLET.match(cell) is not None
            leftovers.append((line.no, cell))
    if capacity is None and title is None and name is None:
        return recipients, None, leftovers
    if title is None and capacity is not SignerCapacity.THAY_MAT:
        title = cap_title
    elif title is None:
        title = cap_title if cap_title != on_behalf else None
    signer = Signer(
        name=name,
        title=title,
        capacity=capacity or SignerCapacity.TRUC_TIEP,
        on_behalf_of=on_behalf,
        line=sign_line,
    )
    return recipients, signer, leftovers
