"""Round 40c: targets on genres and fields not yet written.

- 遍 counts how many times work is done over (投放灭鼠毒饵2遍以上, 统防统治3遍): a count unit;
- a goal value under its title may name its base before the verb (规上工业增加值增长。目标值：同比增长
  8%以上): the title is still the indicator;
- a finish dated by the year or month it is due (…，2026年完成60%，2027年全部完成) sets a schedule: the
  figures before it are no results reported;
- a school year (2025—2026学年) dates the figures after it by its last year, and is no part of the
  indicator;
- after a recurring clause (每月开展1次质量巡查), a later clause whose share follows a rate noun
  (交工验收合格率100%) states a level of the plan's year, no recurrence;
- the quota or the people an aid reaches (资助名额由200个增至300个, 补贴对象扩大到5000户) is a target;
- an aid verb opening a clause, then the thing aided and its count (补助复康巴士30辆) counts what the
  plan pays for: a target (money after it stays an incentive).
"""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _recs(text: str, **kw) -> list[tuple]:
    return [(r["value"], r["unit"], r["indicator"], r["year"]) for r in extract_targets(text, **kw)]


def _rows(text: str, **kw) -> list[tuple]:
    return [(r["value"], r["unit"]) for r in extract_targets(text, **kw)]


# --- 遍: a count of times the work is done over


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全年投放灭鼠毒饵2遍以上。", [(2.0, "遍")]),
        ("每名新进照顾服务员完成职前训练2遍。", [(2.0, "遍")]),
        ("水稻病虫害统防统治3遍，防治面积达到12万亩。", [(3.0, "遍"), (12.0, "万亩")]),
        ("全镇道路集中清扫冲洗不少于四遍。", [(4.0, "遍")]),
    ],
)
def test_times_over_are_counted(text, expected):
    assert _rows(text, annual_year=2026) == expected


@pytest.mark.parametrize(
    "text",
    [
        "普遍开展健康教育进社区活动。",
        "政务服务事项一遍一遍地梳理优化。",
        "服务网点遍布城乡。",
    ],
)
def test_bian_in_words_is_no_count(text):
    assert _rows(text, annual_year=2026) == []


@pytest.mark.timeout(30)
def test_hostile_bian():
    n = 20000
    recs = extract_targets("投放灭鼠毒饵2遍；" * n, annual_year=2026)
    assert len(recs) == n and {r["unit"] for r in recs} == {"遍"}
    assert extract_targets("普遍" * n + "。") == []


# --- a goal value under its title, its base named before the verb


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("规上工业增加值增长。目标值：同比增长8%以上，分值10分。", "规上工业增加值增长"),
        ("社会消费品零售总额。目标值：较上年增长6%左右。", "社会消费品零售总额"),
        ("生产安全事故起数。预期目标：比上年下降10%。", "生产安全事故起数"),
        ("一般公共预算收入。年度目标：同比增长5%。", "一般公共预算收入"),
    ],
)
def test_goal_value_with_its_base_takes_the_title(text, indicator):
    recs = extract_targets(text, annual_year=2026)
    assert [r["indicator"] for r in recs][:1] == [indicator]
    assert recs[0]["baseline_year"] == 2025


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        # no title sentence before the goal value: nothing to borrow
        ("目标值：同比增长8%以上。", "目标值"),
        # the clause names its own subject: the title is not borrowed
        ("招商引资。目标值：实际到位资金同比增长8%。", "实际到位资金"),
    ],
)
def test_goal_value_base_borrows_no_title_when_none_fits(text, indicator):
    assert [r["indicator"] for r in extract_targets(text, annual_year=2026)] == [indicator]


# --- a finish dated by the year or month it is due: a schedule, no result reported


@pytest.mark.parametrize(
    ("text", "kw", "expected"),
    [
        (
            "新建改造供水管网380公里，2026年完成60%，2027年全部完成。",
            {"first_year": 2026},
            [(380.0, "公里"), (60.0, "%")],
        ),
        ("改造提升农贸市场8个，2026年全面完成。", {"annual_year": 2026}, [(8.0, "个")]),
        (
            "建设农村公路120公里，2025年完成70公里，2026年全部完成。",
            {"first_year": 2025},
            [(120.0, "公里"), (70.0, "公里")],
        ),
        ("完成危房改造300户，12月全部完成。", {"annual_year": 2026}, [(300.0, "户")]),
    ],
)
def test_dated_finish_is_a_schedule(text, kw, expected):
    assert _rows(text, **kw) == expected


