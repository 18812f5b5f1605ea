"""Who does what by when: each plan's tasks, grouped by lead agency (*cơ quan chủ trì*)."""

from __future__ import annotations

from collections import defaultdict

import kttt


def main() -> None:
    """Print every lead agency's tasks, with coordinators and deadlines."""
    corpus = kttt.builtin_corpus()
    for key in corpus.documents:
        by_lead: dict[str, list[kttt.Task]] = defaultdict(list)
        for task in corpus.tasks(document=key):
            by_lead[task.lead.name if task.lead else "(no lead named)"].append(task)
        print(f"== {key}: {sum(len(t) for t in by_lead.values())} tasks")
        for lead, tasks in sorted(by_lead.items(), key=lambda item: -len(item[1])):
            print(f"\n{lead} ({len(tasks)})")
            for task in tasks:
                when = (
                    str(task.deadline) if task.deadline is not None else "no deadline"
                )
                helpers = ", ".join(a.name for a in task.coordinators)
                print(f"  [{when}] {task.number or task.id}: {task.text[:90]}")
                if helpers:
                    print(f"      with {helpers}")
        print()


if __name__ == "__main__":
    main()
