"""Round 38h: structure, third pass.

- A goals heading whose goal items restart its own numbering style ("（二）工作目标" / "到2025年，…。" /
  "（一）养老床位。…" / "（二）…") holds those items (`transform.goal_restarts`): their targets are
  goals of no task, dated by the year the goals paragraph opens with.
- A task table's deadline cell ("完成时限" 2025年12月底前, 2024年6月) dates the row's targets that
  name no year (`table_rows.row_deadline_year`, used by `rows.py`); a cell that starts or repeats the work ("2024年起",
  "每年12月底前", "长期坚持") dates none.
- A sentence cut by a page break in a text whose wrap width cannot be measured ("…普及率" / "— 2 —" /
  "达到85%以上") reads on as one line (`page_marks.without_page_marks(rejoin=True)`, as `lines.py` calls it); a heading, an item, a
  signature date or a sentence that ended stays apart.
- A wrapped table cell's last unit name is read back from its end (`table_wraps._last_name`): a
  regex search from every position was quadratic in a long cell.
- A signature (issuer and date) below a table laid out by spaces ends the table: it is no line of
  the last row's cell (`texttables._signs_off`).
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.page_marks import without_page_marks


def _doc(text: str):
    return parse_document(text, source="p.txt", is_text=True)


def _targets(text: str) -> list[tuple]:
    doc = _doc(text)
    paths = {t["task_id"]: tuple(t["path"]) for t in doc.tasks}
    return [(paths.get(t["task_id"]), t["indicator"], t["value"], t["unit"], t["year"]) for t in doc.targets]


# --- goal items restarting the goals heading's numbering ---------------------------------------

_PCN_GOALS = """临江市推进基本养老服务体系建设实施方案

一、总体要求
（一）指导思想
坚持以人民为中心的发展思想。
（二）工作目标
到2025年，全市基本养老服务体系更加健全。
（一）养老床位。全市养老床位总数达到1.2万张。
（二）社区养老。社区养老服务设施覆盖率达到90%。

二、重点任务
（一）健全服务清单。制定发布基本养老服务清单。（牵头单位：市民政局）
（二）发展社区养老。建设家庭养老照护床位2000张。（牵头单位：市民政局）
"""

_TOP_PCN_GOALS = """南山区全民健身设施补短板工作方案

（一）工作目标
到2026年，全区人均体育场地面积达到2.8平方米。
（一）健身步道。新建健身步道50公里以上。
（二）体育公园。建成体育公园3个。

（二）主要任务
1.推进健身步道建设。依托山体建设健身步道。（牵头单位：区文体旅游局）
2.开放学校体育场地。学校体育场地开放率达到80%。（牵头单位：区教育局）
"""

_CN_GOALS = """清溪县文化旅游融合发展行动方案

一、指导思想
坚持以文塑旅、以旅彰文。
二、发展目标
到2027年，全县文化旅游产业规模持续壮大。
一、旅游接待。年接待游客达到1500万人次。
二、旅游收入。旅游总收入达到120亿元。
三、重点任务
（一）打造精品景区。创建国家4A级旅游景区2家。（牵头单位：县文旅局）
（二）培育文旅业态。新增民宿100家。（牵头单位：县文旅局）
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_PCN_GOALS, {(None, 1.2, "万张", 2025), (None, 90, "%", 2025)}),
        (_TOP_PCN_GOALS, {(None, 50, "公里", 2026), (None, 3, "个", 2026)}),
        (_CN_GOALS, {(None, 1500, "万人次", 2027), (None, 120, "亿元", 2027)}),
    ],
)
def test_goal_items_restarting_the_goals_heading_numbering_are_goals(text, expected):
    got = {(p, v, u, y) for p, _i, v, u, y in _targets(text)}
    assert expected <= got


def test_restarted_goal_items_are_no_tasks_and_the_tasks_stay():
    paths = [tuple(t["path"]) for t in _doc(_PCN_GOALS).tasks]
    assert paths == [("二", "(一)"), ("二", "(二)")]
    cn = [tuple(t["path"]) for t in _doc(_CN_GOALS).tasks]
    assert cn == [("三", "(一)"), ("三", "(二)")]


