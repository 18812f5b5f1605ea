"""JSON Schema (draft 2020-12) for the JSON that :mod:`kttt.io` writes.

The schema is derived from the model itself, by walking attrs fields and
their type hints, so that it cannot drift from the classes: there is no
hand-written schema per class.  Validators that attrs can describe (``ge``,
``le``, ``min_len``, ``matches_re``, ``in_``) become ``minimum``,
``maximum``, ``minLength``, ``pattern`` and ``enum``.
"""

from __future__ import annotations

import enum
import typing
from datetime import date, datetime
from decimal import Decimal
from types import NoneType, UnionType
from typing import Any, Union, get_args

import attrs

from kttt.io._deadline_tags import DEADLINE_TAGS
from kttt.io._json import _DEADLINE_TYPES, _TAG, SCHEMA, _origin, _Type, make_converter
from kttt.model import Document, DocumentNumber

__all__ = ["json_schema"]

_DRAFT = "https://json-schema.org/draft/2020-12/schema"
_DEADLINE = "Deadline"

# Atoms travel as their canonical text; the schema says so and gives examples.
_ATOMS: dict[type, dict[str, Any]] = {
    DocumentNumber: {
        "type": "string",
        "description": "Number and symbol (số, ký hiệu) in canonical form.",
        "examples": ["2699/QĐ-UBND", "98/2018/NĐ-CP", "70-KL/TW", "253/SKHĐT-KTN"],
    },
}

_SCALARS: dict[Any, dict[str, Any]] = {
    str: {"type": "string"},
    bool: {"type": "boolean"},
    int: {"type": "integer"},
    float: {"type": "number"},
    NoneType: {"type": "null"},
    date: {
        "type": "string",
        "format": "date",
        "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
    },
    datetime: {"type": "string", "format": "date-time"},
    Decimal: {
        "type": "string",
        "pattern": "^-?[0-9]+(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?$",
        "description": "A decimal number, written as a string to keep it exact.",
    },
    Any: {},
}


def json_schema(cls: object) -> dict[str, Any]:
    """Return a JSON Schema (draft 2020-12) for the JSON of *cls*.

    Works for :class:`~kttt.Document` and every other model type (``Plan``,
    ``Task``, ``Citation``, ``DocumentRef``, ``Agency``, ``Diagnostic``, ...)
    and for the :data:`~kttt.Deadline` union.  Shared parts sit under
    ``$defs``; deadlines are a ``oneOf`` whose branches fix the ``"kind"`` tag
    with ``const``.

    >>> from kttt.model import Diagnostic
    >>> schema = json_schema(Diagnostic)
    >>> schema["$schema"]
    'https://json-schema.org/draft/2020-12/schema'
    >>> schema["$defs"]["Diagnostic"]["required"]
    ['code', 'message']
    >>> json_schema(Document)["$defs"]["Document"]["properties"]["schema"]
    {'const': 'kttt/1'}

    Args:
        cls: A model class or union.

    Returns:
        A new dict, safe to change.
    """
    builder = _Builder()
    root = builder.schema_for(cls)
    title = getattr(cls, "__name__", _DEADLINE)
    return {
        "$schema": _DRAFT,
        "title": title,
        **root,
        "$defs": dict(sorted(builder.defs.items())),
    }


