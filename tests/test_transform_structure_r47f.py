"""Round 47f: structure, second pass.

- 一是 items at two levels in one paragraph of a report ("一是抓产业发展。一是做强…；二是发展…。"): the inner
  run sits under the outer item (`transform.nested_runs`, `lines.NestedItem`, `tree`).
- A task code of any shape in a 编号 / 任务编号 column ("A-01", "ZX-2026-01", "RW2026001") labels its row as
  printed (`table_rows.compound_number`, `numbering.row_code_marker`; 任务编号 is a number column).
- An item's sentence cut in mid-clause by a short PDF page's line break ("2.完成 12 座小型水库除险加固，病险水库"
  / "数量减少到 5 座以内。") is one line (`transform.clause_wraps`).
"""

from __future__ import annotations

import pytest

from transform.clause_wraps import cut_in_clause
from transform.document import parse_document
from transform.nested_runs import nested_cuts
from transform.numbering import code_serial, row_code_marker
from transform.table_rows import compound_number


def _doc(text: str):
    return parse_document(text, source="p.txt", is_text=True)


def _tasks(text: str) -> list[tuple[tuple[str, ...], str, list[str]]]:
    return [(tuple(t["path"]), t["title"], t["lead_units"]) for t in _doc(text).tasks]


def _paths(text: str) -> list[tuple[str, ...]]:
    return [tuple(t["path"]) for t in _doc(text).tasks]


# --- 一是 at two levels ---------------------------------------------------------------------------

_NEWS = """某县召开2026年乡村振兴工作推进会

发布时间：2026-03-12

会议要求，今年要重点抓好三个方面工作。一是抓产业发展。一是做强茶叶产业，新增标准化茶园5000亩，由县农业农村局牵头负责；二是发展林下经济，培育示范基地10个，由县林业局牵头负责。

二是抓乡村建设。一是实施农村公路提质改造，完成提质改造80公里，由县交通运输局牵头负责；二是推进农村供水保障，由县水利局牵头负责。

三是抓乡村治理。推广积分制管理，由县委组织部牵头负责。
"""


def test_news_inner_run_nests_under_outer_item():
    assert _paths(_NEWS) == [
        ("一是", "一是"),
        ("一是", "二是"),
        ("二是", "一是"),
        ("二是", "二是"),
        ("三是",),
    ]


def test_news_inner_items_keep_their_units_and_targets():
    doc = _doc(_NEWS)
    assert doc.tasks[0]["lead_units"] == ["县农业农村局"]
    assert doc.tasks[2]["lead_units"] == ["县交通运输局"]
    paths = {t["task_id"]: tuple(t["path"]) for t in doc.tasks}
    assert {paths[g["task_id"]] for g in doc.targets} == {
        ("一是", "一是"),
        ("一是", "二是"),
        ("二是", "一是"),
    }


def test_meeting_yiyao_over_yishi():
    text = (
        "县政府常务会议研究部署安全生产工作\n\n日期：2026年4月8日\n\n"
        "会议要求，一要压实安全责任。一是开展隐患排查整治，排查整治隐患500处以上，由县应急管理局牵头负责；"
        "二是强化企业主体责任，由县应急管理局牵头负责。\n\n"
        "二要抓好重点领域。一是整治道路交通安全，由县交通运输局牵头负责；二是防范消防安全风险，新建微型消防站15个，"
        "由县消防救援大队牵头负责。\n"
    )
    assert _paths(text) == [("一要", "一是"), ("一要", "二是"), ("二要", "一是"), ("二要", "二是")]


def test_traditional_report_nests_too():
    text = (
        "南港市召開2026年文化旅遊工作會議\n\n發布時間：2026-03-05\n\n"
        "會議要求，全年重點抓好兩方面工作。一是提升旅遊品質。一是建設智慧景區，新增智慧景區5個，由市文化和旅遊局牽頭負責；"
        "二是培育夜間經濟，打造夜間消費集聚區3個，由市商務局牽頭負責。\n\n"
        "二是繁榮文化事業。一是推進公共文化設施建設，新建城市書房10個，由市文化和旅遊局牽頭負責；"
        "二是開展文化惠民演出，全年送戲下鄉200場，由市文化和旅遊局牽頭負責。\n"
    )
    assert _paths(text) == [("一是", "一是"), ("一是", "二是"), ("二是", "一是"), ("二是", "二是")]


