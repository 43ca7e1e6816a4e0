"""Round 42l: structure and rows, the tail of round 42.

- A target-bearing label inside a task's unit block ("时间节点：12月底前新增日供水能力3万吨",
  "整改目标：完成矿山修复面积180公顷", lexicon structure_target_labels) keeps its value for target
  extraction; the unit lists and the other fields stay cut out (`transform.label_targets`).
- A spaced indicator table headed "指标 单位 目标值" on a line of its own is read as a table, its unit
  cell before the value ("城镇新增就业 人 3500") (`transform.targets.tables.pipe_spaced_tables`).
- A spaced task table row listing its work in stages, one a line ("  开工建设 2025年5月底" under
  "1 集镇道路改造 完成设计招标 2025年3月底 镇规划建设办"), takes each stage into its stage cell and the
  table reads on (`transform.stage_rows`, from `table_wraps.spaced_tail`).
- An unnumbered task table with one space between its cells ("牵头单位 工作任务 完成时限" /
  "县教育局 新建改扩建公办幼儿园5所 2025年8月底") is written as "|" lines (`transform.single_spaced`).
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.label_targets import target_text
from transform.single_spaced import piped_single_spaced
from transform.stage_rows import stage_goes_on
from transform.table_rows import Row
from transform.targets.tables import pipe_spaced_tables
from transform.units import extract_units


def _doc(text: str):
    return parse_document(text, source="p.txt", is_text=True)


def _targets(text: str) -> list[tuple[float, str]]:
    return sorted((t["value"], t["unit"]) for t in _doc(text).targets)


# --- target labels inside a unit block -------------------------------------------------------------

_NODE_INLINE = """桃源县2025年城乡供水保障工作方案
一、重点任务
1.县城第二水厂扩建。时间节点：6月底前完成设计；12月底前新增日供水能力2万吨。责任单位：县水利局
2.农村供水管网改造。责任单位：县水利局；时间节点：10月底前改造供水管网45公里。
"""

_ZHENGGAI = """青溪县环境问题整改落实方案
一、整改任务
1.乡镇污水处理设施运行不正常问题。整改目标：乡镇污水处理设施正常运行率达到95%。牵头单位：县住建局；配合单位：县生态环境分局；整改时限：2025年11月底前。
2.渣土运输扬尘问题。整改目标：渣土运输车辆密闭化率达到100%。责任领导：副县长王强；牵头单位：县城管局；整改时限：立行立改
"""

_FUNDS = """平江县衔接资金项目分工方案
一、就业帮扶
1.技能培训补助项目。开展技能培训不少于800人次。责任主体：县人社局；时间节点：2025年12月底前完成，资金拨付率达到100%。
"""

_BRACKET = """西湖区2025年背街小巷整治工作要点
（一）改造背街小巷。（牵头单位：区城管局；配合单位：各街道；进度安排：9月底前完成改造30条）
（二）规范店招店牌。（牵头单位：区市场监管局；时间安排：全年）
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_NODE_INLINE, [(2.0, "万吨"), (45.0, "公里")]),
        (_ZHENGGAI, [(95.0, "%"), (100.0, "%")]),
        (_FUNDS, [(100.0, "%"), (800.0, "人次")]),
        (_BRACKET, [(30.0, "条")]),
    ],
    ids=["node-inline", "zhenggai", "funds", "bracket"],
)
def test_target_label_value_is_read(text, expected):
    got = _targets(text)
    for want in expected:
        assert any(v == want[0] and u.startswith(want[1]) for v, u in got), (want, got)


def test_deadline_and_phone_fields_stay_out():
    text = "推进污水管网建设。牵头单位：县住建局；完成时限：2025年12月底前；联系电话：0731-2345678"
    assert target_text(text, extract_units(text).spans) == "推进污水管网建设。"


def test_unit_lists_stay_out_of_kept_value():
    text = "改造老旧小区。时间节点：年底前改造12个小区。牵头单位：县住建局；配合单位：县财政局"
    kept = target_text(text, extract_units(text).spans)
    assert "县住建局" not in kept and "县财政局" not in kept
    assert kept.endswith("年底前改造12个小区")


def test_text_without_target_label_unchanged():
    text = "新建公园3个。（牵头单位：县城管局；配合单位：县自然资源局）"
    assert target_text(text, extract_units(text).spans) == "新建公园3个。"


def test_label_without_unit_block_untouched():
    text = "完成河道清淤。时间节点：2025年6月底前"
    assert target_text(text, []) == text


def test_no_target_from_a_bare_deadline_node():
    text = """长乐镇2025年人居环境整治方案
一、工作任务
1.开展村庄清洁行动。牵头单位：镇农业办；时间节点：2025年12月底前
2.整治乱堆乱放。牵头单位：镇综治办；时间节点：长期坚持
"""
    assert _targets(text) == []


