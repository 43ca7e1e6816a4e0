"""Quantitative targets (spec/EXTRACTION.md): one small case per rule.

Sentences are in the style of county and city plans from several provinces, not only the seeds.
"""
from __future__ import annotations

import pytest

from transform.targets import COMPARATORS, extract_targets


def vals(text: str, **kw) -> list[tuple]:
    """(value, unit) of every target, in order."""
    return [(r["value"], r["unit"]) for r in extract_targets(text, **kw)]


def one(text: str, **kw) -> dict:
    rows = extract_targets(text, **kw)
    assert len(rows) == 1, rows
    return rows[0]


# ------------------------------------------------------------------ numbers and units
@pytest.mark.parametrize("text, value, unit", [
    ("全县完成造林0.1万亩。", 0.1, "万亩"),
    ("全县能繁母猪保持在1.57万头以上。", 1.57, "万头"),
    ("年出栏肉鸭3000万只左右。", 3000, "万只"),
    ("新增绿色建筑80万平方米以上。", 80, "万平方米"),
    ("细颗粒物浓度达到46微克/立方米。", 46, "微克/立方米"),
    ("主要农作物综合机械化率提高2.5个百分点。", 2.5, "个百分点"),
    ("年度用水总量控制在1.9亿立方米以内。", 1.9, "亿立方米"),
    ("新型储能规模达到3万千瓦以上。", 3, "万千瓦"),
    ("完成智慧路灯升级改造5000基。", 5000, "基"),
    ("全县人均期望寿命达到78岁。", 78, "岁"),
    ("社会消费品零售总额达到1,200亿元。", 1200, "亿元"),
    ("新增城镇就业１２００人。", 1200, "人"),
    ("完成投资 30 亿元。", 30, "亿元"),
    ("亩均税收达到5万元/亩。", 5, "万元/亩"),
    ("人均公园绿地面积达到14平方米/人。", 14, "平方米/人"),
    ("新建绿道15km。", 15, "km"),
])
def test_number_and_unit_as_written(text, value, unit):
    r = one(text)
    assert (r["value"], r["unit"]) == (value, unit)


@pytest.mark.parametrize("text, value, unit", [
    ("积极申报泰山学者，至少入选一人。", 1, "人"),
    ("创建省级示范社区三个。", 3, "个"),
    ("建成高标准农田十二万亩。", 12, "万亩"),
    ("新建乡镇综合文化站二十个。", 20, "个"),
    ("争取两个项目列入省重点项目。", 2, "个"),
    ("完成百分之五十以上的村庄改造。", 50, "%"),
    ("培育十余个示范村。", 10, "个"),
])
def test_chinese_numerals(text, value, unit):
    r = one(text)
    assert (r["value"], r["unit"]) == (value, unit)


def test_value_std_puts_values_on_a_common_scale():
    r = one("完成森林抚育0.25万亩。")
    assert (r["value_std"], r["unit_std"]) == (2500.0, "亩")
    r = one("新能源新材料产业产值达到418亿元左右。")
    assert (r["value_std"], r["unit_std"]) == (418e8, "元")
    r = one("城市再生水利用率达到50%。")
    assert (r["value_std"], r["unit_std"]) == (50.0, "%")


# ------------------------------------------------------------------ comparators
@pytest.mark.parametrize("text, cmp", [
    ("市级重点实验室达到20家以上。", ">="),
    ("新建城市书房不少于1家。", ">="),
    ("耕地保有量不低于126万亩。", ">="),
    ("地区生产总值突破300亿元。", ">="),
    ("力争为100余家企业提供服务。", ">="),
    ("城镇新增就业1.7万多人。", ">="),
    ("年度用水总量控制在1.9亿立方米以内。", "<="),
    ("城镇调查失业率控制在5.5%以下。", "<="),
    ("万元GDP用水量不超过30立方米。", "<="),
    ("积极培育1家左右省级技术创新中心。", "~"),
    ("居民收入年均增长约6%。", "~"),
    ("出口增幅高于8%。", ">"),
    ("空气质量综合指数低于4.5。", "<"),
    ("新增养老床位200张。", "="),
    ("审批时限压缩至3个工作日以内。", "<="),
    ("PM2.5浓度≤35微克/立方米。", "<="),
    ("森林覆盖率≥25%。", ">="),
    ("综合评分>90分。", ">"),
    ("新建学校10个（含）以上。", ">="),
])
def test_comparators(text, cmp):
    assert one(text)["comparator"] == cmp