def test_a_restart_after_a_heading_that_is_no_goals_heading_is_left_alone():
    # (二)主要任务 is no goals heading: its restarted items are not made goals
    text = """某县工作方案

（一）基本原则
坚持统筹推进。
（二）主要任务
（一）建设道路。新建道路10公里。（牵头单位：县交通局）
（二）建设学校。新建学校2所。（牵头单位：县教育局）
"""
    got = _targets(text)
    assert all(p is not None for p, *_ in got if p is not None) and not any(
        p is None and v == 10 for p, _i, v, _u, _y in got
    )


def test_goal_heading_followed_by_the_next_section_is_unchanged():
    text = """某市行动方案

一、总体要求
（一）指导思想
坚持问题导向。
（二）工作目标
到2025年，全市绿色建筑占新建建筑比例达到100%。
（三）基本原则
坚持统筹推进。

二、重点任务
（一）推广绿色建材。绿色建材应用比例达到70%。（牵头单位：市住建局）
"""
    got = _targets(text)
    assert (None, 100, "%", 2025) in {(p, v, u, y) for p, _i, v, u, y in got}
    assert (("二", "(一)"), 70, "%") in {(p, v, u) for p, _i, v, u, _y in got}


# --- a task table's deadline cell dates its row's targets ---------------------------------------

_PIPE_TABLE = """东阳市城乡供水一体化三年行动方案（2023—2025年）

一、重点任务

| 序号 | 任务名称 | 工作内容及目标 | 责任单位 | 完成时限 |
| --- | --- | --- | --- | --- |
| 1 | 水源地保护 | 完成饮用水水源保护区划定12处。 | 市水务局 | 2023年12月底前 |
| 2 | 水厂扩建 | 城北水厂新增供水能力5万吨/日。 | 市水务集团 | 2024年6月 |
| 3 | 管网延伸 | 新建改造供水主管网120公里。 | 市水务局 | 2025年12月底前 |
"""

_TAB_TABLE = (
    "青石市数字经济行动计划（2024—2026年）\n\n"
    "序号\t重点任务\t目标要求\t牵头单位\t完成时限\n"
    "1\t建设5G基站\t累计建成5G基站6000个。\t市工信局\t2026年底前\n"
    "2\t建设数据中心\t建成标准机架3000架。\t市大数据局\t2025年6月底前\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_PIPE_TABLE, {(12, 2023), (5, 2024), (120, 2025)}),
        (_TAB_TABLE, {(6000, 2026), (3000, 2025)}),
    ],
)
def test_a_task_tables_deadline_cell_dates_its_rows_targets(text, expected):
    got = {(v, y) for _p, _i, v, _u, y in _targets(text)}
    assert expected <= got


def test_a_deadline_cell_that_starts_or_repeats_the_work_dates_nothing():
    text = """青石市数字经济行动计划（2024—2026年）

一、重点任务分工

| 序号 | 重点任务 | 目标要求 | 牵头单位 | 完成时限 |
| --- | --- | --- | --- | --- |
| 1 | 推进企业上云 | 新增上云企业500家。 | 市工信局 | 2024年起持续推进 |
| 2 | 建设算力平台 | 建成算力平台1个。 | 市大数据局 | 长期坚持 |
"""
    got = {(v, y) for _p, _i, v, _u, y in _targets(text)}
    assert (500, None) in got and (1, None) in got


def test_a_year_the_row_names_itself_is_kept():
    text = _PIPE_TABLE.replace("新建改造供水主管网120公里。", "到2024年新建改造供水主管网120公里。")
    got = {(v, y) for _p, _i, v, _u, y in _targets(text)}
    assert (120, 2024) in got


