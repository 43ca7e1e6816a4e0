"""Round 47h: targets, second pass (the pages round 47a left waiting, and misses on kept pages).

- 个次 (检查市场300个次) and 节 (评选优质课100节; a word start too: 10节能灯) are units
  (`target_units.toml`);
- a cut verb's 至/到 is no cap after 达 (压减率达到90% reads 达到: "=", `split_cap.not_after`);
- a frequency in words ending a rate's name does not recur (成人每天两次刷牙率达到50% keeps its year:
  `frequency_phrase_ends`, `recurring.frequency_modifier`);
- 召开 / 安排 are verbs before the noun counted after them (每学期至少召开2次家长会 -> 召开家长会);
- a heading's verb of work is no part of what it lends (开展残疾人职业技能培训。培训1500人次 -> 残疾人职业技能);
- 举办 opens a clause whose work a count after it counts (举办户外运动精品赛事，每年不少于60项);
- 每 and 第 mark a denominator or ordinal across a space (每 25 万人拥有 1 家);
- an amount after a funding verb alone takes the fund the clause before sets up (设立…专项资金，每年安排500万元);
- fields a work reaches are a target (覆盖领域40个), not the list's items by field;
- a fund, a funding verb and its object before the amount name the object's money
  (…资金每年安排户外运动项目不低于2000万元 -> 户外运动项目资金);
- second batch (from the 47h pages): 节 before its noun (开设3节体育课), a recurring word after a
  frequency phrase still recurs, a reach verb inside the clause (项目覆盖领域12个), an age in a served
  clause (为65岁及以上老年人开展…), 新建 opening a clause whose work a count counts.
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


def _page(text: str) -> list[dict]:
    return parse_document(text, source="t.txt", is_text=True).targets


def _one(text: str, value: float, **kw) -> dict:
    rows = [r for r in extract_targets(text, **kw) if r["value"] == value]
    assert len(rows) == 1, extract_targets(text, **kw)
    return rows[0]


def _none(text: str, value: float, **kw) -> None:
    rows = [r for r in extract_targets(text, **kw) if r["value"] == value]
    assert not rows, rows


# --- 个次 and 节


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("开展联合执法行动，检查农贸市场、花鸟市场300个次。", 300, "个次"),
        ("| 2 | 检查经营场所 1200个次 | 县市场监管局 |", 1200, "个次"),
        ("評選縣級優質課100節。", 100, "節"),
        ("开展优质课评比，评选县级优质课100节。", 100, "节"),
        ("录制精品课程\n50节以上", 50, "节"),
    ],
)
def test_lesson_and_visit_units(text: str, value: float, unit: str) -> None:
    assert _one(text, value)["unit"] == unit


def test_jie_starting_a_word_is_no_unit() -> None:
    _none("推广10节能灯具示范项目", 10)


# --- 压减率达到: a level, no cap


@pytest.mark.parametrize(
    "text",
    [
        "3.规范校外培训。校外培训机构压减率达到90%。",
        "| 3 | 学科类校外培训机构压减率达到90% | 县教育局 |",
        "校外培訓機構壓減率達到90%。",
    ],
)
def test_cut_rate_reaching_is_a_level(text: str) -> None:
    assert _one(text, 90)["comparator"] == "="


def test_cut_to_still_caps() -> None:
    assert _one("压减一般登记办理时间到2个工作日", 2)["comparator"] == "<="


# --- a frequency in words inside a rate's name


@pytest.mark.parametrize(
    "text",
    [
        "到2026年，全市12岁儿童龋患率控制在30%以内，成人每天两次刷牙率达到50%。",
        "到 2026 年，成人每天两次刷牙率达到 50%，儿童窝沟封闭率达到 40%。",
        "到2026年，成人每天2次刷牙率达到50%。",
    ],
)
def test_frequency_inside_rate_name_keeps_year(text: str) -> None:
    assert _one(text, 50)["year"] == 2026


def test_daily_count_still_recurs() -> None:
    assert _one("到2026年，城区道路每日洒水不少于4次。", 4)["year"] is None


# --- 召开 / 安排 before the noun counted


@pytest.mark.parametrize(
    ("text", "value", "indicator"),
    [
        ("每所中小学每学期至少召开2次家长会。", 2, "召开家长会"),
        ("每所中小學每學期至少召開2次家長會。", 2, "召開家長會"),
        ("县防治艾滋病工作委员会每年至少召开1次全体会议。", 1, "召开全体会议"),
        ("到2027年，区级机关、事业单位至少各安排1名残疾人就业。", 1, "安排残疾人就业"),
    ],
)
def test_floor_verb_then_noun(text: str, value: float, indicator: str) -> None:
    assert _one(text, value)["indicator"] == indicator


# --- a heading's verb of work


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("开展残疾人职业技能培训。培训1500人次。", "残疾人职业技能"),
        ("组织农村实用人才培训。培训800人次", "农村实用人才"),
    ],
)
def test_heading_object_without_work_verb(text: str, indicator: str) -> None:
    assert _one(text, next(r["value"] for r in extract_targets(text)))["indicator"] == indicator


# --- 举办 opens a clause whose work is counted


@pytest.mark.parametrize(
    ("text", "value", "indicator"),
    [
        ("举办户外运动精品赛事，每年不少于60项", 60, "户外运动精品赛事"),
        ("| 3 | 举办户外运动精品赛事，每年不少于60项 | 竞技体育处 |", 60, "户外运动精品赛事"),
        ("舉辦民俗文化展演活動，全年不少于30場", 30, "民俗文化展演活動"),
    ],
)
def test_held_work_is_counted(text: str, value: float, indicator: str) -> None:
    assert _one(text, value)["indicator"] == indicator


# --- a spaced denominator


@pytest.mark.parametrize(
    "text",
    [
        "到 2026 年，全市备案博物馆总数达到 60 家，每 25 万人拥有 1 家博物馆。",
        "每 25 万人拥有1家博物馆",
    ],
)
def test_spaced_per_is_denominator(text: str) -> None:
    _none(text, 25)
    assert _one(text, 1)["unit"] == "家"


# --- a funding verb alone after a fund set up


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("縣財政設立冰雪經濟發展專項資金，每年安排500萬元。", "冰雪經濟發展專項資金"),
        ("（一）强化资金支持。县财政设立冰雪经济发展专项资金，每年安排500万元。", "冰雪经济发展专项资金"),
    ],
)
def test_funding_verb_alone_takes_fund(text: str, indicator: str) -> None:
    assert _one(text, 500)["indicator"] == indicator


# --- fields reached


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("推行信用报告代替无违法违规证明，覆盖领域40个。", 40),
        ("实施分级分类监管，覆盖行业领域30个以上。", 30),
        ("| 7 | 实施分级分类监管，涵盖行业领域30个以上 | 市市场监管局 |", 30),
    ],
)
def test_fields_reached_are_targets(text: str, value: float) -> None:
    assert "领域" in _one(text, value)["indicator"]


def test_items_by_field_still_dropped() -> None:
    _none("其中，教育惠民领域2个，包括学校建设和学位供给。", 2)


# --- a fund's money allotted to an object


@pytest.mark.parametrize(
    ("text", "value", "indicator"),
    [
        ("省级体育产业发展资金每年安排户外运动项目不低于2000万元。", 2000, "户外运动项目资金"),
        ("（二）强化要素保障。市级财政资金安排乡村振兴项目1000万元。", 1000, "乡村振兴项目资金"),
    ],
)
def test_fund_allotted_to_object(text: str, value: float, indicator: str) -> None:
    assert _one(text, value)["indicator"] == indicator


def test_page_reads_allotted_fund() -> None:
    page = (
        "某省户外运动产业发展行动方案（2025—2027年）\n"
        "三、保障措施\n"
        "（二）强化要素保障。省级体育产业发展资金每年安排户外运动项目不低于2000万元。\n"
    )
    rows = [r for r in _page(page) if r["value"] == 2000]
    assert rows and rows[0]["indicator"] == "户外运动项目资金"


# --- second batch: 节 before a noun, a frequency phrase before a recurring word, reach verbs inside
# the clause, an age in a served clause, 新建 opening a clause


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("每所中小学每周至少开设3节体育课", "开设体育课"),
        ("| 1 | 每所中小学每周至少开设3节体育课 | 县教育局 |", "开设体育课"),
        ("每所中小學每週至少開設3節體育課", "開設體育課"),
    ],
)
def test_lessons_before_their_noun(text: str, indicator: str) -> None:
    assert _one(text, 3)["indicator"] == indicator


def test_recurring_word_after_a_frequency_phrase_still_recurs() -> None:
    text = "到2027年，学生每天校内外体育活动两小时达标率达到90%，中小学生近视率每年下降1个百分点。"
    assert _one(text, 90)["year"] == 2027
    assert _one(text, 1)["year"] is None


@pytest.mark.parametrize(
    "text",
    [
        "到 2027 年，志愿服务项目覆盖领域 12 个。",
        "到2027年，志愿服务项目覆盖领域12个",
    ],
)
def test_reach_verb_inside_clause(text: str) -> None:
    assert _one(text, 12)["indicator"].endswith("领域")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("为辖区65岁及以上老年人开展健康体检，每年不少于3.5万人次。", 3.5),
        ("| 1 | 为辖区65岁以上老年人开展健康体检，每年不少于3.5万人次 | 区卫生健康局 |", 3.5),
    ],
)
def test_age_in_served_clause_is_no_figure(text: str, value: float) -> None:
    assert _one(text, value)["indicator"] == "健康体检"


@pytest.mark.parametrize(
    ("text", "value", "indicator"),
    [
        ("新建改建社区运动场地，全年不少于80个", 80, "社区运动场地"),
        ("| 1 | 新建改建社区运动场地，全年不少于80个 | 市体育局 |", 80, "社区运动场地"),
        ("新建口袋公园，每年不少于10个。", 10, "口袋公园"),
    ],
)
def test_new_build_opens_counted_work(text: str, value: float, indicator: str) -> None:
    assert _one(text, value)["indicator"] == indicator
