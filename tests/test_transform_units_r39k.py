"""Round 39k: units, the tail left open by 39h (short pass).

- a unit label that holds none of the role words (包抓单位, 包联部门, 包保单位, 会办单位, 相关部门)
  is read even when no other role word is in the text: "（包抓领导：王军，包抓单位：区住建局）" (a comma
  after the leader's name) names 区住建局.
"""

from __future__ import annotations

import pytest

from transform.units import _unit_label_only, extract_units


def _units(text: str) -> tuple[list[str], list[str]]:
    u = extract_units(text)
    return list(u.lead), list(u.participating)


# --- a unit label without a role word -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("推进老旧小区改造。完成管网更新。（包抓领导：王军，包抓单位：区住建局）", ["区住建局"], []),
        ("提升园区承载能力。（包抓领导：何明，包抓部门：区开发区管委会）", ["区开发区管委会"], []),
        ("清理河道垃圾。全面清理沿河垃圾。（包抓領導：王軍，包抓單位：區水利局）", ["區水利局"], []),
        (
            "建设冷链物流中心。包联县级领导：孙丽，包联部门：县商务局、县交通运输局",
            ["县商务局", "县交通运输局"],
            [],
        ),
        ("整治校园周边环境。（包保领导：李强, 包保单位:县教育局）", ["县教育局"], []),
    ],
)
def test_unit_label_without_role_word_is_read(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    "text",
    [
        "推进老旧小区改造。（包抓领导：王军）",  # a leader only: no unit
        "完善社区养老服务设施。新建一批日间照料中心。",  # no label at all
        "做好宣传引导。联系人：张三，联系电话：12345678",  # person fields only
    ],
)
def test_no_unit_label_no_units(text: str) -> None:
    assert not _unit_label_only(text)
    assert _units(text) == ([], [])


def test_label_only_text_runs_no_clause_rule() -> None:
    # the label is read; the text's other phrasing is not taken for a unit clause
    lead, part = _units("县城管局要加大巡查力度。（包抓领导：王军，包抓单位：区住建局）")
    assert lead == ["区住建局"]
    assert part == []


@pytest.mark.timeout(30)
@pytest.mark.parametrize("n", [500, 2000, 8000])
def test_label_scan_at_scale(n: int) -> None:
    hit = "（包抓领导：王军，包抓单位：区住建局）" * n
    miss = "（联系人：王军，电话：区住建局）" * n
    assert _unit_label_only(hit)
    assert not _unit_label_only(miss)
