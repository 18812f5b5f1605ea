"""Hardening: every parser survives mutated real text and raw bytes (#8).

Structured mutations keep the shape of a real plan (lines, tabs, numbering)
while breaking it the ways real files break: lines deleted, duplicated or
swapped, separators changed, NFD, CRLF, look-alike letters, truncation.
"""

from __future__ import annotations

import contextlib
import unicodedata
from importlib.resources import files

from hypothesis import given, settings
from hypothesis import strategies as st

import kttt
from kttt.errors import LoadError, ParseError

SEEDS = [
    p.read_text(encoding="utf-8")
    for p in sorted(
        files("kttt.data").joinpath("seeds").iterdir(), key=lambda p: p.name
    )
    if p.name.endswith(".txt")
]
SEED_LINES = [line for seed in SEEDS for line in seed.splitlines()]


@st.composite
def mutated_documents(draw: st.DrawFn) -> str:
    """A window of a seed document with a few structural mutations."""
    seed = draw(st.sampled_from(SEEDS)).splitlines()
    start = draw(st.integers(0, len(seed) - 1))
    lines = seed[start : start + draw(st.integers(1, 80))]
    for _ in range(draw(st.integers(0, 6))):
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        op = draw(
            st.sampled_from(["delete", "duplicate", "swap", "retab", "cut", "insert"])
        )
        if op == "delete":
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "retab":
            lines[i] = lines[i].replace(
                "\t", draw(st.sampled_from([" | ", "  ", "|", ""]))
            )
        elif op == "cut":
            lines[i] = lines[i][: draw(st.integers(0, len(lines[i])))]
        else:
            lines.insert(i, draw(st.text(max_size=40)))
    text = "\n".join(lines)
    form = draw(st.sampled_from(["NFC", "NFD", "CRLF", "eth"]))
    if form == "NFD":
        text = unicodedata.normalize("NFD", text)
    elif form == "CRLF":
        text = text.replace("\n", "\r\n")
    elif form == "eth":
        text = text.replace("Đ", "\u00d0")
    return text


_BYTES_AS_TEXT = st.binary(max_size=400).map(
    lambda b: b.decode("utf-8", errors="replace")
)
_LINE_FRAGMENTS = st.sampled_from(SEED_LINES).flatmap(
    lambda line: st.integers(0, len(line)).map(lambda k: line[k : k + 60])
)


# Whole-document parsing is the slowest property here; 100 examples of up to 80
# real lines each keep it within seconds while still mixing every mutation.
@settings(max_examples=100)
@given(mutated_documents() | _BYTES_AS_TEXT)
def test_parse_never_raises(text: str) -> None:
    """kttt.parse accepts any text and returns a Document."""
    assert isinstance(kttt.parse(text), kttt.Document)


@given(_LINE_FRAGMENTS | _BYTES_AS_TEXT | mutated_documents())
def test_find_citations_never_raises(text: str) -> None:
    """find_citations accepts any text and its spans fit the text."""
    for citation in kttt.find_citations(text):
        start, end = citation.span
        assert 0 <= start <= end <= len(text)


@given(_LINE_FRAGMENTS | _BYTES_AS_TEXT)
def test_atom_parsers_raise_only_parse_error(text: str) -> None:
    """Deadline, number and date parsers either return or raise ParseError."""
    for parser in (kttt.parse_deadline, kttt.DocumentNumber.parse, kttt.parse_date):
        with contextlib.suppress(ParseError):
            parser(text)


@given(_BYTES_AS_TEXT | st.text())
def test_from_json_raises_only_load_error(text: str) -> None:
    """from_json on garbage raises LoadError and nothing else."""
    with contextlib.suppress(LoadError):
        kttt.from_json(text, kttt.Document)
