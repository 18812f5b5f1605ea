"""Sphinx configuration for the kttt documentation."""

from __future__ import annotations

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
autodoc_default_options = {"members": True, "show-inheritance": False}
napoleon_google_docstring = True
napoleon_numpy_docstring = False

# No network at build time: no intersphinx inventories are fetched, so
# references to the standard library and dependencies stay plain text.
intersphinx_mapping: dict[str, tuple[str, None]] = {}
nitpicky = True
nitpick_ignore_regex = [
    (r"py:.*", r"(datetime|decimal|collections\.abc|typing|pathlib|re|enum)\..*"),
    (
        r"py:.*",
        r"(date|Decimal|Path|Iterable|Iterator|Sequence|Mapping|Callable|Self|TypeAlias)",
    ),
    (r"py:.*", r"(attrs|cattrs|hypothesis|pandas|pyarrow|dateutil)\..*"),
    (r"py:.*", r"(SearchStrategy|DataFrame|JsonConverter|Converter|Attribute|st\..*)"),
    (r"py:class", r"kttt\..*\._.*"),
    (
        r"py:.*",
        r"(T|ExceptionGroup|BaseExceptionGroup|UserWarning|ValueError|Exception)",
    ),
]
