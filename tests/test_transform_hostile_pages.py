"""Hostile pages cost linear work in the parser: shapes that once took quadratic time.

No wall-clock assertions (speed lives in benchmarks/): each input is sized so that the
quadratic work these shapes triggered would take minutes (a long run of contents leaders: a
regex searched from each leader; thousands of equal figures: every restatement compared with
every earlier one), while the linear code takes well under a second.
"""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.long_plans import drop_contents
from transform.targets.restates import mark_restatements

pytestmark = pytest.mark.timeout(60)  # the quadratic code took minutes on these inputs


@pytest.mark.parametrize("entry", [
    "第一节 做强先进制造业 ……… 8",
    "一、总体要求..........3",
    "（一）优化营商环境 ···· 12 ",
    "第二章 发展目标⋯⋯⋯5",
    "三、保障措施．．．．．10",
    "专栏1 重大项目……… 1024",
    "第三篇 共享发展………　７",  # a full-width page number and an ideographic space
])
def test_contents_entries_with_leaders_are_dropped(entry):
    lines = ["某县“十四五”规划", entry, "第一章 总则", "正文第一段。"]
    assert drop_contents(lines) == ["某县“十四五”规划", "第一章 总则", "正文第一段。"]


@pytest.mark.parametrize("line", [
    "第一节 做强先进制造业 ……… 12345",   # five digits: no page number
    "第一节 做强先进制造业 ………",          # no page number
    "第一节 做强先进制造业 .. 8",           # two leaders only
    "到2025年，完成改造……等工作 8个",     # words between the leaders and the number
    "新建厂房……3栋",
])
def test_lines_that_are_no_contents_entry_stay(line):
    lines = ["第一章 总则", line, "正文。"]
    assert drop_contents(lines) == lines


@pytest.mark.parametrize("leader", ["…", "·", ".", "⋯"])
def test_a_page_of_leaders_is_read_in_linear_time(leader):
    body = "第一章 总则 " + leader * 200_000 + "\n一、加快建设。"
    parsed = parse_document(body.encode(), source="leaders.txt", is_text=True)
    assert [t["path"] for t in parsed.tasks] == [["第一章", "一"]]
    assert parsed.tasks[0]["title"].startswith("加快建设")


def _row(i: int, indicator: str, task: str | None = "t") -> dict:
    return {"target_id": f"x:{i}", "task_id": task, "value": 12.0, "unit": "%", "comparator": ">=",
            "change": None, "year": 2025, "indicator": indicator}


def test_restatements_past_many_first_statements_still_point_at_their_first():
    firsts = [_row(i, f"第{i}类指标完成率", task=None) for i in range(200)]
    again = [_row(1000 + i, f"第{i}类指标完成率") for i in range(200)]
    rows = firsts + again
    mark_restatements(rows)
    assert [r["restates"] for r in firsts] == [None] * 200
    assert [r["restates"] for r in again] == [f"x:{i}" for i in range(200)]


def test_a_restatement_naming_its_first_in_other_words_is_found_among_a_few():
    rows = [_row(1, "地区生产总值", task=None), _row(2, "全县地区生产总值")]
    mark_restatements(rows)
    assert rows[1]["restates"] == "x:1"


def test_thousands_of_equal_figures_cost_linear_work():
    rows = [_row(i, f"指标{i:05d}甲") for i in range(40_000)]
    mark_restatements(rows)  # 40 000 rows: 800 million comparisons the quadratic way
    assert all(r["restates"] is None for r in rows)


def test_a_page_of_equal_figures_is_parsed_and_each_figure_kept():
    body = "一、主要目标\n" + "".join(f"①第{i}项指标达到12%。" for i in range(20_000))
    parsed = parse_document(body.encode(), source="figures.txt", is_text=True)
    twelves = [t for t in parsed.targets if t["value"] == 12.0 and t["unit"] == "%"]
    assert len(twelves) >= 19_000


