"""Round 39j: targets, sixth pass (genres and fields).

- a run of years closing the words before 分别 (占GDP比重2024、2025年分别达到8%、9.5%, 5G基站总数
  2025年、2026年分别达到…, 森林覆盖率2024—2026年分别…) dates the values one by one, 年 written once or
  after each year, a range read year by year; the words before the run (without a 到/在 that led to
  it) are the one subject of all the values (no indicator "2025年");
- a clause opening with 其中 and a run of years before 分别 (…1.2万套，其中2025年、2026年分别筹集
  4000套、4500套) splits the figure before it by year: the values measure what that figure measures;
- a count right after a word pointing at a list (以下12项, 下列5类, 上述3个方面) is the list's size;
- an age (岁, 周岁) in a clause naming an age (年龄不超过60周岁, 年满18周岁) is a limit on who is
  counted; an average age (平均年龄降至45岁以下) and a life expectancy (人均预期寿命达到80岁) stay;
- the 年 of a yearly rate (研发经费投入年增长10%, 旅游收入年递增12%, 营收年增15%) is no part of the
  indicator; the 年 of a year (产值2025年增长10%) never was;
- 个等级 is a unit (耕地质量提升0.5个等级), a raise in it a relative change like 个百分点; grades a scale
  is split into (划分为4个等级, 分为3个档次) are its structure, no target;
- a share after 其中 whose words are a copula and who is counted (城镇新增就业5000人，其中30%为高校毕业
  生) is the share of the figure before it: 城镇新增就业中高校毕业生比例;
- 出让, 收储, 盘活 before a count name the work and the noun after it what is counted (出让10幅土地 ->
  出让土地, not 出让);
- a total (总数, 总量, 数量) right after a count in the same measure word and sentence is the total of
  what that count counts (培育龙头企业3家以上，总数达到25家 -> 龙头企业总数);
- 净增/净增加/净减少 close an indicator like 新增 (较2024年净增80家 measures what the clause before
  names, not 较2024年净增);
- a part (城区, 农村) after a label ("垃圾分类覆盖率：城区100%，农村80%") measures what the label names
  for its part; a part after a figure that opened with another part takes that figure's measure.
"""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _recs(text: str, **kw) -> list[tuple]:
    return [(r["value"], r["unit"], r["indicator"], r["year"]) for r in extract_targets(text, **kw)]


def _rows(text: str, **kw) -> list[tuple]:
    return [(r["value"], r["unit"]) for r in extract_targets(text, **kw)]


# --- a run of years before 分别


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "数字经济核心产业增加值占GDP比重2024、2025年分别达到8%、9.5%。",
            [
                (8.0, "%", "数字经济核心产业增加值占GDP比重", 2024),
                (9.5, "%", "数字经济核心产业增加值占GDP比重", 2025),
            ],
        ),
        (
            "全市5G基站总数2025年、2026年分别达到6000个、8000个。",
            [(6000.0, "个", "5G基站总数", 2025), (8000.0, "个", "5G基站总数", 2026)],
        ),
        (
            "城镇污水处理率2026、2027、2028年分别达到92%、94%、96%。",
            [
                (92.0, "%", "城镇污水处理率", 2026),
                (94.0, "%", "城镇污水处理率", 2027),
                (96.0, "%", "城镇污水处理率", 2028),
            ],
        ),
        (
            "全市新能源汽车保有量到2025年、2027年分别达到5万辆、8万辆。",
            [(5.0, "万辆", "新能源汽车保有量", 2025), (8.0, "万辆", "新能源汽车保有量", 2027)],
        ),
        (
            "森林覆盖率2024—2026年分别达到60%、61%、62%。",
            [
                (60.0, "%", "森林覆盖率", 2024),
                (61.0, "%", "森林覆盖率", 2025),
                (62.0, "%", "森林覆盖率", 2026),
            ],
        ),
        (
            "規上工業企業數量2025年和2026年分别達到300家和350家。",
            [(300.0, "家", "規上工業企業數量", 2025), (350.0, "家", "規上工業企業數量", 2026)],
        ),
        (
            "规上工业企业数量2025年和2026年分别达到300家和350家。",
            [(300.0, "家", "规上工业企业数量", 2025), (350.0, "家", "规上工业企业数量", 2026)],
        ),
    ],
)
def test_a_run_of_years_before_fenbie_dates_each_value(text, expected):
    assert _recs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two subjects, no years: each value keeps its own subject
        (
            "城镇、农村居民人均可支配收入分别增长5.5%、7%。",
            [(5.5, "%"), (7.0, "%")],
        ),
        # a baseline year (比2020年) is no year of the list
        ("单位GDP能耗和碳排放比2020年分别下降13.5%、18%。", [(13.5, "%"), (18.0, "%")]),
    ],
)
def test_no_year_run_leaves_the_subjects(text, expected):
    recs = _recs(text)
    assert [(v, u) for v, u, _, _ in recs] == expected
    assert all(not (ind or "").endswith("年") for _, _, ind, _ in recs)
    assert all(y is None for _, _, _, y in recs)