# --- a sentence cut by a page break -------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["到2024年底，全镇农村卫生厕所普及率", "— 2 —", "达到85%以上。"],
            ["到2024年底，全镇农村卫生厕所普及率达到85%以上。"],
        ),
        (
            ["加强乡村教师队伍建设，全县乡村教师培训覆盖率", "- 3 -", "达到100%。（牵头单位：县教育局）"],
            ["加强乡村教师队伍建设，全县乡村教师培训覆盖率达到100%。（牵头单位：县教育局）"],
        ),
        (
            ["坚决遏制重特大事故，全年较大以上生产安全事故", "第 2 页 共 6 页", "起数控制在0起。"],
            ["坚决遏制重特大事故，全年较大以上生产安全事故起数控制在0起。"],
        ),
        (["（牵头单位：县公安局", "", "第 4 页", "", "交警大队）"], ["（牵头单位：县公安局交警大队）"]),
    ],
)
def test_a_sentence_cut_by_a_page_break_reads_on(lines, expected):
    assert [ln for ln in without_page_marks(lines, rejoin=True) if ln] == expected


@pytest.mark.parametrize(
    "lines",
    [
        ["二、重点任务", "— 2 —", "各镇要高度重视。"],  # a heading over its text
        ["全年新增就业5000人。", "— 2 —", "开展技能培训3000人次。"],  # a sentence that ended
        ["河西区人民政府办公室", "— 4 —", "2024年2月28日"],  # a signature over its date
        ["推进农村改厕", "— 3 —", "（一）治理生活污水。"],  # an item opens the page
        # a table printed one cell a line: a short cell is whole, the page break cut no sentence
        ["打造区域教育高地", "— 2 —", "新(改、扩)建一批中小学校"],
        ["献血屋建设", "— 5 —", "建设献血屋1个。"],
        ["团区委", "— 7 —", "各乡镇(街道)"],
    ],
)
def test_lines_a_page_break_did_not_cut_stay_apart(lines):
    assert [ln for ln in without_page_marks(lines, rejoin=True) if ln] == [lines[0], lines[2]]


def test_a_cut_goals_sentence_gets_its_indicator():
    text = """白沙镇2024年农村人居环境整治工作要点

一、目标任务
持续改善农村人居环境，全年农村卫生厕所普及率
— 2 —
达到85%以上。

二、重点工作
1.推进农村厕所革命。完成户厕改造400户。（责任单位：镇农业农村办）
"""
    got = {(i, v) for _p, i, v, _u, _y in _targets(text)}
    assert ("农村卫生厕所普及率", 85) in got


# --- a signature below a table laid out by spaces -----------------------------------------------

_LAID_OUT = """湖滨镇2024年重点项目建设计划

序号   项目名称                           建设内容及规模                 责任单位        完成时限
1      镇区道路提升工程                   改造道路3.2公里               镇城建办        2024年12月
2      文化广场建设项目                   建成广场1.5万平方米           镇文化站        2024年11月
{tail}
"""


@pytest.mark.parametrize(
    "tail",
    [
        "\n湖滨镇人民政府\n2024年2月20日",
        "湖滨镇人民政府\n2024年2月20日",
        "\n2024年2月20日",
        "\n湖滨镇人民政府办公室\n2024年2月20日\n（此件公开发布）",
    ],
)
def test_a_signature_below_a_laid_out_table_is_no_cell_of_its_last_row(tail):
    doc = _doc(_LAID_OUT.format(tail=tail))
    titles = [t["title"] for t in doc.tasks]
    assert titles == ["镇区道路提升工程", "文化广场建设项目"]


def test_a_cells_own_next_line_still_goes_on_with_its_row():
    text = """某镇2024年重点项目计划

序号   项目名称                 建设内容及规模                 责任单位        完成时限
1      镇区道路提升工程         改造道路3.2公里，同步          镇城建办        2024年12月
                                改造雨污管网
2      文化广场建设项目         建成广场1.5万平方米            镇文化站        2024年11月
"""
    bodies = [t["body"] for t in _doc(text).tasks]
    assert "改造雨污管网" in bodies[0]


# --- the last name of a wrapped cell, read back from its end ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("县发展改革局、市自然资源", "市自然资源"),
        ("改造道路3公里\n同步改造管网", "同步改造管网"),
        ("县农业农村局；县开发区管委", "县开发区管委"),
        ("县财政局、", ""),  # ends on a separator: no name
    ],
)
def test_the_last_name_of_a_cell_is_read_from_its_end(text, expected):
    from transform.table_wraps import _last_name

    assert _last_name(text) == expected
