"""The notebook in examples/ runs from top to bottom and shows its tables and figures."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).parents[1] / "examples" / "plan_coverage.ipynb"


@pytest.fixture(scope="module")
def executed(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The notebook, executed afresh in a python3 kernel with a headless backend."""
    # MPLBACKEND keeps matplotlib off any display; the notebook itself asks
    # for inline figures, which need none.
    mp = pytest.MonkeyPatch()
    mp.setenv("MPLBACKEND", "Agg")
    nb = nbformat.read(NOTEBOOK, as_version=4)  # type: ignore[no-untyped-call]
    workdir = tmp_path_factory.mktemp("notebook")
    try:
        NotebookClient(
            nb,
            timeout=300,
            kernel_name="python3",
            resources={"metadata": {"path": str(workdir)}},
        ).execute()
    finally:
        mp.undo()
    return nb


def outputs(nb: Any) -> list[Any]:
    """Every output of every code cell, in order."""
    return [
        out for cell in nb.cells if cell.cell_type == "code" for out in cell.outputs
    ]


def test_saved_notebook_is_valid_and_has_outputs() -> None:
    """The committed notebook is nbformat 4, for the python3 kernel, with outputs saved."""
    nb = nbformat.read(NOTEBOOK, as_version=4)  # type: ignore[no-untyped-call]

    nbformat.validate(nb)
    assert nb.nbformat == 4
    assert nb.metadata.kernelspec.name == "python3"
    assert all(cell.outputs for cell in nb.cells if cell.cell_type == "code")


def test_runs_without_errors(executed: Any) -> None:
    """No cell raises, and nothing is written to stderr."""
    errors = [out for out in outputs(executed) if out.output_type == "error"]
    stderr = [out for out in outputs(executed) if out.get("name") == "stderr"]

    assert errors == []
    assert stderr == []


def test_draws_three_figures(executed: Any) -> None:
    """Tasks per lead agency, the timeline and the document graph are drawn as images."""
    images = [out for out in outputs(executed) if "image/png" in out.get("data", {})]

    assert len(images) == 3


def test_shows_pandas_tables(executed: Any) -> None:
    """Documents, tasks, per-lead counts, overdue tasks and the comparison are tables."""
    tables = [
        out
        for out in outputs(executed)
        if 'class="dataframe' in out.get("data", {}).get("text/html", "")
    ]

    assert len(tables) >= 5


def test_renders_a_document_with_vietnamese_intact(executed: Any) -> None:
    """A document renders through its ``_repr_html_`` with its letters as written."""
    html = [out.get("data", {}).get("text/html", "") for out in outputs(executed)]

    assert any('class="kttt"' in h and "510/QĐ-UBND" in h for h in html)


def test_prints_the_implementation_chain(executed: Any) -> None:
    """The graph cell prints the chain from Sơn La's decision up to the Party."""
    text = "".join(
        out.get("text", "") for out in outputs(executed) if out.output_type == "stream"
    )

    assert "Implementation chain: 2699/QĐ-UBND → 134/NQ-CP" in text
