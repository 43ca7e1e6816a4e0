"""A news report whose lead says the year's work comes in a counted list ("…将重点抓好十方面工作",
"要着力做好8个方面任务") states that work in the paragraphs below it, cue words or not: their
figures are targets of the year. A lead about work already done ("过去一年抓好了…") opens none.
Examples are invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _parse(text: str):
    return parse_document(text, source="w.txt", is_text=True)


_PAGE = "{byline}\n{lead}\n{section}\n{work}\n"
_WORK = "扩大有效投资。推进300个市级重点项目、完成投资650亿元以上，举办招商推介活动40场，新建5G基站1200个。"


@pytest.mark.parametrize(
    "lead",
    [
        "2月3日，某市十七届人大三次会议开幕，市长代表市政府作政府工作报告。2026年全市将重点抓好十方面工作。",
        "某县县长在县人代会上作报告。作为开局之年，今年该县要着力做好8个方面任务，推动经济回升向好。",
        "日前召开的某区经济工作会议明确，2025年全区将扎实推进六大领域重点工作，确保目标实现。",
    ],
)
def test_the_work_below_a_counted_lead_gives_targets(lead: str) -> None:
    text = _PAGE.format(byline="某某日报记者 张某 李某", lead=lead, section="全力扩大内需", work=_WORK)
    got = {(t["value"], t["unit"]) for t in _parse(text).targets}
    assert {(300.0, "个"), (650.0, "亿元"), (40.0, "场"), (1200.0, "个")} <= got, got


def test_a_lead_about_work_done_opens_none() -> None:
    lead = "某市政府工作报告回顾，过去一年全市重点抓好了十个方面工作，经济运行稳中向好。"
    work = "扩大有效投资。推进了300个市级重点项目、完成投资650亿元，举办招商推介活动40场。"
    text = _PAGE.format(byline="某某日报记者 张某", lead=lead, section="回顾", work=work)
    got = {(t["value"], t["unit"]) for t in _parse(text).targets}
    assert not got & {(300.0, "个"), (40.0, "场")}, got
