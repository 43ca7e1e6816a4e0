"""Round 47a: units of whole plans in new genres (低空经济, 户外运动, 海洋经济, 冰雪, 消费帮扶, 家政, 殡葬 …).

- A bare verb label (参与, 配合, 协同, 牵头 …) glued to words that name no unit is the end of a task's
  heading, no label: "动员社会力量参与：组织企业、社会组织认购…" (a table's task and content cells joined by
  a colon) names no participating units (transform/unit_labels.py).
- The numbered list after "附件：" names attached documents that end with 流程, 模板, 回执, 承诺书 …
  as well as 表/清单/方案: "2.消费帮扶产品认定流程" is no task (transform/tree.py).
- A space-laid table whose header is printed again under each section row ("三、强化信用监管" then
  "序号  工作任务  牵头单位  配合单位") reads the header as a header, not as the rest of the row above:
  the section row closes the section before it (transform/texttables.py).
"""

from __future__ import annotations

import pytest

from planwatch.records import ParsedDocument
from transform.document import parse_document
from transform.units import extract_units


def _units(text: str) -> tuple[list[str], list[str]]:
    u = extract_units(text)
    return sorted(u.lead), sorted(u.participating)


def _doc(text: str) -> ParsedDocument:
    return parse_document(text, source="p.txt", is_text=True)


def _tasks(text: str) -> list[tuple[str, ...]]:
    return [tuple(t["path"]) for t in _doc(text).tasks]


def _task_units(text: str) -> dict[tuple[str, ...], tuple[list[str], list[str]]]:
    return {
        tuple(t["path"]): (sorted(t["lead_units"]), sorted(t["participating_units"]))
        for t in _doc(text).tasks
    }


