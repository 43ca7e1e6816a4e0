"""A water-quality class qualifier inside the indicator ("达到或优于Ⅲ类", "达到或好于Ⅲ类水体比例",
"（达到或优于Ⅲ类）") is part of what is measured: its 达到 (one of a pair joined by 或) is no verb of
commitment, and no word inside a bracket opens the phrase, so a long phrase is not cut there
(EXTRACTION.md: the indicator is the shortest phrase that names what is measured)."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


def _indicators(text: str) -> list[str]:
    return [t["indicator"] for t in extract_targets(text)]


@pytest.mark.parametrize(
    "text, measured",
    [
        # a national plan: the qualifier in a bracket of a long list subject
        (
            "到2025年，长江、黄河、珠江、松花江、淮河、海河、辽河等七大重点流域水质优良（达到或优于Ⅲ类）"
            "比例总体达到75%以上。",
            "七大重点流域水质优良(达到或优于Ⅲ类)比例",
        ),
        # a city plan: the qualifier without a bracket, an aside before it
        (
            "到2025年，全市纳入国家和省考核的地表水断面（详见附件1表1—2）水质达到或优于Ⅲ类比例达到85%以上。",
            "水质达到或优于Ⅲ类比例",
        ),
        # a county work plan: a long scope before the qualifier
        (
            "2024年，全县纳入国家、省、市考核的地表水监测断面及县级集中式饮用水水源地达到或好于Ⅲ类水体比例达到100%。",
            "达到或好于Ⅲ类水体比例",
        ),
        # a news report of the plan
        (
            "《方案》明确，全省纳入国家考核的地表水断面、入海河流及重点湖库水质达到或好于Ⅲ类的比例稳定在90%以上。",
            "达到或好于Ⅲ类的比例",
        ),
    ],
)
def test_a_class_qualifier_stays_in_the_indicator(text, measured):
    found = _indicators(text)
    assert found and measured in found[-1]
    assert not found[-1].startswith(("或", ")", "）"))


def test_a_traditional_page_keeps_the_qualifier():
    text = (
        "宿遷市水污染防治工作方案\n一、工作目標\n"
        "到2025年,全市國省考斷面(詳見附件1表1—2)達到或好於Ⅲ類水體比例(簡稱優Ⅲ水體比例)達到90%以上,"
        "全面消除劣Ⅴ類斷面。\n"
    )
    targets = parse_document(text, source="t.txt", is_text=True).targets
    ninety = [t for t in targets if t["value"] == 90]
    assert ninety and "好於Ⅲ類水體比例" in ninety[0]["indicator"]
    assert not ninety[0]["indicator"].startswith(("或", "見"))


def test_a_phrase_cut_to_its_last_words_does_not_open_inside_a_bracket():
    text = "全市50个地表水国省考断面（详见附件1表1—2）达到或好于Ⅲ类水体比例（简称优Ⅲ水体比例）达到90%以上。"
    assert _indicators(text)[-1] == "达到或好于Ⅲ类水体比例(简称优Ⅲ水体比例)"


@pytest.mark.parametrize(
    "text, indicator",
    [
        # short phrases were never cut: unchanged
        ("城市集中式饮用水水源水质达到或优于Ⅲ类比例总体高于93%。", "城市集中式饮用水水源水质达到或优于Ⅲ类比例"),
        ("近岸海域水质优良（一、二类）比例达到70%左右。", "近岸海域水质优良(一、二类)比例"),
        # a run-on phrase is still cut at its last verb of commitment outside brackets
        ("推动全县农业产业化龙头企业加快发展壮大规模并带动农户持续增收市级以上龙头企业达到45家。", "增收市级以上龙头企业"),
        (
            "全市县级及以上城市集中式饮用水水源地水质（达标率）持续保持稳定全市空气优良天数比率达到90%。",
            "保持稳定全市空气优良天数比率",
        ),
    ],
)
def test_near_misses_stay(text, indicator):
    assert _indicators(text)[-1] == indicator
