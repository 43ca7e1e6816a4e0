"""Round 39e: structure and whole plans, fourth pass.

- An item whose text opens with a figure of three digits or more after its dot ("1.12345热线接通率…",
  "4.110联动机制…", "3.120急救…") is item 1, 4, 3 of its list where the list around it says so: no
  outline number ("2.1", "3.12") has a part of three digits (`tree._outline_number`).
- Cells of a table row joined into its task line never run two figures into one: a score cell
  before the target cell ("整改率" "20" "100%") is joined with a space, not glued into "20100%"
  (`table_rows._join`).
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.table_rows import _join
from transform.tree import _outline_number


def _doc(text: str):
    return parse_document(text, source="p.txt", is_text=True)


def _paths(text: str) -> list[tuple[str, ...]]:
    return [tuple(t["path"]) for t in _doc(text).tasks]


def _values(text: str) -> list[tuple[float, str]]:
    return sorted((t["value"], t["unit"]) for t in _doc(text).targets)


# --- item numbers glued to a figure of three digits or more ------------------------------------

_HOTLINES = """南溪区2024年便民服务提升工作要点
一、提升热线服务水平
1.12345热线接通率达到95%以上，按时办结率达到98%。（牵头单位：区政务服务中心）
2.12315热线投诉处理。消费投诉按时办结率达到100%。（牵头单位：区市场监管局）
二、推进便民设施建设
3.新建便民生活圈4个。（牵头单位：区商务局）
4.110联动机制。推动非警务警情分流，分流率达到30%。（牵头单位：区公安分局）
"""

_EMERGENCY = """北塘县2024年卫生健康工作要点
1.推进县域医共体建设。县域内就诊率达到90%。
2.120急救网络建设。急救平均反应时间缩短至12分钟以内。
3.加强公共卫生服务。65岁以上老年人健康管理率达到70%。
"""

_FULLWIDTH = """东湖镇2024年平安建设工作要点
（一）加强矛盾纠纷化解
1．新建调解室5个。
2．12348法律服务热线接听率达到100%。
3．开展普法宣传60场次。
"""

_OUTLINE = """西岭县“十四五”现代物流业发展规划
2 发展目标
2.1 总体目标
到2025年，物流业增加值达到60亿元。
2.12 风险防控
社会物流总费用与GDP的比率下降到13%。
"""

_DECIMAL_PROSE = """南坪县2024年农业工作要点
1.稳定粮食生产。粮食播种面积稳定在30万亩。
1.125亿元用于高标准农田建设。
2.发展特色产业。新建茶园2000亩。
"""


def test_hotline_numbers_open_items():
    assert _paths(_HOTLINES) == [("一", "1"), ("一", "2"), ("二", "3"), ("二", "4")]


def test_emergency_number_after_item_one():
    assert _paths(_EMERGENCY) == [("1",), ("2",), ("3",)]
    assert (12.0, "分钟") in _values(_EMERGENCY)


def test_fullwidth_dot_hotline():
    assert _paths(_FULLWIDTH) == [("(一)", "1"), ("(一)", "2"), ("(一)", "3")]


@pytest.mark.parametrize(
    "line",
    ["1.12345热线接通率达到95%", "4.110联动机制", "3．120急救网络", "2.12315热线投诉"],
)
def test_three_digit_part_is_no_outline_number(line):
    assert not _outline_number(line)


@pytest.mark.parametrize("line", ["2.1总体目标", "2.12风险防控", "1.1.1产业结构", "3.5政策背景"])
def test_outline_numbers_stay(line):
    assert _outline_number(line)


def test_outline_section_numbers_make_no_items():
    assert ("12",) not in _paths(_OUTLINE)
    assert (60.0, "亿元") in _values(_OUTLINE)


def test_decimal_figure_in_item_one_stays_prose():
    # "1.125亿元" under item 1, with item 2 after it: a figure (measure word), not a second item 1
    assert _paths(_DECIMAL_PROSE) == [("1",), ("2",)]
    assert (1.125, "亿元") in _values(_DECIMAL_PROSE)


# --- no two figures glued when a row's cells are joined ------------------------------------------

_SPACED_KAOHE = """兴隆县2024年安全生产目标考核指标
序号 考核指标 分值 目标值 考核单位
1 生产安全事故死亡人数 30 控制在8人以内 县应急管理局
2 重大事故隐患整改率 20 100% 县应急管理局
3 安全培训覆盖率 10 95%以上 县人社局
"""

_SPACED_WEIGHT = """江口镇2024年乡村振兴考核指标
序号 指标 权重 目标 责任单位
1 粮食播种面积 15 3.2万亩 镇农业服务中心
2 农村卫生户厕普及率 10 92% 镇农业服务中心
3 新增城镇就业 10 300人 镇劳动保障所
"""


def test_score_cell_not_glued_to_target():
    vals = _values(_SPACED_KAOHE)
    assert (100.0, "%") in vals and (95.0, "%") in vals
    assert all(v < 1000 for v, _ in vals)


def test_weight_cell_not_glued_to_target():
    vals = _values(_SPACED_WEIGHT)
    assert (92.0, "%") in vals and (300.0, "人") in vals
    assert (10300.0, "人") not in vals and (1092.0, "%") not in vals


@pytest.mark.parametrize(
    ("parts", "sep", "want"),
    [
        (["整改率", "20", "100%"], "", "整改率20 100%"),
        (["覆盖率", "10", "95%以上"], "", "覆盖率10 95%以上"),
        (["达到50%", "30个"], "", "达到50% 30个"),
    ],
)
def test_join_separates_figures(parts, sep, want):
    assert _join(parts, sep) == want


@pytest.mark.parametrize(
    ("parts", "sep", "want"),
    [
        (["新建污水管网", "12公里"], "", "新建污水管网12公里"),
        (["全年粮食播种面积稳定在52万", "亩以上"], "", "全年粮食播种面积稳定在52万亩以上"),
        (["总投资：5亿元", "年度投资：2亿元"], "；", "总投资：5亿元；年度投资：2亿元"),
        (["完成投资5", "3亿元"], "；", "完成投资5；3亿元"),
    ],
)
def test_join_keeps_other_joins(parts, sep, want):
    assert _join(parts, sep) == want


# --- hostile scale ---------------------------------------------------------------------------------


# Hostile shapes run at 100 000 repeats under a timeout (a hang guard, no timing assertion): a
# quadratic pattern would take minutes on them, a linear one milliseconds.
_BIG = 100_000


@pytest.mark.timeout(30)
@pytest.mark.parametrize("shape", ["1.12345" + "热" * _BIG, "1." + "1" * _BIG + "热线", "2.1" + "." * _BIG])
def test_outline_number_is_cheap_on_long_lines(shape):
    _outline_number(shape)  # the timeout is the check: no quadratic scan of a long line


@pytest.mark.timeout(30)
def test_join_of_many_cells_keeps_every_figure_apart():
    joined = _join(["整改率", "20", "100%"] * 20_000, "")
    assert "20100%" not in joined and joined.count("100%") == 20_000


# --- a 基期值/目标值 table dated by the goals' lead-in year ----------------------------------------


def _goal_years(text: str) -> dict[tuple[float, str], int | None]:
    return {(t["value"], t["unit"]): t["year"] for t in _doc(text).targets if t["task_id"] is None}


_CELLS_2027 = """高阳县养老服务体系建设规划（2023—2027年）
一、发展目标
到2027年，全县养老服务体系更加完善。
主要指标
序号
指标
基期值
目标值
属性
1
养老机构护理型床位占比（%）
42
60
约束性
2
每千名老年人拥有养老床位数（张）
28
35
预期性
二、主要任务
（一）新建社区养老服务站20个。
"""

_CELLS_ZHI = """北川县全民健身设施建设方案
一、工作目标
至2026年，全县体育设施明显改善。
序号
指标
现状值
目标
属性
1
人均体育场地面积（平方米）
2.1
2.6
预期性
2
经常参加体育锻炼人数比例（%）
38
42
预期性
二、重点任务
（一）新建健身步道30公里。
"""

_CELLS_PLANNED = """东岭县农村供水保障规划
一、规划目标
力争到2028年，全县农村供水保障水平显著提升。
指标
基期值
规划目标值
属性
农村自来水普及率（%）
88
95
约束性
规模化供水工程覆盖农村人口比例（%）
45
70
预期性
二、重点任务
（一）新建规模化供水工程5处。
"""

_CELLS_NO_LEAD = """南湖县教育发展规划
一、发展目标
全县教育事业持续健康发展。
指标
基期值
目标值
属性
学前教育毛入园率（%）
88
92
预期性
高中阶段教育毛入学率（%）
90
93
预期性
二、主要任务
（一）新建幼儿园5所。
"""

_CELLS_LEAD_AFTER = """西湖县卫生健康规划
一、发展目标
指标
基期值
目标值
属性
每千人口执业（助理）医师数（人）
2.6
3.2
预期性
孕产妇系统管理率（%）
88
92
约束性
到2026年，全县卫生健康服务能力明显提升。
二、主要任务
（一）新建卫生院2所。
"""


def test_target_column_takes_lead_in_year():
    years = _goal_years(_CELLS_2027)
    assert years[(60.0, "%")] == 2027 and years[(35.0, "张")] == 2027


def test_target_column_zhi_lead_in():
    years = _goal_years(_CELLS_ZHI)
    assert years[(2.6, "平方米")] == 2026 and years[(42.0, "%")] == 2026


def test_planned_target_column_lidao():
    years = _goal_years(_CELLS_PLANNED)
    assert years[(95.0, "%")] == 2028 and years[(70.0, "%")] == 2028


def test_no_lead_in_leaves_no_year():
    years = _goal_years(_CELLS_NO_LEAD)
    assert years[(92.0, "%")] is None and years[(93.0, "%")] is None


def test_lead_in_after_table_dates_nothing_above():
    years = _goal_years(_CELLS_LEAD_AFTER)
    assert years[(3.2, "人")] is None and years[(92.0, "%")] is None


def test_year_columns_keep_their_years():
    text = _CELLS_2027.replace("基期值\n目标值", "2022年\n2027年").replace("到2027年", "到2030年")
    years = _goal_years(text)
    assert years[(60.0, "%")] == 2027


@pytest.mark.timeout(30)
def test_lead_in_year_on_a_long_page():
    from transform.targets.tables import _lead_in_year

    n = _BIG
    lines = [(i * 3, "42") for i in range(n)] + [(n * 3, "目标值"), (n * 3 + 4, "x")]
    t = "到2027年，" * n + "x"
    _lead_in_year(t, lines, n + 1)  # the timeout is the check


# --- a spaced indicator row whose name ran into its first figure -----------------------------------


def _goal_values(text: str) -> dict[float, tuple[str, int | None]]:
    return {t["value"]: (t["unit"], t["year"]) for t in _doc(text).targets if t["task_id"] is None}


_SPACED_GLUED = """宁远县“十四五”教育事业发展规划
第二章 发展目标
到2025年，全县教育事业取得新进展。
指标                              2020年     2025年     属性
学前教育毛入园率（%）              89         92         预期性
高中阶段教育毛入学率（%）91 93 预期性
新增劳动力平均受教育年限（年）13.5 14 预期性
第三章 主要任务
第一节 推进学前教育普惠发展
新建公办幼儿园12所。
"""

_SPACED_GLUED_CJK = """临川县“十四五”卫生健康事业发展规划
二、发展目标
指标 2020年 2025年 属性
每千人口医疗卫生机构床位数（张） 5.2 6.4 预期性
每千人口执业医师数（人）2.4 3.0 预期性
孕产妇死亡率（1/10万）12 10 约束性
三、主要任务
（一）新建乡镇卫生院3所。
"""

_SPACED_GLUED_FIRST = """南河县“十四五”农业发展规划
二、发展目标
指标名称 2020年 2025年 属性
粮食播种面积（万亩）38 40 约束性
高标准农田面积（万亩） 12 25 约束性
三、重点任务
（一）新建高标准农田13万亩。
"""

_SPACED_FULL = """东河县“十四五”通信发展规划
二、发展目标
指标 2020年 2025年 属性
5G基站数（个） 300 1200 预期性
千兆光网覆盖率（%） 60 95 预期性
三、重点任务
（一）新建5G基站900个。
"""


def test_glued_name_figure_row_read():
    vals = _goal_values(_SPACED_GLUED)
    assert vals[93.0] == ("%", 2025) and vals[14.0] == ("年", 2025)


def test_glued_rows_after_a_spaced_one():
    vals = _goal_values(_SPACED_GLUED_CJK)
    assert vals[6.4] == ("张", 2025) and vals[3.0] == ("人", 2025)


def test_glued_first_row():
    vals = _goal_values(_SPACED_GLUED_FIRST)
    assert vals[40.0] == ("万亩", 2025) and vals[25.0] == ("万亩", 2025)


def test_full_rows_not_split():
    vals = _goal_values(_SPACED_FULL)
    assert vals[1200.0] == ("个", 2025) and vals[95.0] == ("%", 2025)
    assert 300.0 not in vals and 60.0 not in vals


@pytest.mark.parametrize(
    ("tokens", "want"),
    [
        (["细颗粒物浓度PM2.5", "35", "30", "约束性"], "细颗粒物浓度PM2.5"),  # full row: no split
        (["国道G207改造里程", "12", "15", "预期性"], "国道G207改造里程"),
    ],
)
def test_spaced_cells_keep_full_rows(tokens, want):
    from transform.targets.tables import _spaced_cells

    cells = _spaced_cells(tokens, ["指标", "2020年", "2025年", "属性"])
    assert cells is not None and cells[0] == want


@pytest.mark.timeout(30)
def test_glued_figure_pattern_linear():
    n = _BIG
    from transform.targets.tables import _GLUED_FIGURE

    for shape in ("率" * n + "（%）91", "率1" * n, "率" * n + "x"):
        _GLUED_FIGURE.match(shape)  # the timeout is the check


# --- a plan in articles: 总则 states purpose and goals; clauses about the plan itself ---------------

_ARTICLES = """嘉陵区城市更新三年行动方案（2024—2026年）
第一章 总则
第一条 为推进城市更新，提升城市品质，制定本方案。
第二条 到2026年，全区完成城镇老旧小区改造120个，改造城中村8个。
第二章 重点任务
第三条 实施老旧小区改造。每年改造城镇老旧小区40个。（牵头单位：区住房和城乡建设局）
第四条 推进城中村改造。建设安置房5000套。（牵头单位：区住房和城乡建设局）
第三章 附则
第五条 本方案由区住房和城乡建设局负责解释。
第六条 本方案自印发之日起施行。
"""

_CN_ZONGZE = """北岭县全民健身设施管理办法
第一章 总则
第一条 为促进全民健身，规范健身设施管理，制定本办法。
第二条 到2025年，全县经常参加体育锻炼人数比例达到40%。
第三条 本办法所称健身设施，是指向公众开放的体育场地。
第二章 建设管理
第四条 建设健身设施。新建健身步道30公里。（牵头单位：县体育局）
第五条 开展赛事活动。每年举办县级赛事10场以上。（牵头单位：县体育局）
第三章 附则
第六条 本办法自2025年1月1日起施行，有效期三年。
"""

_CN_ITEMS_ZONGZE = """南岭县推进全民健身行动方案
一、总则
（一）健全健身设施网络。新建健身步道30公里。
（二）开展全民健身赛事。每年举办县级赛事10场以上。
"""

_SPACED_ZONGZE = """西坪县农村公路管理养护实施方案
第一章\u3000总则
第一条\u3000到2025年，全县农村公路优良中等路率达到85%。
第二章\u3000养护任务
第二条\u3000落实日常养护。列养率达到100%。
第三条\u3000实施危桥改造。改造危桥12座。
"""

_NOT_CLAUSE = """东坪县2024年教育工作要点
一、重点任务
（一）本方案确定的学校建设项目。新建学校3所。
（二）本年度新建幼儿园2所。
（三）落实总则要求的教师培训。培训教师500人次。
"""


def _tasks_and_goals(text: str):
    doc = _doc(text)
    goals = sorted(t["value"] for t in doc.targets if t["task_id"] is None)
    return [tuple(t["path"]) for t in doc.tasks], goals


def test_zongze_articles_are_goals():
    paths, goals = _tasks_and_goals(_ARTICLES)
    assert paths == [("第二章", "第三条"), ("第二章", "第四条")]
    assert goals == [8.0, 120.0]


def test_zongze_with_definitions_and_fuze():
    paths, goals = _tasks_and_goals(_CN_ZONGZE)
    assert paths == [("第二章", "第四条"), ("第二章", "第五条")]
    assert goals == [40.0]


def test_zongze_over_work_items_holds_tasks():
    paths, _ = _tasks_and_goals(_CN_ITEMS_ZONGZE)
    assert paths == [("一", "(一)"), ("一", "(二)")]


def test_zongze_with_ideographic_space():
    paths, goals = _tasks_and_goals(_SPACED_ZONGZE)
    assert paths == [("第二章", "第二条"), ("第二章", "第三条")]
    assert goals == [85.0]


def test_goal_heading_reads_zongze():
    from transform.heading_years import GOAL_HEADING

    assert GOAL_HEADING.search("总则")
    assert not GOAL_HEADING.search("落实总则要求的教师培训")


def test_not_plan_clauses_stay_tasks():
    paths, _ = _tasks_and_goals(_NOT_CLAUSE)
    assert paths == [("一", "(一)"), ("一", "(二)"), ("一", "(三)")]


@pytest.mark.parametrize(
    ("line", "clause"),
    [
        ("本方案自印发之日起施行。", True),
        ("本办法由县发展和改革局负责解释。", True),
        ("本规划所称重点项目，是指总投资5000万元以上的项目。", True),
        ("本实施方案适用于全县各乡镇。", True),
        ("本方案确定的重点任务，各部门要抓好落实。", False),
        ("本年度新建幼儿园2所。", False),
        ("本方案" + "确" * 60 + "施行", False),
    ],
)
def test_plan_clause_pattern(line, clause):
    from transform.tree import _plan_clause_re

    assert bool(_plan_clause_re().match(line)) is clause


@pytest.mark.timeout(30)
def test_plan_clause_pattern_linear():
    n = _BIG
    from transform.tree import _plan_clause_re

    for shape in ("本方案" + "确" * n, ("本方案自" * n) + "施行", "本" * n):
        _plan_clause_re().match(shape)  # the timeout is the check


# --- a unit label without brackets closing a paragraph split into items ----------------------------


def _units(text: str) -> list[tuple[tuple[str, ...], list[str], list[str]]]:
    return [(tuple(t["path"]), t["lead_units"], t["participating_units"]) for t in _doc(text).tasks]


_SHI_LABEL = """安平县2024年优化营商环境重点任务
（一）提升政务服务效能。一是推进“一网通办”，网上可办率达到98%；二是深化“一件事一次办”，新增集成服务事项20项；三是压减审批时限，企业开办时间压缩至1个工作日以内。牵头单位：县行政审批局
（二）强化要素保障。一是加大信贷投放，新增普惠小微贷款10亿元；二是保障用地需求，供应工业用地1000亩以上。牵头单位：县发展和改革局、县自然资源局
"""

_AR_LABEL = """北坪镇2024年民生实事
一、教育卫生
1.新建幼儿园1所。2.改造村卫生室5个。责任单位：镇社会事务办
二、交通水利
1.新改建村组道路12公里。2.新建蓄水池4口。责任单位：镇建设办
"""

_CIRC_LABEL = """南坪县2024年重点工作
（一）推进乡村建设。①新建公厕20座；②改造农村危房50户。牵头部门：县住房和城乡建设局
（二）推进产业发展。①新建标准化厂房2万平方米；②引进企业10家。牵头部门：县工业和信息化局
"""

_LABEL_IN_ITEM = """东坪县2024年工作要点
（一）推进乡村建设。一是新建公厕20座；二是改造农村危房50户，牵头单位：县住房和城乡建设局，配合单位：各乡镇。
（二）推进产业发展。引进企业10家。牵头单位：县工业和信息化局
"""

_LABEL_MID = """西坪县2024年工作要点
（一）推进乡村建设。一是新建公厕20座。牵头单位：县住房和城乡建设局；二是改造农村危房50户。牵头单位：县住房和城乡建设局
"""


def test_shi_items_share_trailing_label():
    got = _units(_SHI_LABEL)
    assert [u for _, u, _ in got] == [["县行政审批局"]] * 3 + [["县发展和改革局", "县自然资源局"]] * 2


def test_inline_numbered_items_share_trailing_label():
    got = _units(_AR_LABEL)
    assert [u for _, u, _ in got] == [["镇社会事务办"]] * 2 + [["镇建设办"]] * 2


def test_circled_items_share_trailing_label():
    got = _units(_CIRC_LABEL)
    assert [u for _, u, _ in got] == [["县住房和城乡建设局"]] * 2 + [["县工业和信息化局"]] * 2


def test_label_inside_last_item_sentence_stays_with_it():
    got = _units(_LABEL_IN_ITEM)
    assert got[0] == (("(一)", "一是"), [], [])
    assert got[1][1] == ["县住房和城乡建设局"]


def test_label_per_item_stays_per_item():
    got = _units(_LABEL_MID)
    assert [u for _, u, _ in got] == [["县住房和城乡建设局"]] * 2


@pytest.mark.parametrize(
    ("pieces", "want"),
    [
        (["一是甲；", "二是乙。牵头单位：县发改局"], ["一是甲；", "二是乙。", "牵头单位：县发改局"]),
        (["①甲；", "②乙。（责任单位：县发改局）"], ["①甲；", "②乙。", "（责任单位：县发改局）"]),
        (["一是甲；", "二是乙，牵头单位：县发改局"], ["一是甲；", "二是乙，牵头单位：县发改局"]),
        (["二是乙。牵头单位：县发改局"], ["二是乙。牵头单位：县发改局"]),
    ],
)
def test_unit_block_apart(pieces, want):
    from transform.item_unit_blocks import unit_block_apart

    assert unit_block_apart(list(pieces)) == want


@pytest.mark.timeout(30)
def test_trailing_label_linear():
    n = _BIG
    from transform.item_unit_blocks import _TRAILING_UNIT_LABEL

    for shape in ("。牵头单位：" * n, "。牵头单位：" + "局" * n + "。x", "。" * n + "单位"):
        _TRAILING_UNIT_LABEL.search(shape)  # the timeout is the check


# --- an annex titled as the plan's indicators holds goals ------------------------------------------

_ANNEX_INDICATORS = """关于印发《云岭县2024年科技创新工作要点》的通知
各乡镇人民政府，县直各部门：
现将《云岭县2024年科技创新工作要点》印发给你们，请抓好落实。
云岭县人民政府办公室
2024年2月22日
云岭县2024年科技创新工作要点
一、培育创新主体
1.新认定高新技术企业10家。（牵头单位：县科学技术局）
2.新增科技型中小企业30家。（牵头单位：县科学技术局）
附件1
云岭县2024年科技创新主要指标
1.全社会研发经费投入强度达到2.1%。
2.高新技术企业达到65家。
3.技术合同成交额达到3亿元。
"""

_ANNEX_GOALS_PCN = """白河县2024年经济社会发展工作要点
一、重点工作
（一）扩大有效投资。实施重点项目80个。（牵头单位：县发展和改革局）
附件
白河县2024年经济社会发展主要目标
（一）地区生产总值增长6%。
（二）一般公共预算收入增长5%。
"""

_ANNEX_INDICATOR_SYSTEM = """东川区2024年乡村振兴工作要点
一、重点任务
1.建设高标准农田2万亩。（牵头单位：区农业农村局）
附件2
东川区2024年乡村振兴指标体系
1、粮食播种面积稳定在30万亩以上。
2、农村居民人均可支配收入增长7%。
"""

_ANNEX_TASKS = """南川区2024年乡村振兴工作要点
一、重点任务
1.建设高标准农田2万亩。（牵头单位：区农业农村局）
附件
南川区2024年乡村振兴重点任务清单
1.新建农村公路50公里。
2.改造农村危房100户。
"""

_ANNEX_KAOHE = """北川区2024年安全生产工作要点
一、重点任务
1.排查整治隐患200处。（牵头单位：区应急管理局）
附件
北川区2024年安全生产考核指标
1.生产安全事故死亡人数控制在8人以内。
2.重大隐患整改率达到100%。
"""

_ANNEX_INDICATOR_UNITS = """西川区2024年教育工作要点
一、重点任务
1.新建幼儿园3所。（牵头单位：区教育局）
附件
西川区2024年教育发展主要指标
1.学前教育毛入园率达到92%。（牵头单位：区教育局）
2.义务教育巩固率达到98%。（牵头单位：区教育局）
"""


def test_indicator_annex_items_are_goals():
    paths, goals = _tasks_and_goals(_ANNEX_INDICATORS)
    assert paths == [("一", "1"), ("一", "2")]
    assert goals == [2.1, 3.0, 65.0]


def test_goals_annex_pcn_items_are_goals():
    paths, goals = _tasks_and_goals(_ANNEX_GOALS_PCN)
    assert paths == [("一", "(一)")]
    assert goals == [5.0, 6.0]


def test_indicator_system_annex():
    paths, goals = _tasks_and_goals(_ANNEX_INDICATOR_SYSTEM)
    assert paths == [("一", "1")]
    assert goals == [7.0, 30.0]


def test_task_list_annex_keeps_tasks():
    paths, _ = _tasks_and_goals(_ANNEX_TASKS)
    assert ("附件", "1") in paths and ("附件", "2") in paths


def test_assessment_annex_keeps_tasks():
    paths, _ = _tasks_and_goals(_ANNEX_KAOHE)
    assert ("附件", "1") in paths and ("附件", "2") in paths


def test_indicator_items_with_units_stay_tasks():
    paths, _ = _tasks_and_goals(_ANNEX_INDICATOR_UNITS)
    assert ("附件", "1") in paths and ("附件", "2") in paths


# --- a five-year plan's goals dated by the period its title names ----------------------------------

_DASH_GOALS = """乐平县“十四五”水利发展规划
第二章 总体思路
第一节 主要目标
——防洪减灾能力明显提升。主要河流堤防达标率达到85%。
——供水保障能力稳步提高。农村自来水普及率达到95%。
第三章 主要任务
第一节 完善防洪减灾体系
（1）加快堤防建设。新建加固堤防45公里。
"""

_CN_GOALS = """临江县“十四五”卫生健康事业发展规划
一、发展目标
全县居民健康水平持续提高，人均预期寿命达到79岁，孕产妇死亡率控制在10/10万以下。
二、主要任务
（一）完善医疗服务体系。新建乡镇卫生院2所。
"""

_FIFTEENTH = """北湖市“十五五”综合交通发展规划
一、发展基础
全市公路总里程达到9000公里。
二、主要目标
（一）高速公路通车里程达到400公里。
（二）建制村通双车道比例达到80%。
三、重点任务
（一）建设快速路网。新建高速公路60公里。
"""

_ANNUAL_TITLE = """南湖县“十四五”规划实施2024年工作要点
一、主要目标
地区生产总值增长6%。
二、重点任务
（一）扩大有效投资。实施重点项目50个。
"""

_OWN_YEAR = """西湖县“十四五”文化旅游发展规划
一、发展目标
到2023年，接待游客达到600万人次；全县旅游总收入达到90亿元。
二、主要任务
（一）打造精品景区。创建AAAA级景区2个。
"""

_REVIEW_GOALS = """东湖县“十四五”体育事业发展规划
一、“十三五”主要目标完成情况
全县人均体育场地面积达到1.8平方米。
二、主要任务
（一）建设健身设施。新建健身步道30公里。
"""


def _goal_year_of(text: str) -> dict[float, int | None]:
    return {t["value"]: t["year"] for t in _doc(text).targets if t["task_id"] is None}


def test_dash_goals_take_period_end():
    assert _goal_year_of(_DASH_GOALS) == {85.0: 2025, 95.0: 2025}


def test_cn_goals_take_period_end():
    years = _goal_year_of(_CN_GOALS)
    assert years[79.0] == 2025 and years[10.0] == 2025


def test_fifteenth_plan_goal_items():
    years = _goal_year_of(_FIFTEENTH)
    assert years[400.0] == 2030 and years[80.0] == 2030


def test_title_with_year_sets_no_period_end():
    assert _goal_year_of(_ANNUAL_TITLE)[6.0] != 2025


def test_own_year_kept():
    years = _goal_year_of(_OWN_YEAR)
    assert years[600.0] == 2023


def test_review_heading_not_dated():
    assert _goal_year_of(_REVIEW_GOALS).get(1.8) is None


@pytest.mark.timeout(30)
def test_title_period_linear():
    n = _BIG
    from transform.heading_years import _TITLE_PERIOD

    for shape in ("十四五" * n, "“十四五”" + "水" * n, "十四五时期" + "规" * n):
        _TITLE_PERIOD.search(shape)  # the timeout is the check


# --- a page number printed with the running head on its line ---------------------------------------

_HEADED_FOOTER = """金溪县2024年县域商业体系建设工作方案
一、主要任务
（一）完善农村物流配送。建成县级物流共同配送中心1个。（牵头单位：县商务局）
金溪县商务局                                          — 2 —
（二）发展农村电子商务。开展电商培训1000人次。（牵头单位：县商务局）
"""


def _task_texts(text: str) -> list[str]:
    return [t["body"] for t in _doc(text).tasks]


def test_headed_page_number_leaves_the_task_text():
    bodies = _task_texts(_HEADED_FOOTER)
    assert len(bodies) == 2 and all("— 2 —" not in b and "金溪县商务局  " not in b for b in bodies)


@pytest.mark.parametrize(
    "line",
    [
        "金溪县商务局                                          — 2 —",
        "— 3 —          某县人民政府文件",
        "某县人民政府办公室文件\u3000\u3000\u3000\u3000第3页 共8页",
        "乐平县“十四五”水利发展规划        - 12 -",
    ],
)
def test_headed_page_marks(line):
    from transform.page_marks import page_mark

    assert page_mark(line)


@pytest.mark.parametrize(
    "line",
    [
        "完成投资5亿元，新建道路    — 2 —",  # a sentence before the gap
        "1    2    3",
        "青山县人民政府办公室                    2024年3月6日印发",
        "县商务局 — 2 —",  # no gap
    ],
)
def test_not_headed_page_marks(line):
    from transform.page_marks import page_mark

    assert not page_mark(line)


@pytest.mark.timeout(30)
def test_headed_page_mark_linear():
    n = _BIG
    from transform.page_marks import _HEADED_MARK

    for shape in ("局" * 20 + " " * n + "— 2 —", "— 2 —" + " " * n + "x", ("局    " * n)):
        _HEADED_MARK.fullmatch(shape)  # the timeout is the check


# --- a figure cut from its measure word or comparator by a line break -----------------------------

_CUT_UNIT = """金溪县2024年县域商业体系建设工作方案
一、主要任务
（一）完善农村物流配送。整合快递资源，建成县级物流共同配送中心1
个。（牵头单位：县商务局）
（二）建设乡镇商贸中心。改造乡镇商贸中心，引导连锁企业开设门店20
家。（牵头单位：县商务局）
"""

_CUT_COMPARATOR = """银溪县2024年县域商业体系建设工作方案
一、工作目标
2024年，全县新建乡镇商贸中心5个，村级便民商店覆盖率达到90%以
上，农产品网络零售额增长15%。
二、主要任务
（一）建设冷链设施。新建冷库库容达到2万吨以
上。（牵头单位：县商务局）
"""

_CUT_SCALE = """铜溪县2024年农业工作要点
一、重点任务
（一）建设高标准农田。全县新建高标准农田达到2.5
万亩，改造提升中低产田1万亩。（牵头单位：县农业农村局）
"""

_NOT_CUT = """锡溪县2024年农业工作要点
一、重点任务
（一）建设高标准农田。新建高标准农田2万亩。（牵头单位：县农业农村局）
专栏1
个体工商户培育工程
"""


def _values_of(text: str) -> dict[float, tuple[str, str]]:
    return {t["value"]: (t["unit"], t["comparator"]) for t in _doc(text).targets}


def test_unit_cut_by_a_line_break():
    vals = _values_of(_CUT_UNIT)
    assert vals[1.0] == ("个", "=") and vals[20.0] == ("家", "=")


def test_comparator_cut_by_a_line_break():
    vals = _values_of(_CUT_COMPARATOR)
    assert vals[90.0] == ("%", ">=") and vals[2.0] == ("万吨", ">=")


def test_scale_word_cut_by_a_line_break():
    vals = _values_of(_CUT_SCALE)
    assert vals[2.5] == ("万亩", "=")


@pytest.mark.parametrize(
    ("prev", "line", "cut"),
    [
        ("整合快递资源，建成县级物流共同配送中心1", "个。（牵头单位：县商务局）", True),
        ("村级便民商店覆盖率达到90%以", "上，农产品网络零售额增长15%。", True),
        ("建设高标准农田。全县新建高标准农田达到2.5", "万亩，改造提升中低产田1万亩。", True),
        ("专栏1", "个体工商户培育工程", False),  # a short heading, no prose
        ("整合快递资源，建成县级物流共同配送中心1", "2.新建冷库。", False),
        ("全县实施重点项目建设的年份为2024", "年，全县新建道路", False),  # 年 is no measure word here
        ("| 1 | 城东商贸物流园 | 15", "个 |", False),
    ],
)
def test_cut_figure(prev, line, cut):
    from transform.wrapped_figures import cut_figure

    assert cut_figure(prev, line) is cut


def test_short_heading_then_unit_word_not_joined():
    assert (1.0, "个") not in _values(_NOT_CUT)


@pytest.mark.parametrize(
    ("prev", "line", "cut"),
    [
        ("新建冷库库容达到2万吨以", "上。（牵头单位：县商务局）", True),
        ("新增养老机构床位500张，其中护理型床位占比不", "低于60%。", False),  # 不: left as printed
        ("坚持党员干部带头示范、以", "上率下，推动工作落实。", False),  # 以上率下: no figure before
    ],
)
def test_cut_comparator(prev, line, cut):
    from transform.wrapped_figures import cut_figure

    assert cut_figure(("全县" * 8 + prev) if len(prev) < 15 else prev, line) is cut


# --- a laid-out table row whose cells are apart by one space only ----------------------------------

_LAID_OUT = """桃源县2024年重点民生项目任务分解表
序号  项目名称            建设内容                        牵头单位          完成时限
1     城区停车场建设      新建公共停车泊位1500个          县城市管理局      2024年12月
2     老旧小区改造        改造老旧小区12个                县住房和城乡建设局 2024年11月
3     农村饮水提升        新建集中供水工程4处 县水利局 2024年10月
"""

_LAID_OUT_UNITS = """杏林镇2024年重点工作任务表
序号  工作任务                          责任单位          配合单位
1     新建村级养老服务站5个             镇社会事务办      各村委会
2     完成农村改厕300户                 镇农业服务中心 各村委会
3     新建文化广场2个                   镇文化站          镇建设办
"""

_LAID_OUT_TEXT = """梅林镇2024年重点工作任务表
序号  工作任务                                  责任单位
1     新建村级养老服务站5个                     镇社会事务办
2     完成农村改厕300户 巩固提升改厕成果        镇农业服务中心
"""


def test_row_split_at_single_space_before_unit_and_deadline():
    got = {p: lead for p, lead, _ in _units(_LAID_OUT)}
    assert got[("2",)] == ["县住房和城乡建设局"] and got[("3",)] == ["县水利局"]


def test_row_split_units_columns():
    got = {p: (lead, part) for p, lead, part in _units(_LAID_OUT_UNITS)}
    assert got[("2",)] == (["镇农业服务中心"], ["各村委会"])


def test_single_space_inside_text_stays():
    from transform.texttables import _split_single_spaced

    assert _split_single_spaced(["2", "完成农村改厕300户 巩固提升改厕成果"], 3) == [
        "2",
        "完成农村改厕300户 巩固提升改厕成果",
    ]
    got = {p: lead for p, lead, _ in _units(_LAID_OUT_TEXT)}
    assert got[("2",)] == ["镇农业服务中心"]


@pytest.mark.parametrize(
    ("cells", "width", "want"),
    [
        (
            ["2", "老旧小区改造", "改造老旧小区12个", "县住建局 2024年11月"],
            5,
            ["2", "老旧小区改造", "改造老旧小区12个", "县住建局", "2024年11月"],
        ),
        (["3", "新建供水工程4处 县水利局 2024年10月"], 4, ["3", "新建供水工程4处", "县水利局", "2024年10月"]),
        (["4", "新建道路 2公里"], 3, ["4", "新建道路 2公里"]),  # a figure is no unit cell
        (["5", "县住建局 县财政局 县水利局"], 3, ["5", "县住建局 县财政局 县水利局"]),  # too many pieces
    ],
)
def test_split_single_spaced(cells, width, want):
    from transform.texttables import _split_single_spaced

    assert _split_single_spaced(cells, width) == want


# --- section labels as printed on a page in traditional characters ----------------------------------

_TRAD_SECTIONS = """寧安縣“十四五”旅遊業發展規劃
第三章 重點任務
第一節 打造精品景區
一、創建高等級景區。新創建國家AAAA級旅遊景區2個。
二、提升景區品質。完成景區提質改造項目10個。
第四章 保障措施
第一節 加強組織領導
第二節 加大資金投入
縣財政每年安排旅遊發展專項資金不少於1000萬元。
"""

_TRAD_ITEMS = """永和縣“十四五”教育發展規劃
第二章 主要任務
第一節 推進學前教育普及
1.新建公辦幼兒園5所。
2.新增學位1500個。
第二節 促進義務教育均衡
（一）新建中小學校3所。
"""

_SIMPLIFIED_SECTIONS = """宁安县“十四五”旅游业发展规划
第三章 重点任务
第一节 打造精品景区
一、创建高等级景区。新创建国家AAAA级旅游景区2个。
"""


def test_traditional_section_labels_as_printed():
    assert _paths(_TRAD_SECTIONS) == [
        ("第三章", "第一節", "一"),
        ("第三章", "第一節", "二"),
        ("第四章", "第一節"),
        ("第四章", "第二節"),
    ]


def test_traditional_section_labels_over_items():
    assert _paths(_TRAD_ITEMS) == [
        ("第二章", "第一節", "1"),
        ("第二章", "第一節", "2"),
        ("第二章", "第二節", "(一)"),
    ]


def test_traditional_section_target_paths():
    doc = _doc(_TRAD_SECTIONS)
    paths = {t["task_id"]: tuple(t["path"]) for t in doc.tasks}
    assert {paths[t["task_id"]] for t in doc.targets} >= {("第三章", "第一節", "一"), ("第四章", "第二節")}


def test_simplified_section_labels_stay():
    assert _paths(_SIMPLIFIED_SECTIONS) == [("第三章", "第一节", "一")]
