"""kttt.io: the converter, JSON text, errors with paths, bounds and the JSON Schema."""

from __future__ import annotations

import contextlib
import functools
import json
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any, get_args

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from kttt import strategies as ks
from kttt.errors import LoadError
from kttt.io import (
    MAX_DEPTH,
    MAX_SIZE,
    SCHEMA,
    dumps,
    from_json,
    json_schema,
    loads,
    make_converter,
    to_json,
)
from kttt.io._deadline_tags import DEADLINE_TAGS
from kttt.model import (
    Agency,
    Citation,
    Deadline,
    Diagnostic,
    DocKind,
    Document,
    DocumentNumber,
    DocumentRef,
    LegalBasis,
    Plan,
    Proposal,
    Relation,
    ReportingDuty,
    Section,
    Signer,
    Target,
    Task,
    TaskOrigin,
)
from kttt.parse import parse_deadline

TOP_LEVEL = [
    Document,
    Plan,
    Task,
    Citation,
    DocumentRef,
    Agency,
    Diagnostic,
    Relation,
    LegalBasis,
    Proposal,
    Signer,
    Section,
    Target,
    ReportingDuty,
]
REF = DocumentRef(kind=DocKind.QUYET_DINH, number=DocumentNumber.parse("2699/QĐ-UBND"))
TASK = Task(id="appendix/i-1", origin=TaskOrigin.APPENDIX, text="Xây dựng Kế hoạch")


def _document_json(**changes: Any) -> dict[str, Any]:
    plan = Plan(ref=DocumentRef(kind=DocKind.KE_HOACH), title="Kế hoạch", tasks=(TASK,))
    data: dict[str, Any] = json.loads(to_json(Document(ref=REF, plan=plan)))
    data.update(changes)
    return data


def _load_errors(data: object, cls: object = Document) -> list[str]:
    with pytest.raises(LoadError) as info:
        from_json(json.dumps(data, ensure_ascii=False), cls)
    return info.value.errors


# --- the converter ----------------------------------------------------------


def test_make_converter_gives_a_fresh_converter() -> None:
    """Each call builds a new converter, so customizing one changes no other."""
    first, second = make_converter(), make_converter()

    first.register_unstructure_hook(DocumentNumber, lambda n: n.key)

    assert second.unstructure(DocumentNumber.parse("09/NQ-CP")) == "09/NQ-CP"


def test_atoms_travel_as_canonical_text() -> None:
    """A document number is its canonical string, not an object of fields."""
    assert to_json(REF.number) == '"2699/QĐ-UBND"'


def test_vietnamese_letters_are_kept() -> None:
    """JSON keeps the letters as they are (ensure_ascii=False)."""
    text = to_json(TASK)

    assert "Xây dựng Kế hoạch" in text


def test_document_carries_the_schema_marker_first() -> None:
    """Documents begin with "schema": "kttt/1"."""
    assert to_json(Document(ref=REF)).startswith('{"schema": "kttt/1", ')


def test_scalars_have_one_spelling() -> None:
    """Dates are ISO, decimals strings, enums values, frozensets sorted arrays."""
    target = Target(
        text="ít nhất 25%", indicator="cán bộ", value=Decimal("25.50"), horizon=2030
    )
    task = Task(
        id="1", origin=TaskOrigin.BODY, text="x", inferred=frozenset({"text", "lead"})
    )
    ref = DocumentRef(kind=DocKind.LUAT, issued=date(2015, 6, 19))

    assert json.loads(to_json(target))["value"] == "25.50"
    assert json.loads(to_json(target))["comparator"] == "="
    assert json.loads(to_json(task))["inferred"] == ["lead", "text"]
    assert json.loads(to_json(ref))["issued"] == "2015-06-19"


def test_indent_is_passed_on() -> None:
    """indent= pretty-prints."""
    assert to_json(REF, indent=2).startswith('{\n  "kind": "quyet_dinh",')


def test_aliases() -> None:
    """The dumps and loads aliases are to_json and from_json."""
    assert loads(dumps(TASK), Task) == TASK


def test_bytes_are_accepted() -> None:
    """UTF-8 bytes read the same as text."""
    assert from_json(to_json(TASK).encode(), Task) == TASK


# --- deadlines and their tags ---------------------------------------------------


def test_every_deadline_type_has_one_distinct_tag() -> None:
    """The tag table covers the union, and no two types share a tag."""
    members = get_args(Deadline)

    assert set(DEADLINE_TAGS) == set(members)
    assert len(set(DEADLINE_TAGS.values())) == len(members)


