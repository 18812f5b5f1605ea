"""The appendix table reader: the seeds row by row, other layouts, and properties."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kttt.agencies import resolve_agency
from kttt.model import Severity, Task, TaskOrigin
from kttt.parse._appendix import (
    AppendixResult,
    extract_appendix,
    read_appendix_lines,
)
from kttt.parse._deadline import parse_deadline
from kttt.text import fold, normalize

SEEDS = Path(__file__).parents[1] / "src" / "kttt" / "data" / "seeds"
FIXTURES = Path(__file__).parent / "data" / "appendix"
COLLECTIVE = "Các sở, ban, ngành, UBND các huyện, thành phố"


def _region(name: str) -> tuple[list[str], int]:
    """Return the lines of a seed from its 'Phụ lục' heading on, and that line's number."""
    lines = (SEEDS / name).read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if fold(line) == "phu luc")
    return lines[start:], start + 1


def _fixture(name: str) -> list[str]:
    """Return the lines of a fixture file."""
    return (FIXTURES / name).read_text(encoding="utf-8").split("\n")


def _read(name: str, province: str | None = None) -> AppendixResult:
    """Read a fixture's appendix."""
    return extract_appendix(_fixture(name), province=province)


def _codes(result: AppendixResult) -> list[tuple[str, int | None]]:
    """The codes and lines of a result's diagnostics."""
    return [(d.code, d.line) for d in result.diagnostics]


def _unaccounted(
    lines: list[str], result: AppendixResult, first_line: int = 1
) -> list[int]:
    """Non-blank lines that are neither accounted for nor named by a diagnostic."""
    named = {d.line for d in result.diagnostics}
    return [
        first_line + i
        for i, line in enumerate(lines)
        if line.strip()
        and first_line + i not in result.lines
        and first_line + i not in named
    ]


@pytest.fixture(scope="module")
def son_la() -> AppendixResult:
    """Seed 000's appendix, read for Sơn La."""
    lines, first = _region("son-la-2699-qd-ubnd-2020.txt")
    return extract_appendix(lines, first_line=first, province="Sơn La")


@pytest.fixture(scope="module")
def binh_dinh() -> AppendixResult:
    """Seed 004's appendix, read for Bình Định."""
    lines, first = _region("binh-dinh-510-qd-ubnd-2023.txt")
    return extract_appendix(lines, first_line=first, province="Bình Định")


# --- seed 000: Sơn La ------------------------------------------------------------

GROUPS = {
    "I": "Tiếp tục tăng cường công tác tuyên truyền, quán triệt, nâng cao nhận thức về "
    "bản chất của kinh tế tập thể, hợp tác xã",
    "II": "Rà soát, hoàn thiện hệ thống pháp luật, cơ chế, chính sách về phát triển kinh tế "
    "tập thể, hợp tác xã và pháp luật có liên quan",
    "III": "Củng cố tổ chức bộ máy, nâng cao năng lực, hiệu lực, hiệu quả quản lý nhà nước "
    "về kinh tế tập thể, hợp tác xã",
    "IV": "Tăng cường năng lực quản trị, đổi mới phương thức sản xuất, kinh doanh, tiếp tục "
    "thành lập, phát triển thêm các hợp tác xã, tổ hợp tác, coi trọng mở rộng quy mô thành "
    "viên, nâng cao sức cạnh tranh, hiệu quả hoạt động của các tổ chức kinh tế tập thể, "
    "hợp tác xã; nâng cao vai trò chủ thể của các thành viên tham gia",
    "V": "Củng cố, đổi mới tổ chức và hoạt động của hệ thống Liên minh Hợp tác xã tỉnh",
    "VI": "Phát huy vai trò của Mặt trận Tổ quốc, các tổ chức chính trị - xã hội, các hội "
    "quần chúng trong việc thực hiện Kết luận, góp phần thúc đẩy phát triển kinh tế tập "
    "thể, hợp tác xã",
}
NN = "Sở Nông nghiệp và Phát triển nông thôn"
BCD = "BCĐ Đổi mới, phát triển KTTT, HTX tỉnh"
TNMT = "Sở Tài nguyên và Môi trường"
LDTBXH = "Sở Lao động, Thương binh và Xã hội"

