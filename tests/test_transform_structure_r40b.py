"""Round 40b: structure in genres not yet written.

- OCR'd item numbers: "（-）" for （一）, "l．" for 1． (`transform.ocr_marks.ocr_marked`).
- A Word export's heading number and its 、 on lines of their own ("一" / "、" / "强化…")
  (`transform.ocr_marks.joined_separators`).
- 一要… 二要… of a meeting's demands, at line starts or inside a paragraph: items like 一是
  (`transform.numbering`, `transform.lines`).
- "3]落实…": a scan's 、 read as a bracket after an item number (`transform.numbering`).
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.numbering import match_marker
from transform.ocr_marks import joined_separators, ocr_marked


def _doc(text: str):
    return parse_document(text, source="p.txt", is_text=True)


def _paths(text: str) -> list[tuple[str, ...]]:
    return [tuple(t["path"]) for t in _doc(text).tasks]


# --- OCR'd item numbers --------------------------------------------------------------------------

_OCR_COUNTY = """宁川县2025年农村公路建设工作方案
一、重点任务
（-）实施提档升级。
l．改造县道15公里。（责任单位：县交通局）
2．新建桥梁3座。（责任单位：县交通局）
（二）加强养护管理。
l．完成路面养护80公里。（责任单位：县公路中心）
2．整治安全隐患50处。（责任单位：县交通局）
"""

_OCR_TOWN = """石桥镇2025年人居环境整治工作要点
（—）改善村容村貌。清理河塘沟渠40处。（责任单位：镇村建办）
（二）推进厕所革命。完成户厕改造200户。（责任单位：镇农业服务中心）
（三）治理生活污水。新增治理村5个。（责任单位：镇生态办）
"""

_OCR_CITY = """东江市2025年稳就业工作要点
l、实施就业援助。帮扶困难人员就业1200人。（牵头单位：市人社局）
2、开展技能培训。完成职业技能培训5000人次。（牵头单位：市人社局）
3、扶持创业带动。发放创业担保贷款2亿元。（牵头单位：市人社局、市财政局）
"""


def test_ocr_dash_one_and_ell_one_read_as_their_numbers():
    assert _paths(_OCR_COUNTY) == [
        ("一", "(一)", "1"),
        ("一", "(一)", "2"),
        ("一", "(二)", "1"),
        ("一", "(二)", "2"),
    ]


def test_ocr_dash_one_in_a_town_list():
    assert _paths(_OCR_TOWN) == [("(一)",), ("(二)",), ("(三)",)]


def test_ocr_ell_one_with_a_dun():
    assert _paths(_OCR_CITY) == [("1",), ("2",), ("3",)]


@pytest.mark.parametrize(
    "line",
    [
        "(-)加强组织领导",  # half-width brackets
        "（－）健全机制。",  # a full-width minus
        "（l）新建学校2所。",  # an L in brackets for (1)
    ],
)
def test_ocr_marked_fires(line):
    mk = match_marker(ocr_marked(line))
    assert mk is not None and mk.number == 1


@pytest.mark.parametrize(
    "line",
    [
        "lng加气站建设",  # a Latin word at a line's start
        "（-）",  # nothing after it
        "(-) 0.5%",  # a figure, not an item
        "l.5万吨",  # no CJK text after the dot
        "（-1）计算结果",  # a negative number in brackets
    ],
)
def test_ocr_marked_leaves_other_lines(line):
    assert ocr_marked(line) == line


# --- a number and its 、 on lines of their own --------------------------------------------------

_SPANS = """北坪镇2025年安全生产工作要点
一
、
强化责任落实
（一）
压实企业主体责任。规上企业标准化达标率达到100%。（责任单位：镇安监办）
（二）
健全网格监管。每月巡查不少于2次。（责任单位：镇综治办）
二
、
深化专项整治
（一）
燃气安全整治。完成整改120处。（责任单位：镇市场监管所）
"""

_SPANS_DOT = """河西区2025年民生实事工作方案
一
．
教育提升
1.新建社区幼儿园3所。（责任单位：区教育局）
2.改造薄弱学校5所。（责任单位：区教育局）
二
．
医疗服务
1.新建社区卫生服务站4个。（责任单位：区卫健局）
"""


def test_heading_number_and_dun_apart():
    assert _paths(_SPANS) == [("一", "(一)"), ("一", "(二)"), ("二", "(一)")]


def test_heading_number_and_dot_apart():
    assert _paths(_SPANS_DOT) == [("一", "1"), ("一", "2"), ("二", "1")]


def test_joined_separators_fires_on_each_numeral():
    assert joined_separators(["三", "、", "保障措施"]) == ["三、", "保障措施"]


@pytest.mark.parametrize(
    "lines",
    [
        ["完成", "、", "推进"],  # a word, not a number
        ["、", "一"],  # no number before it
        ["2025", "、", "工作"],  # four digits: a year
    ],
)
def test_joined_separators_leaves_other_lines(lines):
    assert joined_separators(lines) == lines


# --- 一要 二要 ----------------------------------------------------------------------------------

_MEETING_LINES = """县政府召开2025年防汛工作部署会
发布时间：2025-04-16
4月15日，县政府召开全县防汛工作部署会议。
会议要求：
一要压实防汛责任。明确各类责任人1200名。
二要抓好隐患排查。整改隐患点85处。
三要强化应急保障。组建应急抢险队伍30支。
"""

_MEETING_PARAGRAPH = """全市2025年森林防火工作方案
会议要求，一要压实防火责任，开展隐患排查，整改隐患300处；二要加强应急值守，组建扑火队伍12支；三要强化宣传教育，开展宣传活动50场。
"""

_PLAN_YAO = """平南县2025年农业生产工作要点
一、稳定粮食生产
一要落实播种面积，粮食播种面积稳定在40万亩以上。二要推广良种良法，良种覆盖率达到98%。
二、发展特色产业
一要做强茶产业，新建茶园2000亩。二要培育龙头企业，新增市级龙头企业5家。
"""


def test_yao_items_at_line_starts():
    assert _paths(_MEETING_LINES) == [("一要",), ("二要",), ("三要",)]


def test_yao_items_inside_a_paragraph():
    assert _paths(_MEETING_PARAGRAPH) == [("一要",), ("二要",), ("三要",)]


def test_yao_items_below_sections():
    assert _paths(_PLAN_YAO) == [("一", "一要"), ("一", "二要"), ("二", "一要"), ("二", "二要")]


@pytest.mark.parametrize(
    "line",
    [
        "三要素齐全的企业予以登记。",  # 三要素, a word
        "一要点说明",  # 要点
        "一要",  # nothing after it
    ],
)
def test_yao_marker_not_read(line):
    mk = match_marker(line)
    assert mk is None or mk.kind != "shi"


def test_yao_run_needs_its_own_second_item():
    text = """某县2025年工作要点
