"""Round 39i: structure in genres not yet written.

- Roman numerals open section headings (`transform/roman.py`, read by `numbering.match_marker`): `I．工作目标`, `Ⅱ、主要任务`
  (a Unicode numeral reads as its letters after NFKC), `IV 保障措施` read as a top-level heading
  labelled as printed (`II`), ranked like `第二章` (`一、` nests under it); a capital letter before text that is no heading
  (`IV、V类水体`, `X光机`, `VI.5版本`) is none.
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.numbering import match_marker


def _doc(text: str):
    return parse_document(text, source="p.txt", is_text=True)


def _paths(text: str) -> list[tuple[str, ...]]:
    return [tuple(t["path"]) for t in _doc(text).tasks]


# --- Roman numerals as section headings --------------------------------------------------------

_ROMAN_PLAN = """青石市2025年科技创新工作计划
Ⅰ．工作目标
全市研发经费投入强度达到2.6%。
Ⅱ．主要任务
1．培育创新主体。新认定高新技术企业60家。（牵头单位：市科技局）
2．建设创新平台。新建省级工程技术研究中心5个。（牵头单位：市科技局）
Ⅲ．保障措施
1．加大财政投入。市财政安排科技专项资金2亿元。（牵头单位：市财政局）
"""

_ROMAN_ASCII = """柳岸县2025年文旅融合发展要点
I. 发展目标
全年接待游客达到500万人次。
II. 重点工作
1、打造精品线路。推出精品旅游线路5条。（责任单位：县文旅局）
2、培育文旅业态。新增民宿20家。（责任单位：县文旅局）
III. 组织保障
1、强化统筹调度。（责任单位：县政府办）
"""

_ROMAN_SPACED = """东塘镇2025年安全生产工作要点
Ⅰ 压实安全责任
镇村两级签订责任书。（责任单位：镇安监办）
Ⅱ 开展隐患排查
全年开展专项检查12次。（责任单位：镇应急办）
Ⅳ 强化应急保障
完善应急物资储备库。（责任单位：镇应急办）
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_ROMAN_PLAN, [("II", "1"), ("II", "2"), ("III", "1")]),
        (_ROMAN_ASCII, [("II", "1"), ("II", "2"), ("III", "1")]),
        (_ROMAN_SPACED, [("I",), ("II",), ("IV",)]),
    ],
)
def test_roman_sections_hold_their_items(text, expected):
    assert _paths(text) == expected


def test_chinese_sections_nest_under_roman_ones():
    text = """青州市2025年科技创新工作计划
Ⅰ．工作目标
全市研发经费投入强度达到2.6%。
Ⅱ．主要任务
一、培育创新主体
1．新认定高新技术企业60家。（牵头单位：市科技局）
二、建设创新平台
1．新建省级工程技术研究中心5个。（牵头单位：市科技局）
Ⅲ．保障措施
一、加大财政投入。市财政安排科技专项资金2亿元。（牵头单位：市财政局）
"""
    assert _paths(text) == [("II", "一", "1"), ("II", "二", "1"), ("III", "一")]


def test_roman_heading_is_not_glued_to_the_title():
    assert _doc(_ROMAN_PLAN).document["title"] == "青石市2025年科技创新工作计划"


@pytest.mark.parametrize(
    ("line", "number", "label"),
    [("Ⅱ．主要任务", 2, "II"), ("II. 重点工作", 2, "II"), ("IV、保障措施", 4, "IV"), ("IX 附则", 9, "IX")],
)
def test_roman_marker(line, number, label):
    mk = match_marker(line)
    assert mk is not None and (mk.kind, mk.number, mk.label) == ("chap", number, label)


@pytest.mark.parametrize(
    "line",
    ["IV、V类水体比例下降", "X光机配置率达到100%", "VI.5版本上线", "IIII．错误编号", "Ivan、项目", "V型坡道"],
)
def test_letters_that_are_no_roman_heading(line):
    mk = match_marker(line)
    assert mk is None


def test_roman_letters_inside_prose_stay_prose():
    text = """临水县水环境治理方案
一、工作目标
IV类及以上水体比例达到90%。
二、重点任务
1．治理黑臭水体。完成治理3条。（责任单位：县住建局）
"""
    assert _paths(text) == [("二", "1")]