class _Builder:
    """Walks types, filling ``defs`` with one entry per class, enum and union."""

    def __init__(self) -> None:
        self.defs: dict[str, dict[str, Any]] = {}
        self._converter = make_converter()

    def schema_for(self, type_: _Type) -> dict[str, Any]:
        """The schema of a value of *type_*: inline for scalars, a ``$ref`` otherwise."""
        if type_ in _ATOMS:
            return dict(_ATOMS[type_])
        if type_ in _SCALARS:
            return dict(_SCALARS[type_])
        origin = _origin(type_)
        if origin in {Union, UnionType}:
            return self._union(get_args(type_))
        if origin is tuple:
            return self._tuple(get_args(type_))
        if origin in {frozenset, set, list}:
            (item,) = get_args(type_)
            schema: dict[str, Any] = {"type": "array", "items": self.schema_for(item)}
            if origin is not list:
                schema["uniqueItems"] = True
            return schema
        if isinstance(type_, type) and issubclass(type_, enum.Enum):
            return self._enum(type_)
        if isinstance(type_, type) and attrs.has(type_):
            return self._record(type_)
        msg = f"no JSON schema for {type_!r}"
        raise TypeError(msg)

    def _ref(self, name: str) -> dict[str, Any]:
        return {"$ref": f"#/$defs/{name}"}

    def _union(self, args: tuple[Any, ...]) -> dict[str, Any]:
        rest = [a for a in args if a is not NoneType]
        if set(rest) == set(_DEADLINE_TYPES):
            self._deadline()
            branches = [self._ref(_DEADLINE)]
        else:
            branches = [self.schema_for(a) for a in rest]
        if NoneType in args:
            branches.append({"type": "null"})
        return branches[0] if len(branches) == 1 else {"anyOf": branches}

    def _tuple(self, args: tuple[Any, ...]) -> dict[str, Any]:
        if len(args) == 2 and args[1] is ...:  # noqa: PLR2004
            return {"type": "array", "items": self.schema_for(args[0])}
        return {
            "type": "array",
            "prefixItems": [self.schema_for(a) for a in args],
            "items": False,
            "minItems": len(args),
            "maxItems": len(args),
        }

    def _enum(self, type_: type[enum.Enum]) -> dict[str, Any]:
        name = type_.__name__
        if name not in self.defs:
            self.defs[name] = {
                "title": name,
                "description": _summary(type_),
                "enum": [m.value for m in type_],
            }
        return self._ref(name)

    def _deadline(self) -> None:
        if _DEADLINE in self.defs:
            return
        # Reserve the name first: a deadline may contain deadlines.
        self.defs[_DEADLINE] = {}
        branches = [self.schema_for(t) for t in _DEADLINE_TYPES]
        self.defs[_DEADLINE] = {
            "title": _DEADLINE,
            "description": "A deadline; the 'kind' tag says which sort.",
            "oneOf": branches,
        }

    def _record(self, cls: type) -> dict[str, Any]:
        name = cls.__name__
        if name in self.defs:
            return self._ref(name)
        self.defs[name] = {}  # Reserve the name: sections contain sections.
        hints = typing.get_type_hints(cls)
        properties: dict[str, Any] = {}
        required: list[str] = []
        if cls is Document:
            properties["schema"] = {"const": SCHEMA}
            required.append("schema")
        if cls in DEADLINE_TAGS:
            properties[_TAG] = {"const": DEADLINE_TAGS[cls]}
            required.append(_TAG)
        for field in attrs.fields(cls):
            if not field.init:
                continue
            schema = self.schema_for(hints[field.name])
            _constrain(schema, field.validator)
            if field.default is attrs.NOTHING:
                required.append(field.name)
            else:
                default = self._default(field, hints[field.name])
                if default is not _NO_DEFAULT:
                    schema = {**schema, "default": default}
            properties[field.name] = schema
        self.defs[name] = {
            "title": name,
            "description": _summary(cls),
            "type": "object",
            "properties": properties,
            "required": required,
            "additionalProperties": False,
        }
        return self._ref(name)

    def _default(self, field: attrs.Attribute[Any], type_: _Type) -> object:
        default = field.default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            if default.takes_self:  # type: ignore[union-attr]  # pragma: no cover - the model has none
                return _NO_DEFAULT
            default = default.factory()  # type: ignore[union-attr]
        try:
            return self._converter.unstructure(default, type_)
        except (TypeError, ValueError, KeyError):  # pragma: no cover - defensive
            return _NO_DEFAULT


_NO_DEFAULT = object()


def _summary(obj: object) -> str:
    """The first line of a docstring."""
    doc = (getattr(obj, "__doc__", None) or "").strip()
    return doc.splitlines()[0] if doc else ""


_BOUNDS = {
    ">=": "minimum",
    "<=": "maximum",
    ">": "exclusiveMinimum",
    "<": "exclusiveMaximum",
}


def _constrain(schema: dict[str, Any], validator: object) -> None:
    """Add what *validator* checks to *schema*, where JSON Schema can say it.

    attrs' validators keep their settings as attributes; anything not
    recognised is left out, which makes the schema looser, never wrong.
    """
    if validator is None:
        return
    if inner := getattr(validator, "_validators", None):  # and_(...) or a list
        for one in inner:
            _constrain(schema, one)
        return
    if (inner := getattr(validator, "validator", None)) is not None:  # optional(...)
        branches = schema.get("anyOf")
        target = branches[0] if branches else schema
        _constrain(target, inner)
        return
    target = schema
    if (op := getattr(validator, "compare_op", None)) in _BOUNDS:
        target[_BOUNDS[op]] = validator.bound  # type: ignore[attr-defined]
    elif (length := getattr(validator, "min_length", None)) is not None:
        target["minLength" if target.get("type") == "string" else "minItems"] = length
    elif (length := getattr(validator, "max_length", None)) is not None:
        target["maxLength" if target.get("type") == "string" else "maxItems"] = length
    elif (pattern := getattr(validator, "pattern", None)) is not None:
        target["pattern"] = f"^(?:{pattern.pattern})$"
    elif (options := getattr(validator, "options", None)) is not None:
        target["enum"] = list(options)
