"""Target rules of issue 15 (spec/EXTRACTION.md "Not targets" and settled questions): what is not
a commitment, budgets, lists, change of counts, recurring years. Each rule in several styles
(numbering, punctuation, full/half width, table vs prose, county vs province wording)."""
from __future__ import annotations

import pytest

from transform.targets import extract_targets


def vals(text: str, **kw) -> list[tuple]:
    """(value, unit) of every target, in order."""
    return [(r["value"], r["unit"]) for r in extract_targets(text, **kw)]


def one(text: str, **kw) -> dict:
    rows = extract_targets(text, **kw)
    assert len(rows) == 1, rows
    return rows[0]


# ------------------------------------------------------------------ not targets
@pytest.mark.parametrize("text", [
    "考核内容：组织领导（2分）、任务落实（3.5分）、群众评价（1.5分）。",
    "乡镇考核得分由两部分组成：日常工作(4分)+年终考核(6分)。",
    "每发现一起未按要求整改的问题扣0.5分。",
    "综合得分=自评得分（40%）+部门评价得分（60%）。",
    "年度考核总分按照平时考核（权重30%）、年终考核（权重70%）计算。",
])
def test_scoring_weights_and_formula_shares_are_not_targets(text):
    assert vals(text) == []


@pytest.mark.parametrize("text", [
    "三号楼主体已封顶，屋面防水改造完成90%。",
    "截至目前，污水管网铺设完成基础施工30%，室内装修完成65%。",
    "2号泵站已经完工，累计铺设管道(1200米)、新建检查井(85座)已投入使用。",
    "吉祥路改造工程(2.3公里)、南湖路提升工程(1.1公里)已竣工通车。",
    "全年完成投资3.2亿元，占年度计划的80%。",
    "项目完成投资5600万元,占全年目标任务的75%。",
    "县人民医院门诊楼已完成主体建设，新增床位120张，床位使用率达到85%。",
])
def test_progress_and_achieved_figures_are_not_targets(text):
    assert vals(text) == []


@pytest.mark.parametrize("text, expected", [
    ("到年底完成80%的村庄改造。", [(80, "%")]),
    ("力争年内完成主体工程的70%。", [(70, "%")]),
    ("农村改厕完成率达到95%以上。", [(95, "%")]),
    ("对已建成的20个示范点进行提升，新建10个示范点。", [(10, "个")]),
    ("目前已完成60%，年底前再完成40%。", [(40, "%")]),
])
def test_shares_still_to_do_stay_targets(text, expected):
    assert vals(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("为3万名60—69岁老年人免费接种流感疫苗。", [(3, "万名")]),
    ("为35-64岁农村妇女开展“两癌”筛查1.2万人次。", [(1.2, "万人次")]),
    ("对65周岁以上老年人开展健康体检8000人。", [(8000, "人")]),
    ("全市人均预期寿命达到79.5岁。", [(79.5, "岁")]),
])
def test_age_ranges_and_ages_that_qualify_are_not_targets(text, expected):
    assert vals(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("该项目总投资120万元，占地500余亩。", [(120, "万元")]),
    ("园区规划总占地面积约300亩，建成标准厂房5万平方米。", [(5, "万平方米")]),
])
def test_the_area_a_project_occupies_is_not_a_target(text, expected):
    assert vals(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("在17个乡镇硬化道路10万平方米，惠及12个行政村。", [(10, "万平方米")]),
    ("在3个街道试点建设社区食堂6家。", [(6, "家")]),
    ("在100所中小学实施智慧校园工程。", [(100, "所")]),
    ("全市生猪存栏稳定在120万头以上，规模养殖场保持在1400家左右。", [(120, "万头"), (1400, "家")]),
])
def test_where_the_work_is_done_is_scope(text, expected):
    assert vals(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("新增年收入超50万元的经济强村5个。", [(5, "个")]),
    ("培育年营业收入超过1亿元的企业10家以上。", [(10, "家")]),
    ("办理辖区内6亩以下（不含6亩）的土地使用权转让手续。", []),
    ("PM2.5浓度控制在35微克/立方米以下的水平。", [(35, "微克/立方米")]),
])
def test_thresholds_that_say_what_is_counted_are_qualifiers(text, expected):
    assert vals(text) == expected


