"""A news line that reports what a plan says and closes with a colon ("关于重点任务，《纲要》提出：",
"《方案》明确了以下目标：") opens the lines below it: each states the plan's commitments, even with no
commitment word of its own ("深入推进数字乡村建设，农村宽带接入率达到98%。")."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _values(text: str) -> set[float]:
    return {t["value"] for t in parse_document(text, source="n.txt", is_text=True).targets}


@pytest.mark.parametrize("cue", ["关于重点任务,《纲要》提出:", "《方案》明确了以下几项重点:"])
def test_lines_under_a_reporting_cue_carry_targets(cue):
    text = (
        "某日,某市发布《某市数字经济发展纲要》。\n"
        f"{cue}\n"
        "深入推进数字乡村建设,农村宽带接入率达到98%。\n"
        "着眼建设智慧城市,加快形成数字治理体系。\n"
        "办好人民满意的教育,劳动年龄人口平均受教育年限提高到12年。\n"
    )
    assert {98.0, 12.0} <= _values(text)


def test_lines_under_a_heading_after_the_cue_are_not_opened():
    text = (
        "某日,某市发布《某市数字经济发展纲要》。\n《纲要》提出:\n"
        "深入推进数字乡村建设,农村宽带接入率达到98%。\n"
        "过去五年发展成就\n"
        "全市新建5G基站3200个。\n"
    )
    got = _values(text)
    assert 98.0 in got and 3200.0 not in got


def test_short_item_lines_under_the_cue_stay_open():
    text = (
        "某日,某市发布《某市数字经济发展纲要》。\n《纲要》提出:\n"
        "农村宽带接入率达到98%\n5G基站达到1.2万个\n"
    )
    assert {98.0, 1.2} <= _values(text)
