"""Reading input files: encodings, and one-line errors for what is not text."""

from __future__ import annotations

import codecs
import sys
import unicodedata
from pathlib import Path

from attrs import frozen

__all__ = ["InputError", "Source", "read_source"]

# A text file has few control characters besides layout ones; a binary file
# decoded as cp1258 (which maps every byte) has many.
_LAYOUT = frozenset("\t\n\r\f\v")
_MAX_CONTROL_SHARE = 0.01


class InputError(Exception):
    """An input that cannot be read as text; the message is one line.

    >>> str(InputError("missing.txt: no such file"))
    'missing.txt: no such file'
    """


@frozen
class Source:
    """The text of one input and how it was decoded.

    >>> Source("plan.txt", "Số: 1/QĐ-UBND", "utf-8").note is None
    True
    """

    name: str
    text: str
    encoding: str

    @property
    def note(self) -> str | None:
        """What to tell the user about the encoding, when it was not UTF-8."""
        if self.encoding in {"utf-8", "utf-8-sig"}:
            return None
        if self.encoding == "utf-16":
            return f"{self.name}: read as UTF-16 (it starts with a byte-order mark)"
        return f"{self.name}: not UTF-8; read as {self.encoding} (Windows Vietnamese)"


def _looks_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    controls = sum(
        1 for c in text if c not in _LAYOUT and unicodedata.category(c) == "Cc"
    )
    return controls > max(len(text) * _MAX_CONTROL_SHARE, 2)


def _decode(name: str, data: bytes) -> Source:
    if data.startswith(codecs.BOM_UTF8):
        try:
            return Source(name, data.decode("utf-8-sig"), "utf-8-sig")
        except UnicodeDecodeError:
            msg = f"{name}: starts with a UTF-8 byte-order mark but is not UTF-8"
            raise InputError(msg) from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return Source(name, data.decode("utf-16"), "utf-16")
        except UnicodeDecodeError:
            msg = f"{name}: starts with a UTF-16 byte-order mark but is not UTF-16"
            raise InputError(msg) from None
    if b"\x00" in data:
        msg = f"{name}: is a binary file, not text"
        raise InputError(msg)
    try:
        return Source(name, data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return Source(name, data.decode("cp1258"), "cp1258")
    except UnicodeDecodeError:
        msg = f"{name}: is not text in UTF-8, UTF-16 or cp1258"
        raise InputError(msg) from None


def read_source(name: str) -> Source:
    """Read the file *name* (``-`` for standard input) as text.

    UTF-8 (with or without a byte-order mark) is tried first, then UTF-16
    when a byte-order mark says so, then cp1258, the Windows code page for
    Vietnamese; :attr:`Source.note` says when it was not UTF-8.

    Raises:
        InputError: the file is missing, a directory, unreadable, binary, or
            not text in any of those encodings.
    """
    if name == "-":
        data = sys.stdin.buffer.read()
    else:
        path = Path(name)
        if not path.exists():
            msg = f"{name}: no such file"
            raise InputError(msg)
        if path.is_dir():
            msg = f"{name}: is a directory, not a file"
            raise InputError(msg)
        try:
            data = path.read_bytes()
        except OSError as exc:
            msg = f"{name}: cannot read: {exc.strerror or exc}"
            raise InputError(msg) from None
    source = _decode(name, data)
    if _looks_binary(source.text):
        msg = f"{name}: is a binary file, not text"
        raise InputError(msg)
    return source
