"""kttt.strategies: valid values, readable shrinking, and st.from_type via the entry point."""

from __future__ import annotations

import subprocess
import sys
from typing import get_args

from hypothesis import find, given, settings
from hypothesis import strategies as st

import kttt
from kttt import strategies as ks
from kttt.model import Deadline, Document, Plan, Section, Task
from kttt.strategies import _agencies, _corpus, _deadlines, _model, _references

CLASSES = [
    "Agency",
    "Citation",
    "DocumentNumber",
    "DocumentRef",
    "Relation",
    "Diagnostic",
    "Task",
    "Target",
    "Section",
    "ReportingDuty",
    "Plan",
    "LegalBasis",
    "Proposal",
    "Signer",
    "Document",
    "Deadline",
    "Corpus",
]


def test_from_type_works_in_a_fresh_interpreter() -> None:
    """The entry point registers every model class before any kttt import."""
    code = (
        "from hypothesis import Phase, find, settings, strategies as st\n"
        "import kttt\n"
        "quick = settings(phases=[Phase.generate], database=None)\n"
        f"for name in {CLASSES!r}:\n"
        "    cls = getattr(kttt, name)\n"
        "    value = find(st.from_type(cls), lambda v: True, settings=quick)\n"
        "    assert isinstance(value, getattr(cls, '__args__', cls)), name\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )

    assert (result.returncode, result.stdout, result.stderr) == (0, "ok\n", "")


def test_importing_strategies_first_works() -> None:
    """Importing kttt.strategies before hypothesis does not trip the entry point."""
    result = subprocess.run(
        [sys.executable, "-c", "import kttt.strategies; print('ok')"],
        capture_output=True,
        text=True,
        check=False,
    )

    assert (result.returncode, result.stderr) == (0, "")


def test_every_public_strategy_is_exported() -> None:
    """__all__ names every public strategy of every strategies module."""
    modules = [_agencies, _corpus, _deadlines, _model, _references]
    expected = {name for module in modules for name in module.__all__}

    assert set(ks.__all__) == expected
    assert all(callable(getattr(ks, name)) for name in ks.__all__)


@given(st.from_type(Deadline))  # type: ignore[arg-type]
def test_from_type_deadline(deadline: Deadline) -> None:
    """st.from_type works for the Deadline union once its members are registered."""
    assert isinstance(deadline, get_args(Deadline))


@settings(max_examples=50)  # A structural bound: 50 draws cover it, and plans are slow.
@given(ks.plans(max_sections=1, max_tasks=2, max_targets=0, max_reporting=0))
def test_plan_sizes_are_respected(plan: Plan) -> None:
    """Size parameters bound what is drawn."""
    assert (
        len(plan.sections) <= 1,
        len(plan.tasks) <= 2,
        plan.targets,
        plan.reporting,
    ) == (
        True,
        True,
        (),
        (),
    )


@settings(max_examples=50)  # A structural bound: 50 draws cover it, and plans are slow.
@given(ks.documents(plan=st.none()))
def test_documents_plan_parameter(document: Document) -> None:
    """The plan strategy can be replaced."""
    assert document.plan is None


@settings(max_examples=50)  # A structural bound: 50 draws cover it, and plans are slow.
@given(ks.sections(max_depth=3))
def test_sections_nest_by_level(section: Section) -> None:
    """Each child sits one level below its parent, no deeper than asked."""
    for parent in section.walk():
        for child in parent.children:
            assert child.level == parent.level + 1
    assert max(s.level for s in section.walk()) <= 3


@given(ks.vietnamese_texts())
def test_texts_survive_the_models_text_cleaning(text: str) -> None:
    """Drawn texts are already normalized, single-spaced and non-blank."""
    assert " ".join(kttt.normalize(text).split()) == text != ""


def test_shrinking_ends_on_real_phrasing() -> None:
    """The simplest task reads like a plan, not like '0'."""
    task = find(ks.tasks(), lambda _: True)

    assert task.text == (
        "Xây dựng Kế hoạch phát triển kinh tế tập thể, hợp tác xã giai đoạn 2021 - 2025"
    )


def test_tasks_can_have_every_part() -> None:
    """The strategy reaches tasks with a lead, coordinators and a deadline."""
    task = find(
        ks.tasks(),
        lambda t: t.lead is not None and t.coordinators and t.deadline is not None,
    )

    assert isinstance(task, Task)
