""""以乡(镇、街道)为单位" between a rate and its level says how the rate is counted, not what it
measures: the indicator is the rate alone (适龄儿童免疫规划疫苗接种率)."""
from __future__ import annotations

from transform.document import parse_document
from transform.targets import extract_targets


def _ind(text: str) -> list[str]:
    return [t["indicator"] for t in extract_targets(text, first_year=2021)]


def test_a_township_unit_with_a_bracket():
    assert _ind("适龄儿童免疫规划疫苗接种率以乡(镇、街道)为单位保持在90%以上。") == ["适龄儿童免疫规划疫苗接种率"]


def test_a_county_unit():
    assert _ind("到2025年，儿童青少年总体近视率以县为单位降低0.5个百分点。") == ["儿童青少年总体近视率"]


def test_a_village_unit_in_traditional_script():
    text = "某縣供水規劃\n一、目標\n到2025年，農村自來水普及率以村為單位達到95%。\n"
    got = [t["indicator"] for t in parse_document(text, source="p.txt", is_text=True).targets]
    assert got == ["農村自來水普及率"]
