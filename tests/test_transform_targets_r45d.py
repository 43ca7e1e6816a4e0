"""Round 45d: targets, all fields right on whole plans nobody tuned to.

- a treasury budget whose 累计 follows a span of years (三年累计安排, 五年累计投入) is a commitment,
  not a review; a span total of funds with no treasury named (三年累计争取上级资金) is one too;
- the 1 of a ratio "1:N" after a bound (不低于1:0.6, 不高于1:15) is no target; N is the value, as
  after 达到;
- a score opening a parenthesis and followed by a scoring note ("（10分，每少1个村扣2分）") is a
  scoring weight, and a count in a 每少/每多 … 扣/加 N分 rule counts what a score is taken per.
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


# --- a treasury budget over a span of years


_PLAN = (
    "某县特色产业发展实施方案（2026—2028年）\n一、重点任务\n1.建设示范基地。新建示范基地2个。\n"
    "责任单位：县农业农村局\n2.培育经营主体。培育家庭农场30家。\n责任单位：县农业农村局\n"
    "二、保障措施\n{tail}\n"
)


@pytest.mark.parametrize(
    ("tail", "money"),
    [
        ("县财政每年安排产业发展专项资金1000万元，三年累计安排3000万元。", [(1000, "万元"), (3000, "万元")]),
        ("市财政三年累计安排卫生健康专项资金不少于6亿元。", [(6, "亿元")]),
        ("五年累计投入资金不少于7.5亿元，其中县级财政配套资金1.5亿元。", [(1.5, "亿元"), (7.5, "亿元")]),
        (
            "按亩均投入不低于3000元的标准筹措资金，五年累计投入资金不少于7.5亿元。",
            [(7.5, "亿元")],
        ),
        ("加强资金保障，三年累计争取上级资金不少于30亿元。", [(30, "亿元")]),
        ("三年累计筹措建设资金8000万元，确保项目按期完工。", [(8000, "万元")]),
    ],
)
def test_span_total_budget_is_a_goal(tail: str, money: list) -> None:
    got = _doc_rows(_PLAN.format(tail=tail))
    assert [(v, u) for v, u, free in got if free] == money
    assert (2, "个", False) in got


@pytest.mark.parametrize(
    "tail",
    [
        "近三年累计安排产业发展资金5000万元。",  # the past
        "过去五年，县财政累计投入资金12亿元。",  # the past
        "县财政已累计安排专项资金5000万元。",  # achieved
        "前三年累计争取上级资金3亿元。",  # the first years: a review
        "三年累计培训新型农民500人次，带动就业。",  # no budget
    ],
)
def test_span_total_shapes_that_are_no_budget(tail: str) -> None:
    got = _doc_rows(_PLAN.format(tail=tail))
    assert [(v, u) for v, u, free in got if free and u in ("万元", "亿元")] == []


# --- the 1 of a ratio after a bound


@pytest.mark.parametrize(
    ("text", "value", "cmp"),
    [
        ("县级综合医院床护比不低于1:0.6。", 0.6, ">="),
        ("公办园教职工与幼儿比不低于1:10。", 10, ">="),
        ("班级师生比不高于1:15。", 15, "<="),
        ("医护比不低于1∶1.25。", 1.25, ">="),
    ],
)
def test_ratio_after_bound_reads_second_term(text: str, value: float, cmp: str) -> None:
    rows = extract_targets(text)
    assert [(r["value"], r["comparator"]) for r in rows] == [(value, cmp)]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("按照1:1比例配套资金。", []),  # a rule of matching, not a level
        ("编制比例尺不低于1:2000的地形图。", []),  # a map scale
        ("医师与护士比例达到1:1以上。", [1]),  # 1:1 stays as it was
    ],
)
def test_ratio_shapes_left_as_they_were(text: str, values: list) -> None:
    assert [r["value"] for r in extract_targets(text)] == values


# --- a score opening a parenthesis with a scoring note


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "新增垃圾分类示范村3个，农户分类投放准确率达到70%以上。（10分，每少1个村扣2分）",
            [(3, "个"), (70, "%")],
        ),
        ("完成户厕改造600户。（15分，未完成的不得分）", [(600, "户")]),
        ("建成示范点5个（5分，每多1个加0.5分，最高加2分）。", [(5, "个")]),
        ("开展培训4次（满分10分，每少1次扣2.5分）。", [(4, "次")]),
    ],
)
def test_score_note_in_parenthesis_is_no_target(text: str, kept: list) -> None:
    assert sorted((r["value"], r["unit"]) for r in extract_targets(text)) == sorted(kept)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("每少1个村开展活动，视为未完成。", [(1, "个")]),  # no score: left as it was
        ("完成户厕改造600户（省级下达任务）。", [(600, "户")]),  # no score in it
        ("年内每村减少1个无效会议，考核时计入总分。", [(1, "个")]),  # no 每少…扣N分 rule
    ],
)
def test_score_note_shapes_left_as_they_were(text: str, kept: list) -> None:
    got = sorted((r["value"], r["unit"]) for r in extract_targets(text))
    assert got == sorted(kept)


# --- a raise of a measure after a compared base


@pytest.mark.parametrize(
    ("text", "value", "base"),
    [
        ("全县人均体育场地面积提高到2.8平方米，比2025年提高0.4平方米。", 0.4, 2025),
        ("城市污水处理能力较2025年提升2万立方米/日。", 2, 2025),
        ("林分平均蓄积量比上年提高0.3立方米。", 0.3, None),
        ("水源地供水能力比2024年底提升1.5万吨。", 1.5, 2024),
    ],
)
def test_raise_after_base_is_a_change(text: str, value: float, base: int | None) -> None:
    row = _one(text, value)
    assert row["change"] == "increase"
    if base is not None:
        assert row["baseline_year"] == base


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("提升改造慢行设施146公里。", 146),  # the amount of work
        ("比照省级标准提升改造农村公路30公里。", 30),  # 比照 names a standard, no base; the road is work
        ("新建和提升绿道20公里，比2025年多建5公里。", 20),  # the raise is work
    ],
)
def test_raise_of_work_stays_no_change(text: str, value: float) -> None:
    assert _one(text, value)["change"] is None


# --- 班 (classes run) and 澳门元 (patacas) are units


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("辦理智慧農業訓練課程每年40班。", 40, "班"),
        ("开办农民夜校培训班20班以上。", 20, "班"),
        ("每年举办新型职业农民培训12班，培训1200人次。", 12, "班"),
        ("全年投入社会服务资源3亿澳门元。", 3, "亿澳门元"),
    ],
)
def test_new_measure_words(text: str, value: float, unit: str) -> None:
    assert _one(text, value)["unit"] == unit


@pytest.mark.parametrize(
    "text",
    [
        "2024级5班学生参加全市合唱比赛。",  # a class's name
        "实行24小时值班制度。",  # 值班 is a word
        "三班倒工作制，确保设备正常运转。",  # no figure
    ],
)
def test_ban_in_words_is_no_unit(text: str) -> None:
    assert [r["unit"] for r in extract_targets(text) if r["unit"] == "班"] == []


# --- 建有 / 配有 / 设有 name the work; the noun after the count is what is counted


@pytest.mark.parametrize(
    ("text", "value", "noun"),
    [
        ("每个行政村至少建有1座公共厕所，实现专人管护。", 1, "公共厕所"),
        ("每个社区建有1个日间照料中心。", 1, "日间照料中心"),
        ("每个乡镇配有2名专职消防员。", 2, "专职消防员"),
        ("每所学校设有1名心理健康教师。", 1, "心理健康教师"),
    ],
)
def test_having_verbs_take_the_noun_after(text: str, value: float, noun: str) -> None:
    assert noun in _one(text, value)["indicator"]


@pytest.mark.parametrize(
    ("text", "value", "indicator"),
    [
        ("乡镇设有综合文化站的比例达到100%。", 100, "乡镇设有综合文化站的比例"),  # a rate named before
        ("配有空调的教室占比达到90%。", 90, "配有空调的教室占比"),
    ],
)
def test_having_verbs_inside_a_rate_name(text: str, value: float, indicator: str) -> None:
    assert _one(text, value)["indicator"] == indicator


# --- a bare verb of budgeting after an earlier figure measures what that one measures


@pytest.mark.parametrize(
    ("text", "value", "indicator"),
    [
        ("街道两年共安排改造资金1.2亿元，其中2026年安排7000万元、2027年安排5000万元。", 7000, "改造资金"),
        ("街道两年共安排改造资金1.2亿元，其中2026年安排7000万元、2027年安排5000万元。", 5000, "改造资金"),
        ("县财政安排专项资金800万元，2027年安排1000万元。", 1000, "专项资金"),
        ("市级统筹产业引导资金3亿元，年内投入1.2亿元。", 1.2, "产业引导资金"),
    ],
)
def test_bare_budget_verb_borrows_the_measure(text: str, value: float, indicator: str) -> None:
    assert _one(text, value)["indicator"] == indicator


@pytest.mark.parametrize(
    ("text", "value", "indicator"),
    [
        ("2026年安排500万元。", 500, "安排"),  # nothing before it: left as it was
        ("新建校舍3万平方米，投入建设资金2亿元。", 2, "建设资金"),  # a measure of its own
    ],
)
def test_budget_verb_with_own_measure_or_alone(text: str, value: float, indicator: str) -> None:
    assert _one(text, value)["indicator"] == indicator


# --- 对 N 个 X 逐一…: the scope the work goes through one by one


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("对23座历史遗留矿山逐一制定修复方案。", []),
        ("对18个问题逐项建立整改台账，整改率达到100%。", [(100, "%")]),
        ("对56户危房逐户开展鉴定。", []),
        ("對12個反饋問題逐項制定整改措施。", []),
    ],
)
def test_one_by_one_scope_is_no_target(text: str, kept: list) -> None:
    assert sorted((r["value"], r["unit"]) for r in extract_targets(text)) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("对300户困难家庭实施危房改造。", [(300, "户")]),  # no 逐一: left as it was
        ("对接10家企业逐一走访。", [(10, "家")]),  # 对接 is a verb
        ("新建5个站点，对站点逐一验收。", [(5, "个")]),  # the count is no object of 对
    ],
)
def test_counts_without_one_by_one_scope(text: str, kept: list) -> None:
    assert sorted((r["value"], r["unit"]) for r in extract_targets(text)) == kept
