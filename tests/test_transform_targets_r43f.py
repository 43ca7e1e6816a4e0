"""Round 43f: targets, second batch (the misses whole plans showed).

- a floor word, then a verb of setting up (至少设置1个托育点) is ">=" (a cap before them is left alone);
- 轮次 and 把 are units of counts;
- 标准 then a count of 项/个/部/套/件 counts standards made, a target (not the level of a standard);
- an incentive word, a fund word and at most a level word right before the money size the fund
  (年度奖补资金不少于40万元, 设立招商引资奖励资金5000万元), not what each one gets;
- a clause opening with 年度 after a recurring one states the year's amount;
- a completion rate right after 按期/按时/及时 (信访事项按期办结率100%) is a standard to keep, not progress;
- a count right after 辖区内/境内/…域内, or after 向周边, is scope;
- an open bracket opening the indicator (组建扑火队1支（不少于60人）) is an aside: the indicator is
  the rest, or the one before it;
- a measure noun before the number and 的 and a noun after it (设立规模50亿元的产业基金): the noun's
  measure;
- who does it and how often (镇禁毒委每季度召开1次成员单位会议) are no part of the indicator;
- money after 额度最高/最高额度 is a ceiling of a loan, no target;
- a verb of seeking inside 对…的 before an incentive word names whom it goes to (对获得…奖的个人给予奖励);
- 群 counts colonies (8万群), not in 群众.
"""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _one(text: str, value: float, **kw) -> dict:
    rows = [r for r in extract_targets(text, **kw) if r["value"] == value]
    assert len(rows) == 1, extract_targets(text, **kw)
    return rows[0]


def _values(text: str, **kw) -> list[float]:
    return [r["value"] for r in extract_targets(text, **kw)]


# --- a floor word, then a verb of setting up


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("每个试点项目至少设置1个托育点。", 1),
        ("每个行政村至少选派1名驻村联络员。", 1),
        ("每个乡镇不少于建立2个应急物资储备点。", 2),
        ("每所学校至少设置1间心理咨询室。", 1),
    ],
)
def test_floor_word_then_setting_verb(text: str, value: float) -> None:
    assert _one(text, value)["comparator"] == ">="


@pytest.mark.parametrize(
    ("text", "value", "cmp"),
    [
        ("每个景区最多设置2个游客服务中心。", 2, "="),  # a cap: left as it was read
        ("在城区设置5个便民服务点。", 5, "="),
    ],
)
def test_setting_verb_without_floor_word(text: str, value: float, cmp: str) -> None:
    assert _one(text, value)["comparator"] == cmp


# --- units 轮次 and 把


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("开展安全隐患排查不少于12轮次。", 12, "轮次"),
        ("组织干部轮训3轮次以上。", 3, "轮次"),
        ("储备风力灭火机300台、二号工具1500把。", 1500, "把"),
        ("为各村配发铁锹2000把。", 2000, "把"),
    ],
)
def test_round_and_tool_units(text: str, value: float, unit: str) -> None:
    assert _one(text, value)["unit"] == unit


@pytest.mark.parametrize("text", ["落实党政一把手责任制。", "把安全生产摆在首位，压实一把手责任。"])
def test_ba_is_no_count_in_words(text: str) -> None:
    assert _values(text) == []


# --- counts of standards


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("主导或参与制修订国家、行业、地方和团体标准20项。", 20, "项"),
        ("新建社会公用计量标准8项，计量器具强制检定率达到100%。", 8, "项"),
        ("制定预制菜地方标准、团体标准10项。", 10, "项"),
        ("全年发布农业地方标准5个。", 5, "个"),
        ("建立最高计量标准3套。", 3, "套"),
    ],
)
def test_count_of_standards(text: str, value: float, unit: str) -> None:
    assert _one(text, value)["unit"] == unit


@pytest.mark.parametrize(
    "text",
    [
        "城乡低保标准600元/月。",
        "特困人员基本生活标准1000元。",
        "农村低保标准500元。",
    ],
)
def test_level_of_a_standard_stays_out(text: str) -> None:
    assert _values(text) == []


# --- the size of a fund


