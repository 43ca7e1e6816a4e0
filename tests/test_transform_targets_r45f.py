"""Round 45f: targets, second pass over the shapes the first wave named.

- measure words with 次 (送教60校次, 听课300节次, 推送150条次, 1500份次, 30个项目次) are units;
- an average, a cut verb and its object before a share (平均减少办理环节50%以上) is a decrease;
- a floor word before any verb and its object (至少打通省级垂管系统5个) bounds the count (">=");
- a completion rate with no verb (兑现率100%) in a plan's task is a commitment unless its sentence
  looks back (已…, a year before the plan, over 100%);
- a change against the year before opening the clause after a reported figure (目前已有…3家，
  较上年增长50%) is a result too;
- a figure after a verb alone opening its sentence counts what the sentence before names after the
  same verb (…举办乡村文化旅游活动。全年举办40场次以上);
- an amount with no subject after a clause that sets up a fund is that fund's
  (设立…专项资金，每年不少于2亿元).
"""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _rows(text: str, **kw) -> list[dict]:
    return extract_targets(text, **kw)


def _one(text: str, value: float, **kw) -> dict:
    rows = [r for r in extract_targets(text, **kw) if r["value"] == value]
    assert len(rows) == 1, extract_targets(text, **kw)
    return rows[0]


# --- measure words with 次


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("组织骨干教师到乡村学校上示范课，全年送教不少于60校次。", 60, "校次"),
        ("开展教研活动，听课评课300节次以上。", 300, "节次"),
        ("通过微信公众号发布政策解读信息，全年推送不少于150条次。", 150, "条次"),
        ("共享优质教学资源1500份次。", 1500, "份次"),
        ("年内完成帮扶项目30个项目次以上。", 30, "个项目次"),
        ("发放培训补贴不少于3000份次。", 3000, "份次"),
        ("全年稽查學校午餐供應廚房60校次以上。", 60, "校次"),
    ],
)
def test_measure_words_with_ci(text: str, value: float, unit: str) -> None:
    assert _one(text, value)["unit"] == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("全年开展应急演练20次。", 20, "次"),
        ("发放宣传资料10000份。", 10000, "份"),
        ("全年发布政策信息200条。", 200, "条"),
    ],
)
def test_measure_words_without_ci_stay(text: str, value: float, unit: str) -> None:
    assert _one(text, value)["unit"] == unit


# --- an average, a cut verb and its object, then the share cut


@pytest.mark.parametrize(
    "text",
    [
        "高频事项实现全覆盖，平均减少办理环节50%以上。",
        "企业开办平均压缩办理时间50%以上。",
        "改造老旧小区消防设施，全区平均减少火灾隐患点位50%以上。",
        "推行告知承诺制，平均精简申请材料50%。",
    ],
)
def test_average_cut_is_a_decrease(text: str) -> None:
    r = _one(text, 50)
    assert r["change"] == "decrease"
    assert r["unit"] == "%"


@pytest.mark.parametrize(
    "text",
    [
        "群众平均满意度达到50%以上。",
        "推行智能审批，平均提高审批效率50%。",
        "办理环节平均精简率为50%。",
    ],
)
def test_average_without_a_cut_is_no_decrease(text: str) -> None:
    assert _one(text, 50)["change"] != "decrease"


# --- a floor word before any verb and its object


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("每个县（市、区）至少新增“一件事”集成服务场景2个。", 2),
        ("推进数据共享，至少打通省级垂管系统5个。", 5),
        ("做好重点群体就业，至少开发公益性岗位2000个。", 2000),
        ("每个乡镇最少培育示范家庭农场3家。", 3),
    ],
)
def test_floor_over_verb_and_object(text: str, value: float) -> None:
    assert _one(text, value)["comparator"] == ">="


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("推进数据共享，打通省级垂管系统5个。", 5),
        ("每月至少召开一次调度会，新建示范点3个。", 3),
        ("至少建成急诊科、儿科等特色科室，开展手术病种40种。", 40),
    ],
)
def test_no_floor_across_a_break(text: str, value: float) -> None:
    assert _one(text, value)["comparator"] == "="


# --- a completion rate in a plan's task


