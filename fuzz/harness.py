"""Coverage-guided fuzzing of kttt's parsers with atheris (not part of ``make test``).

Usage::

    .venv/bin/python fuzz/harness.py TARGET [atheris/libFuzzer options]
    .venv/bin/python fuzz/harness.py parse -max_total_time=600 fuzz/corpus/parse

Targets: ``parse`` (kttt.parse), ``deadline`` (kttt.parse_deadline),
``citations`` (kttt.find_citations), ``number`` (kttt.DocumentNumber.parse),
``json`` (kttt.io.from_json into a Document), ``date`` (kttt.parse_date).

Each input is decoded leniently (UTF-8 with replacement), so raw bytes reach
the parsers as any text would.  The contract checked is the library's: atom
parsers raise only ``ParseError``, scanners and ``kttt.parse`` never raise
(``InputTooLargeError`` aside), ``from_json`` raises only ``LoadError``.
Anything else is a crash that atheris reports with the input that caused it;
turn each into a regression test in ``tests/test_fuzz_regressions.py``.
"""

from __future__ import annotations

import contextlib
import sys
from typing import TYPE_CHECKING

import atheris

if TYPE_CHECKING:
    from collections.abc import Callable

with atheris.instrument_imports(include=["kttt"]):
    import kttt
    import kttt.io
    from kttt.errors import InputTooLargeError, LoadError, ParseError


def _atom(func: Callable[[str], object]) -> Callable[[str], None]:
    def run(text: str) -> None:
        with contextlib.suppress(ParseError):
            func(text)

    return run


def _scan(func: Callable[[str], object]) -> Callable[[str], None]:
    def run(text: str) -> None:
        with contextlib.suppress(InputTooLargeError):
            func(text)

    return run


def _json(text: str) -> None:
    with contextlib.suppress(LoadError):
        kttt.io.from_json(text, kttt.Document)


TARGETS: dict[str, Callable[[str], None]] = {
    "parse": _scan(kttt.parse),
    "citations": _scan(kttt.find_citations),
    "deadline": _atom(kttt.parse_deadline),
    "number": _atom(kttt.DocumentNumber.parse),
    "date": _atom(kttt.parse_date),
    "json": _json,
}


def main() -> None:
    """Run the named target under atheris."""
    if len(sys.argv) < 2 or sys.argv[1] not in TARGETS:  # noqa: PLR2004
        names = ", ".join(TARGETS)
        print(f"usage: harness.py TARGET [libFuzzer options]; TARGET is one of {names}")
        raise SystemExit(2)
    target = TARGETS[sys.argv[1]]

    def one_input(data: bytes) -> None:
        target(data.decode("utf-8", errors="replace"))

    atheris.Setup([sys.argv[0], *sys.argv[2:]], one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