@pytest.mark.parametrize(
    ("text", "kw"),
    [
        # a finish reported, its year at the head of the sentence
        ("2023年，全市累计投入8.5亿元，推进20个项目，12件实事全部完成年度目标。", {"annual_year": 2023}),
        # the year inside the report of the finish (已于)
        ("全县累计改造危房300户，已于2024年全部完成。", {"annual_year": 2025}),
        # a finish with no date at all
        ("全市累计投入3亿元，推进15个项目，全部完成年度任务。", {"annual_year": 2024}),
    ],
)
def test_reported_finish_still_reports(text, kw):
    assert _rows(text, **kw) == []


@pytest.mark.timeout(30)
def test_hostile_dated_finish():
    n = 20000
    recs = extract_targets("新建管网380公里，2027年全部完成；" * n, first_year=2026)
    assert len(recs) == n
    assert extract_targets("推进15个项目，全部完成年度任务；" * n, annual_year=2024) == []


# --- a school year dates the figures after it by its last year


@pytest.mark.parametrize(
    ("text", "kw", "expected"),
    [
        (
            "2025—2026学年新增幼儿园学位1200个，2026—2027学年新增中小学学位2500个。",
            {"first_year": 2026},
            [(1200.0, "个", "幼儿园学位", 2026), (2500.0, "个", "中小学学位", 2027)],
        ),
        (
            "2025-2026学年度，全县义务教育巩固率达到99%。",
            {},
            [(99.0, "%", "义务教育巩固率", 2026)],
        ),
        (
            "力争2026—2027学年全区课后服务覆盖率达到100%。",
            {},
            [(100.0, "%", "课后服务覆盖率", 2027)],
        ),
    ],
)
def test_school_year_dates_by_its_last_year(text, kw, expected):
    assert _recs(text, **kw) == expected


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # the span of a plan in brackets is no deadline
        ("规划（2025—2027学年）期间新增学位3000个。", None),
        # a recurring school year stays recurring
        ("每学年开展体质健康测试1次。", None),
    ],
)
def test_school_year_spans_that_date_nothing(text, year):
    assert [r["year"] for r in extract_targets(text)] == [year]


@pytest.mark.timeout(30)
def test_hostile_school_years():
    n = 20000
    recs = extract_targets("2025—2026学年新增学位1200个；" * n)
    assert len(recs) == n and {r["year"] for r in recs} == {2026}
    assert isinstance(extract_targets("2025—2026学" * n), list)


# --- after a recurring clause, a rate reached is a level of the plan's year


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("每月开展1次质量巡查，交工验收合格率100%。", [(1.0, None), (100.0, 2026)]),
        ("每季度开展1次水质抽检，抽检覆盖率100%。", [(1.0, None), (100.0, 2026)]),
        ("每周组织1次联合执法检查，问题整改比例不低于95%。", [(1.0, None), (95.0, 2026)]),
        ("每月开展1次安全巡查，隐患整改率达到100%。", [(1.0, None), (100.0, 2026)]),
    ],
)
def test_rate_after_recurring_clause_keeps_the_year(text, expected):
    assert [(r["value"], r["year"]) for r in extract_targets(text, annual_year=2026)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count of the same recurring work still recurs
        ("每月开展1次爱国卫生日活动，参与群众不少于500人次。", [(1.0, None), (500.0, None)]),
        # the rate's own clause recurs
        ("每年培训农民2000人次，每年培训合格率90%。", [(2000.0, None), (90.0, None)]),
    ],
)
def test_recurring_clauses_that_still_recur(text, expected):
    assert [(r["value"], r["year"]) for r in extract_targets(text, annual_year=2026)] == expected