@pytest.mark.parametrize(
    ("text", "kw"),
    [
        ("落实扶持政策。茶产业扶持资金兑现率100%，每年安排发展资金3000万元。", {"first_year": 2024}),
        ("支持创业。发放创业担保贷款4亿元，创业补贴兑现率100%。", {"first_year": 2025}),
        ("保障献血者权益。减免兑现率100%。", {"first_year": 2025}),
        ("加快项目建设。新开工项目20个，项目开工率100%。", {"first_year": 2024}),
    ],
)
def test_rate_in_a_plan_is_a_commitment(text: str, kw: dict) -> None:
    r = _one(text, 100, **kw)
    assert (r["unit"], r["change"]) == ("%", None)


@pytest.mark.parametrize(
    ("text", "kw"),
    [
        ("全年共实施项目30个，整体完成率100%。", {}),
        ("2023年全市重点项目完工率100%，为今年工作打下基础。", {"first_year": 2024}),
        ("各项补贴已全部发放，补贴兑现率100%。", {"first_year": 2025}),
        ("发放创业担保贷款4亿元，创业补贴兑现率100%。", {"annual_year": 2025}),
        ("全年整体完成率111.5%。", {"annual_year": 2025}),
        ("资金到位率95%，拨付率100%。", {"annual_year": 2025}),
    ],
)
def test_rate_looking_back_is_reported(text: str, kw: dict) -> None:
    assert not [r for r in _rows(text, **kw) if r["unit"] == "%"]


# --- a change against the year before, after a reported figure


@pytest.mark.parametrize(
    "text",
    [
        "目前全市已有茶叶龙头企业3家，较上年增长50%。",
        "当前已建成5G基站1200个，同比增长50%。",
        "全区现有省级龙头企业12家，较去年增长50%。",
        "全县已累计培育家庭农场500家，比上年增长50%。",
    ],
)
def test_change_after_a_reported_figure_is_reported(text: str) -> None:
    assert not [r for r in _rows(text, first_year=2024) if r["value"] == 50]


@pytest.mark.parametrize(
    "text",
    [
        "新增家庭农场10家，比上年增长50%。",
        "在上年基础上新增龙头企业10家，较上年增长50%。",
        "到2026年，茶叶产量达到4万吨，较上年增长50%。",
    ],
)
def test_change_after_a_planned_figure_stays(text: str) -> None:
    assert _one(text, 50, first_year=2024)["change"] == "increase"


# --- a verb alone, what the sentence before names after it


@pytest.mark.parametrize(
    ("text", "value", "indicator"),
    [
        (
            "（一）办好节庆活动。围绕油菜花节举办乡村文化旅游活动。全年举办40场次以上。",
            40,
            "乡村文化旅游活动",
        ),
        ("（三）开展培训。举办乡村旅游经营管理培训班。全年举办3期。", 3, "乡村旅游经营管理培训班"),
        ("1.丰富群众文化生活。组织文艺院团开展送戏下乡演出。全年开展120场。", 120, "送戏下乡演出"),
    ],
)
def test_verb_alone_borrows_the_object_before(text: str, value: float, indicator: str) -> None:
    assert _one(text, value)["indicator"] == indicator


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("（一）加强宣传引导。营造良好氛围。全年举办40场次以上。", 40),
        ("（二）开展培训。举办培训班5期。全年举办40场次以上。", 40),
    ],
)
def test_verb_alone_without_its_object_before(text: str, value: float) -> None:
    ind = _one(text, value)["indicator"] or ""
    assert "培训班" not in ind and "氛围" not in ind


# --- an amount after a clause that sets up a fund


@pytest.mark.parametrize(
    ("text", "value", "indicator"),
    [
        ("3.加大资金扶持。设立村级集体经济发展专项资金，每年不少于2亿元。", 2, "村级集体经济发展专项资金"),
        ("（四）保障专项经费。设立安全生产专项经费，每年不少于500万元。", 500, "安全生产专项经费"),
        ("强化保障。统筹安排乡村振兴衔接资金，每年不低于3000万元。", 3000, "乡村振兴衔接资金"),
    ],
)
def test_amount_after_a_fund_clause(text: str, value: float, indicator: str) -> None:
    assert _one(text, value)["indicator"] == indicator


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("强化保障。设立产业发展专项资金，资金规模达到2亿元。", 2),
        ("加强资金监管，每年不少于2亿元。", 2),
    ],
)
def test_amount_without_a_fund_clause(text: str, value: float) -> None:
    ind = _one(text, value)["indicator"] or ""
    assert ind != "产业发展专项资金" and "监管" not in ind