一、加强领导
一要统一思想。二是加强协调，每月召开调度会1次。
二、强化保障
落实资金2000万元。
"""
    assert ("一", "一要") not in _paths(text)


# --- "3]" for "3、" --------------------------------------------------------------------------------

_BRACKET = """白云区2025年人才工作要点
1、实施青年人才集聚行动。引进高校毕业生3000名。（责任单位：区人社局）
2、建设人才公寓。筹集房源500套。（责任单位：区住建局）
3]落实人才补贴政策。发放补贴2000万元。（责任单位：区财政局）
4、搭建对接平台。举办招聘活动20场。（责任单位：区人社局）
"""


def test_bracket_after_item_number():
    assert _paths(_BRACKET) == [("1",), ("2",), ("3",), ("4",)]
    leads = {tuple(t["path"]): t["lead_units"] for t in _doc(_BRACKET).tasks}
    assert leads[("2",)] == ["区住建局"]


@pytest.mark.parametrize("line", ["3]落实补贴。", "12］推进改造。", "1] “放管服”改革。"])
def test_bracket_marker_fires(line):
    mk = match_marker(line)
    assert mk is not None and mk.kind == "ar"


@pytest.mark.parametrize("line", ["1]", "[1]张三：论文", "3]2025年", "2] 0.5%"])
def test_bracket_marker_not_read(line):
    mk = match_marker(line)
    assert mk is None or mk.kind != "ar"


# --- hostile scale ------------------------------------------------------------------------------


@pytest.mark.timeout(30)
@pytest.mark.parametrize("n", [500, 2000, 8000])
def test_round40b_markers_hostile_scale(n):
    assert ocr_marked("（-）" + "加强" * n).startswith("（一）")
    assert ocr_marked("（-）" + "-" * n) == "（-）" + "-" * n
    assert ocr_marked("l．" + "新建" * n).startswith("1．")
    assert ocr_marked("l" * n) == "l" * n
    mk = match_marker("一要" + "压实" * n)
    assert mk is not None and mk.label == "一要"
    assert match_marker("一要" * n) is not None
    mk = match_marker("3]" + "落实" * n)
    assert mk is not None and mk.number == 3
    assert match_marker("3" + "]" * n) is None
    lines = ["一", "、", "工作"] * n
    assert len(joined_separators(lines)) == 2 * n


# --- schedule heads of a 台账 (一季度 … / 3月底前 …) ------------------------------------------------


def _tasks(text: str) -> dict[tuple[str, ...], dict]:
    return {tuple(t["path"]): t for t in _doc(text).tasks}


_QUARTERS = """松阳县2025年生态环境保护重点工作台账
| 序号 | 重点工作 | 一季度 | 二季度 | 三季度 | 四季度 | 牵头单位 | 配合单位 |
| 1 | 大气污染防治 | 淘汰燃煤锅炉5台 | 推进油烟整治 | 开展秋冬攻坚 | 形成年度总结 | 县生态环境分局 | 县工信局 |
| 2 | 水污染防治 | 制定年度方案 | 完成排污口排查 | 完成整治 | 地表水达标率100% | 县水利局 | 各乡镇 |
| 3 | 固体废物治理 | 启动无废城市建设 | 新建回收站点20个 | 开展专项检查 | 形成年度总结 | 县住建局 | 县供销社 |
"""

_MONTHS = """兴平市2025年营商环境节点目标表
| 序号 | 工作任务 | 3月底前 | 6月底前 | 9月底前 | 12月底前 | 牵头单位 | 配合单位 |
| 1 | 推行企业开办一日办结 | 出台方案 | 全面推行 | 开展评估 | 开办时间压缩至1个工作日 | 市市场监管局 | 市税务局 |
| 2 | 深化工程审批改革 | 梳理清单 | 上线联审平台 | 完成对接 | 审批时限压减至60个工作日以内 | 市住建局 | 市自然资源局、市发改局 |
| 3 | 提升政务服务便利度 | 推出清单 | 新增跨省通办事项30项 | 开展调查 | 网上可办率达到95% | 市政务服务中心 | 各镇街 |
"""

_HALVES = """河源镇2025年重点工作推进表
| 序号 | 重点任务 | 上半年 | 下半年 | 年底前 | 牵头单位 | 配合单位 |
| 1 | 农村公路提质 | 完成设计招标 | 完成硬化8公里 | 完成验收 | 镇交通站 | 各村 |
| 2 | 人居环境整治 | 完成户厕改造100户 | 完成户厕改造200户 | 完成验收 | 镇村建办 | 镇卫生院 |
"""


def test_quarter_heads_keep_the_table():
    tasks = _tasks(_QUARTERS)
    assert list(tasks) == [("1",), ("2",), ("3",)]
    assert tasks[("3",)]["lead_units"] == ["县住建局"]
    assert tasks[("3",)]["participating_units"] == ["县供销社"]


def test_month_heads_keep_unit_columns_apart():
    tasks = _tasks(_MONTHS)
    assert tasks[("2",)]["lead_units"] == ["市住建局"]
    assert tasks[("2",)]["participating_units"] == ["市自然资源局", "市发改局"]
    assert tasks[("3",)]["participating_units"] == ["各镇街"]
    assert (30.0, "项") in _values(_MONTHS)


def test_half_year_heads_keep_unit_columns_apart():
    tasks = _tasks(_HALVES)
    assert tasks[("1",)]["participating_units"] == ["各村"]
    assert tasks[("2",)]["lead_units"] == ["镇村建办"]


def _values(text: str) -> list[tuple[float, str]]:
    return sorted((t["value"], t["unit"]) for t in _doc(text).targets)


@pytest.mark.parametrize(
    "cells",
    [
        ["序号", "工作任务", "一季度", "二季度", "三季度", "四季度", "责任单位"],
        ["序号", "工作任务", "3月底前", "6月底前", "9月底前", "12月底前", "牵头单位"],
        ["序号", "重点任务", "上半年", "下半年", "责任单位"],
        ["序号", "重点任务", "1-3月", "4-6月", "7-9月", "10-12月", "牵头单位"],
    ],
)
def test_period_heads_counted(cells):
    from transform.table_cells import column_role
    from transform.table_years import task_period_heads

    roles = {r for c in cells if (r := column_role(c))}
    assert task_period_heads(cells, roles) >= 2


@pytest.mark.parametrize(
    "cells",
    [
        ["序号", "指标名称", "单位", "一季度", "二季度"],  # an indicator table: a measure column
        ["序号", "工作任务", "一季度", "二季度"],  # no unit column
        ["序号", "工作任务", "3月份工作情况", "6月份工作情况", "责任单位"],  # reports, not schedule heads
    ],
)
def test_period_heads_not_counted(cells):
    from transform.table_cells import column_role
    from transform.table_years import task_period_heads

    roles = {r for c in cells if (r := column_role(c))}
    assert task_period_heads(cells, roles) == 0


# --- milestone cells (时间节点: "6月底主体封顶，12月底竣工") ----------------------------------------------

_BATTLE = """临川区2025年项目建设作战图
序号\t作战任务\t作战目标\t时间节点\t牵头单位\t配合单位
1\t新能源电池产业园二期\t建成厂房8万平方米，完成投资6亿元\t6月底主体封顶，12月底竣工\t区工信局\t区自然资源局
2\t食品精深加工产业园\t引进加工企业5家\t9月底前完成招商\t区商务局\t
3\t城南快速路\t完成路基工程4.5公里\t一季度完成设计；四季度完成路基\t区交通局\t区自然资源局
"""


def test_milestone_cell_is_the_rows_deadline():
    tasks = _tasks(_BATTLE)
    assert tasks[("1",)]["title"] == "新能源电池产业园二期"
    assert tasks[("3",)]["title"] == "城南快速路"
    assert tasks[("1",)]["participating_units"] == ["区自然资源局"]


@pytest.mark.parametrize(
    "cell",
    [
        "6月底主体封顶，12月底竣工",
        "一季度完成设计；四季度完成路基",
        "2025年3月开工，2025年12月完工",
        "上半年完成招标，下半年建成投用",
    ],
)
def test_milestone_cells(cell):
    from transform.table_cells import cell_type

    assert cell_type(cell) == "deadline"


@pytest.mark.parametrize(
    "cell",
    [
        "新建道路3公里，改造管网5公里",  # work, not time
        "6月底主体封顶，年内完成装修和设备安装调试并投入使用，带动就业500人以上，实现产值10亿元",  # long
        "6月底前",  # one clause (a plain deadline cell, read elsewhere)
    ],
)
def test_not_milestone_cells(cell):
    from transform.table_years import is_milestones

    assert not is_milestones(cell)


# --- 节点目标 columns are the row's work --------------------------------------------------------------

_NODES = """潼南区2025年招商引资工作方案
一、重点任务及节点目标
序号 | 重点任务 | 节点目标 | 完成时限 | 牵头单位 | 配合单位
1 | 开展产业链精准招商 | 引进产业链项目25个 | 2025年12月 | 区投促中心 | 区经信委
2 | 举办专题招商活动 | 举办招商推介会8场 | 2025年11月 | 区投促中心 | 各镇街
3 | 推进签约项目落地 | 签约项目开工率达到70% | 2025年12月 | 区发改委 | 区投促中心
"""


def test_node_target_column_holds_targets():
    assert _values(_NODES) == [(8.0, "场"), (25.0, "个"), (70.0, "%")]


@pytest.mark.parametrize("head", ["节点目标", "节点任务", "节点目标任务"])
def test_node_target_heads_are_content(head):
    from transform.table_cells import column_role

    assert column_role(head) == "content"


@pytest.mark.parametrize("head", ["时间节点", "完成节点", "节点时间"])
def test_time_node_heads_stay_deadlines(head):
    from transform.table_cells import column_role

    assert column_role(head) == "deadline"


@pytest.mark.timeout(30)
@pytest.mark.parametrize("n", [500, 2000, 8000])
def test_round40b_tables_hostile_scale(n):
    from transform.table_years import _PERIOD, is_milestones

    assert _PERIOD.fullmatch("3月底前" * n) is None
    assert _PERIOD.fullmatch("一季度" + "季度" * n) is None
    assert not is_milestones("6月底封顶，" * n)
    assert not is_milestones("6月" * n)


# --- a section whose text is on its heading line, over 专栏 boxes --------------------------------

_BOX_COUNTY = """清平县“十五五”文化和旅游发展规划
二、主要任务
（一）打造精品景区。推动A级景区提质升级，新增4A级以上景区3家。
专栏1 精品景区建设工程
◆ 古镇景区提升工程：完成古镇核心区改造12万平方米。
◆ 湿地公园建设工程：建成国家湿地公园1处。
（二）发展乡村旅游。创建省级乡村旅游重点村10个。
"""

_BOX_CITY = """临江市“十五五”交通运输发展规划
第三章 重点任务
第一节 完善高速公路网。新建高速公路80公里，改扩建高速公路40公里。
专栏1 高速公路重点工程
1.临江至北山高速公路。全长45公里。
2.临江绕城高速东段。全长35公里。
第二节 提升农村公路。新改建农村公路1500公里。
"""

_BOX_TOWN = """石门镇“十五五”农业发展规划
一、发展特色种植。新建茶园2000亩，发展中药材基地500亩。
专栏1 特色种植工程
● 高山茶园工程：新建茶园2000亩。
● 中药材基地工程：建设基地500亩。
二、壮大经营主体。新增家庭农场20家。
"""


def test_heading_line_work_over_bullet_box():
    paths = _paths(_BOX_COUNTY)
    assert ("二", "(一)") in paths and ("二", "(一)", "专栏1") in paths


def test_heading_line_work_over_numbered_box():
    paths = _paths(_BOX_CITY)
    assert ("第三章", "第一节") in paths
    assert ("第三章", "第一节", "专栏1", "1") in paths


def test_section_line_work_over_box():
    paths = _paths(_BOX_TOWN)
    assert ("一",) in paths and ("一", "专栏1") in paths


def test_heading_without_work_over_box_is_no_task():
    text = """临江市“十五五”交通运输发展规划