@pytest.mark.timeout(30)
def test_hostile_rates_after_recurring_clauses():
    n = 20000
    recs = extract_targets("每月开展1次巡查，合格率100%；" * n, annual_year=2026)
    assert len(recs) == 2 * n
    assert extract_targets("率" * n + "。", annual_year=2026) == []


# --- the quota or the people an aid reaches


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("青年创业资助计划资助名额由200个增至300个。", [(300.0, "个")]),
        ("生活补贴对象扩大到5000户。", [(5000.0, "户")]),
        ("助学金资助名额增加到1200名。", [(1200.0, "名")]),
    ],
)
def test_aid_quota_is_a_target(text, expected):
    assert _rows(text, annual_year=2026) == expected


@pytest.mark.parametrize(
    "text",
    [
        "对获评的企业给予奖励20万元。",
        "纳入补贴对象的每户补助3000元。",
    ],
)
def test_aid_amounts_stay_incentives(text):
    assert _rows(text, annual_year=2026) == []


# --- an aid verb, the thing aided and its count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("补助复康巴士30辆，服务趟次较上年增加15%。", [(30.0, "辆"), (15.0, "%")]),
        ("补贴新能源公交车50台。", [(50.0, "台")]),
        ("资助困难家庭学生1200名。", [(1200.0, "名")]),
        ("奖补村级公益性项目60个。", [(60.0, "个")]),
    ],
)
def test_aided_things_counted_are_targets(text, expected):
    assert _rows(text, annual_year=2026) == expected


@pytest.mark.parametrize(
    "text",
    [
        "补助2000元。",
        "每户补助2000元。",
        "补助每个村20万元。",
        "补贴标准每户3个月。",
    ],
)
def test_aid_money_stays_an_incentive(text):
    assert _rows(text, annual_year=2026) == []


@pytest.mark.timeout(30)
def test_hostile_aid_counts_and_quotas():
    n = 20000
    recs = extract_targets("补助复康巴士30辆；" * n, annual_year=2026)
    assert len(recs) == n
    recs = extract_targets("资助名额由200个增至300个；" * n, annual_year=2026)
    assert len(recs) == n
    assert isinstance(extract_targets("补助" + "巴" * n + "30辆。", annual_year=2026), list)
    assert extract_targets("补助2000元；" * n, annual_year=2026) == []


# --- a label naming a rate of growth names the change of the share after its colon


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("规模以上工业增加值增速：≥7%", [(7.0, "increase", ">=")]),
        ("地区生产总值增长率：6%左右", [(6.0, "increase", "~")]),
        ("社会消费品零售总额增幅：不低于6%", [(6.0, "increase", ">=")]),
        ("单位地区生产总值能耗降幅：3%", [(3.0, "decrease", "=")]),
    ],
)
def test_rate_label_names_the_change(text, expected):
    recs = extract_targets(text, annual_year=2026)
    assert [(r["value"], r["change"], r["comparator"]) for r in recs] == expected


@pytest.mark.parametrize(
    "text",
    [
        "森林覆盖率：45%",  # a level, no rate of growth
        "增速目标：城区7%",  # the label's rate is not right before its colon
        "居民消费价格涨幅：3%以内",  # 涨幅 caps a level of prices
    ],
)
def test_label_without_a_rate_of_growth_names_no_change(text):
    assert [r["change"] for r in extract_targets(text, annual_year=2026)] == [None]


@pytest.mark.timeout(30)
def test_hostile_rate_labels():
    n = 20000
    recs = extract_targets("工业增加值增速：≥7%；" * n, annual_year=2026)
    assert len(recs) == n and {r["change"] for r in recs} == {"increase"}
    assert isinstance(extract_targets("增速：" * n + "7%", annual_year=2026), list)


