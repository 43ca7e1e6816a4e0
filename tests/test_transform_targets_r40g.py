"""Round 40g: targets in tables and held-back pages.

- a 考核指标 (表/体系) title is the plan's own title (the indicators, their target values and the units
  that answer for them), not a report of how they came out (考核指标完成情况);
- a sentence that names its 民生实事 / 民生项目 with no head word and opens its list with 包括 after a
  comma ("今年的民生实事共安排资金9.8亿元，主要包括：A、B") commits that list, its own figures too;
  not a list of work done (…全部如期完成，主要包括：);
- the 年均增长 / 年均下降 column of an indicator table beside its year columns: a percentage change
  dated by the table's last year ("6.5%", or a bare "3.1" under "年均下降（%）");
- an indicator table printed one bare cell per line ("指标" / "单位" / "2025年" / "2030年" / …) is
  read as a table wherever it stands;
- a cap verb, what is cut, then 至/到 before the number (压缩企业开办时间至1个工作日) reads as 压缩至: "<=";
- 级 after an Arabic number right after a verb of the level reached (电子病历应用水平达到4级) is the unit
  of a grade; a grade that qualifies a noun (二级以上医院, 4A级景区, 5级以上地震) stays no target.
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


def _parse(page: str):
    return parse_document(page, source="p.txt", is_text=True)


def _targets(page: str) -> list[tuple]:
    return sorted((t["value"], t["unit"], t["change"], t["year"]) for t in _parse(page).targets)


# --- 考核指标: the plan's own title

_KAOHE_BODY = """
发布日期：2026-03-02
一、经济发展
1.固定资产投资。目标值：完成固定资产投资12亿元，分值8分。（牵头考核单位：县发改局）
2.新增市场主体。目标值：新增市场主体不少于600户，分值5分。（牵头考核单位：县市场监管局）
"""

_KAOHE_PIPED = """
发布日期：2026-03-20
序号 | 考核指标 | 目标值 | 分值 | 牵头单位
1 | 新增城镇就业人数 | 1200人 | 6 | 县人社局
2 | 社会消费品零售总额增速 | 6%左右 | 8 | 县商务局
"""


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("2026年度乡镇（街道）高质量发展综合考核指标", _KAOHE_BODY),
        ("2026年度县级部门绩效考核指标表", _KAOHE_PIPED),
        ("2026年度村（社区）综合考核指标体系", _KAOHE_BODY),
        ("青山区2026年度街道目标管理考核指标", _KAOHE_BODY),
    ],
    ids=["text", "piped-table", "tixi", "district"],
)
def test_a_kaohe_indicator_title_is_the_plans_own(title, body):
    assert _parse(title + body).document["plan_title"] == title


@pytest.mark.parametrize(
    "title",
    [
        "关于2025年度部门考核指标完成情况的通报",
        "2025年度乡镇考核指标得分情况公示",
        "2026年度综合考核指标解读",
    ],
    ids=["results", "scores", "explainer"],
)
def test_a_report_on_kaohe_indicators_names_no_plan_by_them(title):
    body = "\n发布日期：2026-01-28\n一、总体情况\n全县32个部门中，28个部门全面完成年度考核指标。\n"
    assert _parse(title + body).document["plan_title"] != title


# --- 民生实事 …，主要包括：a list led by its sentence


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "我区2026年将办好12件民生实事\n2026-02-03 08:45 来源：区政府办\n近日，区政府常务会议研究"
            "确定2026年12件民生实事。据介绍，今年的民生实事共安排资金9.8亿元，主要包括：新建公办幼儿园"
            "3所、新增学位1080个；改造老旧小区28个。\n",
            [(3.0, "所"), (9.8, "亿元"), (28.0, "个"), (1080.0, "个")],
        ),
        (
            "标题：县政府确定2026年为民办实事项目\n发布日期：2026-02-09\n县政府第21次常务会议审议通过了"
            "2026年为民办实事项目，涉及教育、医疗、交通等领域，主要包括：新建乡镇敬老院2所；改造农村"
            "公路80公里。\n",
            [(2.0, "所"), (80.0, "公里")],
        ),
        (
            "我市2026年十件民生实事出炉\n2026-01-16 来源：市融媒体中心\n今年的十件民生实事总投资12.6亿元，"
            "具体包括：新增普惠托位800个；新建城市公共充电桩2000个。\n会议要求，各责任单位要细化方案。\n",
            [(12.6, "亿元"), (800.0, "个"), (2000.0, "个")],
        ),
    ],
    ids=["zhuyao-baokuo", "shishi-xiangmu", "juti-baokuo"],
)
def test_a_shishi_list_after_baokuo_is_committed(page, expected):
    got = sorted((t["value"], t["unit"]) for t in _parse(page).targets)
    assert got == sorted(expected)
    assert {t["year"] for t in _parse(page).targets} == {2026}


@pytest.mark.parametrize(
    "page",
    [
        "我县2025年民生实事全部完成\n2026-01-10 来源：县融媒体中心\n记者从县政府获悉，2025年我县民生"
        "实事全部如期完成，主要包括：新建幼儿园4所，改造老旧小区22个，新增停车泊位900个。\n",
        "去年民生实事回眸\n2026-01-12 来源：县融媒体中心\n去年的民生实事惠及群众12万人，主要包括：新建"
        "幼儿园4所，改造老旧小区22个。\n",
        "民生实事怎么选\n2026-01-12 来源：县融媒体中心\n民生实事的征集渠道很多，包括：网站留言、热线电话、"
        "代表建议。\n",
    ],
    ids=["done", "last-year", "no-figures"],
)
def test_a_list_of_work_done_or_no_work_is_no_target(page):
    assert _parse(page).targets == []


# --- 年均增长 / 年均下降 columns


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (
            "指标 单位 2025年 2030年 年均增长 属性\n地区生产总值 亿元 3150 4300 6.5% 预期性\n"
            "全员劳动生产率 万元/人 15.2 20 5.7% 预期性\n森林覆盖率 % 41.2 ≥42 — 约束性\n",
            [
                (4300.0, "亿元", None),
                (6.5, "%", "increase"),
                (20.0, "万元/人", None),
                (5.7, "%", "increase"),
                (42.0, "%", None),
            ],
        ),
        (
            "| 序号 | 指标 | 单位 | 2025年 | 2030年 | 年均下降（%） | 属性 |\n"
            "| 1 | 单位地区生产总值能耗 | 吨标准煤/万元 | 0.48 | 0.41 | 3.1 | 约束性 |\n"
            "| 2 | 非化石能源消费比重 | % | 18 | 25 | — | 预期性 |\n",
            [(0.41, "吨标准煤/万元", None), (3.1, "%", "decrease"), (25.0, "%", None)],
        ),
        (
            "| 指标名称 | 单位 | 2025年 | 2030年 | 年均增速 |\n"
            "| 社会消费品零售总额 | 亿元 | 380 | 500 | 5.6% |\n",
            [(500.0, "亿元", None), (5.6, "%", "increase")],
        ),
    ],
    ids=["spaced-increase", "piped-decrease-head-percent", "piped-zengsu"],
)
def test_the_annual_change_column_is_a_target_of_the_last_year(table, expected):
    page = "某市“十五五”时期主要指标\n发布日期：2026-02-10\n" + table
    got = sorted((t["value"], t["unit"], t["change"]) for t in _parse(page).targets)
    assert got == sorted(expected)
    assert {t["year"] for t in _parse(page).targets} == {2030}


@pytest.mark.parametrize(
    "table",
    [
        # a 累计 bracket or a bare figure under a head that names no percentage
        "| 指标 | 单位 | 2025年 | 2030年 | 年均增长 |\n| 城镇新增就业 | 万人 | 1.1 | 1.2 | [6] |\n",
        "| 指标 | 单位 | 2025年 | 2030年 | 年均增长 |\n| 城镇新增就业 | 万人 | 1.1 | 1.2 | 2 |\n",
        # a 累计 column names no change
        "| 指标 | 单位 | 2025年 | 2030年 | 累计 |\n| 城镇新增就业 | 万人 | 1.1 | 1.2 | 6% |\n",
    ],
    ids=["bracket", "bare-no-percent-head", "cumulative-head"],
)
def test_no_change_target_where_the_column_states_no_percentage_change(table):
    page = "某市“十五五”时期主要指标\n发布日期：2026-02-10\n" + table
    got = [(t["value"], t["unit"]) for t in _parse(page).targets]
    assert got == [(1.2, "万人")]


# --- an indicator table printed one bare cell per line

_BARE_HEAD = "指标名称\n单位\n2025年\n2030年\n属性\n"


@pytest.mark.parametrize(
    ("title", "cells", "expected"),
    [
        (
            "江北区“十五五”教育事业发展主要指标",
            _BARE_HEAD + "学前教育毛入园率\n%\n92\n≥95\n预期性\n义务教育巩固率\n%\n98.5\n99\n约束性\n",
            [(95.0, "%"), (99.0, "%")],
        ),
        (
            "城南区“十五五”生态环境保护主要指标",
            "序号\n指标\n单位\n2025年\n2030年\n属性\n1\n细颗粒物（PM2.5）平均浓度\n微克/立方米\n30\n26\n"
            "约束性\n2\n城市生活污水集中收集率\n%\n72\n80以上\n预期性\n",
            [(26.0, "微克/立方米"), (80.0, "%")],
        ),
        (
            "临水县卫生健康事业发展“十五五”规划",
            "一、发展目标\n到2030年，基本建成整合型医疗卫生服务体系。\n二、主要指标\n序号\n指标\n单位\n"
            "2025年\n2030年\n1\n人均预期寿命\n岁\n79.1\n80\n",
            [(80.0, "岁")],
        ),
    ],
    ids=["education", "serial-column", "under-a-section"],
)
def test_a_bare_cell_table_states_its_targets(title, cells, expected):
    r = _parse(title + "\n发布日期：2026-05-20\n" + cells)
    assert sorted((t["value"], t["unit"]) for t in r.targets) == sorted(expected)
    assert {t["year"] for t in r.targets} == {2030}


@pytest.mark.parametrize(
    "cells",
    [
        # the year cells stand far below the indicator head: no table's head run
        "指标\n单位\n一\n二\n三\n四\n五\n六\n七\n八\n九\n十\n十一\n2025年\n2030年\n地区生产总值\n亿元\n300\n320\n",
        # a word 指标 on its own line over prose
        "指标\n全年地区生产总值增长6%左右，2025年、2030年分别达到300亿元、400亿元。\n",
        # one year column: no table head run
        "指标\n单位\n2030年\n说明\n",
    ],
    ids=["far-years", "prose", "one-year"],
)
def test_bare_cells_without_a_plan_year_head_state_nothing(cells):
    r = _parse("2024年某县经济运行情况\n发布日期：2025-01-20\n" + cells)
    assert r.targets == []


# --- 压缩…至 N: a cap


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("压缩企业开办时间至0.5个工作日。", (0.5, "个工作日", "<=")),
        ("压减一般登记办理时间到2个工作日。", (2.0, "个工作日", "<=")),
        ("压缩申报材料至3件，全程网办率达到100%。", (3.0, "件", "<=")),
        ("（三）压降低压小微企业用电报装时间至15天。", (15.0, "天", "<=")),
    ],
    ids=["yasuo-zhi", "yajian-dao", "materials", "yajiang"],
)
def test_a_cap_verb_before_what_is_cut_then_zhi_is_at_most(text, expected):
    assert (r := extract_targets(text, annual_year=2026)) and (
        r[0]["value"],
        r[0]["unit"],
        r[0]["comparator"],
    ) == expected


@pytest.mark.parametrize(
    "text",
    [
        "压缩企业开办时间，至3月底前新增试点2个。",  # a clause break: 至 opens a date
        "扩大覆盖范围至50个村。",  # no cap verb
        "压缩开办环节、时间至4个。",  # a list of what is cut: not read
    ],
    ids=["clause-break", "no-cap-verb", "list"],
)
def test_no_cap_without_the_verb_in_the_same_clause(text):
    assert [r["comparator"] for r in extract_targets(text, annual_year=2026)] == ["="]


# --- 达到N级: a grade reached


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("二级以上医院电子病历应用水平达到4级。", [(4.0, "级", "=")]),
        ("智慧服务分级评估提升至3级以上。", [(3.0, "级", ">=")]),
        ("县人民医院电子病历系统应用水平达到5级，新增急救站点3个。", [(5.0, "级", "="), (3.0, "个", "=")]),
        ("互联互通标准化成熟度测评稳定在4级。", [(4.0, "级", "=")]),
    ],
    ids=["dadao", "tisheng-zhi-yishang", "with-count", "wending"],
)
def test_a_grade_reached_is_a_target_in_ji(text, expected):
    got = [(r["value"], r["unit"], r["comparator"]) for r in extract_targets(text, annual_year=2026)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("创建4A级旅游景区2家。", [(2.0, "家")]),
        ("全县5级以上地震应急预案修订3项。", [(3.0, "项")]),
        ("新建二级以上公路10公里。", [(10.0, "公里")]),
        ("对3级风险点开展排查。", []),
    ],
    ids=["4a-scenic", "earthquake-class", "road-class", "no-level-verb"],
)
def test_a_grade_that_qualifies_a_noun_is_no_target(text, expected):
    assert [(r["value"], r["unit"]) for r in extract_targets(text, annual_year=2026)] == expected


@pytest.mark.timeout(30)
@pytest.mark.parametrize("n", [500, 2000, 8000])
def test_hostile_scale(n):
    from transform.targets.flatcells import bare_cell_tables
    from transform.targets.goals import work_list_paragraphs

    rows = "学前教育毛入园率\n%\n92\n≥95\n" * n
    assert len(bare_cell_tables(_BARE_HEAD + rows)) == 1
    assert bare_cell_tables("指标\n单位\n2025年\n" * n) == []
    led = "今年的民生实事共安排资金9.8亿元，主要包括：新建幼儿园3所。" * n
    assert len(work_list_paragraphs(led, [])) == 1
    assert work_list_paragraphs("民生实事" + "，" * n + "主要包括：", []) == []
    grades = extract_targets("电子病历应用水平达到4级，" * n, annual_year=2026)
    assert len(grades) == n
    assert extract_targets("二级以上医院5级" * n, annual_year=2026) == []
    caps = extract_targets("压缩企业开办时间至1个工作日，" * n, annual_year=2026)
    assert {r["comparator"] for r in caps} == {"<="}
