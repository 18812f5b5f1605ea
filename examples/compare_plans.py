"""Compare two provinces' plans side by side: agencies, task groups, deadlines.

Sơn La's 2020 programme of action and Bình Định's 2023 plan answer different
national resolutions (134/NQ-CP and 20-NQ/TW), so the comparison shows how
each province divides the work.
"""

from __future__ import annotations

import kttt


def main() -> None:
    """Print the comparison table, aspect by aspect, and a short summary."""
    corpus = kttt.builtin_corpus()
    # The two bundled decisions, Sơn La's (2699/QĐ-UBND) and Bình Định's (510/QĐ-UBND).
    first, second = [key for key, doc in corpus.documents.items() if doc.plan][:2]
    for key in (first, second):
        doc = corpus.get(key)
        if doc is None:
            continue
        plan = doc.plan
        tasks = corpus.tasks(document=key)
        recurring = len(tasks.where(recurring=True))
        print(
            f"{key} ({doc.province}, {doc.ref.issued}): {len(tasks)} tasks,"
            f" {recurring} recurring, {len(plan.targets) if plan else 0} targets"
        )
    table = corpus.compare(first, second)
    aspect = None
    for row in table.to_records():
        if row["aspect"] != aspect:
            aspect = row["aspect"]
            print(f"\n{aspect}:")
            print(f"  {'':60} {first:>14} {second:>14}")
        item = str(row["item"])[:60]
        print(f"  {item:60} {row[first]!s:>14} {row[second]!s:>14}")


if __name__ == "__main__":
    main()