@pytest.mark.parametrize(
    ("text", "value", "cmp"),
    [
        ("每月对各村开展考评排名，年度奖补资金不少于40万元。", 40, ">="),
        ("设立招商引资奖励资金5000万元，对成效突出的单位和个人给予奖励。", 5000, "="),
        ("县级统筹奖补资金不低于300万元。", 300, ">="),
        ("市财政设立人才奖励基金总规模1亿元。", 1, "="),
    ],
)
def test_fund_size_is_a_target(text: str, value: float, cmp: str) -> None:
    assert _one(text, value)["comparator"] == cmp


@pytest.mark.parametrize(
    "text",
    [
        "对发现火点的村一次性扣减奖补资金2万元。",
        "每村奖补资金2万元。",
        "单个项目奖励资金最高50万元。",
        "对新认定的企业给予奖补资金10万元。",
    ],
)
def test_grant_to_each_stays_an_incentive(text: str) -> None:
    assert _values(text) == []


def test_year_clause_after_recurring_keeps_the_annual_year() -> None:
    text = "每月对各村开展考评排名，年度奖补资金不少于40万元。"
    assert _one(text, 40, annual_year=2025)["year"] == 2025


def test_recurring_clause_still_recurs() -> None:
    text = "每月对各村开展考评排名，年度奖补资金不少于40万元。"
    assert _values(text, annual_year=2025) == [40]
    assert _one("每月开展1次村庄清洁活动。", 1, annual_year=2025)["year"] is None


# --- a completion rate of work done on time


@pytest.mark.parametrize(
    "text",
    [
        "矛盾纠纷调处成功率达到98%以上，信访事项按期办结率100%。",
        "政务服务事项按时办结率100%。",
        "12345热线工单及时办结率98%。",
    ],
)
def test_timely_rate_is_a_target(text: str) -> None:
    rows = extract_targets(text)
    assert any(r["unit"] == "%" and "办结率" in r["indicator"] for r in rows), rows


@pytest.mark.parametrize("text", ["全年整体完成率111.5%。", "信访事项办结率100%。"])
def test_plain_completion_rate_stays_progress(text: str) -> None:
    assert _values(text) == []


# --- scope after 辖区内 / 境内 / …域内 / 向周边


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("确保辖区内3座小型水库、26座山塘安全度汛。", 3),
        ("将县城水厂供水管网向周边7个乡镇延伸。", 7),
        ("对县域内12家危化品企业开展检查。", 12),
        ("确保境内5条河流水质稳定达标。", 5),
    ],
)
def test_scope_counts(text: str, value: float) -> None:
    assert value not in _values(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("辖区新建口袋公园5个。", 5),
        ("与10个城市结对开展协作。", 10),
        ("在辖区内新建3座应急避难场所。", 3),
    ],
)
def test_work_counts_stay(text: str, value: float) -> None:
    assert value in _values(text)


# --- an open bracket in front of the indicator


@pytest.mark.parametrize(
    ("text", "value", "indicator"),
    [
        ("组建县级专业扑火队1支（不少于60人）。", 60, "组建县级专业扑火队"),
        ("组建镇级应急抢险队1支(不少于50人)，各村组建抢险小分队。", 50, "组建镇级应急抢险队"),
        ("新建驿站3个（面积不少于200平方米）。", 200, "面积"),
    ],
)
def test_bracket_opens_no_indicator(text: str, value: float, indicator: str) -> None:
    assert _one(text, value)["indicator"] == indicator


@pytest.mark.parametrize(
    ("text", "value", "indicator"),
    [
        ("新增城镇就业1200人（其中高校毕业生500人）。", 1200, "城镇就业"),
        ("建成5G基站300个。", 300, "5G基站"),
    ],
)
def test_indicator_without_open_bracket(text: str, value: float, indicator: str) -> None:
    assert indicator in _one(text, value)["indicator"]


# --- a measure before the number, the noun after 的


@pytest.mark.parametrize(
    ("text", "value", "indicator"),
    [
        ("设立规模50亿元的新质生产力产业基金。", 50, "新质生产力产业基金规模"),
        ("设立总规模100亿元的产业招商基金群，撬动社会资本投资项目20个。", 100, "产业招商基金群总规模"),
        ("建成面积200平方米的职工驿站。", 200, "职工驿站面积"),
        ("建设总容量50兆瓦时的储能电站。", 50, "储能电站总容量"),
    ],
)
def test_measure_of_the_noun_after(text: str, value: float, indicator: str) -> None:
    assert _one(text, value)["indicator"] == indicator


