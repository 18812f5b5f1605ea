"""Properties of the document parser: it never raises, and it drops no line silently."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kttt.errors import InputTooLargeError
from kttt.parse import parse
from kttt.parse._document import MAX_CHARS, _Builder
from kttt.parse._lines import split_lines
from mutations import SEEDS, mutated_seeds

_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")


def _cp1258(text: str) -> bytes:
    """Encode the way Windows-1258 writes Vietnamese: composed vowels, separate tones."""
    out: list[str] = []
    for char in unicodedata.normalize("NFD", text):
        if not unicodedata.combining(char) or not out:
            out.append(char)
        elif char in _TONES:
            out[-1] += char
        else:
            base, tones = out[-1][0], out[-1][1:]
            out[-1] = unicodedata.normalize("NFC", base + char) + tones
    return "".join(out).encode("cp1258")


def _check(text: str) -> None:
    """Parse; no internal error; every non-blank line read or reported."""
    builder = _Builder(text, None)
    doc = builder.build()
    codes = [d.code for d in doc.diagnostics]
    unparsed = {d.line for d in doc.diagnostics if d.code == "unparsed-line"}
    blank = {line.no for line in split_lines(text) if line.blank}
    every = {line.no for line in split_lines(text)}

    assert "internal-error" not in codes
    assert every - blank <= builder.ctx.accounted | unparsed


@given(st.text())
def test_any_text_parses(text: str) -> None:
    """Any string gives a document, with no internal error and no line lost."""
    _check(text)


# Each example parses a whole 30-40 KB document (tens of milliseconds), so
# the count is kept modest to hold the suite within its time budget.
@settings(max_examples=40)
@given(mutated_seeds())
def test_mutated_seeds_parse(text: str) -> None:
    """Damaged real documents still parse, with every line read or reported."""
    _check(text)


@pytest.mark.parametrize("text", SEEDS)
def test_seeds_lose_no_line(text: str) -> None:
    """Both seeds as shipped: every line read, none reported as unparsed."""
    doc = parse(text)

    assert [
        d for d in doc.diagnostics if d.code in {"unparsed-line", "internal-error"}
    ] == []


def test_input_too_large_is_the_one_exception() -> None:
    """Beyond the documented limit, parse raises InputTooLargeError."""
    with pytest.raises(InputTooLargeError):
        parse(" " * (MAX_CHARS + 1))


def test_parse_file_falls_back_to_cp1258(tmp_path: pytest.TempPathFactory) -> None:
    """A file that is not UTF-8 is read as Windows-1258 and says so."""
    from pathlib import Path  # noqa: PLC0415

    from kttt.parse import parse_file  # noqa: PLC0415

    path = Path(str(tmp_path)) / "old.txt"
    path.write_bytes(_cp1258("Điều 1. Quyết định này có hiệu lực kể từ ngày ký."))

    doc = parse_file(path)

    assert doc.diagnostics[0].code == "encoding-fallback"
    assert "cp1258" in doc.diagnostics[0].message


@pytest.mark.parametrize("text", SEEDS)
def test_parsed_seeds_survive_json(text: str) -> None:
    """A parsed document comes back equal from kttt.io's JSON."""
    from kttt.io import from_json, to_json  # noqa: PLC0415
    from kttt.model import Document  # noqa: PLC0415

    doc = parse(text)

    assert from_json(to_json(doc), Document) == doc