@pytest.mark.parametrize("text, value, unit", [
    ("每个镇建设1-2个特色专科。", 1, "个"),
    ("创作1或2部文艺作品。", 1, "部"),
    ("培育3～5家龙头企业。", 3, "家"),
    ("创建省级示范社区二至三个。", 2, "个"),
    ("优良水体比例提高10%-15%。", 10, "%"),
])
def test_ranges_are_ambiguous_lower_bound_at_least(text, value, unit):
    r = one(text)
    assert (r["value"], r["unit"], r["comparator"], r["ambiguous"]) == (value, unit, ">=", True)


def test_lost_measure_word_gives_empty_unit():
    r = one("新增十亿级以上绿色低碳产业集群2左右。")
    assert (r["value"], r["unit"], r["comparator"]) == (2, "", "~")


# ------------------------------------------------------------------ relative changes and baselines
@pytest.mark.parametrize("text, change", [
    ("单位地区生产总值能耗下降13.5%。", "decrease"),
    ("主要农作物综合机械化率提高2.5个百分点。", "increase"),
    ("规模以上工业增加值年均增长8%以上。", "increase"),
    ("化肥使用量减少5%。", "decrease"),
    ("农林牧渔业增加值达到34亿元。", None),
    ("新增城区供热面积100万平方米左右。", None),
    ("累计建成高标准农田9万亩。", None),
    ("森林覆盖率提高到35%。", None),
    ("二氧化碳排放量降至120万吨。", None),
    ("改造提升高标准农田2万亩。", None),
])
def test_change(text, change):
    assert one(text)["change"] == change


def test_baseline_year_from_bi():
    r = one("到2025年，单位地区生产总值能耗比2020年下降14.5%。")
    assert (r["change"], r["year"], r["baseline_year"]) == ("decrease", 2025, 2020)


def test_same_period_baseline_is_year_before():
    r = one("文化产业营业收入同比增长20%以上。", annual_year=2023)
    assert (r["change"], r["year"], r["baseline_year"], r["comparator"]) == ("increase", 2023, 2022, ">=")


def test_baseline_applies_to_its_own_clause():
    rows = extract_targets("事故起数和死亡人数同比分别下降10%和15%，道路交通事故死亡人数下降5%以上。", annual_year=2024)
    assert [(r["value"], r["baseline_year"]) for r in rows] == [(10, 2023), (15, 2023), (5, None)]
    r = one("与2020年相比，单位GDP能耗下降13.5%。")
    assert (r["baseline_year"], r["change"]) == (2020, "decrease")


def test_baseline_value_with_words_between_is_not_a_target():
    r = one("企业开办时间从原来的5个工作日压缩至1个工作日。")
    assert (r["value"], r["unit"], r["comparator"], r["indicator"]) == (1, "个工作日", "<=", "企业开办时间")


def test_baseline_value_is_not_a_target():
    r = one("农作物耕种收综合机械化率由2020年的85%提高到90%。")
    assert (r["value"], r["change"]) == (90, None)
    assert "机械化率" in r["indicator"]


# ------------------------------------------------------------------ lists
def test_respectively_pairs_subjects_with_values():
    rows = extract_targets("到2025年，万元地区生产总值用水量、万元工业增加值用水量分别比2020年分别下降27%、10%。")
    assert [(r["value"], r["change"], r["baseline_year"], r["year"]) for r in rows] == [
        (27, "decrease", 2020, 2025), (10, "decrease", 2020, 2025)]
    assert rows[0]["indicator"] == "万元地区生产总值用水量"
    assert rows[1]["indicator"] == "万元工业增加值用水量"


