"""Structured mutations of the seed documents, shared by the robustness tests.

They keep the shape of a real plan (lines, tabs, numbering) while breaking it
the ways real files break: lines deleted, duplicated, swapped or cut;
separators changed; stray text inserted; NFD, CRLF and look-alike letters.
"""

from __future__ import annotations

import unicodedata
from importlib.resources import files

from hypothesis import strategies as st

SEEDS = [
    p.read_text(encoding="utf-8")
    for p in sorted(
        files("kttt.data").joinpath("seeds").iterdir(), key=lambda p: p.name
    )
    if p.name.endswith(".txt")
]


@st.composite
def mutated_seeds(draw: st.DrawFn, *, window: int | None = None) -> str:
    """A seed (or a window of *window* lines of one) with a few structural mutations."""
    lines = draw(st.sampled_from(SEEDS)).split("\n")
    if window is not None:
        start = draw(st.integers(0, len(lines) - 1))
        lines = lines[start : start + draw(st.integers(1, window))]
    ops = ["delete", "duplicate", "swap", "bars", "spaces", "untab", "cut", "insert"]
    for _ in range(draw(st.integers(0, 6))):
        i = draw(st.integers(0, len(lines) - 1))
        op = draw(st.sampled_from(ops))
        if op == "delete":
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "bars":
            lines[i] = lines[i].replace("\t", " | ")
        elif op == "spaces":
            lines[i] = lines[i].replace("\t", "    ")
        elif op == "untab":
            lines[i] = lines[i].replace("\t", "")
        elif op == "cut":
            lines[i] = lines[i][: draw(st.integers(0, len(lines[i])))]
        else:
            lines.insert(i, draw(st.text(max_size=40)))
        if not lines:
            lines = [""]
    text = "\n".join(lines)
    form = draw(st.sampled_from(["NFC", "NFD", "CRLF", "eth"]))
    if form == "NFD":
        text = unicodedata.normalize("NFD", text)
    elif form == "CRLF":
        text = text.replace("\n", "\r\n")
    elif form == "eth":
        # Scans use U+00D0 for Đ.
        text = text.replace("Đ", "\u00d0")
    return text