@pytest.mark.timeout(30)
@pytest.mark.parametrize("n", [500, 2000, 8000])
def test_roman_marker_hostile_scale(n):
    assert match_marker("XVIII" * n + "．工作") is None
    assert match_marker("I" * n) is None
    mk = match_marker("II．" + "工作" * n)
    assert mk is not None and mk.label == "II"


# --- a task table's year columns -------------------------------------------------------------

_YEARS_HEAD = "岩州区推进城市更新三年行动计划（2025—2027年）\n二、年度任务安排\n"
_YEARS_SPACED = _YEARS_HEAD + (
    "序号  重点任务              2025年    2026年    2027年    责任单位\n"
    "1     老旧小区改造（个）    60        70        70        区住建局\n"
    "2     燃气管道改造（公里）  40        40        40        区城管局\n"
)
_YEARS_TABS = _YEARS_HEAD + (
    "序号\t工作任务\t2025年\t2026年\t2027年\t牵头单位\n"
    "1\t老旧小区改造（个）\t60\t70\t70\t区住建局\n"
    "2\t燃气管道改造（公里）\t40\t40\t40\t区城管局\n"
)
_YEARS_TARGET_HEADS = _YEARS_HEAD + (
    "序号  重点任务              2025年目标  2026年目标  2027年目标  责任单位\n"
    "1     老旧小区改造（个）    60          70          70          区住建局\n"
    "2     燃气管道改造（公里）  40          40          40          区城管局\n"
)


@pytest.mark.parametrize("text", [_YEARS_SPACED, _YEARS_TABS, _YEARS_TARGET_HEADS])
def test_year_columns_of_a_task_table(text):
    doc = _doc(text)
    assert [(tuple(t["path"]), t["lead_units"]) for t in doc.tasks] == [
        (("二", "1"), ["区住建局"]),
        (("二", "2"), ["区城管局"]),
    ]
    got = sorted((t["value"], t["unit"], t["year"]) for t in doc.targets)
    assert got == [
        (40.0, "公里", 2025),
        (40.0, "公里", 2026),
        (40.0, "公里", 2027),
        (60.0, "个", 2025),
        (70.0, "个", 2026),
        (70.0, "个", 2027),
    ]


def test_indicator_table_with_year_columns_stays_goals():
    text = """柳河县“十四五”生态环境保护规划
一、主要目标
序号  指标名称                  单位      2020年    2025年    属性
1     空气质量优良天数比率      %         85        90        约束性
2     地表水优良水体比例        %         80        88        约束性
二、重点任务
1．推进大气污染防治。（责任单位：县生态环境局）
"""
    doc = _doc(text)
    assert [tuple(t["path"]) for t in doc.tasks] == [("二", "1")]
    assert sorted(t["value"] for t in doc.targets if t["task_id"] is None) == [88.0, 90.0]


def test_year_columns_without_unit_column_are_no_task_table():
    from transform.table_cells import header

    assert header(["序号", "重点任务", "2025年", "2026年", "2027年"]) is None
    assert header(["序号", "重点任务", "2025年", "2026年", "2027年", "责任单位"]) is not None


# --- 问题一：… items of a 整改 list ------------------------------------------------------------

_PROBLEMS_BLOCKS = """青山县巡察反馈问题整改任务清单
问题一：部分乡镇污水处理设施运行不正常
整改措施：落实第三方运维，正常运行率达到100%。
责任单位：县生态环境局
问题二：露天焚烧秸秆现象时有发生
整改措施：实行网格化巡查。
责任单位：县农业农村局
"""
_PROBLEMS_INLINE = """石湾镇整改工作台账
问题一、村级财务管理不规范。开展专项审计2次。（责任单位：镇财政所）
问题二、信访积案化解不及时。化解积案10件。（责任单位：镇信访办）
"""
_PROBLEMS_SPACED = """城关街道整改清单
问题一 背街小巷环境脏乱。整治背街小巷20条。（责任单位：街道城管科）
问题二 农贸市场秩序混乱。（责任单位：街道市场所）
"""


@pytest.mark.parametrize(
    ("text", "units"),
    [
        (_PROBLEMS_BLOCKS, [["县生态环境局"], ["县农业农村局"]]),
        (_PROBLEMS_INLINE, [["镇财政所"], ["镇信访办"]]),
        (_PROBLEMS_SPACED, [["街道城管科"], ["街道市场所"]]),
    ],
)
def test_problem_items_of_a_rectification_list(text, units):
    doc = _doc(text)
    assert [tuple(t["path"]) for t in doc.tasks] == [("问题一",), ("问题二",)]
    assert [t["lead_units"] for t in doc.tasks] == units