def test_two_subjects_before_years_stay_paired():
    # the subjects are not one: 工业和服务业 (no year run right before 分别)
    recs = _recs("工业投资、服务业投资分别增长8%、6%。", annual_year=2025)
    assert [r[2] for r in recs] == ["工业投资", "服务业投资"]


# --- 其中 + years: the yearly parts of the figure before


@pytest.mark.parametrize(
    ("text", "word", "years"),
    [
        (
            "三年内筹集建设保障性租赁住房1.2万套，其中2025年、2026年、2027年分别筹集4000套、4500套、3500套。",
            "保障性租赁住房",
            [2025, 2026, 2027],
        ),
        (
            "新建改造农村公路600公里，其中2024年、2025年分别完成300公里、300公里。",
            "农村公路",
            [2024, 2025],
        ),
        (
            "累计培育市级以上龙头企业50家，其中2025、2026年分别培育20家、30家。",
            "龙头企业",
            [2025, 2026],
        ),
    ],
)
def test_yearly_parts_after_qizhong_measure_the_figure_before(text, word, years):
    recs = _recs(text)[1:]
    assert [r[3] for r in recs] == years
    assert all(word in (r[2] or "") for r in recs)


@pytest.mark.parametrize(
    "text",
    [
        # no 其中: the yearly values have a subject of their own
        "新建农村公路600公里；污水管网2025年、2026年分别新建40公里、50公里。",
        # 其中 without years: the parts name their own subjects
        "新建学校10所，其中小学、初中分别新建6所、4所。",
    ],
)
def test_no_qizhong_year_split_keeps_own_subjects(text):
    recs = _recs(text)
    assert recs[0][2] and all("农村公路" not in (r[2] or "") and "新建学校" != r[2] for r in recs[1:])


# --- the size of a list pointed at


@pytest.mark.parametrize(
    "text",
    [
        "对以下12项运维事项实行清单管理。",
        "严格执行下列5类情形的审查程序。",
        "重点做好上述3个方面工作。",
        "對以下8項事項實行台賬管理。",
    ],
)
def test_a_count_after_a_list_pointer_is_no_target(text):
    assert _rows(text, annual_year=2025) == []


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("森林火灾受害率控制在0.9‰以下，新建防火通道12公里。", (12.0, "公里")),
        ("数据中心PUE降至1.3以下。", (1.3, "")),
        ("完成下达的造林任务5000亩。", (5000.0, "亩")),
    ],
)
def test_a_count_after_other_words_stays(text, row):
    assert row in _rows(text, annual_year=2025)


# --- an age limit


@pytest.mark.parametrize(
    "text",
    [
        "运维人员年龄不超过60周岁。",
        "招聘对象年龄在35周岁以下。",
        "对年满18周岁的居民开展免费筛查。",
        "聘用護林員年齡不超過55歲。",
    ],
)
def test_an_age_limit_is_no_target(text):
    assert not any(u in ("岁", "周岁", "歲") for _, u in _rows(text, annual_year=2025))


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("到2030年，人均预期寿命达到80岁以上。", (80.0, "岁")),
        ("村党组织书记平均年龄降至45岁以下。", (45.0, "岁")),
        ("新增劳动力平均受教育年限达到14年。", (14.0, "年")),
    ],
)
def test_an_age_that_is_measured_stays(text, row):
    assert row in _rows(text)


