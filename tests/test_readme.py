"""The README's usage example runs and prints what it says."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

README = Path(__file__).parents[1] / "README.md"


def test_readme_example_runs_and_prints_its_comments() -> None:
    """Every ``print`` line's trailing comment is what it prints."""
    text = README.read_text(encoding="utf-8")
    block = re.search(r"## Usage\n\n```python\n(.*?)```", text, re.DOTALL)
    assert block is not None
    code = block.group(1)
    expected = [
        m.group(1).strip()
        for m in re.finditer(r"^print\(.*\)\s+# (.*)$", code, re.MULTILINE)
    ]
    out = io.StringIO()

    with contextlib.redirect_stdout(out):
        exec(compile(code, str(README), "exec"), {})  # noqa: S102

    printed = out.getvalue().splitlines()
    assert expected
    assert printed == expected
