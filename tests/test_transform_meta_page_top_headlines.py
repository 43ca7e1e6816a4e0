"""Headlines a page top hides: a heading line with its date stamp printed after a space and
nothing else on the line ("2024年某区重点工作任务 2024-10-12") is the title without the stamp; a
headline under a breadcrumb ("当前位置 : 首页 > 行业新闻 > 行业动态") is read below it, whatever
chrome stands above the breadcrumb (an e-paper's page line, "第5版:年终特别报道 2022-12-27", is no
breadcrumb: its reader may print the headline above it). Examples are invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _doc(text: str) -> dict:
    return parse_document(text, source="n.txt", is_text=True).document


_ITEMS = (
    "1.深化教育综合改革。新建公办幼儿园5所，新增学位2000个，年底前完成。\n"
    "2.提升医疗服务能力。改造乡镇卫生院8所，新增床位300张。\n"
    "3.推进城市更新。改造老旧小区12个，惠及居民3000户。\n"
)


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("2024年区委、区政府重点工作任务 2024-10-12", "2024年区委、区政府重点工作任务"),
        ("某县2025年民生实事项目清单 2025-03-01 10:20", "某县2025年民生实事项目清单"),
        ("某市2026年重點工作任務 2026/01/15", "某市2026年重點工作任務"),
    ],
)
def test_a_heading_with_its_date_stamp_is_the_title(first, title) -> None:
    assert _doc(f"{first}\n{_ITEMS}")["title"] == title


def test_a_stamped_forum_byline_is_no_title() -> None:
    text = "某某融媒 发表于 2026-1-28 14:20:01\n\n" + _LEAD
    assert _doc(text)["title"] != "某某融媒 发表于"


def test_a_stamped_sentence_is_no_title() -> None:
    text = "今年以来，我区持续推进各项工作，成效明显 2024-10-12\n" + _ITEMS
    assert _doc(text)["title"] is None


_LEAD = (
    "新华网某市1月22日电 (记者 张某)记者从22日举行的全省水利工作会获悉，2026年，全省水利建设将"
    "锚定投资200亿元以上的目标，计划新增6个县实现配套水网达效，治理水土流失面积500万亩。\n"
)


@pytest.mark.parametrize(
    ("top", "title"),
    [
        (
            "某某某某精品免费-某某某某夜夜不卡\n\n当前位置 : 首页 > 行业新闻 > 行业动态\n\n"
            "2026年某省水利投资将超200亿 聚焦现代水网\n\n",
            "2026年某省水利投资将超200亿 聚焦现代水网",
        ),
        (
            "扫码关注 某某网\n您现在的位置：某某网>新闻中心>本地新闻\n某省今年水利投资将超200亿元\n",
            "某省今年水利投资将超200亿元",
        ),
        (
            "無障礙 長者模式\n當前位置：首頁 > 新聞 > 要聞\n某省水利投資將超200億\n",
            "某省水利投資將超200億",
        ),
    ],
)
def test_the_headline_under_a_breadcrumb(top, title) -> None:
    assert _doc(top + _LEAD)["title"] == title


def test_the_headline_above_an_epaper_page_line_stays() -> None:
    top = "2025年04月28日 星期一\n数说民生 从无到有\n第5版:年终特别报道 2022-12-27\n\n数说民生\n\n"
    body = "今年，某市新建改建口袋公园60个，全市计划到2025年新建改建300个口袋公园。\n"
    assert _doc(top + body)["title"] == "数说民生 从无到有"


def test_prose_right_under_a_breadcrumb_gives_no_title() -> None:
    assert _doc("当前位置：首页 > 新闻 > 要闻\n" + _LEAD)["title"] is None


def test_a_headline_above_its_byline_at_the_top_stays() -> None:
    text = "某市公布2025年民生实事项目\n来源:某某融媒\n" + _ITEMS
    assert _doc(text)["title"] == "某市公布2025年民生实事项目"