_CONVERTER = make_converter()


@given(ks.deadlines())
def test_deadlines_are_tagged_however_they_are_written(deadline: Deadline) -> None:
    """The "kind" tag is written on its own, as the union, and inside a task."""
    conv = _CONVERTER
    tag = DEADLINE_TAGS[type(deadline)]
    task = Task(id="1", origin=TaskOrigin.BODY, text="x", deadline=deadline)

    assert conv.unstructure(deadline)["kind"] == tag
    assert conv.unstructure(deadline, Deadline)["kind"] == tag
    assert conv.unstructure(task)["deadline"]["kind"] == tag


def test_unknown_deadline_tag_is_reported() -> None:
    """An unknown tag names the tags there are."""
    data = _document_json()
    data["plan"]["tasks"][0]["deadline"] = {"kind": "someday"}

    (error,) = _load_errors(data)

    assert error.startswith("unknown kind 'someday'; expected one of ")
    assert error.endswith(" @ $.plan.tasks[0].deadline")


def test_missing_deadline_tag_is_reported() -> None:
    """A deadline object without its tag says which key is missing."""
    data = _document_json()
    data["plan"]["tasks"][0]["deadline"] = {}

    (error,) = _load_errors(data)

    assert error.startswith("missing 'kind'; expected one of ")


def test_member_rejects_another_members_tag() -> None:
    """Reading one deadline type refuses the tag of another."""
    first, second = list(DEADLINE_TAGS.items())[:2]
    text = json.dumps({"kind": second[1]})

    with pytest.raises(LoadError) as info:
        from_json(text, first[0])

    assert info.value.errors == [
        f"expected kind {first[1]!r}, got {second[1]!r} @ $",
    ]


# --- errors with their paths -----------------------------------------------------


def test_errors_carry_json_paths() -> None:
    """Every problem is listed, each with where it is."""
    data = _document_json()
    data["ref"]["issued"] = "2020-13-04"
    data["plan"]["tasks"][0]["text"] = 5
    data["plan"]["tasks"][0]["line"] = "7"
    data["recipients"] = "Như Điều 3"

    errors = _load_errors(data)

    assert errors == [
        "no such day: '2020-13-04' @ $.ref.issued",
        "expected an array, got 'Như Điều 3' @ $.recipients",
        "expected a string, got 5 @ $.plan.tasks[0].text",
        "expected an integer, got '7' @ $.plan.tasks[0].line",
    ]


def test_validator_words_are_kept() -> None:
    """A validator's own message survives, at the path of the object it guards."""
    data = _document_json()
    data["plan"]["tasks"][0]["line"] = 0

    assert _load_errors(data) == ["'line' must be >= 1: 0 @ $.plan.tasks[0]"]


def test_validator_words_for_a_deadline() -> None:
    """A bad quarter is reported in the validator's words at the deadline's path."""
    data = _document_json()
    data["plan"]["tasks"][0]["deadline"] = {
        "kind": "in_quarter",
        "year": 2021,
        "quarter": 5,
    }

    assert _load_errors(data) == [
        "'quarter' must be between 1 and 4: 5 @ $.plan.tasks[0].deadline"
    ]


def test_nested_deadlines_carry_their_tags() -> None:
    """The parts of a combined recurrence are tagged too, and checked on the way in."""
    deadline = parse_deadline("Định kỳ hằng quý và hằng năm")
    data = json.loads(to_json(deadline))

    assert data["quarterly"]["kind"] == "quarterly"
    data["quarterly"]["kind"] = "yearly"
    assert _load_errors(data, Deadline) == [
        "expected kind 'quarterly', got 'yearly' @ $.quarterly"
    ]


def test_extra_and_missing_keys_are_reported() -> None:
    """Unknown keys are refused and required keys demanded."""
    data = _document_json(colour="red")
    del data["ref"]["kind"]

    assert _load_errors(data) == [
        "required field missing @ $.ref.kind",
        "extra fields found (colour) @ $",
    ]


def test_atom_parse_errors_keep_the_parser_words() -> None:
    """A bad document number says what was expected."""
    data = _document_json()
    data["ref"]["number"] = "not a number"

    (error,) = _load_errors(data)

    assert error.startswith("expected a document number such as ")
    assert error.endswith(", got 'not a number' @ $.ref.number")


