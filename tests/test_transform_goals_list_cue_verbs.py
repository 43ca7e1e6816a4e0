"""A list of work after its cue reads "…实事项目主要包括：A，B" or "…具体包括：" as well as "…包括：":
the news of a city's list ("2023年为民办实事项目主要包括：建设30家智慧养老院，新增500张…") gives the
list's targets. A cue without its colon ("实事项目主要包括十个方面") opens no list."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _values(text: str) -> list[float]:
    return sorted(t["value"] for t in parse_document(text, source="l.txt", is_text=True).targets)


@pytest.mark.parametrize(
    "text",
    [
        # a city paper's news of the list
        "某市今年为民办实事项目发布\n2023-02-08 10:54 来源：某市日报\n"
        "2023年为民办实事项目主要包括：建设30家智慧养老院，新增500张养护床位，新建20个社区健身中心。\n",
        # 具体包括
        "某区2024年民生实事项目确定\n2024-01-12\n"
        "区政府确定的民生实事项目具体包括：建设30家智慧养老院，新增500张养护床位，新建20个社区健身中心。\n",
        # traditional characters
        "某市今年為民辦實事項目發布\n2023-02-08\n"
        "2023年為民辦實事項目主要包括：建設30家智慧養老院，新增500張養護床位，新建20個社區健身中心。\n",
    ],
    ids=["main-items", "specific-items", "traditional"],
)
def test_list_after_included_cue(text):
    assert _values(text) == [20, 30, 500]


def test_cue_without_colon_opens_no_list():
    text = (
        "某市今年为民办实事项目发布\n2023-02-08\n"
        "今年为民办实事项目主要包括十个方面，涉及养老、托育、健身等领域。\n"
    )
    assert _values(text) == []