# number, line, start of the task text, lead cell (None: empty), the lead it
# resolves to, coordinators cell, deadline cell.  Read by hand from the seed.
SON_LA: list[tuple[str, int, str, str | None, str, str | None, str]] = [
    ("I.1", 284, "Hướng dẫn tuyên truyền nhằm nâng cao", "Sở Thông tin và Truyền thông", "Sở Thông tin và Truyền thông", COLLECTIVE, "Hàng năm"),
    ("I.2", 285, "Chủ trì, nghiên cứu đưa nội dung", "Sở Giáo dục và Đào tạo", "Sở Giáo dục và Đào tạo", None, "Hàng năm"),
    ("I.3", 286, "Chỉ đạo các cơ sở giáo dục nghề nghiệp nghiên cứu", LDTBXH, LDTBXH, None, "Hàng năm"),
    ("I.4", 287, "Chủ trì, hướng dẫn các cơ sở đào tạo", "Sở Nội vụ", "Sở Nội vụ", None, "Hàng năm"),
    ("I.5", 288, "Chủ trì, nghiên cứu đưa nội dung", "Trường chính trị tỉnh", "Trường chính trị tỉnh", None, "Hàng năm"),
    ("II.1", 290, "Xây dựng Kế hoạch/Đề án phát triển", COLLECTIVE, COLLECTIVE, COLLECTIVE, "2020 - 2021"),
    ("II.2", 291, "Tổng kết 20 năm thực hiện Nghị quyết số 13-NQ/TW", BCD, BCD, None, "2021 - 2022"),
    ("II.3", 292, "Tổng kết 10 năm thi hành Luật Hợp tác xã năm 2012", None, BCD, None, "2021 - 2022"),
    ("II.4", 293, "Xây dựng Kế hoạch và hướng dẫn tiêu chí", "Sở Kế hoạch và Đầu tư", "Sở Kế hoạch và Đầu tư", None, "2021"),
    ("II.5", 294, "Xây dựng Đề án phát triển KTTT", NN, NN, None, "2021 - 2022"),
    ("II.6", 297, "Tổng kết, đánh giá kết quả thực hiện", None, NN, None, "2020 - 2021"),
    ("II.7", 298, "Nghiên cứu, rà soát cơ chế, chính sách", "Sở Khoa học và Công nghệ", "Sở Khoa học và Công nghệ", None, "2021 - 2022"),
    ("II.8", 299, "Hỗ trợ kinh tế tập thể, hợp tác xã tham gia", "Sở Công thương", "Sở Công thương", None, "Hàng năm"),
    ("II.9", 300, "Hướng dẫn HTX thực hiện cơ chế", TNMT, TNMT, None, "Hàng năm"),
    ("II.10", 301, "Đề xuất phương án xử lý dứt điểm", None, TNMT, None, "Hàng năm"),
    ("II.11", 302, "Hướng dẫn hợp tác xã thực hiện cơ chế", None, TNMT, None, "2020 - 2021"),
    ("II.12", 303, "Rà soát thực hiện chính sách, chế độ bảo hiểm", "Bảo hiểm xã hội tỉnh", "Bảo hiểm xã hội tỉnh", COLLECTIVE, "Hàng năm"),
    ("II.13", 304, "Tổng hợp, đề xuất phương án xử lý nợ", "Bảo hiểm xã hội tỉnh", "Bảo hiểm xã hội tỉnh", None, "2021"),
    ("II.14", 305, "Chỉ đạo các cơ sở giáo dục nghề nghiệp xây dựng", LDTBXH, LDTBXH, None, "2020 - 2021"),
    ("II.15", 306, "Hướng dẫn, hỗ trợ các hợp tác xã đủ năng lực", "Ban Dân tộc tỉnh", "Ban Dân tộc tỉnh", None, "2021 - 2022"),
    ("III.1", 308, "Củng cố vai trò của Ban Chỉ đạo", "Ban Chỉ đạo Đổi mới, phát triển kinh tế tập thể, hợp tác xã tỉnh", "Ban Chỉ đạo Đổi mới, phát triển kinh tế tập thể, hợp tác xã tỉnh", COLLECTIVE, "2020 - 2021"),
    ("III.2", 311, "Củng cố, kiện toàn bộ máy", COLLECTIVE, COLLECTIVE, None, "2021 - 2022"),
    ("IV.1", 313, "Hướng dẫn tổ chức, củng cố lại", "Liên minh Hợp tác xã tỉnh", "Liên minh Hợp tác xã tỉnh", COLLECTIVE, "2021 - 2022"),
    ("IV.2", 314, "Đào tạo, bồi dưỡng nâng cao năng lực", "Liên minh HTX tỉnh", "Liên minh HTX tỉnh", None, "2021 - 2022"),
    ("IV.3", 315, "Xây dựng và tổng kết mô hình", NN, NN, None, "2021 - 2025"),
    ("V.1", 317, "Tổ chức triển khai thực hiện Đề án phát triển KTTT", "Liên minh HTX tỉnh", "Liên minh HTX tỉnh", COLLECTIVE, "2021 - 2025"),
    ("V.2", 318, "Tổ chức triển khai thực hiện Đề án xây dựng", "Liên minh HTX tỉnh", "Liên minh HTX tỉnh", None, "2021 - 2025"),
    ("V.3", 319, "Tổ chức triển khai thực hiện Đề án nâng cao", NN, NN, None, "2021 - 2025"),
    ("VI.1", 321, "Thành lập, tổ chức, hoạt động và hỗ trợ đối với hợp tác xã của nông dân", "Hội nông dân tỉnh", "Hội nông dân tỉnh", COLLECTIVE, "2021 - 2022"),
    ("VI.2", 322, "Thành lập, tổ chức, hoạt động và hỗ trợ đối với hợp tác xã của thanh niên", "Tỉnh đoàn Sơn La", "Tỉnh đoàn Sơn La", None, "2021 - 2022"),
    ("VI.3", 323, "Xây dựng Đề án hợp tác xã phụ nữ", "Hội Liên hiệp Phụ nữ tỉnh", "Hội Liên hiệp Phụ nữ tỉnh", None, "2021 - 2022"),
    ("VI.4", 324, "Thành lập, tổ chức, hoạt động và hỗ trợ đối với hợp tác xã của cựu chiến binh", "Hội Cựu chiến binh tỉnh", "Hội Cựu chiến binh tỉnh", None, "2021 - 2022"),
]  # fmt: skip