# --- a ratio read whole: the next item of its list starts after its ":1"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "全县小学、初中生师比分别达到17:1、13.5:1。",
            [(17.0, "小学生师比", "="), (13.5, "初中生师比", "=")],
        ),
        ("城乡居民收入比缩小到2.5:1以内。", [(2.5, "城乡居民收入比", "<=")]),
        ("城乡收入比2.2:1左右，新增就业5000人。", [(2.2, "城乡收入比", "~"), (5000.0, "就业", "=")]),
        ("高新技术企业与规上工业企业数之比达到3∶1以上。", [(3.0, "高新技术企业与规上工业企业数之比", ">=")]),
    ],
)
def test_ratio_read_whole(text, expected):
    recs = extract_targets(text, annual_year=2026)
    assert [(r["value"], r["indicator"], r["comparator"]) for r in recs] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("医护比达到1:1.2。", [(1.2, "医护比")]),  # a ratio to one: its second term
        ("按照1:1比例配套资金。", []),  # a proportion, no target
        ("比例尺1:2000。", []),
    ],
)
def test_ratios_to_one_unchanged(text, expected):
    assert [(r["value"], r["indicator"]) for r in extract_targets(text, annual_year=2026)] == expected


@pytest.mark.timeout(30)
def test_hostile_ratio_lists():
    n = 20000
    recs = extract_targets("生师比达到17:1；" * n, annual_year=2026)
    assert len(recs) == n
    assert isinstance(extract_targets("17:1、" * n + "。", annual_year=2026), list)


# --- 精简 cuts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("审批事项精简30%以上。", [(30.0, "decrease", ">=")]),
        ("精简文件会议30%以上。", [(30.0, "decrease", ">=")]),
        ("企业申报材料精简50%。", [(50.0, "decrease", "=")]),
    ],
)
def test_jingjian_is_a_decrease(text, expected):
    recs = extract_targets(text, annual_year=2026)
    assert [(r["value"], r["change"], r["comparator"]) for r in recs] == expected


@pytest.mark.parametrize("text", ["精简优化办事流程，推行告知承诺制。", "精简高效的审批机制全面建立。"])
def test_jingjian_without_a_figure_gives_nothing(text):
    assert extract_targets(text, annual_year=2026) == []


# --- a quarter's end as a deadline is no part of the indicator


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("一季度末前完成项目开工15个。", "项目开工"),
        ("第三季度前新建充电桩200个。", "充电桩"),
        ("四季度末建成污水处理厂1座。", "污水处理厂"),
        ("二季度底前完成老旧小区改造20个。", "老旧小区改造"),
    ],
)
def test_quarter_deadline_is_no_indicator(text, indicator):
    assert [r["indicator"] for r in extract_targets(text, annual_year=2026)] == [indicator]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("一季度完成投资30亿元。", "投资"),  # as before
        ("季度末存款余额达到80亿元。", "季度末存款余额"),  # a quarter-end balance is measured
    ],
)
def test_quarter_words_that_stay(text, indicator):
    assert [r["indicator"] for r in extract_targets(text, annual_year=2026)] == [indicator]


@pytest.mark.timeout(30)
def test_hostile_quarter_deadlines():
    n = 20000
    recs = extract_targets("一季度末前完成项目开工15个；" * n, annual_year=2026)
    assert len(recs) == n and {r["indicator"] for r in recs} == {"项目开工"}
    assert isinstance(extract_targets("一季度末" * n + "开工15个。", annual_year=2026), list)


# --- the time a measure starts from (…起) is no part of the indicator


@pytest.mark.parametrize(
    ("text", "kw", "indicator"),
    [
        ("今年下半年起增设社区长照据点45处。", {"annual_year": 2026}, "增设社区长照据点"),
        ("自7月起新增公交线路5条。", {"annual_year": 2026}, "公交线路"),
        ("从2026年起新建口袋公园10个。", {"first_year": 2026}, "口袋公园"),
        ("2027年起每年新增学位1000个。", {"first_year": 2026}, "学位"),
    ],
)
def test_start_time_is_no_indicator(text, kw, indicator):
    assert [r["indicator"] for r in extract_targets(text, **kw)] == [indicator]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("从业人员培训5000人次。", "从业人员培训"),  # 从业 is a word
        ("自来水普及率达到98%。", "自来水普及率"),  # 自来水 too
        ("出租车起步价调整为8元。", "出租车起步价调整"),  # 起步价 is what is measured
    ],
)
def test_words_opening_with_zi_cong_qi_stay(text, indicator):
    assert [r["indicator"] for r in extract_targets(text, annual_year=2026)] == [indicator]