def test_respectively_over_listed_years():
    rows = extract_targets("2023—2025年，全县新能源汽车渗透率分别达到20%、25%、30%。")
    assert [(r["value"], r["year"]) for r in rows] == [(20, 2023), (25, 2024), (30, 2025)]
    assert {r["indicator"] for r in rows} == {"新能源汽车渗透率"}
    rows = extract_targets("2023年、2024年、2025年分别完成改造10个、15个、20个。")
    assert [(r["value"], r["year"], r["indicator"]) for r in rows] == [
        (10, 2023, "改造"), (15, 2024, "改造"), (20, 2025, "改造")]


def test_respectively_with_he():
    rows = extract_targets("省级和市级专精特新企业分别达到50家和60家。")
    assert [(r["value"], r["unit"]) for r in rows] == [(50, "家"), (60, "家")]
    # a short subject shares the noun of the last one (省级[专精特新企业])
    assert [r["indicator"] for r in rows] == ["省级专精特新企业", "市级专精特新企业"]


def test_respectively_refers_to_earlier_clauses():
    rows = extract_targets("全年接待游客500万人次，实现旅游收入50亿元，同比分别增长10%、12%。")
    assert [(r["value"], r["change"]) for r in rows] == [(500, None), (50, None), (10, "increase"), (12, "increase")]
    assert rows[2]["indicator"] == rows[0]["indicator"] == "接待游客"
    assert rows[3]["indicator"] == "旅游收入"


def test_enumeration_gives_one_target_per_value():
    rows = extract_targets("创建县级文明村镇10个、县级文明单位4个、市级文明校园4所、市级文明家庭4个。")
    assert [(r["value"], r["unit"]) for r in rows] == [(10, "个"), (4, "个"), (4, "所"), (4, "个")]
    assert [r["indicator"] for r in rows] == ["县级文明村镇", "县级文明单位", "市级文明校园", "市级文明家庭"]


def test_list_item_without_noun_reuses_the_previous_indicator():
    rows = extract_targets("开工改造城镇老旧小区10个、4800余户。")
    assert [(r["value"], r["unit"], r["comparator"]) for r in rows] == [(10, "个", "="), (4800, "户", ">=")]
    assert rows[1]["indicator"] == rows[0]["indicator"]


def test_two_targets_in_one_clause():
    rows = extract_targets("力争为100余家企业提供转贷1亿元以上。")
    assert [(r["value"], r["unit"], r["comparator"]) for r in rows] == [(100, "家", ">="), (1, "亿元", ">=")]
    assert rows[0]["indicator"] == "企业"
    assert rows[1]["indicator"] == "转贷"


# ------------------------------------------------------------------ indicators
@pytest.mark.parametrize("text, indicator", [
    ("到2025年，新能源新材料产业产值达到418亿元左右。", "新能源新材料产业产值"),
    ("力争2023年市级技术创新中心达到10家以上。", "市级技术创新中心"),
    ("培育20家大型农业产业化龙头企业。", "培育大型农业产业化龙头企业"),
    ("建10个以上智慧社区。", "建智慧社区"),
    ("2023年“四好农村路”提升改造79.7公里。", "“四好农村路”提升改造"),
    ("全县粮食面积稳定在126万亩以上。", "粮食面积"),
    ("年内推动50个政务服务事项“县乡通办”。", "推动政务服务事项"),
    ("完善舜王路、凤凰路等10公里左右的道路配套管网建设。", "道路配套管网建设"),
    ("每个乡镇至少建设1个综合文化站。", "建设综合文化站"),
    ("新增建设用地500亩。", "建设用地"),
    ("实施重点项目100个。", "重点项目"),
    ("新建、改扩建中小学、幼儿园12所。", "改扩建中小学、幼儿园"),
    ("在生物医药、高端化工等领域培育组建市级重点实验室5家。", "组建市级重点实验室"),
    ("农作物秸秆综合利用率达到94.1%。", "农作物秸秆综合利用率"),
    ("创建国家级、省级农业产业化龙头企业各1家。", "国家级、省级农业产业化龙头企业"),
    ("全县建成区面积达到30平方公里。", "建成区面积"),
    ("1-6月完成投资4.5亿元。", "投资"),
])
def test_indicator(text, indicator):
    assert one(text)["indicator"] == indicator


