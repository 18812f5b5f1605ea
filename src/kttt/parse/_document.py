"""Reading whole documents: a decision (*quyết định*) and the plan it issues.

:func:`parse` runs the stages in order (lines, parts, header, preamble,
articles, foot, plan, appendix, cross-checks) over one :class:`Context` that
collects diagnostics and the lines each stage read.  Whatever no stage read
is reported as ``unparsed-line``: nothing is dropped silently.
"""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from attrs import evolve

from kttt.agencies import resolve_province
from kttt.errors import InputTooLargeError, ParseError
from kttt.model import (
    Diagnostic,
    DocKind,
    Document,
    DocumentNumber,
    DocumentRef,
    Plan,
    Relation,
    RelationKind,
    Severity,
    Signer,
    Task,
)
from kttt.parse._appendix import read_appendix_lines
from kttt.parse._articles import Articles, read_articles, resolve_effective
from kttt.parse._bases import Preamble, read_preamble
from kttt.parse._body import cross_check, read_body_tasks, read_objectives
from kttt.parse._context import Context
from kttt.parse._header import (
    KIND_WORDS,
    RawHeader,
    extract_header,
    find_province,
    issuer_name,
)
from kttt.parse._lines import Line, split_lines
from kttt.parse._outline import build_sections, read_outline
from kttt.parse._relations import own_acts_in
from kttt.parse._reporting import read_reporting
from kttt.parse._segments import CLOSING, PLAN_KIND, Segments, segment
from kttt.parse._signature import CAPACITY, read_tail
from kttt.parse._targets import read_targets
from kttt.text import fold, parse_date

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import date

    from kttt.parse._appendix import AppendixResult

__all__ = ["MAX_CHARS", "parse", "parse_file"]

MAX_CHARS = 8 * 1024 * 1024
"""The largest input :func:`parse` reads, in characters (8 MiB)."""

T = TypeVar("T")

_ATTACH = re.compile(r"^\(?\s*(?:Ban\s+hành\s+)?kèm\s+theo\b", re.IGNORECASE)
_ATTACH_REF = re.compile(
    r"(?P<kind>Quyết\s+định|Kế\s+hoạch|Chương\s+trình(?:\s+hành\s+động)?|Nghị\s+quyết|Công\s+văn|Văn\s+bản)"
    r"(?:\s+số\s*:?\s*(?P<num>[0-9][^\s,;()]*))?"
    r"(?:.*?ngày\s+(?P<date>[0-9]{1,2}\s*/\s*[0-9]{1,2}\s*/\s*[0-9]{4}"
    r"|[0-9]{1,2}\s+tháng\s+[0-9]{1,2}\s+năm\s+[0-9]{4}))?",
    re.IGNORECASE,
)
_KIND_BY_FOLD = {
    "quyet dinh": DocKind.QUYET_DINH,
    "ke hoach": DocKind.KE_HOACH,
    "chuong trinh": DocKind.CHUONG_TRINH,
    "chuong trinh hanh dong": DocKind.CHUONG_TRINH,
    "nghi quyet": DocKind.NGHI_QUYET,
    "cong van": DocKind.CONG_VAN,
    "van ban": DocKind.VAN_BAN,
}
# The recipients' list ends a plan's body like a signature does.  The colon
# and the capital are required: "nơi nhận hồ sơ" in a sentence is text.
_FOOT_RECIPIENTS = re.compile(r"^Nơi\s+nhận\s*:")
_PLAN_KINDS = frozenset({DocKind.KE_HOACH, DocKind.CHUONG_TRINH, DocKind.DE_AN})


def _guard(ctx: Context, stage: str, default: T, func: Callable[[], T]) -> T:
    """Run one stage; an unexpected exception becomes an ``internal-error``."""
    try:
        return func()
    except Exception as exc:  # noqa: BLE001 - parse() promises never to raise on str input.
        ctx.note(
            "internal-error",
            f"the {stage} stage failed ({type(exc).__name__}: {exc}); its part is missing",
            None,
            Severity.ERROR,
        )
        return default


def _cells(lines: list[Line]) -> list[tuple[int, str]]:
    return [(ln.no, cell) for ln in lines for cell in ln.cells]


