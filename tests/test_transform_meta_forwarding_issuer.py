"""A notice forwarding another body's document ("某市人民政府批转市发改委关于…的通知", "转发县教育局关于…")
is issued by the body that forwards it: the issuer read from the title stops before 批转/转发, and
a title that opens with the verb takes the body on the line above it."""
from __future__ import annotations

import pytest

from transform.document import parse_document


def _issuer(text: str) -> str | None:
    return parse_document(text.encode(), source="x", is_text=True).document["issuer"]


@pytest.mark.parametrize("title,issuer", [
    ("某市人民政府批转市发改委关于2025年全市国民经济和社会发展计划报告的通知", "某市人民政府"),
    ("某县人民政府办公室转发县教育局关于2024年教育重点工作的通知", "某县人民政府办公室"),
    ("某縣人民政府辦公室轉發縣農業農村局關於2024年鄉村振興重點工作的通知", "某縣人民政府辦公室"),
    ("某区人民政府关于2024年重点工作任务分解的通知", "某区人民政府"),   # no forwarding: as before
])
def test_the_issuer_in_the_title_stops_before_the_forwarding_verb(title, issuer):
    assert _issuer(f"{title}\n各乡镇人民政府：\n现将有关事项通知如下。\n") == issuer


@pytest.mark.parametrize("body,verb", [("市人民政府", "批转"), ("某县人民政府", "转发"), ("某縣人民政府", "轉發")])
def test_a_title_opening_with_the_verb_takes_the_body_above_it(body, verb):
    text = (
        f"某政发〔2025〕6号\n{body}\n{verb}市发改委关于2025年国民经济和社会发展计划报告的通知\n"
        "各县市区人民政府：\n现转给你们，请据此安排工作。\n"
    )
    assert _issuer(text) == body