def test_enum_errors_name_the_choices() -> None:
    """A bad enum value lists the values there are."""
    data = _document_json()
    data["plan"]["tasks"][0]["origin"] = "margin"

    assert _load_errors(data) == [
        "expected one of 'appendix', 'body', got 'margin' @ $.plan.tasks[0].origin"
    ]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (True, "expected an integer, got True"),
        (1.5, "expected an integer, got 1.5"),
        ("12", "expected an integer, got '12'"),
    ],
)
def test_integers_are_not_coerced(value: object, message: str) -> None:
    """JSON true, 1.5 and "12" are not integers."""
    data = _document_json()
    data["plan"]["tasks"][0]["line"] = value

    assert _load_errors(data) == [f"{message} @ $.plan.tasks[0].line"]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (25, "expected a decimal number as a string such as '25.5', got 25"),
        ("NaN", "expected a decimal number as a string such as '25.5', got 'NaN'"),
        ("1e5", None),
        (
            "1e99999999999999999999",
            "expected a decimal number, got '1e99999999999999999999'",
        ),
    ],
)
def test_decimals_are_strings(value: object, message: str | None) -> None:
    """Target values must be decimal strings; NaN is not a target."""
    target = Target(text="ít nhất 25%", indicator="x", value=Decimal(25))
    data = json.loads(to_json(target))
    data["value"] = value

    if message is None:
        assert from_json(json.dumps(data), Target).value == Decimal("1e5")
    else:
        assert _load_errors(data, Target) == [f"{message} @ $.value"]


def test_booleans_are_not_coerced() -> None:
    """The string "false" is not false."""
    agency = json.loads(to_json(Agency(key="son-la/so-noi-vu", name="Sở Nội vụ")))
    agency["is_group"] = "false"

    assert _load_errors(agency, Agency) == [
        "expected true or false, got 'false' @ $.is_group"
    ]


def test_objects_must_be_objects() -> None:
    """A list where an object belongs is one error, not one per field."""
    data = _document_json(plan=[1, 2])

    assert _load_errors(data) == [
        "expected an object for Plan, got [1, 2] @ $.plan",
    ]


def test_fixed_length_tuples_check_their_length() -> None:
    """A span is two integers."""
    citation = Citation(ref=REF, span=(0, 12), text="2699/QĐ-UBND")
    data = json.loads(to_json(citation))
    data["span"] = [0, 1, 2]

    assert _load_errors(data, Citation) == [
        "expected an array of 2 items, got [0, 1, 2] @ $.span"
    ]


@pytest.mark.parametrize(
    ("schema", "message"),
    [
        ("kttt/2", "unknown schema 'kttt/2'; expected 'kttt/1' @ $"),
        (None, "unknown schema None; expected 'kttt/1' @ $"),
    ],
)
def test_unknown_schema_is_refused(schema: object, message: str) -> None:
    """A document in another format version is refused, not misread."""
    assert _load_errors(_document_json(schema=schema)) == [message]


def test_missing_schema_is_refused() -> None:
    """A document without its format marker is refused."""
    data = _document_json()
    del data["schema"]

    assert _load_errors(data) == ["missing 'schema'; expected 'kttt/1' @ $"]


def test_schema_marker_is_documents_only() -> None:
    """A plan carries no schema marker, so one is an extra key there."""
    data = json.loads(to_json(Plan(ref=REF, title="Kế hoạch")))
    data["schema"] = SCHEMA

    assert _load_errors(data, Plan) == ["extra fields found (schema) @ $"]


# --- text that is not JSON, or too much of it -------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            '{"code": "x",',
            "Expecting property name enclosed in double quotes @ line 1, column 14",
        ),
        ("", "Expecting value @ line 1, column 1"),
        ('{"code": NaN}', "NaN is not a JSON number"),
        (b"\xff\xfe\x00", None),
    ],
)
def test_text_that_is_not_json(text: str | bytes, message: str | None) -> None:
    """Truncated or garbage text is a LoadError saying where it broke."""
    with pytest.raises(LoadError) as info:
        from_json(text, Diagnostic)

    if message is not None:
        assert info.value.errors == [message]


def test_huge_integers_are_refused() -> None:
    """An integer with thousands of digits is refused before it is converted."""
    with pytest.raises(LoadError):
        from_json(
            '{"code": "x", "message": "m", "line": ' + "9" * 5000 + "}", Diagnostic
        )


def test_size_limit() -> None:
    """Text over the size limit is refused before it is parsed."""
    text = to_json(TASK)

    with pytest.raises(LoadError) as info:
        from_json(text, Task, max_size=10)

    assert info.value.errors == [f"input is {len(text)} characters; the limit is 10"]


