"""A template or document-sharing site prints a tag of its own beside a headline ("…工作安排【精选推荐】",
"【推荐】…方案") and a breadcrumb of its name and column before it ("某某网 资料文库 …方案范文"):
neither is part of the title, and a headline ending with such a tag is complete by itself, never
the first half of the heading under it."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.headings import clean_title

PLAN_BODY = (
    "现将2023年工作安排如下：\n"
    "一、加强教师队伍建设\n"
    "1.公开招聘中小学教师50名，优化城乡教师配置。\n"
    "2.实施校长职级制改革，完善考核办法。\n"
)


def _doc(text: str) -> dict:
    return parse_document(text, source="p.txt", is_text=True).document


@pytest.mark.parametrize(("raw", "clean"), [
    ("县教育局2022年工作总结及2023年工作安排【精选推荐】", "县教育局2022年工作总结及2023年工作安排"),
    ("【推荐】某镇2024年重点工作任务清单", "某镇2024年重点工作任务清单"),
    ("某镇2024年度工作计划【最新版】", "某镇2024年度工作计划"),
])
def test_a_site_tag_leaves_the_title(raw, clean):
    assert clean_title(raw) == clean


def test_a_traditional_site_tag_leaves_the_title():
    # the tag words are listed in simplified characters: a traditional page is read in its
    # simplified working copy (transform.normalize) and its title printed as printed
    text = (
        "某縣2023年教育工作要點【精選推薦】\n現將2023年工作安排如下：\n一、加強教師隊伍建設\n"
        "1.公開招聘中小學教師50名，優化城鄉教師配置。\n2.實施校長職級制改革，完善考核辦法。\n"
    )
    assert _doc(text)["title"] == "某縣2023年教育工作要點"


def test_a_traditional_breadcrumb_before_the_headline_leaves_the_title():
    name = "鎮委建設項目推進工作方案範文"
    text = f"美章網 資料文庫 {name}\n\n{name}\n\n一、加強項目建設\n1.新建道路5公里。\n"
    assert _doc(text)["title"] == name


@pytest.mark.parametrize("title", [
    "【某县】2024年民生实事项目清单",  # a place in brackets is the headline's own
    "某区2024年重点工作任务【附表】",  # not a site's tag: the page's own word
    "2024年全县重点工作【一图读懂】",
])
def test_other_brackets_stay(title):
    assert clean_title(title) == title


def test_a_tagged_headline_is_not_joined_with_the_heading_under_it():
    text = (
        "当前位置:首页 > 专题范文 > 工作计划 >\n\n"
        "2023年县教育局工作安排【精选推荐】\n\n"
        "时间:2023-07-02 11:10:01 浏览次数:\n\n"
        "下面是小编为大家整理的2023年县教育局工作安排【精选推荐】,供大家参考。\n\n"
        "2023年县教育局工作安排【精选推荐】\n\n"
        "县教育局2023年工作安排\n\n" + PLAN_BODY
    )
    doc = _doc(text)
    assert doc["title"] == "2023年县教育局工作安排"
    assert doc["plan_title"] == "县教育局2023年工作安排"


@pytest.mark.parametrize(("crumb", "name"), [
    ("某章网 资料文库 ", "镇委建设项目推进工作方案范文"),
    ("某某文库 > 工作计划 > ", "某镇2024年度工作计划"),
    ("首页 » 计划方案 » ", "某街道2023年重点工作任务分解方案"),
])
def test_a_breadcrumb_before_the_headline_leaves_the_title(crumb, name):
    text = f"{crumb}{name}\n\n{name}\n\n本站小编为你精心准备了参考范文,欢迎深入阅读并收藏。\n\n" + PLAN_BODY
    assert _doc(text)["title"] == name


def test_an_issuer_before_the_same_heading_stays():
    # the issuer printed before the name, then the name alone: no site's breadcrumb, left as it stands
    name = "某县2024年重点工作任务分解方案"
    text = f"某县人民政府办公室 {name}\n\n{name}\n\n" + PLAN_BODY
    assert _doc(text)["title"] == f"某县人民政府办公室 {name}"
