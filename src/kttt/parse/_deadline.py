"""Reading deadline phrases (*thời gian hoàn thành*) into :data:`kttt.model.Deadline`."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from kttt.errors import ParseError
from kttt.model._deadline import _read, _unreadable
from kttt.model._deadline_syntax import _KEY

if TYPE_CHECKING:
    from kttt.model import Deadline

__all__ = ["parse_deadline"]


@lru_cache(maxsize=4096)
def parse_deadline(text: str, /) -> Deadline:
    """Read a completion-time phrase (*thời gian hoàn thành*) as a deadline.

    Any non-blank text gives a deadline: the whole phrase if it is one
    (``Quý I/2021``, ``2021 - 2022``, ``Hằng năm``), else a deadline found
    inside it (``chậm nhất trong tháng 8/2022``), else an
    :class:`~kttt.model.Unspecified` deadline that keeps the text.  Case,
    diacritics, ``hàng``/``hằng`` and the kind of dash do not matter.
    Inverse of ``str()``: ``parse_deadline(str(d)) == d``.

    Results are cached, which is safe because deadlines are immutable.

    >>> parse_deadline("Quý I/2021")
    InQuarter.parse('Quý I/2021')
    >>> parse_deadline("thực hiện chế độ báo cáo (trước ngày 05/12 hàng năm)")
    Yearly.parse('Trước ngày 5/12 hằng năm')
    >>> parse_deadline("Khi có yêu cầu")
    Unspecified.parse('Khi có yêu cầu')

    Args:
        text: The phrase, as written.

    Raises:
        ParseError: *text* is blank.
    """
    # read_deadline(text), inlined: a phrase read for the first time pays for
    # every call layer.
    words = text.translate(_KEY).split()
    value = _read(" ".join(words), words[0]) if words else None
    if value is not None:
        return value
    try:
        return _unreadable(text)
    except ValueError:
        # Only a blank text is neither a deadline nor an unreadable phrase.
        msg = "expected a deadline such as 'Quý I/2021' or 'Hằng năm', got a blank"
        raise ParseError(msg, text, (0, len(text))) from None
