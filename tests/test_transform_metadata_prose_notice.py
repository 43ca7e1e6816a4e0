"""A sentence that names a notice or a decision ("据某省人民政府网消息，近日，某省人民政府发布关于…
的通知", "为深入贯彻落实省委、省政府关于…的决策部署，…，制定本方案") is no 关于 title, also where it
lost its 。 (a list or a PDF copy without sentence stops): a comma before its 关于, or a sentence's
opening (为 根据 按照 据 …), shows it. The page's title is then the notice the sentence names, or the
plan's own heading (transform/metadata.py `_unless_prose`)."""

from __future__ import annotations

import pytest

from transform.document import parse_document

TASKS = "一、稳定增长\n1.全省生产总值增长6%以上。\n牵头责任单位:省发展改革委。\n2.固定资产投资增长8%左右。\n牵头责任单位:省发展改革委。\n"


def _title(text: str) -> str | None:
    return parse_document(text, source="t.txt", is_text=True).document["title"]


@pytest.mark.parametrize(
    "lede",
    [
        "青禾晚报讯 据青禾省人民政府网消息，近日，青禾省人民政府发布关于2024年重点工作及责任分解的通知",
        "本报讯 日前，青禾省人民政府印发关于2024年重点工作及责任分解的通知",
        "青禾新闻网讯,近日,省政府办公厅印发关于2024年重点工作及责任分解的通知",
    ],
)
@pytest.mark.parametrize("stop", ["", "。"])
def test_a_news_lede_naming_the_notice(lede, stop):
    text = lede + stop + "\n通知称，省政府确定了2024年重点工作。\n" + TASKS
    assert _title(text) == "关于2024年重点工作及责任分解的通知"


PLAN = (
    "各区县人民政府，市政府各部门：\n"
    "《青禾市促进个体工商户高质量发展实施方案》已经市政府同意，现印发给你们，请认真贯彻执行。\n"
    "青禾市人民政府办公厅\n2024年9月30日\n"
    "青禾市促进个体工商户高质量发展实施方案\n"
    "{opening}\n"
    "一、总体目标\n到2029年，全市个体工商户活跃度达到70%。\n"
    "二、重点任务\n1.实施分类培育。每年培育名优个体工商户500户。\n2.优化金融服务。经营性贷款余额达到3500亿元。\n"
)


@pytest.mark.parametrize(
    "opening",
    [
        "为深入贯彻落实党中央、国务院关于促进个体工商户发展的决策部署，推动个体经济持续发展壮大，制定本实施方案",
        "根据省政府关于促进个体工商户发展的部署要求，结合我市实际，制定本实施方案",
        "按照市委、市政府关于优化营商环境的工作安排,制定本实施方案",
    ],
)
def test_a_plan_opening_naming_a_decision(opening):
    assert _title(PLAN.format(opening=opening)) == "青禾市促进个体工商户高质量发展实施方案"


def test_a_traditional_plan_opening_naming_a_decision():
    text = PLAN.format(
        opening="為深入貫徹落實黨中央、國務院關于促進個體工商戶發展的決策部署，推動個體經濟持續發展壯大，制定本實施方案"
    )
    assert _title(text) == "青禾市促进个体工商户高质量发展实施方案"


@pytest.mark.parametrize(
    "title",
    [
        "青禾县人民政府关于印发青禾县2024年重点工作任务的通知",
        "青禾县人民政府办公室 关于印发青禾县2024年重点工作任务的通知",
        "关于印发青禾县2024年重点工作任务的通知",
        "中共青禾县委办公室 青禾县人民政府办公室关于印发青禾县2024年重点工作任务的通知",
    ],
)
def test_notice_titles_stay(title):
    text = title + "\n各乡镇人民政府，县直各单位：\n现将《青禾县2024年重点工作任务》印发给你们。\n" + TASKS
    assert _title(text) == title