@pytest.mark.timeout(30)
def test_many_goal_lines_under_headings_are_dated_in_linear_time():
    """Each goal line of a page without numbered items looks up the heading above it: once by
    a list search per line (quadratic: about 1.5 minutes for this page), now by one index of the
    lines (well under a second)."""
    from transform.heading_years import dated_under_headings

    lines = [f"第{i}项指标达到{i % 90 + 1}%" for i in range(100_000)]
    body = "“十五五”时期主要目标\n" + "\n".join(lines)
    dated = dated_under_headings(body, lines, first_year=2026)
    assert getattr(dated[0], "year", None) == 2030  # the line right under the heading
    assert all(getattr(d, "year", None) is None for d in dated[1:])  # a goal line is no heading
    assert [str(d) for d in dated] == lines


@pytest.mark.timeout(30)
def test_stacks_of_nested_tables_cost_linear_work():
    """Each table once asked for the tables inside it (a walk of its whole subtree): a stack of
    2 000 nested tables took about 1.7 s, and this 6 MB page of 100 stacks about a minute.
    Now each table walks up to the nearest table above it, once per node (a few seconds)."""
    from planwatch.markup import MAX_DEPTH

    numerals = "一二三四五六七八九十"

    def stack(i: int) -> str:
        item = f"{numerals[i % 10]}、推进第{i}项工作。"
        return "<table><tr><td>" * MAX_DEPTH + item + "</td></tr></table>" * MAX_DEPTH

    page = ("<html><head><title>某县重点工作任务</title></head><body><div id='zoom'>"
            + "".join(stack(i) for i in range(100)) + "</div></body></html>")
    parsed = parse_document(page.encode(), source="tables.html")
    assert [t["title"] for t in parsed.tasks] == [f"推进第{i}项工作" for i in range(100)]


@pytest.mark.parametrize(("inner", "rows"), [
    ("<table><tr><td>牵头单位</td><td>县发改局</td></tr></table>", "牵头单位 | 县发改局"),
    ("<div><table><tr><td>序号</td><td>工作任务</td></tr><tr><td>1</td><td>新建学校</td></tr></table></div>",
     "序号 | 工作任务\n1 | 新建学校"),
    ("<table><tr><td>附</td></tr></table><table><tr><td>序号</td><td>工作任务</td></tr>"
     "<tr><td>1</td><td>新建学校</td></tr></table>", "附\n序号 | 工作任务\n1 | 新建学校"),
])
def test_a_frame_around_tables_is_left_to_the_tables_inside(inner, rows):
    """Near misses of the linear frame test: a frame's cells are blocks, and each table inside
    it (one level down, beside text or another table) renders as rows."""
    from transform.html import extract

    page = f"<html><body><div id='zoom'><table><tr><td><p>说明文字</p>{inner}</td></tr></table></div></body></html>"
    assert extract(page).body_text == "说明文字\n" + rows


@pytest.mark.timeout(30)
def test_thousands_of_review_runs_before_the_work_ahead_cost_linear_work():
    """Each unnumbered review run once looked for a heading of work ahead in every run after it
    (quadratic: a page of 8 000 runs took 12 s); now one pass from the last run up. The review
    items stay no tasks, the items under the heading of work ahead at the end stay tasks."""
    body = "\n".join(f"{y}年工作回顾\n1.完成道路{y}公里。\n2.完成桥梁{y}座。" for y in range(1000, 9000))
    body += "\n9000年工作展望\n1.新建道路5公里。\n2.新建桥梁2座。"
    parsed = parse_document(body.encode(), source="runs.txt", is_text=True)
    assert [t["title"] for t in parsed.tasks] == ["新建道路5公里", "新建桥梁2座"]


