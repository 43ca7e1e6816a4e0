"""A page printed without its headline whose opening says it is a report of results of another
kind ("现将我局2024年政府信息公开工作年度报告如下", "现将…统计公报发布如下", "现将…决算情况报告如下")
is no plan, though its numbered sections carry figures; an opening that issues a plan stays one."""

from __future__ import annotations

import pytest

from transform.document import parse_document

_SECTIONS = """一、总体情况
本年度依法依规做好政府信息公开，全年共发布信息412条。
二、主动公开政府信息情况
（一）主动公开的数量
全年共公开信息412条，其中政策文件28件。
（二）主动公开的主要类别
工作动态、财政预决算、行政执法、统计数据等。
（三）主动公开的形式
通过政府网站和政务新媒体公开。
三、收到和处理政府信息公开申请情况
全年收到申请12件，办结12件。
"""


@pytest.mark.parametrize(
    "opening",
    [
        "为保障公民依法获取政府信息，根据条例规定，现将我局2024年政府信息公开工作年度报告如下：",
        "根据统计法有关规定，现将2024年全县国民经济和社会发展统计公报发布如下。",
        "受县人民政府委托，现将2024年县本级财政决算情况报告如下，请予审议。",
        "根据条例规定，结合实际，现公布我镇2024年政府信息公开工作年度报告。所列数据的统计时限为2024年全年。",
        "本报告由某乡人民政府按照《中华人民共和国政府信息公开条例》和年度报告格式要求编制。",
        "本年度报告根据《中华人民共和国政府信息公开条例》的要求编制，统计期限为2024年1月1日至12月31日。",
    ],
    ids=[
        "disclosure-report", "statistics-bulletin", "final-accounts", "disclosure-published",
        "disclosure-compiled-by", "disclosure-this-year",
    ],
)
def test_a_headless_report_of_results_is_no_plan(opening):
    doc = parse_document(opening + "\n" + _SECTIONS, source="h.txt", is_text=True).document
    assert doc["is_plan"] is False


_PLAN = """现将2025年全县政务公开工作要点印发如下，请认真贯彻落实。
一、深化重点领域信息公开
1.公开重大项目批准和实施信息。（牵头单位：县发展改革局）
2.公开财政预决算信息。（牵头单位：县财政局）
3.公开民生实事项目进展。全年发布进展信息不少于4次。（牵头单位：县政府办公室）
"""


_PLAN_CITING_THE_RULES = _PLAN.replace(
    "现将2025年全县政务公开工作要点印发如下",
    "为贯彻《中华人民共和国政府信息公开条例》，做好政府信息公开工作年度报告以外的日常公开，现将2025年全县政务公开工作要点印发如下",
)


@pytest.mark.parametrize("text", [_PLAN, _PLAN_CITING_THE_RULES], ids=["plan", "plan-citing-the-rules"])
def test_a_headless_plan_stays_a_plan(text):
    assert parse_document(text, source="p.txt", is_text=True).document["is_plan"] is True