@pytest.mark.parametrize(
    ("text", "value", "indicator"),
    [
        ("项目建设规模5000吨。", 5000, "项目建设规模"),
        ("养老床位总规模达到1200张，其中护理型床位占比60%。", 1200, "养老床位总规模"),
    ],
)
def test_measure_named_before_stays(text: str, value: float, indicator: str) -> None:
    assert _one(text, value)["indicator"] == indicator


# --- who and how often before the verb


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("镇禁毒委每季度召开1次成员单位会议。", "召开成员单位会议"),
        ("县农业农村局每季度通报1次工作进展。", "通报"),
        ("领导小组每半年专题研究1次互市工作。", "专题研究"),
        ("县秸秆禁烧工作领导小组每周组织督查1次。", "督查"),
    ],
)
def test_frequency_subject_is_no_indicator(text: str, indicator: str) -> None:
    assert _one(text, 1)["indicator"] == indicator


@pytest.mark.parametrize(
    ("text", "value", "indicator"),
    [
        ("对同一企业的检查每年不多于2次。", 2, "同一企业的检查"),
        ("儿童青少年总体近视率每年下降1个百分点。", 1, "儿童青少年总体近视率"),
        ("全县每年新增就业5000人。", 5000, "就业"),
    ],
)
def test_frequency_before_a_level_keeps_the_subject(text: str, value: float, indicator: str) -> None:
    assert indicator in _one(text, value)["indicator"]


# --- the ceiling of a loan


@pytest.mark.parametrize(
    "text",
    [
        "鼓励银行开发“蜂农贷”产品，单户贷款额度最高30万元。",
        "创业担保贷款最高额度为30万元。",
        "小微企业信用贷款单笔最高500万元。",
    ],
)
def test_loan_ceiling_is_no_target(text: str) -> None:
    assert _values(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("全年新增贷款额度50亿元。", 50), ("全年发放创业担保贷款2亿元。", 2)],
)
def test_loan_amounts_stay(text: str, value: float) -> None:
    assert value in _values(text)


# --- whom an incentive goes to


@pytest.mark.parametrize(
    "text",
    [
        "对获得全国无偿献血奉献奖的个人给予一次性奖励2000元。",
        "对获得省级认定的企业给予奖励20万元。",
        "对申报成功的项目给予补助50万元。",
    ],
)
def test_aided_by_what_they_got(text: str) -> None:
    assert _values(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("争取上级补助资金5000万元。", 5000), ("积极申报获得中央补助资金3000万元。", 3000)],
)
def test_funds_sought_stay(text: str, value: float) -> None:
    assert value in _values(text)


# --- 群


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("全县中蜂饲养量稳定在8万群以上。", 8, "万群"),
        ("参保蜂群不少于3万群。", 3, "万群"),
        ("每个蜂场饲养规模不少于100群。", 100, "群"),
    ],
)
def test_colony_unit(text: str, value: float, unit: str) -> None:
    assert _one(text, value)["unit"] == unit


@pytest.mark.parametrize("text", ["惠及5000群众。", "服务3000群众，形成3个产业集群。"])
def test_colony_unit_not_in_words(text: str) -> None:
    assert all(r["unit"] not in ("群", "万群") for r in extract_targets(text))


# --- hostile scale: the rules stay linear on long texts


@pytest.mark.timeout(30)
@pytest.mark.parametrize(
    "unit",
    [
        "设立规模50亿元的产业基金，",
        "年度奖补资金不少于40万元，",
        "组建扑火队1支（不少于60人），",
        "每个试点至少设置1个托育点，",
        "设立规模" + "的" * 30,
        "镇禁毒委每季度召开1次成员单位会议，",
        "单户贷款额度最高30万元，",
        "对获得奉献奖的个人给予奖励2000元，",
        "饲养量稳定在8万群以上，",
    ],
)
def test_long_repeats_finish(unit: str) -> None:
    assert isinstance(extract_targets(unit * 2000), list)  # the timeout guards a hang