@pytest.mark.timeout(30)
@pytest.mark.parametrize("n", [500, 2000, 8000])
def test_target_labels_scale(n):
    text = "推进工作。牵头单位：县发改局；" + "时间节点：年底前完成1项；配合单位：县财政局；" * n
    assert target_text(text, extract_units(text).spans).count("完成1项") == n


# --- a spaced indicator table with a unit column before its plain target column ---------------------

_SPACED_JOBS = """云阳县2026年民生实事计划
一、主要目标
全年主要民生指标如下。
指标名称 计量单位 预期目标
新增城镇就业 人 2800
新建养老床位 张 300
二、重点任务
（一）实施就业促进行动。（牵头单位：县人社局）
"""

_SPACED_FARM = """南溪区2025年农业农村工作要点
一、年度指标
名称 单位 目标
粮食播种面积 万亩 52.6
农村居民人均可支配收入增速 % 7
二、工作任务
1.稳定粮食生产。（牵头单位：区农业农村局）
"""

_SPACED_TOWN = """丰城镇2025年工作计划
一、主要指标
指标 单位 目标值
镇区绿化覆盖率 % 40
新建停车位 个 120
二、重点工作
1.推进集镇提质。（责任单位：镇城建办）
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_SPACED_JOBS, [(300.0, "张"), (2800.0, "人")]),
        (_SPACED_FARM, [(7.0, "%"), (52.6, "万亩")]),
        (_SPACED_TOWN, [(40.0, "%"), (120.0, "个")]),
    ],
    ids=["jobs", "farm", "town"],
)
def test_spaced_unit_then_target_rows(text, expected):
    assert _targets(text) == expected


def test_spaced_header_filled_by_no_row_stays():
    text = """某县2025年重点任务
一、重点任务
指标 单位 目标值
提升营商环境 县发改局 2025年底
二、其他
1.推进改革。（牵头单位：县发改局）
"""
    assert _targets(text) == []


def test_header_words_in_prose_make_no_table():
    lines = ["各项指标 单位 目标值由县统计局另行下达", "城镇新增就业 人 3500"]
    assert pipe_spaced_tables(lines, own_lines=True) == lines


@pytest.mark.timeout(30)
@pytest.mark.parametrize("n", [500, 2000, 8000])
def test_spaced_target_header_scale(n):
    lines = ["指标 单位 目标值"] + ["城镇新增就业 人 3500"] * n
    assert pipe_spaced_tables(lines, own_lines=True)[-1] == "城镇新增就业 | 人 | 3500"
    near = ["指标 单位" + " " * 3 * n + "目标值x"]
    assert pipe_spaced_tables(near, own_lines=True) == near


# --- a spaced table row that lists its work in stages, one stage a line ------------------------------

_STAGES_ROAD = """青石镇2025年重点项目推进计划
序号 项目名称 阶段 时间节点 责任单位
1 镇区污水管网工程 完成初步设计 2025年3月底 镇规划建设办
  开工建设 2025年5月底
  完工验收 2025年11月底
2 中心小学运动场改造 完成招标 2025年4月底 镇社会事务办
  完成主体施工 2025年8月底
3 农贸市场提质 新增摊位80个 2025年9月底 镇经济发展办
"""

_STAGES_PROGRESS = """柳河县2025年民生项目进度安排
序号 项目 进度节点 完成时间 牵头单位
1 县人民医院门诊楼 主体封顶 6月底前 县卫生健康局
  投入使用 12月底前
2 城区停车场 完成选址 3月底前 县住建局
"""

_STAGES_TOWN = """桥头镇2026年项目计划
序号 项目名称 建设内容 时间节点 责任单位
1 文化广场 完成场地平整 2026年4月底 镇文化站
  完成设施安装 2026年7月底
2 村道硬化 硬化村道12公里 2026年10月底 镇交通办
3 河道清淤 清淤河道8公里 2026年6月底 镇水利站
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_STAGES_ROAD, [("1", "镇区污水管网工程"), ("2", "中心小学运动场改造"), ("3", "农贸市场提质")]),
        (_STAGES_PROGRESS, [("1", "县人民医院门诊楼"), ("2", "城区停车场")]),
        (_STAGES_TOWN, [("1", "文化广场"), ("2", "村道硬化"), ("3", "河道清淤")]),
    ],
    ids=["road", "progress", "town"],
)
def test_stage_lines_go_on_their_row(text, expected):
    doc = _doc(text)
    assert [(t["path"][-1], t["title"]) for t in doc.tasks] == expected
    assert all(t["path"] == [t["path"][-1]] for t in doc.tasks)
    leads = {u["task_id"] for u in doc.task_units if u["role"] == "lead"}
    assert leads == {t["task_id"] for t in doc.tasks}  # each row keeps its unit cell


def test_stage_targets_kept():
    assert (12.0, "公里") in _targets(_STAGES_TOWN) and (80.0, "个") in _targets(_STAGES_ROAD)


def test_unit_line_is_no_stage():
    row = Row(1, "1", cells=["文化广场", "完成场地平整", "2026年4月底", "镇文化站"])
    assert not stage_goes_on(row, ["县文化旅游广电局", "2026年7月底"])
    assert row.cells[1] == "完成场地平整"