# ------------------------------------------------------------------ targets
@pytest.mark.parametrize("text, value, unit", [
    ("区级财政安排4000万元重大项目前期费。", 4000, "万元"),
    ("县财政安排2500万元用于农村公路养护。", 2500, "万元"),
    ("计划投资3000万元建设冷链物流中心。", 3000, "万元"),
    ("投资1.2亿元实施城区雨污分流改造。", 1.2, "亿元"),
    ("年内筹集资金800万元用于老旧小区改造", 800, "万元"),
])
def test_budgets_committed_are_targets(text, value, unit):
    r = one(text)
    assert (r["value"], r["unit"]) == (value, unit)


def test_budget_indicator_names_what_it_pays_for():
    assert one("区级财政安排4000万元重大项目前期费。")["indicator"] == "区级财政重大项目前期费"
    assert one("投资3000万元建设冷链物流中心。")["indicator"] == "冷链物流中心投资"


def test_budget_and_a_count_in_one_clause_are_two_targets():
    assert vals("计划投资2500万元再建27公里农村道路。") == [(2500, "万元"), (27, "公里")]
    assert vals("投资5000万元项目3个。") == [(3, "个")]  # a qualifier: which projects


@pytest.mark.parametrize("text, value, unit, indicator", [
    ("引进甲科技、乙研究院等8家独立法人研发机构。", 8, "家", "研发机构"),
    ("完工友谊大道北段、和平大道南延线等15条重点道路", 15, "条", "重点道路"),
    ("年内启动东岭、西山等6个乡镇供水管网设施建设。", 6, "个", "供水管网设施建设"),
    ("续建1号线二期、3号线一期等9个轨道交通项目;", 9, "个", "轨道交通项目"),
])
def test_a_count_after_a_list_of_examples_is_a_target(text, value, unit, indicator):
    r = one(text)
    assert (r["value"], r["unit"]) == (value, unit)
    assert indicator in r["indicator"]


@pytest.mark.parametrize("text", [
    "进一步提高城乡低保、特困人员等9类困难群众生活救助标准。",
    "全面摸排包括学校、医院等12个重点行业领域的安全隐患。",
])
def test_a_count_of_kinds_or_of_a_scope_after_a_list_is_not(text):
    assert vals(text) == []


@pytest.mark.parametrize("text, change", [
    ("实施路灯绿色智能照明提升2万盏。", None),
    ("优化提升50条背街小巷交通组织。", None),
    ("增加义务教育学位5000个。", None),
    ("新建、改造提升高标准农田26万亩。", None),
    ("农村贫困人口减少60万以上。", "decrease"),
    ("城乡居民人均可支配收入提高500元。", "increase"),
    ("主要农作物耕种收综合机械化率提高2个百分点。", "increase"),
    ("力争减轻企业各类负担200亿元。", "decrease"),
    ("降低企业用能成本5000万元。", "decrease"),
    ("提高城乡低保标准到每月600元。", None),
    ("四项结构性指标均实现10%以上增长。", "increase"),
    ("规上工业增加值保持8%左右的增速。", "increase"),
])
def test_change_of_counts_is_null_and_change_words_around_the_number(text, change):
    assert one(text)["change"] == change


@pytest.mark.parametrize("text, value, unit", [
    ("市、区两级配送文艺指导不少于1800课时。", 1800, "课时"),
    ("食品安全抽检量不少于4批次/千人。", 4, "批次/千人"),
    ("确保烟叶产量30万担以上。", 30, "万担"),
    ("细颗粒物年均浓度控制在29微克每立方米以下。", 29, "微克每立方米"),
])
def test_more_measure_words(text, value, unit):
    r = one(text)
    assert (r["value"], r["unit"]) == (value, unit)


def test_recurring_targets_have_no_year_in_an_annual_plan():
    rows = extract_targets("每季度开展检查不少于600批次。全年完成培训3000人次。", annual_year=2024)
    assert [r["year"] for r in rows] == [None, 2024]
    # 2020年年底 is a date, not 年年 (every year)
    assert one("投资概算7500万元，2020年年底前完成。", annual_year=2020)["year"] == 2020


