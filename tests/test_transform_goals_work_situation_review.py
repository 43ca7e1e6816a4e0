"""A section headed "…工作情况" ("一、上半年工作情况", "2023年工作情况") reviews work done, like
…工作开展情况 or …完成情况: its figures ("累计完成工业总产值135亿元") are achievements, not targets,
and a page of such sections only is no plan; the work ahead under its own heading keeps its
targets (audit round 31B: a 工业园区 summary printed without its headline). Examples are invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _parse(text: str):
    return parse_document(text.encode("utf-8"), source="w.txt", is_text=True)


_SUMMARY = (
    "2022年以来，在县委县政府的坚强领导下，园区管委会坚持新发展理念，使园区经济持续、健康发展。\n"
    "{heading}\n"
    "（一）经济指标稳中向好。1—11月，园区工业企业累计完成工业总产值135亿元，完成税收收入1588万元。\n"
    "（二）项目建设扎实推进。截止11月底，园区新增产业项目4个，建成标准厂房3栋。\n"
    "（三）招商引资有序开展。全年接待来访客商58次，对接项目35次。\n"
)


@pytest.mark.parametrize("heading", ["一、上半年工作情况", "一、2022年工作情况", "一、全年工作情况"])
def test_a_summary_of_work_situation_has_no_targets(heading: str) -> None:
    parsed = _parse(_SUMMARY.format(heading=heading))
    values = {t["value"] for t in parsed.targets}
    assert not values & {135.0, 1588.0, 58.0, 35.0}, values
    assert parsed.document["is_plan"] is False


def test_traditional_heading() -> None:
    text = _SUMMARY.format(heading="一、上半年工作情況")
    values = {t["value"] for t in _parse(text).targets}
    assert not values & {135.0, 1588.0, 58.0, 35.0}, values


def test_the_work_ahead_keeps_its_targets() -> None:
    text = _SUMMARY.format(heading="一、上半年工作情况") + (
        "二、下半年工作安排\n"
        "（一）抓好项目建设。新开工产业项目10个，完成固定资产投资20亿元。（牵头单位：园区经发局）\n"
        "（二）强化招商引资。新签约亿元以上项目8个。（牵头单位：园区招商局）\n"
    )
    parsed = _parse(text)
    values = {t["value"] for t in parsed.targets}
    assert {10.0, 20.0, 8.0} <= values, values
    assert not values & {135.0, 1588.0}, values