第三章 重点任务
第一节 完善高速公路网
专栏1 高速公路重点工程
1.临江至北山高速公路。全长45公里。
2.临江绕城高速东段。全长35公里。
第二节 提升农村公路。新改建农村公路1500公里。
"""
    assert ("第三章", "第一节") not in _paths(text)


@pytest.mark.parametrize("heading", ["打造精品景区", "打造精品景区。", "打造精品景区。（略）"])
def test_states_work_not_read(heading):
    from transform.boxes import _states_work

    assert not _states_work(heading)


# --- the spaces of a table's header row part its column heads ----------------------------------------

_PROBLEMS = """鹤山区生态环境问题整改清单
序号 存在问题 整改措施 整改时限 责任单位
1 城区黑臭水体反弹 完成黑臭水体治理3条，新建截污管网6公里 2025年9月底前 区住建局
2 工业园区排放超标 完成企业深度治理15家 2025年8月底前 区生态环境分局
"""


def test_header_row_spaces_part_heads():
    tasks = _tasks(_PROBLEMS)
    assert tasks[("1",)]["title"] == "城区黑臭水体反弹"
    assert (15.0, "家") in _values(_PROBLEMS)


@pytest.mark.parametrize(
    "text",
    [
        "问题整改清单\n序号 存在问题 整改措施 责任单位\n",
        "目标任务清单\n编号 目标 任务 责任单位\n",
        "目标任务表\n序号\u3000目标 任务\u3000责任单位\n",
    ],
)
def test_header_row_spaces_kept(text):
    from transform.stray_spaces import stray_spaces

    assert stray_spaces(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "问题整改清单\n加强问题 整改，按期销号。\n",  # prose: the stray space goes
        "问题整改清单\n1 问题 整改到位\n",  # a row, not the header
    ],
)
def test_stray_spaces_outside_header_rows(text):
    from transform.stray_spaces import stray_spaces

    assert stray_spaces(text) != []


@pytest.mark.timeout(30)
@pytest.mark.parametrize("n", [500, 2000, 8000])
def test_round40b_boxes_and_heads_hostile_scale(n):
    from transform.boxes import _states_work
    from transform.stray_spaces import stray_spaces

    assert _states_work("打造。" + "推动" * n)
    assert not _states_work("打造" * n)
    text = "问题整改\n" + "序号 存在问题 整改措施 责任单位\n" * n
    assert stray_spaces(text) == []
    assert len(stray_spaces("问题整改\n序号 " + "问题 整改 " * n)) >= n - 30  # (a long line is no header row)
    assert len(stray_spaces("问题整改\n" + "问题 整改 " * n)) == n


# --- a campaign's battles: 战役一：… 攻坚行动二：… ----------------------------------------------------

_BATTLES = """岳阳县2025年重点项目“攻坚战”实施方案
二、攻坚任务
战役一：工业项目攻坚战。新开工亿元以上工业项目30个。（牵头单位：县工信局）
战役二：城建项目攻坚战。完成城建投资40亿元。（牵头单位：县住建局）
战役三：民生项目攻坚战。建成保障性住房800套。（牵头单位：县住建局）
"""


def test_battle_items():
    assert _paths(_BATTLES) == [("二", "战役一"), ("二", "战役二"), ("二", "战役三")]


@pytest.mark.parametrize(
    "line", ["攻坚行动一：招商引资。引进项目10个。", "战役二、城建攻坚", "攻坚战三：民生项目攻坚"]
)
def test_battle_markers(line):
    mk = match_marker(line)
    assert mk is not None and mk.kind == "named"


@pytest.mark.parametrize("line", ["战役一打响后，全县上下齐心协力。", "攻坚战三年行动取得成效。"])
def test_battle_words_in_prose(line):
    assert match_marker(line) is None


# --- 三张清单: 清单一：任务清单 over its items ------------------------------------------------------

_LISTS = """桂东县2025年优化营商环境“三张清单”
清单一：任务清单
1.压缩企业开办时间至1个工作日。（责任单位：县市场监管局）
2.新增“一件事一次办”事项15项。（责任单位：县政务服务中心）
清单二：服务清单
1.建立县级领导联系重点企业制度，联系企业50家。（责任单位：县工信局）
清单三：负面清单
1.严禁违规设置市场准入门槛。（责任单位：县发改局）
"""


def test_lists_of_lists():
    assert _paths(_LISTS) == [("清单一", "1"), ("清单一", "2"), ("清单二", "1"), ("清单三", "1")]


@pytest.mark.parametrize("line", ["清单一：任务清单", "清单二、责任清单", "清单三 问题清单"])
def test_list_markers(line):
    mk = match_marker(line)
    assert mk is not None and mk.kind == "named" and mk.label == line[:3]


@pytest.mark.parametrize("line", ["清单一览表", "清单三年动态调整。"])
def test_list_words_in_prose(line):
    assert match_marker(line) is None


# --- a heading's only item joined onto its line ------------------------------------------------------

_LONE_COUNTY = """汝城县2025年乡村振兴重点工作安排
一、产业发展。1.新建高标准农田2万亩；2.培育省级农业龙头企业3家。（牵头单位：县农业农村局）
二、乡村治理。1.创建省级民主法治示范村2个。（牵头单位：县司法局）
"""

_LONE_TOWN = """平安镇2025年重点工作
（一）基础设施。1.硬化通组公路8公里。（责任单位：镇交通站）
（二）社会事业。1.改造村卫生室3个；2.新建文化广场2个。（责任单位：镇社会事务办）
"""

_LONE_CITY = """郴江市2025年生态环境工作要点
一、蓝天保卫战。1.PM2.5平均浓度控制在30微克/立方米以内。（牵头单位：市生态环境局）
二、碧水保卫战。1.国控断面水质优良率达到100%。（牵头单位：市生态环境局）
"""


def test_lone_item_after_cn_heading():
    assert ("二", "1") in _paths(_LONE_COUNTY)


def test_lone_item_after_pcn_heading():
    assert _paths(_LONE_TOWN)[0] == ("(一)", "1")


def test_lone_items_in_every_section():
    assert _paths(_LONE_CITY) == [("一", "1"), ("二", "1")]


@pytest.mark.parametrize(
    "text",
    [
        "某县2025年工作要点\n一、产业发展。新建农田1.5万亩。（牵头单位：县农业局）\n二、乡村治理。创建示范村2个。\n",
        "某县2025年工作要点\n一、产业发展，1.建设农田2万亩。（牵头单位：县农业局）\n二、乡村治理。创建示范村2个。\n",
        "某县2025年工作要点\n一、产业发展。完成投资5亿元。2.培育企业3家。\n二、乡村治理。创建示范村2个。\n",
    ],
)
def test_no_lone_item(text):
    assert ("一", "1") not in _paths(text) and ("一", "2") not in _paths(text)


@pytest.mark.timeout(30)
@pytest.mark.parametrize("n", [500, 2000, 8000])
def test_lone_item_hostile_scale(n):
    from transform.lines import split_inline

    assert len(split_inline("一、产业发展。1.新建" + "农田" * n + "。")) == 2
    assert len(split_inline("一、产业发展。" + "1." * n)) >= 1
    assert split_inline("一、" + "产业。" * n) == ["一、" + "产业。" * n]


# --- a table whose cells a conversion glued ------------------------------------------------------------

_GLUED_CITY = """双桥区2025年城市管理重点任务清单
序号重点任务目标要求完成时限责任单位
1背街小巷改造改造背街小巷25条2025年10月底区城管局
2垃圾分类示范小区创建示范小区40个2025年12月底区城管局
3城市绿道建设新建绿道15公里2025年11月底区园林中心
"""

_GLUED_TOWN = """东岭镇2025年重点工作任务
序号工作任务完成时限牵头单位配合单位
1硬化通组公路8公里9月底前镇交通站
2新建村级文化广场2个10月底前镇文化站
3发展高山蔬菜600亩6月底前镇农业服务中心
"""

_GLUED_COUNTY = """南岭县2025年民生实事任务表
编号项目名称建设内容完成时间责任单位
1县城停车场建设新建停车泊位800个2025年9月县住建局
2农村公路提质新改建农村公路60公里2025年11月县交通局
3社区食堂建设建成社区食堂12个2025年12月县民政局
"""


def test_glued_rows_city():
    tasks = _tasks(_GLUED_CITY)
    assert tasks[("1",)]["title"] == "背街小巷改造"
    assert tasks[("3",)]["title"] == "城市绿道建设"
    assert tasks[("3",)]["lead_units"] == ["区园林中心"]


def test_glued_rows_county():
    tasks = _tasks(_GLUED_COUNTY)
    assert tasks[("1",)]["title"] == "县城停车场建设"
    assert tasks[("2",)]["lead_units"] == ["县交通局"]


def test_glued_header_roles():
    from transform.glued_rows import glued_header

    assert glued_header("序号工作任务完成时限牵头单位") == ["no", "content", "deadline", "lead"]


def test_glued_rows_without_a_last_unit_head_stay():
    # the town's header ends with 配合单位: no row is read (a unit after the date may be either)
    lines = [t["title"] for t in _doc(_GLUED_TOWN).tasks]
    assert all("（" not in t for t in lines if t)


@pytest.mark.parametrize(
    "line",
    [
        "序号 重点任务 目标要求 完成时限 责任单位",  # spaced: read as a table elsewhere
        "序号重点任务目标要求备注",  # no deadline and unit columns
        "序号为本表自动生成的编号",  # a note, not heads
    ],
)
def test_no_glued_header(line):
    from transform.glued_rows import glued_header

    assert glued_header(line) is None


def test_glued_rows_without_header_stay():
    from transform.glued_rows import glued_rows

    lines = ["双桥区清单", "1.背街小巷改造改造背街小巷25条2025年10月底区城管局"]
    assert glued_rows(lines) == lines


@pytest.mark.timeout(30)
@pytest.mark.parametrize("n", [500, 2000, 8000])
def test_glued_rows_hostile_scale(n):
    from transform.glued_rows import _row, glued_header

    assert glued_header("序号" + "重点任务" * n) is None
    roles = ["no", "content", "content", "deadline", "resp"]
    assert _row("1." + "改造" * n + "2025年10月底区城管局", 2, roles).endswith("区城管局）")
    assert _row("1." + "改造" * n + "月" * n, 2, roles).startswith("1.")


# --- a 台账 printed as cards: 序号：1 / 工作任务：… / 一季度：… / 责任单位：… -----------------------------

_CARDS_QUARTERS = """蓝山县2025年重点工作推进台账
序号：1
工作任务：推进县城污水处理厂提标改造
一季度：完成设计
四季度：出水水质达到一级A标准
责任单位：县住建局
序号：2
工作任务：实施农村饮水安全巩固提升工程
二季度：完成管网铺设50公里
四季度：受益人口达到3万人
责任单位：县水利局
"""

_CARDS_MONTHS = """嘉禾县2025年民生实事推进表
编号：1
项目名称：城区停车场建设
6月底前：完成选址
12月底前：新增停车泊位800个
牵头单位：县住建局
编号：2
项目名称：农村公路提质
9月底前：完成路面硬化40公里
牵头单位：县交通局
"""

_CARDS_PLAIN = """临武县2025年实事项目
序号：1
项目名称：社区食堂建设
建设内容：建成社区食堂12个
责任单位：县民政局
序号：2
项目名称：公办托育机构
建设内容：新增托位300个
责任单位：县卫健局
"""


def test_serial_cards_with_quarters():
    tasks = _tasks(_CARDS_QUARTERS)
    assert tasks[("1",)]["title"] == "推进县城污水处理厂提标改造"
    assert tasks[("2",)]["lead_units"] == ["县水利局"]
    assert (3.0, "万人") in _values(_CARDS_QUARTERS)


def test_serial_cards_with_months():
    tasks = _tasks(_CARDS_MONTHS)
    assert [t["title"] for t in tasks.values()] == ["城区停车场建设", "农村公路提质"]
    assert (800.0, "个") in _values(_CARDS_MONTHS)


def test_serial_cards_plain():
    assert _paths(_CARDS_PLAIN) == [("1",), ("2",)]


@pytest.mark.parametrize(
    "text",
    [
        "某县台账\n序号：1\n备注：无\n序号：2\n备注：无\n",  # no name field after the number
        "某县台账\n序号：一\n工作任务：推进改造\n",  # not an arabic number
    ],
)
def test_no_serial_cards(text):
    from transform.table_cards import cards_to_lines

    lines = text.strip().split("\n")
    assert cards_to_lines(lines) == lines


@pytest.mark.parametrize("label", ["进展情况", "工作成效"])
def test_non_period_labels_not_schedule(label):
    from transform.table_years import is_period

    assert not is_period(label)


@pytest.mark.timeout(30)
@pytest.mark.parametrize("n", [500, 2000, 8000])
def test_serial_cards_hostile_scale(n):
    from transform.table_cards import _PERIOD_FIELD, _SERIAL

    assert _SERIAL.match("序号：" + "1" * n) is None
    assert _PERIOD_FIELD.match("一季度" * n + "：完成") is None
    m = _PERIOD_FIELD.match("一季度：" + "完成" * n)
    assert m is not None and m.group(1) == "一季度"
    assert _PERIOD_FIELD.match("一" * n) is None


# --- a row number with a key-task mark ("1★") ---------------------------------------------------------

_STAR_PIPES = """洞口县2025年重点改革任务清单
| 序号 | 改革任务 | 目标要求 | 牵头单位 |
| 1★ | 深化国有企业改革 | 完成国企重组整合3家 | 县国资中心 |
| 2 | 推进集体产权制度改革 | 集体经济强村占比达到90% | 县农业农村局 |
| 3★ | 深化医药卫生体制改革 | 建成县域医共体1个 | 县卫健局 |
"""

_STAR_TABS = """邵东市2025年重点项目表
序号\t项目名称\t建设内容\t责任单位
1※\t城东大道\t新建道路5公里\t市交通局
2\t体育中心\t建成体育馆1座\t市文旅局
3※\t污水处理厂\t新增日处理能力2万吨\t市住建局
"""


def test_star_row_numbers_in_pipes():
    tasks = _tasks(_STAR_PIPES)
    assert list(tasks) == [("1",), ("2",), ("3",)]
    assert tasks[("2",)]["lead_units"] == ["县农业农村局"]


def test_star_row_numbers_in_tabs():
    assert _paths(_STAR_TABS) == [("1",), ("2",), ("3",)]


@pytest.mark.parametrize("cell", ["1★", "（3）☆", "二※"])
def test_row_number_with_mark(cell):
    from transform.table_rows import row_number

    assert row_number(cell) is not None


@pytest.mark.parametrize("cell", ["★", "1★★★", "★1"])
def test_row_number_not_a_mark(cell):
    from transform.table_rows import row_number

    assert row_number(cell) is None


# --- "2 重点任务" over "2.1 …": a plan numbered by decimals ------------------------------------------

_DECIMAL_CITY = """宁乡市2025年智慧城市建设工作方案
1 总体目标
到2025年底，建成城市运行管理中心1个。
2 重点任务
2.1 建设城市大脑。整合部门数据资源50类以上。（责任单位：市数据局）
2.2 推进智慧交通。建设智能信号控制路口100个。（责任单位：市公安局）
3 保障措施
3.1 加强组织领导。（责任单位：市数据局）
"""

_DECIMAL_DOTTED = """浏阳市2025年数字乡村建设方案
1.建设数字基础设施
1.1 新建5G基站300个。（牵头单位：市工信局）
1.2 实现行政村千兆光网全覆盖。（牵头单位：市工信局）
2.发展智慧农业
2.1 建设智慧农业示范基地5个。（牵头单位：市农业农村局）
"""

_DECIMAL_TOWN = """金井镇2025年平安建设工作方案
1 治安防控
1.1 新增视频监控点位120个。（责任单位：镇综治办）
2 矛盾化解
2.1 矛盾纠纷化解率达到98%。（责任单位：镇司法所）
2.2 建设村级调解室12个。（责任单位：镇司法所）
"""


def test_decimal_chapters_city():
    assert _paths(_DECIMAL_CITY) == [("2", "2.1"), ("2", "2.2"), ("3", "3.1")]


def test_decimal_chapters_dotted():
    assert _paths(_DECIMAL_DOTTED) == [("1", "1.1"), ("1", "1.2"), ("2", "2.1")]


def test_decimal_chapters_town():
    assert _paths(_DECIMAL_TOWN)[0] == ("1", "1.1")


def test_plain_items_without_decimals_stay():
    text = """某县2025年工作要点