def test_line_without_deadline_is_no_stage():
    row = Row(1, "1", cells=["文化广场", "完成场地平整", "2026年4月底", "镇文化站"])
    assert not stage_goes_on(row, ["完成设施安装", "镇文化站"])
    assert not stage_goes_on(row, ["开展文艺演出，丰富群众生活。", "2026年7月底"])


def test_row_without_stage_cell_takes_no_stage():
    row = Row(1, "1", cells=["文化广场建设", "2026年4月底", "镇文化站"])
    assert not stage_goes_on(row, ["完成设施安装", "2026年7月底"])


@pytest.mark.timeout(30)
@pytest.mark.parametrize("n", [500, 2000, 8000])
def test_stage_lines_scale(n):
    text = "某镇项目计划\n序号 项目名称 阶段 时间节点 责任单位\n1 文化广场 完成平整 2026年4月底 镇文化站\n"
    text += "  完成安装 2026年7月底\n" * n + "2 村道硬化 硬化村道 2026年10月底 镇交通办\n"
    assert _doc(text).tasks[0]["title"] == "文化广场"  # (past a few dozen stages the table ends)


# --- an unnumbered task table with one space between its cells --------------------------------------

_LEAD_FIRST = """云溪县2025年重点民生工作责任分工
牵头单位 工作任务 完成时限
县教育局 新建改扩建公办幼儿园5所 2025年8月底
县卫生健康局 建成村卫生室标准化改造40个 2025年11月底
县人社局 城镇新增就业3000人 2025年12月底
"""

_TASK_FIRST = """白河镇2025年人居环境整治任务分工
工作任务 责任部门 完成时间
清理村庄垃圾死角120处 镇环卫所 6月底前
改造农村户厕300户 镇农业服务中心 10月底前
"""

_WITH_PART = """城东街道2025年为民办实事项目分工
重点任务 牵头单位 配合单位
新建社区食堂2个 街道社会事务办 各社区居委会
改造老旧小区6个 街道城建办 街道财政所
"""


@pytest.mark.parametrize(
    ("text", "titles", "leads"),
    [
        (
            _LEAD_FIRST,
            ["新建改扩建公办幼儿园5所", "建成村卫生室标准化改造40个", "城镇新增就业3000人"],
            ["县教育局", "县卫生健康局", "县人社局"],
        ),
        (_TASK_FIRST, ["清理村庄垃圾死角120处", "改造农村户厕300户"], ["镇环卫所", "镇农业服务中心"]),
        (_WITH_PART, ["新建社区食堂2个", "改造老旧小区6个"], ["街道社会事务办", "街道城建办"]),
    ],
    ids=["lead-first", "task-first", "with-part"],
)
def test_unnumbered_single_spaced_table(text, titles, leads):
    doc = _doc(text)
    assert [t["title"] for t in doc.tasks] == titles
    assert [t["path"] for t in doc.tasks] == [[str(i)] for i in range(1, len(titles) + 1)]
    assert [u["unit"] for u in doc.task_units if u["role"] == "lead"] == leads


def test_one_row_stays_as_printed():
    lines = ["牵头单位 工作任务 完成时限", "县教育局 新建幼儿园5所 2025年8月底", "其他事项另行通知。"]
    assert piped_single_spaced(lines) == lines


def test_rows_that_do_not_fit_stay_as_printed():
    lines = ["牵头单位 工作任务 完成时限", "各单位要 高度重视 认真落实", "请于 月底前 报送"]
    assert piped_single_spaced(lines) == lines


def test_numbered_header_left_to_the_numbered_reader():
    lines = ["序号 工作任务 牵头单位", "1 新建幼儿园5所 县教育局", "2 新建卫生室4个 县卫生健康局"]
    assert piped_single_spaced(lines) == lines


@pytest.mark.timeout(30)
@pytest.mark.parametrize("n", [500, 2000, 8000])
def test_single_spaced_scale(n):
    lines = ["牵头单位 工作任务 完成时限"] + ["县教育局 新建幼儿园5所 2025年8月底"] * n
    assert piped_single_spaced(lines)[-1] == "县教育局 | 新建幼儿园5所 | 2025年8月底"
    near = ["牵头单位 工作任务 完成时限", "县教育局 新建幼儿园5所"] * n
    assert piped_single_spaced(near) == near


def test_spaced_indicator_table_under_a_section_is_no_task():
    text = """石门县2026年国民经济和社会发展计划
一、主要预期指标
指标 单位 目标值
城镇新增就业 人 4200
粮食总产量 万吨 21.5
二、重点工作
（一）扩大有效投资。实施重点项目120个。（牵头单位：县发展改革局）
"""
    doc = _doc(text)
    assert [t["path"] for t in doc.tasks] == [["二", "(一)"]]
    assert _targets(text) == [(21.5, "万吨"), (120.0, "个"), (4200.0, "人")]
