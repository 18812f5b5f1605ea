"""Compact HTML renderings for notebooks.  PLACEHOLDER: the notebook work (#7) replaces this."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kttt.model._document import Document
    from kttt.model._plan import Plan


def document_html(doc: Document) -> str:
    """Render a document as an HTML summary."""
    return f"<div><b>{escape(doc.ref.key)}</b></div>"


def plan_html(plan: Plan) -> str:
    """Render a plan as an HTML summary."""
    return f"<div><b>{escape(plan.title)}</b> ({len(plan.tasks)} tasks)</div>"
