"""Round 47i: whole plans, second batch, then metadata.

- a news headline naming the plan without its period ("《某市…三年行动计划》出台") over an issuing
  sentence that prints it ("联合印发《某市…三年行动计划（2025—2027年）》（某商发〔2025〕22号）")
  takes the name with its years, and so the 文号 after it: `metadata_top.with_reported_period`;
- "启动" is a verb of a news headline about a plan ("我市启动“体重管理年”三年行动"): the plan is the
  one the report's opening names in 《》, its 文号 the one after it (lexicon `plan_news_verbs`);
- a notice naming what it issues without 《》 ("关于印发某省…任务分解方案的通知") over an annex whose
  heading is that name with another kind word ("附件 / 某省…任务分解表") issues the plan it names:
  `metadata._issued_as_annex`;
- the line under a report's heading that says when and where it was given ("（2025年2月18日在某市
  第十六届人民代表大会第五次会议上）", "——2025年1月10日在…会议上") dates a page that shows no date field,
  as a speech's bracketed date does (`metadata.extract_metadata`, `speeches.speech_heading`).
"""

from __future__ import annotations

from datetime import date

import pytest

from transform.document import parse_document
from transform.metadata import _issued_as_annex
from transform.metadata_top import with_reported_period

TASKS = (
    "一是培育品牌展会。每年重点支持10个品牌展会做大做强。由市商务局牵头，市贸促会参与。\n"
    "二是完善场馆设施。新建会展中心1座。由市住建局牵头，市会展集团参与。\n"
)


def _doc(page: str, name: str = "p.txt") -> dict:
    if name.endswith(".txt"):
        return parse_document(page.encode("utf-8"), source=name, is_text=True).document
    return parse_document(page.encode("utf-8"), source=name, content_type="text/html; charset=utf-8").document


# --- the period an issuing sentence gives the headline's plan


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # news report: 联合印发 with the 文号 after
        (
            "日前，市商务局、市贸促会联合印发《云港市会展业三年行动计划（2025—2027年）》（云商发〔2025〕22号）。",
            "云港市会展业三年行动计划（2025—2027年）",
        ),
        # ASCII brackets and hyphen, 出台了
        (
            "近日，县政府出台了《云港市会展业三年行动计划(2025-2027年)》，提出…",
            "云港市会展业三年行动计划(2025-2027年)",
        ),
        # an annual plan's one year
        (
            "记者获悉，市政府办公室印发《云港市会展业三年行动计划（2025年）》。",
            "云港市会展业三年行动计划（2025年）",
        ),
    ],
)
def test_issuing_sentence_gives_the_period(body: str, expected: str) -> None:
    assert with_reported_period("云港市会展业三年行动计划", body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # another plan's name, longer than the headline's by more than its years
        "日前，市商务局印发《云港市会展业三年行动计划实施细则（2025—2027年）》。",
        # the name cited as a ground, not issued
        "根据《云港市会展业三年行动计划（2025—2027年）》，制定本细则。",
        # the same name without years: nothing to add
        "日前，市商务局印发《云港市会展业三年行动计划》。",
    ],
)
def test_no_period_where_the_sentence_issues_no_such_name(body: str) -> None:
    assert with_reported_period("云港市会展业三年行动计划", body) == "云港市会展业三年行动计划"


def test_news_repost_reads_plan_title_and_doc_number() -> None:
    page = (
        "会展之城再提速！《云港市会展业高质量发展三年行动计划》出台\n"
        "2025年05月19日 10:05 云港新闻网\n"
        "云港新闻网讯（记者 刘畅）日前，市商务局、市贸促会联合印发《云港市会展业高质量发展三年行动计划"
        "（2025—2027年）》（云商发〔2025〕22号），提出力争到2027年，全市年举办展会数量达到150场。\n"
        "行动计划明确了重点任务：\n" + TASKS + "编辑：张宁\n"
    )
    doc = _doc(page)
    assert doc["plan_title"] == "云港市会展业高质量发展三年行动计划（2025—2027年）"
    assert doc["doc_number"] == "云商发〔2025〕22号"
    assert (doc["plan_start_year"], doc["plan_end_year"]) == (2025, 2027)


def test_traditional_news_repost_reads_the_period() -> None:
    page = (
        "《雲港市會展業高質量發展三年行動計劃》出台\n"
        "發布時間：2025-05-19 來源：雲港日報\n"
        "本報訊 日前，市商務局聯合印發《雲港市會展業高質量發展三年行動計劃（2025—2027年）》（雲商發〔2025〕22號）。\n"
        "一是培育品牌展會。每年重點支持10個品牌展會。由市商務局牽頭，市貿促會參與。\n"
        "二是完善場館設施。新建會展中心1座。由市住建局牽頭。\n"
    )
    doc = _doc(page)
    assert doc["plan_title"] == "雲港市會展業高質量發展三年行動計劃（2025—2027年）"
    assert doc["doc_number"] == "雲商發〔2025〕22號"


# --- 启动 in a news headline


