"""Write seed inputs for the fuzzers from the bundled documents.

Each target gets small, real inputs to mutate: lines and line windows of the
seed plans for ``parse`` and ``citations``, appendix deadline cells for
``deadline``, symbols for ``number``.
"""

from __future__ import annotations

import hashlib
import re
from importlib.resources import files
from pathlib import Path

OUT = Path(__file__).parent / "corpus"


def _write(target: str, text: str) -> None:
    folder = OUT / target
    folder.mkdir(parents=True, exist_ok=True)
    data = text.encode("utf-8")
    (folder / hashlib.sha1(data).hexdigest()[:16]).write_bytes(data)  # noqa: S324


def main() -> None:
    """Fill fuzz/corpus/<target>/ with seed inputs."""
    seeds = [
        p.read_text(encoding="utf-8")
        for p in files("kttt.data").joinpath("seeds").iterdir()
        if p.name.endswith(".txt")
    ]
    for doc in seeds:
        lines = doc.splitlines()
        for start in range(0, len(lines), 12):
            window = "\n".join(lines[start : start + 24])
            _write("parse", window)
            _write("json", "{}")
        for line in lines:
            if "số" in line:
                _write("citations", line[:400])
            for cell in line.split("\t")[-1:]:
                if cell.strip() and len(cell) < 40:  # noqa: PLR2004
                    _write("deadline", cell)
            for m in re.finditer(r"[0-9]+[/-][^\s,;()]+", line):
                _write("number", m.group())
            for m in re.finditer(r"[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}", line):
                _write("date", m.group())
    print(f"wrote seed inputs under {OUT}")


if __name__ == "__main__":
    main()