def test_default_limits() -> None:
    """The defaults admit real documents: at least 64 MiB and 200 levels."""
    assert (MAX_SIZE, MAX_DEPTH) >= (64 * 1024 * 1024, 200)


def _nested_sections(depth: int) -> dict[str, Any]:
    section: dict[str, Any] = {"number": "1", "title": "x", "level": 1}
    for _ in range(depth):
        section = {"number": "1", "title": "x", "level": 1, "children": [section]}
    return section


def test_depth_limit() -> None:
    """Nesting beyond the limit is refused; within it, it loads."""
    deep = json.dumps(_nested_sections(150))

    assert from_json(deep, Section, max_depth=400).level == 1
    with pytest.raises(LoadError) as info:
        from_json(deep, Section)
    assert info.value.errors == ["input is nested more than 200 levels deep"]


@pytest.mark.parametrize("depth", [1_000, 100_000])
def test_pathological_nesting(depth: int) -> None:
    """Brackets nested far beyond Python's recursion limit are a LoadError."""
    with pytest.raises(LoadError):
        from_json("[" * depth + "]" * depth, Section)


@given(st.text())
def test_fuzz_any_text(text: str) -> None:
    """Any text either loads or raises LoadError, nothing else."""
    with contextlib.suppress(LoadError):
        from_json(text, Document)


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3)
    ),
    max_leaves=8,
)