def test_headline_launching_a_plan_takes_the_reported_name_and_number() -> None:
    page = (
        "我市启动“体重管理年”三年行动\n"
        "2025年04月02日 08:31  来源：海州日报\n"
        "本报讯（记者 李萌）近日，市卫生健康委等14部门联合印发《海州市“体重管理年”三年行动实施方案"
        "（2025—2027年）》（海卫发〔2025〕9号）。\n"
        "方案部署了重点任务：\n"
        "一是开设体重管理门诊。二级以上综合医院体重管理门诊开设率达到80%。由市卫生健康委牵头。\n"
        "二是推进学生体重管理。由市教育局牵头，市体育局配合。\n"
    )
    doc = _doc(page)
    assert doc["plan_title"] == "海州市“体重管理年”三年行动实施方案（2025—2027年）"
    assert doc["doc_number"] == "海卫发〔2025〕9号"


def test_html_headline_launching_a_plan() -> None:
    page = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>我县启动农村供水提质三年行动</title></head>'
        "<body><h1>我县启动农村供水提质三年行动</h1><div class='info'>发布时间：2025-03-01</div>"
        "<div class='content'><p>日前，县政府办公室印发《临山县农村供水提质三年行动方案（2025—2027年）》"
        "（临政办发〔2025〕3号）。</p><p>一是新建水厂2座。由县水利局牵头。</p>"
        "<p>二是改造小型供水工程60处。由县水利局牵头，各乡镇配合。</p></div></body></html>"
    )
    doc = _doc(page, "p.html")
    assert doc["plan_title"] == "临山县农村供水提质三年行动方案（2025—2027年）"
    assert doc["doc_number"] == "临政办发〔2025〕3号"


# --- a notice issuing a plan whose annex prints it under another kind word

ANNEX_ROWS = (
    "附件\n"
    "{heading}\n"
    "序号  主要任务  主责处室  协助单位\n"
    "1  开展重点行业职业病危害专项治理  职业健康处  各市卫生健康委\n"
    "2  推进健康企业建设  职业健康处  省总工会\n"
)


@pytest.mark.parametrize(
    ("issued", "heading"),
    [
        ("西岭省职业病防治工作任务分解方案", "西岭省职业病防治工作任务分解表"),
        ("某县2025年重点工作任务清单", "某县2025年重点工作任务一览表"),
    ],
)
def test_notice_issues_the_plan_it_names_over_its_annex_form(issued: str, heading: str) -> None:
    page = (
        f"标题：西岭省卫生健康委员会关于印发{issued}的通知\n"
        "发布日期：2024-09-10\n"
        f"西岭省卫生健康委员会关于印发{issued}的通知\n"
        "各市（州）卫生健康委：\n"
        "现将任务分解方案印发给你们，请认真落实。\n"
        f"附件：{heading}\n"
        "西岭省卫生健康委员会\n"
        "2024年9月6日\n" + ANNEX_ROWS.format(heading=heading)
    )
    assert _doc(page)["plan_title"] == issued


def test_annex_of_another_name_is_no_form_of_the_issued_plan() -> None:
    title = "西岭省卫生健康委员会关于印发西岭省职业病防治工作任务分解方案的通知"
    lines = ["附件：1.某表", "西岭省卫生健康委员会", "附件", "西岭省尘肺病防治攻坚行动任务分解表"]
    assert not _issued_as_annex(title, "西岭省尘肺病防治攻坚行动任务分解表", lines)
    # a title naming its plan in 《》 is read by the 《》 rules
    lines[-1] = "西岭省职业病防治工作任务分解表"
    assert not _issued_as_annex("关于印发《西岭省职业病防治工作任务分解方案》的通知", lines[-1], lines)
    # the heading must stand under a 附件 line
    assert not _issued_as_annex(title, lines[-1], ["西岭省职业病防治工作任务分解表"])
    assert _issued_as_annex(title, lines[-1], lines)


# --- the day a report was given dates a page with no date field

REPORT_BODY = (
    "嘉屿市人民政府市长 林海\n"
    "各位代表：\n"
    "一、2025年重点工作\n"
    "（一）扩大有效投资\n"
    "1.实施重点项目220个，完成投资500亿元。\n"
    "2.新建城市道路40公里。\n"
)


@pytest.mark.parametrize(
    "meeting",
    [
        "（2025年2月18日在嘉屿市第十六届人民代表大会第五次会议上）",
        "——2025年2月18日在嘉屿市第十六届人民代表大会第五次会议上",
        "(2025年2月18日在嘉屿市第十六届人民代表大会第五次会议上)",
    ],
)
def test_meeting_line_dates_a_report_without_a_date_field(meeting: str) -> None:
    page = "2025年嘉屿市政府工作报告\n" + meeting + "\n" + REPORT_BODY
    assert _doc(page)["publish_date"] == date(2025, 2, 18)


def test_page_date_field_wins_over_the_meeting_line() -> None:
    page = (
        "2025年嘉屿市政府工作报告\n"
        "（2025年2月18日在嘉屿市第十六届人民代表大会第五次会议上）\n"
        "发布日期：2025-02-25\n" + REPORT_BODY
    )
    assert _doc(page)["publish_date"] == date(2025, 2, 25)


def test_traditional_meeting_line_dates_the_report() -> None:
    page = (
        "2025年嘉嶼市政府工作報告\n"
        "（2025年2月18日在嘉嶼市第十六屆人民代表大會第五次會議上）\n"
        "嘉嶼市人民政府市長 林海\n各位代表：\n一、2025年重點工作\n"
        "1.實施重點項目220個。\n2.新建城市道路40公里。\n"
    )
    assert _doc(page)["publish_date"] == date(2025, 2, 18)
