"""Hardening: every parser survives mutated real text and raw bytes (#8).

The structured mutations are in ``tests/mutations.py``.
"""

from __future__ import annotations

import contextlib

from hypothesis import given, settings
from hypothesis import strategies as st

import kttt
from kttt.errors import LoadError, ParseError
from mutations import SEEDS, mutated_seeds

SEED_LINES = [line for seed in SEEDS for line in seed.splitlines()]


_BYTES_AS_TEXT = st.binary(max_size=400).map(
    lambda b: b.decode("utf-8", errors="replace")
)
_LINE_FRAGMENTS = st.sampled_from(SEED_LINES).flatmap(
    lambda line: st.integers(0, len(line)).map(lambda k: line[k : k + 60])
)


# Whole-document parsing is the slowest property here; 100 examples of up to 80
# real lines each keep it within seconds while still mixing every mutation.
@settings(max_examples=100)
@given(mutated_seeds(window=80) | _BYTES_AS_TEXT)
def test_parse_never_raises(text: str) -> None:
    """kttt.parse accepts any text and returns a Document."""
    assert isinstance(kttt.parse(text), kttt.Document)


@given(_LINE_FRAGMENTS | _BYTES_AS_TEXT | mutated_seeds(window=80))
def test_find_citations_never_raises(text: str) -> None:
    """find_citations accepts any text and its spans fit the text."""
    for citation in kttt.find_citations(text):
        start, end = citation.span
        assert 0 <= start <= end <= len(text)


# Pieces of numbers, symbols, dates and deadline words glued at random: far
# likelier than st.text() to reach the corners of the atom grammars (this is
# how "992018/NĐ" would have been found without a coverage-guided fuzzer).
_PIECES = st.lists(
    st.sampled_from(
        [
            *("2699", "98", "09", "2018", "2020", "31", "12", "0", "1"),
            *("/", "//", "-", " ", ".", ":", "ngày ", "số ", "năm "),
            *("QĐ", "NĐ", "NQ", "KH", "CTr", "TTr", "UBND", "CP", "TW", "TU", "QH15"),
            *("Quý ", "I", "IV", "tháng ", "hằng năm", "Từ ", " đến ", "trước "),
        ]
    ),
    max_size=10,
).map("".join)


# Number-and-symbol shapes with parts left out: the grammar's edges.
_NUMBERISH = st.tuples(
    st.sampled_from(["2699", "09", "98", "0", ""]),
    st.sampled_from(["/", "-", "//", ""]),
    st.sampled_from(["", "2018/", "2018", "1900/"]),
    st.sampled_from(["QĐ", "NĐ", "KH", "CTr", "UBND", "TW", ""]),
    st.sampled_from(["", "-", "-UBND", "/TW", "-CP", "/", "/QĐ"]),
).map("".join)


@given(_LINE_FRAGMENTS | _BYTES_AS_TEXT | _PIECES | _NUMBERISH)
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
