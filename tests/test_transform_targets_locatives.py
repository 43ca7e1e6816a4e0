"""A place or a time span where the work is done opens the phrase before a number but names none
of what is measured: "在全县各镇新建村级综合服务站20个" → 村级综合服务站, "于三年内建成充电桩500个" →
充电桩, "全年在各乡镇培训农民3000人次" → 培训农民 (traditional 於…內 too)."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _indicators(text: str) -> dict[float, str]:
    return {t["value"]: t["indicator"] for t in parse_document(text, source="n.txt", is_text=True).targets}


def _task(body: str) -> str:
    return f"某县2026年工作要点\n一、重点任务\n1.推进村级服务。{body}（牵头单位：县农业农村局）\n"


@pytest.mark.parametrize(
    "clause,indicator",
    [
        ("在全县各镇新建村级综合服务站20个", "村级综合服务站"),
        ("在城区新增公共停车位800个", "公共停车位"),
        ("全年在各乡镇培训农民3000人次", "培训农民"),
        ("于三年内建成充电桩500个", "充电桩"),
        ("在开发区内建成标准厂房12万平方米", "标准厂房"),
    ],
)
def test_a_place_or_span_before_the_work_is_no_part_of_the_indicator(clause, indicator):
    got = _indicators(_task(clause + "。"))
    assert indicator in got.values()


def test_traditional_text_strips_the_span_too():
    got = _indicators("某縣2026年工作要點\n一、重點任務\n1.推進充電設施。於三年內建成充電樁500個。（牽頭單位：縣發展改革局）\n")
    assert got.get(500.0) == "充電樁"


@pytest.mark.parametrize(
    "clause,indicator",
    [("在校生人数达到1200人", "在校生人数"), ("在建项目投资完成50亿元", "在建项目投资")],
)
def test_words_starting_with_zai_stay(clause, indicator):
    got = _indicators(_task(clause + "。"))
    assert indicator in got.values()


@pytest.mark.parametrize(
    "clause,indicator",
    [
        ("在龙亭镇实施农村公路生命防护工程31公里", "农村公路生命防护工程"),
        ("在市场主体中培育专精特新企业20家", "专精特新企业"),
    ],
)
def test_the_place_is_one_name_and_the_work_keeps_its_words(clause, indicator):
    got = _indicators(_task(clause + "。"))
    assert indicator in got.values()