# --- the 年 of a yearly rate


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("研发经费投入年增长10%。", "研发经费投入"),
        ("旅游收入年递增12%。", "旅游收入"),
        ("数字经济核心产业营收年增15%。", "数字经济核心产业营收"),
        ("城乡居民收入年增长7%。", "城乡居民收入"),
    ],
)
def test_the_year_of_a_yearly_rate_is_no_part_of_the_indicator(text, indicator):
    assert [r[2] for r in _recs(text, annual_year=2025)] == [indicator]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("产值2025年增长10%。", "产值"),
        ("青年增长计划覆盖5000人。", "青年增长计划覆盖"),
        ("外贸进出口总额年增幅保持在10%以上。", "外贸进出口总额年增幅"),
    ],
)
def test_other_years_and_words_stay_in_the_indicator(text, indicator):
    assert [r[2] for r in _recs(text, annual_year=2025)] == [indicator]


# --- 个等级


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("耕地质量平均提升0.5个等级以上。", (0.5, "个等级", ">=", "increase")),
        ("景区服务质量提升1个等级。", (1.0, "个等级", "=", "increase")),
        ("水土流失程度降低1个等级。", (1.0, "个等级", "=", "decrease")),
    ],
)
def test_grades_are_a_unit_of_relative_change(text, row):
    recs = [
        (r["value"], r["unit"], r["comparator"], r["change"]) for r in extract_targets(text, annual_year=2025)
    ]
    assert recs == [row]


@pytest.mark.parametrize(
    "text", ["将风险划分为4个等级。", "按风险高低分为3个档次。", "评价结果分为五个等级。"]
)
def test_grades_a_scale_is_split_into_are_no_target(text):
    assert _rows(text, annual_year=2025) == []


# --- 其中 N% 为 …


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("城镇新增就业5000人，其中30%为高校毕业生。", "城镇新增就业中高校毕业生比例"),
        ("全年招聘教师200名，其中40%是紧缺学科教师。", "教师中紧缺学科教师比例"),
        ("新建项目30个，其中50%為產業項目。", "项目中產業項目比例"),
    ],
)
def test_a_share_with_a_copula_after_qizhong_is_a_share_of_the_figure_before(text, indicator):
    assert _recs(text, annual_year=2025)[1][2] == indicator


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("培训农民1万人次，其中女性比例为45%。", "女性比例"),
        ("城镇新增就业5000人，30%为高校毕业生。", "为高校毕业生"),
    ],
)
def test_other_shares_keep_their_words(text, indicator):
    assert _recs(text, annual_year=2025)[1][2] == indicator


# --- 出让, 收储, 盘活


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("出让10幅土地。", "出让土地"),
        ("收储3000亩土地。", "收储土地"),
        ("盘活5宗闲置土地。", "盘活闲置土地"),
    ],
)
def test_land_verbs_name_the_work_and_the_noun_after_the_count(text, indicator):
    assert [r[2] for r in _recs(text, annual_year=2025)] == [indicator]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("全年出让经营性用地10幅。", "出让经营性用地"),
        ("盘活存量低效用地不少于1500亩。", "盘活存量低效用地"),
    ],
)
def test_land_verbs_before_their_noun_stay(text, indicator):
    assert [r[2] for r in _recs(text, annual_year=2025)] == [indicator]


