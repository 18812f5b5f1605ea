"""State shared by the stages of the document parser.

One :class:`Context` lives for one call of :func:`kttt.parse`: it collects
diagnostics, remembers which lines some stage has read (so that the rest can
be reported as ``unparsed-line``), and caches the two expensive look-ups,
references per line and agencies per name.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from attrs import define, evolve, field

from kttt.agencies import find_agencies, resolve_agency, split_agencies
from kttt.model import Agency, Citation, Diagnostic, Severity
from kttt.parse._citations import (
    _LOOKALIKE,
    date_conflicts,
    find_citations,
    review_citations,
)
from kttt.text import squash

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["Context"]

# Text without a number and symbol or a kind word cites nothing; skipping it
# saves most of the time the reference finder would spend.  Substring tests on
# the lower-cased text are far cheaper than a case-insensitive alternation.
# Starting with one character class lets the regex engine skip ahead to
# digits; an alternation of two would be tried at every position.
_NUMBERISH = re.compile(r"[0-9](?:\s*/|-[A-ZĐ])")
# The finder's word anchors, lower-cased: a superset of the places it starts.
_ANCHOR_WORDS = ("luật", "pháp lệnh", "hiến pháp", "nghị quyết", "này")
# The other kind words, which name a document only beside a number.
_KIND_WORDS = (
    "nghị định",
    "kết luận",
    "quyết định",
    "chỉ thị",
    "thông tư",
    "kế hoạch",
    "chương trình",
)
_DIGIT = re.compile("[0-9]")


def _maybe_ref(text: str) -> bool:
    # A number and symbol needs a slash or a dash; most text has neither.
    if ("/" in text or "-" in text) and _NUMBERISH.search(text):
        return True
    # The words are looked for with single spaces between them; plain loops,
    # as this runs on every line and a generator costs more than the tests.
    low = squash(text.lower())
    for word in _ANCHOR_WORDS:
        if word in low:
            return True
    # The reference finder starts reading only at a number or at one of a
    # few words (a law, a resolution, "này"): a kind word alone, as in most
    # task text ("chương trình", "kế hoạch"), gives it nowhere to start.
    # That holds for the text as it scans it, which is the text itself when
    # it is NFC without look-alikes; other text is left to the finder.
    for word in _KIND_WORDS:
        if word in low:
            break
    else:
        return False
    if _DIGIT.search(text):
        return True
    return not (unicodedata.is_normalized("NFC", text) and not _LOOKALIKE.search(text))


# Repairs of a single mention; cross-mention checks are not per line.
_REPAIRS = frozenset(
    {
        "symbol-double-slash",
        "symbol-year-mismatch",
        "symbol-spacing",
        "kind-mismatch",
        "date-invalid",
        "conference-ambiguous",
    }
)


@define
class Context:
    """Diagnostics, accounted lines and caches for one parse.

    >>> ctx = Context()
    >>> ctx.note("missing-header", "no header block", 1)
    >>> [d.code for d in ctx.diagnostics], ctx.read(3, 4), sorted(ctx.accounted)
    (['missing-header'], None, [3, 4])
    """

    province: str | None = None
    diagnostics: list[Diagnostic] = field(factory=list)
    accounted: set[int] = field(factory=set)
    _cites: dict[tuple[int, str], list[Citation]] = field(factory=dict)
    _cites_by_text: dict[str, list[Citation]] = field(factory=dict)
    _agencies: dict[tuple[str, str | None], Agency] = field(factory=dict)

    def note(
        self,
        code: str,
        message: str,
        line: int | None,
        severity: Severity = Severity.WARNING,
        text: str | None = None,
    ) -> None:
        """Record a diagnostic."""
        self.diagnostics.append(
            Diagnostic(
                code=code, message=message, line=line, severity=severity, text=text
            )
        )

    def read(self, *lines: int) -> None:
        """Mark *lines* as read by some stage."""
        self.accounted.update(lines)

    def read_all(self, lines: Iterable[int]) -> None:
        """Mark every line of *lines* as read."""
        self.accounted.update(lines)

    def cites(self, text: str, line: int) -> list[Citation]:
        """References in *text* (which starts on *line*); repairs become diagnostics.

        Each distinct text is scanned once (plans repeat a task word for word
        under several agencies), so stages may ask again for free; a repaired
        slip is reported once per (line, text) occurrence.
        """
        key = (line, text)
        found = self._cites.get(key)
        if found is None:
            seen = self._cites_by_text.get(text)
            if seen is None:
                seen = find_citations(text) if _maybe_ref(text) else []
                self._cites_by_text[text] = seen
            found = self._cites[key] = list(seen)
            if any(c.repairs for c in found):
                self.diagnostics.extend(
                    evolve(d, line=line)
                    for d in review_citations(found)
                    if d.code in _REPAIRS
                )
        return found

    def check_citations(self) -> None:
        """Report documents cited with two different dates anywhere in the text.

        Runs once per document, after every stage has asked for its
        references, over all of them in line order; the per-line repairs were
        reported by :meth:`cites` and are not repeated.
        """
        cited = sorted(
            (
                (citation, line)
                for (line, _), found in self._cites.items()
                for citation in found
            ),
            key=lambda pair: (pair[1], pair[0].span[0]),
        )
        self.diagnostics.extend(date_conflicts(cited))

    def agency(self, name: str) -> Agency:
        """Resolve *name* in this document's province, once per name."""
        key = (name, self.province)
        found = self._agencies.get(key)
        if found is None:
            found = resolve_agency(name, province=self.province)
            self._agencies[key] = found
        return found

    def split(self, cell: str) -> tuple[Agency, ...]:
        """Resolve a list of agencies written in one phrase (``A, B và C``)."""
        return split_agencies(cell, province=self.province)

    def find(self, text: str) -> list[tuple[Agency, tuple[int, int]]]:
        """Agencies named in running *text*, with their spans, in order."""
        return find_agencies(text, province=self.province)
