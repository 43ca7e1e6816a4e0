"""Round 38f: targets, second pass — phrasings of unseen plans that were read wrong.

- 召开 / 举行 after 至少 ("每季度至少召开1次政企恳谈会"): comparator >= and the meeting as indicator
  (it was "=" and 召开); 每半年 / 每旬 recur like 每季度;
- an aid rate kept at a level ("个人缴费资助比例保持100%", "资助比例不低于70%") is a target (it was
  dropped as an incentive);
- a share after a rate of growth ("年均增速7%左右", "增幅保持在8%以上") is an increase (change was
  null), 降幅 a decrease; a rate word alone after a level ("…达到800亿元，年均增速8%以上") measures
  the growth of that level's subject; a value with no figure before it in its sentence takes the
  subject of the clause before ("脱贫人口人均纯收入增幅高于…，到2025年达到1.6万元以上");
- a count of neighbours after 与周边 / 与相邻 … ("与周边5个县(区)建立…机制") is scope;
- a project's total cost before 的 and the project ("完成总投资1.2亿元的县医院门诊楼建设") says which
  project, no money committed;
- a ratio written 1:N after 比 or a verb of level ("医护比达到1:1.2") reads N (it read 1);
- a page mixing 万 and 萬 prints each target's unit as its own text prints it.
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


def _rows(text: str, **kw) -> list[tuple]:
    return [
        (r["indicator"], r["value"], r["unit"], r["comparator"], r["change"]) for r in extract_targets(text, **kw)
    ]


def _values(text: str, **kw) -> list[tuple[float, str]]:
    return [(r["value"], r["unit"]) for r in extract_targets(text, **kw)]


# --- 召开 / 举行 after a comparator word


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("每季度至少召开1次政企恳谈会。", [("召开政企恳谈会", 1.0, "次", ">=", None)]),
        ("每年至少举行2场新闻发布会。", [("举行新闻发布会", 2.0, "场", ">=", None)]),
        ("每月不少于召开1次专题调度会。", [("召开专题调度会", 1.0, "次", ">=", None)]),
        # negative: no comparator word, the count as it is
        ("召开1次全县推进大会。", [("召开全县推进大会", 1.0, "次", "=", None)]),
    ],
)
def test_meeting_verbs_after_comparator(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("到2025年，每半年召开2次联席会议。", None),
        ("到2025年，每旬开展1次安全巡查。", None),
        # negative: no recurring word, the horizon dates it
        ("到2025年，召开2次联席会议。", 2025),
    ],
)
def test_half_year_and_ten_days_recur(text, year):
    rows = extract_targets(text)
    assert len(rows) == 1 and rows[0]["year"] == year


def test_half_year_is_no_part_of_the_indicator():
    assert extract_targets("每半年召开2次联席会议。")[0]["indicator"] == "召开联席会议"


# --- an aid rate kept at a level


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("特困人员个人缴费资助比例保持100%。", [(100.0, "%")]),
        ("特困人员个人缴费资助比例保持100%，低保对象资助比例不低于70%。", [(100.0, "%"), (70.0, "%")]),
        ("城乡居民医保人均财政补助标准提高到640元。", [(640.0, "元")]),
        ("困难群众参保资助比例稳定在100%。", [(100.0, "%")]),
    ],
)
def test_aid_rate_at_a_level_is_a_target(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "奖补比例不超过30%。",  # a cap on the aid: no verb of level
        "对新认定的企业给予奖励20万元。",
        "补贴比例为50%。",
    ],
)
def test_incentives_stay_out(text):
    assert _values(text) == []


# --- rates of growth


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("农村居民人均可支配收入年均增速7%左右。", "increase"),
        ("农产品加工业产值年均增幅≥2%。", "increase"),
        ("地区生产总值增速保持在6%以上。", "increase"),
        ("研发经费增长率不低于10%。", "increase"),
        ("单位产值能耗降幅达到3%。", "decrease"),
        # negative: a price rise capped is a level, and a plain share no change
        ("居民消费价格涨幅控制在3%以内。", None),
        ("研发投入强度达到3.5%。", None),
    ],
)
def test_share_after_a_rate_of_growth(text, change):
    rows = extract_targets(text)
    assert len(rows) == 1 and rows[0]["change"] == change


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("到2025年，全区规模以上工业总产值达到800亿元，年均增速8%以上。", "规模以上工业总产值年均增速"),
        ("到2025年，软件业务收入突破300亿元，年均增幅15%左右。", "软件业务收入年均增幅"),
        ("到2026年，跨境电商交易额达到50亿元，增速保持在20%以上。", "跨境电商交易额增速"),
    ],
)
def test_rate_word_alone_measures_the_level_before(text, indicator):
    assert extract_targets(text)[-1]["indicator"] == indicator


def test_rate_word_after_a_rate_stays():
    # negative: the figure before names a rate itself
    rows = extract_targets("到2025年，地区生产总值年均增长6%，增速8%以上。")
    assert rows[-1]["indicator"] != "地区生产总值年均增长增速"


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("保持收入稳定增长。脱贫人口人均纯收入增幅高于全县农村居民平均水平，到2025年达到1.6万元以上。", "脱贫人口人均纯收入"),
        ("工业固废综合利用率稳步提高，到2025年达到75%。", "工业固废综合利用率"),
        ("农民收入增速快于城镇居民，到2026年达到2.5万元。", "农民收入"),
    ],
)
def test_subject_of_the_clause_before_a_first_figure(text, indicator):
    assert extract_targets(text)[0]["indicator"] == indicator


def test_clause_naming_no_measure_gives_no_subject():
    # negative: "全市上下持续发力" names no measure
    assert not extract_targets("全市上下持续发力，到2025年达到100家。")[0]["indicator"]


# --- neighbours counted


@pytest.mark.parametrize(
    "text",
    [
        "与周边5个县(区)建立政务服务“跨域通办”合作机制。",
        "同毗邻的3个省份共建生态补偿机制。",
        "与相邻4个乡镇开展联防联控。",
    ],
)
def test_neighbours_are_scope(text):
    assert _values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("与10个城市建立友好合作关系。", [(10.0, "个")]),  # partners with no word of neighbourhood
        ("全年新增与周边地区合作项目5个。", [(5.0, "个")]),
        ("与周边5个县(区)建立合作机制，异地可办事项不少于200项。", [(200.0, "项")]),
    ],
)
def test_counts_that_are_no_neighbours_stay(text, expected):
    assert _values(text) == expected


# --- a project's total cost before 的


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("完成总投资1.2亿元的区人民医院门诊楼建设。", []),
        ("启动总投资5亿元的城东污水处理厂扩建工程，年内完成投资2亿元。", [(2.0, "亿元")]),
        ("推进计划总投资3000万元的农贸市场改造项目。", []),
        # negative: no project after 的, or no total cost
        ("完成总投资1.2亿元的年度目标。", [(1.2, "亿元")]),
        ("项目总投资1800万元。", [(1800.0, "万元")]),
    ],
)
def test_project_total_cost_is_a_qualifier(text, expected):
    assert _values(text) == expected


# --- ratios written 1:N


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全区医护比达到1:1.2，每千人口执业医师数达到3.2人。", [("医护比", 1.2, "", "=", None), ("每千人口执业医师数", 3.2, "人", "=", None)]),
        ("床护比为1:0.6。", [("床护比", 0.6, "", "=", None)]),
        ("师生比达到1∶15。", [("师生比", 15.0, "", "=", None)]),
        # negative: N:1 reads N as before, and 按照1:1 / a map scale are none
        ("城乡居民收入比缩小到1.9:1。", [("城乡居民收入比", 1.9, "", "=", None)]),
        ("按照1:1比例配套资金。", []),
        ("完成比例尺1:2000地形图测绘。", []),
    ],
)
def test_ratio_one_to_n(text, expected):
    assert _rows(text) == expected


def test_ratio_text_holds_the_whole_ratio():
    assert extract_targets("全区医护比达到1:1.2。")[0]["text"] == "全区医护比达到1:1.2"


# --- units printed as their own text prints them

MIXED = """某市文化旅游三年行动计划
发布日期：2024-07-22

