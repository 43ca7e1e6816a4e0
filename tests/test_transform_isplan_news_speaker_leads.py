"""News of the year's work printed without its headline (or under a headline naming no plan):
a year-led clause after a speaker's lead-in ("他介绍，2026年某省将…", "某局负责人表示，2025年全市
计划…") commits like one opening its sentence, and the paragraphs after a forward lead go on with
its year while each still commits (将, 计划, 力争) and names nothing of the past, even when no field
word leads them ("省级骨干水网也将加速贯通，计划新增6个县…"). With three targets or more the page is a
plan. Examples are invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _parse(text: str):
    return parse_document(text, source="n.txt", is_text=True)


def _values(p) -> set[tuple[float, str]]:
    return {(t["value"], t["unit"]) for t in p.targets}


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        (  # a wire report of a work report, no headline
            "新华网某市1月20日电 (记者张某)20日，某省人民代表大会开幕，省长作政府工作报告。他介绍，"
            "2026年某省将开展耕地提质，新建高标准农田60万亩，粮食总产300亿斤以上，建设冷链仓储设施120个。\n\n"
            "同时，持续推进乡村建设，办好村级文体活动。\n",
            {(60.0, "万亩"), (300.0, "亿斤"), (120.0, "个")},
        ),
        (  # a bureau's spokesman, traditional characters
            "記者從某市交通運輸局獲悉，該局負責人表示，2025年全市計劃新改建農村公路800公里，"
            "改造危橋45座，新增公交線路12條。\n",
            {(800.0, "公里"), (45.0, "座"), (12.0, "條")},
        ),
    ],
)
def test_a_year_led_clause_after_a_speaker_commits(text, expect) -> None:
    p = _parse(text)
    assert expect <= _values(p), p.targets
    assert p.document["is_plan"] is True


def test_the_run_after_a_forward_lead_goes_on_through_committing_paragraphs() -> None:
    text = (
        "2026年某省水利投资将超200亿\n\n"
        "记者从某省水利工作会获悉，2026年，全省水利建设将锚定投资200亿元以上的目标。\n\n"
        "省级骨干水网与县域配套水网也将加速贯通，计划新增8个县实现配套水网达效。\n\n"
        "在农村供水方面，全年计划维修养护工程1500处，农村自来水普及率达到97.5%。\n\n"
        "此外，某省将推进18条中小河流治理，治理水土流失面积400万亩。\n"
    )
    got = _values(_parse(text))
    assert {(8.0, "个"), (1500.0, "处"), (97.5, "%"), (18.0, "条"), (400.0, "万亩")} <= got, got


@pytest.mark.parametrize(
    "text",
    [
        # a past-year paragraph after the lead ends the run
        "记者从某省水利工作会获悉，2026年，全省水利建设将锚定投资200亿元以上的目标。\n\n"
        "去年以来，全省已新增配套水网县10个，累计治理河流35条。\n",
        # the speaker reports results: no commitment in the clause
        "某局负责人介绍，2025年全市新改建农村公路800公里，改造危桥45座，新增公交线路12条。\n",
    ],
)
def test_results_after_a_lead_stay_out(text) -> None:
    got = _values(_parse(text))
    assert not {(10.0, "个"), (35.0, "条"), (800.0, "公里"), (45.0, "座")} & got, got


def test_a_paragraph_committing_after_its_figures_is_no_run() -> None:
    text = (
        "记者获悉，今年，某市将加快水生态治理，实施水利项目60个。\n\n"
        "治理范围包括12.5公里的主河道，以及3条长8.6公里的支沟。目前项目计划3月开工。\n"
    )
    got = [(t["value"], t["unit"]) for t in _parse(text).targets]
    assert (60.0, "个") in got and (8.6, "公里") not in got and (12.5, "公里") not in got, got
