"""The layers of DESIGN.md §3: each public module imports alone, and imports point down."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).parents[1] / "src" / "kttt"

# Lower layers first.  The agency registry sits below the parsers because the
# document parser resolves agencies while it reads (see docs/design.md).
LAYERS = [
    "_lazy",
    "errors",
    "text",
    "_syntax",
    "model",
    "agencies",
    "parse",
    "corpus",
    "io",
    "strategies",
    "cli",
]
PUBLIC = ["kttt", *(f"kttt.{m}" for m in LAYERS if not m.startswith("_"))]


def _layer(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "kttt" or len(parts) < 2:
        return None
    return parts[1] if parts[1] in LAYERS else None


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append(node.module)
        elif isinstance(node, ast.Import):
            found.extend(alias.name for alias in node.names)
    return found


def _own_layer(path: Path) -> str:
    rel = path.relative_to(SRC)
    return rel.parts[0].removesuffix(".py")


@pytest.mark.parametrize("module", PUBLIC)
def test_module_imports_alone(module: str) -> None:
    """Each public module imports in a fresh interpreter (no import cycles)."""
    result = subprocess.run(
        [sys.executable, "-c", f"import {module}"],
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    "path",
    [p for p in sorted(SRC.rglob("*.py")) if _own_layer(p) in LAYERS],
    ids=lambda p: str(p.relative_to(SRC)),
)
def test_imports_point_down(path: Path) -> None:
    """A module imports only from its own layer and the layers below it."""
    own = LAYERS.index(_own_layer(path))
    upward = [
        name
        for name in _imports(path)
        if (layer := _layer(name)) is not None and LAYERS.index(layer) > own
    ]

    assert upward == []


def test_core_does_not_import_optional_extras() -> None:
    """The core imports without hypothesis, pandas, pyarrow or matplotlib."""
    code = (
        "import sys\n"
        "for name in ('hypothesis', 'pandas', 'pyarrow', 'matplotlib'):\n"
        "    sys.modules[name] = None\n"
        "import kttt, kttt.corpus, kttt.io, kttt.cli\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )

    assert result.returncode == 0, result.stderr