一、目标任务
到2026年，全市接待游客人数达到820万人次，旅游总收入突破95亿元。
二、重点工作
1.扩大文旅消费。培育夜间文旅消费集聚区3个，年接待游客量達到120萬人次。(责任单位:市商务局)
2.提升景区品质。全市A级景区年接待游客量达到300万人次。(责任单位:市文旅局)
"""


def test_mixed_page_prints_each_unit_as_its_text():
    p = parse_document(MIXED, source="mixed.txt", is_text=True)
    units = {t["value"]: t["unit"] for t in p.targets}
    assert units[820.0] == "万人次"
    assert units[120.0] == "萬人次"
    assert units[300.0] == "万人次"
    assert units[95.0] == "亿元"


# --- a clause of the whole year after a recurring one


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("每月至少开展2次村庄清洁活动，全年清理垃圾1.5万吨。", [(2.0, None), (1.5, 2024)]),
        ("每季度召开1次调度会，年内建成驿站5个。", [(1.0, None), (5.0, 2024)]),
        ("每周开展1次巡查，年度内整改隐患200处。", [(1.0, None), (200.0, 2024)]),
        # negative: the later clause recurs itself, or names no whole year
        ("每月至少开展2次村庄清洁活动，全年每月清理垃圾1.5万吨。", [(2.0, None), (1.5, None)]),
        ("每月至少开展2次村庄清洁活动，每次清理垃圾1.5吨。", [(2.0, None), (1.5, None)]),
    ],
)
def test_whole_year_clause_after_recurring_one(text, expected):
    assert [(r["value"], r["year"]) for r in extract_targets(text, annual_year=2024)] == expected


# --- two rates sharing one value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "到2025年，孕产妇系统管理率和3岁以下儿童系统管理率均达到92%以上。",
            ["孕产妇系统管理率", "3岁以下儿童系统管理率"],
        ),
        (
            "城乡居民达到《国民体质测定标准》合格以上的人数比例和体育场地设施开放率均达到92%以上。",
            ["《国民体质测定标准》合格以上的人数比例", "体育场地设施开放率"],
        ),
        ("城市污水处理率、生活垃圾无害化处理率都保持在95%以上。", ["城市污水处理率", "生活垃圾无害化处理率"]),
        # negative: one rate of two groups, or no 均 / 都
        ("高血压、糖尿病患者基层规范管理服务率均达到65%。", ["高血压、糖尿病患者基层规范管理服务率"]),
        ("孕产妇系统管理率和儿童系统管理率达到92%。", ["孕产妇系统管理率和儿童系统管理率"]),
    ],
)
def test_two_rates_sharing_one_value(text, expected):
    rows = extract_targets(text)
    assert [r["indicator"] for r in rows] == expected
    assert len({r["value"] for r in rows}) == 1


# --- indicator tables whose year heads name the value (2020年基期值 | 2025年目标值) and 指标性质


def _table_page(header: str, rows: list[str], caption: str = "专栏1  “十四五”主要指标") -> str:
    body = "\n".join([header, *rows])
    return f"某市“十四五”卫生健康事业发展规划\n发布日期：2021-12-20\n\n一、发展目标\n到2025年，卫生健康服务能力明显提升。\n{caption}\n{body}\n"


@pytest.mark.parametrize(
    ("header", "rows", "expected"),
    [
        (
            "领域\t主要指标\t2020年基期值\t2025年目标值\t指标性质",
            ["健康水平\t人均预期寿命(岁)\t78.2\t79\t预期性", "医疗服务\t每千人口医疗卫生机构床位数(张)\t6.1\t7.2\t预期性"],
            {(79.0, "岁", 2025), (7.2, "张", 2025)},
        ),
        (
            "主要指标\t2020年基期值\t2025年目标值\t指标性质",
            ["人均预期寿命(岁)\t78.2\t79\t预期性", "每千人口执业(助理)医师数(人)\t2.8\t3.3\t约束性"],
            {(79.0, "岁", 2025), (3.3, "人", 2025)},
        ),
        (
            "指标  2020年现状值  2025年规划值  属性",
            ["人均预期寿命(岁)  78.2  79  预期性", "孕产妇死亡率(1/10万)  9.5  9  预期性"],
            {(79.0, "岁", 2025), (9.0, "1/10万", 2025)},
        ),
    ],
)
def test_indicator_table_with_valued_year_heads(header, rows, expected):
    p = parse_document(_table_page(header, rows), source="t.txt", is_text=True)
    got = {(t["value"], t["unit"], t["year"]) for t in p.targets}
    assert expected <= got
    assert not {(78.2, "岁", 2025), (6.1, "张", 2025), (2.8, "人", 2025)} & got  # the base year's figures


def test_table_of_no_indicator_column_stays_unread():
    # negative: no header names an indicator column
    page = _table_page("领域\t2020年基期值\t2025年目标值", ["健康水平\t78.2\t79"])
    assert not parse_document(page, source="t.txt", is_text=True).targets


# --- scores awarded by a rule of assessment


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("完成新增就业任务500人得10分。", [(500.0, "人")]),
        ("目标值为增长6%，完成目标得10分，每低0.5个百分点扣2分。", [(6.0, "%")]),
        ("增速高于全县平均水平得10分。", []),
        # negative: a score to reach stays
        ("学生体质健康测试平均分达到80分以上。", [(80.0, "分")]),
    ],
)
def test_scores_awarded_are_no_targets(text, expected):
    assert _values(text) == expected


# --- last year's results


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("上年全县民生支出占一般公共预算支出比重达80.2%，今年将保持在80%以上。", [(80.0, "%")]),
        ("上一年全市新增城镇就业4.2万人。今年新增城镇就业4.5万人。", [(4.5, "万人")]),
        # negative: 上年 as the base of a change or of a level
        ("地区生产总值比上年增长6%。", [(6.0, "%")]),
        ("一般公共预算收入在上年基础上增长8%。", [(8.0, "%")]),
        ("粮食产量保持上年水平，稳定在40万吨以上。", [(40.0, "万吨")]),
    ],
)
def test_last_years_results_are_no_targets(text, expected):
    assert _values(text) == expected


# --- a cap on an incentive after a short head


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("对在本市购买新能源乘用车的个人消费者，按车价的5%给予补贴，单车最高不超过5000元。", []),
        ("对新购设备给予补助，每台设备最多补助2万元。", []),
        ("对新认定的企业给予奖励，单家最高100万元。", []),
        # negative: no incentive before the cap word, the level stays
        ("到2025年，日供水能力最高达到10万吨。", [(10.0, "万吨")]),
    ],
)
def test_cap_after_a_short_head(text, expected):
    assert _values(text) == expected


# --- how long a service takes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("一般企业开办实现0.5个工作日办结。", [(0.5, "个工作日")]),
        ("不动产一般登记实现1个工作日办结。", [(1.0, "个工作日")]),
        ("工程建设项目施工许可实现5个工作日出证。", [(5.0, "个工作日")]),
        # negative: a time glued to a noun names a thing
        ("建设30分钟就医圈。", []),
    ],
)
def test_time_before_a_done_verb_is_a_target(text, expected):
    assert _values(text) == expected
