"""Round 41j: units in tables and labels, second batch.

- an 等 and the kind of body named before it ends a name ("县第二人民医院等医疗机构" -> 县第二人民医院;
  lexicon units_tails, which also holds the by-duty phrases and 等-forms that were in the code).
- a label may leave a space before its bracketed noun ("责任单位 （部门）：县教育局").
- a 考核细则 table's 被考核单位 column names the units that do the work (its 考核单位 only assesses).
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.gazetteer import is_unit_like
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


# --- a town-level label beside the county's (乡镇责任单位, 镇街责任单位) -------------------------------


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        (
            "推进厕所革命。县直责任单位：县农业农村局；乡镇责任单位：各乡镇人民政府",
            ["县农业农村局", "各乡镇人民政府"],
        ),
        ("推進公路改造。縣直責任單位：縣交通運輸局；鄉鎮責任單位：沿河鄉鎮", ["縣交通運輸局", "沿河鄉鎮"]),
        ("提升村容村貌。（县直责任单位：县住建局\n镇街责任单位：各镇街）", ["县住建局", "各镇街"]),
    ],
)
def test_town_scope_label(text: str, lead: list[str]) -> None:
    assert _units(text) == (lead, [])


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("治理污水。（责任单位：城关镇、各乡镇；配合单位：县水利局）", ["城关镇", "各乡镇"], ["县水利局"]),
        (
            "治理污水。（牵头单位：县水利局，各乡镇\n配合单位：县财政局）",
            ["县水利局", "各乡镇"],
            ["县财政局"],
        ),
    ],
)
def test_town_scope_label_not_fired(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


# --- labels that name the unit and its person (责任单位及责任人) ---------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "压缩开办时间。（责任单位及责任人：县市场监管局（周敏）、县税务局（蒋涛））",
            ["县市场监管局", "县税务局"],
            [],
        ),
        (
            "深化一件事改革。（牵头单位及责任人：县政务服务中心 杨帆；配合单位及责任人：县司法局 吴勇）",
            ["县政务服务中心"],
            ["县司法局"],
        ),
        (
            "规范涉企检查。責任單位及負責人：縣司法局 吳勇、縣市場監督管理局 周敏",
            ["縣司法局", "縣市場監督管理局"],
            [],
        ),
    ],
)
def test_unit_and_person_labels(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    "text",
    ["规范涉企检查。（责任人：吴勇、周敏）", "规范涉企检查。（责任领导及责任人：吴勇）"],
)
def test_unit_and_person_labels_not_fired(text: str) -> None:
    assert _units(text) == ([], [])


# --- 等驻县单位, and 等-kinds in a table cell ----------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("县公安局、县卫生健康局等驻县单位", ("县公安局", "县卫生健康局")),
        ("市供电公司等驻市单位", ("市供电公司",)),
        ("国网某县供电公司、中国电信某县分公司等驻县企业", ("国网某县供电公司", "中国电信某县分公司")),
        ("县退役军人事务局、驻县部队", ("县退役军人事务局", "驻县部队")),  # not fired: no 等
        ("县驻县单位", ("县驻县单位",)),
    ],
)
def test_deng_stationed_bodies(value: str, names: tuple[str, ...]) -> None:
    assert split_value(value)[0] == names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("县中医医院等医疗机构", True),
        ("各乡镇卫生院等基层医疗卫生机构", True),
        ("縣農商銀行等金融机构", True),
        ("推进工作等医疗机构", False),
        ("等医疗机构", False),
    ],
)
def test_deng_kind_is_unit_like(text: str, expected: bool) -> None:
    assert is_unit_like(text) is expected


def test_deng_kind_table_cell() -> None:
    text = (
        "序号 工作任务 牵头单位 配合单位\n"
        "1 加强基层卫生人才培养 县卫生健康局 各乡镇卫生院等基层医疗卫生机构\n"
        "2 提升急诊急救能力 县人民医院 县中医医院等医疗机构\n"
    )
    assert _rows(text) == [(["县卫生健康局"], ["各乡镇卫生院"]), (["县人民医院"], ["县中医医院"])]


# --- a branch word alone after a joining word ends the name before it -------------------------------


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("市生态环境局会同分局", ("市生态环境局会同分局",)),  # 会同 is a county
        ("市税务局会同分局、县财政局", ("市税务局会同分局", "县财政局")),
        ("县人民银行和支行", ("县人民银行和支行",)),
        ("县林业局；市自然资源局会同分局", ("县林业局", "市自然资源局会同分局")),
        ("县发改局和县财政局", ("县发改局", "县财政局")),  # not fired
        ("县公安局和交警大队", ("县公安局", "交警大队")),  # not fired: a named branch
    ],
)
def test_bare_branch_after_join(value: str, names: tuple[str, ...]) -> None:
    assert split_value(value)[0] == names
