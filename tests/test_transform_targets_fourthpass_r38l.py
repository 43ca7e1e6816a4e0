"""Round 38l: targets, fourth pass, and `--explain` after round 38.

- a share led by a year of the plan (its first year or later) is a milestone, not progress
  ("2024年，累计完成30%；2025年，累计完成70%" in a 2024—2026 plan); a year before the plan stays a
  report (2023年累计完成60%);
- 后 before a time limit ("验收后10个工作日内兑付") is no rank: the limit is a target, named by the
  thing handled and the work after the limit (奖补资金兑付); 后3位 stays a rank;
- a bare verb's figure in a sentence that breaks the figure before it down ("…示范村8个。其中：2024年
  建成2个", "…改造任务的30%；2025年，累计完成60%") counts what that figure counts;
- an indicator table right under a page's title line keeps its header ("指标 | 单位 | 2020年 |
  2025年目标 | 属性"): its rows are dated by the target column, and rows with units no scan knows
  are read;
- `--explain` names the rule for an item below a goals heading (goal items restarting the heading's
  numbering, `goal_restarts`; goal items of other markers), not "a top-level list".
"""

from __future__ import annotations

import pytest

from transform.explain_report import explain_document
from transform.targets import extract_targets


def _rows(text: str, **kw) -> list[tuple]:
    return [(r["indicator"], r["value"], r["unit"], r["comparator"], r["year"]) for r in extract_targets(text, **kw)]


def _values(text: str, **kw) -> list[float]:
    return [r["value"] for r in extract_targets(text, **kw)]


# --- a year-led share of a plan's years is a milestone


@pytest.mark.parametrize(
    ("text", "first_year", "value", "year"),
    [
        ("2024年，累计完成街道综合养老服务中心建设30%；2025年，累计完成70%。", 2024, 70.0, 2025),
        ("2024年，完成改造任务的30%；2025年，累计完成60%；2026年，累计完成90%。", 2024, 90.0, 2026),
        ("2025年底，累计完成试点任务50%；2026年底，累计完成80%。", 2025, 80.0, 2026),
        ("到2025年，完成清淤任务的40%；2026年，完成70%。", 2024, 70.0, 2026),
    ],
)
def test_year_led_share_of_the_plan_is_a_milestone(text, first_year, value, year):
    rows = [r for r in extract_targets(text, first_year=first_year) if r["value"] == value]
    assert [(r["value"], r["year"]) for r in rows] == [(value, year)]


@pytest.mark.parametrize(
    ("text", "first_year"),
    [
        ("2023年，累计完成村庄规划编制60%。", 2024),  # before the plan: a report
        ("2022年，全市累计完成改造80%。", 2023),
        ("目前，项目累计完成65%。", 2024),  # no year at all
    ],
)
def test_a_share_before_the_plan_or_without_a_year_stays_progress(text, first_year):
    assert [v for v in _values(text, first_year=first_year) if v in (60.0, 80.0, 65.0)] == []


def test_an_annual_plan_keeps_its_year_led_shares_as_before():
    # (the rule reads plans of several years only: an annual report of its own year is not a plan)
    assert _values("2024年，累计完成投资任务的75%。", annual_year=2024) == _values("2024年，累计完成投资任务的75%。")


# --- 后 and a time limit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("奖补资金在验收后10个工作日内兑付。", [("奖补资金兑付", 10.0, "个工作日", "<=", None)]),
        ("不动产登记在受理后3个工作日内办结。", [("不动产登记办结", 3.0, "个工作日", "<=", None)]),
        ("游客投诉在接到后2小时内响应。", [("游客投诉响应", 2.0, "小时", "<=", None)]),
        ("工业用地供地后6个月内开工。", [("工业用地开工", 6.0, "个月", "<=", None)]),
        ("群众诉求受理后24小时内响应。", [("群众诉求响应", 24.0, "小时", "<=", None)]),
    ],
)
def test_a_time_limit_after_an_event_is_a_target(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "对年度考核排名后3位的街道进行约谈。",  # a rank
        "对排名后10名的企业进行通报。",
        "项目竣工后3年开展绩效评价。",  # 年 is no time limit here
        "验收后30天组织回访。",  # no 内: a date after the event
    ],
)
def test_a_rank_or_a_date_after_an_event_stays_dropped(text):
    assert _values(text) == []