def test_son_la_numbers_in_order(son_la: AppendixResult) -> None:
    """Seed 000 has 32 task rows, numbered within their groups I to VI."""
    assert [t.number for t in son_la.tasks] == [row[0] for row in SON_LA]


def test_son_la_title(son_la: AppendixResult) -> None:
    """The two title lines make the title; the attachment line is not part of it."""
    assert son_la.title == (
        "MỘT SỐ NHIỆM VỤ, ĐỀ ÁN CHỦ YẾU TRIỂN KHAI CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA UBND TỈNH"
    )


@pytest.mark.parametrize("row", SON_LA, ids=[row[0] for row in SON_LA])
def test_son_la_row(
    son_la: AppendixResult, row: tuple[str, int, str, str | None, str, str | None, str]
) -> None:
    """Each row of seed 000 reads as written, with its group, lead, partners and deadline."""
    number, line, text, lead_text, lead, coordinators, deadline = row
    task = next(t for t in son_la.tasks if t.number == number)

    assert task.id == "appendix/" + number.lower().replace(".", "-")
    assert task.origin is TaskOrigin.APPENDIX
    assert task.line == line
    assert task.group == GROUPS[number.split(".")[0]]
    assert task.text.startswith(text)
    assert task.lead_text == lead_text
    assert task.lead == resolve_agency(lead, province="Sơn La")
    assert task.inferred == (frozenset() if lead_text else frozenset({"lead"}))
    assert task.coordinators_text == coordinators
    assert len(task.coordinators) == (1 if coordinators else 0)
    assert task.deadline_text == deadline
    assert task.deadline == parse_deadline(deadline)
    assert str(task.deadline) == str(parse_deadline(deadline))


def test_son_la_page_break_rows_are_joined(son_la: AppendixResult) -> None:
    """II.5 and III.1 continue after a blank line; every cell is joined to the row above."""
    by_number = {t.number: t for t in son_la.tasks}

    assert by_number["II.5"].text == (
        "Xây dựng Đề án phát triển KTTT, HTX nông nghiệp gắn với tái cơ cấu nông nghiệp "
        "và xây dựng nông thôn mới trên địa bàn tỉnh giai đoạn 2021 - 2025"
    )
    assert by_number["III.1"].text.endswith(
        "xuyên suốt, toàn diện trong công tác lãnh đạo, chỉ đạo, phối hợp, điều hành giữa "
        "các sở, ngành, UBND các huyện, thành phố trong phát triển kinh tế tập thể, hợp tác xã"
    )
    assert by_number["III.1"].deadline_text == "2020 - 2021"


