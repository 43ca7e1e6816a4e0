"""Round 40k: targets, third batch.

- an indicator table printed with spaces and ONE year column, no 属性 column, is still read as an
  indicator table when its name head names the unit ("指标（单位） 2026年目标", each row
  "人均体育场地面积（平方米） 3.0") or a 单位 column stands beside it ("指标 单位 2026年目标");
- a head that names its denominator already (每千人口拥有…托位数达到每千人4.5个) is not prefixed with
  the 每千人 written after the verb again;
- a clause that sets its subject against an average (人均体育场地面积不低于全省平均水平，达到2.9平方米)
  lends that subject to the figure of the next clause, which names nothing before it.
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets

_HEAD = "2026年度工作主要指标\n发布日期：2026-02-14\n"


def _targets(body: str) -> list[tuple]:
    res = parse_document(_HEAD + body, source="p.txt", is_text=True)
    return sorted((t["value"], t["unit"], t["indicator"], t["year"]) for t in _rows(res))


def _rows(res) -> list[dict]:
    return [t if isinstance(t, dict) else t.__dict__ for t in res.targets]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "序号 指标（单位） 2026年目标\n1 人均体育场地面积（平方米） 3.0\n2 社会体育指导员（名） 1200\n",
            [(3.0, "平方米", "人均体育场地面积", 2026), (1200.0, "名", "社会体育指导员", 2026)],
        ),
        (
            "指标 单位 2026年目标\n高标准农田 万亩 3.5\n粮食产量 万吨 28\n",
            [(3.5, "万亩", "高标准农田", 2026), (28.0, "万吨", "粮食产量", 2026)],
        ),
        (
            "序号 指标名称（单位） 2026年目标\n1 学前教育毛入园率（%） 93\n2 普惠性幼儿园覆盖率（%） 90\n",
            [(90.0, "%", "普惠性幼儿园覆盖率", 2026), (93.0, "%", "学前教育毛入园率", 2026)],
        ),
        (
            "序号 指标(单位) 2026年目标\n1 每千人口拥有3岁以下婴幼儿托位数(个) 4.5\n2 普惠性托位占比(%) 60\n",
            [(4.5, "个", "每千人口拥有3岁以下婴幼儿托位数", 2026), (60.0, "%", "普惠性托位占比", 2026)],
        ),
    ],
)
def test_one_year_table_with_units_is_read(body, expected):
    assert _targets(body) == sorted(expected)


@pytest.mark.parametrize(
    "body",
    [
        # a task table: no unit column, the name head names no unit
        "序号 任务 2026年目标\n1 新建村级活动场所 12\n2 改造农村公路 35\n",
        # a unit-named head without a year column
        "指标（单位） 备注\n人均体育场地面积（平方米） 3.0\n",
        # a 责任单位 column is no unit column
        "序号 任务 责任单位 2026年目标\n1 新建村级活动场所 县民政局 12\n",
    ],
)
def test_tables_without_a_unit_column_stay_unread(body):
    assert _targets(body) == []


# --- a per-head denominator restated after the verb (每千人口拥有…托位数达到每千人4.5个)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("到2027年，全县每千人口拥有3岁以下婴幼儿托位数达到每千人4.5个。", "每千人口拥有3岁以下婴幼儿托位数"),
        ("每千人口拥有托位数达到每千人口4.2个。", "每千人口拥有托位数"),
        ("全市每万人口拥有社会体育指导员人数达到每万人口25人。", "每万人口拥有社会体育指导员人数"),
        ("每千常住人口拥有3岁以下婴幼儿托位数提高到每千人5个。", "每千常住人口拥有3岁以下婴幼儿托位数"),
    ],
)
def test_head_naming_its_denominator_is_not_prefixed_again(text, expected):
    assert [r["indicator"] for r in extract_targets(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("婴幼儿托位数达到每千人4.5个。", "每千人婴幼儿托位数"),
        ("全区托位数达到每千人口4个。", "每千人口托位数"),
        ("执业医师数达到每千人口3.2人。", "每千人口执业医师数"),
    ],
)
def test_denominator_after_the_verb_still_moves_to_the_front(text, expected):
    assert [r["indicator"] for r in extract_targets(text)] == [expected]


# --- a subject set against an average, then a clause naming nothing before its figure


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("人均体育场地面积不低于全省平均水平，达到2.9平方米。", "人均体育场地面积"),
        ("学前教育毛入园率高于全省平均水平，达到95%。", "学前教育毛入园率"),
        ("普惠性幼儿园覆盖率不低于全市平均水平，达到90%以上。", "普惠性幼儿园覆盖率"),
        ("全县粮食产量稳定在30万吨。人均体育场地面积高于全省平均水平，达到2.9平方米。", "人均体育场地面积"),
    ],
)
def test_subject_set_against_an_average_names_the_figure(text, expected):
    assert [r["indicator"] for r in extract_targets(text)][-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("经济增速高于全省平均水平，新建健身步道20公里。", "健身步道"),
        ("全县粮食产量稳定在30万吨。人均体育场地面积达到全省平均水平。达到2.9平方米。", "粮食产量"),
    ],
)
def test_average_clause_lends_nothing_elsewhere(text, expected):
    assert [r["indicator"] for r in extract_targets(text)][-1] == expected


def test_plain_year_column_is_no_target_column():
    # a year's figures (统计) under a plain year head stay unread, also with a unit-named head
    assert _targets("指标（单位） 2024年 备注\n地区生产总值（亿元） 320 初步核算\n") == []
