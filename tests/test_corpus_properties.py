"""Laws of the corpus, checked on generated national corpora."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow.parquet as pq
from hypothesis import given, settings
from hypothesis import strategies as st

from kttt.corpus import TABLES, Corpus, TaskView
from kttt.io._tables import to_parquet
from kttt.strategies._corpus import corpora, national_corpus

if TYPE_CHECKING:
    import pytest

DAYS = st.dates(min_value=date(2015, 1, 1), max_value=date(2031, 12, 31))


def ids(view: TaskView) -> set[tuple[str, str]]:
    """The identity of each task in a view."""
    return set(view.keys())


@st.composite
def filters(draw: st.DrawFn, corpus: Corpus) -> dict[str, Any]:
    """Two to four filters, with values taken from the corpus itself."""
    tasks = list(corpus.tasks())
    names = sorted(
        {a.name for t in tasks for a in (t.lead, *t.coordinators) if a} | {"Sở Nội vụ"}
    )
    provinces = sorted(
        {d.province for d in corpus.documents.values() if d.province} | {"Hà Nội"}
    )
    words = sorted({w for t in tasks for w in t.text.split()[:3]} | {"hợp tác xã"})
    options: dict[str, st.SearchStrategy[Any]] = {
        "agency": st.tuples(st.sampled_from(names), st.sampled_from(["lead", "coordinator", "any"]), st.booleans()),
        "origin": st.sampled_from(["appendix", "body"]),
        "province": st.sampled_from(provinces),
        "document": st.sampled_from(sorted(corpus.documents)),
        "overdue": DAYS,
        "due_between": st.tuples(DAYS, DAYS).map(sorted).map(tuple),
        "active_on": DAYS,
        "recurring": st.booleans(),
        "dated": st.booleans(),
        "text": st.sampled_from(words),
    }  # fmt: skip
    chosen = draw(
        st.lists(st.sampled_from(sorted(options)), min_size=2, max_size=4, unique=True)
    )
    found: dict[str, Any] = {}
    for name in chosen:
        value = draw(options[name])
        if name == "agency":
            found["agency"], found["role"], found["expand"] = value
        else:
            found[name] = value
    return found


def split(chosen: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Two non-empty halves, keeping an agency with its role."""
    keys = [k for k in chosen if k not in {"role", "expand"}]
    first = {k: chosen[k] for k in keys[: len(keys) // 2]}
    second = {k: chosen[k] for k in keys[len(keys) // 2 :]}
    for extra in ("role", "expand"):
        if extra in chosen:
            (first if "agency" in first else second)[extra] = chosen[extra]
    return first, second


@given(st.data())
def test_filters_compose_like_intersection(data: st.DataObject) -> None:
    """Filters given together select what each selects alone, and nothing else."""
    corpus = data.draw(corpora())
    chosen = data.draw(filters(corpus))
    first, second = split(chosen)

    together = corpus.tasks(**chosen)

    assert ids(together) == ids(corpus.tasks(**first)) & ids(corpus.tasks(**second))
    assert ids(corpus.tasks(**first).where(**second)) == ids(together)
    assert len(together) == len(list(together)) == len(ids(together))


@given(corpora(), DAYS, DAYS)
def test_overdue_is_monotone_in_as_of(corpus: Corpus, a: date, b: date) -> None:
    """What is overdue stays overdue as the day moves on."""
    early, late = sorted((a, b))

    assert ids(corpus.tasks(overdue=early)) <= ids(corpus.tasks(overdue=late))


@given(corpora(), DAYS)
def test_overdue_tasks_have_closed_one_off_windows(corpus: Corpus, as_of: date) -> None:
    """Overdue means a one-off deadline whose last day is before as_of."""
    expected = {
        (key, t.id)
        for key, t in corpus.tasks().pairs()
        if t.deadline is not None
        and not t.deadline.is_recurring
        and t.deadline.end is not None
        and t.deadline.end < as_of
    }

    assert ids(corpus.tasks(overdue=as_of)) == expected


@given(st.data())
def test_status_changes_only_on_effective_dates(data: st.DataObject) -> None:
    """Between two consecutive change dates a document's status stays the same."""
    corpus = data.draw(corpora())
    key = data.draw(st.sampled_from(sorted(corpus.refs)))
    day = data.draw(DAYS)
    changes = corpus.status_changes(key)

    before = corpus.status(key, on=day - timedelta(days=1))
    now = corpus.status(key, on=day)

    if day not in changes:
        assert (now.status, now.since, now.by) == (
            before.status,
            before.since,
            before.by,
        )


@given(st.data())
def test_status_does_change_on_a_repeal(data: st.DataObject) -> None:
    """A whole repeal takes effect on its date, not a day earlier or later."""
    corpus = data.draw(corpora(max_plans=6))
    repeals = [
        e
        for e in corpus.relations
        if e.kind.value in {"repeals", "replaces"} and e.effective
    ]
    if not repeals:
        return
    edge = data.draw(st.sampled_from(repeals))
    assert edge.effective is not None
    start = corpus.effective(edge.target)
    if start is None or start >= edge.effective:
        return

    assert corpus.status(edge.target, on=edge.effective - timedelta(days=1)).in_force
    assert corpus.status(edge.target, on=edge.effective).status.value == "repealed"


@given(corpora())
def test_records_round_trip_to_the_same_counts(corpus: Corpus) -> None:
    """Each table has as many records, and frame rows, as the model has things."""
    docs = corpus.documents.values()
    expected = {
        "tasks": sum(len(d.plan.tasks) for d in docs if d.plan),
        "targets": sum(len(d.plan.targets) for d in docs if d.plan),
        "reporting": sum(len(d.plan.reporting) for d in docs if d.plan),
        "documents": len(corpus.refs),
        "relations": len(corpus.relations),
        "diagnostics": len(corpus.diagnostics),
    }

    for table, count in expected.items():
        assert len(corpus.to_records(table)) == count
        assert len(corpus.to_frame(table)) == count


# Writing seven Parquet files per example is slow; 25 corpora cover the types.
@settings(max_examples=25)
@given(corpus=corpora())
def test_parquet_keeps_every_row(
    tmp_path_factory: pytest.TempPathFactory, corpus: Corpus
) -> None:
    """Each Parquet file has one row per record and the documented columns."""
    folder = Path(tmp_path_factory.mktemp("parquet"))

    written = to_parquet(corpus, folder)

    for table, path in written.items():
        read = pq.read_table(path)
        assert read.num_rows == len(corpus.to_records(table))
        assert read.column_names == [c.name for c in TABLES[table]]


def test_national_corpus_is_deterministic() -> None:
    """The same seed gives the same corpus; another seed another one."""
    a = national_corpus(provinces=3, plans=2, tasks=5, seed=7)
    b = national_corpus(provinces=3, plans=2, tasks=5, seed=7)
    c = national_corpus(provinces=3, plans=2, tasks=5, seed=8)

    assert a.to_records("tasks") == b.to_records("tasks")
    assert a.to_records("relations") == b.to_records("relations")
    assert a.to_records("tasks") != c.to_records("tasks")


def test_national_corpus_default_size() -> None:
    """63 provinces, 10 plans each, 60 tasks a plan: 37,800 tasks."""
    corpus = national_corpus()

    assert (len(corpus.documents), len(corpus.tasks())) == (630, 37_800)
    assert {d.province for d in corpus.documents.values()} >= {"Sơn La", "Bình Định"}
    kinds = {e.kind.value for e in corpus.relations}
    assert {
        "issues",
        "implements",
        "based_on",
        "repeals",
        "replaces",
        "amends",
    } <= kinds