def test_son_la_diagnostics(son_la: AppendixResult) -> None:
    """Two continued rows and four inherited leads, each on its own line."""
    assert _codes(son_la) == [
        ("cell-inherited", 292),
        ("row-continued", 296),
        ("cell-inherited", 297),
        ("cell-inherited", 301),
        ("cell-inherited", 302),
        ("row-continued", 310),
    ]
    assert {d.severity for d in son_la.diagnostics} == {Severity.WARNING}


def test_son_la_inherited_lead_is_quoted(son_la: AppendixResult) -> None:
    """The diagnostic says which row gave the lead, and keeps its text."""
    first = son_la.diagnostics[0]

    assert first.message == (
        "the lead cell of row II.3 is empty; took "
        "'BCĐ Đổi mới, phát triển KTTT, HTX tỉnh' from row II.2 above"
    )
    assert first.text == BCD


def test_son_la_every_line_is_accounted_for(son_la: AppendixResult) -> None:
    """Heading, title, attachment line, header, group rows, tasks and continuations."""
    lines, first = _region("son-la-2699-qd-ubnd-2020.txt")
    non_blank = {first + i for i, line in enumerate(lines) if line.strip()}

    assert son_la.lines == non_blank
    assert min(son_la.lines) == 277


# --- seed 004: Bình Định ----------------------------------------------------------


def test_binh_dinh_single_cut_off_row(binh_dinh: AppendixResult) -> None:
    """The one row has no STT, its lead on the next line, and nothing after."""
    (task,) = binh_dinh.tasks

    assert task.number is None
    assert task.id == "appendix/row-1"
    assert task.line == 109
    assert task.text.startswith("Xây dựng các chuyên trang, chuyên mục để tuyên truyền")
    assert task.text.endswith("về xây dựng và phát triển KTTT")
    assert task.lead_text == "Liên minh HTX tỉnh"
    assert task.lead == resolve_agency("Liên minh HTX tỉnh", province="Bình Định")
    assert task.coordinators == ()
    assert task.deadline is None
    assert task.group is None
    assert task.inferred == frozenset()


def test_binh_dinh_reports_truncation(binh_dinh: AppendixResult) -> None:
    """No header row, the lead continues on the next line, and the table is cut off."""
    assert _codes(binh_dinh) == [
        ("appendix-no-header", 109),
        ("row-continued", 110),
        ("appendix-truncated", 110),
    ]
    truncated = binh_dinh.diagnostics[-1]
    assert truncated.message == (
        "the appendix table is cut off: its last row has 3 of 5 cells "
        "(coordinators, deadline missing)"
    )


def test_binh_dinh_title_and_lines(binh_dinh: AppendixResult) -> None:
    """The title is normalized (Ủy); the trailing space line is blank."""
    assert binh_dinh.title == (
        "MỘT SỐ NHIỆM VỤ CHỦ YẾU TRIỂN KHAI KẾ HOẠCH THỰC HIỆN KẾ HOẠCH SỐ 52-KH/TU "
        "NGÀY 06/01/2023 CỦA TỈNH ỦY"
    )
    assert binh_dinh.lines == frozenset(range(106, 111))


# --- other provinces' layouts -----------------------------------------------------


def _summary(
    tasks: tuple[Task, ...],
) -> list[tuple[str | None, str | None, str | None]]:
    """Number, lead cell and deadline cell of each task."""
    return [(t.number, t.lead_text, t.deadline_text) for t in tasks]


def test_pipes_with_reordered_and_extra_columns() -> None:
    """Markdown pipes, '---' rule, columns named by the header, groups 'I.'."""
    result = _read("quang-nam-pipes.txt")

    assert result.title == (
        "DANH MỤC NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT SỐ 20-NQ/TW"
    )
    assert _summary(result.tasks) == [
        ("I.1", "Sở Kế hoạch và Đầu tư", "Quý II/2023"),
        ("I.2", "Báo Quảng Nam", "Hằng năm"),
        ("II.1", "Sở Tài chính", "Năm 2023"),
        ("II.2", "Sở Nông nghiệp và Phát triển nông thôn", "Quý IV/2024"),
        ("II.3", None, "Năm 2025"),
        ("III.1", None, "Năm 2025"),
    ]
    assert result.tasks[0].coordinators_text == "Liên minh Hợp tác xã tỉnh"
    assert result.tasks[2].group == "Hoàn thiện cơ chế, chính sách"


