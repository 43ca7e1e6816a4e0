"""E-paper renderings (电子报, 数字报): the reader's header prints today's date with its weekday
("2026-03-23" over "星期一", "2026年02月14日 星期六"): that is no signature date and no publish date;
the page line of the paper ("第1版:一版要闻 2026-02-13", "第006版：要闻 2026-03-06") dates the page;
so does a forum's or account's byline without a colon ("某某融媒 发表于 2026-1-28 14:20:01").
A dated signature at the end of a notice stays its date. Examples are invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _doc(text: str) -> dict:
    return parse_document(text, source="n.txt", is_text=True).document


_ARTICLE = (
    "某市2026年为民办实事项目出炉\n"
    "今年，某市为民办实事项目共安排30项，新建养老床位2000张，新增托育托位1500个，改造老旧小区40个。\n"
)


@pytest.mark.parametrize(
    ("top", "published"),
    [
        (
            "电子报阅读机\n2026-03-23\n星期一\n当前报纸名称:某某都市报\n第006版：要闻 2026-03-06\n",
            "2026-03-06",
        ),
        ("2026年02月14日 星期六\n第1版:一版要闻 2026-02-13\n", "2026-02-13"),
        ("電子報閱讀\n2026-03-23\n星期一\n第3版：要聞 2026-03-06\n", "2026-03-06"),
    ],
)
def test_the_page_line_dates_an_epaper_page(top, published) -> None:
    assert str(_doc(top + _ARTICLE)["publish_date"]) == published


def test_the_readers_today_is_no_date() -> None:
    doc = _doc("电子报阅读机\n2026-03-23\n星期一\n当前报纸名称:某某都市报\n日期:03-06\n" + _ARTICLE)
    assert doc["publish_date"] is None


@pytest.mark.parametrize(
    "byline",
    ["某某融媒 发表于 2026-1-28 14:20:01", "發表於 2026-01-28", "某区发布 发布于 2026年1月28日"],
)
def test_a_posted_on_byline_dates_the_page(byline) -> None:
    assert str(_doc(byline + "\n\n" + _ARTICLE)["publish_date"]) == "2026-01-28"


def test_a_dated_signature_stays() -> None:
    text = (
        "关于印发某县2025年重点工作任务的通知\n各乡镇人民政府：\n现将有关事项通知如下。\n"
        "某县人民政府办公室\n2025年3月2日\n"
    )
    assert str(_doc(text)["publish_date"]) == "2025-03-02"