def test_relative_change_without_subject_takes_the_previous_indicator():
    rows = extract_targets("电商交易额突破20亿元，同比增长15%。")
    assert [(r["value"], r["change"], r["indicator"]) for r in rows] == [
        (20, None, "电商交易额"), (15, "increase", "电商交易额")]
    rows = extract_targets("全年地区生产总值增长6%左右，力争7%。")
    assert [(r["value"], r["change"], r["comparator"]) for r in rows] == [(6, "increase", "~"), (7, "increase", "=")]
    assert rows[1]["indicator"] == "地区生产总值"
    rows = extract_targets("到2024年，集成电路产业规模达到150亿元；到2025年，达到200亿元。")
    assert [(r["value"], r["year"], r["indicator"]) for r in rows] == [
        (150, 2024, "集成电路产业规模"), (200, 2025, "集成电路产业规模")]


# ------------------------------------------------------------------ years
def test_year_inherited_after_daonian_within_the_task():
    text = ("完成17处镇街卫生院提升改造任务，到2025年，争创国家推荐标准卫生院5处。"
            "新增养老床位200张以上。")
    assert [r["year"] for r in extract_targets(text)] == [None, 2025, 2025]


def test_year_named_in_the_sentence():
    rows = extract_targets("2023年完成造林1万亩，2024年完成造林2万亩。")
    assert [r["year"] for r in rows] == [2023, 2024]


def test_lost_nian_still_sets_the_year():
    assert one("力争2023市级重点实验室达到20家以上。")["year"] == 2023


def test_recurring_targets_have_no_year():
    assert one("到2025年，每年各类文化惠民活动不少于5000场。")["year"] is None


def test_annual_plan_year_fills_missing_years():
    # a recurring target (每年…) has no year, in an annual plan too (EXTRACTION.md)
    rows = extract_targets("年底全县新型储能规模达到3万千瓦以上，每年举办活动10场。", annual_year=2023)
    assert [r["year"] for r in rows] == [2023, None]


def test_default_year_from_context():
    assert one("新增城区绿化15万平方米左右。", default_year=2025)["year"] == 2025
    assert one("2027年新增城区绿化15万平方米左右。", default_year=2025)["year"] == 2027


def test_plan_period_end_sets_the_year():
    assert one("到“十四五”末，全县文化产业增加值占GDP比重达到5%。")["year"] == 2025


def test_year_span_of_a_plan_in_parentheses_is_not_a_deadline():
    assert one("落实国土空间总体规划（2021—2035年），新增建设用地500亩。")["year"] is None
    assert one("2023—2025年，累计培育专精特新企业50家。")["year"] == 2025


def test_past_year_figures_in_an_annual_plan_are_dropped():
    rows = extract_targets("2022年，全县地区生产总值达到300亿元。2023年，地区生产总值增长6%。", annual_year=2023)
    assert [(r["value"], r["year"]) for r in rows] == [(6, 2023)]
    # a date of an earlier year is not a past figure; it just sets no year
    rows = extract_targets("根据2022年12月召开的会议精神，新建5个公园。", annual_year=2023)
    assert [(r["value"], r["year"]) for r in rows] == [(5, 2023)]


def test_deadline_with_yu():
    assert one("于2025年底前建成5个污水处理厂。")["year"] == 2025


def test_base_period_sets_the_baseline_not_the_year():
    r = one("以2020年为基数，单位GDP能耗下降13.5%。")
    assert (r["year"], r["baseline_year"], r["change"]) == (None, 2020, "decrease")