def test_inheritance_stays_inside_its_group() -> None:
    """II.3 takes II.2's lead; III.1, first of its group, takes none."""
    result = _read("quang-nam-pipes.txt")
    by_number = {t.number: t for t in result.tasks}

    assert by_number["II.3"].lead == resolve_agency(
        "Sở Nông nghiệp và Phát triển nông thôn"
    )
    assert by_number["II.3"].inferred == frozenset({"lead"})
    assert by_number["III.1"].lead is None
    assert by_number["III.1"].inferred == frozenset()
    assert by_number["III.1"].coordinators_text == "Sở Kế hoạch và Đầu tư"
    assert _codes(result) == [("cell-inherited", 13)]


def test_pipes_without_stt_column() -> None:
    """No STT column and no outer pipes; letter groups; a lower-case continuation line."""
    result = _read("gia-lai-no-stt.txt")

    assert result.title == "NHIỆM VỤ CỤ THỂ"
    assert [(t.id, t.group, t.lead_text) for t in result.tasks] == [
        ("appendix/row-1", "NHIỆM VỤ CHUNG", "Sở Tư pháp"),
        ("appendix/row-2", "NHIỆM VỤ CHUNG", "Liên minh HTX tỉnh"),
        ("appendix/row-3", "NHIỆM VỤ CỤ THỂ", "UBND các huyện, thị xã, thành phố"),
    ]
    assert result.tasks[2].text == (
        "Hỗ trợ thành lập mới hợp tác xã trên địa bàn các huyện vùng đồng bào dân tộc thiểu số"
    )
    assert result.tasks[0].deadline == parse_deadline("Thường xuyên")
    assert _codes(result) == [("row-continued", 8)]


def test_space_separated_columns() -> None:
    """Cells split by runs of spaces; empty cells placed by the header's offsets."""
    result = _read("dak-nong-spaces.txt")

    assert [(t.number, t.text, t.lead_text, t.coordinators_text, t.deadline_text) for t in result.tasks] == [
        ("I.1", "Tuyên truyền về kinh tế tập thể", "Sở Thông tin và Truyền thông", "Liên minh HTX tỉnh", "Hằng năm"),
        ("I.2", "Tập huấn cho cán bộ hợp tác xã", "Liên minh HTX tỉnh", None, "Quý III/2023"),
        ("I.3", "Xây dựng đề án phát triển hợp tác xã nông nghiệp gắn với chuỗi giá trị", "Sở Nông nghiệp và Phát triển nông thôn", "Các sở, ngành", "2024"),
        ("I.4", "Hỗ trợ hợp tác xã tiếp cận vốn", "Ngân hàng Nhà nước chi nhánh tỉnh", "Sở Tài chính", "2023 - 2025"),
        ("II.1", "Sơ kết 3 năm thực hiện", "Sở Kế hoạch và Đầu tư", None, "Quý IV/2025"),
    ]  # fmt: skip
    assert _codes(result) == [("row-continued", 8)]


def test_numbered_list_with_labelled_fields() -> None:
    """Inline fields, fields in parentheses, fields on bullet lines; no inheritance."""
    result = _read("binh-phuoc-list.txt")

    assert [(t.number, t.group, t.text, t.lead_text, t.coordinators_text, t.deadline_text) for t in result.tasks] == [
        ("I.1", "CÔNG TÁC TUYÊN TRUYỀN", "Tổ chức tuyên truyền Nghị quyết số 20-NQ/TW trên các phương tiện thông tin đại chúng", "Sở Thông tin và Truyền thông", "Báo Bình Phước, Đài Phát thanh - Truyền hình tỉnh", "Quý II/2023"),
        ("I.2", "CÔNG TÁC TUYÊN TRUYỀN", "Biên soạn tài liệu hỏi đáp về Luật Hợp tác xã", "Liên minh Hợp tác xã tỉnh", None, "năm 2023"),
        ("II.1", "CƠ CHẾ, CHÍNH SÁCH", "Rà soát, đề xuất sửa đổi chính sách hỗ trợ hợp tác xã", "Sở Kế hoạch và Đầu tư", "Sở Tài chính, Sở Nông nghiệp và Phát triển nông thôn", "Tháng 6/2024"),
        ("II.2", "CƠ CHẾ, CHÍNH SÁCH", "Tổng kết 10 năm thi hành Luật Hợp tác xã năm 2012", None, None, "Quý IV/2023"),
    ]  # fmt: skip
    assert result.tasks[3].lead is None
    assert result.diagnostics == ()
    assert result.title == "NHIỆM VỤ CỤ THỂ CỦA CÁC CƠ QUAN, ĐƠN VỊ"