def test_fullwidth_and_halfwidth_read_alike():
    assert vals("综合得分＝自评得分（40％）＋部门评价（60％）。") == []
    assert vals("在１７个乡镇硬化道路１０万平方米。") == [(10, "万平方米")]


# ------------------------------------------------------------------ tables flattened one cell per line
@pytest.mark.parametrize("text", [
    "序号\n指标名称\n单位\n目标值\n1\n规上工业增加值增速\n%\n≥6\n2\n粮食播种面积\n万亩\n12.5\n",
    "1。规上工业增加值增速。%。≥6。县工信局。2。粮食播种面积。万亩。12.5。县农业农村局",
    "1\r\n规上工业增加值增速\r\n％\r\n≥6\r\n2\r\n粮食播种面积\r\n万亩\r\n12.5".replace("\r", ""),
])
def test_indicator_tables_one_cell_per_line(text):
    rows = extract_targets(text, annual_year=2024)
    assert [(r["indicator"], r["value"], r["unit"], r["comparator"], r["change"], r["year"]) for r in rows] == [
        ("规上工业增加值增速", 6.0, "%", ">=", "increase", 2024), ("粮食播种面积", 12.5, "万亩", "=", None, 2024)]


def test_row_numbers_and_unit_cells_without_a_value_are_no_targets():
    assert vals("1\n农业劳动生产率及增幅\n万元/人\n全市统筹\n2\n县农业农村局") == []
    assert vals("第一季度完成。3。其余工作年内完成。") == []


# ------------------------------------------------------------------ forms the brief names
@pytest.mark.parametrize("text, value, unit", [
    ("企业开办全流程压缩至14个工作日内。", 14, "个工作日"),
    ("不动产登记3个工作日内办结", 3, "个工作日"),
    ("群众诉求24小时内响应。", 24, "小时"),
])
def test_time_limits_within_are_at_most(text, value, unit):
    r = one(text)
    assert (r["value"], r["unit"], r["comparator"]) == (value, unit, "<=")


@pytest.mark.parametrize("text, expected", [
    ("新增400个公共充电桩、10个共享充电桩示范小区。", [(400, "个", "公共充电桩"), (10, "个", "共享充电桩示范小区")]),
    ("新建2家社区康复中心、3家中医药特色卫生服务站", [(2, "家", "社区康复中心"), (3, "家", "中医药特色卫生服务站")]),
    ("开办26个暑期托管班，10个寒假托管班。", [(26, "个", "暑期托管班"), (10, "个", "寒假托管班")]),
])
def test_a_list_of_counts_in_one_clause_gives_one_target_each(text, expected):
    rows = extract_targets(text)
    assert [(r["value"], r["unit"]) for r in rows] == [(v, u) for v, u, _ in expected]
    for r, (_v, _u, noun) in zip(rows, expected, strict=True):
        assert noun in r["indicator"]


@pytest.mark.parametrize("text, changes", [
    ("地区生产总值增长6%，达到520亿元。", ["increase", None]),
    ("一般公共预算收入增长8%，达到12.5亿元左右。", ["increase", None]),
    ("全社会固定资产投资下降3%，控制在80亿元以内。", ["decrease", None]),
    ("规上工业增加值增长10%左右，力争12%。", ["increase", "increase"]),
])
def test_a_level_after_a_rate_of_change_is_no_change(text, changes):
    assert [r["change"] for r in extract_targets(text, annual_year=2025)] == changes


@pytest.mark.parametrize("text, kept", [
    ("全年计划完成投资17.2亿元，1-4月累计完成投资1.15亿元，完成1-4月投资计划的144.7%。", [17.2]),
    ("年度计划投资30亿元，1—6月累计完成投资18.2亿元。", [30]),
    ("1-9月份累计新开工项目12个，全年计划新开工项目20个。", [20]),
    ("1-6月完成投资4.5亿元，全年完成投资10亿元。", [4.5, 10]),  # a half-year milestone may be a target
    ("全年计划投资98.5亿元，完成年度投资计划的21.3%。", [98.5]),
])
def test_figures_of_a_period_to_date_are_progress(text, kept):
    assert [r["value"] for r in extract_targets(text, annual_year=2025)] == kept
