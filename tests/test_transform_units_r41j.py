"""Round 41j: units in tables and labels, second batch.

- an 等 and the kind of body named before it ends a name ("县第二人民医院等医疗机构" -> 县第二人民医院;
  lexicon units_tails, which also holds the by-duty phrases and 等-forms that were in the code).
- a label may leave a space before its bracketed noun ("责任单位 （部门）：县教育局").
- a 考核细则 table's 被考核单位 column names the units that do the work (its 考核单位 only assesses).
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.unit_names import split_value
from transform.units import extract_units


def _units(text: str) -> tuple[list[str], list[str]]:
    u = extract_units(text)
    return list(u.lead), list(u.participating)


def _rows(text: str) -> list[tuple[list[str], list[str]]]:
    p = parse_document(text, source="t", is_text=True)
    return [(t["lead_units"], t["participating_units"]) for t in p.tasks]


# --- 等 and a kind of body ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "提升急诊急救能力。（责任单位：县卫生健康局、县第二人民医院等医疗机构）",
            ["县卫生健康局", "县第二人民医院"],
            [],
        ),
        ("开展近视防控。（牵头单位：区教育局；配合单位：区实验小学等学校）", ["区教育局"], ["区实验小学"]),
        ("做好公共卫生服务。（责任单位：各乡镇卫生院等基层医疗卫生机构）", ["各乡镇卫生院"], []),
        ("扩大涉农信贷。（牵頭單位：縣農商銀行等金融机构）", ["縣農商銀行"], []),
        ("培育专精特新企业。（责任单位：市工信局、市科技局等有关机构）", ["市工信局", "市科技局"], []),
    ],
)
def test_deng_kind_of_body_dropped(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("县高等学校", ("县高等学校",)),  # 高等学校 is a word, no 等-tail
        ("市中等职业学校", ("市中等职业学校",)),
        ("县第二人民医院", ("县第二人民医院",)),
        ("县教育局、县第一中学", ("县教育局", "县第一中学")),
    ],
)
def test_deng_kind_not_fired(value: str, names: tuple[str, ...]) -> None:
    assert split_value(value)[0] == names


def test_deng_list_tails_still_dropped() -> None:
    assert split_value("县发改局、县财政局等有关部门")[0] == ("县发改局", "县财政局")
    assert split_value("县直各部门按职责分工负责")[0] == ("县直各部门",)


# --- a space before the label's bracket ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "推进优质均衡。\n责任单位 （部门）：县教育局\n配合单位 （部门）：县财政局、县发改局",
            ["县教育局"],
            ["县财政局", "县发改局"],
        ),
        ("加强校园安全。牵头单位　（科室）：安全办；配合单位（科室）：基教股", ["安全办"], ["基教股"]),
        ("整治违建。责任单位 (单位)：城关镇", ["城关镇"], []),
    ],
)
def test_space_before_label_bracket(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    "text",
    [
        "完善制度（部门）：县教育局",  # no label before the bracket
        "责任单位 （备注）：县教育局",  # no label noun in the bracket
        "完成时限 （部门）：县教育局",  # no unit label before it
    ],
)
def test_space_before_label_bracket_not_fired(text: str) -> None:
    assert _units(text) == ([], [])


# --- a 考核细则 table -------------------------------------------------------------------------------


def test_assessed_units_column() -> None:
    text = (
        "某县2025年乡村振兴实绩考核细则\n"
        "序号 考核内容 考核单位 被考核单位 分值\n"
        "1 粮食生产任务完成情况 县农业农村局 各乡镇人民政府 10分\n"
        "2 人居环境整治提升 县农业农村局、县住建局 各乡镇（街道） 6分\n"
    )
    assert _rows(text) == [(["各乡镇人民政府"], []), (["各乡镇（街道）"], [])]


def test_assessed_units_column_traditional() -> None:
    text = (
        "某縣2025年營商環境考核細則\n"
        "序號 考核內容 考核單位 被考核單位\n"
        "1 政務服務一網通辦 縣政務服務中心 縣直各部門\n"
        "2 企業開辦時間壓減 縣市場監督管理局 縣市場監督管理局、縣稅務局\n"
    )
    assert _rows(text) == [(["縣直各部門"], []), (["縣市場監督管理局", "縣稅務局"], [])]


def test_assessed_units_column_with_lead() -> None:
    text = (
        "序号 考核内容 牵头单位 被考核单位 分值\n"
        "1 森林覆盖率提升 县林业局 各乡镇 5分\n"
        "2 河湖水质达标 县水利局 沿河乡镇 5分\n"
    )
    assert _rows(text) == [(["县林业局"], ["各乡镇"]), (["县水利局"], ["沿河乡镇"])]


def test_assessing_column_alone_names_no_unit() -> None:
    text = "序号 考核内容 考核单位 分值\n1 粮食生产 县农业农村局 10分\n2 人居环境 县住建局 6分\n"
    assert _rows(text) == [([], []), ([], [])]


# --- hostile scale ----------------------------------------------------------------------------------


@pytest.mark.timeout(30)
@pytest.mark.parametrize("shape", ["县医院等医疗机构、", "等等等基层医疗", "责任单位 （部门）：县局 "])
def test_large_inputs(shape: str) -> None:
    text = "加强工作。（责任单位：" + shape * 8000 + "）"
    u = extract_units(text)
    assert len(u.lead) + len(u.participating) >= 0