def _attachment(line: Line) -> tuple[DocumentRef, int] | None:
    """The document a ``(Kèm theo … số … ngày …)`` line says it is attached to."""
    if not _ATTACH.match(line.text):
        return None
    m = _ATTACH_REF.search(line.text)
    if m is None:
        return None
    kind = _KIND_BY_FOLD.get(fold(m["kind"]), DocKind.VAN_BAN)
    number = None
    if m["num"]:
        try:
            number = DocumentNumber.parse(m["num"].rstrip(".:"))
        except ParseError:
            number = None
    issued = None
    if m["date"]:
        try:
            issued = parse_date(m["date"])
        except ParseError:
            issued = None
    return DocumentRef(kind=kind, number=number, issued=issued), line.no


class _Builder:
    """Carries the pieces between stages; one per call of :func:`parse`."""

    def __init__(self, text: str, source: str | None) -> None:
        self.text = text
        self.source = source
        self.ctx = Context()
        self.lines = split_lines(text)
        self.seg = Segments()
        self.header = RawHeader()
        self.preamble = Preamble()
        self.articles = Articles()
        self.recipients: list[str] = []
        self.signer: Signer | None = None
        self.attachments: list[tuple[DocumentRef, int]] = []
        self.inferred: set[str] = set()
        self.relations: list[Relation] = []
        self.plan: Plan | None = None
        self.kind = DocKind.VAN_BAN
        self.number: DocumentNumber | None = None
        self.issued: date | None = None
        self.province: str | None = None
        self.issuer_name: str | None = None

    def part(self, span: tuple[int, int] | None) -> list[Line]:
        if span is None:
            return []
        return self.lines[span[0] : span[1]]

    # --- header -----------------------------------------------------------

    def read_header(self) -> None:
        ctx = self.ctx
        raw = extract_header(_cells(self.part(self.seg.header)))
        self.header = raw
        ctx.read_all(raw.used)
        for no, text in raw.leftovers:
            ctx.read(no)
            ctx.note(
                "unparsed-line",
                "this part of the header was not understood",
                no,
                text=text,
            )
        if raw.issuer:
            self.issuer_name, self.province = issuer_name(raw.issuer)
        elif raw.authority:
            self.issuer_name, self.province = issuer_name(raw.authority)
        if self.province is not None:
            known = resolve_province(self.province)
            self.province = known.name if known is not None else self.province
        if self.province is None:
            found = find_province(self.text[:200_000])
            if found is not None:
                self.province = found
                self.inferred.add("province")
                if self.issuer_name and not self.issuer_name.endswith(found):
                    self.issuer_name = f"{self.issuer_name} {found}"
        ctx.province = self.province
        self.number = raw.number
        self.issued = raw.issued
        if raw.kind is not None:
            self.kind = raw.kind
        elif raw.number is not None and raw.number.kind is not None:
            self.kind = raw.number.kind
        elif self.seg.articles is not None:
            self.kind = DocKind.QUYET_DINH
        if raw.number_text and raw.number is None:
            ctx.note(
                "bad-number",
                f"{raw.number_text!r} is not a document number",
                raw.number_line,
                text=raw.number_text,
            )

    # --- decision -----------------------------------------------------------

    def read_decision(self) -> None:
        ctx = self.ctx
        pre, left = read_preamble(ctx, self.part(self.seg.preamble))
        self.preamble = pre
        for line in left:
            ctx.read(line.no)
            ctx.note(
                "unparsed-line",
                "a preamble line that is not a basis, implemented document or proposal",
                line.no,
                text=line.text,
            )
        if self.seg.enact is not None:
            ctx.read(self.lines[self.seg.enact].no)
        self.articles = read_articles(ctx, self.part(self.seg.articles))
        recipients, signer, leftovers = read_tail(ctx, self.part(self.seg.tail))
        self.recipients = recipients
        self.signer = signer
        for no, text in leftovers:
            ctx.read(no)
            ctx.note(
                "unparsed-line",
                "a line at the foot of the decision was not understood",
                no,
                text=text,
            )

    # --- plan ---------------------------------------------------------------

    def read_plan(self) -> None:
        ctx = self.ctx
        seg = self.seg
        plan_lines = self.part(seg.plan)
        kind = self.kind if self.kind in _PLAN_KINDS else DocKind.KE_HOACH
        title_parts: list[str] = []
        number: DocumentNumber | None = None
        if seg.plan_header is not None:
            block = extract_header(_cells(self.part(seg.plan_header)))
            ctx.read_all(block.used)
            for no, text in block.leftovers:
                ctx.read(no)
                ctx.note(
                    "unparsed-line",
                    "a line above the plan's title was not understood",
                    no,
                    text=text,
                )
            number = block.number
        if seg.plan_kind is not None:
            line = self.lines[seg.plan_kind]
            ctx.read(line.no)
            m = PLAN_KIND.match(line.text)
            if m is not None:
                kind = KIND_WORDS.get(" ".join(m["kind"].split()), kind)
                if m["rest"].strip():
                    title_parts.append(m["rest"].strip())
        elif self.seg.articles is None:
            kind = self.kind if self.kind in _PLAN_KINDS else kind
            if self.header.subject:
                title_parts.append(self.header.subject)
        # Title lines, attachment lines and the preamble before the outline.
        i = 0
        started = bool(title_parts)
        while i < len(plan_lines) and seg.plan_kind is not None:
            line = plan_lines[i]
            if line.blank:
                if started:
                    break
                i += 1
                continue
            if (
                _ATTACH.match(line.text)
                or _outline_start(line)
                or (started and line.text.endswith(":"))
            ):
                break
            if started and (
                CLOSING.match(line.text)
                or line.text.startswith(("Căn cứ", "Thực hiện"))
            ):
                break
            title_parts.append(line.text)
            ctx.read(line.no)
            started = True
            i += 1
            if len(title_parts) >= 4:  # noqa: PLR2004
                break
        rest = plan_lines[i:]
        body_start = next(
            (k for k, ln in enumerate(rest) if _outline_start(ln)), len(rest)
        )
        head_lines: list[Line] = []
        for line in rest[:body_start]:
            if line.blank:
                continue
            att = _attachment(line)
            if att is not None:
                self.attachments.append(att)
                ctx.read(line.no)
            else:
                head_lines.append(line)
        pre, left = read_preamble(ctx, head_lines)
        self.relations.extend(pre.relations)
        if not self.preamble.bases:
            self.preamble.bases.extend(pre.bases)
        if not title_parts and head_lines and not left and pre.relations:
            title_parts.append(head_lines[0].text)
        body = rest[body_start:]
        close = next(
            (
                k
                for k, ln in enumerate(body)
                if CLOSING.match(ln.text)
                or CAPACITY.match(ln.text)
                or _FOOT_RECIPIENTS.match(ln.text)
            ),
            len(body),
        )
        roots = read_outline(ctx, left + body[:close])
        # Scan the body for references once, so that repaired slips in it
        # (a year that disagrees with the date) are reported too.
        for root in roots:
            for node in root.walk():
                ctx.cites(node.title, node.line)
                for item in node.items:
                    ctx.cites(item.text, item.line)
        if seg.articles is None:
            # A plan on its own states what it replaces in its own text.
            for root in roots:
                for node in root.walk():
                    for text, no in (
                        (node.title, node.line),
                        *((item.text, item.line) for item in node.items),
                    ):
                        self.relations.extend(own_acts_in(ctx, text, no))
        closing: list[tuple[str, int]] = []
        foot = body[close:]
        if foot and CLOSING.match(foot[0].text):
            closing.append((foot[0].text, foot[0].no))
            ctx.read(foot[0].no)
            foot = foot[1:]
        plan_recipients, plan_signer, leftovers = read_tail(ctx, foot)
        # A plan on its own signs and addresses itself at its foot; under a
        # decision, the decision's foot comes first and the plan's fills in.
        if self.signer is None and plan_signer is not None:
            self.signer = plan_signer
        if not self.recipients:
            self.recipients = plan_recipients
        for no, text in leftovers:
            ctx.read(no)
            ctx.note(
                "unparsed-line",
                "a line after the plan body was not understood",
                no,
                text=text,
            )
        title = (
            " ".join(title_parts)
            or (self.header.subject if seg.articles is None else "")
            or ""
        )
        if title:
            rels, _ = _title_relations(ctx, title, self._title_line(seg))
            self.relations.extend(rels)
        self._roots = roots
        self._closing = closing
        self._plan_parts = (kind, number, title)

    def _title_line(self, seg: Segments) -> int:
        if seg.plan_kind is not None:
            return self.lines[seg.plan_kind].no
        return self.header.subject_line or 1

    def finish_plan(self, appendix_tasks: list[Task]) -> None:
        ctx = self.ctx
        kind, number, title = self._plan_parts
        issued = self.issued
        for ref, _ in self.attachments:
            if ref.kind is kind and ref.number is not None and number is None:
                number = ref.number
                issued = ref.issued or issued
        if self.seg.articles is None:
            number = number or self.number
        ref = DocumentRef(
            kind=kind,
            number=number,
            issued=issued,
            issuer=self.issuer_name,
            title=title or None,
        )
        body_tasks: list[Task] = _guard(
            ctx, "body-tasks", [], lambda: read_body_tasks(ctx, self._roots)
        )
        _guard(
            ctx,
            "cross-check",
            None,
            lambda: cross_check(ctx, appendix_tasks, body_tasks),
        )
        self.plan = Plan(
            ref=ref,
            title=title,
            sections=build_sections(self._roots),
            tasks=(*body_tasks, *appendix_tasks),
            targets=_guard(ctx, "targets", [], lambda: read_targets(self._roots)),
            reporting=_guard(
                ctx,
                "reporting",
                [],
                lambda: read_reporting(ctx, self._roots, self._closing),
            ),
            objectives=_guard(
                ctx, "objectives", [], lambda: read_objectives(self._roots)
            ),
        )

    # --- appendix -------------------------------------------------------------

    def read_appendices(self) -> list[Task]:
        ctx = self.ctx
        tasks: list[Task] = []
        for span in self.seg.appendices:
            lines = self.part(span)
            if not lines:
                continue
            ctx.read(lines[0].no)
            for line in lines[1:6]:
                att = _attachment(line)
                if att is not None:
                    self.attachments.append(att)
                    ctx.read(line.no)
            found: AppendixResult | None = _guard(
                ctx, "appendix", None, partial(_extract_appendix, ctx, lines)
            )
            if found is None:
                continue
            tasks.extend(found.tasks)
            ctx.diagnostics.extend(found.diagnostics)
            ctx.read_all(found.lines)
            title = getattr(found, "title", None)
            if title:
                for line in lines[1:6]:
                    if line.text and line.text in title:
                        ctx.read(line.no)
        return tasks

    # --- identity -----------------------------------------------------------

    def settle_identity(self) -> None:
        ctx = self.ctx
        raw = self.header
        no_header = raw.number is None and raw.issued is None and raw.issuer is None
        if no_header:
            ctx.note(
                "missing-header",
                "the document has no header block (issuer, number, date); they are recovered from the text where possible",
                1,
            )
        own = [(ref, no) for ref, no in self.attachments if ref.kind is self.kind]
        if self.number is None:
            for ref, no in own:
                if ref.number is not None:
                    self.number = ref.number
                    self.inferred.add("number")
                    ctx.note(
                        "inferred-number",
                        f"the number {ref.number} is taken from an attachment line",
                        no,
                        Severity.INFO,
                    )
                    break
        if self.issued is None:
            for ref, no in own:
                if ref.issued is not None:
                    self.issued = ref.issued
                    self.inferred.add("issued")
                    ctx.note(
                        "inferred-date",
                        f"the date {ref.issued.isoformat()} is taken from an attachment line",
                        no,
                        Severity.INFO,
                    )
                    break
        if (
            self.number is not None
            and self.kind is DocKind.VAN_BAN
            and self.number.kind is not None
        ):
            self.kind = self.number.kind
        self._check_self_references()

    def _check_self_references(self) -> None:
        ctx = self.ctx
        if self.number is None:
            return
        mine = self.number
        for ref, no in self.attachments:
            other = ref.number
            if other is None:
                continue
            same_day = (
                ref.issued is None or self.issued is None or ref.issued == self.issued
            )
            if (
                other.number == mine.number
                and other.issuer == mine.issuer
                and other.kind is not mine.kind
                and same_day
            ):
                ctx.note(
                    "self-reference-mismatch",
                    f"the document is {mine} but calls itself (or its attachment) {other} on the same day",
                    no,
                    text=str(other),
                )
            elif ref.kind is self.kind and other.key != mine.key:
                ctx.note(
                    "self-reference-mismatch",
                    f"the document is {mine} but an attachment line names {other}",
                    no,
                    text=str(other),
                )

    # --- whole ----------------------------------------------------------------

    def build(self) -> Document:
        ctx = self.ctx
        self.seg = _guard(
            ctx,
            "segment",
            Segments(header=(0, len(self.lines))),
            lambda: segment(self.lines),
        )
        _guard(ctx, "header", None, self.read_header)
        if self.seg.articles is not None:
            _guard(ctx, "decision", None, self.read_decision)
        has_plan = self.seg.plan is not None and (
            self.seg.plan_kind is not None
            or (self.seg.articles is None and self.seg.plan[1] > self.seg.plan[0])
        )
        if has_plan:
            _guard(ctx, "plan", None, self.read_plan)
        appendix_tasks: list[Task] = _guard(ctx, "appendix", [], self.read_appendices)
        _guard(ctx, "identity", None, self.settle_identity)
        if has_plan and hasattr(self, "_plan_parts"):
            _guard(ctx, "plan", None, lambda: self.finish_plan(appendix_tasks))
        effective = resolve_effective(self.articles, self.issued)
        if self.articles.effective == "signing" and self.issued is None:
            ctx.note(
                "unknown-effective-date",
                "the decision takes effect on signing, but its date is unknown",
                None,
            )
        ref = DocumentRef(
            kind=self.kind,
            number=self.number,
            issued=self.issued,
            issuer=self.issuer_name,
            title=self.header.subject,
        )
        if self.seg.articles is None and self.plan is not None:
            ref = evolve(self.plan.ref, issuer=self.issuer_name)
            self.plan = evolve(self.plan, ref=ref)
        relations = self._relations(ref, effective)
        _guard(ctx, "citations", None, ctx.check_citations)
        self._report_unread()
        issuer = _guard(
            ctx,
            "issuer",
            None,
            lambda: ctx.agency(self.issuer_name) if self.issuer_name else None,
        )
        return Document(
            ref=ref,
            place=self.header.place,
            issuer=issuer,
            province=self.province,
            legal_bases=tuple(self.preamble.bases),
            proposal=self.preamble.proposal,
            relations=relations,
            effective=effective,
            executors=tuple(self.articles.executors),
            signer=self.signer,
            recipients=tuple(self.recipients),
            plan=self.plan,
            diagnostics=tuple(ctx.diagnostics),
            inferred=frozenset(self.inferred),
            source=self.source,
            text=self.text,
        )

    def _relations(
        self, ref: DocumentRef, effective: date | None
    ) -> tuple[Relation, ...]:
        out: list[Relation] = []
        seen: set[tuple[RelationKind, str, str | None]] = set()
        own_acts = {RelationKind.REPEALS, RelationKind.REPLACES, RelationKind.AMENDS}
        candidates = [
            *self.preamble.relations,
            *self.articles.relations,
            *self.relations,
        ]
        if self.plan is not None and self.seg.articles is not None:
            candidates.append(
                Relation(
                    kind=RelationKind.ISSUES,
                    target=self.plan.ref,
                    effective=effective,
                    text=self.articles.issues_text,
                    line=self.articles.issues_line,
                )
            )
        for rel in candidates:
            if (
                rel.source is None
                and rel.kind in own_acts
                and rel.effective is None
                and effective is not None
            ):
                rel = evolve(rel, effective=effective)  # noqa: PLW2901
            if rel.target.key == ref.key or (
                rel.source is not None and rel.source.key == rel.target.key
            ):
                continue
            key = (rel.kind, rel.target.key, rel.source.key if rel.source else None)
            if key not in seen:
                seen.add(key)
                out.append(rel)
        return tuple(out)

    def _report_unread(self) -> None:
        ctx = self.ctx
        for line in self.lines:
            if not line.blank and line.no not in ctx.accounted:
                ctx.note(
                    "unparsed-line",
                    "no part of the parser read this line",
                    line.no,
                    text=line.text,
                )
        ctx.diagnostics.sort(key=lambda d: d.line or 0)


