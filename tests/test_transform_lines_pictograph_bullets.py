"""A pictograph printed as a bullet before a numbered heading ("🌟一、2024年工作展望", "★二、…",
"✅（一）…") on blogs and social-media reposts of reports: the heading is numbered all the same
(EXTRACTION.md: tasks are the numbered items; section nesting by their markers). A pictograph before
plain text stays."""
from __future__ import annotations

import pytest

from transform.lines import normalise_lines
from transform.structure import parse_structure


def _paths(text: str) -> list[list[str]]:
    return [t.path for t in parse_structure(text).tasks]


@pytest.mark.parametrize("mark", ["🌟", "★", "✅", "📌 ", "⭐"])
def test_a_pictograph_before_a_heading_marker_is_a_bullet(mark):
    text = (f"某市2024年工作报告\n{mark}一、2023年工作回顾\n1.经济稳中向好，增速位居全省前列。\n"
            "2.城市建设稳步推进。\n"
            f"{mark}二、2024年工作展望\n1.深化供给侧结构性改革，推动产业转型升级。\n2.加快推进乡村振兴。\n")
    assert _paths(text) == [["二", "1"], ["二", "2"]]


def test_a_pictograph_before_a_sub_item():
    text = "某县2024年重点工作\n一、产业发展\n🔹（一）新建产业园2个。\n🔹（二）引进企业10家。\n二、城市建设\n（一）改造老旧小区20个。\n"
    assert normalise_lines(text)[2].startswith("（一）")


@pytest.mark.parametrize("line", ["🌟新征程，新使命，让我们携手共进！", "★本报记者 张三", "📈经济稳中向好"])
def test_a_pictograph_before_plain_text_stays(line):
    assert normalise_lines(f"标题\n{line}\n")[1] == line