def test_baseline_year_does_not_set_the_target_year():
    assert one("单位GDP能耗比2020年下降13.5%。")["year"] is None


# ------------------------------------------------------------------ exclusions
@pytest.mark.parametrize("text", [
    "落实《国务院关于支持山东深化新旧动能转换推动绿色低碳高质量发展的意见》（国发〔2022〕18号）。",
    "（国发202218）",
    "成武县人民政府办公室 2023年7月31日",
    "发布日期：2023-07-31",
    "索引号：113717230044875813/2023-07021",
    "鲁公网安备37172602000105号",
    "举报电话：0530-1234567，12345政务服务便民热线。",
    "1.完善实验室体系。",
    "（十二）加强组织领导",
    "加快布局5G、云计算、物联网等前沿信息产业。",
    "实施“十四五”学前教育发展提升行动计划，深入贯彻党的二十大精神。",
    "加快P3超级细菌实验室建设。",
    "实施S319临鄄路东段中修工程，做好G240城区段东移工作。",
    "实施110千伏玺月输变电工程。",
    "积极在全县13个供电所开展数字化供电所建设。",
    "进一步提高城乡低保、特困人员等9类困难群众生活救助标准。",
    "推动一期5万吨磷酸铁、5万吨磷酸铁锂项目达产稳产。",
    "争取我县100MW风电项目尽快实施。",
    "在城区全面构建15分钟文明实践服务圈。",
    "打造“一小时”县内交通圈，建设1小时交通圈。",
    "年底前实现使用频率最高的前100项电子证照在政务服务中全面应用。",
    "参与市级第九届全市道德模范评选活动。",
    "推行“一企一策”，统一部署，打造一批龙头企业，培育一个产业集群。",
    "严格落实国务院安委会15条和省委省政府八抓20条措施。",
    "截至目前，已建成标准化厂房20万平方米。",
    "力争空气质量稳定退出全国168个城市的后20位。",
    "大力培育输变电制造和高端化工产业集群，打造百亿级产业集群。",
    "出水水质达到准四类标准，推进新万福河复航二期。",
    "细颗粒物（PM2.5）浓度持续下降。",
    "建设鲁西南1号仓储中心和3号线。",
    "每10万人口拥有律师数持续增加。",
    "改造二次供水设施，推进三次分配，构建五位一体格局，建立两张清单。",
    "开展“百日攻坚”行动，实施千村示范、万村整治工程。",
    "联系电话：0530-5321234，邮编274200，网址www.cw.gov.cn/col/col123/index.html，办公时间9:00-17:00。",
    "庆祝建党100周年，实现24小时自助服务。",
    # (孕产妇死亡率控制在10/10万以下 is a target: unit "/10万", test_transform_targets_per_population_rates)
    "对新认定的国家高新技术企业，给予奖励20万元；对年纳税额超过500万元的企业，按10%给予补助。",
    "项目涉及10个镇街。",
    "培育数十家企业，带动上百家农户，保持两位数增长。",
])
def test_not_targets(text):
    assert extract_targets(text) == [], extract_targets(text)


def test_quoted_names_keep_the_count_outside_the_quotes():
    assert vals("打造2座“一刻钟便民生活圈”示范点。") == [(2, "座")]
    assert vals("新增“四上”企业100家以上。") == [(100, "家")]


def test_funds_sought_are_targets_incentives_are_not():
    assert vals("争取上级补助资金5000万元，对新认定的企业给予奖励20万元。") == [(5000, "万元")]


def test_number_right_after_a_year():
    r = one("到2025年100%的行政村实现集体收入10万元以上。")
    assert (r["value"], r["unit"], r["year"]) == (100, "%", 2025)


def test_recurring_word_is_not_the_indicator():
    r = one("每月开展5次巡查。")
    assert (r["value"], r["year"], r["indicator"]) == (5, None, "开展巡查")


def test_qualifier_threshold_is_not_a_target():
    assert vals("实施投资500万元以上技术改造项目25个以上。") == [(25, "个")]
    assert vals("新增营业收入过10亿元企业1家。") == [(1, "家")]
    assert vals("到2025年，90%以上的行政村集体收入超10万元。") == [(90, "%")]


