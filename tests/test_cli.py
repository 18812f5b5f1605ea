"""The ``kttt`` command, driven in-process with ``main([...])`` and as a subprocess."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
import unicodedata
from datetime import date
from importlib.resources import files
from pathlib import Path
from typing import Any, TypeVar

import pytest

import kttt
from kttt.cli import main
from kttt.cli._input import read_source
from kttt.cli._progress import Progress
from kttt.cli._render import table, text_width, truncate
from kttt.cli._views import TASK_COLUMNS
from kttt.errors import InputTooLargeError
from kttt.io import from_json
from kttt.model import Diagnostic, DocKind, Document, DocumentRef, Severity

T = TypeVar("T")
SEEDS = Path(str(files("kttt.data") / "seeds"))
SON_LA = SEEDS / "son-la-2699-qd-ubnd-2020.txt"
BINH_DINH = SEEDS / "binh-dinh-510-qd-ubnd-2023.txt"
BOTH = [str(SON_LA), str(BINH_DINH)]
DIAGNOSTIC_LINE = re.compile(
    r"[^:]+(?::[0-9]+)?: (?:info|warning|error): [a-z0-9]+(?:-[a-z0-9]+)*: .+"
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the command in-process; return its status, stdout and stderr."""
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def run_process(
    *argv: str, stdin: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
    """Run ``python -m kttt.cli`` in a fresh interpreter."""
    return subprocess.run(
        [sys.executable, "-m", "kttt.cli", *argv],
        input=stdin,
        capture_output=True,
        check=False,
        timeout=120,
    )


def assert_one_line_error(status: int, err: str, fragment: str) -> None:
    """The command failed with status 2 and one clear line, no traceback."""
    assert status == 2
    assert err.count("\n") == 1
    assert err.startswith("kttt: error: ")
    assert fragment in err
    assert "Traceback" not in err


def parse_returning(doc: Document) -> Any:
    """A stand-in for ``kttt.parse`` that always returns *doc*."""

    def fake(text: str, *, source: str | None = None) -> Document:
        del text, source
        return doc

    return fake


def fake_document(*severities: Severity) -> Document:
    """A document carrying one diagnostic per severity given."""
    diagnostics = [
        Diagnostic(code="test-code", message=f"a {s.value}", line=i + 1, severity=s)
        for i, s in enumerate(severities)
    ]
    return build(
        Document, ref=DocumentRef(kind=DocKind.QUYET_DINH), diagnostics=diagnostics
    )


def build(cls: type[T], **fields: Any) -> T:
    """Construct a model value from keyword fields.

    The attrs mypy plugin mistypes fields with ``converter=tuple``, so the
    fields go through ``Any``.
    """
    return cls(**fields)


def plan_tasks(path: Path) -> tuple[kttt.Task, ...]:
    """The tasks of the plan in the file at *path*; none when it has no plan."""
    plan = kttt.parse_file(path).plan
    return plan.tasks if plan is not None else ()


# -- help and usage --------------------------------------------------------


def test_help_shows_every_subcommand_and_examples(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``kttt --help`` lists the subcommands and ends with examples."""
    status, out, _ = run(capsys, "--help")

    assert status == 0
    for command in ("parse", "check", "tasks", "graph", "demo"):
        assert command in out
    assert "examples:" in out
    assert "kttt demo --as-of 2022-06-30" in out


@pytest.mark.parametrize("command", ["parse", "check", "tasks", "graph", "demo"])
def test_subcommand_help_has_examples(
    capsys: pytest.CaptureFixture[str], command: str
) -> None:
    """Each subcommand's ``--help`` shows its own examples, formatted as written."""
    status, out, _ = run(capsys, command, "--help")

    assert status == 0
    assert "examples:\n  kttt " + command in out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    """``--version`` prints the package version."""
    assert run(capsys, "--version") == (0, f"kttt {kttt.__version__}\n", "")


def test_no_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """Without a subcommand the command prints usage and exits 2."""
    status, _, err = run(capsys)

    assert status == 2
    assert "usage: kttt" in err


@pytest.mark.parametrize("value", ["tomorrow", "31/2/2023", "2023-13-01"])
def test_bad_date_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], value: str
) -> None:
    """A date that is not a date is refused with a message saying what was expected."""
    status, _, err = run(capsys, "demo", "--as-of", value)

    assert status == 2
    assert "expected a date such as 2023-02-22" in err


