"""The title of an HTML page: a <title> that names only the site, its column or the kind of page
is no title (the heading of the text is); <meta> titles in traditional characters are read
through the working copy like the text. Every page here is invented."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.headings import site_only

_BODY = (
    '<div id="zoom"><p>石门县2024年农村人居环境整治实施方案</p><p>为改善农村人居环境，制定本方案。</p>'
    "<p>一、重点任务</p><p>1.新建农村公厕12座。（牵头单位：县农业农村局）</p>"
    "<p>2.完成村庄绿化20个。（牵头单位：县林业局）</p></div>"
)


def _doc(title: str, head: str = "", body: str = _BODY) -> dict:
    html = f"<html><head><title>{title}</title>{head}</head><body>{body}</body></html>"
    return parse_document(html, source="p.html").document


@pytest.mark.parametrize("tag", [
    "石门县人民政府",
    "石门县人民政府门户网站",
    "湘西州政府网",
    "首页",
    "正文",
    "政府信息公开",
    "无标题文档",
])
def test_a_title_tag_naming_only_the_site_or_the_page_is_no_title(tag):
    doc = _doc(tag)
    assert doc["title"] == "石门县2024年农村人居环境整治实施方案"
    assert doc["plan_title"] == "石门县2024年农村人居环境整治实施方案"


def test_a_title_tag_equal_to_the_column_name_is_no_title():
    doc = _doc("农业农村", head='<meta name="ColumnName" content="农业农村">')
    assert doc["title"] == "石门县2024年农村人居环境整治实施方案"


def test_a_title_tag_naming_the_document_is_kept_without_the_site_name():
    doc = _doc("关于印发石门县农村人居环境整治实施方案的通知_石门县人民政府")
    assert doc["title"] == "关于印发石门县农村人居环境整治实施方案的通知"


@pytest.mark.parametrize("title, names, expected", [
    ("某县人民政府", (), True),
    ("某市人民政府门户网站", (), True),
    ("通知公告", ("通知公告",), True),
    ("index", (), True),
    ("某县人民政府关于印发某方案的通知", (), False),   # a document kind: a title
    ("某县2024年重点工作任务", (), False),             # a plan kind: a title
    ("某县水利局", ("某县人民政府",), False),          # a body, not the site itself
])
def test_site_only(title, names, expected):
    assert site_only(title, names) is expected


def test_a_meta_article_title_in_traditional_characters_finds_the_plan_heading():
    body = (
        '<div id="zoom"><p>附件1</p><p>青川市2021年民生實事工作目標</p><p>一、交通出行</p>'
        "<p>1.打通斷頭路15條。（牽頭單位：市住建局）</p><p>2.新建停車位3000個。（牽頭單位：市交通局）</p></div>"
    )
    doc = _doc("青川市人民政府", head='<meta name="ArticleTitle" content="青川市2021年民生實事工作目標">', body=body)
    assert doc["title"] == "青川市2021年民生實事工作目標"
    assert doc["plan_title"] == "青川市2021年民生實事工作目標"
    assert (doc["plan_start_year"], doc["plan_end_year"]) == (2021, 2021)
