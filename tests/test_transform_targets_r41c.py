"""Round 41c: targets in new genres (营商环境, 就业, 生态, 医疗, 财政, 城建, 文旅, 招商).

- a clause that is its verb alone ("，达到1200个", "，增加至3500个") takes its indicator from the
  noun phrase of the clause before ("长者日间护理中心服务名额，达到1200个");
- 瓦 is a capacity unit after a scale word (再生能源装置容量达到120百万瓦);
- a period of the year right before 完成 ("上半年完成全年任务的50%") sets a milestone: the sentence
  is no progress measured against the plan;
- in an annual plan, a bare completion rate (新开工项目开工率100%) in a sentence whose earlier clause
  looks ahead (全年实施重点项目120个，…) is a target;
- a preamble line of an annual plan that reviews last year and then opens a sentence with the plan's
  year ("2025年，…。2026年，全县城镇新增就业5500人以上，…") keeps that sentence's goals;
- a sentence opening with the day it reports and an event held ("4月1日，某区举行…签约活动，现场签约
  项目32个") gives the event's results, no targets;
- a scope word opening the subject (区内, 县内, 市内 …) is a filler, as 全区 is ("区内长者和儿童疫苗接种率
  分别达到75%和95%" reads 长者疫苗接种率 and 儿童疫苗接种率);
- a year then 前/以前 and a verb of building with 的 ("2000年底前建成的城镇老旧小区") dates the thing, not
  the target: the figure keeps the plan's horizon and the phrase leaves the indicator;
- an adverb of degree before a bare verb (基本建成800套, 如期建成) keeps the verb bare: the figure counts what
  the figure before it names;
- a finish word followed by a count of its own ("开工300户，全面完成200户") reports no finish: both figures are
  targets, the second borrowing the work of the first.
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


def _recs(text: str, **kw) -> list[tuple]:
    return [(r["value"], r["unit"], r["indicator"]) for r in extract_targets(text, **kw)]


def _page(text: str) -> list[tuple]:
    res = parse_document(text, source="p.txt", is_text=True)
    rows = [t if isinstance(t, dict) else t.__dict__ for t in res.targets]
    return sorted((t["value"], t["unit"], t["indicator"], t["year"]) for t in rows)


# --- a verb-only clause takes the noun phrase of the clause before


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "至2028年，长者日间护理中心服务名额，达到1200个；安老院舍宿位，增加至3500个。",
            [(1200.0, "个", "长者日间护理中心服务名额"), (3500.0, "个", "安老院舍宿位")],
        ),
        ("资源回收率，达到65%以上。", [(65.0, "%", "资源回收率")]),
        ("全市公共充电桩总数，稳定保持在3000个。", [(3000.0, "个", "公共充电桩总数")]),
        ("家居照顾服务受惠长者人数，达到8000人以上。", [(8000.0, "人", "家居照顾服务受惠长者人数")]),
    ],
)
def test_verb_only_clause_takes_the_noun_before(text, expected):
    assert _recs(text, default_year=2028) == expected


def test_verb_only_clause_in_traditional_page():
    page = (
        "澳門長者服務計劃（2026—2028年）\n發布日期：2026-04-16\n一、計劃目標\n"
        "至2028年，長者日間護理中心服務名額，達到1,200個；資源回收率，達到65%以上。\n"
    )
    assert _page(page) == [(65.0, "%", "資源回收率", 2028), (1200.0, "個", "長者日間護理中心服務名額", 2028)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the clause before is too short to name a measure, or holds a number
        ("到2027年，全县，达到1200个。", [(1200.0, "个", None)]),
        ("新增床位300张，达到1200张。", [(300.0, "张", "床位"), (1200.0, "张", "床位")]),
        # the number's own clause names what it measures
        ("服务名额，床位达到1200张。", [(1200.0, "张", "床位")]),
    ],
)
def test_verb_only_clause_rule_stays_out(text, expected):
    assert _recs(text, default_year=2027) == expected


# --- 瓦 after a scale word


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("再生能源装置容量达到120百万瓦。", [(120.0, "百万瓦", "再生能源装置容量")]),
        ("分布式光伏装机容量达到50万瓦。", [(50.0, "万瓦", "分布式光伏装机容量")]),
        ("新增储能装置容量300千瓦。", [(300.0, "千瓦", "储能装置容量")]),
    ],
)
def test_wa_is_a_capacity_unit(text, expected):
    assert _recs(text, annual_year=2026) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("屋顶铺设瓦片3000平方米。", [(3000.0, "平方米")]),
        ("改造危旧瓦房35户。", [(35.0, "户")]),
    ],
)
def test_wa_in_words_is_no_unit(text, expected):
    assert [(v, u) for v, u, _ in _recs(text, annual_year=2026)] == expected


# --- a period right before 完成全年任务的N% is a milestone


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "全年实施重点项目120个，完成投资150亿元以上，上半年完成全年任务的50%。",
            [(120.0, "个"), (150.0, "亿元"), (50.0, "%")],
        ),
        ("全年签约项目60个，一季度完成全年任务的30%。", [(60.0, "个"), (30.0, "%")]),
        ("全年新建农村公路80公里，前三季度完成年度计划的80%。", [(80.0, "公里"), (80.0, "%")]),
    ],
)
def test_period_before_done_share_is_a_milestone(text, expected):
    assert [(v, u) for v, u, _ in _recs(text, annual_year=2026)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "上半年，全县完成投资80亿元，完成全年任务的52%。",  # a report of the half year
        "1-6月，全县完成固定资产投资45亿元，完成年度计划的52.3%。",
        "全县完成投资80亿元，完成全年任务的52%。",
    ],
)
def test_share_of_the_plan_reported_stays_out(text):
    assert extract_targets(text, annual_year=2026) == []


# --- an annual plan's rate in a sentence that looked ahead


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全年实施重点项目120个，新开工项目开工率100%。", [(120.0, "%"), (100.0, "%")]),
        ("年内集中开工项目30个，资金拨付率100%。", [(30.0, "个"), (100.0, "%")]),
        ("力争全年完成投资150亿元，民生实事完工率100%。", [(150.0, "亿元"), (100.0, "%")]),
    ],
)
def test_rate_in_an_annual_goal_sentence_is_a_target(text, expected):
    got = [(v, u) for v, u, _ in _recs(text, annual_year=2026)]
    assert got[-1] == expected[-1] and len(got) == len(expected)


@pytest.mark.parametrize(
    ("text", "kw"),
    [
        ("2025年全年实施重点项目118个，开工率100%。", {"annual_year": 2026}),  # a review of last year
        ("全年实施重点项目120个，新开工项目开工率100%。", {}),  # no annual plan: a report
        ("全年整体完成率111.5%。", {"annual_year": 2026}),  # the rate's own clause
        ("开工率100%，拨付率96.5%。", {"annual_year": 2026}),
    ],
)
def test_rate_outside_an_annual_goal_sentence_stays_out(text, kw):
    assert [r for r in extract_targets(text, **kw) if r["unit"] == "%"] == []


# --- a preamble line that reviews last year, then opens the plan's year


_JOBS = "长宁县2026年就业工作要点\n发布日期：2026-01-28\n"
_TASKS = "一、重点工作\n1.开展职业技能培训。全年开展补贴性职业技能培训8000人次。（责任单位：县人社局）\n"


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "2025年，全县城镇新增就业5820人，城镇调查失业率为4.9%。2026年，全县城镇新增就业5500人以上，"
            "城镇调查失业率控制在5.5%以内。",
            [(5.5, "%"), (5500.0, "人")],
        ),
        (
            "2025年全县完成造林1.2万亩。2026年，全县完成造林1.5万亩，森林覆盖率达到45%。",
            [(1.5, "万亩"), (45.0, "%")],
        ),
        (
            "2025年，新增市场主体4200户；2026年，新增市场主体5000户，新登记企业达到1500家。",
            [(1500.0, "家"), (5000.0, "户")],
        ),
    ],
)
def test_plan_year_sentence_after_a_review_keeps_its_goals(lead, expected):
    got = [(v, u) for v, u, _, y in _page(_JOBS + lead + "\n" + _TASKS) if y == 2026 and u != "人次"]
    assert got == sorted(expected)


@pytest.mark.parametrize(
    "lead",
    [
        # no sentence opens with the plan's year: the review alone
        "2025年，全县城镇新增就业5820人，城镇调查失业率为4.9%，发放创业担保贷款1.2亿元。",
        # the later year-led sentence is a review too (2024 before the plan)
        "2025年，全县城镇新增就业5820人。2024年，全县城镇新增就业5600人，城镇调查失业率为5.0%。",
    ],
)
def test_review_only_preamble_gives_no_goals(lead):
    assert [t for t in _page(_JOBS + lead + "\n" + _TASKS) if t[1] != "人次"] == []


# --- a day-dated report of an event held gives its results, no targets


@pytest.mark.parametrize(
    "text",
    [
        "4月1日，岳塘区举行2026年一季度重大项目集中签约活动，现场签约项目32个，总投资286亿元。",
        "3月28日上午，县里召开招商推介会，现场签约项目12个，签约金额56亿元。",
        "5月20日，某镇举办乡村旅游节，接待游客3.2万人次。",
    ],
)
def test_event_held_on_a_day_reports_results(text):
    assert extract_targets(text, annual_year=2026) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("6月1日，举办招商推介会，力争现场签约项目不少于10个。", [(10.0, "个")]),  # looks ahead
        ("4月1日，全县新开工项目32个。", [(32.0, "个")]),  # no event held
        ("年内举办招商推介会5场，现场签约项目30个。", [(5.0, "场"), (30.0, "个")]),  # no day
    ],
)
def test_event_rule_stays_out(text, expected):
    assert [(v, u) for v, u, _ in _recs(text, annual_year=2026)] == expected


# --- a scope word opening the subject (区内, 县内) is no part of it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "区内长者和儿童疫苗接种率分别达到75%和95%。",
            [(75.0, "%", "长者疫苗接种率"), (95.0, "%", "儿童疫苗接种率")],
        ),
        ("县内义务教育学校标准化建设达标率达到100%。", [(100.0, "%", "义务教育学校标准化建设达标率")]),
        ("县内公办幼儿园达到30所。", [(30.0, "所", "公办幼儿园")]),
    ],
)
def test_scope_word_opening_the_subject_is_dropped(text, expected):
    assert _recs(text, annual_year=2026) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("园区内规上企业达到50家。", [(50.0, "家", "园区内规上企业")]),  # the place is the thing's
        ("整治城市内涝点15处。", [(15.0, "处", "整治城市内涝点")]),
    ],
)
def test_scope_word_inside_a_name_stays(text, expected):
    assert _recs(text, annual_year=2026) == expected


# --- a year that dates what a noun names (2000年底前建成的小区) is no year of the target


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "到2028年，全县完成2000年底前建成的城镇老旧小区改造126个，惠及居民1.8万户。",
            [(126.0, "个", "城镇老旧小区改造", 2028), (1.8, "万户", "惠及居民", 2028)],
        ),
        ("到2028年，对2005年以前建成的老旧小区改造60个。", [(60.0, "个", "老旧小区改造", 2028)]),
        ("到2027年，2000年以前竣工的住宅小区加装电梯100部。", [(100.0, "部", "住宅小区加装电梯", 2027)]),
    ],
)
def test_vintage_year_is_no_target_year(text, expected):
    got = [(r["value"], r["unit"], r["indicator"], r["year"]) for r in extract_targets(text, first_year=2026)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("2027年底前完成老旧小区改造45个。", 2027),  # a deadline
        ("2027年前建设口袋公园10个。", 2027),  # a deadline, no 的 after the verb
    ],
)
def test_deadline_year_still_dates_the_target(text, year):
    assert [r["year"] for r in extract_targets(text, first_year=2026)] == [year]


# --- an adverb of degree before a bare verb (基本建成800套) keeps the verb bare


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "棚户区改造开工1200套，基本建成800套。",
            [(1200.0, "棚户区改造开工"), (800.0, "棚户区改造基本建成")],
        ),
        ("新建学校5所，基本建成3所。", [(5.0, "学校"), (3.0, "学校")]),
        (
            "保障性租赁住房开工600套，如期建成400套。",
            [(600.0, "保障性租赁住房开工"), (400.0, "保障性租赁住房如期建成")],
        ),
    ],
)
def test_degree_adverb_before_a_bare_verb_borrows(text, expected):
    assert [(v, i) for v, _, i in _recs(text, annual_year=2026)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("基本公共卫生服务项目达到12类。", [(12.0, "基本公共卫生服务项目")]),  # 基本 of a name
        ("全面完成改造45个。", [(45.0, "全面完成改造")]),  # the noun follows the verb
    ],
)
def test_degree_adverb_in_a_named_phrase_stays(text, expected):
    assert [(v, i) for v, _, i in _recs(text, annual_year=2026)] == expected


# --- a finish word with a count of its own (全面完成200户) reports no finish


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("农村危房改造开工300户，全面完成200户。", [(300.0, "农村危房改造开工"), (200.0, "农村危房改造")]),
        (
            "农村公路新改建开工80公里，基本完成60公里。",
            [(80.0, "农村公路新改建开工"), (60.0, "农村公路新改建")],
        ),
        (
            "老旧小区改造开工30个，全部完成 25个。",
            [(30.0, "老旧小区改造开工"), (25.0, "老旧小区改造全部完成")],
        ),
    ],
)
def test_finish_word_with_its_own_count_is_a_target(text, expected):
    assert [(v, i) for v, _, i in _recs(text, annual_year=2026)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "2025年，全市推进20个项目，12件实事全部完成。",
        "8个项目完成年度目标，1个项目未完成年度目标。",
    ],
)
def test_finish_reported_after_the_count_stays_out(text):
    assert extract_targets(text, annual_year=2026) == []


# --- hostile scale (linear growth; the guard is the timeout, no wall clock asserted)


@pytest.mark.timeout(30)
@pytest.mark.parametrize("n", [500, 2000, 8000])
def test_hostile_verb_only_clauses(n):
    assert len(extract_targets("安老院舍宿位，增加至3500个；" * n, annual_year=2026)) == n
    assert isinstance(extract_targets("，达到" * n + "1200个。", annual_year=2026), list)


@pytest.mark.timeout(30)
@pytest.mark.parametrize("n", [500, 2000, 8000])
def test_hostile_milestones_and_rates(n):
    assert isinstance(extract_targets("上半年完成全年任务的50%，" * n, annual_year=2026), list)
    assert isinstance(extract_targets("全年实施项目12个，开工率100%，" * n, annual_year=2026), list)
    assert isinstance(extract_targets("上半年" * n + "完成全年任务的50%。", annual_year=2026), list)


@pytest.mark.timeout(30)
@pytest.mark.parametrize("n", [500, 2000, 8000])
def test_hostile_event_days(n):
    assert extract_targets("4月1日，举行签约活动，签约项目32个。" * n, annual_year=2026) == []
    assert isinstance(extract_targets("4月1日，" * n + "签约项目32个。", annual_year=2026), list)


@pytest.mark.timeout(30)
@pytest.mark.parametrize("n", [500, 2000, 8000])
def test_hostile_vintage_years(n):
    text = "到2028年，完成2000年底前建成的小区改造12个，" * n
    assert len(extract_targets(text, first_year=2026)) == n
    assert isinstance(extract_targets("2000年底前" * n + "建成的小区改造12个。", first_year=2026), list)


@pytest.mark.timeout(30)
@pytest.mark.parametrize("n", [500, 2000, 8000])
def test_hostile_plan_year_tail(n):
    lead = "2025年，新增市场主体4200户。" * n + "2026年，新增市场主体5000户，新登记企业达到1500家。"
    assert _page(_JOBS + lead + "\n" + _TASKS)