@pytest.mark.parametrize(
    "value", ["2023-02-22", "22/02/2023", "ngày 22 tháng 02 năm 2023"]
)
def test_dates_iso_or_vietnamese(
    capsys: pytest.CaptureFixture[str], value: str
) -> None:
    """Dates are accepted in ISO or Vietnamese day/month/year form."""
    status, out, _ = run(capsys, "demo", "--as-of", value)

    assert status == 0
    assert "as of 2023-02-22" in out


# -- reading input -----------------------------------------------------------


def test_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A missing file is one line on stderr and status 2."""
    status, out, err = run(capsys, "check", str(tmp_path / "nope.txt"))

    assert out == ""
    assert_one_line_error(status, err, "nope.txt: no such file")


def test_directory(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A directory is refused with one line."""
    status, _, err = run(capsys, "parse", str(tmp_path))

    assert_one_line_error(status, err, "is a directory")


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
        bytes(range(256)) * 4,
        b"\x7fELF\x02\x01\x01" + b"\x03\x04\x05\x06\x07\x08" * 50,
    ],
    ids=["png", "all-bytes", "elf-without-nul"],
)
def test_binary_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, data: bytes
) -> None:
    """A binary file is refused with one line."""
    path = tmp_path / "image.bin"
    path.write_bytes(data)

    status, _, err = run(capsys, "check", str(path))

    assert_one_line_error(status, err, "is a binary file")


def test_undecodable_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Bytes that are neither UTF-8 nor cp1258 are refused with one line."""
    path = tmp_path / "odd.txt"
    path.write_bytes(to_cp1258("Kế hoạch ") + b"\x81\x8d\x90 text")

    status, _, err = run(capsys, "check", str(path))

    assert_one_line_error(status, err, "is not text in UTF-8, UTF-16 or cp1258")


_TONES = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """Encode Vietnamese the way Windows does: base letters plus combining tone marks."""
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", char)
            base = unicodedata.normalize(
                "NFC", "".join(c for c in parts if c not in _TONES)
            )
            tones = "".join(c for c in parts if c in _TONES)
            out += (base + tones).encode("cp1258")
    return bytes(out)


VIETNAMESE = "Căn cứ Nghị quyết số 134/NQ-CP ngày 25/9/2020 của Chính phủ;\n"


@pytest.mark.parametrize(
    ("encoded", "encoding", "note"),
    [
        (VIETNAMESE.encode("utf-8"), "utf-8", None),
        (b"\xef\xbb\xbf" + VIETNAMESE.encode("utf-8"), "utf-8-sig", None),
        (VIETNAMESE.encode("utf-16"), "utf-16", "read as UTF-16"),
        (
            VIETNAMESE.encode("utf-16-be").join([b"\xfe\xff", b""]),
            "utf-16",
            "read as UTF-16",
        ),
        (to_cp1258(VIETNAMESE), "cp1258", "not UTF-8; read as cp1258"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le", "utf-16-be", "cp1258"],
)
def test_encodings(
    tmp_path: Path, encoded: bytes, encoding: str, note: str | None
) -> None:
    """Each accepted encoding gives the same text once normalized, and says which it was."""
    path = tmp_path / "plan.txt"
    path.write_bytes(encoded)

    source = read_source(str(path))

    assert kttt.normalize(source.text) == VIETNAMESE
    assert source.encoding == encoding
    assert (source.note is None) == (note is None)
    if note is not None:
        assert source.note is not None
        assert note in source.note


def test_not_utf8_note_on_stderr(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A cp1258 file is read, and a note on stderr says so."""
    path = tmp_path / "plan.txt"
    path.write_bytes(
        SON_LA.read_text(encoding="utf-8").encode("cp1258", errors="replace")
    )

    status, out, err = run(capsys, "parse", "--format", "summary", str(path))

    assert status == 0
    assert out.startswith(str(path))
    assert (
        err == f"kttt: note: {path}: not UTF-8; read as cp1258 (Windows Vietnamese)\n"
    )


