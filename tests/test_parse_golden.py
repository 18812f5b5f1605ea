"""Golden tests: both seed documents, field by field, against hand-checked JSON.

The goldens are plain JSON built by :func:`summary` below, not by
``kttt.io``, so that they check what the parser read and not the
converter's format.  Regenerate with ``KTTT_REGEN_GOLDEN=1`` only after
reading the diff line by line against the seed text.
"""

from __future__ import annotations

import json
import os
from datetime import date
from importlib import resources
from typing import TYPE_CHECKING, Any

import pytest

from kttt.model import RelationKind
from kttt.parse import parse

if TYPE_CHECKING:
    from pathlib import Path

    from kttt.model import Agency, Document, Section

SEEDS = {
    "son-la-2699-qd-ubnd-2020": "parse_son_la_2699.json",
    "binh-dinh-510-qd-ubnd-2023": "parse_binh_dinh_510.json",
}


def _seed(name: str) -> str:
    return (
        resources.files("kttt.data").joinpath("seeds", f"{name}.txt").read_text("utf-8")
    )


def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _name(agency: Agency | None) -> str | None:
    return agency.name if agency is not None else None


def _outline(section: Section) -> list[Any]:
    return [
        section.number,
        section.title[:50],
        len(section.text),
        [_outline(child) for child in section.children],
    ]


def summary(doc: Document) -> dict[str, Any]:
    """The fields the goldens check, as plain JSON values."""
    ref = doc.ref
    out: dict[str, Any] = {
        "ref": {
            "key": ref.key,
            "kind": ref.kind.value,
            "issued": _day(ref.issued),
            "title": (ref.title or "")[:60],
        },
        "place": doc.place,
        "issuer": _name(doc.issuer),
        "province": doc.province,
        "inferred": sorted(doc.inferred),
        "legal_bases": [b.ref.key for b in doc.legal_bases],
        "proposal": None,
        "relations": [
            [
                r.kind.value,
                r.target.key[:60],
                r.source.key[:60] if r.source else None,
                _day(r.effective),
            ]
            for r in doc.relations
        ],
        "effective": _day(doc.effective),
        "executors": [a.name for a in doc.executors],
        "signer": None,
        "recipients": list(doc.recipients),
        "plan": None,
        "diagnostics": [[d.code, d.line] for d in doc.diagnostics],
    }
    if doc.proposal is not None:
        out["proposal"] = {
            "by": _name(doc.proposal.by),
            "ref": doc.proposal.ref.key if doc.proposal.ref else None,
            "issued": _day(doc.proposal.ref.issued) if doc.proposal.ref else None,
        }
    if doc.signer is not None:
        out["signer"] = {
            "name": doc.signer.name,
            "title": doc.signer.title,
            "capacity": doc.signer.capacity.value,
            "on_behalf_of": doc.signer.on_behalf_of,
        }
    plan = doc.plan
    if plan is not None:
        out["plan"] = {
            "ref": {
                "key": plan.ref.key[:60],
                "kind": plan.ref.kind.value,
                "issued": _day(plan.ref.issued),
            },
            "title": plan.title[:80],
            "outline": [_outline(s) for s in plan.sections],
            "objectives": [o[:50] for o in plan.objectives],
            "targets": [
                [
                    t.comparator.value,
                    str(t.value),
                    t.unit,
                    t.horizon,
                    t.per_year,
                    t.indicator,
                    t.line,
                ]
                for t in plan.targets
            ],
            "reporting": [
                {
                    "by": [a.name for a in r.by],
                    "to": [a.name for a in r.to],
                    "deadline": str(r.deadline) if r.deadline is not None else None,
                    "line": r.line,
                }
                for r in plan.reporting
            ],
            "tasks": [
                [
                    t.origin.value,
                    t.id,
                    t.number,
                    _name(t.lead),
                    str(t.deadline) if t.deadline is not None else None,
                    sorted(t.inferred),
                    t.line,
                    t.text[:50],
                ]
                for t in plan.tasks
            ],
        }
    return out


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_seed_matches_golden(name: str, data_dir: Path) -> None:
    """Every checked field of the seed parses to the hand-checked value."""
    path = data_dir / SEEDS[name]
    actual = summary(parse(_seed(name), source=name))
    if os.environ.get("KTTT_REGEN_GOLDEN"):
        path.write_text(
            json.dumps(actual, ensure_ascii=False, indent=1) + "\n", "utf-8"
        )
    expected = json.loads(path.read_text("utf-8"))

    assert actual == expected


def test_son_la_headline_facts() -> None:
    """The facts the issue names for seed 000, independent of the golden file."""
    doc = parse(_seed("son-la-2699-qd-ubnd-2020"))

    assert (doc.ref.key, doc.ref.issued, doc.province) == (
        "2699/QĐ-UBND",
        date(2020, 12, 4),
        "Sơn La",
    )
    assert [b.ref.key for b in doc.legal_bases] == [
        "luat:to-chuc-chinh-quyen-dia-phuong:2015-06-19",
        "134/NQ-CP",
    ]
    assert doc.proposal is not None
    assert _name(doc.proposal.by) == "Sở Kế hoạch và Đầu tư"
    assert doc.proposal.ref is not None
    assert (doc.proposal.ref.key, doc.proposal.ref.issued) == (
        "613/TTr-SKHĐT",
        date(2020, 11, 3),
    )
    assert doc.effective == date(2020, 12, 4)
    assert doc.signer is not None
    assert (doc.signer.name, doc.signer.title, doc.signer.capacity.value) == (
        "Tráng Thị Xuân",
        "Phó Chủ tịch Thường trực",
        "KT.",
    )
    assert doc.plan is not None
    assert doc.plan.ref.kind.value == "chuong_trinh"
    assert ["implements", "134/NQ-CP"] in [
        [r.kind.value, r.target.key] for r in doc.relations if r.source is None
    ]
    codes = {(d.code, d.line) for d in doc.diagnostics}
    assert {("duplicate-section-number", 123), ("symbol-year-mismatch", 139)} <= codes


def test_binh_dinh_headline_facts() -> None:
    """The facts the issue names for seed 004, independent of the golden file."""
    doc = parse(_seed("binh-dinh-510-qd-ubnd-2023"))

    assert (doc.ref.key, doc.ref.issued, doc.province) == (
        "510/QĐ-UBND",
        date(2023, 2, 22),
        "Bình Định",
    )
    assert {"number", "issued", "province"} <= doc.inferred
    repeal = [r for r in doc.relations if r.kind is RelationKind.REPEALS]
    assert [(r.target.key, r.effective) for r in repeal] == [
        ("37/KH-UBND", date(2023, 2, 22))
    ]
    assert doc.signer is None
    assert doc.plan is not None
    assert len(doc.plan.targets) == 11
    assert [str(r.deadline) for r in doc.plan.reporting] == [
        "Trước ngày 15/12 hằng năm"
    ]
    codes = {d.code for d in doc.diagnostics}
    assert {
        "missing-header",
        "self-reference-mismatch",
        "symbol-double-slash",
        "appendix-truncated",
    } <= codes