# --- totals, 净增, parts after a label


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("培育省级以上农业产业化龙头企业3家以上，总数达到25家。", "省级以上农业产业化龙头企业总数"),
        ("新增高新技术企业20家，总数突破150家。", "高新技术企业总数"),
        ("新建公共充电桩500个，总量达到2000个。", "公共充电桩总量"),
    ],
)
def test_a_total_after_a_count_is_the_total_of_what_it_counts(text, indicator):
    assert _recs(text, annual_year=2025)[1][2] == indicator


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("新增高新技术企业20家，研发投入总量达到5亿元。", "研发投入总量"),
        ("新增规上企业20家，总数增长10%。", "总数"),
        ("实施城市更新项目，数量为500个。", "城市更新项目"),
        ("今年完成改造120户，总数达到500户。", "总数"),
    ],
)
def test_other_totals_keep_their_words(text, indicator):
    assert _recs(text, annual_year=2025)[-1][2] == indicator


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("到2027年，力争规上企业达到300家，较2024年净增80家。", "规上企业"),
        ("全年市场主体净增5000户。", "市场主体"),
        ("人口净增加2000人。", "人口"),
    ],
)
def test_jingzeng_is_no_part_of_the_indicator(text, indicator):
    assert _recs(text, annual_year=2025)[-1][2] == indicator


@pytest.mark.parametrize(
    ("text", "indicators"),
    [
        ("垃圾分类覆盖率：城区100%，农村80%。", ["城区垃圾分类覆盖率", "农村垃圾分类覆盖率"]),
        ("燃气普及率：城市达到98%，农村达到60%。", ["城市燃气普及率", "农村燃气普及率"]),
        ("自来水普及率：城镇99%，农村95%。", ["城镇自来水普及率", "农村自来水普及率"]),
    ],
)
def test_parts_after_a_label_measure_what_it_names(text, indicators):
    assert [r[2] for r in _recs(text, annual_year=2025)] == indicators


@pytest.mark.parametrize(
    ("text", "indicators"),
    [
        ("城区新建停车位2000个，农村新建停车位500个。", ["城区新建停车位", "农村新建停车位"]),
        ("社区养老服务设施覆盖率城市达到100%，农村达到80%以上。", None),
    ],
)
def test_parts_with_their_own_words_keep_them(text, indicators):
    got = [r[2] for r in _recs(text, annual_year=2025)]
    if indicators is None:
        assert got[1] == "农村社区养老服务设施覆盖率"
    else:
        assert got == indicators


# --- hostile scale: each shape at a large size, under a hang guard


@pytest.mark.timeout(30)
def test_hostile_long_year_runs():
    n = 20000
    text = "指标" + "2024、" * n + "2025年分别达到8%、9%。"
    assert isinstance(extract_targets(text), list)
    text = "比重2024、2025年分别达到8%、9%；" * n
    recs = extract_targets(text)
    assert len(recs) == 2 * n and {r["year"] for r in recs} == {2024, 2025}


@pytest.mark.timeout(30)
def test_hostile_pointers_and_ages():
    n = 20000
    recs = extract_targets("对以下12项事项实行清单管理，" * n)
    assert recs == []
    recs = extract_targets("人员年龄不超过60周岁，" * n)
    assert recs == []


@pytest.mark.timeout(30)
def test_hostile_yearly_rates_grades_and_shares():
    n = 20000
    recs = extract_targets("研发经费投入年增长10%；" * n, annual_year=2025)
    assert len(recs) == n and {r["indicator"] for r in recs} == {"研发经费投入"}
    recs = extract_targets("年" * n + "增长10%。", annual_year=2025)
    assert len(recs) == 1
    recs = extract_targets("耕地质量提升0.5个等级；" * n, annual_year=2025)
    assert len(recs) == n and {r["unit"] for r in recs} == {"个等级"}
    recs = extract_targets("新增就业5000人，其中30%为高校毕业生；" * n, annual_year=2025)
    assert len(recs) == 2 * n


@pytest.mark.timeout(30)
def test_hostile_totals_and_parts():
    n = 20000
    recs = extract_targets("新增企业20家，总数达到150家；" * n, annual_year=2025)
    assert len(recs) == 2 * n and recs[1]["indicator"] == "企业总数"
    recs = extract_targets("覆盖率：城区100%，农村80%；" * n, annual_year=2025)
    assert len(recs) == 2 * n and recs[0]["indicator"] == "城区覆盖率"