def test_library_error_is_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A KtttError from the library (input too large) is one line and status 2."""

    def too_large(text: str, *, source: str | None = None) -> Document:
        del source
        raise InputTooLargeError(len(text), 10)

    monkeypatch.setattr(kttt, "parse", too_large)

    status, _, err = run(capsys, "check", str(SON_LA))

    assert_one_line_error(status, err, "the limit is 10")


def test_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``-`` reads standard input."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SON_LA.read_bytes())))

    status, out, _ = run(capsys, "parse", "-")

    assert status == 0
    assert from_json(out, Document) == kttt.parse(
        SON_LA.read_text(encoding="utf-8"), source="-"
    )


# -- parse -------------------------------------------------------------------


def test_parse_json_round_trips(capsys: pytest.CaptureFixture[str]) -> None:
    """The JSON of one file reads back as the document the library parses."""
    status, out, _ = run(capsys, "parse", str(SON_LA))

    assert status == 0
    assert json.loads(out)["schema"] == "kttt/1"
    assert from_json(out, Document) == kttt.parse_file(SON_LA)


def test_parse_json_many_files_is_a_list(capsys: pytest.CaptureFixture[str]) -> None:
    """Several files give a JSON list, one document each, in order."""
    status, out, _ = run(capsys, "parse", *BOTH)

    assert status == 0
    assert from_json(out, list[Document]) == [kttt.parse_file(p) for p in BOTH]


def test_parse_output_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """``-o FILE`` writes there, in UTF-8, and nothing on stdout."""
    target = tmp_path / "plan.json"

    status, out, _ = run(capsys, "parse", str(SON_LA), "-o", str(target))

    assert (status, out) == (0, "")
    assert from_json(target.read_text(encoding="utf-8"), Document) == kttt.parse_file(
        SON_LA
    )


def test_parse_output_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """``-o FOLDER`` writes one file per input, named after it."""
    status, _, _ = run(capsys, "parse", *BOTH, "-o", str(tmp_path))

    assert status == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "binh-dinh-510-qd-ubnd-2023.json",
        "son-la-2699-qd-ubnd-2020.json",
    ]


def test_parse_summary_output_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Summaries into a folder are text files."""
    status, _, _ = run(
        capsys, "parse", str(SON_LA), "--format", "summary", "-o", str(tmp_path)
    )

    assert status == 0
    assert [p.name for p in tmp_path.iterdir()] == ["son-la-2699-qd-ubnd-2020.txt"]