def test_inner_items_with_unit_brackets():
    text = (
        "某县召开2026年经济工作推进会\n\n发布日期：2026-03-18\n\n"
        "会议强调，要重点抓好以下工作。一是优化营商环境。一是深化改革，新增集成服务事项20项（责任单位：县政务服务中心）；"
        "二是开展惠企政策直达行动（责任单位：县发改局）。\n\n"
        "二是扩大有效投资。一是抓好重大项目建设，新开工重大项目30个（责任单位：县发改局）；"
        "二是加大招商引资力度，引进亿元以上项目15个（责任单位：县商务局）。\n"
    )
    tasks = _tasks(text)
    assert [t[0] for t in tasks] == [("一是", "一是"), ("一是", "二是"), ("二是", "一是"), ("二是", "二是")]
    assert [t[2] for t in tasks] == [["县政务服务中心"], ["县发改局"], ["县发改局"], ["县商务局"]]


def test_outer_heading_in_a_paragraph_of_its_own():
    text = (
        "某县召开2026年生态环境保护工作会议\n\n发布时间：2026-04-02\n\n会议对今年重点工作作出部署。\n\n"
        "一是打好蓝天保卫战。\n\n"
        "一是淘汰老旧柴油货车，全年淘汰150辆，由县公安局交警大队牵头负责；二是整治工业炉窑，由县生态环境分局牵头负责。\n\n"
        "二是打好碧水保卫战。\n\n"
        "一是整治入河排污口，完成整治40个，由县生态环境分局牵头负责；二是推进污水处理设施提标，由县住建局牵头负责。\n\n"
        "会议要求，各单位要确保完成年度目标任务。\n"
    )
    assert _paths(text) == [("一是", "一是"), ("一是", "二是"), ("二是", "一是"), ("二是", "二是")]


def test_one_line_items_then_a_run_stay_apart():
    # the paragraph above the run is an item with its own text: the run is not its items
    text = (
        "某县召开2026年安全生产工作会\n\n发布时间：2026-03-02\n\n"
        "一是压实责任，由县应急管理局牵头负责。\n\n"
        "会议强调，一是抓好隐患排查，由县应急管理局牵头负责；二是抓好应急演练，由县消防救援大队牵头负责。\n"
    )
    assert all(len(p) == 1 for p in _paths(text))


def test_one_level_run_stays_one_level():
    # no short heading sentence after 一是: one run, as before
    text = (
        "某县召开2026年春耕生产工作会\n\n发布时间：2026-03-02\n\n"
        "会议要求，一是抓好春耕备耕，落实粮食播种面积10万亩，由县农业农村局牵头负责；"
        "二是抓好农资保供，由县供销社牵头负责；三是抓好技术服务，由县农技中心牵头负责。\n"
    )
    assert _paths(text) == [("一是",), ("二是",), ("三是",)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("一是抓产业发展。一是做强茶叶；二是发展林下经济。", ([8, 15], {8, 15})),
        ("一是加强组织领导，压实责任。一是成立专班；二是定期调度。", None),  # a clause: no heading
        ("一是抓产业发展。一是做强茶叶产业。", None),  # an inner run of one
    ],
)
def test_nested_cuts(line, expected):
    from transform.numbering import match_marker

    shi = [(0, match_marker(line))]
    for pos in range(1, len(line)):
        if line[pos - 1] in "。；" and (mk := match_marker(line[pos:])) is not None:
            shi.append((pos, mk))
    assert nested_cuts(line, shi) == expected


# --- task codes in a number column --------------------------------------------------------------

_ZX = """临川区2026年市容环境专项整治重点任务清单

| 编号 | 整治任务 | 牵头单位 | 配合单位 | 完成时限 |
| --- | --- | --- | --- | --- |
| ZX-2026-01 | 整治违规占道经营，清理占道摊点200处 | 区城管局 | 各街道办事处 | 2026年6月底 |
| ZX-2026-02 | 开展餐饮油烟专项整治 | 区生态环境分局 | 区市场监管局 | 2026年9月底 |
"""


def test_dashed_year_codes_label_their_rows():
    assert _tasks(_ZX) == [
        (("ZX-2026-01",), "整治违规占道经营，清理占道摊点200处", ["区城管局"]),
        (("ZX-2026-02",), "开展餐饮油烟专项整治", ["区生态环境分局"]),
    ]


def test_task_code_column_with_digit_codes():
    text = (
        "某镇2026年民生实事任务分解表\n\n| 任务编号 | 任务名称 | 责任单位 | 完成时间 |\n| --- | --- | --- | --- |\n"
        "| RW2026001 | 改造提升集镇供水管网8公里 | 镇村镇建设办 | 2026年8月 |\n"
        "| RW2026002 | 新建村级养老服务站3个 | 镇社会事务办 | 2026年10月 |\n"
    )
    assert _paths(text) == [("RW2026001",), ("RW2026002",)]