def test_two_row_header_and_subgroups() -> None:
    """'Cơ quan thực hiện' over 'Chủ trì | Phối hợp', a (1)..(6) row, a merged group row, 2 / 2.1."""
    result = _read("lam-dong-two-row-header.txt")

    assert [(t.number, t.group, t.lead_text, t.coordinators_text, t.deadline_text, t.inferred) for t in result.tasks] == [
        ("I.1", "Phát triển hợp tác xã nông nghiệp", NN, "UBND các huyện", "Năm 2024", frozenset()),
        ("I.2", "Phát triển hợp tác xã nông nghiệp", None, "Sở Công Thương", "Thường xuyên", frozenset({"lead"})),
        ("II.1", "Phát triển hợp tác xã phi nông nghiệp", "Sở Giao thông vận tải", None, "Quý III/2024", frozenset()),
        ("II.2.1", "Phát triển hợp tác xã thương mại, dịch vụ", "Sở Công Thương", None, "Năm 2025", frozenset()),
        ("II.2.2", "Phát triển hợp tác xã thương mại, dịch vụ", None, "Liên minh HTX tỉnh", "Năm 2025", frozenset({"lead"})),
    ]  # fmt: skip
    assert result.tasks[4].id == "appendix/ii-2-2"
    assert result.tasks[1].lead == resolve_agency(NN)
    assert _codes(result) == [("cell-inherited", 8), ("cell-inherited", 13)]


def test_crlf_and_nfd_read_the_same() -> None:
    """Windows line ends and decomposed letters change nothing."""
    lines = _fixture("quang-nam-pipes.txt")
    mangled = [unicodedata.normalize("NFD", line) + "\r" for line in lines]

    assert extract_appendix(mangled) == extract_appendix(lines)


def test_no_break_spaces_and_form_feeds() -> None:
    """A page's form feed and no-break spaces in cells are spacing, nothing more."""
    lines = [
        "Phụ lục",
        "STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành",
        "\x0c1\tTổng kết\xa0Luật Hợp tác xã\tSở\xa0Nội vụ\t\t2021",
    ]

    (task,) = extract_appendix(lines).tasks

    assert (task.number, task.text, task.lead_text) == (
        "1",
        "Tổng kết Luật Hợp tác xã",
        "Sở Nội vụ",
    )


@given(
    st.lists(
        st.sampled_from([*_fixture("quang-nam-pipes.txt"), "\x0b", "hoà\u200b", "Ð"]),
        max_size=12,
    )
)
@settings(max_examples=50)
def test_normalized_lines_read_as_raw_ones(lines: list[str]) -> None:
    """Lines cut from normalized text need no second normalizing, but read the same."""
    clean = normalize("\n".join(lines)).split("\n") if lines else []

    fast = read_appendix_lines(clean, first_line=3, normalized=True)

    assert fast == extract_appendix(clean, first_line=3)


# --- damaged tables ---------------------------------------------------------------

HEADER = "STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành"


def test_header_without_rows_is_truncated() -> None:
    """A header with nothing under it is reported."""
    result = extract_appendix(
        ["Phụ lục", "DANH MỤC NHIỆM VỤ", HEADER, ""], first_line=40
    )

    assert result.tasks == ()
    assert _codes(result) == [("appendix-truncated", 42)]
    assert (
        result.diagnostics[0].message
        == "the appendix table has a header row but no rows"
    )
    assert result.lines == frozenset({40, 41, 42})


def test_final_group_without_tasks_is_truncated() -> None:
    """A group row with nothing after it ends a cut-off table."""
    result = extract_appendix(["Phụ lục", HEADER, "I\tTuyên truyền\t\t\t"])

    assert _codes(result) == [("appendix-truncated", 3)]


def test_final_row_missing_cells_is_truncated() -> None:
    """The last pipe row stops after the lead."""
    result = extract_appendix(
        [
            "| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |",
            "| 1 | Tổng kết Luật Hợp tác xã | Sở Nội vụ | | 2021 |",
            "| 2 | Tập huấn cán bộ | Liên minh HTX tỉnh",
        ]
    )

    assert [t.lead_text for t in result.tasks] == ["Sở Nội vụ", "Liên minh HTX tỉnh"]
    assert _codes(result) == [("appendix-truncated", 3)]


def test_middle_row_missing_cells_is_noted() -> None:
    """A short row that is not last gets an info diagnostic, not a truncation."""
    result = extract_appendix(
        [HEADER, "1\tTổng kết\tSở Nội vụ", "2\tTập huấn\tSở Tư pháp\t\t2021"]
    )

    assert _codes(result) == [("row-missing-cells", 2)]
    assert result.diagnostics[0].severity is Severity.INFO


