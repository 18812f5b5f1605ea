"""Parse a plan and print what it is: header, legal bases, relations, outline, counts.

With no argument it prints Sơn La's decision 2699/QĐ-UBND from the corpus
bundled with kttt; give a path to read your own plain-text plan instead::

    python examples/parse_document.py my-plan.txt
"""

from __future__ import annotations

import sys

import kttt

WIDTH = 90
"""Longer references (a plan cited by its whole title) are cut to this many characters."""


def show(doc: kttt.Document) -> None:
    """Print one document, part by part."""
    ref = doc.ref
    print(f"{ref}  (key {ref.key})")
    print(
        f"  issued by   {doc.issuer.name if doc.issuer else '-'}, province {doc.province or '-'}"
    )
    print(f"  effective   {doc.effective or '-'}")
    if doc.signer is not None:
        signer = ", ".join(p for p in (doc.signer.name, doc.signer.title) if p)
        print(f"  signed by   {signer or '-'}")
    print("  legal bases (căn cứ):")
    for basis in doc.legal_bases:
        print(f"    - {basis.ref}")
    print("  relations:")
    for rel in doc.relations:
        if rel.kind is not kttt.RelationKind.BASED_ON:
            source = f"{rel.source.key} " if rel.source is not None else ""
            target = str(rel.target)
            cut = target if len(target) <= WIDTH else target[: WIDTH - 1] + "…"
            print(f"    - {source}{rel.kind.value} {cut}")
    plan = doc.plan
    if plan is not None:
        print(f"  plan: {plan.title}")
        for section in plan.sections:
            print(f"    {section.number}. {section.title}")
        print(
            f"  {len(plan.tasks)} tasks, {len(plan.targets)} targets,"
            f" {len(plan.reporting)} reporting duties"
        )
    print(f"  {len(doc.diagnostics)} diagnostics:")
    for d in doc.diagnostics:
        print(f"    line {d.line}: {d.severity.value}: {d.code}: {d.message}")


def main() -> None:
    """Parse the file named on the command line, or show a bundled plan."""
    if len(sys.argv) > 1:
        doc = kttt.parse_file(sys.argv[1])
    else:
        found = kttt.builtin_corpus().get("2699/QĐ-UBND")
        if found is None:
            sys.exit("the bundled plan 2699/QĐ-UBND is missing")
        doc = found
    show(doc)


if __name__ == "__main__":
    main()
