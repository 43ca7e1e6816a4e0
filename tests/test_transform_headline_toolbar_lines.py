"""An e-paper's or portal's toolbar ("放大  缩小  默认  上一篇", "上一版  下一版") and an edition's date line
with its weekday ("2021年01月06日 星期三") printed over a headline are never joined to it: the title
is the headline alone. A line that is a heading in two parts, or a toolbar word inside a real heading,
still joins or stays. Every text here is invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.headings import heading_like

_BODY = (
    "2025年是“十五五”开局之年，要科学部署，狠抓落实。\n"
    "一、推进产业升级\n"
    "1.新建产业园区2个。（牵头单位：区发展改革委）\n"
    "2.培育规上企业30家。（牵头单位：区经济信息化委）\n"
)


def _title(head: str) -> str | None:
    return parse_document(head + _BODY, source="p.txt", is_text=True).document["title"]


@pytest.mark.parametrize(
    "line",
    [
        "放大  缩小  默认  上一篇",
        "上一版  下一版",
        "【大 中 小】 打印 关闭",
        "上一篇 下一篇 返回顶部",
        "2021年01月06日 星期三",
        "2025年3月5日 周三",
        "2025年3月5日（星期三）",
    ],
)
def test_toolbar_and_dated_edition_lines_are_no_headings(line):
    assert not heading_like(line)


@pytest.mark.parametrize(
    "line",
    [
        "某区2025年工作安排",
        "放大招商引资效应的若干措施",  # a toolbar word opening a real heading
        "上一篇文章提到的重点工作",
        "小微企业 大有可为",  # words apart by a space, not buttons
    ],
)
def test_headings_stay(line):
    assert heading_like(line)


def test_an_e_paper_page_with_a_toolbar_and_an_edition_date():
    head = "第04版:策划\n版面概览\n上一版  下一版\n\n2021年01月06日 星期三\n\n放大  缩小  默认  上一篇\n\n某区2025年工作安排\n"
    assert _title(head) == "某区2025年工作安排"


def test_a_traditional_toolbar_over_the_headline():
    # (a traditional page is read in its simplified working copy; the title stays as printed)
    head = "放大 縮小 默認 上一篇\n某區2025年工作安排\n"
    assert _title(head) == "某區2025年工作安排"


def test_an_edition_date_right_over_the_headline():
    head = "2025年03月05日 星期三\n某区2025年工作安排\n"
    assert _title(head) == "某区2025年工作安排"


def test_a_headline_printed_over_two_lines_still_joins():
    head = "某区推进产业升级\n2025年工作安排\n"
    assert _title(head) == "某区推进产业升级2025年工作安排"