def _paths(node: object, path: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    found = [path]
    if isinstance(node, dict):
        for key, child in node.items():
            found.extend(_paths(child, (*path, key)))
    elif isinstance(node, list):
        for index, child in enumerate(node):
            found.extend(_paths(child, (*path, index)))
    return found


def _replace(node: Any, path: tuple[Any, ...], value: object) -> object:
    if not path:
        return value
    node[path[0]] = _replace(node[path[0]], path[1:], value)
    return node


_SMALL_DOCUMENTS = ks.documents(plan=st.none() | ks.plans(max_tasks=1))


@given(_SMALL_DOCUMENTS, st.data())
def test_fuzz_mutated_documents(document: Document, data: st.DataObject) -> None:
    """A valid document with one value swapped for any JSON loads or raises LoadError."""
    tree = json.loads(to_json(document))
    path = data.draw(st.sampled_from(_paths(tree)), label="path")
    mutated = _replace(tree, path, data.draw(_JSON, label="value"))

    with contextlib.suppress(LoadError):
        from_json(json.dumps(mutated), Document)


@given(ks.documents(plan=st.none()), st.data())
def test_fuzz_cut_documents(document: Document, data: st.DataObject) -> None:
    """Valid JSON cut short or with a character dropped raises LoadError or loads."""
    text = to_json(document)
    cut = data.draw(st.integers(0, len(text) - 1), label="cut")
    damaged = data.draw(st.sampled_from([text[:cut], text[:cut] + text[cut + 1 :]]))

    with contextlib.suppress(LoadError):
        from_json(damaged, Document)


# --- JSON Schema ---------------------------------------------------------------


@pytest.mark.parametrize("cls", TOP_LEVEL, ids=lambda c: c.__name__)
def test_schemas_are_valid_2020_12(cls: type) -> None:
    """Every top-level schema is itself a valid draft 2020-12 schema."""
    Draft202012Validator.check_schema(json_schema(cls))


def test_deadline_schema_is_one_of_tagged_branches() -> None:
    """The deadline union is a oneOf whose branches fix the kind with const."""
    schema = json_schema(Deadline)
    defs = schema["$defs"]

    consts = [
        defs[branch["$ref"].rsplit("/", 1)[1]]["properties"]["kind"]["const"]
        for branch in defs["Deadline"]["oneOf"]
    ]

    assert sorted(consts) == sorted(DEADLINE_TAGS.values())


@functools.cache
def _validator(cls: object) -> Draft202012Validator:
    return Draft202012Validator(
        json_schema(cls), format_checker=Draft202012Validator.FORMAT_CHECKER
    )


_DOCUMENT_VALIDATOR = _validator(Document)


# jsonschema takes about 30 ms per document; conformance depends on the shape
# of the types, which 100 documents already cover.
@settings(max_examples=100)
@given(ks.documents())
def test_documents_match_the_schema(document: Document) -> None:
    """What the converter writes for a document validates against json_schema(Document)."""
    errors = list(_DOCUMENT_VALIDATOR.iter_errors(json.loads(to_json(document))))

    assert errors == []


@settings(max_examples=25)  # As above: 13 types, each already inside documents.
@given(st.data())
@pytest.mark.parametrize("cls", TOP_LEVEL[1:], ids=lambda c: c.__name__)
def test_other_types_match_their_schema(cls: type, data: st.DataObject) -> None:
    """Each top-level type's JSON validates against its own schema."""
    value = data.draw(st.from_type(cls))

    errors = list(_validator(cls).iter_errors(json.loads(to_json(value))))

    assert errors == []


def test_schema_refuses_what_the_loader_refuses() -> None:
    """A missing marker, an extra key and a bad tag fail the schema too."""
    data = _document_json(colour="red")
    del data["schema"]
    data["plan"]["tasks"][0]["deadline"] = {"kind": "someday"}

    failed = sorted(str(e.validator) for e in _DOCUMENT_VALIDATOR.iter_errors(data))

    assert failed == ["additionalProperties", "anyOf", "required"]


def test_schema_uses_validator_bounds() -> None:
    """The attrs validators become schema keywords."""
    props = json_schema(Diagnostic)["$defs"]["Diagnostic"]["properties"]

    assert props["line"]["anyOf"][0] == {"type": "integer", "minimum": 1}
    assert props["code"]["pattern"] == "^(?:[a-z0-9]+(?:-[a-z0-9]+)*)$"


def test_deadline_must_be_an_object() -> None:
    """A deadline written as its phrase is refused with a clear message."""
    data = _document_json()
    data["plan"]["tasks"][0]["deadline"] = "Quý II/2021"

    assert _load_errors(data) == [
        "expected an object for a deadline, got 'Quý II/2021' @ $.plan.tasks[0].deadline"
    ]


def test_atoms_must_be_strings() -> None:
    """A document number written as a number is refused."""
    data = _document_json()
    data["ref"]["number"] = 2699

    assert _load_errors(data) == ["expected a string, got 2699 @ $.ref.number"]


@pytest.mark.parametrize(
    ("text", "cls", "expected"),
    [
        ("1.5", float, 1.5),
        ("2", float, 2.0),
        (
            '"2020-12-04T08:30:00+07:00"',
            datetime,
            datetime(2020, 12, 4, 8, 30, tzinfo=timezone(timedelta(hours=7))),
        ),
    ],
)
def test_other_scalars_load(text: str, cls: type, expected: object) -> None:
    """Floats and datetimes, which the model may come to use, load strictly too."""
    assert from_json(text, cls) == expected


@pytest.mark.parametrize(
    ("text", "cls", "error"),
    [
        ('"1.5"', float, "expected a number, got '1.5' @ $"),
        ("true", float, "expected a number, got True @ $"),
        ("5", datetime, "expected an ISO date and time, got 5 @ $"),
        ('"tomorrow"', datetime, "expected an ISO date and time, got 'tomorrow' @ $"),
        (
            '"04/12/2020"',
            date,
            "expected an ISO date such as '2020-12-04', got '04/12/2020' @ $",
        ),
    ],
)
def test_other_scalars_are_strict(text: str, cls: type, error: str) -> None:
    """No scalar is coerced from another JSON type."""
    with pytest.raises(LoadError) as info:
        from_json(text, cls)

    assert info.value.errors == [error]


@attrs.frozen
class _Sample:
    """A record exercising every validator json_schema can describe."""

    colour: str = attrs.field(validator=attrs.validators.in_(["red", "blue"]))
    code: str = attrs.field(validator=attrs.validators.max_len(4))
    names: list[str] = attrs.field(factory=list, validator=attrs.validators.min_len(0))
    size: int = attrs.field(default=1, validator=attrs.validators.lt(10))


def test_schema_of_any_attrs_class() -> None:
    """Any attrs class gets a schema, its validators and defaults included."""
    props = json_schema(_Sample)["$defs"]["_Sample"]["properties"]

    assert props == {
        "colour": {"type": "string", "enum": ["red", "blue"]},
        "code": {"type": "string", "maxLength": 4},
        "names": {
            "type": "array",
            "items": {"type": "string"},
            "minItems": 0,
            "default": [],
        },
        "size": {"type": "integer", "exclusiveMaximum": 10, "default": 1},
    }


def test_schema_of_an_unknown_type() -> None:
    """A type with no JSON form is a programming error, reported as TypeError."""
    with pytest.raises(TypeError, match="no JSON schema for <class 'complex'>"):
        json_schema(complex)
