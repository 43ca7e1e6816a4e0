"""A report's meeting line without a date, then the speaker's line, then the date alone:
"政府工作报告 / ——在某县第十八届人民代表大会第五次会议上 / 县长 某某 / （2025年1月6日）". The date
two lines under the meeting line is the day the report was given (the speaker's line sits between),
so a 政府工作报告 given at the people's congress plans that year, also where the page is cut inside
its review of the year before."""

from __future__ import annotations

from datetime import date

import pytest

from transform.document import parse_document
from transform.metadata import parse_date
from transform.speeches import speech_heading

_REVIEW = "各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n2024年工作回顾\n2024年，全县地区生产总值增长8%。\n"


def _parse(s: str | None) -> date | None:
    return parse_date(s)


@pytest.mark.parametrize(
    "top,given",
    [
        (
            [
                "政府工作报告",
                "——在某县第十八届人民代表大会第五次会议上",
                "县委副书记、县长 某某某",
                "（2025年1月6日）",
            ],
            date(2025, 1, 6),
        ),
        (
            ["政府工作报告", "在某市第十六届人民代表大会第三次会议上", "市长  张三", "(2024年2月1日)"],
            date(2024, 2, 1),
        ),
        (
            ["政府工作报告", "——在某區第十屆人民代表大會第四次會議上", "區長 李某", "（2026年1月9日）"],
            date(2026, 1, 9),
        ),
        # the date right under the meeting line still counts
        (
            ["政府工作报告", "——在某县第十八届人民代表大会第五次会议上", "（2025年1月6日）", "县长 某某"],
            date(2025, 1, 6),
        ),
    ],
)
def test_a_date_under_the_speaker_line_is_the_day_given(top, given):
    head, when, congress = speech_heading(top, _parse)
    assert head == "政府工作报告" and congress and when == given


@pytest.mark.parametrize(
    "top",
    [
        # a line of prose between the meeting line and a date is no speaker's line
        [
            "政府工作报告",
            "——在某县第十八届人民代表大会第五次会议上",
            "各位代表：现在，我代表县人民政府向大会报告工作。",
            "（2025年1月6日）",
        ],
        # a date three lines down is too far
        [
            "政府工作报告",
            "——在某县第十八届人民代表大会第五次会议上",
            "县长 某某",
            "副县长 某某",
            "（2025年1月6日）",
        ],
    ],
)
def test_a_date_after_prose_or_further_down_gives_none(top):
    _head, when, _congress = speech_heading(top, _parse)
    assert when is None


def test_a_report_cut_inside_its_review_plans_the_year_it_was_given():
    text = "政府工作报告\n——在某县第十八届人民代表大会第五次会议上\n县长 某某\n（2025年1月6日）\n" + _REVIEW
    doc = parse_document(text, source="r.txt", is_text=True).document
    assert (doc["plan_start_year"], doc["plan_end_year"]) == (2025, 2025)
