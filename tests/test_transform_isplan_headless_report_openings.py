"""Reports of results printed without their headline (a portal's excerpt that starts below the
title): an opening "现将工作落实情况汇报如下" (a report to a superior, 汇报 as well as 通报/报告), a
disclosure report that calls itself 本年报, or one that says it 编制本局…政府信息公开报告. Such a page
is no plan, unless it sets out work ahead (audit round 31B). Examples are invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _doc(text: str) -> dict:
    return parse_document(text.encode("utf-8"), source="r.txt", is_text=True).document


_ITEMS = (
    "1.全社会固定资产投资增速高于全省平均水平。\n1-11月固定资产投资同比增长6.3%，全市第3位。\n"
    "2.新建中心敬老院1所，护理床位达到50%以上。\n已建成中心敬老院，增加护理型床位50张。\n"
    "3.完成造林0.71万亩。\n已完成造林0.8万亩。\n"
)


@pytest.mark.parametrize(
    "opening",
    [
        "2020年初，县督查局对市政府下达的工作责任目标进行细化分解，强力推进落实。现将工作落实情况汇报如下：",
        "现将我县2023年重点工作推进情况汇报如下：",
        "現將工作落實情況匯報如下：",
    ],
)
def test_headless_report_to_a_superior_is_no_plan(opening: str) -> None:
    assert _doc(f"{opening}\n{_ITEMS}")["is_plan"] is False


_DISCLOSURE_BODY = (
    "一、概述\n根据《条例》要求，截至2018年底，本单位政府信息公开工作运行正常有序。\n"
    "（一）加强组织机构建设。进一步明确分管领导、业务科室及分工。\n"
    "（二）着力贯彻政务公开制度。今年我局组织干部职工约150人次学习《条例》。\n"
    "（三）推进政务信息公开工作。主动公开农机购置补贴等重点事项信息。\n"
    "二、主动公开政府信息的情况\n2018年，我局共发布规范性文件148件，新增主动公开政府信息256条。\n"
)


@pytest.mark.parametrize(
    "opening",
    [
        "本年报是根据《中华人民共和国政府信息公开条例》要求，由某县农业局编制的2018年度政府信息公开年度报告。",
        "根据《中华人民共和国政府信息公开条例》及上级有关文件要求，编制本局2018年度政府信息公开报告，并向社会公开。",
        "根据《中华人民共和国政府信息公开条例》，编制了本单位2018年度政府信息公开工作年度报告。",
    ],
)
def test_headless_disclosure_report_is_no_plan(opening: str) -> None:
    assert _doc(f"{opening}\n{_DISCLOSURE_BODY}")["is_plan"] is False


@pytest.mark.parametrize(
    "text",
    [
        # a report with work ahead under its own heading stays a plan
        "现将工作落实情况汇报如下：\n一、工作落实情况\n已完成造林0.8万亩。\n"
        "二、下一步工作计划\n1.新建中心敬老院1所。（牵头单位：县民政局）\n"
        "2.完成造林1万亩。（牵头单位：县林业局）\n3.新增护理床位100张。（牵头单位：县民政局）\n",
        # a plan that asks for such reports is no report itself
        "为做好2024年政务公开工作，制定本要点。\n1.编制本单位2023年度政府信息公开工作年度报告，1月31日前发布。"
        "（牵头单位：县政府办）\n2.新增主动公开信息500条以上。（牵头单位：县政府办）\n"
        "3.各单位每季度将落实情况汇报县政府。（牵头单位：县政府办）\n",
    ],
)
def test_plans_stay_plans(text: str) -> None:
    assert _doc(text)["is_plan"] is True
