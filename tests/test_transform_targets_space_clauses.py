"""A space between two Chinese words, before a verb that opens a clause, ends the phrase like a
comma: summaries and tables rendered as text separate their items by spaces ("建设3个口袋公园 改造
1个农贸市场", "…工程 包括挡墙13.46千米", "标杆企业 选树1000家"), so what the number measures starts
after that space and the noun after it stops there. A space inside a word (a wrapped line, "到 2027
年") or before no verb is no clause boundary."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _rows(text: str) -> list[tuple[str, float, str]]:
    return [(r["indicator"], r["value"], r["unit"]) for r in extract_targets(text, annual_year=2026)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a news summary whose items are separated by spaces
        (
            "推进城市文明建设项目 包括建设3个口袋公园 改造1个农贸市场",
            [("建设口袋公园", 3.0, "个"), ("改造农贸市场", 1.0, "个")],
        ),
        (
            "实施长江堤防应急治理工程二期工程 包括挡墙13.46千米 道路8.72千米",
            [("挡墙", 13.46, "千米"), ("道路", 8.72, "千米")],
        ),
        (
            "实施就业专项扩岗行动 计划开展20场以上线上线下招聘会 组织30场以上校园招聘活动 力争全年扩岗1500人以上",
            [("开展线上线下招聘会", 20.0, "场"), ("组织校园招聘活动", 30.0, "场"), ("扩岗", 1500.0, "人")],
        ),
        # a table rendered as text: cells separated by spaces
        (
            "目标 内容 数据集 打造100个工业领域高质量数据集 推广500个典型应用场景 选树1000家标杆企业",
            [
                ("打造工业领域高质量数据集", 100.0, "个"),
                ("推广典型应用场景", 500.0, "个"),
                ("选树标杆企业", 1000.0, "家"),
            ],
        ),
        # a full-width space
        (
            "推进项目建设\u3000新建3个口袋公园\u3000改造1个农贸市场",
            [("新建口袋公园", 3.0, "个"), ("改造农贸市场", 1.0, "个")],
        ),
    ],
)
def test_a_space_before_a_verb_ends_the_phrase(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wrapped line inside a word, a spaced year, a space before no verb
        ("培育专精特 新企业100家。", [("专精特 新企业", 100.0, "家")]),
        ("到 2027 年,全市低空经济规模超过 15 亿元。", [("低空经济规模", 15.0, "亿元")]),
        ("全市 规模以上工业增加值增长6%。", [("规模以上工业增加值", 6.0, "%")]),
        ("新建道路3公里,建设游园2个。", [("道路", 3.0, "公里"), ("游园", 2.0, "个")]),
    ],
)
def test_a_space_that_is_no_clause_boundary(text, expected):
    assert _rows(text) == expected
