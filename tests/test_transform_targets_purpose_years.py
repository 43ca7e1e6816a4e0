"""A year in a purpose clause ("为到2035年基本实现现代化打好基础") names a far vision the plan serves,
not the horizon of the figures after it: they keep the year the text set before (到2030年) or none."""
from __future__ import annotations

import pytest

from transform.document import parse_document


def _years(text: str) -> dict[float, int | None]:
    return {t["value"]: t["year"] for t in parse_document(text, source="p.txt", is_text=True).targets}


@pytest.mark.parametrize("purpose", [
    "为到2035年基本实现社会主义现代化打好基础",
    "为到2035年人均地区生产总值比2020年翻一番奠定坚实基础",
])
def test_a_purpose_year_sets_no_horizon(purpose):
    text = (f"某县国民经济和社会发展第十五个五年规划纲要\n一、主要目标\n到2030年，{purpose}，"
            "全县研发经费投入强度达到2.6%，森林覆盖率稳定在60%以上。\n")
    got = _years(text)
    assert got[2.6] == 2030 and got[60.0] == 2030


def test_a_purpose_year_before_any_horizon_gives_none():
    text = ("某市“十五五”发展规划要点解读\n发布时间：2026-02-01\n规划纲要提出，为到2035年基本实现现代化打好基础，"
            "全市高新技术企业达到3000家，城镇新增就业每年5万人以上。\n")
    got = _years(text)
    assert got[3000.0] != 2035
