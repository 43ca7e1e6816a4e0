"""Document fields a page's chrome hides: a 文号 glued to the front of a notice's headline, an empty
来源 field read into the toolbar after it, a news site's stamp printing the year apart from month/day."""
from __future__ import annotations

from datetime import date

import pytest

from transform.document import parse_document
from transform.metadata_issuer import issuing_body


def _doc(text: str) -> dict:
    return parse_document(text.encode("utf-8"), source="t.txt", is_text=True).document


_NOTICE_BODY = "各镇政府,各街道办事处,县政府各部门:\n\n现将《2021年某县重点工作责任分工》印发给你们,请认真贯彻落实。\n"


@pytest.mark.parametrize(
    ("head", "number"),
    [
        ("某政发〔2021〕1号关于印发2021年某县重点工作责任分工的通知", "某政发〔2021〕1号"),
        ("某政办字〔2023〕5号某县人民政府办公室关于印发某县重点工作责任分工的通知", "某政办字〔2023〕5号"),
        ("某政发[2022]12号 关于2022年重点工作任务分解的意见", "某政发[2022]12号"),
    ],
)
def test_doc_number_glued_to_the_headline(head: str, number: str) -> None:
    text = f"当前位置:首页 > 政务公开 > 县政府文件\n{head}\n分享\n\n{_NOTICE_BODY}"
    assert _doc(text)["doc_number"] == number


@pytest.mark.parametrize(
    "line",
    [
        # a 文号 cited in a sentence is no number of this page
        "某政发〔2021〕1号关于印发的方案已经废止，请各单位参照执行。",
        # a 文号 before words that are no notice's headline
        "某政发〔2021〕1号文件精神要求各单位抓好落实",
    ],
)
def test_doc_number_near_misses(line: str) -> None:
    text = f"2021年某县重点工作任务\n\n{line}\n\n一、抓好项目建设。县发改局牵头。\n"
    assert _doc(text)["doc_number"] is None


@pytest.mark.parametrize(
    "value",
    ["字体大小 打印本页 打印本页 关闭本页", "字号:大 中 小", "打印本页 关闭窗口", "【字体:大 中 小】", "分享到:"],
)
def test_toolbar_after_empty_source_is_no_issuer(value: str) -> None:
    assert issuing_body(value) is None


@pytest.mark.parametrize("value", ["某县农业农村局", "某市人民政府办公室", "某某日报", "字画院"])
def test_bodies_stay_issuers(value: str) -> None:
    assert issuing_body(value) == value


def test_empty_source_field_on_a_news_page() -> None:
    text = (
        "首页 > 市县工作 > 正文\n某市组织召开农机化重点工作座谈会\n"
        "时间:2021-04-26 来源: 字体大小 打印本页 关闭本页\n\n"
        "4月22日上午，市局组织召开全市农机化重点工作座谈会。\n"
    )
    d = _doc(text)
    assert d["issuer"] is None and d["publish_date"] == date(2021, 4, 26)


@pytest.mark.parametrize(
    ("stamp", "day"),
    [("2024 01/19 19:46:13", date(2024, 1, 19)), ("2023 12/05 08:30", date(2023, 12, 5))],
)
def test_year_apart_from_month_day_stamp(stamp: str, day: date) -> None:
    text = (
        f"某区这样干!-某某网\n某某网 > > 正文\n{stamp}\n来源:某某网\n\n某区这样干!\n\n"
        "2024年，我们将锚定区域定位，地区生产总值同比增长7%。\n"
    )
    assert _doc(text)["publish_date"] == day


@pytest.mark.parametrize(
    "stamp",
    [
        "2024 01/19",  # no clock time: a year and a fraction, not a stamp
        "2024 13/45 19:46",  # no month 13
        "共2024 01/19 19:46:13",  # not alone on its line
    ],
)
def test_year_apart_stamp_near_misses(stamp: str) -> None:
    text = f"某区这样干!\n{stamp}\n\n2024年，我们将锚定区域定位，地区生产总值同比增长7%。\n"
    assert _doc(text)["publish_date"] is None