def _outline_start(line: Line) -> bool:
    from kttt.parse._segments import OUTLINE_START  # noqa: PLC0415 - keeps the import list short

    return bool(OUTLINE_START.match(line.text))


def _title_relations(
    ctx: Context, title: str, line: int
) -> tuple[list[Relation], list[object]]:
    from kttt.parse._relations import relations_in  # noqa: PLC0415

    rels, cites = relations_in(ctx, title, line, head=None)
    return [r for r in rels if r.kind is not RelationKind.BASED_ON], list(cites)


def _extract_appendix(ctx: Context, lines: list[Line]) -> AppendixResult:
    return read_appendix_lines(
        [ln.raw for ln in lines],
        first_line=lines[0].no,
        province=ctx.province,
        normalized=True,
    )


def parse(text: str, *, source: str | None = None) -> Document:
    r"""Read a decision and its attached plan; never raises on ``str`` input.

    Problems become :class:`~kttt.Diagnostic` values on the document, each
    with a stable code; every non-blank line is read by some part or reported
    as ``unparsed-line``.

    >>> doc = parse("ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nSố: 12/QĐ-UBND\n"
    ...             "Sơn La, ngày 04 tháng 12 năm 2020\nQUYẾT ĐỊNH\nV/v ban hành kế hoạch\n"
    ...             "QUYẾT ĐỊNH:\nĐiều 1. Quyết định này có hiệu lực kể từ ngày ký.")
    >>> doc.ref.key, doc.province, doc.effective
    ('12/QĐ-UBND', 'Sơn La', datetime.date(2020, 12, 4))

    Raises:
        InputTooLargeError: *text* is longer than :data:`MAX_CHARS` characters.
    """
    if len(text) > MAX_CHARS:
        raise InputTooLargeError(len(text), MAX_CHARS)
    builder = _Builder(text, source)
    try:
        return builder.build()
    except Exception as exc:  # noqa: BLE001 - the last net under the never-raise promise.
        builder.ctx.note(
            "internal-error",
            f"the document could not be assembled ({type(exc).__name__}: {exc})",
            None,
            Severity.ERROR,
        )
        return Document(
            ref=DocumentRef(kind=DocKind.VAN_BAN),
            diagnostics=tuple(builder.ctx.diagnostics),
            source=source,
            text=text,
        )