@pytest.mark.timeout(30)
def test_hostile_start_times():
    n = 20000
    recs = extract_targets("自7月起新增公交线路5条；" * n, annual_year=2026)
    assert len(recs) == n and {r["indicator"] for r in recs} == {"公交线路"}
    assert isinstance(extract_targets("自7月" * n + "起新增5条。", annual_year=2026), list)


# --- parts a measure is split into: 县城, 乡镇, 建制镇, 集镇


@pytest.mark.parametrize(
    ("text", "indicators"),
    [
        ("县城污水处理率达到97%、乡镇达到75%。", ["县城污水处理率", "乡镇污水处理率"]),
        (
            "县城生活垃圾无害化处理率达到100%，乡镇达到90%以上。",
            ["县城生活垃圾无害化处理率", "乡镇生活垃圾无害化处理率"],
        ),
        ("城市绿化覆盖率达到42%，建制镇达到35%。", ["城市绿化覆盖率", "建制镇绿化覆盖率"]),
        ("城区供水普及率达到100%，集镇达到95%。", ["城区供水普及率", "集镇供水普及率"]),
    ],
)
def test_parts_take_the_measure_before(text, indicators):
    assert [r["indicator"] for r in extract_targets(text, annual_year=2026)] == indicators


@pytest.mark.parametrize(
    ("text", "indicators"),
    [
        # the figure before names no part: nothing to share
        ("全县污水处理率达到97%，乡镇达到75%。", ["污水处理率", "乡镇"]),
        # a count after a part is work of its own
        ("新建污水管网30公里，乡镇新建15公里。", ["污水管网", "乡镇新建"]),
        # a figure in another unit measures something else
        ("城区污水处理率达到97%，对乡镇15公里污水管网进行清淤。", ["城区污水处理率", "乡镇"]),
    ],
)
def test_parts_that_share_nothing(text, indicators):
    assert [r["indicator"] for r in extract_targets(text, annual_year=2026)] == indicators


# --- 成长 (Taiwan usage) is growth


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全年观光人次达到1,050万人次，较上年成长8%。", (8.0, "increase", 2025, "观光人次")),
        ("营业收入成长10%以上。", (10.0, "increase", None, "营业收入")),
        ("出口额年成长5%。", (5.0, "increase", None, "出口额")),
    ],
)
def test_chengzhang_is_growth(text, expected):
    r = extract_targets(text, annual_year=2026)[-1]
    assert (r["value"], r["change"], r["baseline_year"], r["indicator"]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("培育成长型企业20家。", (20.0, None, "成长型企业")),  # a kind of firm
        ("扶持成长期科技企业30家。", (30.0, None, "成长期科技企业")),
    ],
)
def test_chengzhang_in_names_is_no_change(text, expected):
    r = extract_targets(text, annual_year=2026)[-1]
    assert (r["value"], r["change"], r["indicator"]) == expected


# --- a fiscal year written with its last year's two digits is due by that year


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026/27年度内完成重建公共屋邨单位3,200个。", (3200.0, 2027, "重建公共屋邨单位")),
        ("2026-27财政年度安排教育经费12亿元。", (12.0, 2027, "教育经费")),
        ("2026—27年度新增学位500个。", (500.0, 2027, "学位")),
    ],
)
def test_fiscal_year_dates_by_its_last_year(text, expected):
    r = extract_targets(text)[-1]
    assert (r["value"], r["year"], r["indicator"]) == expected


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("截至2026-03-31，新增学位500个。", None),  # a date, no fiscal year
        ("2026/12年度报告显示新增500个。", None),  # not the year after: no fiscal year
        ("2025-2026年度新增学位500个。", 2026),  # four digits: read as before
    ],
)
def test_not_fiscal_years(text, year):
    assert [r["year"] for r in extract_targets(text)] == [year]


@pytest.mark.timeout(30)
def test_hostile_fiscal_years():
    n = 20000
    recs = extract_targets("2026/27年度新增学位500个；" * n)
    assert len(recs) == n and {r["year"] for r in recs} == {2027}
    assert isinstance(extract_targets("2026/27" * n + "年度新增学位500个。"), list)


