"""An empty byline field ("来源： 浏览量：") gives no value: the next field's label is not its value."""
from __future__ import annotations

import pytest

from transform.document import parse_document


def _doc(text: str) -> dict:
    return parse_document(text, source="b.txt", is_text=True).document


@pytest.mark.parametrize("byline", [
    "- 时间:2024-12-26 来源: 浏览量:",
    "时间：2024-12-26 来源： 点击数：",
    "发布日期：2024-12-26　来源：　阅读次数：",
], ids=["dash-ascii", "fullwidth", "ideographic-spaces"])
def test_an_empty_source_field_gives_no_issuer(byline):
    doc = _doc("某区召开民生实事项目推进会\n" + byline + "\n会议要求，确保各项目标任务如期完成。\n")
    assert doc["issuer"] is None
    assert str(doc["publish_date"]) == "2024-12-26"


def test_a_filled_source_field_keeps_its_value():
    doc = _doc("某区召开民生实事项目推进会\n发布时间：2024-12-26 来源：区政府办 浏览量：\n会议要求。\n")
    assert doc["issuer"] == "区政府办"
