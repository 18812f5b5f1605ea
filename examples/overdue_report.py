"""What is overdue (*quá hạn*) on a date, agency by agency.

The date is the first argument (``2023-06-30`` or ``30/6/2023``); without one
the report is as of 30 June 2023, so that its output does not change with the
day it is run::

    python examples/overdue_report.py 2022-01-01
"""

from __future__ import annotations

import sys
from collections import defaultdict
from datetime import date

import kttt

DEFAULT_AS_OF = date(2023, 6, 30)


def read_date(text: str) -> date:
    """An ISO date, or a Vietnamese day/month/year."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        return kttt.parse_date(text)


def main() -> None:
    """Print the overdue tasks of the bundled corpus, grouped by lead agency."""
    as_of = read_date(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_AS_OF
    corpus = kttt.builtin_corpus()
    late = corpus.tasks(overdue=as_of)
    print(f"Overdue on {as_of}: {len(late)} of {len(corpus.tasks())} tasks\n")
    by_lead: dict[str, list[tuple[str, kttt.Task]]] = defaultdict(list)
    for key, task in late.pairs():
        by_lead[task.lead.name if task.lead else "(no lead named)"].append((key, task))
    for lead, rows in sorted(
        by_lead.items(), key=lambda item: (-len(item[1]), item[0])
    ):
        print(f"{lead}: {len(rows)} overdue")
        for key, task in rows:
            end = task.deadline.end if task.deadline is not None else None
            days = (as_of - end).days if end is not None else 0
            print(
                f"  {key} {task.number or task.id} due {task.deadline} ({days} days late)"
            )
            print(f"    {task.text[:100]}")
        print()


if __name__ == "__main__":
    main()
