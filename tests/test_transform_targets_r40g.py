"""Round 40g: targets in tables and held-back pages.

- a 考核指标 (表/体系) title is the plan's own title (the indicators, their target values and the units
  that answer for them), not a report of how they came out (考核指标完成情况);
- a sentence that names its 民生实事 / 民生项目 with no head word and opens its list with 包括 after a
  comma ("今年的民生实事共安排资金9.8亿元，主要包括：A、B") commits that list, its own figures too;
  not a list of work done (…全部如期完成，主要包括：);
- the 年均增长 / 年均下降 column of an indicator table beside its year columns: a percentage change
  dated by the table's last year ("6.5%", or a bare "3.1" under "年均下降（%）");
- an indicator table printed one bare cell per line ("指标" / "单位" / "2025年" / "2030年" / …) is
  read as a table wherever it stands.
"""

from __future__ import annotations

import pytest

from transform.document import parse_document


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