def test_task_code_column_with_letter_codes():
    text = (
        "某区2026年优化营商环境重点任务清单\n\n| 任务编号 | 任务内容 | 牵头单位 | 完成时限 |\n| --- | --- | --- | --- |\n"
        "| A-01 | 压缩企业开办时间 | 区市场监管局 | 2026年6月底 |\n"
        "| B-01 | 开展涉企收费专项治理 | 区发改局 | 2026年12月底 |\n"
    )
    assert _paths(text) == [("A-01",), ("B-01",)]


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("ZX-2026-01", (1, "ZX-2026-01 ")),
        ("RW2026001", (1, "RW2026001 ")),
        ("GZ－12", (12, "GZ-12 ")),
        ("1.2", (2, "1.2 ")),
        ("ZX-2026-00", None),
        ("县发改局", None),
    ],
)
def test_compound_number_reads_codes(cell, expected):
    assert compound_number(cell) == expected


def test_row_code_marker():
    mk = row_code_marker("RW2026003  开展免费筛查")
    assert mk is not None and (mk.kind, mk.label, mk.number) == ("named", "RW2026003", 3)
    assert row_code_marker("G20国道改造") is None
    assert code_serial("ZX-2026-12") == 12


# --- an item's sentence cut in mid-clause ------------------------------------------------------------


def test_pdf_item_cut_in_clause_reads_on():
    text = (
        "某县2026年交通建设任务清单\n某县交通运输局\n2026 年 3 月 5 日\n一、农村公路\n"
        "1.完成农村公路提质改造 60 公里，危桥\n改造 8 座。\n"
        "2.新建农村公路安防设施 150 公里，农村客运\n通达率达到 100%。\n"
    )
    assert [t[1] for t in _tasks(text)] == [
        "完成农村公路提质改造 60 公里，危桥改造 8 座",
        "新建农村公路安防设施 150 公里，农村客运通达率达到 100%",
    ]


def test_pdf_paren_item_cut_before_its_unit_bracket():
    text = (
        "某县2026年污水治理工作要点\n某县住房和城乡建设局\n2026 年 2 月 26 日\n一、城镇污水治理\n"
        "（1）新建乡镇污水处理设施 3 座，新增污水\n处理能力 2 万吨/日。（牵头单位：县住建局）\n"
        "（2）改造城区老旧污水管网 12 公里。（牵头单位：县城管局）\n"
    )
    tasks = _tasks(text)
    assert tasks[0][1:] == ("新建乡镇污水处理设施 3 座，新增污水处理能力 2 万吨/日", ["县住建局"])


@pytest.mark.parametrize(
    ("prev", "line", "expected"),
    [
        ("2.完成 12 座小型水库除险加固，病险水库", "数量减少到 5 座以内。", True),
        ("1.新建公办幼儿园 2 所，", "新增学位 540 个。", True),  # cut after a comma
        ("1.加强组织领导，压实工作责任", "成立工作专班。", False),  # a heading: no figure
        ("1.加强组织领导，", "成立工作专班。", False),
        (
            "1.新建污水管网 5 公里，改造泵站",
            "2座，完成管网清淤，提升能力。",
            False,
        ),  # a clause mark before 。
        ("完成 12 座小型水库除险加固，病险水库", "数量减少到 5 座以内。", False),  # no item
        ("2.完成 12 座小型水库除险加固，病险水库", "数量减少到 5 座以内。其余列入计划。", False),
    ],
)
def test_cut_in_clause(prev, line, expected):
    assert cut_in_clause(prev, line) is expected


def test_pdf_item_cut_after_comma_reads_on():
    text = (
        "某县2026年教育民生实事清单\n某县教育局\n2026 年 1 月 20 日\n一、学前教育\n"
        "1.新建公办幼儿园 2 所，\n新增学位 540 个。\n"
        "2.改造农村幼儿园 6 所，配备玩教具\n设备 300 套。\n"
    )
    assert [t[1] for t in _tasks(text)] == [
        "新建公办幼儿园 2 所，新增学位 540 个",
        "改造农村幼儿园 6 所，配备玩教具设备 300 套",
    ]


def test_task_code_column_in_tab_export():
    text = (
        "某区2026年城市更新重点任务清单\n\n任务编号\t任务内容\t牵头单位\t配合单位\t完成时限\n"
        "CS-2026-001\t改造老旧小区12个\t区住建局\t各街道办事处\t2026年11月\n"
        "CS-2026-002\t新建口袋公园5个\t区城管局\t区自然资源分局\t2026年10月\n"
    )
    assert _tasks(text) == [
        (("CS-2026-001",), "改造老旧小区12个", ["区住建局"]),
        (("CS-2026-002",), "新建口袋公园5个", ["区城管局"]),
    ]
