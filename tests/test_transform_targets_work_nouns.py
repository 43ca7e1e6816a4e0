"""The noun a work verb counts: 设置/开放/动工 + N + noun (设置110米减速车道, 开放20个以上应用场景,
动工4所公办普通高中) name the noun after the number, as 新建/增设 do; 给排水/给水/向阳 open a word, not
with the preposition 给/向 (改造给排水管网12公里); a list in brackets after the noun
(增设4处交叉口信号灯(A和B、C和D)) is no part of it; the 含 of an aside (含A路中分带增设护栏6.7公里)
is no part of the phrase."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _rows(text: str) -> list[tuple[str, float, str]]:
    return [(r["indicator"], r["value"], r["unit"]) for r in extract_targets(text, annual_year=2026)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plan's project line
        ("在交叉口以北设置110米减速车道。", [("设置减速车道", 110.0, "米")]),
        # a news report
        ("每年将面向社会主动开放20个以上应用场景。", [("开放应用场景", 20.0, "个")]),
        (
            "建成1所公办普通高中,动工4所公办普通高中。",
            [("建成公办普通高中", 1.0, "所"), ("动工公办普通高中", 4.0, "所")],
        ),
    ],
)
def test_work_verb_counts_the_noun_after(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "改造供热、燃气管道18公里和给排水管网12公里。",
            [("改造供热、燃气管道", 18.0, "公里"), ("给排水管网", 12.0, "公里")],
        ),
        ("新建给水管网5.2公里。", [("给水管网", 5.2, "公里")]),
        ("向阳大道中分带增设护栏5.65公里。", [("向阳大道中分带增设护栏", 5.65, "公里")]),
    ],
)
def test_a_word_opening_with_a_preposition_stays_whole(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "增设4处交叉口信号灯(九龙大道和粮棉河路、建湖大道和宝冈线、建阳镇建县路和S331)。",
            [("增设交叉口信号灯", 4.0, "处")],
        ),
        (
            "实施路段安防36.5公里(含A路中分带增设护栏6.7公里、B路增设护栏5.6公里)。",
            [("路段安防", 36.5, "公里"), ("A路中分带增设护栏", 6.7, "公里"), ("B路增设护栏", 5.6, "公里")],
        ),
    ],
)
def test_brackets_around_the_noun(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: a preposition before a beneficiary still goes; a closed bracket stays whole
        ("为1000名老年人提供居家上门服务。", [("老年人提供居家上门服务", 1000.0, "名")]),
        ("新增60个县(市、区)水源置换工作。", [("新增县(市、区)水源置换工作", 60.0, "个")]),
        ("设置时限为30天。", [("设置时限", 30.0, "天")]),
        ("新建学校5所(含幼儿园4所)。", [("学校", 5.0, "所")]),
    ],
)
def test_near_misses_do_not_change(text, expected):
    assert _rows(text) == expected
