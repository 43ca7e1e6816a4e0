"""A news repost that names the plan it prints in full ("近日，…印发了《X》，全文如下：") takes X as
the plan's title, not the news headline; a reposted notice that is no plan ("《关于做好元旦春节期间
有关工作的通知》，全文如下") gives none (invented pages in several styles)."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _doc(text: str) -> dict:
    return parse_document(text, source="p.txt", is_text=True).document


_BODY = (
    "一、稳定粮食生产\n全年粮食播种面积稳定在1000万亩以上。\n"
    "二、推进乡村建设\n新改建农村公路500公里。\n"
)


@pytest.mark.parametrize("text,plan_title", [
    (
        "河西：关于做好2024年乡村振兴重点工作的实施意见\n"
        "近日，河西省委和省政府印发了《中共河西省委河西省人民政府关于做好2024年乡村振兴重点工作的实施意见》，全文如下：\n"
        + _BODY,
        "中共河西省委河西省人民政府关于做好2024年乡村振兴重点工作的实施意见",
    ),
    (
        "南川市出台优化营商环境行动方案\n"
        "日前，市政府办公室印发《南川市优化营商环境三年行动方案（2024—2026年）》。现将全文刊发如下。\n"
        + _BODY,
        "南川市优化营商环境三年行动方案（2024—2026年）",
    ),
    (
        "东岭县发布2025年民生实事项目\n"
        "记者从县政府获悉，县政府发布了《东岭县2025年民生实事项目计划》。全文如下：\n"
        + _BODY,
        "东岭县2025年民生实事项目计划",
    ),
])
def test_reposted_plan_named_before_its_full_text(text, plan_title):
    assert _doc(text)["plan_title"] == plan_title


def test_a_reposted_notice_that_is_no_plan_gives_no_plan_title_from_it():
    doc = _doc(
        "新华社北京12月20日电 近日，有关部门印发了《关于做好2025年元旦春节期间有关工作的通知》。全文如下：\n"
        "一、关心困难群众生活。做好走访慰问。\n二、保障节日市场供应。加强市场监测。\n"
    )
    assert doc["plan_title"] != "关于做好2025年元旦春节期间有关工作的通知"
