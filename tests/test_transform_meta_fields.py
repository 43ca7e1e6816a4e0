"""Metadata read from the text of pages without a clean 信息公开 block (issue 15, round 2): field
lines are no titles, chrome after a field value is cut, a 文号 in parentheses after the heading,
no signature at the top of a page, plan years from the text. Examples are invented."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.headings import heading_like
from transform.planyears import plan_years_of


def _doc(text: str) -> dict:
    return parse_document(text, source="x.txt", is_text=True).document


@pytest.mark.parametrize("line", [
    "• 公开范围:全部公开", "当前版:晚报版3版", "当前报纸名称:某某都市报", "信息来源：县政府办公室",
    "公开方式：主动公开", "所属栏目:通知公告",
])
def test_field_lines_are_no_headings(line):
    assert not heading_like(line)


@pytest.mark.parametrize("line", [
    "重磅：2024年十大民生实事出炉", "某县2024年民生实事项目公布", "快看！今年要办的十件实事",
])
def test_headlines_stay_headings(line):
    assert heading_like(line)


BULLET_BLOCK = """• 索引号:12345678/2022-00012
  • 发布机构:县人民政府办公室
  • 公开范围:全部公开
  • 生成日期:2022-03-02
2022年县政府重点工作任务(某政发〔2022〕3号)
来源:某县政府   2022-03-02 09:30
各乡镇人民政府、县直各单位:
《2022年县政府重点工作任务分解》已经县人民政府同意,现印发给你们,请认真抓好贯彻落实。
"""


def test_a_bullet_block_title_and_a_doc_number_after_the_heading():
    d = _doc(BULLET_BLOCK)
    assert d["title"] == "2022年县政府重点工作任务(某政发〔2022〕3号)"
    assert d["doc_number"] == "某政发〔2022〕3号"
    # (the plan's full name, issued in 《》 in the opening: tests/test_transform_meta_approved_plan_name.py)
    assert d["plan_title"] == "2022年县政府重点工作任务分解"
    assert d["is_plan"] is True  # an attachment-only notice naming its plan


def test_a_doc_number_cited_in_a_sentence_is_not_the_pages():
    d = _doc("某县2024年重点工作任务\n根据《某省关于推进乡村振兴的意见》(某政发〔2023〕8号)精神,制定本任务。\n"
             "1.新建农村公路20公里。（牵头单位：县交通局）\n")
    assert d["doc_number"] is None


@pytest.mark.parametrize("line,issuer", [
    ("发布日期:2023-03-03 09:37 信息来源:市政府办公室 浏览次数:", "市政府办公室"),
    ("发布日期:2023-09-01 10:51 来源: 某县人民政府 【字体:大 中 小】 打印本页", "某县人民政府"),
    # (a news site as 来源 is no issuing body: tests/test_transform_metadata_source_issuer.py)
    ("2021-05-07 15:19:13 来源:某某县融媒体中心   作者:张三  责任编辑:李四", "某某县融媒体中心"),
    ("发布时间：2022-06-01 来源：县农业农村局 点击：", "县农业农村局"),
])
def test_chrome_after_the_issuer_is_cut(line, issuer):
    d = _doc("某县2023年民生实事项目\n" + line + "\n1.新建幼儿园2所。\n2.改造老旧小区10个。\n")
    assert d["issuer"] == issuer


def test_a_date_at_the_top_of_the_page_is_no_signature():
    d = _doc("电子报阅读\n2024-03-06\n星期三\n某市十件民生实事\n1.新增学位3000个。\n2.新建公园5个。\n")
    assert d["issuer"] is None


def test_the_signature_of_a_notice_is_still_read():
    d = _doc("关于印发某县2024年民生实事的通知\n各乡镇：\n现将《某县2024年民生实事》印发给你们。\n"
             "某县人民政府办公室\n2024年2月1日\n")
    assert d["issuer"] == "某县人民政府办公室"


@pytest.mark.parametrize("text,issued,years", [
    ("2020年，全市住房保障扎实推进。今年，计划开工棚户区改造2000套。2021年计划改造老旧小区80个。", 2021, (2021, 2021)),
    ("2023年各项任务全面完成。2024年新建学校5所。", 2024, (2024, 2024)),
    ("2022年新建学校5所，2022年改造校舍8处。2023年总结经验。", 2023, (2022, 2022)),
])
def test_plan_years_of_the_text_prefer_the_pages_own_year_on_a_tie(text, issued, years):
    assert plan_years_of(("某市加快老旧小区改造",), text, issued) == years


def test_a_title_dated_this_year_where_the_text_names_none():
    assert plan_years_of(("某市今年将改造老旧小区80个",), "计划改造老旧小区80个。", 2021) == (2021, 2021)
    assert plan_years_of(("某市今年将改造老旧小区80个",), "计划改造老旧小区80个。", None) == (None, None)


def test_a_link_under_related_news_is_no_title():
    text = ("日前，某市政府网站公布了《2024年重点任务分解方案》。\n相关新闻>>\n重磅！2024年某市政府工作报告（全文）\n"
            "2024年某市重点任务分解方案\n1.地区生产总值增长6%左右。（牵头单位：市发改委）\n")
    assert _doc(text)["title"] == "2024年某市重点任务分解方案"


def test_a_kicker_is_no_part_of_a_plan_name():
    d = _doc("快看！2024年市级民生实事清单\n1.新增学位3000个。\n2.新建公园5个。\n")
    assert d["title"] == "快看！2024年市级民生实事清单"
    assert d["plan_title"] == "2024年市级民生实事清单"


@pytest.mark.parametrize("text,issued,years", [
    # every row of a task table is due by the end of one year: an annual plan of that year
    ("1 | 新建学校2所 | 县教体局 | 2024年底前\n2 | 改造道路5公里 | 县交通局 | 2024年底前\n", None, (2024, 2024)),
    # this year's work and a later deadline: a plan running up to that deadline
    ("今年年底前新改造户厕2万户；2026年年底前卫生厕所普及率达到95%。", None, (None, 2026)),
    # a deadline years after the page was issued: the plan runs from the issue year
    ("2026年年底前，农村自来水普及率达到94%。", 2023, (2023, 2026)),
])
def test_deadline_years(text, issued, years):
    assert plan_years_of(("某市乡村建设行动实施方案",), text, issued) == years


@pytest.mark.parametrize("title,plan", [
    ("某市人民政府办公室关于印发《2024年市〈政府工作报告〉任务分解方案》的通知", "2024年市〈政府工作报告〉任务分解方案"),
    ("某县人民政府关于印发《某县2024年民生实事实施方案》的通知", "某县2024年民生实事实施方案"),
])
def test_a_plan_name_with_a_nested_title_loses_its_outer_brackets(title, plan):
    d = _doc(title + "\n各乡镇人民政府：\n现将方案印发给你们，请认真贯彻落实。\n")
    assert d["plan_title"] == plan


def test_a_plan_named_with_a_nested_title_whose_heading_is_split_over_lines():
    text = ("某市人民政府办公室关于印发《某市贯彻落实〈关于稳住经济运行的若干措施〉实施方案》的通知\n"
            "各县市区人民政府：\n现将方案印发给你们，请认真组织实施。\n某市人民政府办公室\n2023年3月1日\n"
            "某市贯彻落实《关于稳住经济运行\n的若干措施》\n实施方案\n一、促进消费\n1.发放消费券。整合2000万元资金用于发放消费券。\n")
    assert _doc(text)["plan_title"] == "某市贯彻落实〈关于稳住经济运行的若干措施〉实施方案"


@pytest.mark.parametrize("line", [
    "某某区长作政府工作报告 张三 摄", "版面:第006版:乘势而上启新程 2026年全国两会特别报道·图解政府工作报告",
    "栏目：要闻动态 > 政府工作报告专题",
])
def test_captions_and_page_sections_are_no_headings(line):
    assert not heading_like(line)


def test_a_traditional_title_in_a_meta_tag_is_read_like_simplified_text():
    html = ("<html><head><meta name=\"ArticleTitle\" content=\"某市2023年民生實事工作目標\"></head><body>"
            "<div id=\"zoom\"><p>附件1</p><p>某市2023年民生實事工作目標</p><p>一、交通出行</p>"
            "<p>1.新建公交首末站3個。(牽頭單位:市交通局)</p><p>2.新增停車泊位5000個。(牽頭單位:市住建局)</p>"
            "</div></body></html>")
    d = parse_document(html.encode("utf-8"), source="x.html", content_type="text/html; charset=utf-8").document
    assert d["title"] == "某市2023年民生實事工作目標"
    assert d["plan_title"] == "某市2023年民生實事工作目標"
    assert (d["plan_start_year"], d["plan_end_year"]) == (2023, 2023)
