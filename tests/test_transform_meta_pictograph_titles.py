"""Pictographs a blog or a social-media repost prints around a title ("🌟某县2024年工作报告📜") are no
part of the title a reader takes from the page (EXTRACTION.md: title as printed in its heading); a
title with only pictographs and text inside them keeps its text."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.headings import clean_title


@pytest.mark.parametrize("raw,title", [
    ("🌟某县2024年工作报告📜", "某县2024年工作报告"),
    ("📣 某市2025年民生实事项目清单 ✅", "某市2025年民生实事项目清单"),
    ("★某鎮2024年工作計劃★", "某鎮2024年工作計劃"),
])
def test_pictographs_around_a_title_are_cut(raw, title):
    assert clean_title(raw) == title


@pytest.mark.parametrize("title", ["某县“十四五”规划", "关于印发《某市行动方案》的通知", "某县2024年工作报告（草案）"])
def test_plain_titles_stay(title):
    assert clean_title(title) == title


def test_a_reposted_report_title():
    text = ("🌟某县2024年工作报告📜\n尊敬的各位领导：\n一、2023年工作回顾\n1.经济稳中向好。\n"
            "二、2024年工作展望\n1.深化改革，推动产业转型升级。\n2.加快推进乡村振兴。\n")
    d = parse_document(text, source="n.txt", is_text=True).document
    assert d["title"] == "某县2024年工作报告"
