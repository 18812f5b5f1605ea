"""Sphinx configuration for the kttt documentation."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from docutils.nodes import Element
    from sphinx.addnodes import pending_xref
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

project = "kttt"
author = "the kttt developers"
copyright = "2026, the kttt developers"
release = "0.1.0"

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
    "sphinx.ext.viewcode",
]
myst_enable_extensions = ["colon_fence", "deflist"]
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build"]
html_theme = "furo"
html_title = "kttt"
language = "en"

autodoc_member_order = "bysource"
autodoc_typehints = "description"
# Attrs fields often have no docstring of their own; they are still API.
autodoc_default_options = {
    "members": True,
    "undoc-members": True,
    "show-inheritance": False,
}
# Only the {doctest} blocks of the prose pages run under `-b doctest`; the
# `>>>` examples in docstrings need their module's names and are run by
# `pytest --doctest-modules` instead.
doctest_test_doctest_blocks = ""
napoleon_google_docstring = True
napoleon_numpy_docstring = False

# No network at build time: no intersphinx inventories are fetched, so
# references to the standard library and dependencies stay plain text.
intersphinx_mapping: dict[str, tuple[str, None]] = {}
nitpicky = True
nitpick_ignore_regex = [
    (
        r"py:.*",
        r"(datetime|decimal|collections\.abc|typing|pathlib|re|enum|json|argparse|io)\..*",
    ),
    (
        r"py:.*",
        r"(date|Decimal|Path|Iterable|Iterator|Sequence|Mapping|Callable|Self|TypeAlias)",
    ),
    (r"py:.*", r"(attrs|cattrs|hypothesis|pandas|pyarrow|dateutil)\..*"),
    (r"py:.*", r"(SearchStrategy|DataFrame|JsonConverter|Converter|Attribute|st\..*)"),
    # Names inside private modules (kttt.parse._appendix…) are not documented.
    (r"py:.*", r"kttt\..*\._.*"),
    (
        r"py:.*",
        r"(T|ExceptionGroup|BaseExceptionGroup|UserWarning|ValueError|Exception)",
    ),
]
nitpick_ignore_regex += [
    # Napoleon reads an attribute docstring that begins "Some words: …" as a
    # type followed by a description; a class name never contains a space.
    (r"py:class", r".* .*"),
    # Private helpers are named in prose but not documented.
    (r"py:.*", r"_.*"),
    # Common aliases of the standard library and pandas in annotations.
    (r"py:.*", r"(os|pd|np)\..*"),
]
nitpick_ignore = [
    # A Literal alias in the signatures of kttt.corpus; its values are listed
    # in the docstrings ("lead", "coordinator", "any").
    ("py:class", "Role"),
    # The private storage behind kttt.corpus.TaskView, named in its signature.
    ("py:class", "TaskIndex"),
    # The columns of TaskView.to_records, kept in kttt.corpus._tasks.
    ("py:data", "TASK_COLUMNS"),
    # Not (yet) re-exported from kttt.parse; they live in its private modules.
    ("py:data", "MAX_CHARS"),
    ("py:func", "kttt.parse.review_citations"),
]


def _resolve_reexport(
    app: Sphinx, env: BuildEnvironment, node: pending_xref, contnode: Element
) -> Element | None:
    """Resolve ``kttt.Name`` to the page of the layer module that defines it.

    The top-level package re-exports names from every layer; they are
    documented once, on the layer's page (``kttt.model.Document``), and
    docstrings may cite either spelling.
    """
    target = node.get("reftarget", "")
    if node.get("refdomain") != "py" or not target.startswith("kttt."):
        return None
    import kttt  # noqa: PLC0415 - imported when Sphinx resolves, after autodoc

    name, _, rest = target.removeprefix("kttt.").partition(".")
    value = getattr(kttt, name, None)
    if value is None:
        return None
    layers = ("text", "errors", "model", "agencies", "parse", "corpus", "io")
    for layer in layers:
        module = importlib.import_module(f"kttt.{layer}")
        if getattr(module, name, None) is value and name in getattr(
            module, "__all__", ()
        ):
            new = f"kttt.{layer}.{name}" + (f".{rest}" if rest else "")
            domain = env.domains["py"]
            return domain.resolve_xref(
                env, node["refdoc"], app.builder, node["reftype"], new, node, contnode
            )
    return None


def setup(app: Sphinx) -> None:
    """Hook the re-export resolver into the build."""
    app.connect("missing-reference", _resolve_reexport)
