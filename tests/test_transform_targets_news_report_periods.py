"""A news report that names its source and then a period of the year so far ("记者从…获悉，一季度，
全区开复工重点项目1079个…") reports what was done in that period, like a sentence that opens with
the period: its figures are no targets, unless a word before the number looks ahead (力争, 计划…)."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _rows(text: str) -> list[tuple[str, float, str]]:
    return [(r["indicator"], r["value"], r["unit"]) for r in extract_targets(text, annual_year=2026)]


@pytest.mark.parametrize(
    "text",
    [
        # a news report of a press conference
        "记者从市发展改革委获悉,一季度,全市开复工重点项目120个,开复工率达85%,较上年同期提高3个百分点。",
        # traditional characters
        "記者從市統計局獲悉,上半年,全市規模以上工業增加值增長6.5%,固定資產投資增長4.2%。",
        # another source word, full-width commas
        "据了解，前三季度，全县新增城镇就业3200人。",
        # the period after 今年
        "本报讯 记者近日从县农业农村局了解到,今年上半年,全县新建高标准农田2.1万亩。",
    ],
)
def test_period_after_the_source_reports_results(text):
    assert _rows(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sentence looks ahead before the number
        ("记者获悉,一季度,全市力争开工项目30个以上。", [("项目", 30.0, "个")]),
        # no period of the year so far
        ("记者获悉,今年全市计划新开工项目30个。", [("新开工项目", 30.0, "个")]),
        ("据悉,全年力争新增城镇就业1万人。", [("城镇就业", 1.0, "万人")]),
        # the period inside the clause, not opening it
        ("记者获悉,全市一季度力争实现开门红,新开工项目50个。", [("新开工项目", 50.0, "个")]),
    ],
)
def test_commitments_after_the_source_stay(text, expected):
    assert _rows(text) == expected
