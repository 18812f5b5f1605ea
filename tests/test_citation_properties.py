"""Properties of the citation scanner: it never raises, and spans re-read."""

from __future__ import annotations

import contextlib
import pickle
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kttt.errors import ParseError
from kttt.model import Citation, DocKind, DocumentRef
from kttt.parse._citations import (
    _find,
    find_citations,
    parse_citation,
    review_citations,
)
from kttt.strategies._references import citations, document_refs

SEEDS = sorted(
    (Path(__file__).parents[1] / "src" / "kttt" / "data" / "seeds").glob("*.txt")
)

# Pieces of real phrasing, so that generated text often contains references.
_PIECES = (
    "Nghị quyết số 134/NQ-CP ngày 25/9/2020 của Chính phủ",
    "Kết luận số 70-KL/TW",
    " ngày 16/6/ 2022",
    "của Tỉnh uỷ Bình Định",
    "các Quyết định của UBND tỉnh: số 1203/QĐ-UBND; ",
    "số ",
    "2010/QĐ-UBND",
    "134//NQ-CP",
    "Luật Hợp tác xã năm 2012",
    "Luật sửa đổi, bổ sung một số điều của Luật ",
    "Quyết định này",
    "Nghị quyết Trung ương 5 khóa IX",
    " thực hiện ",
    "\n",
    " | ",
    "Ð",
    "\u200b",
    "Uỷ ban nhân dân tỉnh",
    "Q\u0309",
    "; ",
)
_TEXTS = st.lists(st.sampled_from(_PIECES) | st.text(max_size=8), max_size=14).map(
    "".join
)


def _agrees(found: Citation, again: Citation) -> bool:
    """Equal on every field that was read from the span itself."""
    fields = ("kind", "number", "issued", "year", "issuer", "title")
    return all(
        getattr(found.ref, f) == getattr(again.ref, f)
        for f in fields
        if f not in found.inferred
    ) and found.self_reference in {again.self_reference, True}


@given(st.text() | _TEXTS)
def test_find_never_raises_and_spans_reread(text: str) -> None:
    """Any text scans; each span slices the text as given and re-reads equally."""
    # The private scanner, so that a bug is not hidden by the public
    # function's last-resort guard.
    for found in _find(text):
        start, end = found.span
        assert text[start:end] == found.text
        again = parse_citation(found.text)
        assert _agrees(found, again)
        if not found.inferred:
            assert again == found


@given(_TEXTS)
def test_citations_in_order_and_disjoint_at_top_level(text: str) -> None:
    """Citations come in text order."""
    starts = [c.span[0] for c in find_citations(text)]

    assert starts == sorted(starts)


@given(st.text() | _TEXTS)
def test_parse_fuzz(text: str) -> None:
    """Any string either reads as one reference or raises ParseError."""
    with contextlib.suppress(ParseError):
        parse_citation(text)


@given(_TEXTS)
def test_review_never_raises(text: str) -> None:
    """Reviewing any scan gives diagnostics with lines inside the text."""
    lines = text.count("\n") + 1
    for diagnostic in review_citations(find_citations(text), text):
        assert diagnostic.line is not None
        assert 1 <= diagnostic.line <= lines


@given(document_refs())
def test_ref_text_reads_back(ref: DocumentRef) -> None:
    """The Vietnamese citation form of a numbered reference reads back to it."""
    if ref.number is None or ref.kind is DocKind.CHI_DAO:
        return
    again = parse_citation(str(ref)).ref
    assert (again.number, again.issued) == (ref.number, ref.issued)


@given(citations())
def test_citation_hash_and_pickle(citation: Citation) -> None:
    """Citations hash by their reference and survive pickling."""
    assert {pickle.loads(pickle.dumps(citation))} == {citation}


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_seed_spans_reread(seed: Path) -> None:
    """Every citation in the seeds re-reads from its own span."""
    text = seed.read_text(encoding="utf-8")

    found = find_citations(text)

    assert len(found) > 40
    for citation in found:
        assert _agrees(citation, parse_citation(citation.text))


@settings(max_examples=20)  # Each example scans about 100 kB of text.
@given(st.integers(min_value=1, max_value=3))
def test_scan_is_stable_under_repetition(copies: int) -> None:
    """A text repeated finds the same citations, repeated."""
    text = SEEDS[0].read_text(encoding="utf-8")

    once = find_citations(text)
    many = find_citations("\n".join([text] * copies))

    assert [c.ref.key for c in many] == [c.ref.key for c in once] * copies