@pytest.mark.parametrize(
    "line",
    ["问题一：为什么要出台《实施方案》？", "问题二：哪些企业可以申报?", "问题一览表", "问题一是资金拨付滞后"],
)
def test_problem_words_that_are_no_item(line):
    mk = match_marker(line)
    assert mk is None or mk.kind != "named"


def test_questions_of_a_policy_reading_are_no_tasks():
    text = """《岭南县促进消费若干措施》政策解读
问题一：为什么要出台《若干措施》？
答：为进一步释放消费潜力，制定本措施。
问题二：《若干措施》主要有哪些内容？
答：共包括四个方面12条措施。
"""
    assert [tuple(t["path"]) for t in _doc(text).tasks] == []


@pytest.mark.timeout(30)
@pytest.mark.parametrize("n", [500, 2000, 8000])
def test_problem_item_hostile_scale(n):
    mk = match_marker("问题一：" + "整改" * n)
    assert mk is not None and mk.label == "问题一"
    assert match_marker("问题一：" + "为什么" * n + "？") is None
    assert match_marker("问题" * n) is None


# --- a bare figure one space after a long cell --------------------------------------------------

_ONE_SPACE_YEARS = _YEARS_HEAD + (
    "序号  重点任务              2025年    2026年    2027年    责任单位\n"
    "1     老旧小区改造（个）    60        70        70        区住建局\n"
    "2     燃气管道改造（公里） 40        40        40        区城管局\n"
)
_ONE_SPACE_TARGETS = _YEARS_HEAD + (
    "序号  工作任务                2025年目标  2026年目标  2027年目标  牵头单位\n"
    "1     新建口袋公园（个）      10          12          15          区园林中心\n"
    "2     改造燃气老旧管网（公里） 40         40          40          区城管局\n"
)
_ONE_SPACE_LAST = _YEARS_HEAD + (
    "序号  重点任务              2025年    2026年    责任单位\n"
    "1     新增停车位（个）      500       600       区交通局\n"
    "2     新建充电桩（个）      300 400       区发改局\n"
)


@pytest.mark.parametrize(
    ("text", "row2"),
    [
        (_ONE_SPACE_YEARS, [(40.0, 2025), (40.0, 2026), (40.0, 2027)]),
        (_ONE_SPACE_TARGETS, [(40.0, 2025), (40.0, 2026), (40.0, 2027)]),
        (_ONE_SPACE_LAST, [(300.0, 2025), (400.0, 2026)]),
    ],
)
def test_bare_figure_one_space_after_a_cell(text, row2):
    doc = _doc(text)
    second = doc.tasks[1]
    assert "（" in second["title"] and not second["title"][-1].isdigit()
    got = sorted((t["value"], t["year"]) for t in doc.targets if t["task_id"] == second["task_id"])
    assert got == row2


def test_figures_inside_a_text_cell_stay_whole():
    from transform.texttables import _split_single_spaced

    # the row holds as many cells as the header: nothing is split
    assert _split_single_spaced(["1", "建设 5G 基站 300", "区工信局"], 3) == [
        "1",
        "建设 5G 基站 300",
        "区工信局",
    ]
    # a word after the figure: no cell of figures
    assert _split_single_spaced(["1", "新建公园 10 个", "区园林中心"], 4) == [
        "1",
        "新建公园 10 个",
        "区园林中心",
    ]


@pytest.mark.timeout(30)
@pytest.mark.parametrize("n", [500, 2000, 8000])
def test_bare_figure_split_hostile_scale(n):
    from transform.texttables import _split_single_spaced

    cell = "改造（公里）" + " 40" * n
    assert _split_single_spaced(["1", cell, "区局"], 4) == ["1", cell, "区局"]  # too many pieces: kept
    assert _split_single_spaced(["1", "改造" + " 40" * n + " 个", "区局"], n + 4)[1].endswith("个")


def test_indicator_table_with_a_unit_column_keeps_its_year_heads_unknown():
    from transform.table_cells import header

    assert header(["序号", "指标名称", "单位", "2023年", "2025年", "2027年", "牵头单位"]) is None
    assert header(["序号", "指标", "2023年", "2025年", "2027年", "责任单位"]) is None


# --- a bare Chinese numeral alone on its line ----------------------------------------------------