1.新建学校2所。（责任单位：县教育局）
2.新增学位800个。（责任单位：县教育局）
"""
    assert _paths(text) == [("1",), ("2",)]


def test_number_before_other_decimals_stays():
    from transform.numbering import Marker
    from transform.tree import _decimal_chapters

    markers = [Marker("ar", 2, "2", 2), Marker("dec2", 1, "3.1", 4)]
    _decimal_chapters(markers)
    assert markers[0] is not None and markers[0].kind == "ar"


# --- "2" / "．" / text: an item number and its dot on lines of their own (no page number) -------------

_ARABIC_APART = """河西区2025年为民办实事项目
1
．
新建社区食堂10个。（责任单位：区民政局）
2
．
改造老旧小区30个。（责任单位：区住建局）
3
．
新增停车泊位2000个。（责任单位：区城管局）
"""

_ARABIC_DUN = """北湖区2025年文明创建重点工作
1
、
创建文明示范街区3个，整治背街小巷20条。（责任单位：区文明办）
2
、
开展志愿服务活动300场次，培育志愿服务品牌5个。（责任单位：团区委）
3
、
评选道德模范10名。（责任单位：区文明办）
"""


def test_arabic_number_and_dot_apart():
    assert _paths(_ARABIC_APART) == [("1",), ("2",), ("3",)]


def test_arabic_number_and_dun_apart():
    assert _paths(_ARABIC_DUN) == [("1",), ("2",), ("3",)]


def test_arabic_apart_units_stay_with_their_item():
    leads = {tuple(t["path"]): t["lead_units"] for t in _doc(_ARABIC_APART).tasks}
    assert leads[("2",)] == ["区住建局"]


def _wrapped(paragraph: str, width: int) -> list[str]:
    return [paragraph[k : k + width] for k in range(0, len(paragraph), width)]


_WIDE_INTRO = (
    "为切实解决群众急难愁盼问题，经县政府研究，确定2025年实施以下重点民生工程，各乡镇、各部门要加强组织领导，"
    "细化工作措施，确保按期完成。"
)
_WIDE_ITEM = "1.实施城乡供水一体化工程，新建改造供水管网320公里，农村自来水普及率达到98%以上，完成12个乡镇水厂提标改造。"


@pytest.mark.parametrize("mark", ["3", "12"])
def test_page_number_in_mid_sentence_still_dropped(mark):
    first = _wrapped(_WIDE_ITEM, 24)
    lines = ["某县2025年重点民生工程实施方案", *_wrapped(_WIDE_INTRO, 24), first[0], mark, *first[1:]]
    titles = [t["title"] for t in _doc("\n".join(lines) + "\n").tasks]
    assert titles == [
        "实施城乡供水一体化工程，新建改造供水管网320公里，农村自来水普及率达到98%以上，完成12个乡镇水厂提标改造"
    ]


@pytest.mark.timeout(30)
@pytest.mark.parametrize("n", [500, 2000, 8000])
def test_arabic_apart_hostile_scale(n):
    from transform.unwrap import unwrapped

    wide = "一、加快推进县城城市更新项目建设，全年完成城市更新项目投资不少于十五亿元以上的目标任"
    lines = [wide] * 3 + ["2", "．"] * n
    assert len(unwrapped(lines)) >= n


# --- 第一项：… 第二项：… ----------------------------------------------------------------------------

_XIANG = """华容县2025年重点改革事项
第一项：深化“放管服”改革。政务服务事项网上可办率达到98%。（牵头单位：县行政审批局）
第二项：推进国企改革。完成县属国企整合重组2家。（牵头单位：县国资中心）
第三项：深化农村改革。新增农民专业合作社示范社10家。（牵头单位：县农业农村局）
"""


def test_di_xiang_items():
    assert _paths(_XIANG) == [("第一项",), ("第二项",), ("第三项",)]


@pytest.mark.parametrize("line", ["第一项：深化改革。", "第二项、推进国企改革", "第十项 优化服务"])
def test_di_xiang_markers(line):
    mk = match_marker(line)
    assert mk is not None and mk.kind == "ord" and mk.label.endswith("项")


@pytest.mark.parametrize("line", ["第一项目部负责施工。", "第一，深化改革。", "第一项"])
def test_di_xiang_not_read(line):
    mk = match_marker(line)
    assert mk is None or not mk.label.endswith("项")


def test_circled_alone_keeps_its_label():
    mk = match_marker("①")
    assert mk is not None and mk.label == "①"
