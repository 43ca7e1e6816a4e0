"""A lead verb joined to the next by 或/及 (新增或改扩建村卫生室10家, 新增及优化调整公交线路60条) names the
work with it: the lead verb is not cut, leaving '或改扩建…' / '及优化调整…' as it did; a word that opens
with 及 after a verb (完成及时率) keeps its verb too."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _rows(text: str) -> list[tuple[str, float, str]]:
    return [(r["indicator"], r["value"], r["unit"]) for r in extract_targets(text, annual_year=2025)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "新增或改扩建村卫生室(社区卫生服务站)10家;",
            [("新增或改扩建村卫生室(社区卫生服务站)", 10.0, "家")],
        ),
        ("新增及优化调整公交线路60条以上。", [("新增及优化调整公交线路", 60.0, "条")]),
        ("12345热线工单办结完成及时率达到95%。", [("12345热线工单办结完成及时率", 95.0, "%")]),
    ],
)
def test_joined_lead_verbs_stay(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新增城镇就业5000人。", [("城镇就业", 5000.0, "人")]),
        ("完成改造老旧小区30个。", [("改造老旧小区", 30.0, "个")]),
    ],
)
def test_a_lone_lead_verb_is_cut_as_before(text, expected):
    assert _rows(text) == expected