def test_unplaceable_lines_are_reported() -> None:
    """A note under the table is neither dropped nor joined to a task."""
    result = extract_appendix(
        [HEADER, "1\tTổng kết\tSở Nội vụ\t\t2021", "Ghi chú: kinh phí tự cân đối"]
    )

    assert _codes(result) == [("unparsed-line", 3)]
    assert result.diagnostics[0].message == (
        "could not place this line in the appendix: 'Ghi chú: kinh phí tự cân đối'"
    )


def test_duplicate_numbers_get_distinct_ids() -> None:
    """Two rows numbered 1 in one group keep distinct, stable ids."""
    result = extract_appendix(
        [HEADER, "1\tTổng kết\tSở Nội vụ\t\t2021", "1\tTập huấn\tSở Tư pháp\t\t2021"]
    )

    assert [t.id for t in result.tasks] == ["appendix/1", "appendix/1-2"]
    assert _codes(result) == [("duplicate-task-number", 3)]


def test_row_without_task_text_is_reported() -> None:
    """A numbered row with an empty task cell is not a task, and says so."""
    result = extract_appendix([HEADER, "1\t\tSở Nội vụ\t\t2021"])

    assert result.tasks == ()
    assert _codes(result) == [("empty-task", 2)]


def test_combined_agencies_column() -> None:
    """One column 'Cơ quan chủ trì, phối hợp' with labelled agencies in it."""
    result = extract_appendix(
        [
            "TT | Nội dung | Cơ quan chủ trì, phối hợp | Thời gian",
            "1 | Tổng kết | Chủ trì: Sở Nội vụ; phối hợp: Sở Tư pháp | 2021",
        ]
    )

    (task,) = result.tasks
    assert (task.lead_text, task.coordinators_text) == ("Sở Nội vụ", "Sở Tư pháp")


# --- properties ---------------------------------------------------------------------

_TABLEISH = st.text(
    alphabet="\t| .:;-1IVXAaSởchủtrìphốihợpthờigianSTTNhiệmvụ\xa0\r", max_size=40
)


@given(
    st.lists(st.text() | _TABLEISH, max_size=12),
    st.integers(min_value=-3, max_value=500),
)
def test_never_raises_and_accounts_for_every_line(
    lines: list[str], first_line: int
) -> None:
    """Any lines: no exception, and every non-blank line is used or named by a diagnostic."""
    result = extract_appendix(lines, first_line=first_line)

    start = max(first_line, 1)
    assert (
        _unaccounted([line.replace("\n", " ") for line in lines], result, start) == []
    )


_SON_LA_LINES, _SON_LA_FIRST = _region("son-la-2699-qd-ubnd-2020.txt")


@given(st.lists(st.sampled_from(_SON_LA_LINES), max_size=30))
def test_mutated_seed_never_raises(lines: list[str]) -> None:
    """Seed lines deleted, duplicated and reordered: read without error, all accounted for."""
    result = extract_appendix(lines)

    assert _unaccounted(lines, result) == []


_SON_LA_BASELINE = extract_appendix(_SON_LA_LINES, province="Sơn La")


# Each example reads the whole 48-line table and resolves 60 agency cells;
# 100 examples cover the width patterns and keep the suite fast.
@settings(max_examples=100)
@given(st.lists(st.integers(min_value=1, max_value=4), min_size=1, max_size=20))
def test_spacing_inside_cells_does_not_change_leads(widths: list[int]) -> None:
    """Runs of spaces inside and around cells leave leads and their texts alone."""
    baseline = _SON_LA_BASELINE
    counter = iter(widths * 1000)

    def respace(line: str) -> str:
        cells = line.split("\t")
        spaced = [
            " " * next(counter) + c.replace(" ", " " * next(counter)) for c in cells
        ]
        return "\t".join(spaced)

    result = extract_appendix(
        [respace(line) for line in _SON_LA_LINES], province="Sơn La"
    )

    assert [t.lead for t in result.tasks] == [t.lead for t in baseline.tasks]
    assert [t.lead_text for t in result.tasks] == [t.lead_text for t in baseline.tasks]