@pytest.mark.timeout(30)
def test_thousands_of_paragraphs_after_a_forward_lead_cost_linear_work():
    """News whose forward lead ("2024年，某县将…") is followed by a field-led paragraph, 12 000
    times: each carried paragraph was compared with every goal line and paragraph before it,
    looked for from the page's start, and each goal paragraph checked against every earlier one
    for a reprint (about a minute); now sets, the first 256 holders and one index of the lines."""
    n = 12_000
    body = "\n".join(f"2024年，某县将新建道路{i}公里。\n交通方面，新增{i}个站点。" for i in range(1, n + 1))
    parsed = parse_document(body.encode(), source="news.txt", is_text=True)
    stations = [t["value"] for t in parsed.targets if t["unit"] == "个"]
    assert stations == [float(i) for i in range(1, n + 1)]  # every carried paragraph, in page order
    assert len(parsed.targets) == 2 * n


@pytest.mark.timeout(30)
def test_a_list_of_thousands_of_values_shares_its_comparator_in_linear_work():
    """"分别达到1亿元、2亿元…以上" with 20 000 values: each value walked the rest of the list to
    find the comparator after its last value (about a minute); now each list is walked once."""
    n = 20_000
    body = "一、目标\n到2025年，产值分别达到" + "、".join(f"{i}亿元" for i in range(1, n + 1)) + "以上。"
    parsed = parse_document(body.encode(), source="list.txt", is_text=True)
    assert len(parsed.targets) == n
    assert {t["comparator"] for t in parsed.targets} == {">="}


@pytest.mark.timeout(30)
def test_a_page_of_many_attachment_links_keeps_each_once_in_linear_work():
    """Each attachment link was looked for in the list of those before it (quadratic: about a
    minute for 60 000 links); now an ordered set. Links stay in page order, each once."""
    from transform.html import extract

    n = 60_000
    links = "".join(f"<a href='/f/{i}.pdf'>附件{i}.pdf</a><br>" for i in range(n))
    page = f"<html><body><div id='zoom'><p>一、任务</p>{links}<a href='/f/7.pdf'>附件7</a></div></body></html>"
    attachments = extract(page, url="http://www.a.gov.cn/art/1.html").attachments
    assert attachments == [f"http://www.a.gov.cn/f/{i}.pdf" for i in range(n)]


@pytest.mark.timeout(30)
def test_work_list_cues_among_thousands_of_texts_cost_linear_work():
    """Each line below a work-list cue ("今年的3件民生实事如下：") was compared with every task and
    goals text read (quadratic: 3 000 cues among 30 000 texts took minutes); now the first 16
    cues are read, each line looked for in one joined text and an index of openings."""
    from transform.targets.work_lists import listed_below_cues

    body = "某市2026年民生实事\n" + "\n".join(
        f"今年的3件民生实事如下：\n新建{i}所学校\n改造{i}条道路\n推进工作{i}" for i in range(3000)
    )
    covered = [f"推进工作{i}。责任单位：县教育局" for i in range(30_000)]
    lines = listed_below_cues(body, covered)
    assert lines[:2] == ["新建0所学校", "改造0条道路"]
    assert "改造12条道路" in lines and "新建100所学校" not in lines  # the first cues only
    assert not [x for x in lines if x.startswith("推进工作")]  # held by the texts read


@pytest.mark.parametrize(("lines", "extra"), [
    (["新建3所学校", "修缮8座桥梁"], 2),                 # no task holds them: goal lines
    (["推进工作新建3所学校", "修缮8座桥梁"], 1),         # the first holds a task's whole text
    (["改造5条道路", "修缮8座桥梁"], 1),                 # a task's text holds the first
    (["推进工作新", "修缮8座桥梁"], 1),                  # held: part of a task's text
])
def test_lines_below_a_cue_a_task_already_holds_are_not_read_again(lines, extra):
    """Near misses of the linear check, both ways: a line holding a task's text (6 characters or
    more) or held by one is that task's; the others are goal lines."""
    from transform.targets.work_lists import listed_below_cues

    body = "某市2026年民生实事\n今年的2件民生实事如下：\n" + "\n".join(lines)
    covered = ["推进工作新建", "改造5条道路并验收"]
    assert len(listed_below_cues(body, covered)) == extra
