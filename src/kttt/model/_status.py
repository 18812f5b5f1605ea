"""Status vocabularies: of a task against its deadline, of a document in law."""

from __future__ import annotations

import enum

__all__ = ["TaskStatus", "ValidityStatus"]


class TaskStatus(enum.Enum):
    """Where a task stands on a date, as government task tracking counts it.

    Values are stable slugs; the Vietnamese terms are in the comments.

    >>> TaskStatus("overdue")
    <TaskStatus.QUA_HAN: 'overdue'>
    """

    CHUA_DEN_HAN = "not_yet_due"  # chưa đến hạn: the window has not opened
    DANG_THUC_HIEN = "in_progress"  # đang thực hiện, trong hạn
    QUA_HAN = "overdue"  # quá hạn: not done and the window has closed
    HOAN_THANH_DUNG_HAN = "done_on_time"  # hoàn thành đúng hạn
    HOAN_THANH_QUA_HAN = "done_late"  # hoàn thành quá hạn


class ValidityStatus(enum.Enum):
    """Legal force of a document on a date (*tình trạng hiệu lực*).

    >>> ValidityStatus.HET_HIEU_LUC_TOAN_BO.value
    'repealed'
    """

    CHUA_CO_HIEU_LUC = "not_yet_in_force"  # chưa có hiệu lực
    CON_HIEU_LUC = "in_force"  # còn hiệu lực
    HET_HIEU_LUC_MOT_PHAN = "partly_repealed"  # hết hiệu lực một phần
    HET_HIEU_LUC_TOAN_BO = "repealed"  # hết hiệu lực toàn bộ
    KHONG_XAC_DINH = "unknown"  # không xác định: no date or no text to tell
