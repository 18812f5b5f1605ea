"""The one cattrs converter, and JSON text in and out.

Every model type travels as a JSON object of its fields, with these rules:

* atoms with a canonical text form (:class:`~kttt.DocumentNumber`) travel as
  that text, ``"2699/QĐ-UBND"``;
* every deadline carries its ``"kind"`` tag from an explicit table, so that
  renaming a class cannot change the file format;
* dates are ISO 8601 (``"2020-12-04"``), decimals are strings (``"25.5"``),
  enums are their values, tuples are arrays and frozensets are sorted arrays;
* a :class:`~kttt.Document` carries ``"schema": "kttt/1"``;
* loading is strict: a wrong type, a missing or unknown field, or a value
  that a validator rejects is a :class:`~kttt.errors.LoadError` that lists
  every problem with its JSON path.
"""

from __future__ import annotations

import enum
import json
import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from types import NoneType, UnionType
from typing import (
    TYPE_CHECKING,
    Any,
    TypeAlias,
    TypeVar,
    Union,
    get_args,
    get_origin,
    overload,
)

import attrs
from cattrs import BaseValidationError, transform_error
from cattrs.errors import IterableValidationError, IterableValidationNote
from cattrs.gen import make_dict_structure_fn
from cattrs.preconf.json import JsonConverter
from cattrs.preconf.json import make_converter as _make_json_converter
from cattrs.strategies import configure_tagged_union
from cattrs.v import format_exception

from kttt.errors import LoadError, ParseError
from kttt.io._deadline_tags import DEADLINE_TAGS
from kttt.model import Deadline, Document, DocumentNumber

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = [
    "MAX_DEPTH",
    "MAX_SIZE",
    "SCHEMA",
    "dumps",
    "from_json",
    "loads",
    "make_converter",
    "to_json",
]

T = TypeVar("T")
# A type as cattrs sees it: a class, a union, ``tuple[Task, ...]``.
_Type: TypeAlias = Any

SCHEMA = "kttt/1"
"""The format marker written on every document; bumped on breaking changes."""

MAX_SIZE = 64 * 1024 * 1024
"""Largest JSON text :func:`from_json` reads by default: 64 MiB (characters for
``str``, bytes for ``bytes``).  The seed documents take 120 and 185 kB."""

MAX_DEPTH = 200
"""Deepest nesting of arrays and objects :func:`from_json` reads by default.

A document's deepest part is its outline; ten heading levels need about 25.
"""