# --- a colon between two digits (a ratio) ends no clause; 由…缩小到 names the base


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("城乡居民收入比由2.5:1缩小到2.3:1。", [(2.3, "城乡居民收入比")]),
        ("城乡居民收入比由2.5缩小到2.3。", [(2.3, "城乡居民收入比")]),
        ("医护比由1:1.1提高到1:1.3。", [(1.3, "医护比")]),
        ("城乡收入差距由2.6:1缩小至2.4:1以内。", [(2.4, "城乡收入差距")]),
    ],
)
def test_ratio_changes_keep_their_subject(text, expected):
    assert [(r["value"], r["indicator"]) for r in extract_targets(text, annual_year=2026)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a colon after words still ends the label
        ("地区生产总值：增长6%。", [(6.0, "地区生产总值")]),
        # a time is no figure
        ("每日8:30前完成签到，全年培训200人次。", [(200.0, "培训")]),
    ],
)
def test_colons_after_words_still_end_clauses(text, expected):
    assert [(r["value"], r["indicator"]) for r in extract_targets(text, annual_year=2026)] == expected


@pytest.mark.timeout(30)
def test_hostile_ratio_colons():
    n = 20000
    recs = extract_targets("收入比由2.5:1缩小到2.3:1；" * n, annual_year=2026)
    assert len(recs) == n
    assert isinstance(extract_targets("1:" * n + "1。", annual_year=2026), list)


# --- a completion rate committed to in its clause is a target


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("确保重点项目开工率100%。", [(100.0, "重点项目开工率")]),
        ("力争重点项目开工率100%、竣工率达到80%。", [(100.0, "重点项目开工率"), (80.0, "竣工率")]),
        ("争取资金拨付率100%。", [(100.0, "资金拨付率")]),
        ("确保民生实事完工率95%以上。", [(95.0, "民生实事完工率")]),
    ],
)
def test_committed_completion_rate_is_a_target(text, expected):
    assert [(r["value"], r["indicator"]) for r in extract_targets(text, annual_year=2026)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "全年整体完成率111.5%。",  # a result
        "今年以来，重点项目开工率100%。",
        "资金到位率95%。",
    ],
)
def test_reported_completion_rate_stays_out(text):
    assert extract_targets(text, annual_year=2026) == []


# --- two work verbs joined by 和 name the work whole


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("新建和改造提升城市燃气管网120公里。", "新建和改造提升城市燃气管网"),
        ("新建和改扩建幼儿园5所。", "新建和改扩建幼儿园"),
        ("建设和完善社区服务站15个。", "建设和完善社区服务站"),
    ],
)
def test_verbs_joined_by_he_stay_whole(text, indicator):
    assert [r["indicator"] for r in extract_targets(text, annual_year=2026)] == [indicator]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("新建和平路停车场2个。", "和平路停车场"),  # 和平 is a name
        ("新建城市和乡村公厕30座。", "城市和乡村公厕"),  # 和 joins two nouns
    ],
)
def test_he_without_a_second_verb_cuts_the_verb(text, indicator):
    assert [r["indicator"] for r in extract_targets(text, annual_year=2026)] == [indicator]


# --- 全部 before a verb of level closes no indicator


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("村级集体经济收入全部达到10万元以上。", "村级集体经济收入"),
        ("脱贫村集体经济收入全都超过20万元。", "脱贫村集体经济收入"),
        ("贫困户危房改造全部达到100%。", "贫困户危房改造"),
    ],
)
def test_quanbu_closes_no_indicator(text, indicator):
    assert [r["indicator"] for r in extract_targets(text, annual_year=2026)] == [indicator]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("全部乡镇建成污水处理设施12座。", "全部乡镇建成污水处理设施"),  # 全部 opens the phrase
        ("新建全部功能齐全的服务中心3个。", "全部功能齐全的服务中心"),
    ],
)
def test_quanbu_elsewhere_stays(text, indicator):
    assert [r["indicator"] for r in extract_targets(text, annual_year=2026)] == [indicator]
