"""A progress bar on stderr, shown only to people watching a terminal."""

from __future__ import annotations

from typing import TYPE_CHECKING, Self, TextIO

from kttt.cli._render import truncate

if TYPE_CHECKING:
    from types import TracebackType

__all__ = ["Progress"]

_BAR = 24


class Progress:
    """Count work done over *total* items, redrawing one line of *stream*.

    The bar is drawn only when *stream* is a terminal and there are at least
    *minimum* items, so that logs and pipes stay clean.

    >>> import io
    >>> with Progress(3, io.StringIO()) as bar:
    ...     bar.step("a.txt")
    >>> bar.done
    1
    """

    def __init__(self, total: int, stream: TextIO, *, minimum: int = 2) -> None:
        self.total = total
        self.stream = stream
        self.done = 0
        isatty = getattr(stream, "isatty", None)
        self.enabled = bool(isatty and isatty()) and total >= minimum

    def step(self, label: str) -> None:
        """Count one more item, named *label*, and redraw."""
        self.done += 1
        if not self.enabled:
            return
        filled = _BAR * self.done // max(self.total, 1)
        bar = "#" * filled + "-" * (_BAR - filled)
        line = f"\r[{bar}] {self.done}/{self.total} {truncate(label, 40)}"
        self.stream.write(line.ljust(80))
        self.stream.flush()

    def note(self, text: str) -> None:
        r"""Write a line of *text* to the stream without tangling it with the bar.

        >>> import io
        >>> stream = io.StringIO()
        >>> Progress(2, stream).note("kttt: note: a.txt: read as cp1258")
        >>> stream.getvalue()
        'kttt: note: a.txt: read as cp1258\n'
        """
        if self.enabled:
            self.stream.write("\r" + " " * 80 + "\r")
        self.stream.write(text + "\n")
        self.stream.flush()

    def close(self) -> None:
        """Erase the bar, leaving the terminal as it was."""
        if self.enabled:
            self.stream.write("\r" + " " * 80 + "\r")
            self.stream.flush()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