_CN_ALONE_PCN = """溪南县2025年重点工作
一
产业发展
（一）
培育龙头企业。新增规上企业10家。（责任单位：县工信局）
二
社会事业
（一）
改善教育条件。新建学校2所。（责任单位：县教育局）
"""
_CN_ALONE_AR = """北河镇2025年工作要点
一
经济发展
1．招商引资。引进项目3个。（责任单位：镇经发办）
2．园区建设。硬化道路2公里。（责任单位：镇建设办）
二
民生保障
1．教育提升。改造学校1所。（责任单位：镇中心学校）
"""
_CN_ALONE_TEXT = """东岭乡2025年重点任务清单
一
完善农村道路网络，新建通组公路15公里（责任单位：乡交通站）
二
实施饮水安全工程，新建集中供水点3处（责任单位：乡水利站）
三
开展人居环境整治（责任单位：乡村建办）
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_CN_ALONE_PCN, [("一", "(一)"), ("二", "(一)")]),
        (_CN_ALONE_AR, [("一", "1"), ("一", "2"), ("二", "1")]),
        (_CN_ALONE_TEXT, [("一",), ("二",), ("三",)]),
    ],
)
def test_bare_chinese_numerals_number_their_headings(text, expected):
    assert _paths(text) == expected


def test_a_lone_chinese_numeral_outside_a_run_stays():
    from transform.bare_numbers import bare_number_items

    lines = ["第一阶段", "一", "宣传发动", "三", "总结验收"]  # 一 then 三: no run
    assert bare_number_items(lines) == lines
    lines = ["一", "产业发展", "（一）培育龙头企业。"]  # one numeral alone
    assert bare_number_items(lines) == lines
    lines = ["一", "二", "三", "四"]  # numbers side by side (a table's cells): none holds a text
    assert bare_number_items(lines) == lines


@pytest.mark.timeout(30)
@pytest.mark.parametrize("n", [500, 2000, 8000])
def test_bare_numeral_hostile_scale(n):
    from transform.bare_numbers import bare_number_items

    lines = ["一", "产业发展"] * n
    assert bare_number_items(lines) == lines  # no successor: nothing joined
    run = [x for k in range(1, 10) for x in ("一二三四五六七八九"[k - 1], "工作")] * (n // 9 + 1)
    assert len(bare_number_items(run)) <= len(run)


# --- a topic heading that opens with a year ------------------------------------------------------


def _dated_plan(heading: str, goal_unit: str = "") -> str:
    return f"""石门县2025年工作计划
{heading}
1．地区生产总值增长6%左右。{goal_unit}
2．城镇新增就业2500人以上。
二、重点任务
（一）抓好项目建设。实施重点项目90个。（责任单位：县发改局）
"""


@pytest.mark.parametrize("heading", ["一、2025年工作目标", "一、今年发展目标", "一、2025年度总体目标"])
def test_a_dated_goals_heading_holds_goals(heading):
    doc = _doc(_dated_plan(heading))
    assert [tuple(t["path"]) for t in doc.tasks] == [("二", "(一)")]
    assert sorted(t["value"] for t in doc.targets if t["task_id"] is None) == [6.0, 2500.0]


@pytest.mark.parametrize("heading", ["一、2025年重点工作", "一、2025年工作思路", "一、2025年工作目标任务"])
def test_a_dated_work_heading_holds_tasks(heading):
    assert _paths(_dated_plan(heading)) == [("一", "1"), ("一", "2"), ("二", "(一)")]


def test_a_goal_item_that_names_a_unit_stays_a_task():
    text = _dated_plan("一、2025年工作目标", "（牵头单位：县发改局）")
    assert _paths(text)[0] == ("一", "1")


def test_undated():
    from transform.heading_years import undated

    assert undated("2025年主要目标") == "主要目标"
    assert undated("2025年度工作目标") == "工作目标"
    assert undated("今年发展目标") == "发展目标"
    assert undated("2025") == "2025"
    assert undated("全年目标") == "目标"
    assert undated("2025年工作思路") == "2025年工作思路"
    assert undated("2025年工作目标任务") == "2025年工作目标任务"
    assert undated("1号文件") == "1号文件"


@pytest.mark.timeout(30)
@pytest.mark.parametrize("n", [500, 2000, 8000])
def test_undated_hostile_scale(n):
    from transform.heading_years import undated

    assert undated("2025年" + "目标" * n).startswith("目标")
    assert undated("2025" * n) == "2025" * n
    assert undated("2025年 " * n).startswith("2025年")
