"""Round 44d: targets, all fields right on whole plans.

- a budget the treasury commits in a prose paragraph outside every task (保障措施 without numbered
  items: "县财政每年安排…专项资金3000万元") is a goal line, its figures targets of no task;
- a later clause naming 全年/年内 after its subject ("每季度召开1次会议，各社区全年开展活动不少于12次")
  states the year's amount: the plan's year, no recurrence;
- 开设 is a verb of work: the count after it is committed (no denominator of a later share) and the
  noun after the number is what is counted ("至少开设2个个性化签约服务包");
- a Chinese amount of money after a verb of budgeting (安排, 投入, 筹措 …) is a target
  ("安排校园足球专项经费五百万元");
- 桌 counts tables ("宴席桌数控制在10桌以内");
- a score in a clause opening with 其中/分别为 right after a clause naming a score word is a part of
  that score ("考核满分100分，其中年度工作目标60分、重点工作40分"), no target;
- 已建 (已建成的 …) right after a verb of upgrading names what the work upgrades, no progress
  ("改造提升已建高标准农田8万亩");
- a phrase before a number that is only a period (年度, 本年度) names no measure: the figure measures
  what the one before it measures ("累计新建渠道300公里，年度完成60公里");
- a quote opened in the noun after a number runs on through its 、 to the closing ” and the noun
  after it ("建成1个“小菜园、小果园”示范点");
- 每 and a verb of `per_one_verbs` right before a count of one is what a rate or award is counted per
  ("按每签约1人每年不低于10元的标准", "每引进1名博士"), no target;
- a figure a PDF cut inside its digits ("…达到8" / "6%", "…面积3." / "6万平方米") is one figure: the
  two lines are joined (transform/wrapped_figures.py, a small change in a structure file);
- ℃ (°C, 摄氏度) measures a temperature ("居民室内温度不低于18℃");
- a percent right after a rate noun and its verb, ending a modifier with 的, before a count in its
  clause says which things are counted: the count is the target ("培育研发投入占比达到5%以上的企业10家");
- a bound, then a recurring word, then the number: the bound holds ("不少于每周1课时" is ">=").
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


def _doc_rows(text: str) -> list[tuple]:
    doc = parse_document(text, source="t.txt", is_text=True)
    return sorted((r["value"], r["unit"], r["task_id"] is None) for r in doc.targets)


def _one(text: str, value: float, **kw) -> dict:
    rows = [r for r in extract_targets(text, **kw) if r["value"] == value]
    assert len(rows) == 1, extract_targets(text, **kw)
    return rows[0]


# --- a budget committed in a prose paragraph outside every task

_PLAN = "某县{y}产业发展实施方案\n一、重点任务\n1.建设示范基地。新建示范基地2个。\n责任单位：县农业农村局\n2.培育经营主体。培育家庭农场30家。\n责任单位：县农业农村局\n二、保障措施\n{tail}\n"


@pytest.mark.parametrize(
    ("tail", "money"),
    [
        (
            "县财政每年安排产业发展专项资金3000万元，其中品牌推广经费500万元。",
            [(500, "万元"), (3000, "万元")],
        ),
        ("区财政统筹安排专项资金800万元，各街道加强场地协调，确保项目按期完工。", [(800, "万元")]),
        ("加大投入力度，镇级财政安排奖补资金60万元，确保各项任务落实到位。", [(60, "万元")]),
        ("市级财政投入引导资金1.5亿元，撬动社会资本投入。", [(1.5, "亿元")]),
    ],
)
def test_budget_in_closing_prose_is_a_goal(tail: str, money: list) -> None:
    got = _doc_rows(_PLAN.format(y="2025年", tail=tail))
    assert [(v, u) for v, u, free in got if free] == money
    assert (2, "个", False) in got


@pytest.mark.parametrize(
    "tail",
    [
        "2023年，县财政安排产业发展资金2000万元，带动社会投资1亿元。",  # a review of a past year
        "县财政已累计安排专项资金5000万元。",  # achieved
        "对新认定的示范基地，县财政给予一次性奖励10万元。",  # an incentive, not a budget
        "县财政局负责资金保障，县审计局负责资金审计。",  # no figure
    ],
)
def test_budget_shapes_that_are_no_goal(tail: str) -> None:
    got = _doc_rows(_PLAN.format(y="2025年", tail=tail))
    assert [(v, u) for v, u, free in got if free] == []


# --- 全年 after the subject of a later clause: the year's amount


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("街道党工委每季度召开1次专题会议，各社区党组织全年组织开展志愿服务活动不少于12次。", 12),
        ("每月开展1次安全检查，县应急局全年检查企业不少于300家。", 300),
        ("各村每周开展1次集中清扫，全镇年内清运垃圾不少于800吨。", 800),
        ("每季度通报1次进度，县卫健委全年培训基层医务人员500人次。", 500),
    ],
)
def test_whole_year_after_subject_gives_the_year(text: str, value: float) -> None:
    assert _one(text, value, annual_year=2025)["year"] == 2025


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("街道党工委每季度召开1次专题会议，各社区每次参与党员不少于20人。", 20),  # no 全年
        ("每月开展1次安全检查，每次检查企业不少于30家，全年不少于12次。", 30),  # its own 每次
        ("每季度召开1次专题会议，各社区每月全年开展活动不少于2次。", 2),  # a recurring word of its own
    ],
)
def test_recurring_clause_without_whole_year_stays_recurring(text: str, value: float) -> None:
    assert _one(text, value, annual_year=2025)["year"] is None


# --- 开设: a verb of work


@pytest.mark.parametrize(
    ("text", "value", "indicator", "cmp"),
    [
        (
            "每个社区卫生服务中心至少开设2个个性化签约服务包，签约居民门诊就诊占比提高到60%。",
            2,
            "开设个性化签约服务包",
            ">=",
        ),
        ("每个学校开设2门劳动教育课程。", 2, "开设劳动教育课程", "="),
        ("各乡镇开设3个便民服务窗口，群众满意度达到95%以上。", 3, "开设便民服务窗口", "="),
    ],
)
def test_kaishe_is_a_verb_of_work(text: str, value: float, indicator: str, cmp: str) -> None:
    row = _one(text, value)
    assert (row["indicator"], row["comparator"]) == (indicator, cmp)


@pytest.mark.parametrize(
    "text",
    [
        "全县现有3个服务中心，群众满意率提高到95%。",  # a count of what exists: the share's base
        "全区约600个黑点，目标消除至少75%。",
    ],
)
def test_existing_count_before_a_share_stays_a_denominator(text: str) -> None:
    assert [r["unit"] for r in extract_targets(text)] == ["%"]


# --- a Chinese amount of money after a verb of budgeting


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("市财政每年安排校园足球专项经费五百万元，其中竞赛经费不超过一百五十万元。", 500),
        ("县财政投入资金三千万元用于道路改造。", 3000),
        ("多渠道筹措资金二百万元。", 200),
    ],
)
def test_chinese_money_after_budget_verb(text: str, value: float) -> None:
    assert _one(text, value)["unit"] == "万元"


@pytest.mark.parametrize(
    "text",
    [
        "统一安排三个月时间开展集中整治。",  # a span of time, no money
        "统筹安排一批重点项目。",  # a batch
    ],
)
def test_budget_verb_before_other_chinese_numerals(text: str) -> None:
    assert extract_targets(text) == []


# --- 桌


@pytest.mark.parametrize(
    ("text", "cmp"),
    [("宴席桌数控制在10桌以内。", "<="), ("婚宴不超过20桌。", "<="), ("举办长街宴100桌。", "=")],
)
def test_zhuo_counts_tables(text: str, cmp: str) -> None:
    row = extract_targets(text)[0]
    assert (row["unit"], row["comparator"]) == ("桌", cmp)


def test_zhuo_in_a_word_is_no_unit() -> None:
    assert extract_targets("每桌就餐人数不超过10人。")[0]["unit"] == "人"


# --- the parts of a score


@pytest.mark.parametrize(
    "text",
    [
        "考核满分100分，其中年度工作目标60分、重点工作40分。",
        "本办法实行百分制，分值为100分，分别为基础工作60分、创新工作40分。",
        "年度考核总分100分，其中目标任务完成情况70分。",
    ],
)
def test_parts_of_a_score_are_no_targets(text: str) -> None:
    assert [r for r in extract_targets(text) if r["unit"] == "分"] == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("营商环境评价得分达到85分，其中政务服务得分90分。", [85, 90]),  # no score word: a level to reach
        ("群众满意度测评满分100分，力争得分95分以上。", [95]),
    ],
)
def test_scores_to_reach_stay_targets(text: str, values: list) -> None:
    assert [r["value"] for r in extract_targets(text)] == values


# --- 已建 after a verb of upgrading


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("累计改造提升已建高标准农田8万亩。", 8),
        ("维修已建成的农村公路20公里。", 20),
        ("升级改造已建污水管网15公里。", 15),
    ],
)
def test_upgrading_what_is_built_is_a_target(text: str, value: float) -> None:
    assert _one(text, value)["comparator"] == "="


@pytest.mark.parametrize(
    "text",
    ["已建成高标准农田8万亩。", "全县已建高标准农田30万亩。", "改造提升已建成5个。"],
)
def test_built_without_upgrade_verb_is_progress(text: str) -> None:
    assert extract_targets(text) == []


# --- a period alone before a number


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("累计新建和改造渠道300公里，年度完成60公里。", "新建和改造渠道"),
        ("三年累计培训农民3000人次，本年度完成1000人次。", "培训农民"),
        ("累计改造老旧小区50个，年度内完成20个。", "改造老旧小区"),
    ],
)
def test_period_alone_takes_the_measure_before(text: str, indicator: str) -> None:
    rows = extract_targets(text)
    assert [r["indicator"] for r in rows] == [indicator, indicator]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("年度目标任务完成率达到100%。", "年度目标任务完成率"),
        ("年度新增就业1200人。", "年度新增就业"),
    ],
)
def test_period_inside_a_measure_stays(text: str, indicator: str) -> None:
    assert extract_targets(text)[0]["indicator"] == indicator


# --- a quote with 、 inside the noun after the number


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("每村至少建成1个“小菜园、小果园”示范点。", "建成“小菜园、小果园”示范点"),
        ("打造3个“一村一品、一镇一业”示范村。", "打造“一村一品、一镇一业”示范村"),
        ("创建5个“无诈、平安”社区，覆盖率达到90%。", "创建“无诈、平安”社区"),
    ],
)
def test_quote_runs_through_its_list_mark(text: str, indicator: str) -> None:
    assert extract_targets(text)[0]["indicator"] == indicator


@pytest.mark.parametrize(
    ("text", "indicators"),
    [
        ("新建2个“阳光驿站”、3个“爱心书屋”。", ["新建“阳光驿站”", "“爱心书屋”"]),  # closed quotes
        ("建设10个“口袋公园”。", ["建设“口袋公园”"]),
    ],
)
def test_closed_quotes_are_left_alone(text: str, indicators: list) -> None:
    assert [r["indicator"] for r in extract_targets(text)] == indicators


# --- 每 + verb + 1: the one a rate is counted per


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("区财政按每签约1人每年不低于10元的标准安排签约服务经费。", "人"),
        ("每引进1名博士，给予安家费20万元。", "名"),
        ("每吸纳1名脱贫劳动力就业，补贴2000元。", "名"),
    ],
)
def test_one_counted_per_is_no_target(text: str, unit: str) -> None:
    assert [r for r in extract_targets(text) if r["value"] == 1 and r["unit"] == unit] == []


@pytest.mark.parametrize(
    "text",
    ["每年举办1次全民健身运动会。", "每户安装1台燃气报警器。", "每个村建设1个综合服务站。"],
)
def test_one_per_time_or_place_stays(text: str) -> None:
    assert [r["value"] for r in extract_targets(text)] == [1]


# --- a figure cut inside its digits by a line break


def _page_values(text: str) -> list[tuple]:
    doc = parse_document(text, source="t.txt", is_text=True)
    return sorted((r["value"], r["unit"]) for r in doc.targets)


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (
            "1.改善农村人居环境。全县农村卫生厕所普及率力争达到8\n6%，生活垃圾收运处置体系覆盖率100%。",
            (86, "%"),
        ),
        ("1.改善办学条件。新建、改扩建学校校舍面积合计3.\n6万平方米，新增学位2400个。", (3.6, "万平方米")),
        ("1.推进教育信息化。建设智慧教室150间，教师信息技术培训覆盖率达到1\n00%。", (100, "%")),
    ],
)
def test_figure_cut_inside_its_digits(lines: str, want: tuple) -> None:
    assert want in _page_values("某县2025年重点工作方案\n一、重点任务\n" + lines + "\n")


@pytest.mark.parametrize(
    "lines",
    [
        "1.推进农村改厕工作。全县农村卫生厕所普及率力争达到2025\n年底前完成改厕任务。",  # a year goes on
        "1.建设示范基地。全县各乡镇建设示范基地合计达到第3\n2.培育经营主体。培育家庭农场30家。",  # an item
    ],
)
def test_lines_that_do_not_continue_a_figure(lines: str) -> None:
    got = _page_values("某县2025年重点工作方案\n一、重点任务\n" + lines + "\n")
    assert all(v not in (32, 20252, 2025) for v, _ in got)


# --- ℃


@pytest.mark.parametrize(
    ("text", "unit", "cmp"),
    [
        ("居民室内温度不低于18℃。", "℃", ">="),
        ("室温不低于18°C。", "°C", ">="),
        ("出厂水温控制在20摄氏度以下。", "摄氏度", "<="),
    ],
)
def test_temperature_unit(text: str, unit: str, cmp: str) -> None:
    row = extract_targets(text)[0]
    assert (row["unit"], row["comparator"]) == (unit, cmp)


# --- a rate's threshold that says which things a count counts


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("培育研发投入占比达到5%以上的企业10家。", 10),
        ("老旧小区消防设施改造完成率达到90%以上的小区数不少于40个。", 40),
        ("确保覆盖率达到90%的乡镇不少于10个。", 10),
    ],
)
def test_rate_threshold_qualifies_the_count(text: str, value: float) -> None:
    assert [r["value"] for r in extract_targets(text)] == [value]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("90%以上的行政村集体收入超10万元。", [90]),  # the share of villages: no rate noun before it
        ("森林覆盖率达到65%，建设口袋公园20个。", [65, 20]),  # the count in a clause of its own
    ],
)
def test_share_of_things_is_left_alone(text: str, values: list) -> None:
    assert [r["value"] for r in extract_targets(text)] == values


# --- a bound, then how often, then the number


@pytest.mark.parametrize(
    ("text", "cmp"),
    [
        ("各中学开设心理健康课程不少于每周1课时。", ">="),
        ("学生校内体育活动时间不少于每天1小时。", ">="),
        ("入户走访频次不超过每季度2次。", "<="),
    ],
)
def test_bound_before_recurring_word(text: str, cmp: str) -> None:
    assert extract_targets(text)[0]["comparator"] == cmp


@pytest.mark.parametrize(
    "text",
    ["每周开展1次安全巡查。", "各村每月召开2次院坝会。"],
)
def test_recurring_word_without_bound_is_plain(text: str) -> None:
    assert extract_targets(text)[0]["comparator"] == "="
