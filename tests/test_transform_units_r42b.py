"""Round 42b: units in tables, labels and names.

- Hong Kong departments end in 署 after the word of their field (屋宇署, 地政總署, 路政署, 社會福利署:
  lexicon units_endings); 署 alone ends no name (工作部署, 签署).
- An office and its person in one label (责任科室及责任人, 牵头科室及责任人, 配合科室及责任人, 责任处室及负责人:
  units_roles.toml): the office is read, the person dropped.
- A table's unit cell with a person glued to the unit ("县司法局周敏") is a unit cell
  (transform/table_cells.py `is_units`).
- A task's title stops before a role label it ran into after a dash ("规范农贸市场秩序——牵头单位：…")
  (transform/titles.py).
- A spaced table whose header is printed on two lines ("序号 工作任务 责任单位" over "牵头单位 配合单位") reads
  the second line as the sub-columns of 责任单位 (transform/texttables.py).
- A space between a traditional unit name's end and the next name's level ("縣城投集團 縣自然資源局") separates
  the two, as in simplified text (transform/stray_spaces.py).
- A deadline glued to a table's unit cell ("县消防救援大队2025年10月底前") leaves it a unit cell.
- A 科室及责任人 column (责任科室及责任人, 责任处室及负责人) is a unit column (table_columns.toml), and a person in
  a cell of its own after the unit's is dropped (transform/table_rows.py).
- The end of a unit name a PDF wrapped onto the next line inside a spaced table's cell ("县住房和城乡建" / "设局")
  joins the name it completes (transform/table_wraps.py).
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.gazetteer import is_unit_like
from transform.stray_spaces import stray_spaces
from transform.units import extract_units


def _units(text: str) -> tuple[list[str], list[str]]:
    u = extract_units(text)
    return list(u.lead), list(u.participating)


def _tasks(text: str) -> list[tuple[str, list[str], list[str]]]:
    p = parse_document(text, source="t", is_text=True)
    return [(t["title"], t["lead_units"], t["participating_units"]) for t in p.tasks]


# --- 署 of Hong Kong departments ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("處理僭建物。牽頭部門：屋宇署；協辦部門：地政總署、消防處", ["屋宇署"], ["地政總署", "消防處"]),
        ("修復行人路。牵头部门：路政署；协办部门：渠务署、水务署", ["路政署"], ["渠务署", "水务署"]),
        ("支援長者。負責部門：社會福利署、衞生署", ["社會福利署", "衞生署"], []),
        ("檢討土地用途。牽頭部門：規劃署；協辦部門：民政事務總署", ["規劃署"], ["民政事務總署"]),
    ],
)
def test_hk_departments_ending_shu(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize("name", ["屋宇署", "地政總署", "房屋署", "机电工程署", "海关总署"])
def test_shu_names_are_units(name: str) -> None:
    assert is_unit_like(name)


@pytest.mark.parametrize("text", ["工作部署", "签署", "统筹部署", "安排部署"])
def test_shu_verbs_are_no_units(text: str) -> None:
    assert not is_unit_like(text)


# --- an office and its person in one label -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("严格落实查房制度。责任科室及责任人：医务科 王晓明", ["医务科"], []),
        ("规范病历书写。责任科室及责任人：质控科 李红；配合科室：各临床科室", ["质控科"], ["各临床科室"]),
        ("落实食堂管理。责任科室及责任人：总务处 赵刚、后勤服务中心 钱进", ["总务处", "后勤服务中心"], []),
        (
            "推进档案数字化。牵头科室及责任人：办公室 孙丽；配合科室及责任人：信息科 周强",
            ["办公室"],
            ["信息科"],
        ),
        ("完善内控制度。责任处室及负责人：财务处 吴敏", ["财务处"], []),
    ],
)
def test_office_and_person_labels(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    "text",
    [
        "明确责任科室及责任人，压实工作责任。",
        "各科室要落实责任科室及责任人制度。",
    ],
)
def test_office_and_person_words_in_prose_name_none(text: str) -> None:
    assert _units(text) == ([], [])


# --- a person glued to a unit in a table cell --------------------------------------------------------


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "某县2025年改革任务台账\n序号 改革任务 责任单位及责任人 完成时限\n"
            "1 推进一件事一次办 县行政审批局李明 2025年6月\n2 开展告知承诺制 县司法局周敏 2025年12月\n",
            [["县行政审批局"], ["县司法局"]],
        ),
        (
            "某区2025年重点任务表\n| 序号 | 工作任务 | 责任单位 | 完成时限 |\n"
            "| 1 | 深化审批制度改革 | 区住建局王强、区自然资源局赵丽 | 9月底 |\n"
            "| 2 | 推进预算绩效管理 | 区财政局张伟 | 年底 |\n",
            [["区住建局", "区自然资源局"], ["区财政局"]],
        ),
        (
            "某市2025年任务清单\n序号\t工作任务\t责任单位\t完成时限\n"
            "1\t整治农贸市场\t市市场监管局刘洋\t6月\n2\t规范共享单车\t市城管局陈静\t8月\n",
            [["市市场监管局"], ["市城管局"]],
        ),
        (
            "某縣2025年重點任務台賬\n序號 工作任務 責任單位及責任人 完成時限\n"
            "1 推進預算績效管理 縣財政局張偉 2025年6月\n2 深化校園安全整治 縣教育局孫立 2025年9月\n",
            [["縣財政局"], ["縣教育局"]],
        ),
    ],
)
def test_unit_cell_with_glued_person(page: str, expected: list[list[str]]) -> None:
    assert [lead for _, lead, _ in _tasks(page)] == expected


def test_person_only_cell_stays_no_unit() -> None:
    page = (
        "某县2025年重点任务表\n序号 工作任务 责任单位 责任人 完成时限\n"
        "1 推进老旧小区改造 县住建局 王强 2025年9月\n2 推进预算绩效管理 县财政局 张伟 2025年12月\n"
    )
    assert [(lead, part) for _, lead, part in _tasks(page)] == [(["县住建局"], []), (["县财政局"], [])]


def test_task_cell_naming_a_unit_stays_the_title() -> None:
    page = (
        "某县2025年重点任务表\n序号 工作任务 责任单位 完成时限\n"
        "1 支持县财政局改革 县发改局 2025年9月\n2 推进县医院扩建 县卫生健康局 2025年12月\n"
    )
    assert _tasks(page) == [
        ("支持县财政局改革", ["县发改局"], []),
        ("推进县医院扩建", ["县卫生健康局"], []),
    ]


# --- a title runs into a label after a dash -----------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("1.规范农贸市场秩序——牵头单位：县市场监督管理局，配合单位：县商务局", "规范农贸市场秩序"),
        ("1.整治城市“牛皮癣”小广告—责任单位：县城市管理局", "整治城市“牛皮癣”小广告"),
        ("1.推进惠企政策免申即享－主责单位：县发改局", "推进惠企政策免申即享"),
        ("1.开展志愿服务进社区活动-配合单位：团县委", "开展志愿服务进社区活动"),
    ],
)
def test_title_stops_before_dashed_label(line: str, title: str) -> None:
    page = f"某县2025年重点任务\n{line}\n2.加强城市管理。牵头单位：县城管局\n"
    assert _tasks(page)[0][0] == title


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("1.推进城乡融合——示范区建设。牵头单位：县发改局", "推进城乡融合——示范区建设"),
        ("1.建设G-5连接线。牵头单位：县交通运输局", "建设G-5连接线"),
        ("1.强化责任落实——压实责任：各单位要明确专人", "强化责任落实——压实责任"),
    ],
)
def test_title_keeps_dash_without_label(line: str, title: str) -> None:
    page = f"某县2025年重点任务\n{line}\n2.加强城市管理。牵头单位：县城管局\n"
    assert _tasks(page)[0][0] == title


# --- a two-line header of a spaced table -------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "sub"),
    [
        ("序号 工作任务 责任单位", "牵头单位 配合单位"),
        ("序号 重点任务 责任单位 完成时限", "牵头单位 配合单位"),
        ("序号 工作任务 责任部门", "牵头部门 配合部门"),
    ],
)
def test_second_header_line_splits_resp_column(head: str, sub: str) -> None:
    deadline = " 2025年底" if "时限" in head else ""
    page = (
        f"某县2025年任务分工表\n{head}\n{sub}\n"
        f"1 开展扬尘污染治理 县住建局 县城市管理局、县生态环境分局{deadline}\n"
        f"2 推进秸秆综合利用 县农业农村局 各乡镇人民政府{deadline}\n"
    )
    assert [(lead, part) for _, lead, part in _tasks(page)] == [
        (["县住建局"], ["县城市管理局", "县生态环境分局"]),
        (["县农业农村局"], ["各乡镇人民政府"]),
    ]


def test_first_row_under_header_is_no_sub_header() -> None:
    page = (
        "某县2025年任务分工表\n序号 工作任务 责任单位\n"
        "1 开展扬尘污染治理 县住建局\n2 推进秸秆综合利用 县农业农村局\n"
    )
    assert [(lead, part) for _, lead, part in _tasks(page)] == [(["县住建局"], []), (["县农业农村局"], [])]


def test_unit_names_line_under_header_is_no_sub_header() -> None:
    page = (
        "某县2025年任务分工表\n序号 工作任务 牵头单位 配合单位\n"
        "1 开展扬尘污染治理 县住建局 县城管局\n2 推进秸秆综合利用 县农业农村局 各乡镇人民政府\n"
    )
    assert [(lead, part) for _, lead, part in _tasks(page)] == [
        (["县住建局"], ["县城管局"]),
        (["县农业农村局"], ["各乡镇人民政府"]),
    ]


# --- a separator space in a traditional mirror ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("1 新建停車場 縣城投集團 縣自然資源局\n2 建設托育點 縣衛生健康局 縣婦聯、團縣委\n", "團 縣"),
        ("1 新建停車場 區城投集團 區自然資源局\n2 建設托育點 區衛生健康局 區婦聯、團區委\n", "團 區"),
        ("1 新建停車場 市城投集團 市財政局\n2 組織志願服務 共青團市委 市民政局\n", "團 市"),
    ],
)
def test_traditional_separator_space_kept(text: str, at: str) -> None:
    k = text.index(at) + 1
    assert (k, k + 1) not in stray_spaces(text)


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("地區生產總值增 長6%。全年增長目標明確。", "增 長"),
        ("承辦單位：縣城投集 團。縣城投集團負責建設。", "集 團"),
    ],
)
def test_traditional_stray_space_still_dropped(text: str, at: str) -> None:
    k = text.index(at) + 1
    assert (k, k + 1) in stray_spaces(text)


# --- a deadline glued to a table's unit cell ---------------------------------------------------------


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "某县2025年专项整治任务表\n序号 整治任务 责任单位 完成时限\n"
            "1 燃气安全专项整治 县住房和城乡建设局2025年6月底前\n2 自建房安全排查 县住建局 2025年9月底前\n"
            "3 电动自行车安全整治 县消防救援大队2025年10月底前\n",
            [["县住房和城乡建设局"], ["县住建局"], ["县消防救援大队"]],
        ),
        (
            "某区2025年重点任务表\n序号\t工作任务\t责任单位\t完成时限\n"
            "1\t整治农贸市场\t区市场监管局2025年8月\n2\t规范共享单车\t区城管局2025年底前\n",
            [["区市场监管局"], ["区城管局"]],
        ),
        (
            "某縣2025年重點任務表\n序號 工作任務 責任單位 完成時限\n"
            "1 推進預算績效管理 縣財政局2025年6月底前\n2 深化校園安全整治 縣教育局2025年9月\n",
            [["縣財政局"], ["縣教育局"]],
        ),
    ],
)
def test_unit_cell_with_glued_deadline(page: str, expected: list[list[str]]) -> None:
    assert [lead for _, lead, _ in _tasks(page)] == expected


def test_deadline_cell_alone_stays_no_unit() -> None:
    page = (
        "某县2025年重点任务表\n序号 工作任务 责任单位 完成时限\n"
        "1 推进老旧小区改造 县住建局 2025年9月底前\n2 推进预算绩效管理 县财政局 2025年12月底前\n"
    )
    assert [(lead, part) for _, lead, part in _tasks(page)] == [(["县住建局"], []), (["县财政局"], [])]


# --- a 科室及责任人 column ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "cells", "expected"),
    [
        ("责任科室及责任人", ("门诊部 刘芳", "医务科 张华"), [["门诊部"], ["医务科"]]),
        ("责任处室及负责人", ("住房保障处 王强", "城市建设处 李红"), [["住房保障处"], ["城市建设处"]]),
        ("责任单位及责任人", ("县财政局 张伟", "县教育局 孙立"), [["县财政局"], ["县教育局"]]),
    ],
)
def test_office_and_person_column(head: str, cells: tuple[str, str], expected: list[list[str]]) -> None:
    page = (
        f"某县2025年工作方案\n序号 工作任务 {head} 完成时限\n"
        f"1 优化预约诊疗流程 {cells[0]} 2025年6月\n2 推行检查结果互认 {cells[1]} 2025年9月\n"
    )
    assert [lead for _, lead, _ in _tasks(page)] == expected


def test_two_units_in_a_cell_stay_two() -> None:
    page = (
        "某县2025年工作方案\n序号 工作任务 责任单位 完成时限\n"
        "1 优化预约诊疗流程 县卫健局 县医保局 2025年6月\n2 推行检查结果互认 县人民医院 2025年9月\n"
    )
    assert [lead for _, lead, _ in _tasks(page)] == [["县卫健局", "县医保局"], ["县人民医院"]]


def test_person_in_leader_column_stays_out() -> None:
    page = (
        "某县2025年工作方案\n序号 工作任务 责任单位 责任人 完成时限\n"
        "1 优化预约诊疗流程 门诊部 刘芳 2025年6月\n2 推行检查结果互认 医务科 张华 2025年9月\n"
    )
    assert [lead for _, lead, _ in _tasks(page)] == [["门诊部"], ["医务科"]]


# --- a unit name cut by a PDF inside a spaced table's cell -------------------------------------------


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (
            "1 整治城区黑臭水体 县住房和城乡建 县生态环境分局\n设局\n2 规范矿山生态修复 县林业局 县自然资源局\n",
            [(["县住房和城乡建设局"], ["县生态环境分局"]), (["县林业局"], ["县自然资源局"])],
        ),
        (
            "1 整治城区黑臭水体 县住建局 县自然资源和规\n划局\n2 规范矿山生态修复 县林业局 县自然资源局\n",
            [(["县住建局"], ["县自然资源和规划局"]), (["县林业局"], ["县自然资源局"])],
        ),
        (
            "1 整治城区黑臭水体 县财政 县生态环境分局\n局\n2 规范矿山生态修复 县林业局 县自然资源局\n",
            [(["县财政局"], ["县生态环境分局"]), (["县林业局"], ["县自然资源局"])],
        ),
    ],
)
def test_cut_unit_name_joins_its_cell(rows: str, expected: list[tuple[list[str], list[str]]]) -> None:
    page = f"某县2025年整改任务清单\n序号 整改任务 牵头单位 配合单位\n{rows}"
    assert [(lead, part) for _, lead, part in _tasks(page)] == expected


def test_whole_unit_on_next_line_joins_the_list() -> None:
    page = (
        "某县2025年整改任务清单\n序号 整改任务 牵头单位 配合单位\n"
        "1 整治城区黑臭水体 县住建局 县生态环境分局、\n县水利局\n2 规范矿山生态修复 县林业局 县自然资源局\n"
    )
    assert [(lead, part) for _, lead, part in _tasks(page)] == [
        (["县住建局"], ["县生态环境分局", "县水利局"]),
        (["县林业局"], ["县自然资源局"]),
    ]


def test_task_cell_end_on_next_line_stays_the_title() -> None:
    page = (
        "某县2025年整改任务清单\n序号 整改任务 牵头单位 配合单位\n"
        "1 建设城乡客运一体 县交通运输局 各乡镇人民政府\n化示范县\n2 规范矿山生态修复 县林业局 县自然资源局\n"
    )
    assert _tasks(page)[0][0] == "建设城乡客运一体化示范县"


def test_level_name_on_next_line_is_no_cut_end() -> None:
    page = (
        "某县2025年整改任务清单\n序号 整改任务 责任领导 牵头单位 配合单位\n"
        "1 整治城区黑臭水体 李建华 县住建局 县生态环境分局\n县水利局\n2 规范矿山生态修复 王强 县林业局 县自然资源局\n"
    )
    assert [(lead, part) for _, lead, part in _tasks(page)] == [
        (["县住建局"], ["县生态环境分局", "县水利局"]),
        (["县林业局"], ["县自然资源局"]),
    ]
