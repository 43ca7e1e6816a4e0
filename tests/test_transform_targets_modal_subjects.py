"""Who commits before a modal 要 and a work verb ("郑州要新改造农村公路500公里", "某县今年要新建
污水管网200公里") frames the indicator as 将 does: the indicator starts at the verb."""
from __future__ import annotations

from transform.document import parse_document
from transform.targets import extract_targets


def _ind(text: str) -> list[str]:
    return [t["indicator"] for t in extract_targets(text, first_year=2024)]


def test_a_city_before_the_modal():
    assert _ind("郑州要新改造农村公路500公里。") == ["新改造农村公路"]


def test_a_county_and_the_year_before_the_modal():
    assert _ind("某县今年要新建污水管网200公里。") == _ind("某县今年将新建污水管网200公里。") == ["污水管网"]


def test_the_same_as_with_jiang():
    assert _ind("全市要改造老旧小区30个。") == _ind("全市将改造老旧小区30个。")


def test_other_verbs_of_work():
    assert _ind("乙市要培育专精特新企业50家。") == ["专精特新企业"] or _ind("乙市要培育专精特新企业50家。") == [
        "培育专精特新企业"
    ]
    assert not _ind("乙市要打造省级示范村10个。")[0].startswith("乙市")


def test_a_traditional_news_page():
    text = "鄭州鄉村建設實施方案出爐\n根據方案，到2025年，鄭州要新改造農村公路500公里，新建村級綜合服務站100個。\n"
    got = [t["indicator"] for t in parse_document(text, source="p.txt", is_text=True).targets]
    assert got and not any(g.startswith("鄭州") or g.startswith("郑州") for g in got)


def test_need_and_main_are_no_modal():
    assert _ind("重要建设项目完成投资30亿元。")[0] != "建设项目完成投资"


def test_a_word_ending_in_yao_is_no_modal():
    assert _ind("全县需要改造的农村危房数量控制在50户以内。")[0].startswith("需要改造")
