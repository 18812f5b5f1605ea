"""Argument parsing and dispatch for the ``kttt`` command."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TYPE_CHECKING

import kttt
from kttt.cli import _commands, _demo
from kttt.cli._input import InputError
from kttt.errors import KtttError

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

__all__ = ["main"]

_EPILOG = """\
examples:
  kttt demo                                  tour the plans bundled with kttt
  kttt demo --as-of 2022-06-30               ... and what was overdue that day
  kttt parse plan.txt                        the plan as JSON (schema kttt/1)
  kttt parse --format summary a.txt b.txt    a readable summary of each file
  kttt check *.txt                           diagnostics; exit status 1 on errors
  kttt tasks plan.txt --agency "Sở Nội vụ" --role lead
  kttt tasks *.txt --overdue-on 2023-01-01 --format csv > overdue.csv
  kttt graph *.txt --format mermaid          the documents and their relations

Files are read as UTF-8, then UTF-16 (with a byte-order mark), then cp1258.
Exit status: 0 success, 1 `check` found an error, 2 bad usage or unreadable input.
"""

_PARSE_EPILOG = """\
examples:
  kttt parse plan.txt                     JSON on standard output
  kttt parse plan.txt -o plan.json        ... into a file
  kttt parse a.txt b.txt -o out/          one JSON file per input, in out/
  kttt parse --format summary plan.txt    what the document is and holds
"""

_CHECK_EPILOG = """\
examples:
  kttt check plan.txt                     file:line: severity: code: message
  kttt check --format json *.txt          the same as a JSON list
  kttt check *.txt || echo "errors found"
"""

_TASKS_EPILOG = """\
examples:
  kttt tasks plan.txt                             every task, as a table
  kttt tasks plan.txt --agency "Liên minh HTX tỉnh" --role any
  kttt tasks plan.txt --agency "Sở Nội vụ" --role lead --exact
  kttt tasks *.txt --due-before 2022-01-01 --format json
  kttt tasks *.txt --overdue-on 2023-06-30 --format csv > overdue.csv

Agency names match accent- and case-insensitively, by name, alias or key.
Tasks given to a group that includes the agency (các sở, ban, ngành) count
too, unless --exact is given.
"""

_GRAPH_EPILOG = """\
examples:
  kttt graph *.txt | dot -Tsvg > graph.svg      Graphviz
  kttt graph *.txt --format mermaid             paste into Markdown
"""

_DEMO_EPILOG = """\
examples:
  kttt demo                       as of today
  kttt demo --as-of 2023-02-22    as of the day Bình Định's plan took effect
"""


def _date(text: str) -> date:
    """Read a date given on the command line: ISO or Vietnamese day/month/year."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return kttt.parse_date(text)
    except kttt.ParseError:
        msg = f"expected a date such as 2023-02-22 or 22/02/2023, got {text!r}"
        raise argparse.ArgumentTypeError(msg) from None


def _parser() -> argparse.ArgumentParser:
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(
        prog="kttt",
        description=(
            "Read Vietnamese provincial plans for the collective economy"
            " (kinh tế tập thể) into a typed model, and query them."
        ),
        epilog=_EPILOG,
        formatter_class=formatter,
    )
    parser.add_argument(
        "--version", action="version", version=f"kttt {kttt.__version__}"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def add(
        name: str, help_: str, epilog: str, run: Callable[[argparse.Namespace], int]
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(
            name,
            help=help_,
            description=help_,
            epilog=epilog,
            formatter_class=formatter,
        )
        p.set_defaults(run=run)
        return p

    p = add(
        "parse",
        "parse documents into JSON or a summary",
        _PARSE_EPILOG,
        _commands.run_parse,
    )
    p.add_argument(
        "files", nargs="+", metavar="FILE", help="plain-text documents ('-' for stdin)"
    )
    p.add_argument("--format", choices=["json", "summary"], default="json")
    p.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="write here instead of standard output; an existing folder gets one file per input",
    )

    p = add(
        "check",
        "report what the parser repaired, inferred or could not read",
        _CHECK_EPILOG,
        _commands.run_check,
    )
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--format", choices=["text", "json"], default="text")

    p = add(
        "tasks",
        "list tasks: who leads, who helps, by when",
        _TASKS_EPILOG,
        _commands.run_tasks,
    )
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--agency", metavar="NAME", help="only tasks of this agency")
    p.add_argument(
        "--role",
        choices=["lead", "coordinator", "any"],
        default="any",
        help="with --agency: as lead (chủ trì), coordinator (phối hợp) or either (default)",
    )
    p.add_argument(
        "--exact",
        action="store_true",
        help="with --agency: leave out tasks given to a group that includes it"
        " (các sở, ban, ngành)",
    )
    p.add_argument(
        "--due-before",
        metavar="DATE",
        type=_date,
        help="only tasks whose window ends before DATE",
    )
    p.add_argument(
        "--overdue-on", metavar="DATE", type=_date, help="only tasks overdue on DATE"
    )
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")

    p = add(
        "graph",
        "draw the documents and their relations",
        _GRAPH_EPILOG,
        _commands.run_graph,
    )
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--format", choices=["dot", "mermaid"], default="dot")
    p.add_argument(
        "--mentions", action="store_true", help="also draw documents merely mentioned"
    )

    p = add("demo", "tour the plans bundled with kttt", _DEMO_EPILOG, _demo.run_demo)
    p.add_argument(
        "--as-of",
        metavar="DATE",
        type=_date,
        default=None,
        help="the date to judge deadlines and validity on (default: today)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``kttt`` command with *argv* (default: ``sys.argv[1:]``).

    Returns the exit status instead of exiting, so that it can be called
    from Python: 0 on success, 1 when ``kttt check`` found an error-level
    diagnostic, 2 for bad usage or unreadable input (with a one-line message
    on standard error, never a traceback).

    >>> main(["check", "no-such-file.txt"])
    2
    """
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        # argparse exits for --help, --version and usage errors; a caller in
        # Python wants the status back instead.
        return exc.code if isinstance(exc.code, int) else 2
    run: Callable[[argparse.Namespace], int] = args.run
    try:
        return run(args)
    except InputError as exc:
        sys.stderr.write(f"kttt: error: {exc}\n")
    except KtttError as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        sys.stderr.write(f"kttt: error: {first}\n")
    except BrokenPipeError:
        # The reader (``kttt tasks … | head``) has gone; that is not an error.
        return 0
    return 2