_TAG = "kind"
_DECIMAL = re.compile(r"-?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

# The members of the ``Deadline`` union, in the order the union lists them.
_DEADLINE_TYPES: tuple[type, ...] = get_args(Deadline)


class _BadValueError(ValueError):
    """A JSON value of the wrong shape; the message says what was expected."""


def _origin(type_: object) -> _Type:
    """``typing.get_origin``, typed loosely: typeshed's overloads confuse mypy on Any."""
    return get_origin(type_)


def _show(value: object) -> str:
    """Quote a JSON value for a message as attrs does, cut short if it is long."""
    text = repr(value)
    return text if len(text) <= 40 else f"{text[:37]}..."  # noqa: PLR2004


def _expected(what: str, value: object) -> str:
    return f"expected {what}, got {_show(value)}"


def make_converter() -> JsonConverter:
    """Return a fresh converter; customize a copy rather than the shared one.

    The converter behind :func:`to_json` and :func:`from_json` is built by
    this function and never changed afterwards.

    >>> conv = make_converter()
    >>> conv.unstructure(DocumentNumber.parse("2699/QĐ-UBND"))
    '2699/QĐ-UBND'
    >>> conv.structure({"kind": "in_quarter", "year": 2021, "quarter": 2}, Deadline)
    InQuarter.parse('Quý II/2021')

    Returns:
        A :class:`cattrs.preconf.json.JsonConverter` that forbids extra keys.
    """
    conv = _make_json_converter(forbid_extra_keys=True)
    _configure_scalars(conv)
    _configure_collections(conv)
    _configure_records(conv)
    # Atoms travel as their canonical text.
    conv.register_unstructure_hook(DocumentNumber, str)
    conv.register_structure_hook(DocumentNumber, _structure_atom(DocumentNumber.parse))
    _configure_optional_unions(conv)
    # cattrs builds a class's hook once, with the hooks of its fields as they
    # are at that moment; so every generic rule above comes first, and the
    # steps below, which build hooks, come last.
    _configure_deadlines(conv)
    _configure_document(conv)
    return conv


def _configure_scalars(conv: JsonConverter) -> None:
    """Make scalars strict: JSON ``"5"`` is not an int, nor ``1`` a string."""

    def structure_str(value: object, _: object) -> str:
        if not isinstance(value, str):
            msg = _expected("a string", value)
            raise _BadValueError(msg)
        return value

    def structure_int(value: object, _: object) -> int:
        if not isinstance(value, int) or isinstance(value, bool):
            msg = _expected("an integer", value)
            raise _BadValueError(msg)
        return value

    def structure_bool(value: object, _: object) -> bool:
        if not isinstance(value, bool):
            msg = _expected("true or false", value)
            raise _BadValueError(msg)
        return value

    def structure_float(value: object, _: object) -> float:
        if not isinstance(value, int | float) or isinstance(value, bool):
            msg = _expected("a number", value)
            raise _BadValueError(msg)
        return float(value)

    def structure_date(value: object, _: object) -> date:
        if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
            msg = _expected("an ISO date such as '2020-12-04'", value)
            raise _BadValueError(msg)
        try:
            return date.fromisoformat(value)
        except ValueError:
            msg = f"no such day: {_show(value)}"
            raise _BadValueError(msg) from None

    def structure_datetime(value: object, _: object) -> datetime:
        if not isinstance(value, str):
            msg = _expected("an ISO date and time", value)
            raise _BadValueError(msg)
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            msg = _expected("an ISO date and time", value)
            raise _BadValueError(msg) from None

    def structure_decimal(value: object, _: object) -> Decimal:
        # Decimals are strings so that no float rounding can creep in.
        if not isinstance(value, str) or not _DECIMAL.fullmatch(value):
            msg = _expected("a decimal number as a string such as '25.5'", value)
            raise _BadValueError(msg)
        try:
            return Decimal(value)
        except InvalidOperation:  # an exponent beyond what decimal can hold
            msg = _expected("a decimal number", value)
            raise _BadValueError(msg) from None

    conv.register_structure_hook(str, structure_str)
    conv.register_structure_hook(int, structure_int)
    conv.register_structure_hook(bool, structure_bool)
    conv.register_structure_hook(float, structure_float)
    conv.register_structure_hook(date, structure_date)
    conv.register_structure_hook(datetime, structure_datetime)
    conv.register_unstructure_hook(Decimal, str)
    conv.register_structure_hook(Decimal, structure_decimal)


def _is_collection(type_: _Type) -> bool:
    return _origin(type_) in {tuple, frozenset, list} or type_ in (tuple, frozenset)


def _configure_collections(conv: JsonConverter) -> None:
    """Arrays only for collections; frozensets written sorted, for stable output."""

    def structure_factory(type_: _Type) -> Callable[[Any, Any], Any]:
        origin = _origin(type_) or type_
        args = get_args(type_) or (Any,)
        homogeneous = origin is not tuple or (len(args) == 2 and args[1] is ...)  # noqa: PLR2004
        if homogeneous:
            args = args[:1]
        hooks = [conv.get_structure_hook(a) for a in args]

        def structure(value: object, _: object) -> object:
            # A string is iterable too; reading "abc" as ("a", "b", "c") would
            # be a silently wrong value, so only a JSON array will do.
            if not isinstance(value, list):
                msg = _expected("an array", value)
                raise _BadValueError(msg)
            if not homogeneous and len(value) != len(args):
                msg = _expected(f"an array of {len(args)} items", value)
                raise _BadValueError(msg)
            items: list[Any] = []
            errors: list[Exception] = []
            for index, item in enumerate(value):
                item_type = args[0] if homogeneous else args[index]
                hook = hooks[0] if homogeneous else hooks[index]
                try:
                    items.append(hook(item, item_type))
                except Exception as exc:  # noqa: BLE001 - reported with its index below
                    note = f"Structuring {type_!r} @ index {index}"
                    exc.add_note(IterableValidationNote(note, index, item_type))
                    errors.append(exc)
            if errors:
                msg = f"While structuring {type_!r}"
                raise IterableValidationError(msg, errors, type_)
            return origin(items)

        return structure

    def unstructure_set_factory(type_: _Type) -> Callable[[Any], Any]:
        args = get_args(type_)
        item = conv.get_unstructure_hook(args[0]) if args else conv.unstructure

        def unstructure(value: frozenset[Any]) -> list[Any]:
            return sorted((item(v) for v in value), key=_sort_key)

        return unstructure

    conv.register_structure_hook_factory(_is_collection, structure_factory)
    conv.register_unstructure_hook_factory(
        lambda t: _origin(t) in {frozenset, set} or t in (frozenset, set),
        unstructure_set_factory,
    )

    def structure_enum_factory(type_: _Type) -> Callable[[Any, Any], Any]:
        values = [m.value for m in type_]
        if len(values) <= 6:  # noqa: PLR2004
            choices = "one of " + ", ".join(_show(v) for v in values)
        else:
            choices = f"a {type_.__name__} such as {_show(values[0])}"

        def structure(value: object, _: object) -> object:
            # Compare by type as well: JSON true must not pass for an enum of 1.
            for member in type_:
                if type(member.value) is type(value) and member.value == value:
                    return member
            msg = _expected(choices, value)
            raise _BadValueError(msg)

        return structure

    conv.register_structure_hook_factory(
        lambda t: isinstance(t, type) and issubclass(t, enum.Enum),
        structure_enum_factory,
    )


def _sort_key(item: object) -> str:
    return json.dumps(item, ensure_ascii=False, sort_keys=True)


def _configure_records(conv: JsonConverter) -> None:
    """An attrs class must come as a JSON object; say so once, not per field."""

    def factory(cls: _Type) -> Callable[[Any, Any], Any]:
        inner = make_dict_structure_fn(
            cls,
            conv,
            _cattrs_forbid_extra_keys=True,
            _cattrs_detailed_validation=conv.detailed_validation,
        )

        def structure(value: object, type_: _Type) -> object:
            if not isinstance(value, dict):
                msg = _expected(f"an object for {cls.__name__}", value)
                raise _BadValueError(msg)
            return inner(value, type_)

        return structure

    conv.register_structure_hook_factory(attrs.has, factory)


def _structure_atom(parse: Callable[[str], T]) -> Callable[[Any, Any], T]:
    """Read an atom from its canonical text, keeping the parser's words."""

    def structure(value: object, _: object) -> T:
        if not isinstance(value, str):
            msg = _expected("a string", value)
            raise _BadValueError(msg)
        try:
            return parse(value)
        except ParseError as exc:
            msg = f"{exc.message}, got {_show(value)}"
            raise _BadValueError(msg) from None

    return structure


def _configure_deadlines(conv: JsonConverter) -> None:
    """Tag every deadline with its kind, as a member or as the union."""
    tags = dict(DEADLINE_TAGS)
    missing = [t.__name__ for t in _DEADLINE_TYPES if t not in tags]
    if missing:  # pragma: no cover - a test checks that the table is complete
        msg = f"no JSON tag for deadline types {missing}"
        raise RuntimeError(msg)

    # A member always writes its tag, even when unstructured on its own, so
    # that ``to_json(deadline)`` can be read back as a ``Deadline``.
    for member in _DEADLINE_TYPES:
        tag = tags[member]
        plain_out = conv.get_unstructure_hook(member)
        plain_in = conv.get_structure_hook(member)

        def unstructure(
            value: object, _out: Callable[[Any], Any] = plain_out, _tag: str = tag
        ) -> dict[str, Any]:
            return {_TAG: _tag, **_out(value)}

        def structure(
            value: object,
            type_: _Type,
            _in: Callable[[Any, Any], Any] = plain_in,
            _tag: str = tag,
        ) -> object:
            if isinstance(value, dict) and _TAG in value:
                if value[_TAG] != _tag:
                    msg = f"expected {_TAG} {_tag!r}, got {_show(value[_TAG])}"
                    raise _BadValueError(msg)
                value = {k: v for k, v in value.items() if k != _TAG}
            return _in(value, type_)

        conv.register_unstructure_hook(member, unstructure)
        conv.register_structure_hook(member, structure)

    configure_tagged_union(
        Deadline, conv, tag_name=_TAG, tag_generator=tags.__getitem__
    )
    tagged = conv.get_structure_hook(Deadline)
    choices = ", ".join(repr(tags[t]) for t in _DEADLINE_TYPES)
    known = set(tags.values())

    def structure_deadline(value: object, type_: _Type) -> object:
        # cattrs' tagged union raises a bare KeyError for a missing or unknown
        # tag; check the tag first, then let it dispatch.
        if not isinstance(value, dict):
            msg = _expected("an object for a deadline", value)
            raise _BadValueError(msg)
        if _TAG not in value:
            msg = f"missing {_TAG!r}; expected one of {choices}"
            raise _BadValueError(msg)
        tag = value[_TAG]
        if not isinstance(tag, str) or tag not in known:
            msg = f"unknown {_TAG} {_show(tag)}; expected one of {choices}"
            raise _BadValueError(msg)
        return tagged(value, type_)

    conv.register_structure_hook(Deadline, structure_deadline)


def _configure_document(conv: JsonConverter) -> None:
    """Mark documents with the format version and check it on the way in."""
    plain_out = conv.get_unstructure_hook(Document)
    plain_in = conv.get_structure_hook(Document)

    def unstructure(value: Document) -> dict[str, Any]:
        return {"schema": SCHEMA, **plain_out(value)}

    def structure(value: object, type_: _Type) -> Document:
        if not isinstance(value, dict):
            msg = _expected("an object for Document", value)
            raise _BadValueError(msg)
        if "schema" not in value:
            msg = f"missing 'schema'; expected {SCHEMA!r}"
            raise _BadValueError(msg)
        if value["schema"] != SCHEMA:
            msg = f"unknown schema {_show(value['schema'])}; expected {SCHEMA!r}"
            raise _BadValueError(msg)
        rest = {k: v for k, v in value.items() if k != "schema"}
        result: Document = plain_in(rest, type_)
        return result

    conv.register_unstructure_hook(Document, unstructure)
    conv.register_structure_hook(Document, structure)


def _is_optional_union(type_: _Type) -> bool:
    return (
        _origin(type_) in {Union, UnionType}
        and NoneType in get_args(type_)
        and len(get_args(type_)) > 1
    )


def _configure_optional_unions(conv: JsonConverter) -> None:
    """``X | None`` is ``null`` or an ``X``, including a union ``X`` (deadlines)."""

    def _rest(type_: _Type) -> object:
        args = tuple(a for a in get_args(type_) if a is not NoneType)
        return args[0] if len(args) == 1 else Union[args]  # noqa: UP007

    def structure_factory(type_: _Type) -> Callable[[Any, Any], Any]:
        rest = _rest(type_)
        inner = conv.get_structure_hook(rest)

        def structure(value: object, _: object) -> object:
            return None if value is None else inner(value, rest)

        return structure

    def unstructure_factory(type_: _Type) -> Callable[[Any], Any]:
        rest = _rest(type_)
        inner = conv.get_unstructure_hook(rest)

        def unstructure(value: object) -> object:
            return None if value is None else inner(value)

        return unstructure

    conv.register_structure_hook_factory(_is_optional_union, structure_factory)
    conv.register_unstructure_hook_factory(_is_optional_union, unstructure_factory)


_converter = make_converter()


def to_json(value: object, *, indent: int | None = None) -> str:
    """Write a kttt value as JSON text, keeping Vietnamese letters as they are.

    The inverse of :func:`from_json`: ``from_json(to_json(x), type(x)) == x``.

    >>> from kttt.model import Diagnostic
    >>> to_json(Diagnostic(code="missing-header", message="không có phần đầu"))
    '{"code": "missing-header", "message": "không có phần đầu", "line": null, "severity": "warning", "text": null}'

    Args:
        value: Any model value (or a tuple, list or dict of them).
        indent: Passed to :func:`json.dumps`; ``None`` writes one line.

    Returns:
        The JSON text.
    """
    return _converter.dumps(value, ensure_ascii=False, indent=indent)


@overload
def from_json(
    text: str | bytes,
    cls: type[T],
    *,
    max_size: int = ...,
    max_depth: int = ...,
) -> T: ...
@overload
def from_json(
    text: str | bytes,
    cls: object,
    *,
    max_size: int = ...,
    max_depth: int = ...,
) -> Any: ...  # noqa: ANN401 - a union such as Deadline is not a type[T]
def from_json(
    text: str | bytes,
    cls: object,
    *,
    max_size: int = MAX_SIZE,
    max_depth: int = MAX_DEPTH,
) -> Any:
    """Read a *cls* from JSON text written by :func:`to_json` (or by hand).

    Untrusted text is safe to pass: it is bounded in size and nesting, and
    every way it can be wrong ends in one :class:`~kttt.errors.LoadError`.

    >>> from kttt.model import Diagnostic
    >>> from_json('{"code": "missing-header", "message": "x"}', Diagnostic).code
    'missing-header'
    >>> from_json('{"code": "Bad Code", "message": 5}', Diagnostic)
    Traceback (most recent call last):
    ...
    kttt.errors.LoadError: expected a string, got 5 @ $.message
    >>> from_json('{"code": "Bad Code", "message": "x"}', Diagnostic)
    Traceback (most recent call last):
    ...
    kttt.errors.LoadError: 'code' must match regex '[a-z0-9]+(?:-[a-z0-9]+)*' ('Bad Code' doesn't) @ $

    Args:
        text: The JSON text, as ``str`` or UTF-8/16/32 ``bytes``.
        cls: The type to read: a model class, or a union such as
            :data:`~kttt.Deadline`.
        max_size: Largest input accepted, in characters (``str``) or bytes.
        max_depth: Deepest nesting of arrays and objects accepted.

    Returns:
        The value, equal to the one that was written.

    Raises:
        LoadError: listing every problem, each with its JSON path
            (``... @ $.plan.tasks[3].deadline``); also for text that is not
            JSON, too large or too deeply nested.
    """
    if len(text) > max_size:
        unit = "bytes" if isinstance(text, bytes) else "characters"
        msg = f"input is {len(text)} {unit}; the limit is {max_size}"
        raise LoadError([msg])
    data = _decode(text)
    depth = _depth(data, max_depth)
    if depth > max_depth:
        msg = f"input is nested more than {max_depth} levels deep"
        raise LoadError([msg])
    try:
        return _converter.structure(data, cls)  # type: ignore[arg-type]
    except (
        BaseValidationError,
        ValueError,
        TypeError,
        KeyError,
        AttributeError,
    ) as exc:
        raise LoadError(transform_error(exc, format_exception=_describe)) from exc
    except RecursionError as exc:  # pragma: no cover - the depth check prevents it
        msg = "input is nested too deeply"
        raise LoadError([msg]) from exc


def _reject_constant(name: str) -> object:
    msg = f"{name} is not a JSON number"
    raise ValueError(msg)


def _decode(text: str | bytes) -> object:
    """Parse JSON text, turning every failure into a LoadError."""
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        msg = f"{exc.msg} @ line {exc.lineno}, column {exc.colno}"
        raise LoadError([msg]) from exc
    except RecursionError as exc:
        msg = "input is nested too deeply"
        raise LoadError([msg]) from exc
    except (ValueError, TypeError) as exc:
        # Bytes that are not UTF-8, NaN and Infinity, integers with
        # thousands of digits.
        raise LoadError([str(exc)]) from exc


def _depth(data: object, limit: int) -> int:
    """Nesting depth of *data*, counting no further than ``limit + 1``."""
    deepest = 0
    stack: list[tuple[object, int]] = [(data, 0)]
    while stack:
        node, level = stack.pop()
        if isinstance(node, dict):
            children: list[object] | tuple[object, ...] = tuple(node.values())
        elif isinstance(node, list):
            children = node
        else:
            continue
        level += 1
        deepest = max(deepest, level)
        if deepest > limit:
            break
        stack.extend((child, level) for child in children)
    return deepest


def _describe(exc: BaseException, type_: type | None) -> str:
    """Keep our validators' own words; cattrs' defaults say only "invalid value"."""
    if isinstance(exc, ParseError):
        return exc.message
    if isinstance(exc, ValueError) and exc.args and isinstance(exc.args[0], str):
        return exc.args[0]
    if isinstance(exc, KeyError):
        return "required field missing"
    return format_exception(exc, type_)


def dumps(value: object, *, indent: int | None = None) -> str:
    """Alias of :func:`to_json`.

    >>> dumps(DocumentNumber.parse("70-KL/TW"))
    '"70-KL/TW"'
    """
    return to_json(value, indent=indent)


def loads(text: str | bytes, cls: type[T]) -> T:
    """Alias of :func:`from_json`.

    >>> loads('"70-KL/TW"', DocumentNumber)
    DocumentNumber.parse('70-KL/TW')

    Raises:
        LoadError: listing every problem with its JSON path.
    """
    return from_json(text, cls)
