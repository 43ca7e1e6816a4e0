"""Markers a conversion or a newspaper layout printed differently: a section number followed by a
space instead of 、 ("一 打造营商环境新标杆", "二\u3000总体要求": PDF text, e-paper pages), and items
opened by a bullet before their number ("●一是深化改革", "■ 1.优化服务", "◆（一）…")."""
from __future__ import annotations

import pytest

from transform.lines import normalise_lines
from transform.numbering import match_marker
from transform.structure import parse_structure


def _paths(text: str) -> list[list[str]]:
    return [t.path for t in parse_structure(text).tasks]


@pytest.mark.parametrize("sep", [" ", "  ", "\u3000"])
def test_a_section_number_followed_by_a_space(sep):
    text = (f"某区2024年重点工作安排\n一{sep}打造营商服务环境新标杆\n1.深化审批制度改革，年底前完成。\n"
            f"2.优化政务服务流程。\n二{sep}打造先进制造平台\n1.扩大产业集群规模，新增企业20家。\n")
    assert _paths(text) == [["一", "1"], ["一", "2"], ["二", "1"]]


@pytest.mark.parametrize("line", [
    "三 农工作取得了新的进展，全年粮食总产量稳定在较高水平，农民收入持续增长，农村面貌明显改善",
    "十 多个部门联合开展检查",
    "一 年",
])
def test_prose_after_a_numeral_and_a_space_is_no_section(line):
    assert match_marker(line) is None


@pytest.mark.parametrize("bullet", ["●", "■ ", "◆", "•"])
def test_a_bullet_before_a_number_opens_an_item(bullet):
    text = (f"某开发区2024年工作要点\n一、打造营商服务环境新标杆\n{bullet}一是深化动力变革\n{bullet}二是优化政务服务\n"
            f"二、打造先进制造平台\n{bullet}1.扩大集群规模\n{bullet}2.提升平台层级\n")
    assert _paths(text) == [["一", "一是"], ["一", "二是"], ["二", "1"], ["二", "2"]]


def test_a_bullet_before_plain_text_stays_text():
    lines = normalise_lines("一、新建城区学校2所\n●成立工作专班，统筹推进各项工作。\n●建立月调度机制。\n")
    assert lines[1:] == ["●成立工作专班，统筹推进各项工作。", "●建立月调度机制。"]
