"""Value laws for every model type: repr, hash, pickle, JSON, validators."""

from __future__ import annotations

import pickle
import re
from datetime import date
from decimal import Decimal
from typing import Any, get_args

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import kttt
from kttt import strategies as ks
from kttt.io import from_json, to_json
from kttt.model import (
    Agency,
    Comparator,
    Deadline,
    Diagnostic,
    DocKind,
    Document,
    DocumentRef,
    Plan,
    Section,
    Target,
    Task,
    TaskOrigin,
)

REF = DocumentRef(kind=DocKind.KE_HOACH)

# One strategy per model type; deadlines are one entry per union member.
STRATEGIES: dict[str, st.SearchStrategy[Any]] = {
    "Agency": ks.agencies(),
    "Citation": ks.citations(),
    "DocumentNumber": ks.document_numbers(),
    "DocumentRef": ks.document_refs(),
    "Relation": ks.relations(),
    "Diagnostic": ks.diagnostics(),
    "Task": ks.tasks(),
    "Target": ks.targets(),
    "Section": ks.sections(),
    "ReportingDuty": ks.reporting_duties(),
    "Plan": ks.plans(),
    "LegalBasis": ks.legal_bases(),
    "Proposal": ks.proposals(),
    "Signer": ks.signers(),
    "Document": ks.documents(),
    **{member.__name__: st.from_type(member) for member in get_args(Deadline)},
}
PARAMS = [pytest.param(s, id=name) for name, s in STRATEGIES.items()]

# Types whose repr is valid Python that rebuilds the value: atoms print as
# ``X.parse('...')``; records print every field and hold no enum (an enum's
# repr ``<TaskOrigin.BODY: 'body'>`` is not Python).
REPR_PARAMS = [
    pytest.param(ks.sections(), id="Section"),
    pytest.param(ks.document_numbers(), id="DocumentNumber"),
    *(
        pytest.param(st.from_type(member), id=member.__name__)
        for member in get_args(Deadline)
    ),
]


def _eval_namespace() -> dict[str, object]:
    names: dict[str, object] = {
        name: getattr(kttt.model, name) for name in kttt.model.__all__
    }
    names.update(Decimal=Decimal, datetime=__import__("datetime"))
    return names


def _outside_equality(value: object) -> dict[str, object]:
    """The fields that take no part in ``==`` (a citation's span, a document's text)."""
    return {
        f.name: getattr(value, f.name)
        for f in attrs.fields(type(value))  # type: ignore[arg-type]
        if not f.eq
    }


# The laws share one property per type: drawing a plan or a document costs
# more than checking it, and the suite has to stay fast on two cores.
@pytest.mark.parametrize("strategy", PARAMS)
@given(data=st.data())
def test_value_laws(strategy: st.SearchStrategy[Any], data: st.DataObject) -> None:
    """Hash, pickle, own validators and the JSON round trip all hold."""
    value = data.draw(strategy)

    pickled = pickle.loads(pickle.dumps(value))
    rebuilt = attrs.evolve(value)
    loaded = from_json(to_json(value), type(value))

    assert {pickled} == {value}
    assert rebuilt == value
    assert loaded == value
    assert _outside_equality(loaded) == _outside_equality(value)


@given(ks.deadlines())
def test_deadline_json_round_trip_inside_a_task(deadline: Deadline) -> None:
    """A deadline survives JSON as the union-typed field of a record (trap 2)."""
    task = Task(
        id="1", origin=TaskOrigin.BODY, text="Xây dựng Kế hoạch", deadline=deadline
    )

    assert from_json(to_json(task), Task) == task


@given(ks.deadlines())
def test_deadline_json_round_trip_as_the_union(deadline: Deadline) -> None:
    """A deadline written on its own carries its tag and reads back as a Deadline."""
    assert from_json(to_json(deadline), Deadline) == deadline


def test_json_keeps_the_document_text() -> None:
    """A document's text takes no part in == and is still written and read."""
    document = Document(ref=REF, text="ỦY BAN NHÂN DÂN\nTỈNH SƠN LA")

    assert from_json(to_json(document), Document).text == document.text


@pytest.mark.parametrize("strategy", REPR_PARAMS)
@given(data=st.data())
def test_repr_round_trip(strategy: st.SearchStrategy[Any], data: st.DataObject) -> None:
    """repr() is valid Python that rebuilds the value, where it prints every field."""
    value = data.draw(strategy)

    assert eval(repr(value), _eval_namespace()) == value


@pytest.mark.parametrize(
    ("build", "message"),
    [
        pytest.param(
            lambda: Diagnostic(code="Bad Code", message="x"),
            "'code' must match regex",
            id="diagnostic-code",
        ),
        pytest.param(
            lambda: Diagnostic(code="missing-header", message="x", line=0),
            "'line' must be >= 1: 0",
            id="diagnostic-line",
        ),
        pytest.param(
            lambda: Task(id="1", origin=TaskOrigin.BODY, text="   "),
            "Length of 'text' must be >= 1: 0",
            id="task-blank-text",
        ),
        pytest.param(
            lambda: Task(id="", origin=TaskOrigin.BODY, text="x"),
            "Length of 'id' must be >= 1: 0",
            id="task-empty-id",
        ),
        pytest.param(
            lambda: Task(
                id="1", origin=TaskOrigin.BODY, text="x", inferred=frozenset({"who"})
            ),
            "unknown inferred fields ['who']",
            id="task-inferred",
        ),
        pytest.param(
            lambda: Target(
                text="ít nhất 25%", indicator="x", value=Decimal(25), horizon=1800
            ),
            "'horizon' must be >= 1945: 1800",
            id="target-horizon",
        ),
        pytest.param(
            lambda: Section(number="I", title="MỤC TIÊU", level=0),
            "'level' must be >= 1: 0",
            id="section-level",
        ),
        pytest.param(
            lambda: Agency(key="Sở Nội vụ", name="Sở Nội vụ"),
            "'key' must match regex",
            id="agency-key",
        ),
        pytest.param(
            lambda: DocumentRef(kind=DocKind.LUAT, issued=date(2012, 6, 20), year=2013),
            "year 2013 disagrees with the date of issue 2012-06-20",
            id="ref-year",
        ),
    ],
)
def test_validators_reject_bad_values(build: Any, message: str) -> None:
    """Constructors reject values that break an invariant, with attrs' ValueError."""
    with pytest.raises(ValueError, match=re.escape(message)) as info:
        build()

    assert not isinstance(info.value, kttt.KtttError)


def test_plan_holds_tuples() -> None:
    """Collections given as lists are frozen into tuples."""
    task = Task(id="1", origin=TaskOrigin.BODY, text="Xây dựng Kế hoạch")

    plan = Plan(ref=REF, title="Kế hoạch", tasks=[task])

    assert plan.tasks == (task,)


def test_comparator_values_are_symbols() -> None:
    """Comparator values are the stable symbols written in JSON."""
    assert [c.value for c in Comparator] == [">=", ">", "~", "=", "<=", "<"]
