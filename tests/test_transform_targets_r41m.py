"""Round 41m: targets, the tail of round 41.

- a percent right after 权重 in its clause is a scoring weight (考核权重不低于5%), no target;
- 台套 is a count unit (购置农机具200台套), not 台;
- an incentive word then a rate's name and a verb of level (资助参保率达到100%) measures the rate the
  aid reaches, a target;
- 已建 (已投运, 已建成的) before a noun qualifies the things whose rate a percent measures
  (已建治理设施正常运行率达到90%以上), no progress;
- 安排 before an aid's money (每年安排…补助资金500万元) commits a budget, no incentive.
- items before a last one opening with a word ending as each does (地表水国控、省控断面水质优良比例) share
  what the last says after that word.
"""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _recs(text: str, **kw) -> list[tuple]:
    return [(r["value"], r["unit"], r["indicator"]) for r in extract_targets(text, **kw)]


def _values(text: str) -> list[float]:
    return [r[0] for r in _recs(text)]


@pytest.mark.parametrize(
    "text",
    [
        "将垃圾分类纳入乡镇年度考核，考核权重不低于5%。",
        "该项工作在综合考核中权重为10%。",
        "各街道要把安全生产列入绩效考核，權重佔15%。",
    ],
)
def test_weight_percent_is_no_target(text):
    assert _values(text) == []


@pytest.mark.parametrize(
    "text,value",
    [
        ("到2026年，研发经费投入占地区生产总值比重达到2.5%。", 2.5),
        ("综合权重评价体系建立后，全县优良天数比例达到88%。", 88.0),
    ],
)
def test_weight_rule_leaves_shares(text, value):
    assert value in _values(text)


@pytest.mark.parametrize(
    "text,value",
    [
        ("全县购置各类农机具200台套。", 200.0),
        ("新增智能灌溉设备1500台套以上。", 1500.0),
        ("更新改造生产线设备50臺套。", 50.0),
    ],
)
def test_tai_tao_unit(text, value):
    recs = _recs(text)
    assert [(v, u) for v, u, _ in recs] == [(value, text[text.index(str(int(value))) + len(str(int(value))) :][:2])]


@pytest.mark.parametrize("text,unit", [("新增农机10台。", "台"), ("建成保障性住房300套。", "套")])
def test_tai_and_tao_alone(text, unit):
    assert [u for _, u, _ in _recs(text)] == [unit]


@pytest.mark.parametrize(
    "text",
    [
        "对特困人员的资助参保率达到100%。",
        "城乡低保对象医疗救助资助参保率保持在100%。",
        "耕地地力保护补贴政策知晓率达到95%。",
    ],
)
def test_rate_of_aid_is_target(text):
    assert len(_values(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "对新获评的企业给予一次性奖励20万元。",
        "按设备投资额的10%给予补贴。",
    ],
)
def test_incentives_stay_out(text):
    assert _values(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "已建治理设施正常运行率达到90%以上。",
        "已投运监测站点数据传输有效率不低于95%。",
        "已建成的农村污水处理设施运行负荷率达到70%。",
        "已投运设施出水水质达标率不低于85%。",
    ],
)
def test_built_qualifier_is_no_progress(text):
    assert len(_values(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "已建成污水处理设施覆盖率达到85%。",
        "已建设污水管网覆盖率达到80%。",
        "已建了12座，占计划的60%。",
    ],
)
def test_progress_stays_progress(text):
    assert _values(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "县财政每年安排农村人居环境整治补助资金500万元。",
        "市级每年安排奖补资金2000万元，支持特色产业发展。",
        "区财政安排专项补贴资金300万元。",
    ],
)
def test_budget_for_aid_is_target(text):
    assert len(_values(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "对新认定的示范社给予补助资金5万元。",
        "每户补贴3000元。",
        "安排专项资金500万元用于奖补。",
    ],
)
def test_aid_amounts_stay_out(text):
    assert _values(text) == []


@pytest.mark.timeout(30)
@pytest.mark.parametrize(
    "unit",
    ["考核权重不低于5%，", "资助参保率达到100%，", "已建治理设施正常运行率达到90%，", "已建已建已建"],
)
def test_hostile_scale(unit):
    assert isinstance(extract_targets(unit * 2000), list)


@pytest.mark.parametrize(
    "text,first",
    [
        ("到2026年，地表水国控、省控断面水质优良比例分别达到90%、85%。", "地表水国控断面水质优良比例"),
        ("国家级、省级示范合作社数量分别达到5家和20家。", "国家级示范合作社数量"),
        ("市级、县级重点项目投资额分别完成50亿元和30亿元。", "市级重点项目投资额"),
        ("全县地表水国控、省控断面水质优良比例分别达到100%和90%以上。", "地表水国控断面水质优良比例"),
    ],
)
def test_shared_middle_noun(text, first):
    assert _recs(text)[0][2] == first


@pytest.mark.parametrize(
    "text,first",
    [
        ("化学需氧量、氨氮排放量分别下降8%和9%。", "化学需氧量"),
        ("国控、省控断面分别达到12个和20个。", "国控"),
        ("城镇、农村居民人均可支配收入分别增长6%和7%。", "城镇居民人均可支配收入"),
    ],
)
def test_shared_middle_leaves_other_lists(text, first):
    assert _recs(text)[0][2] == first
