"""Round 38a: target phrasings of unseen plans that were read wrong.

- a span of N years from the plan's first year ("3年内", "通过三年努力", "用三年时间", "未来三年,")
  dates the figures after it: first year + N - 1 (they had no year);
- a recurring word right after a verb of level ("制氢能力达到每年2万吨") is a rate, no recurrence
  (the figure and the later clauses of its sentence lost their year);
- 一万个 / 一亿元: a Chinese 一 before a scale word is a number like 两万 (it was dropped as the
  一 of 统一, 一企一策);
- units 列 (开行班列300列) and 吉瓦 / 吉瓦时 / 兆瓦时 (the figure was dropped);
- a capacity glued to a noun phrase ending its clause on 产能 / 能力 / 规模 ("新增5万吨产能",
  "形成10吉瓦组件产能") is an amount of capacity, not a thing named (it was dropped);
- incentive money "用于" a purpose, with a share of it ("衔接补助资金用于产业发展的比例不低于55%"),
  is a target (it was dropped as an incentive).
"""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _years(text: str, **kw) -> list[tuple[float, str, int | None]]:
    return [(r["value"], r["unit"], r["year"]) for r in extract_targets(text, **kw)]


def _rows(text: str, **kw) -> list[tuple[float, str, str]]:
    return [(r["value"], r["unit"], r["comparator"]) for r in extract_targets(text, **kw)]


# --- a span of N years from the plan's first year


@pytest.mark.parametrize(
    ("text", "first_year", "expected"),
    [
        (
            "3年内,全市累计改造城镇老旧小区600个,城市建成区绿地率达到38.5%。",
            2023,
            [(600.0, "个", 2025), (38.5, "%", 2025)],
        ),
        ("通过三年努力,全县建成乡镇商贸中心12个、村级便民商店200个。", 2024, [(12.0, "个", 2026), (200.0, "个", 2026)]),
        ("力争用5年时间,培育国家级专精特新企业30家。", 2021, [(30.0, "家", 2025)]),
        ("未来三年,全区新增高新技术企业150家以上。", 2024, [(150.0, "家", 2026)]),
        ("经过两年的努力,农村生活污水治理率达到60%。", 2024, [(60.0, "%", 2025)]),
        ("三年累计争取上级资金不少于30亿元。", 2023, [(30.0, "亿元", 2025)]),
    ],
)
def test_a_span_of_years_dates_what_follows(text, first_year, expected):
    assert _years(text, first_year=first_year) == expected


def test_a_span_in_an_annual_plan_counts_from_its_year():
    assert _years("力争3年内培育上市企业5家。", annual_year=2024) == [(5.0, "家", 2026)]


def test_a_later_year_overrides_the_span():
    text = "3年内改造老旧小区600个。2023年改造老旧小区220个。"
    assert _years(text, first_year=2023) == [(600.0, "个", 2025), (220.0, "个", 2023)]


@pytest.mark.parametrize(
    ("text", "first_year", "expected"),
    [
        ("近三年内新增企业50家。", 2024, [(50.0, "家", None)]),  # the past
        ("对成立3年内的科技型企业给予支持,新增企业50家。", 2024, [(50.0, "家", None)]),  # a qualifier
        ("每3年开展一次评估,新增企业50家。", 2024, [(50.0, "家", None)]),  # a cycle
        ("第3年起实施,新增企业50家。", 2024, [(50.0, "家", None)]),  # an ordinal
        ("3年内,新增企业50家。", None, [(50.0, "家", None)]),  # no first year known
        ("3年,新增企业50家。", 2024, [(50.0, "家", None)]),  # no span word
        ("2025年内新增企业50家。", 2023, [(50.0, "家", 2025)]),  # a year, no span
        ("力争13年内新增企业50家。", 2023, [(50.0, "家", None)]),  # no span of 3 years
    ],
)
def test_no_span_of_years(text, first_year, expected):
    assert _years(text, first_year=first_year) == expected


# --- 每年 after a verb of level: a rate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "到2025年,可再生能源制氢能力达到每年2万吨,培育氢能领军企业10家左右。",
            [(2.0, "万吨", 2025), (10.0, "家", 2025)],
        ),
        ("到2025年,危险废物处置能力提升至每年5万吨,建成处置中心2个。", [(5.0, "万吨", 2025), (2.0, "个", 2025)]),
        ("到2026年,全市再生资源回收量超过每年80万吨。", [(80.0, "万吨", 2026)]),
    ],
)
def test_a_yearly_rate_after_a_level_verb_keeps_the_year(text, expected):
    assert _years(text, first_year=2023) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("到2025年,每年培训护理员不少于300人次。", [(300.0, "人次", None)]),
        ("到2025年,每年新增就业1万人以上。", [(1.0, "万人", None)]),
        ("到2025年,全县每年新建口袋公园5个。", [(5.0, "个", None)]),
    ],
)
def test_recurring_targets_stay_without_a_year(text, expected):
    assert _years(text, first_year=2023) == expected


