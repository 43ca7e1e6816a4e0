"""A customs office (河池海关, 黄埔海关) is a complete unit name (lexicon `units_endings`): in a list it
is split from the next name even where both open with the same place (河池海关、河池税务局), not
read as the head of one shared name. Names that share a suffix still join."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _units(body: str, title: str = "某市2024年优化营商环境工作要点") -> list[tuple[list[str], list[str]]]:
    doc = parse_document(f"{title}\n一、优化口岸服务\n{body}\n", source="t.txt", is_text=True)
    return [(t["lead_units"], t["participating_units"]) for t in doc.tasks]


@pytest.mark.parametrize(
    ("line", "lead", "part"),
    [
        (
            "（一）提升跨境贸易便利化水平。〔牵头单位：市商务局；配合单位：河池海关、河池税务局〕",
            ["市商务局"],
            ["河池海关", "河池税务局"],
        ),
        ("1.压缩整体通关时间。（南宁海关、南宁税务局负责）", ["南宁海关", "南宁税务局"], []),
        ("1.推进智慧口岸建设。（责任单位：黄埔海关、黄埔区商务局）", ["黄埔海关", "黄埔区商务局"], []),
    ],
)
def test_a_customs_office_is_a_name_of_its_own(line, lead, part):
    assert _units(line) == [(lead, part)]


def test_traditional_characters():
    line = "（一）提升跨境貿易便利化水平。〔牽頭單位：市商務局；配合單位：河池海關、河池稅務局〕"
    assert _units(line, "某市2024年優化營商環境工作要點") == [(["市商務局"], ["河池海關", "河池稅務局"])]


def test_a_table_rendered_as_text():
    body = "序号 | 工作任务 | 牵头单位 | 配合单位\n1 | 压缩整体通关时间 | 市商务局 | 河池海关、河池税务局"
    assert _units(body) == [(["市商务局"], ["河池海关", "河池税务局"])]


def test_names_that_share_a_suffix_still_join():
    line = "1.发展新能源产业。（责任单位：全县新能源、新材料产业专班成员单位）"
    assert _units(line) == [(["全县新能源、新材料产业专班成员单位"], [])]
