"""Names that a package loads on first use (PEP 562), to keep imports fast."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping


def lazy_names(
    namespace: dict[str, Any], names: Mapping[str, str]
) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """Return ``__getattr__`` and ``__dir__`` for a package whose *names* load lazily.

    *names* maps each name to the module that defines it; *namespace* is the
    package's ``globals()``, where a loaded name is stored so that it is
    looked up only once.

    >>> ns = {"__name__": "pkg", "__all__": ["sqrt"]}
    >>> getattr_, dir_ = lazy_names(ns, {"sqrt": "math"})
    >>> getattr_("sqrt")(9.0), "sqrt" in ns, dir_()
    (3.0, True, ['__all__', '__name__', 'sqrt'])
    """

    def get(name: str) -> object:
        module = names.get(name)
        if module is None:
            msg = f"module {namespace['__name__']!r} has no attribute {name!r}"
            raise AttributeError(msg)
        value = getattr(importlib.import_module(module), name)
        namespace[name] = value
        return value

    def names_here() -> list[str]:
        return sorted(set(namespace) | set(namespace.get("__all__", ())))

    return get, names_here