def parse_file(path: str | Path) -> Document:
    """Read a file and parse it: UTF-8, else UTF-16, else Windows-1258.

    A fallback encoding is reported as an ``encoding-fallback`` diagnostic.

    >>> import tempfile, os
    >>> with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-16") as f:
    ...     _ = f.write("QUYẾT ĐỊNH")
    >>> [d.code for d in parse_file(f.name).diagnostics][:1]
    ['encoding-fallback']
    >>> os.unlink(f.name)

    Raises:
        InputTooLargeError: the file holds more than :data:`MAX_CHARS` characters.
        OSError: the file cannot be read.
    """
    p = Path(path)
    data = p.read_bytes()
    if len(data) > 4 * MAX_CHARS:
        raise InputTooLargeError(len(data), 4 * MAX_CHARS)
    used = "utf-8"
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        if data[:2] in {b"\xff\xfe", b"\xfe\xff"} or data.count(0) > len(data) // 4:
            used = "utf-16"
            text = data.decode("utf-16", errors="replace")
        else:
            used = "cp1258"
            text = data.decode("cp1258", errors="replace")
    doc = parse(text, source=str(p))
    if used == "utf-8":
        return doc
    fallback = Diagnostic(
        code="encoding-fallback",
        message=f"the file is not UTF-8; it was decoded as {used}",
        line=None,
        severity=Severity.WARNING,
    )
    return evolve(doc, diagnostics=(fallback, *doc.diagnostics))
