"""A document-sharing site's badge in the page text ("1亿VIP精品文档", "相关文档 … 1亿VIP精品文档")
is site chrome: a number right before "VIP" is no target. Targets next to such chrome stay."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


@pytest.mark.parametrize(
    "text",
    [
        "1亿VIP精品文档",
        "相关文档\n1亿VIP精品文档\n",
        "1億VIP精品文檔",
        "平台拥有3000万VIP文档",
    ],
)
def test_badge_is_no_target(text: str) -> None:
    assert extract_targets(text, annual_year=2022) == []


def test_plan_page_with_the_badge() -> None:
    text = (
        "XX县2022年健康素养促进行动实施方案\n"
        "1亿VIP精品文档\n"
        "一、工作目标\n"
        "到2022年底，全县居民健康素养水平达到25%以上。\n"
    )
    got = parse_document(text, source="x.txt", is_text=True).targets
    assert [(t["value"], t["unit"]) for t in got] == [(25, "%")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("新增VIP通道2条。", 2),  # the badge word before the number: a noun, kept
        ("建设会员服务中心1个，开通VIP服务。", 1),
    ],
)
def test_vip_elsewhere_stays(text: str, value: float) -> None:
    assert [r["value"] for r in extract_targets(text, annual_year=2022)] == [value]
