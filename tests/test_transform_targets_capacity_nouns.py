"""What a project can add is counted by the noun after the number: in "新建长坡中学教学楼可增加1000个学位"
the 可 (can) with its verb (增加, dropped as a tail word) leaves the building, not what is counted, before
the number: the indicator is 学位. A word ending in 可 (行政许可) stays the subject."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _rows(text: str) -> list[tuple[str, float, str]]:
    return [(r["indicator"], r["value"], r["unit"]) for r in extract_targets(text, annual_year=2025)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of 民生实事
        (
            "新建长坡中学初中教学楼可增加1000个学位,新建泗水中学教学楼可增加750个学位。",
            [("学位", 1000.0, "个"), ("学位", 750.0, "个")],
        ),
        # a project report
        ("改扩建第三小学,建成后可新增400个学位。", [("学位", 400.0, "个")]),
        # a building's line in a plan table rendered as text
        ("2 新建综合楼 可提供300个床位", [("提供床位", 300.0, "个")]),
    ],
)
def test_what_a_project_can_add(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("办理行政许可1000件。", [("办理行政许可", 1000.0, "件")]),
        ("新增学位1800个。", [("学位", 1800.0, "个")]),
        ("建成后可容纳3000名学生。", [("后可容纳", 3000.0, "名")]),
    ],
)
def test_near_misses_do_not_change(text, expected):
    assert _rows(text) == expected
