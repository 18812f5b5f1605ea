"""Parsing many files at once, in parallel, without one bad file stopping the rest."""

from __future__ import annotations

import os
import sys
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from attrs import field, frozen

from kttt.corpus._corpus import Corpus
from kttt.model import Document
from kttt.parse import parse

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

__all__ = ["FileResult", "ParseBatch", "parse_many"]


@frozen
class FileResult:
    """What became of one file: its document, or why it could not be read.

    >>> FileResult("missing.txt", None, "cannot read: no such file").ok
    False
    """

    path: str
    document: Document | None = field(repr=False)
    error: str | None = None

    @property
    def ok(self) -> bool:
        """True when the file was read and parsed."""
        return self.document is not None


@frozen
class ParseBatch:
    """The results of :func:`parse_many`, in the order the paths were given.

    >>> batch = ParseBatch(())
    >>> len(batch), batch.documents, batch.failures
    (0, (), ())
    """

    results: tuple[FileResult, ...]

    @property
    def documents(self) -> tuple[Document, ...]:
        """The documents that were read."""
        return tuple(r.document for r in self.results if r.document is not None)

    @property
    def failures(self) -> tuple[FileResult, ...]:
        """The files that could not be read, each with its error."""
        return tuple(r for r in self.results if r.document is None)

    def corpus(self) -> Corpus:
        """A corpus of the documents that were read."""
        return Corpus(self.documents)

    def __len__(self) -> int:
        return len(self.results)

    def __iter__(self) -> Iterator[FileResult]:
        return iter(self.results)


def _read(path: str) -> FileResult:
    """Read and parse one file; every failure becomes a result, never an exception."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        return FileResult(
            path, None, f"not UTF-8 text: {exc.reason} at byte {exc.start}"
        )
    except OSError as exc:
        return FileResult(path, None, f"cannot read: {exc.strerror or exc}")
    try:
        return FileResult(path, parse(text, source=path))
    # parse() promises not to raise on text; if it ever does, one file must
    # not cost the whole batch, so the error is kept with the file's name.
    except Exception as exc:  # noqa: BLE001
        return FileResult(path, None, f"parser failed: {type(exc).__name__}: {exc}")


class _Progress:
    """A one-line progress bar on a text stream, redrawn in place."""

    def __init__(self, total: int, stream: TextIO, *, width: int = 30) -> None:
        self.total = total
        self.done = 0
        self.stream = stream
        self.width = width

    def step(self) -> None:
        self.done += 1
        filled = self.width * self.done // max(self.total, 1)
        bar = "#" * filled + "." * (self.width - filled)
        self.stream.write(f"\rparsing [{bar}] {self.done}/{self.total}")
        if self.done == self.total:
            self.stream.write("\n")
        self.stream.flush()


def parse_many(
    paths: Iterable[str | os.PathLike[str]],
    *,
    workers: int = 1,
    progress: bool = False,
) -> ParseBatch:
    """Parse many files (*nhiều văn bản*), in parallel when *workers* > 1.

    A file that cannot be read (missing, not UTF-8) becomes a
    :class:`FileResult` that names it and says why; the other files still
    parse.  Results keep the order of *paths*.

    >>> batch = parse_many(["no-such-file.txt"])
    >>> [(r.path, r.ok) for r in batch]
    [('no-such-file.txt', False)]

    Args:
        paths: Files of UTF-8 text.
        workers: Processes to parse in; 1 parses in this process.
        progress: Draw a progress bar on standard error.
    """
    names = [os.fspath(p) for p in paths]
    bar = _Progress(len(names), sys.stderr) if progress and names else None
    if workers <= 1 or len(names) <= 1:
        results = []
        for name in names:
            results.append(_read(name))
            if bar is not None:
                bar.step()
        return ParseBatch(tuple(results))
    slots: list[FileResult | None] = [None] * len(names)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = {pool.submit(_read, name): n for n, name in enumerate(names)}
        for future in as_completed(futures):
            slots[futures[future]] = future.result()
            if bar is not None:
                bar.step()
    return ParseBatch(tuple(r for r in slots if r is not None))
