"""A frequency inside the phrase that says who is counted ("每周参加1次及以上体育锻炼的人数达到
2100万": people who train at least once a week) is neither a target nor a recurrence: the 1次
defines the people, and the 每周 does not make the sentence's targets recur, so they keep the
year of the sentence (audit round 10C: sports and health plans). A frequency that is the work
itself (每年开展赛事不少于20次) stays a recurring target."""
from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _rows(text: str, annual_year: int | None = None) -> list[tuple]:
    return [(t["value"], t["unit"], t["year"]) for t in extract_targets(text, annual_year=annual_year)]


@pytest.mark.parametrize("text, expected", [
    ("到2025年，每周参加1次及以上体育锻炼的人数达到5000万，经常参加体育锻炼人数比例达到40%以上。",
     [(5000.0, "万", 2025), (40.0, "%", 2025)]),
    ("到2030年，每周至少参加3次体育锻炼的人口比例达45%，体育产业总规模超过800亿元。",
     [(45.0, "%", 2030), (800.0, "亿元", 2030)]),
    ("到2025年人均体育场地面积达2平方米以上，每周参加1次以上体育锻炼的人数达300万，体育产业总规模超过60亿元。",
     [(2.0, "平方米", 2025), (300.0, "万", 2025), (60.0, "亿元", 2025)]),
    ("2024年，每月接受2次以上上门服务的老年人达到1.2万人。", [(1.2, "万人", 2024)]),
    ("2024年，每月接受2次以上上门服务的老年人达到1.2万人、覆盖率达到80%。",
     [(1.2, "万人", 2024), (80.0, "%", 2024)]),
])
def test_a_frequency_that_defines_who_is_counted(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("到2025年，每年开展全民健身赛事活动不少于20次。", [(20.0, "次", None)]),
    ("到2025年，每周开展2次以上志愿服务，每次服务时长不少于2小时。", [(2.0, "次", None), (2.0, "小时", None)]),
])
def test_a_frequency_that_is_the_work_stays_recurring(text, expected):
    assert _rows(text) == expected