def test_parse_unwritable_output(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """An output path that cannot be written is one line and status 2."""
    status, _, err = run(
        capsys, "parse", str(SON_LA), "-o", str(tmp_path / "no" / "x.json")
    )

    assert_one_line_error(status, err, "cannot write")


def test_parse_summary(capsys: pytest.CaptureFixture[str]) -> None:
    """The summary names each file, then what the document is and holds."""
    status, out, _ = run(capsys, "parse", "--format", "summary", *BOTH)
    docs = [kttt.parse_file(p) for p in BOTH]

    assert status == 0
    blocks = out.split("\n\n")
    assert [b.splitlines()[0] for b in blocks] == BOTH
    for block, doc in zip(blocks, docs, strict=True):
        assert "  document " in block
        assert str(doc.ref) in block
        assert "  diagnostics " in block
        if doc.plan is not None:
            assert "  tasks " in block


# -- check -------------------------------------------------------------------


def test_check_text_lines(capsys: pytest.CaptureFixture[str]) -> None:
    """Each diagnostic is one ``file:line: severity: code: message`` line."""
    status, out, _ = run(capsys, "check", *BOTH)
    docs = [kttt.parse_file(p) for p in BOTH]

    lines = out.splitlines()
    assert len(lines) == sum(len(d.diagnostics) for d in docs)
    assert all(DIAGNOSTIC_LINE.fullmatch(line) for line in lines), lines
    has_error = any(g.severity is Severity.ERROR for d in docs for g in d.diagnostics)
    assert status == (1 if has_error else 0)


def test_check_json(capsys: pytest.CaptureFixture[str]) -> None:
    """``--format json`` gives the same diagnostics as a list of records."""
    _, out, _ = run(capsys, "check", "--format", "json", str(BINH_DINH))
    doc = kttt.parse_file(BINH_DINH)

    records = json.loads(out)
    assert sorted(r["code"] for r in records) == sorted(d.code for d in doc.diagnostics)
    assert all(
        set(r) == {"file", "line", "severity", "code", "message"} for r in records
    )


@pytest.mark.parametrize(
    ("severities", "expected"),
    [
        ((), 0),
        ((Severity.INFO, Severity.WARNING), 0),
        ((Severity.WARNING, Severity.ERROR), 1),
    ],
)
def test_check_exit_status(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    severities: tuple[Severity, ...],
    expected: int,
) -> None:
    """The status is 1 exactly when some diagnostic is an error."""
    monkeypatch.setattr(kttt, "parse", parse_returning(fake_document(*severities)))

    status, out, _ = run(capsys, "check", str(SON_LA))

    assert status == expected
    assert out.splitlines() == [
        f"{SON_LA}:{i + 1}: {s.value}: test-code: a {s.value}"
        for i, s in enumerate(severities)
    ]


def test_check_diagnostic_without_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A diagnostic without a line is written ``file: severity: code: message``."""
    doc = build(
        Document,
        ref=DocumentRef(kind=DocKind.QUYET_DINH),
        diagnostics=[Diagnostic(code="no-line", message="somewhere")],
    )
    monkeypatch.setattr(kttt, "parse", parse_returning(doc))

    _, out, _ = run(capsys, "check", str(SON_LA))

    assert out == f"{SON_LA}: warning: no-line: somewhere\n"


# -- tasks -------------------------------------------------------------------


def corpus_tasks(**filters: Any) -> list[kttt.Task]:
    """The tasks the library selects from both seeds with these filters."""
    corpus = kttt.Corpus([kttt.parse_file(p) for p in BOTH])
    return list(corpus.tasks(**filters))


def test_tasks_json_matches_the_library(capsys: pytest.CaptureFixture[str]) -> None:
    """Without filters, every task of every file, with every column."""
    status, out, _ = run(capsys, "tasks", *BOTH, "--format", "json")
    expected = corpus_tasks()

    records = json.loads(out)
    assert status == 0
    assert [r["text"] for r in records] == [t.text for t in expected]
    assert all(tuple(r) == TASK_COLUMNS for r in records)
    assert {r["document"] for r in records} == {"2699/QĐ-UBND", "510/QĐ-UBND"}


def test_tasks_csv(capsys: pytest.CaptureFixture[str]) -> None:
    """CSV has a header row of the documented columns and one row per task."""
    status, out, _ = run(capsys, "tasks", str(SON_LA), "--format", "csv")

    rows = list(csv.DictReader(io.StringIO(out)))
    assert status == 0
    assert tuple(rows[0]) == TASK_COLUMNS
    assert len(rows) == len(plan_tasks(SON_LA))


@pytest.mark.parametrize("role", ["lead", "coordinator", "any"])
def test_tasks_agency_and_role(capsys: pytest.CaptureFixture[str], role: str) -> None:
    """``--agency`` with ``--role`` selects what the corpus query selects."""
    _, out, _ = run(
        capsys,
        "tasks",
        *BOTH,
        "--agency",
        "Liên minh HTX tỉnh",
        "--role",
        role,
        "--format",
        "json",
    )
    expected = corpus_tasks(agency="Liên minh HTX tỉnh", role=role)

    assert [r["id"] for r in json.loads(out)] == [t.id for t in expected]
    assert expected or role == "coordinator"


def test_tasks_exact_lead_names_the_lead(capsys: pytest.CaptureFixture[str]) -> None:
    """With ``--exact``, every task selected as lead is led by the agency asked for."""
    args = ["tasks", str(SON_LA), "--agency", "so noi vu", "--role", "lead"]
    _, exact, _ = run(capsys, *args, "--exact", "--format", "json")
    _, expanded, _ = run(capsys, *args, "--format", "json")

    exact_records = json.loads(exact)
    expanded_ids = {r["id"] for r in json.loads(expanded)}
    assert exact_records
    assert {r["lead"] for r in exact_records} == {"Sở Nội vụ"}
    assert {r["id"] for r in exact_records} < expanded_ids


def test_tasks_overdue_on(capsys: pytest.CaptureFixture[str]) -> None:
    """``--overdue-on`` keeps what the corpus calls overdue on that day."""
    _, out, _ = run(
        capsys, "tasks", *BOTH, "--overdue-on", "2023-06-30", "--format", "json"
    )
    expected = corpus_tasks(overdue=date(2023, 6, 30))

    assert [r["id"] for r in json.loads(out)] == [t.id for t in expected]
    assert expected


def test_tasks_due_before(capsys: pytest.CaptureFixture[str]) -> None:
    """``--due-before`` keeps tasks whose window ends before the day."""
    _, out, _ = run(
        capsys, "tasks", *BOTH, "--due-before", "2022-01-01", "--format", "json"
    )

    records = json.loads(out)
    assert records
    assert all(
        r["deadline_end"] is not None and r["deadline_end"] < "2022-01-01"
        for r in records
    )
    expected = [
        t.id
        for t in corpus_tasks()
        if t.deadline is not None
        and t.deadline.end is not None
        and t.deadline.end < date(2022, 1, 1)
    ]
    assert [r["id"] for r in records] == expected


def test_tasks_table(capsys: pytest.CaptureFixture[str]) -> None:
    """The table has a header, a rule, one line per task and a count."""
    status, out, _ = run(
        capsys,
        "tasks",
        str(SON_LA),
        "--agency",
        "Sở Nội vụ",
        "--role",
        "lead",
        "--exact",
    )
    corpus = kttt.Corpus([kttt.parse_file(SON_LA)])
    expected = list(corpus.tasks(agency="Sở Nội vụ", role="lead", expand=False))

    lines = out.splitlines()
    assert status == 0
    assert lines[0].split() == [
        "Document",
        "No.",
        "Lead",
        "Coordinators",
        "Deadline",
        "Task",
    ]
    assert set(lines[1]) == {"-", " "}
    assert lines[-1] == f"{len(expected)} tasks"
    assert all("Sở Nội vụ" in line for line in lines[2 : 2 + len(expected)])


# -- graph -------------------------------------------------------------------


def test_graph_dot(capsys: pytest.CaptureFixture[str]) -> None:
    """DOT output has a node per document and an edge per relation."""
    status, out, _ = run(capsys, "graph", *BOTH)
    docs = [kttt.parse_file(p) for p in BOTH]

    assert status == 0
    assert out.startswith("digraph kttt {\n")
    assert out.endswith("}\n")
    for doc in docs:
        assert f'"{doc.ref.key}" [label=' in out
        for rel in doc.relations:
            if rel.kind.value != "mentions":
                assert f'-> "{rel.target.key}" [label="{rel.kind.value}"]' in out


def test_graph_mermaid(capsys: pytest.CaptureFixture[str]) -> None:
    """Mermaid output is a left-to-right flowchart with labelled edges."""
    status, out, _ = run(capsys, "graph", *BOTH, "--format", "mermaid")

    lines = out.splitlines()
    assert status == 0
    assert lines[0] == "flowchart LR"
    assert any(
        re.fullmatch(r"  d[0-9]+ -->\|implements\| d[0-9]+", line) for line in lines
    )
    assert not any(
        '"' in line.split('["', 1)[-1][:-2] for line in lines if '["' in line
    )


def test_graph_mentions_adds_edges(capsys: pytest.CaptureFixture[str]) -> None:
    """``--mentions`` draws at least as many edges as without it."""
    _, plain, _ = run(capsys, "graph", *BOTH)
    _, more, _ = run(capsys, "graph", *BOTH, "--mentions")

    assert more.count(" -> ") >= plain.count(" -> ")


# -- demo --------------------------------------------------------------------


def display_columns(line: str) -> list[str]:
    """The characters of *line* laid out one per terminal column."""
    out: list[str] = []
    for char in line:
        width = text_width(char)
        if width == 0 and out:
            out[-1] += char  # a combining mark joins the letter before it
        else:
            out.extend([char] + [""] * (width - 1))
    return out


def test_demo_sections(capsys: pytest.CaptureFixture[str]) -> None:
    """The demo prints every section, about both bundled documents."""
    status, out, _ = run(capsys, "demo", "--as-of", "2023-06-30")

    assert status == 0
    for title in (
        "1. What each document is",
        "2. Legal bases and relations",
        "3. Implementation chain (lineage)",
        "4. Tasks by lead agency",
        "5. Overdue on 2023-06-30",
        "6. Targets",
        "7. Diagnostics",
    ):
        assert f"\n{title}\n" in out
    assert "2699/QĐ-UBND → 134/NQ-CP" in out
    assert "Liên minh" in out


def test_demo_tables_line_up(capsys: pytest.CaptureFixture[str]) -> None:
    """Every row of the first table starts its columns where the header's rule does."""
    _, out, _ = run(capsys, "demo", "--as-of", "2023-06-30")

    lines = out.split("1. What each document is\n")[1].split("\n\n")[1].splitlines()
    header, rule, *rows = lines
    spans = [m.span() for m in re.finditer(r"-+", rule)]
    right = {5, 6}  # the counts of tasks and targets are right-aligned
    assert len(spans) == 8
    for row in [header, *rows]:
        cols = display_columns(row) + [" "] * len(rule)
        for i, (start, end) in enumerate(spans):
            assert cols[start - 2 : start] in ([], [" ", " "]), row
            edge = end - 1 if i in right else start
            assert cols[edge] != " ", row


def test_demo_defaults_to_today(capsys: pytest.CaptureFixture[str]) -> None:
    """Without ``--as-of`` the demo is as of today."""
    _, out, _ = run(capsys, "demo")

    assert f"as of {date.today()}" in out  # noqa: DTZ011 - the command means the local day.splitlines()[0]


def test_demo_overdue_changes_with_the_date(capsys: pytest.CaptureFixture[str]) -> None:
    """Early on nothing is overdue; years later some tasks are."""
    _, early, _ = run(capsys, "demo", "--as-of", "2020-12-05")
    _, late, _ = run(capsys, "demo", "--as-of", "2024-01-01")

    assert "Nothing is overdue on 2020-12-05." in early
    assert "tasks overdue on 2024-01-01." in late


# -- rendering helpers -------------------------------------------------------


def test_width_counts_decomposed_vietnamese_once() -> None:
    """NFD tone marks take no column; wide characters take two."""
    assert text_width("Thường xuyên") == 12
    assert text_width("Thu\u031bo\u031b\u0300ng xuye\u0302n") == 12
    assert text_width("漢字") == 4


def test_truncate_keeps_width() -> None:
    """Cut text ends in an ellipsis and fits the width."""
    cut = truncate("Sở Nông nghiệp và Phát triển nông thôn", 12)

    assert cut == "Sở Nông ngh…"
    assert text_width(cut) == 12


def test_table_aligns_mixed_forms() -> None:
    """NFC and NFD cells line up the same."""
    text = table(
        ["Cơ quan", "Số"], [["Sở Nội vụ", 1], ["So\u031b\u0309 Nội vụ", 22], [None, 3]]
    )

    assert [display_columns(line)[11:] for line in text.splitlines()] == [
        list("Số"),
        list("--"),
        list("1"),
        list("22"),
        list("3"),
    ]
    assert text.splitlines()[-1].startswith("-")


# -- progress ----------------------------------------------------------------


class FakeTerminal(io.StringIO):
    """A stream that says it is a terminal."""

    def isatty(self) -> bool:
        """Pretend to be a terminal."""
        return True


def test_progress_draws_on_a_terminal_and_erases() -> None:
    """On a terminal the bar is drawn per step and erased at the end."""
    stream = FakeTerminal()

    with Progress(2, stream) as bar:
        bar.step("a.txt")
        bar.step("b.txt")

    text = stream.getvalue()
    assert "\r[############------------] 1/2 a.txt" in text
    assert "\r[########################] 2/2 b.txt" in text
    assert text.endswith("\r" + " " * 80 + "\r")


def test_progress_is_silent_off_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    """When stderr is not a terminal (as here), nothing is drawn."""
    status, _, err = run(capsys, "check", *BOTH)

    assert status in {0, 1}
    assert err == ""


def test_progress_needs_several_items() -> None:
    """One file needs no bar."""
    stream = FakeTerminal()

    with Progress(1, stream) as bar:
        bar.step("a.txt")

    assert stream.getvalue() == ""


# -- as a subprocess ---------------------------------------------------------


def test_module_runs_demo() -> None:
    """``python -m kttt.cli demo`` prints the tour and exits 0."""
    result = run_process("demo", "--as-of", "2023-06-30")

    assert result.returncode == 0
    assert result.stderr == b""
    assert "2699/QĐ-UBND" in result.stdout.decode("utf-8")


def test_module_reports_missing_file() -> None:
    """A missing file is one line on stderr and status 2 in a real process too."""
    result = run_process("check", "missing-file.txt")

    assert result.returncode == 2
    assert (
        result.stderr.decode("utf-8") == "kttt: error: missing-file.txt: no such file\n"
    )


def test_module_check_status_and_stdin() -> None:
    """``kttt check -`` reads stdin; the status follows the diagnostics."""
    result = run_process("check", "-", stdin=BINH_DINH.read_bytes())
    doc = kttt.parse(BINH_DINH.read_text(encoding="utf-8"))

    has_error = any(d.severity is Severity.ERROR for d in doc.diagnostics)
    assert result.returncode == (1 if has_error else 0)
    assert len(result.stdout.decode("utf-8").splitlines()) == len(doc.diagnostics)


def test_module_usage_error() -> None:
    """An unknown subcommand is a usage error with status 2."""
    result = run_process("frobnicate")

    assert result.returncode == 2
    assert b"invalid choice" in result.stderr


def test_progress_note_clears_the_bar_first() -> None:
    """A note printed mid-way starts on a clean line, and the bar goes on after it."""
    stream = FakeTerminal()

    with Progress(2, stream) as bar:
        bar.step("a.txt")
        bar.note("kttt: note: b.txt: read as cp1258")
        bar.step("b.txt")

    text = stream.getvalue()
    assert "\r" + " " * 80 + "\rkttt: note: b.txt: read as cp1258\n\r[" in text