# --- 一万个, 一亿元


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新增公办学位一万个。", [(1.0, "万个", "=")]),
        ("教育提质:新增公办学位一万个,建设智慧校园示范校20所", [(1.0, "万个", "="), (20.0, "所", "=")]),
        ("全年争取上级资金一亿元以上。", [(1.0, "亿元", ">=")]),
        ("新增城镇就业一万人。", [(1.0, "万人", "=")]),
    ],
)
def test_one_of_a_scale_is_a_number(text, expected):
    assert _rows(text, annual_year=2024) == expected


@pytest.mark.parametrize("text", ["一万年太久,只争朝夕。", "统一部署,一企一策。", "打造一个品牌。", "万众一心抓落实。"])
def test_one_in_words_stays_dropped(text):
    assert _rows(text, annual_year=2024) == []


# --- units 列, 吉瓦


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("国际班列开行量达到300列,海铁联运量提升到12万标箱。", [(300.0, "列", "="), (12.0, "万标箱", "=")]),
        ("开行中欧班列200列以上。", [(200.0, "列", ">=")]),
        ("光伏组件产能达到10吉瓦。", [(10.0, "吉瓦", "=")]),
        ("全年新增新型储能装机2吉瓦时。", [(2.0, "吉瓦时", "=")]),
    ],
)
def test_train_and_gigawatt_units(text, expected):
    assert _rows(text, annual_year=2024) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("按附件2列出的项目清单推进,完成投资5亿元。", [(5.0, "亿元", "=")]),
        ("将3个项目列入省重点,新建学校2所。", [(3.0, "个", "="), (2.0, "所", "=")]),
        ("第3列为年度目标,新建学校2所。", [(2.0, "所", "=")]),
    ],
)
def test_lie_that_begins_a_word_is_no_unit(text, expected):
    assert _rows(text, annual_year=2024) == expected


# --- a capacity ending on 产能 / 能力 / 规模


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新增5万吨产能。", [(5.0, "万吨", "=")]),
        ("引进链上企业15家以上,形成10吉瓦组件产能。", [(15.0, "家", ">="), (10.0, "吉瓦", "=")]),
        ("形成100万千瓦装机规模。", [(100.0, "万千瓦", "=")]),
        ("新增10万吨污水处理能力,建成管网5公里。", [(10.0, "万吨", "="), (5.0, "公里", "=")]),
    ],
)
def test_an_amount_of_capacity_is_a_target(text, expected):
    assert _rows(text, annual_year=2024) == expected


@pytest.mark.parametrize(
    "text",
    ["建设10万吨磷酸铁项目。", "建成20万千瓦光伏电站。", "推进5万吨产能项目建设。", "新建110千伏变电站。"],
)
def test_a_capacity_naming_a_thing_stays_dropped(text):
    assert _rows(text, annual_year=2024) == []


# --- incentive funds 用于 a purpose


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("衔接推进乡村振兴补助资金用于产业发展的比例不低于55%。", [(55.0, "%", ">=")]),
        ("中央财政衔接资金用于产业发展的比重达到60%以上。", [(60.0, "%", ">=")]),
        ("农机购置补贴资金用于薄弱环节机具的比例提高到30%。", [(30.0, "%", "=")]),
    ],
)
def test_incentive_funds_spent_on_a_purpose(text, expected):
    assert _rows(text, annual_year=2024) == expected


@pytest.mark.parametrize(
    "text",
    [
        "对新建项目给予补助,用于设备购置的补助不超过50万元。",
        "给予一次性奖励20万元。",
        "奖补资金主要用于基础设施建设,补助标准为每户2000元。",
    ],
)
def test_incentives_stay_dropped(text):
    assert _rows(text, annual_year=2024) == []


# --- a verb alone after a clause that names what it builds


