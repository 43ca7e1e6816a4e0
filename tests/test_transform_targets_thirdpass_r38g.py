"""Round 38g: targets, third pass — indicators and comparators of unseen plans that were read wrong.

- a cap or floor word before a verb of work ("全市最多设立3个试点", "每个试点最少选取2个事项") reads
  "<=" / ">=" (it read "="); 不多于 reads "<=" (it read ">", the 多于 inside it); 上限为 / 上限是 read
  "<=" and leave the indicator (封顶 does not: 主体封顶 is work);
- a time before 办结 / 出证 ("一般企业开办实现0.5个工作日办结") names the service before it (it read
  办办结);
- 带动 / 帮助 X 增收 N: the indicator is X增收 (it read 带动农户);
- 同比上年 / 同比去年 is stripped whole from the indicator (it left …收入同);
- a footing clause (在…完成X N的基础上，再新建M) gives a bare verb's figure the work X;
- a bare goal value under a title sentence ("地区生产总值增速。目标值为增长6%") takes the title;
- this year's figure after a clause reporting last year's takes that clause's subject;
- an aid standard raised "to 每户每月 N元" and a time within which aid is paid are targets (they
  were dropped as incentives);
- 每个X最多新增N个Y counts Y, not 每个X.
"""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _rows(text: str, **kw) -> list[tuple]:
    return [
        (r["indicator"], r["value"], r["unit"], r["comparator"], r["change"]) for r in extract_targets(text, **kw)
    ]


# --- comparators: a cap or floor before a verb, 不多于, 上限为, 封顶


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全市最多设立3个试点。", [("设立试点", 3.0, "个", "<=", None)]),
        ("每个乡镇最多建设2个示范点。", [("建设示范点", 2.0, "个", "<=", None)]),
        ("全县至多新建4所寄宿制学校。", [("新建寄宿制学校", 4.0, "所", "<=", None)]),
        ("每个村最少选取2户示范户。", [("选取示范户", 2.0, "户", ">=", None)]),
        ("全区最多承办2项省级赛事。", [("承办省级赛事", 2.0, "项", "<=", None)]),
    ],
)
def test_cap_word_before_verb(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("对同一企业的检查每年不多于2次。", [("同一企业的检查", 2.0, "次", "<=", None)]),
        ("新改建农村公路不多于80公里。", [("新改建农村公路", 80.0, "公里", "<=", None)]),
        ("会议时长不多于2小时。", [("会议时长", 2.0, "小时", "<=", None)]),
        ("“一件事”事项上限为20项。", [("“一件事”事项", 20.0, "项", "<=", None)]),
        ("单次罚款金额上限是5万元。", [("单次罚款金额", 5.0, "万元", "<=", None)]),
    ],
)
def test_no_more_than_and_upper_limit(text, expected):
    assert _rows(text) == expected


def test_topping_out_is_no_cap():
    # negative: 封顶 of a building is work done, no cap
    assert _rows("完成主体封顶12栋。") == [("主体封顶", 12.0, "栋", "=", None)]


def test_more_than_stays_strict():
    # negative: 多于 without 不 is still ">"
    assert _rows("参训人数多于300人。")[0][3] == ">"


# --- indicators


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("一般企业开办实现0.5个工作日办结。", "一般企业开办"),
        ("不动产登记实现1个工作日办结。", "不动产登记"),
        ("企业注销实现3个工作日出证。", "企业注销"),
    ],
)
def test_time_to_finish_names_the_service(text, indicator):
    assert _rows(text)[0][0] == indicator


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("带动农户增收1.2亿元。", ("农户增收", 1.2, "亿元", "=", "increase")),
        ("帮助脱贫户增收5000万元。", ("脱贫户增收", 5000.0, "万元", "=", "increase")),
        ("辐射带动周边农户增收800万元。", ("周边农户增收", 800.0, "万元", "=", "increase")),
    ],
)
def test_driven_gain(text, expected):
    assert _rows(text) == [expected]


def test_driven_jobs_untouched():
    # negative: no 增收 at the end, the phrase stays as read
    assert _rows("带动就业3000人。")[0][0] == "带动就业"


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("农村居民人均可支配收入同比上年增长6%。", "农村居民人均可支配收入"),
        ("工业增加值同比去年增长8%。", "工业增加值"),
        ("社会消费品零售总额同比增长7%。", "社会消费品零售总额"),
    ],
)
def test_same_period_last_year_stripped(text, indicator):
    assert _rows(text)[0][0] == indicator


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("在去年完成高标准农田建设2万亩的基础上，今年再新建1.5万亩。", "高标准农田建设"),
        ("在上年改造老旧小区30个的基础上，再改造20个。", "改造老旧小区"),
        ("在2023年完成造林3万亩的基础上，今年再完成2万亩。", "造林"),
    ],
)
def test_footing_clause_names_the_work(text, indicator):
    assert _rows(text)[-1][0] == indicator