# --- a bare verb's figure breaking the figure before it down


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "到2026年，建成美丽乡村示范村8个。其中：2024年建成2个，2025年建成2个。",
            ["美丽乡村示范村", "美丽乡村示范村", "美丽乡村示范村"],
        ),
        (
            "2024年，完成改造任务的30%；2025年，累计完成60%。",
            ["改造任务", "改造任务"],
        ),
        ("新建污水处理站12座。其中2025年建成5座。", ["污水处理站", "污水处理站"]),
    ],
)
def test_a_breakdown_sentence_borrows_the_indicator(text, expected):
    assert [r["indicator"] for r in extract_targets(text, first_year=2024)] == expected


def test_a_breakdown_in_another_unit_or_paragraph_does_not_borrow():
    # another unit: the verb stays
    assert [r["indicator"] for r in extract_targets("新建污水管网12公里。其中：2025年建成5座。")] == [
        "污水管网",
        "建成",
    ]
    # another paragraph: no borrowing across the line
    rows = extract_targets("新建污水处理站12座。\n2025年建成5座。")
    assert rows[-1]["indicator"] != "污水处理站"


# --- an indicator table right under the title line


TABLE_PAGE = (
    "江北省“十四五”现代物流发展规划主要指标\n"
    "|指标名称|单位|2020年|2025年目标|属性|\n"
    "|社会物流总费用占GDP比重|%|14.8|13.5|预期性|\n"
    "|冷库容量|万吨|380|550|预期性|\n"
    "|快递业务量|亿件|38|60|预期性|\n"
)


def _doc_targets(text: str) -> list[tuple]:
    parsed, _ = explain_document(text, source="x.txt", is_text=True)
    return [(t["indicator"], t["value"], t["unit"], t["year"]) for t in parsed.targets]


def test_a_table_under_the_title_line_is_read_with_its_header():
    assert _doc_targets(TABLE_PAGE) == [
        ("社会物流总费用占GDP比重", 13.5, "%", 2025),
        ("冷库容量", 550.0, "万吨", 2025),
        ("快递业务量", 60.0, "亿件", 2025),
    ]


def test_a_table_with_two_plan_years_under_the_title_line():
    page = (
        "某市“十四五”生态环境保护规划指标表\n"
        "|指标|单位|2020年|2025年|属性|\n"
        "|地表水优良比例|%|80|85|约束性|\n"
        "|森林覆盖率|%|40.1|42|约束性|\n"
    )
    assert [(i, v, y) for i, v, _, y in _doc_targets(page)] == [("地表水优良比例", 85.0, 2025), ("森林覆盖率", 42.0, 2025)]


def test_a_heading_naming_goals_without_a_table_stays_a_heading():
    from transform.targets.goals import plan_goal_lines

    body = "某县2024年工作目标\n一、2024年主要目标\n全年地区生产总值增长6%。"
    assert all("主要目标" not in ln for ln in plan_goal_lines(body, "某县2024年工作目标", 2024))


# --- --explain: items below a goals heading


RESTART = (
    "青川县推进基本养老服务体系建设实施方案（2024—2026年）\n"
    "一、总体要求\n坚持以人民为中心，完善基本养老服务体系。\n"
    "二、工作目标\n（一）工作目标\n到2026年，全县基本养老服务体系更加健全。\n"
    "（一）养老床位。全县养老床位总数达到1800张。\n"
    "（二）社区养老。新建社区养老服务站30个。\n"
    "三、重点任务\n（一）完善养老服务设施\n"
    "1.建设区域养老服务中心。新建区域性养老服务中心3个。（牵头单位：县民政局）\n"
    "2.落实运营补贴。奖补资金按季度拨付。（牵头单位：县财政局）\n"
)
GOAL_ITEMS = (
    "某市智慧城市建设行动方案（2024—2026年）\n"
    "一、发展目标\n（一）数字基础设施。到2026年，新建5G基站1200个。\n"
    "（二）数字政务。政务服务事项网上可办率达到98%。\n"
    "二、重点任务\n（一）建设城市大脑。完成城市运行管理平台建设。（牵头单位：市大数据局）\n"
    "（二）推进数据共享。归集数据10亿条。（牵头单位：市政务服务局）\n"
)