def _inds(text: str, **kw) -> list[tuple[float, str, str]]:
    return [(r["value"], r["unit"], r["indicator"]) for r in extract_targets(text, **kw)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "布局建设加氢站,2023年新建15座、2024年新建20座、2025年新建25座。",
            [(15.0, "座", "加氢站"), (20.0, "座", "加氢站"), (25.0, "座", "加氢站")],
        ),
        ("推广新能源公交车,年内新增120辆。", [(120.0, "辆", "新能源公交车")]),
        ("(三)铺设污水管网,2024年完成30公里,2025年完成40公里。", [(30.0, "公里", "污水管网"), (40.0, "公里", "污水管网")]),
    ],
)
def test_a_bare_verb_counts_what_the_clause_before_builds(text, expected):
    assert _inds(text, first_year=2023) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("加快推进项目建设,2023年完成10个。", [(10.0, "个", "完成")]),  # the clause ends on its verb
        ("到2025年,设施农业面积达到3万亩,今年新增5000亩。", [(3.0, "万亩", "设施农业面积"), (5000.0, "亩", "设施农业面积")]),
        ("新建5G基站,力争新增800个。", [(800.0, "个", "新增")]),  # a number in the clause before
    ],
)
def test_a_bare_verb_without_a_thing_before(text, expected):
    assert _inds(text, first_year=2023) == expected


# --- 增加一倍


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("报废汽车回收量较2023年增加约一倍。", [(1.0, "倍", "~", "increase")]),
        ("产值比2020年增长一倍。", [(1.0, "倍", "=", "increase")]),
        ("高新技术企业数量提高一倍以上。", [(1.0, "倍", ">=", "increase")]),
    ],
)
def test_once_more_is_a_change(text, expected):
    rows = [(r["value"], r["unit"], r["comparator"], r["change"]) for r in extract_targets(text, first_year=2024)]
    assert rows == expected


@pytest.mark.parametrize("text", ["付出一倍努力。", "事半功倍,一倍的努力。", "減少一倍"])
def test_one_times_without_an_increase_stays_dropped(text):
    assert _rows(text, first_year=2024) == []


# --- a measure word in brackets before 以上


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("推动5000台(套)以上设备更新。", [(5000.0, "台", ">=")]),
        ("配备消防器材2000件(套)以上。", [(2000.0, "件", ">=")]),
        ("筹集保障性租赁住房2000套（间）以上。", [(2000.0, "套", ">=")]),
    ],
)
def test_a_bound_after_a_bracketed_measure_word(text, expected):
    assert _rows(text, first_year=2024) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("更新设备500台(套),新建学校2所。", [(500.0, "台", "="), (2.0, "所", "=")]),
        ("新建学校5所(小学)以上。", [(5.0, "所", "=")]),  # a note, no measure word
    ],
)
def test_a_bracketed_measure_word_without_a_bound(text, expected):
    assert _rows(text, first_year=2024) == expected


# --- the step reached names no measure; 累计 ends no indicator; unit 组


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "地区生产总值年均增长7%左右,到2025年迈上1000亿元台阶;",
            [(7.0, "%", "地区生产总值"), (1000.0, "亿元", "地区生产总值")],
        ),
        ("规上工业营业收入年均增长10%,2026年跨上500亿元关口。", [(10.0, "%", "规上工业营业收入"), (500.0, "亿元", "规上工业营业收入")]),
        ("到2025年,全县地区生产总值突破500亿元大关。", [(500.0, "亿元", "地区生产总值")]),
    ],
)
def test_a_step_reached_takes_the_subject_before(text, expected):
    assert _inds(text, first_year=2021) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "单位地区生产总值能耗和二氧化碳排放五年累计分别下降14%和18%。",
            [(14.0, "%", "单位地区生产总值能耗"), (18.0, "%", "二氧化碳排放")],
        ),
        ("化学需氧量、氨氮排放总量累计分别下降8%、9%。", [(8.0, "%", "化学需氧量"), (9.0, "%", "氨氮排放总量")]),
        ("单位工业增加值能耗五年累计下降14%。", [(14.0, "%", "单位工业增加值能耗")]),
    ],
)
def test_a_cumulative_tail_is_no_part_of_the_indicator(text, expected):
    assert _inds(text, first_year=2021) == expected


def test_a_cumulative_count_keeps_its_words():
    assert _inds("累计新增就业5万人。", first_year=2021) == [(5.0, "万人", "新增就业")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("推广智能快递柜500组,新增充电桩1000个。", [(500.0, "组", "="), (1000.0, "个", "=")]),
        ("更新健身路径器材60组以上。", [(60.0, "组", ">=")]),
        ("由3组建的专班负责,新建学校2所。", [(2.0, "所", "=")]),  # 组 begins a word
    ],
)
def test_the_unit_zu(text, expected):
    assert _rows(text, annual_year=2024) == expected