# --- a bare verb glued to a heading is no label ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "动员社会力量参与：组织企业、社会组织认购帮扶产品2000万元（牵头单位：县工商联；责任单位：县总工会、县慈善总会）",
            ["县工商联"],
            ["县总工会", "县慈善总会"],
        ),
        (
            "引导群众广泛参与：组织志愿者开展宣传活动50场次（牵头单位：县文明办；配合单位：团县委）",
            ["县文明办"],
            ["团县委"],
        ),
        (
            "鼓勵社會力量參與：引導企業、社會組織設立慈善信託10單（牽頭單位：市民政局）",
            ["市民政局"],
            [],
        ),
        (
            "推动多方协同：建立企业、高校、科研院所联合攻关机制（责任单位：市科技局）",
            ["市科技局"],
            [],
        ),
    ],
)
def test_verb_glued_to_a_heading_is_no_label(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # after a separator, a bracket or a line start the bare verb is a label, as before
        ("（牵头：市科技局；协同：市工信局、市发展改革委）", ["市科技局"], ["市工信局", "市发展改革委"]),
        ("开展培训。培训1000人次。\n牵头：县人社局\n配合：县总工会", ["县人社局"], ["县总工会"]),
        # a unit name the separator was lost from: the verb after it is still a label
        ("（牵头：市科技局协同：市工信局）", ["市科技局"], ["市工信局"]),
        # a scope word glued before the label
        ("（牵头单位：省发展改革委；省直配合：省财政厅）", ["省发展改革委"], ["省财政厅"]),
    ],
)
def test_bare_verb_labels_still_read(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


def test_piped_table_row_with_a_verb_ending_its_task_cell() -> None:
    text = (
        "安平县消费帮扶实施方案\n一、重点任务\n"
        "| 序号 | 工作任务 | 目标要求 | 牵头单位 | 责任单位 |\n"
        "| 1 | 建设消费帮扶专柜 | 设置专柜50个 | 县商务局 | 县机关事务服务中心 |\n"
        "| 2 | 动员社会力量参与 | 组织企业、社会组织认购帮扶产品2000万元 | 县工商联 | 县总工会、县慈善总会 |\n"
    )
    units = _task_units(text)
    assert units[("一", "2")] == (["县工商联"], sorted(["县总工会", "县慈善总会"]))


# --- an annex list names documents ending with 流程, 模板, 回执 … -----------------------------------


@pytest.mark.parametrize(
    "second",
    [
        "2.安平县消费帮扶产品认定流程",
        "2、申报材料模板",
        "2.参会回执",
        "2.企业安全生产承诺书",
        "（2）项目申报流程图",
    ],
)
def test_annex_list_of_documents_is_no_task(second: str) -> None:
    first = "（1）任务分解表" if second.startswith("（") else "1.任务分解表"
    text = (
        "关于印发某县消费帮扶工作方案的通知\n各乡镇：\n现将方案印发给你们。\n"
        "一、重点任务\n1.建设专柜。设置专柜50个。（牵头单位：县商务局）\n"
        "二、工作要求\n各责任单位要按时报送进展。\n"
        f"附件：{first}\n{second}\n"
    )
    assert _tasks(text) == [("一", "1")]


# --- a header printed again under each section row of a space-laid table -------------------------

_SPACED = (
    "2025年云泽市社会信用体系建设工作要点\n"
    "一、夯实信用基础\n"
    "序号  工作任务                                  牵头单位          配合单位\n"
    "1     信用信息归集共享，归集信用信息3000万条以上     市发展改革委      市数据局\n"
    "2     推进信用承诺制，信用承诺书公示率达到100%       市发展改革委      市直各有关部门\n"
    "二、深化信用应用\n"
    "序号  工作任务                                  牵头单位          配合单位\n"
    "3     开展信用修复服务，信用修复办结率达到98%         市发展改革委      市市场监管局、市税务局\n"
    "三、强化信用监管\n"
    "序号  工作任务                                  牵头单位          配合单位\n"
    "4     开展失信被执行人专项治理                        市中级人民法院    市公安局\n"
)


def test_repeated_header_under_section_rows() -> None:
    assert _tasks(_SPACED) == [("一", "1"), ("一", "2"), ("二", "3"), ("三", "4")]


def test_repeated_header_keeps_the_units_of_each_row() -> None:
    units = _task_units(_SPACED)
    assert units[("二", "3")] == (["市发展改革委"], ["市市场监管局", "市税务局"])
    assert units[("三", "4")] == (["市中级人民法院"], ["市公安局"])


def test_repeated_header_in_full_width_spaces() -> None:
    text = _SPACED.replace("  ", "\u3000\u3000")
    assert _tasks(text)[-1] == ("三", "4")


# --- a unit column whose head says its first-listed unit leads ---------------------------------------

_FIRST_HEAD = (
    "南湖市粮食节约行动实施方案\n"
    "一、行动目标\n到2025年底，创建节粮减损示范企业20家。\n"
    "二、重点任务\n"
    "| 序号 | 重点任务 | {head} |\n"
    "| 1 | 推广农户科学储粮，发放科学储粮仓5000套 | 市粮食和物资储备局、市农业农村局、市财政局 |\n"
    "| 2 | 开展节粮宣传活动50场 | 市粮食和物资储备局 |\n"
)


@pytest.mark.parametrize(
    "head",
    [
        "责任单位（排在第一位的为牵头单位）",
        "责任单位（列第一位者为牵头单位）",
        "责任单位(排名第一的为牵头单位)",
        "責任單位（排在第一位的為牽頭單位）",
    ],
)
def test_first_listed_head_under_a_section(head: str) -> None:
    units = _task_units(_FIRST_HEAD.format(head=head))
    assert units[("二", "1")] == (["市粮食和物资储备局"], ["市农业农村局", "市财政局"])
    assert units[("二", "2")] == (["市粮食和物资储备局"], [])


def test_first_listed_head_in_a_tab_table() -> None:
    text = (
        "某县节水行动方案\n一、工作目标\n全年节水500万立方米。\n二、重点任务\n"
        "序号\t工作任务\t责任单位（列第一位的为牵头单位）\n"
        "1\t改造供水管网20公里\t县水利局、县住建局\n"
    )
    assert _task_units(text)[("二", "1")] == (["县水利局"], ["县住建局"])


def test_plain_responsible_head_still_leads_all() -> None:
    text = _FIRST_HEAD.format(head="责任单位")
    assert _task_units(text)[("二", "1")] == (sorted(["市粮食和物资储备局", "市农业农村局", "市财政局"]), [])


def test_first_listed_head_beside_a_part_column() -> None:
    text = (
        "某区方案\n一、重点任务\n"
        "| 序号 | 工作任务 | 责任单位（排在首位的为牵头单位） | 配合单位 |\n"
        "| 1 | 建成智慧停车平台1个 | 区城管局、区公安分局 | 各街道 |\n"
    )
    assert _task_units(text)[("一", "1")] == (["区城管局"], sorted(["区公安分局", "各街道"]))


# --- 协责 and 协同主体 labels take part ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "（一）排查危险水域。设置警示标识1200块。\n主责单位：县水利局\n协责单位：县自然资源局、各乡镇人民政府",
            ["县水利局"],
            ["县自然资源局", "各乡镇人民政府"],
        ),
        (
            "（三）加强巡查看护。\n主责单位：各乡镇人民政府\n协责单位：县水利局、县公安局",
            ["各乡镇人民政府"],
            ["县水利局", "县公安局"],
        ),
        (
            "（一）推进明厨亮灶建设。实施主体：县教育局；协同主体：县市场监督管理局。",
            ["县教育局"],
            ["县市场监督管理局"],
        ),
        (
            "（四）加强营养指导。實施主體：縣衛生健康局；協同主體：縣疾病預防控制中心。",
            ["縣衛生健康局"],
            ["縣疾病預防控制中心"],
        ),
        ("3.整治河道。责任部门：区水务局 协责部门：区城管局", ["区水务局"], ["区城管局"]),
    ],
)
def test_shared_charge_labels_take_part(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


# --- a numbered row whose cells read like heads is no new table's header ------------------------------


@pytest.mark.parametrize(
    "units_cell",
    [
        "牵头：县文明办；配合：县民政局",
        "主办：县文明办 协办：县民政局",
        "牵头单位：县文明办；配合单位：县民政局",
    ],
)
def test_numbered_row_with_labelled_units_is_no_header(units_cell: str) -> None:
    text = (
        "平江县2025年新时代文明实践工作要点\n一、重点任务\n"
        "| 序号 | 工作内容 | 责任单位 | 完成时限 |\n"
        "| 1 | 建设文明实践示范站所30个 | 牵头：县委宣传部；配合：各乡镇党委 | 2025年10月 |\n"
        f"| 2 | 培育项目10个 | {units_cell} | 2025年11月 |\n"
        "| 3 | 开展移风易俗宣传 | 牵头：县民政局；配合：各乡镇人民政府 | 2025年12月 |\n"
    )
    units = _task_units(text)
    assert list(units) == [("一", "1"), ("一", "2"), ("一", "3")]
    assert units[("一", "3")] == (["县民政局"], ["各乡镇人民政府"])