def _structure(text: str) -> dict[str, dict]:
    _, events = explain_document(text, source="x.txt", is_text=True)
    return {e["path"]: e for e in events if e["kind"] == "structure"}


def test_explain_names_the_goal_restart_rule():
    by_path = _structure(RESTART)
    for path in ("二/(一)/(一)", "二/(一)/(二)"):
        assert by_path[path]["decision"] == "goals"
        assert "goal_restarts" in by_path[path]["rule"]
        assert "top-level list" not in by_path[path]["rule"]


def test_explain_names_goal_items_of_another_marker():
    by_path = _structure(GOAL_ITEMS)
    for path in ("一/(一)", "一/(二)"):
        assert by_path[path]["decision"] == "goals"
        assert "goals heading" in by_path[path]["rule"]
        assert "goal_restarts" not in by_path[path]["rule"]


def test_explain_still_names_a_top_level_list_and_tasks():
    by_path = _structure(GOAL_ITEMS)
    assert by_path["二/(一)"]["decision"] == "task"
    page = (
        "某县2025年重点工作方案\n一、工业经济\n1.新增规上工业企业10家。（牵头单位：县工信局）\n"
        "二、项目建设\n2.新建标准厂房5万平方米。（牵头单位：县开发区管委会）\n"
    )
    rules = [e["rule"] for e in _structure(page).values()]
    assert not any("goal_restarts" in r for r in rules)


def test_explain_an_item_of_a_topic_heading_that_is_no_goal():
    page = (
        "某县农村供水保障实施方案（2024—2026年）\n一、总体要求\n（一）坚持人民至上，统筹城乡供水。\n"
        "（二）坚持节水优先，强化水源保护。\n二、重点任务\n（一）新建水厂。新建水厂2座。（牵头单位：县水利局）\n"
        "（二）改造管网。改造管网30公里。（牵头单位：县水利局）\n"
    )
    by_path = _structure(page)
    for path in ("一/(一)", "一/(二)"):
        assert by_path[path]["decision"] == "dropped"
        assert "an item of a topic heading" in by_path[path]["rule"]


# --- --explain: where a task's default year came from


ROWS = (
    "某县2025年民生实事项目实施方案\n一、项目清单\n"
    "|序号|项目名称|建设内容|责任单位|完成时限|\n"
    "|1|养老服务|新建村级养老服务站3个|县民政局|2025年10月底前|\n"
    "|2|农村公路|改造农村公路80公里|县交通运输局|2026年6月底前|\n"
)


def _year_rules(text: str) -> dict[float, str]:
    _, events = explain_document(text, source="x.txt", is_text=True)
    return {e["value"]: e["rules"]["year"] for e in events if e["kind"] == "number" and e["status"] == "kept"}


def test_explain_names_a_row_deadline_dating_its_targets():
    rules = _year_rules(ROWS)
    assert "deadline cell" in rules[80.0]
    assert "annual plan" in rules[3.0]  # (its own year: the annual plan's)


def test_explain_names_a_goals_paragraph_dated_by_its_heading():
    rules = _year_rules(RESTART)
    assert "heading_years" in rules[1800.0] and "deadline" not in rules[1800.0]


def test_explain_names_a_heading_year_over_a_task():
    page = (
        "某县农业发展三年行动方案（2024—2026年）\n一、2025年重点任务\n"
        "1.建设高标准农田。新建高标准农田2万亩。（牵头单位：县农业农村局）\n"
        "2.发展设施农业。新增设施农业面积3000亩。（牵头单位：县农业农村局）\n"
    )
    rules = _year_rules(page)
    assert set(rules) == {2.0, 3000.0}
    assert all("node_year" in r and "deadline" not in r for r in rules.values())