# --- a line broken inside a sentence before its figure


def _full(text: str, **kw) -> list[tuple[float, str, str, str]]:
    return [(r["value"], r["unit"], r["comparator"], r["indicator"]) for r in extract_targets(text, **kw)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新增城镇就业2.2万人,城镇调查失业率控制在\n5.5%以内。", [(2.2, "万人", "=", "城镇就业"), (5.5, "%", "<=", "城镇调查失业率")]),
        ("新建改建公办幼儿园10所,新增学位\n3600个。", [(10.0, "所", "=", "新建改建公办幼儿园"), (3600.0, "个", "=", "学位")]),
        ("完成城镇老旧小区改造\n85个。", [(85.0, "个", "=", "城镇老旧小区改造")]),
        ("新增养老床位500张,其中护理型床位占比不\n低于60%。", [(500.0, "张", "=", "养老床位"), (60.0, "%", ">=", "护理型床位占比")]),
    ],
)
def test_a_wrapped_line_before_a_figure(text, expected):
    assert _full(text, annual_year=2024) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.推进乡村振兴\n2024年完成改造30个。", [(30.0, "个", "=", "改造")]),  # a year opens the line
        ("指标\n单位\n2025年\n规上工业企业数量\n家\n320", [(320.0, "家", "=", "规上工业企业数量")]),  # cells
        ("1.推进乡村振兴\n2024 年完成改造30个。", [(30.0, "个", "=", "改造")]),
        (
            "粮食播种面积\n万亩\n12.5\n县农业农村局\n生猪出栏\n万头\n8\n县畜牧中心",
            [(12.5, "万亩", "=", "粮食播种面积"), (8.0, "万头", "=", "生猪出栏")],
        ),
    ],
)
def test_no_wrap_before_a_year_or_a_cell(text, expected):
    assert _full(text, annual_year=2024) == expected


def test_the_record_text_keeps_the_printed_break():
    rows = extract_targets("城镇调查失业率控制在\n5.5%以内。", annual_year=2024)
    assert rows[0]["text"] == "城镇调查失业率控制在\n5.5%以内"


# --- a share opening with 占 is the share of what the figure before it measures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "工业投资年均增长12%,占固定资产投资比重达到35%。",
            [(12.0, "%", "工业投资"), (35.0, "%", "工业投资占固定资产投资比重")],
        ),
        (
            "新能源汽车保有量达到10万辆,占汽车保有量的比例达到15%。",
            [(10.0, "万辆", "新能源汽车保有量"), (15.0, "%", "新能源汽车保有量占汽车保有量的比例")],
        ),
        (
            "旅游总收入年均增速17%以上,占GDP比重达到10%。",
            [(17.0, "%", "旅游总收入年均增速"), (10.0, "%", "旅游总收入占GDP比重")],
        ),
    ],
)
def test_a_share_takes_the_subject_before(text, expected):
    assert _inds(text, first_year=2021) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("占GDP比重达到5%。", [(5.0, "%", "占GDP比重")]),  # no figure before it
        ("新增绿地45公顷。占GDP比重达到5%。", [(45.0, "公顷", "绿地"), (5.0, "%", "占GDP比重")]),  # another sentence
        ("其中深度用云企业占比达到30%。", [(30.0, "%", "深度用云企业占比")]),
    ],
)
def test_a_share_without_a_subject_before(text, expected):
    assert _inds(text, first_year=2021) == expected


# --- thresholds in a list of amounts ending in 的; 每人每年 as a standard


@pytest.mark.parametrize(
    "text",
    [
        "对年营业收入首次突破1亿元、5亿元、10亿元的服务业企业,分别给予10万元、30万元、50万元奖励。",
        "对年纳税额超过500万元、1000万元的企业给予表彰。",
    ],
)
def test_a_list_of_thresholds_of_beneficiaries_holds_no_target(text):
    assert _rows(text, first_year=2024) == []


