"""The plan's own heading is never a piece of the page's own red header, a field line of the
信息公开 block or a sentence of the text: a notice title spread over three lines ("…关于印发 /
2025年县《政府工作报告》目标任务 / 责任分解方案的通知") gives the plan its whole name, from the
title; a "主 题 词：…" line is a field; a news page's last line ("增收：制定实施…计划，在…") is text.
Bracketed labels ("[ 发布日期 ] | 2025-03-02 |") and the 备注/文号 label of some portals are fields."""

from __future__ import annotations

import datetime as dt

import pytest

from transform.document import parse_document


def _doc(text: str) -> dict:
    return parse_document(text, source="n.txt", is_text=True).document


_BODY = "各镇人民政府，区政府各部门：\n现将有关事项通知如下。\n一、提高认识。各单位要高度重视。\n二、压实责任。各单位要抓好落实。\n"


@pytest.mark.parametrize(
    "head,plan",
    [
        (
            "某区人民政府办公室关于印发\n2025年区《政府工作报告》目标任务\n责任分解方案的通知",
            "2025年区《政府工作报告》目标任务责任分解方案",
        ),
        (
            "某县人民政府办公室关于印发\n某县2024年《政府工作报告》重点工作\n分工方案的通知",
            "某县2024年《政府工作报告》重点工作分工方案",
        ),
    ],
)
def test_a_middle_line_of_a_notice_title_is_no_plan_heading(head, plan):
    d = _doc(f"{head}\n{_BODY}")
    assert d["plan_title"] == plan


def test_a_notice_dividing_a_report_names_the_report_not_a_header_line():
    d = _doc(
        "某省人民政府关于分解落实《政府工作报告》主要目标和重点工作的通知\n"
        "某省人民政府关于分解落实\n《政府工作报告》主要目标\n和重点工作的通知\n某政发〔2025〕3号\n" + _BODY
    )
    assert d["plan_title"] != "《政府工作报告》主要目标"


def test_a_subject_words_field_is_no_plan_heading():
    d = _doc(
        "- 发布机构:某市人民政府办公室\n- 发布日期:2026年02月02日\n- 发文字号:某政办函〔2026〕2号\n"
        "- 主 题 词:政府工作报告 重点目标 任务清单\n"
        "某市人民政府办公室关于印发2026年市政府工作报告重点目标任务清单的通知\n"
        "各县、区人民政府，市直各有关单位：\n现将《2026年市政府工作报告重点目标任务清单》印发给你们。\n"
        "一、完善工作机制\n各县区要抓好落实。\n二、加强协同配合\n各部门要密切配合。\n"
    )
    assert d["plan_title"] == "2026年市政府工作报告重点目标任务清单"


@pytest.mark.parametrize(
    "last",
    [
        "增收：制定实施城乡居民增收计划，在促进低收入群体增收等方面推出一批务实举措",
        "就业：实施青年就业见习计划，全年组织见习岗位不少于一批，拓宽就业渠道",
    ],
)
def test_a_sentence_of_the_text_is_no_title(last):
    d = _doc(
        "会议要点如下：\n\n2026年经济社会发展主要预期目标：\n\n"
        "地区生产总值增长5%左右、城镇新增就业1.2万人以上。\n\n2026年部分工作任务：\n\n" + last + "\n"
    )
    assert d["title"] != last
    assert d["plan_title"] != last


@pytest.mark.parametrize(
    "rows",
    [
        "[ 索引号 ] | 1150/2025-00009 | [ 发文字号 ] | 某发改委发〔2025〕4号 |\n"
        "[ 成文日期 ] | 2025-02-17 | [ 发布日期 ] | 2025-02-21 |",
        "【 索引号 】 | 1150/2025-00009 | 【 发文字号 】 | 某发改委发〔2025〕4号 |\n"
        "【 成文日期 】 | 2025-02-17 | 【 发布日期 】 | 2025-02-21 |",
    ],
)
def test_bracketed_labels_are_fields(rows):
    d = _doc(
        rows + "\n某县发展和改革委员会关于印发《某县2025年计划草案报告》的通知\n"
        "各乡镇人民政府：\n现将报告印发给你们。\n某县发展和改革委员会\n2025年2月17日\n"
    )
    assert d["publish_date"] == dt.date(2025, 2, 21)
    assert d["written_date"] == dt.date(2025, 2, 17)


@pytest.mark.parametrize("label", ["備注/文號", "备注/文号"])
def test_a_remark_or_number_label_gives_the_doc_number(label):
    d = _doc(
        "- 發布機構:某市人民政府辦公室\n- 標題:某市人民政府辦公室關于2025年目標任務責任分解的通知\n"
        f"- {label}:某政辦〔2025〕1號\n- 發布日期:2025-01-26\n各鎮人民政府：\n現將任務分解給你們。\n"
    )
    assert d["doc_number"] in ("某政辦〔2025〕1號", "某政办〔2025〕1号")


@pytest.mark.parametrize(
    "title,plan",
    [
        ("新华社受权播发《政府工作报告》", "政府工作报告"),
        ("某县全文播发《某县2026年政府工作报告》", "某县2026年政府工作报告"),
    ],
)
def test_a_broadcast_headline_names_the_plan_inside_its_quotes(title, plan):
    d = _doc(
        f"{title}\n2026-03-16 10:40 | 来源:某日报\n报告指出,今年发展主要预期目标是:经济增长5%左右;"
        "城镇新增就业1200人以上。\n"
    )
    assert d["plan_title"] == plan


def test_a_short_headline_with_a_comma_stays_the_title():
    d = _doc("年底前,某市要全面完成县级国土空间规划编制\n记者从某市自然资源局获悉,今年将完成全部县级规划编制。\n")
    assert d["title"] == "年底前,某市要全面完成县级国土空间规划编制"


def test_a_notice_title_with_its_number_after_it_keeps_the_plan_heading():
    d = _doc(
        "某省人民政府关于印发2021年省《政府工作报告》重点任务分工方案的通知 (某府〔2021〕22号)\n"
        "时间: 2021-03-29\n《2021年省〈政府工作报告〉重点任务分工方案》已经省政府审议通过,现印发给你们。\n"
        "2021年省《政府工作报告》重点任务分工方案\n一、加快发展。\n1.推进项目建设。(省发展改革委牵头)\n"
    )
    assert d["plan_title"] == "2021年省《政府工作报告》重点任务分工方案"
