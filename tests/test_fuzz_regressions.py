"""Inputs that the atheris fuzzers (fuzz/harness.py) found to break a contract, kept as tests."""

from __future__ import annotations

import pytest

import kttt
from kttt.errors import ParseError


@pytest.mark.parametrize("text", ["992018/NĐ", "2699/QĐ", "98/2018/NĐ"])
def test_kind_code_without_issuer_is_a_parse_error(text: str) -> None:
    """A number whose symbol is a bare kind code raises ParseError, not ValueError.

    Found by ``fuzz/harness.py number``: the plain-number fallback passed the
    kind code off as an issuer, and the model's validator rejected it with a
    bare ValueError.
    """
    with pytest.raises(ParseError, match="expected an issuer after the kind code"):
        kttt.DocumentNumber.parse(text)


def test_scanner_skips_a_number_with_no_issuer() -> None:
    """find_citations passes over "Quyết định số 2699/QĐ" without raising."""
    assert kttt.find_citations("Quyết định số 2699/QĐ ngày 4/12/2020") == []