def test_a_list_of_thresholds_before_counts():
    rows = _rows("新增营业收入超1亿元、5亿元的企业分别达到20家、5家。", first_year=2024)
    assert rows == [(20.0, "家", "="), (5.0, "家", "=")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("对入库企业,实现营业收入1亿元、利润1000万元,给予奖励。", [(1.0, "亿元", "="), (1000.0, "万元", "=")]),
        ("实现营业收入1亿元、利润5000万元的目标。", [(1.0, "亿元", "="), (5000.0, "万元", "=")]),
    ],
)
def test_amounts_listed_without_a_threshold_stay(text, expected):
    assert _rows(text, first_year=2024) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("按照每人每年500元标准发放护理补贴,确保发放率100%。", [(100.0, "%", 2024)]),
        ("按每户每年200元标准给予补助,农户参保率达到95%。", [(95.0, "%", 2024)]),
        ("每年培训护理员不少于300人次。", [(300.0, "人次", None)]),
    ],
)
def test_a_standard_per_head_and_year_recurs_nothing(text, expected):
    assert _years(text, annual_year=2024) == expected


# --- Chinese counts after more verbs of work


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新建通组公路两千三百米,维修农村公路三千五百米。", [(2300.0, "米", "="), (3500.0, "米", "=")]),
        ("硬化村道十二公里。", [(12.0, "公里", "=")]),
        ("种植苗木两万株。", [(2.0, "万株", "=")]),
        ("全年接待游客三十万人次。", [(30.0, "万人次", "=")]),
        ("更换路灯三百盏。", [(300.0, "盏", "=")]),
    ],
)
def test_chinese_counts_after_verbs_of_work(text, expected):
    assert _rows(text, annual_year=2024) == expected


@pytest.mark.parametrize("text", ["整治三大问题,拆除一批违建。", "帮扶三类人群。", "发放一次性补贴。"])
def test_chinese_words_after_verbs_of_work_stay_dropped(text):
    assert _rows(text, annual_year=2024) == []


# --- a bounded size in brackets after a count; the base and the cap of an incentive


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("建设规模化养殖场5个(存栏生猪500头以上),生猪出栏增长6%。", [(5.0, "个", "="), (6.0, "%", "=")]),
        ("培育龙头企业10家（年产值1亿元以上）。", [(10.0, "家", "=")]),
        ("建设冷库8座(库容1000吨以上)。", [(8.0, "座", "=")]),
    ],
)
def test_a_bounded_size_in_brackets_qualifies_the_count(text, expected):
    assert _rows(text, annual_year=2024) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("完成造林5万亩(其中人工造林2万亩以上)。", [(5.0, "万亩", "="), (2.0, "万亩", ">=")]),  # a breakdown
        ("新建学校5所(其中小学3所)。", [(5.0, "所", "="), (3.0, "所", "=")]),
    ],
)
def test_a_breakdown_in_brackets_stays(text, expected):
    assert _rows(text, annual_year=2024) == expected


@pytest.mark.parametrize(
    "text",
    [
        "对引进总投资1亿元以上项目的引荐人,按到位资金的1%给予奖励,最高不超过100万元。",
        "对新认定的企业给予一次性补助,最高不超过50万元。",
        "按实际落实资金的5%给予奖补,单个项目最高200万元。",
    ],
)
def test_the_base_and_the_cap_of_an_incentive(text):
    assert _rows(text, annual_year=2024) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("争取上级补助资金5000万元。", [(5000.0, "万元", "=")]),
        ("争取到位资金20亿元,给予企业奖励。", [(20.0, "亿元", "=")]),
        ("全年引进项目30个,最多不超过50个。", [(30.0, "个", "="), (50.0, "个", "<=")]),  # no incentive
    ],
)
def test_funds_sought_and_caps_without_an_incentive_stay(text, expected):
    assert _rows(text, annual_year=2024) == expected


# --- comparators: per head and month, a reference with 的, a comparator opening the segment


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("城乡低保标准分别不低于每人每月800元、600元。", [(800.0, "元", ">="), (600.0, "元", ">=")]),
        ("特困人员基本生活标准不低于当地低保标准的1.3倍。", [(1.3, "倍", ">=")]),
        ("农村居民收入增速不低于全省平均水平的1.1倍。", [(1.1, "倍", ">=")]),
        ("全年至少新开工亿元以上项目60个。", [(60.0, "个", ">=")]),
        ("不少于建成5个示范点。", [(5.0, "个", ">=")]),
    ],
)
def test_comparators_further_from_the_number(text, expected):
    assert _rows(text, annual_year=2024) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("每人每月发放补贴800元。", [(800.0, "元", "=")]),
        ("新开工亿元以上项目60个。", [(60.0, "个", "=")]),
        ("收入低于全省平均水平的家庭1000户。", [(1000.0, "户", "=")]),
    ],
)
def test_no_comparator_where_none_is_written(text, expected):
    assert _rows(text, annual_year=2024) == expected