def test_voltage_class_is_not_a_target_but_the_count_is():
    assert vals("新建110千伏变电站1座、供电线路7.31公里。") == [(1, "座"), (7.31, "公里")]
    assert vals("新建10千伏线路100公里左右、配电变压器160台。") == [(100, "公里"), (160, "台")]


def test_scope_count_vs_count_of_work():
    assert vals("完成90个行政村生活污水治理。") == [(90, "个")]
    assert vals("全县共有规模以上企业150家，力争新增50家。") == [(50, "家")]


def test_responsibility_clause_is_ignored():
    assert vals("新建充电桩390个。（牵头单位：县第二人民医院、3号院管委会）") == [(390, "个")]


def test_text_is_the_clause_copied_from_the_input():
    text = "推进畜禽养殖绿色发展，到2025年，年出栏生猪20万头左右、肉鸭3000万只左右。"
    rows = extract_targets(text)
    assert [r["text"] for r in rows] == ["到2025年，年出栏生猪20万头左右、肉鸭3000万只左右"] * 2
    assert all(r["text"] in text for r in rows)


# ------------------------------------------------------------------ a whole task
def test_whole_task_in_the_style_of_a_city_plan():
    text = ("3.推进制造业数字化转型。实施“智改数转”三年行动，到2025年，规模以上工业企业数字化改造"
            "覆盖率达到80%以上，培育省级智能工厂10家、数字化车间30个，新增工业互联网平台3个；"
            "每年组织培训500人次以上。（牵头单位：市工业和信息化局；配合单位：市大数据局）")
    rows = extract_targets(text)
    assert [(r["value"], r["unit"], r["comparator"], r["year"]) for r in rows] == [
        (80, "%", ">=", 2025), (10, "家", "=", 2025), (30, "个", "=", 2025), (3, "个", "=", 2025),
        (500, "人次", ">=", None)]
    assert rows[1]["indicator"] == "省级智能工厂"
    assert rows[2]["indicator"] == "数字化车间"


def test_output_schema():
    rows = extract_targets("到2025年，森林覆盖率稳定在35%。")
    assert set(rows[0]) == {"indicator", "value", "unit", "comparator", "change", "year", "baseline_year",
                            "text", "value_std", "unit_std", "ambiguous"}
    assert rows[0]["comparator"] in COMPARATORS
    assert isinstance(rows[0]["value"], float)


@pytest.mark.parametrize("text", ["", "   ", "。。。", "一二三四五六七八九十", "%%%"])
def test_degenerate_input(text):
    assert extract_targets(text) == []


# ------------------------------------------------------------------ indicator tables
TABLE = """二、主要指标
序号 | 指标名称 | 单位 | 2022年 | 2025年 | 属性
1 | 地区生产总值 | 亿元 | 300 | 400 | 预期性
2 | 地区生产总值年均增长 | % | 6 | 6.5 | 预期性
3 | 森林覆盖率(%) | | 22 | ≥25 | 约束性
4 | 单位GDP能耗下降 | % | — | 完成省下达任务 | 约束性"""


def test_indicator_table_rows_take_the_target_year_column():
    rows = extract_targets(TABLE)
    assert [(r["indicator"], r["value"], r["unit"], r["comparator"], r["change"], r["year"]) for r in rows] == [
        ("地区生产总值", 400, "亿元", "=", None, 2025),
        ("地区生产总值年均增长", 6.5, "%", "=", "increase", 2025),
        ("森林覆盖率", 25, "%", ">=", None, 2025)]


def test_task_table_rows_are_read_as_sentences():
    text = "序号 | 工作任务 | 牵头单位\n1 | 培育规上工业企业，全年新增规上工业企业30家。 | 县工业和信息化局"
    assert [(r["value"], r["unit"], r["indicator"]) for r in extract_targets(text)] == [(30, "家", "规上工业企业")]
