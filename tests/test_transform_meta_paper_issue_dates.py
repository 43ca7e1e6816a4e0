"""A newspaper page's issue line ("2025年10月16日 星期四 出版") is the page's date where the page has
no labelled date; a site header printing today's date with its weekday (no 出版) is not."""
from __future__ import annotations

import pytest

from transform.document import parse_document

ARTICLE = (
    "推进民生实事项目建设\n"
    "  本报讯(记者 张三)昨天，市人大常委会组成视察组，视察2026年我市民生实事项目建设情况，"
    "视察组先后视察了城厢镇综合为老服务中心项目和第一小学扩建项目，听取了相关情况汇报。\n"
)


@pytest.mark.parametrize("issue,day", [
    ("2026年10月16日 星期四 出版", "2026-10-16"),
    ("2026年3月2日星期一出版", "2026-03-02"),
    ("2026年3月8日 周日 出版", "2026-03-08"),
])
def test_the_issue_line_dates_the_page(issue, day):
    text = f"第01:要闻\n返回某某日报\n{issue}\n放大 缩小 默认\n" + ARTICLE
    assert str(parse_document(text, source="p.txt", is_text=True).document["publish_date"]) == day


def test_a_header_with_todays_weekday_is_no_page_date():
    text = "某县人民政府门户网站\n今天是：2026年10月16日 星期四\n" + ARTICLE
    assert parse_document(text, source="p.txt", is_text=True).document["publish_date"] is None
