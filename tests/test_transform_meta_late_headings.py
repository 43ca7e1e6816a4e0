"""The page's headline and plan heading of a news page without numbered items: a heading late in
the page (an image caption such as "2024政府工作报告03", a group heading of its prose) is never
the plan's heading nor the title; a headline after a kicker with a year ("2024全国两会｜…") is a
headline (transform/headings.plan_heading, _KICKER_WORD)."""

from __future__ import annotations

from transform.document import parse_document
from transform.headings import heading_like


def _doc(text: str) -> dict:
    return parse_document(text, source="page.txt", is_text=True).document


_NEWS = (
    "{headline}\n\n"
    "  2025年全省两会正在召开，1月18日，省长代表省人民政府向大会作政府工作报告，提出今年的主要预期目标。\n\n"
    "2025两会|今年目标增长5.5%\n\n"
    "  报告提出今年的主要预期目标，地区生产总值增长5.5%左右，城镇新增就业60万人以上。\n\n"
    "2025政府工作报告01\n(某某制图)\n\n"
    "  另外，报告还提出加大保障性住房供给，年内新建保障性租赁住房3万套。\n\n"
    "2025政府工作报告02\n(某某制图)\n\n"
)


def test_a_year_kicker_opens_a_headline():
    assert heading_like("2024全国两会|一文看清政府工作报告3大重点")
    assert heading_like("2025两会｜政府工作报告里的民生账")


def test_an_image_caption_late_in_a_news_page_is_no_title():
    doc = _doc(_NEWS.format(headline="2025全省两会|一图看懂省政府工作报告"))
    assert doc["title"] == "2025全省两会|一图看懂省政府工作报告"
    assert doc["plan_title"] != "2025政府工作报告02"


def test_a_meeting_report_names_no_plan_by_a_late_heading():
    text = (
        "市发展改革委召开党组会议研究推进“十四五”重点工作\n\n"
        "发布日期: 2024-07-02 10:20 来源:办公室\n\n"
        "7月1日上午，市发展改革委召开党组会议，研究推进“十四五”规划重点工作，听取有关工作情况汇报。\n\n"
        "会议强调，要以中期评估为契机，进一步细化工作举措，加大工作力度，确保实现规划目标。\n\n"
        "某市“十四五”规划重点工作推进方案\n\n"
        "会议还研究了其他事项。\n"
    )
    doc = _doc(text)
    assert doc["title"] == "市发展改革委召开党组会议研究推进“十四五”重点工作"
    assert doc["plan_title"] is None


def test_a_plan_heading_above_its_numbered_items_is_still_found():
    text = (
        "各镇人民政府，区直各部门：\n"
        "经区政府同意，现印发给你们，请认真贯彻落实。\n"
        "某区人民政府办公室\n2024年3月1日\n"
        "（此件公开发布）\n"
        "某区2024年农村公路建设实施方案\n"
        "一、建设任务\n"
        "1.新改建农村公路80公里。牵头单位：区交通运输局\n"
        "2.完成危桥改造6座。牵头单位：区交通运输局\n"
    )
    doc = _doc(text)
    assert doc["plan_title"] == "某区2024年农村公路建设实施方案"
