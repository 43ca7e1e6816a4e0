"""Round 42d: targets in new genres and forms (交通, 水利, 能源, 数字政府, 民政, 人口, 林业, 残联 …).

- a multiple's base right before it (达到上年的1.3倍) is no progress, and no part of the indicator;
- a year right after a lead-in that puts forward goals (会议提出，2026年…) makes a news line a goal line;
- an incentive word right after 一次性, after a verb of paying (发放一次性补贴3000元), pays each one
  aided: an incentive, no committed budget;
- a Chinese count after 、 whose item before ends with the same measure word after a verb shares
  that verb (完成人工造林一万二千亩、封山育林三万亩);
- a count after a word that looks ahead (将为5000名残疾人提供…) is no denominator of a later share.
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


def _recs(text: str) -> list[tuple]:
    return [(r["value"], r["unit"], r["indicator"]) for r in extract_targets(text)]


def _values(text: str) -> list[float]:
    return [r[0] for r in _recs(text)]


def _page(text: str) -> list[tuple]:
    res = parse_document(text, source="p.txt", is_text=True)
    rows = [t if isinstance(t, dict) else t.__dict__ for t in res.targets]
    return sorted((t["value"], t["unit"], t["year"]) for t in rows)


# --- a multiple of the year before


@pytest.mark.parametrize(
    ("text", "value", "indicator"),
    [
        ("全年数字经济核心产业营业收入达到上年的1.3倍。", 1.3, "数字经济核心产业营业收入"),
        ("服务贸易额达到上年的1.2倍；新增有进出口实绩企业超200家。", 1.2, "服务贸易额"),
        ("2026年跨境电商交易额力争达到去年的1.5倍。", 1.5, "跨境电商交易额"),
        ("乡村旅游接待人次达到上一年的2倍。", 2.0, "乡村旅游接待人次"),
    ],
)
def test_multiple_of_last_year_is_a_target(text, value, indicator):
    assert (value, "倍", indicator) in _recs(text)


@pytest.mark.parametrize(
    "text",
    [
        "全县进出口总额已达到上年的1.1倍。",
        "目前全区旅游收入为上年的1.2倍。",
        "上年的外贸总额为12亿元。",
    ],
)
def test_multiple_rule_leaves_progress(text):
    assert _values(text) == []


# --- a news line whose lead-in puts forward the year's goals


_NEWS = "{head}\n来源：南川日报  2026-01-20 08:30\n{body}\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "1月19日，区发展改革委召开全区能源工作会议。会议提出，2026年全区新能源装机容量达到86万千瓦，"
            "非化石能源消费比重提高到28%。",
            [(28.0, "%", 2026), (86.0, "万千瓦", 2026)],
        ),
        (
            "全市民政工作会议明确，2026年全市特困人员集中供养率达到45%，新建村级互助养老服务点25个。",
            [(25.0, "个", 2026), (45.0, "%", 2026)],
        ),
        (
            "县政府常务会议部署：2027年全县建成5G基站800个，千兆光网覆盖率达到95%。",
            [(95.0, "%", 2027), (800.0, "个", 2027)],
        ),
    ],
)
def test_proposed_year_news_line_gives_goals(body, expected):
    page = _NEWS.format(head="南川区部署2026年能源保供和绿色低碳工作", body=body)
    assert _page(page) == expected


@pytest.mark.parametrize(
    "body",
    [
        "会议指出，2025年全区新能源装机容量达到80万千瓦，非化石能源消费比重提高到26%。",
        "会议提出，2025年以来全区新建公共充电桩1200个，建成村级服务站25个。",
        "会议提出，2026年要素保障有力，全区新建公共充电桩1200个，建成村级服务站25个。",
    ],
)
def test_proposed_year_rule_leaves_the_past(body):
    page = _NEWS.format(head="南川区部署2026年能源保供和绿色低碳工作", body=body)
    assert _page(page) == []


# --- a one-off grant paid to each one aided


@pytest.mark.parametrize(
    "text",
    [
        "对生育二孩、三孩的家庭分别发放一次性补贴3000元、5000元。",
        "对首次认定的高新技术企业兑现一次性奖励10万元。",
        "对新落户的规上企业拨付一次性奖补资金20万元。",
    ],
)
def test_one_off_grant_is_an_incentive(text):
    assert _values(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("全年发放临时救助资金不少于600万元。", 600.0),
        ("争取上级一次性补助资金2000万元。", 2000.0),
        ("发放创业担保贷款补贴资金500万元。", 500.0),
    ],
)
def test_one_off_rule_leaves_budgets(text, value):
    assert value in _values(text)


# --- a Chinese count sharing the verb of the item before


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全年完成人工造林一万二千亩、封山育林三万亩，森林覆盖率达到68%。", (3.0, "万亩", "封山育林")),
        ("完成造林5000亩、封山育林三万亩。", (3.0, "万亩", "封山育林")),
        ("新建改建农村公路80公里、通组公路五十公里。", (50.0, "公里", "通组公路")),
    ],
)
def test_chinese_count_listed_after_same_unit(text, expected):
    assert expected in _recs(text)


@pytest.mark.parametrize(
    "text",
    [
        "全县有耕地十万亩、林地三万亩。",
        "统一规划、三万亩连片。",
    ],
)
def test_listed_rule_needs_a_verb_and_the_unit(text):
    assert _values(text) == []


# --- a count the clause looks ahead to serve


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("今年全市将为5000名残疾人提供基本康复服务，残疾儿童康复救助覆盖率达到95%以上。", 5000.0),
        ("年内力争为3000名老年人提供居家上门服务，服务满意度达到90%以上。", 3000.0),
        ("计划为200户困难家庭安装燃气报警器，安装率达到100%。", 200.0),
        ("年底前将为800名困难群众提供免费健康体检，体检覆盖率达到100%。", 800.0),
    ],
)
def test_count_looked_ahead_is_no_denominator(text, value):
    assert value in _values(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("全港约600个黑点，目标是消除至少75%。", 600.0),
        ("全县现有1200名留守儿童，关爱服务覆盖率达到100%。", 1200.0),
    ],
)
def test_denominator_without_commitment_stays(text, value):
    assert value not in _values(text)


# --- a news lead-in, then a year and a long subject before the word of commitment; a horizon piece


def _news_values(body: str) -> list[float]:
    page = "供销社综合改革再发力\n2026-02-18 09:12 来源：江北新闻网\n" + body + "\n"
    res = parse_document(page, source="p.txt", is_text=True)
    return sorted((t if isinstance(t, dict) else t.__dict__)["value"] for t in res.targets)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "记者从市供销合作社获悉，2026年全市供销系统农产品销售额确保45亿元、力争50亿元，"
            "新建县级农产品集配中心3个；到2028年，累计培育农民专业合作社示范社100家。",
            [3.0, 45.0, 50.0, 100.0],
        ),
        ("据了解，2026年全县城乡居民基本医疗保险参保率确保稳定在95%以上。", [95.0]),
        ("他介绍，2026年全区新建改建农村公路计划完成80公里，去年累计完成120公里。", [80.0]),
    ],
)
def test_year_led_news_line_with_a_long_subject(body, expected):
    assert _news_values(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "据介绍，2025年全市供销系统农产品销售额确保完成40亿元，累计培育示范社60家。",
        "记者获悉，截至目前全市累计建成充电桩1200个，农产品销售额达到40亿元。",
    ],
)
def test_year_led_rule_leaves_the_past(body):
    assert _news_values(body) == []