def test_no_stt_numbers_in_the_task_cell_and_unlabelled_groups() -> None:
    """A group row in capitals with no label; '1.' written inside the task cell."""
    result = extract_appendix(
        [
            "Nội dung công việc | Đơn vị thực hiện | Thời gian",
            "TUYÊN TRUYỀN | |",
            "1. Tuyên truyền Luật Hợp tác xã | Sở Tư pháp | Năm 2024",
            "2. Tập huấn cán bộ hợp tác xã | | Năm 2024",
        ]
    )

    assert [
        (t.number, t.text, t.group, t.lead_text, t.inferred) for t in result.tasks
    ] == [
        (
            "1",
            "Tuyên truyền Luật Hợp tác xã",
            "TUYÊN TRUYỀN",
            "Sở Tư pháp",
            frozenset(),
        ),
        ("2", "Tập huấn cán bộ hợp tác xã", "TUYÊN TRUYỀN", None, frozenset({"lead"})),
    ]


def test_wrapped_task_text_without_tabs() -> None:
    """A line with no tab that starts in lower case continues the task text."""
    result = extract_appendix(
        [
            HEADER,
            "1\tXây dựng đề án phát triển\tSở Nội vụ\t\t2021",
            "hợp tác xã kiểu mới",
        ]
    )

    assert result.tasks[0].text == "Xây dựng đề án phát triển hợp tác xã kiểu mới"
    assert _codes(result) == [("row-continued", 3)]


def test_list_with_unlabelled_group_and_wrapped_text() -> None:
    """Capitals make a group; a bare line extends the open field; a stray line is reported."""
    result = extract_appendix(
        [
            "Phụ lục",
            "NHIỆM VỤ CHUNG",
            "1. Rà soát chính sách hỗ trợ hợp tác xã; Cơ quan chủ trì: Sở Tài chính,",
            "Sở Kế hoạch và Đầu tư; Thời gian: Năm 2024.",
            "2. Tổng kết mô hình hợp tác xã kiểu mới;",
            "trên địa bàn tỉnh",
        ]
    )

    assert result.title == "NHIỆM VỤ CHUNG"
    assert [(t.number, t.group, t.text, t.lead_text, t.deadline_text) for t in result.tasks] == [
        ("1", None, "Rà soát chính sách hỗ trợ hợp tác xã", "Sở Tài chính, Sở Kế hoạch và Đầu tư", "Năm 2024"),
        ("2", None, "Tổng kết mô hình hợp tác xã kiểu mới; trên địa bàn tỉnh", None, None),
    ]  # fmt: skip
    assert result.diagnostics == ()


def test_list_line_before_any_item_is_reported() -> None:
    """Text under the title that is neither a group nor an item is not dropped."""
    result = extract_appendix(
        ["I. Tuyên truyền", "- ghi nhớ chung", "1. Tập huấn; Chủ trì: Sở Nội vụ"]
    )

    assert _codes(result) == [("unparsed-line", 2)]
    assert result.tasks[0].number == "I.1"


def test_two_appendices_in_one_region() -> None:
    """A second 'Phụ lục' heading starts a new table with its own header."""
    result = extract_appendix(
        [
            "Phụ lục I",
            "NHIỆM VỤ NĂM 2024",
            HEADER,
            "1\tTổng kết\tSở Nội vụ\t\t2024",
            "Phụ lục II",
            "NHIỆM VỤ NĂM 2025",
            "TT | Nội dung | Đơn vị chủ trì | Thời hạn",
            "1 | Sơ kết | Sở Tư pháp | 2025",
        ]
    )

    assert result.title == "NHIỆM VỤ NĂM 2024"
    assert [(t.id, t.lead_text, t.line) for t in result.tasks] == [
        ("appendix/1", "Sở Nội vụ", 4),
        ("appendix/1-2", "Sở Tư pháp", 8),
    ]
    assert result.lines == frozenset(range(1, 9))


def test_headerless_space_table() -> None:
    """No header and no tabs: columns are split at runs of spaces and guessed."""
    result = extract_appendix(
        [
            "1   Tổng kết Luật Hợp tác xã   Sở Nội vụ   Sở Tư pháp   2021",
            "2   Tập huấn cán bộ   Liên minh HTX tỉnh   Các sở, ngành   2022",
        ]
    )

    assert _summary(result.tasks) == [
        ("1", "Sở Nội vụ", "2021"),
        ("2", "Liên minh HTX tỉnh", "2022"),
    ]
    assert _codes(result) == [("appendix-no-header", 1)]


def test_heading_with_title_on_the_same_line() -> None:
    """'PHỤ LỤC: DANH MỤC …' gives the title from the heading line."""
    result = extract_appendix(["PHỤ LỤC 01: DANH MỤC NHIỆM VỤ", HEADER])

    assert result.title == "DANH MỤC NHIỆM VỤ"
