"""A 来源 field whose value is only a date ("版次:01 来源: 2025年01月22日", an e-paper's page line;
"来源：2024-03-05 10:20") names no issuer: the date is the page's, the issuer stays unknown (or comes
from elsewhere). A source naming a body before its date keeps the body. Examples are invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.metadata_issuer import issuing_body


def _doc(text: str) -> dict:
    return parse_document(text, source="n.txt", is_text=True).document


_BODY = (
    "某区2025年民生实事项目\n{byline}\n今年，某区将新建公办幼儿园3所，改造老旧小区12个，新增停车位500个。\n"
)


@pytest.mark.parametrize(
    "byline",
    [
        "版次:01 来源: 2025年01月22日",
        "来源：2025-01-22 10:20",
        "來源：2025年1月22日",
    ],
)
def test_a_date_as_source_is_no_issuer(byline) -> None:
    doc = _doc(_BODY.format(byline=byline))
    assert doc["issuer"] is None
    assert str(doc["publish_date"]) == "2025-01-22"


@pytest.mark.parametrize(
    ("value", "kept"),
    [
        ("2025年01月22日", None),
        ("2025-01-22", None),
        ("2025/1/22 08:30:00", None),
        ("某区发展和改革局", "某区发展和改革局"),
        ("某县人民政府办公室 2025-01-22", "某县人民政府办公室 2025-01-22"),
    ],
)
def test_issuing_body_of_a_date(value, kept) -> None:
    assert issuing_body(value) == kept