@pytest.mark.parametrize(
    "text",
    [
        "在现有基础上，再新建3所。",  # no figure in the footing clause
        "在去年完成造林5万亩的基础上。今年再新建1.5万亩。",  # another sentence
    ],
)
def test_footing_clause_negative(text):
    assert _rows(text)[-1][0] == "再新建"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("地区生产总值增速。目标值为增长6%左右。", ("地区生产总值增速", 6.0, "%", "~", "increase")),
        ("一般公共预算收入。目标值：增长5%。", ("一般公共预算收入", 5.0, "%", "=", "increase")),
        ("城镇调查失业率。预期目标为控制在5.5%以内。", ("城镇调查失业率", 5.5, "%", "<=", None)),
    ],
)
def test_goal_value_under_title(text, expected):
    assert _rows(text) == [expected]


@pytest.mark.parametrize(
    "text",
    ["目标值为增长6%。", "本项工作完成情况良好，目标值为增长6%。"],
)
def test_goal_value_without_title(text):
    assert _rows(text)[0][0] is None


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("上年全区民生支出占一般公共预算支出比重达80.2%，今年将保持在80%以上。", "民生支出占一般公共预算支出比重"),
        ("去年全县粮食产量14.8万吨，今年力争达到15万吨。", "粮食产量"),
        ("2023年全市城镇新增就业1.2万人，今年将力争达到1.3万人。", "城镇新增就业"),
    ],
)
def test_this_year_after_last_years_report(text, indicator):
    rows = _rows(text)
    assert rows[-1][0] == indicator


def test_this_year_needs_a_past_clause():
    # negative: the clause before names no past year: nothing borrowed
    assert _rows("加强统筹调度，今年将保持在80%以上。")[-1][0] is None


# --- incentives that are targets


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("租赁补贴标准提高到每户每月400元。", [("租赁补贴标准", 400.0, "元", "=", None)]),
        ("高龄津贴标准提高到每人每月200元。", [("高龄津贴标准", 200.0, "元", "=", None)]),
        ("补贴资金3个工作日以内拨付到位。", [("补贴资金", 3.0, "个工作日", "<=", None)]),
        ("奖补资金5个工作日内兑付到位。", [("奖补资金", 5.0, "个工作日", "<=", None)]),
    ],
)
def test_aid_standard_and_payment_time(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text", ["给予租赁补贴每户每月400元。", "给予补贴3个月。", "按每户每月400元给予补贴。"])
def test_incentive_amounts_stay_out(text):
    assert _rows(text) == []


# --- each place adds


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("每个乡镇最多新增1个大型超市。", "新增大型超市"),
        ("每家企业新增2名技术人员。", "新增技术人员"),
        ("每所学校新增3名心理健康教师。", "新增心理健康教师"),
    ],
)
def test_each_place_adds(text, indicator):
    assert _rows(text)[0][0] == indicator


def test_subject_then_new_still_stripped():
    # negative: a subject, then 新增, is the subject
    assert _rows("高新技术企业新增50家。")[0][0] == "高新技术企业"


# --- caps before 布局 / 扩至, and a bare verb after last year's report


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全市最多布局2个数据中心集群。", ("布局数据中心集群", 2.0, "个", "<=", None)),
        ("县人民医院床位数最多扩至800张。", ("县人民医院床位数", 800.0, "张", "<=", None)),
        ("全县最多增至6个集中安置点。", ("集中安置点", 6.0, "个", "<=", None)),
    ],
)
def test_cap_before_layout_and_expand(text, expected):
    assert _rows(text) == [expected]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("去年全市建成5G基站2800个，今年再新建1200个。", "5G基站"),
        ("上年全县改造老旧小区35个，今年再改造40个。", "改造老旧小区"),
        ("2023年全区新建口袋公园12个，年内再新建15个。", "口袋公园"),
    ],
)
def test_bare_verb_after_last_years_report(text, indicator):
    assert _rows(text)[-1][0] == indicator


def test_bare_verb_without_past_clause():
    # negative: the clause before reports no past year
    assert _rows("加快新基建步伐，今年再新建1200个。")[-1][0] == "再新建"