# --- units 瓩, 瓦小时; a part of a measure


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全县再生能源装置容量达到800万瓩以上。", [(800.0, "万瓩", ">=")]),
        ("储能系统总容量达300百万瓦小时。", [(300.0, "百万瓦小时", "=")]),
    ],
)
def test_kilowatt_units_of_taiwan(text, expected):
    assert _rows(text, first_year=2024) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "社区养老服务设施覆盖率城市达到100%,农村达到80%以上。",
            [(100.0, "%", "社区养老服务设施覆盖率城市"), (80.0, "%", "农村社区养老服务设施覆盖率")],
        ),
        (
            "自来水普及率城区达到100%、农村达到95%。",
            [(100.0, "%", "自来水普及率城区"), (95.0, "%", "农村自来水普及率")],
        ),
        ("城市达到100%,农村达到80%。", [(100.0, "%", "城市"), (80.0, "%", "农村")]),  # no measure before
        ("新建公厕20座,农村达到10座。", [(20.0, "座", "公厕"), (10.0, "座", "农村")]),
    ],
)
def test_a_part_of_a_measure(text, expected):
    assert _inds(text, first_year=2021) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全市GDP总量迈上500亿元新台阶。", [(500.0, "亿元", "GDP总量")]),
        ("地区生产总值年均增长7%,2025年迈上1000亿元新台阶。", [(7.0, "%", "地区生产总值"), (1000.0, "亿元", "地区生产总值")]),
    ],
)
def test_a_new_step_reached(text, expected):
    assert _inds(text, first_year=2021) == expected


def test_a_new_project_still_names_a_thing():
    assert _inds("建设10亿元新项目。", annual_year=2024) == []


# --- 按照 before a ratio; a denominator written after the verb of level


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("按照1:1比例配套资金。", []),
        ("按照1∶0.5的比例安排配套资金,新建项目3个。", [(3.0, "个", "项目")]),
        ("赤字率拟按3%左右安排。", [(3.0, "%", "赤字率")]),  # 按 + a planned rate stays
    ],
)
def test_a_proportion_after_anzhao(text, expected):
    assert _inds(text, annual_year=2024) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0-3岁婴幼儿托位数达到每千人4.5个。", [(4.5, "个", "每千人0-3岁婴幼儿托位数")]),
        ("医疗卫生机构床位数达到每千人口6.5张。", [(6.5, "张", "每千人口医疗卫生机构床位数")]),
        ("养老床位达到每千名老年人35张。", [(35.0, "张", "每千名老年人养老床位")]),
        ("每千人口床位数达到6.5张。", [(6.5, "张", "每千人口床位数")]),  # already in front
    ],
)
def test_a_denominator_after_the_verb_goes_in_front(text, expected):
    assert _inds(text, first_year=2021) == expected


@pytest.mark.parametrize(
    ("text", "first_year", "expected"),
    [
        ("今后五年,地区生产总值年均增长6%左右。", 2021, [(6.0, "%", 2025)]),  # 今后 ends in 后
        ("三年累计新增就业3万人,其中2024年1万人。", 2024, [(3.0, "万人", 2026), (1.0, "万人", 2024)]),
        ("经过十三年努力,建成100个。", 2024, [(100.0, "个", None)]),  # no span of 3 years
    ],
)
def test_spans_after_an_opening_word(text, first_year, expected):
    assert _years(text, first_year=first_year) == expected


def test_a_span_opening_the_phrase_is_no_part_of_the_indicator():
    assert _inds("五年累计完成造林10万亩。", first_year=2021) == [(10.0, "万亩", "造林")]


# --- 较基准年; a footing in the clause before; 两位数


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PM2.5浓度较基准年下降10%。", [(10.0, "%", "PM2.5浓度")]),
        ("化肥使用量比基准年下降10%。", [(10.0, "%", "化肥使用量")]),
    ],
)
def test_versus_the_base_year(text, expected):
    assert _inds(text, first_year=2021) == expected


def test_a_footing_in_the_clause_before_is_the_baseline():
    rows = extract_targets("在2022年基础上,农药使用量降低3%。", first_year=2023)
    assert [(r["value"], r["change"], r["baseline_year"]) for r in rows] == [(3.0, "decrease", 2022)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("财政收入实现两位数增长。", []),
        ("引进高层次人才50位。", [(50.0, "位", "=")]),
        ("走访专家20位,新增企业5家。", [(20.0, "位", "="), (5.0, "家", "=")]),
    ],
)
def test_digits_are_no_people(text, expected):
    assert _rows(text, annual_year=2024) == expected
