"""A news report of a work report's goals that states its horizon once ("到2027年，…") and then
goes field by field, each under a short lead ("生态文明建设 实现新跨越") with a paragraph of its
own: a field's paragraph may have no figure ("基本公共服务均等化总体实现，…"), and the figures of
the next field still belong to the horizon (audit leftover gap43a/003). A numbered section, a
review heading, a paragraph naming a year of its own or a cue of its own ends the run.
Examples are invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _targets(text: str) -> dict[float, int | None]:
    doc = parse_document(text.encode("utf-8"), source="h.txt", is_text=True)
    return {t["value"]: t["year"] for t in doc.targets}


def _page(lead_a: str, lead_b: str, lead_c: str, no_figures: str, figures: str) -> str:
    return (
        "本报讯 政府工作报告描绘了未来五年全省经济社会发展的蓝图。\n"
        f"{lead_a}\n"
        "到2027年，预期全省地区生产总值年均增长6%以上，一般公共预算收入年均增长7%以上。\n"
        f"{lead_b}\n"
        f"{no_figures}\n"
        f"{lead_c}\n"
        f"{figures}\n"
    )


@pytest.mark.parametrize(
    ("leads", "no_figures", "figures", "expect"),
    [
        (
            ("经济持续健康发展 实现新跨越", "增进人民群众福祉 实现新跨越", "生态文明建设 实现新跨越"),
            "基本公共服务均等化总体实现，城乡劳动就业更加充分，社会保障全民覆盖。",
            "森林覆盖率达到47.3%，资源能源开发利用更加节约，单位GDP能耗下降16%。",
            {47.3: 2027, 16.0: 2027},
        ),
        (
            ("经济发展", "社会事业", "生态环境"),
            "教育现代化水平明显提高，人人享有基本医疗卫生服务，住房保障体系基本形成。",
            "空气质量优良天数比例达到90%，城市污水处理率提高到98%。",
            {90.0: 2027, 98.0: 2027},
        ),
        (
            # traditional characters, as a mirror prints them
            ("經濟持續健康發展 實現新跨越", "增進人民群眾福祉 實現新跨越", "生態文明建設 實現新跨越"),
            "基本公共服務均等化總體實現,城鄉勞動就業更加充分,社會保障全民覆蓋。",
            "森林覆蓋率達到47.3%,資源能源開發利用更加節約,單位GDP綜合能耗下降16%。",
            {47.3: 2027, 16.0: 2027},
        ),
    ],
)
def test_field_blocks_under_a_horizon_keep_its_year(leads, no_figures, figures, expect) -> None:
    got = _targets(_page(*leads, no_figures, figures))
    assert got[6.0] == 2027 and got[7.0] == 2027
    for value, year in expect.items():
        assert got.get(value, "missing") == year, got


@pytest.mark.parametrize(
    "figures",
    [
        # a paragraph of its own year: the horizon has ended
        "2022年森林覆盖率达到45.1%，单位GDP能耗下降3.2%。",
        # what was done: the past
        "过去五年累计完成造林100万亩，森林覆盖率达到45.1%。",
    ],
)
def test_a_paragraph_of_its_own_time_is_no_part_of_the_horizon(figures: str) -> None:
    got = _targets(
        _page(
            "经济持续健康发展 实现新跨越",
            "增进人民群众福祉 实现新跨越",
            "生态文明建设 实现新跨越",
            "基本公共服务均等化总体实现，社会保障全民覆盖。",
            figures,
        )
    )
    assert got.get(45.1) != 2027


def test_prose_without_a_lead_still_ends_the_horizon() -> None:
    # no short lead between: a figure-less paragraph closes the horizon's paragraph as before
    text = (
        "本报讯 政府工作报告描绘了未来五年全省经济社会发展的蓝图。\n"
        "到2027年，预期全省地区生产总值年均增长6%以上，一般公共预算收入年均增长7%以上。\n"
        "会议还审议了其他事项，与会代表进行了认真讨论，大家一致认为报告实事求是。\n"
        "全省森林覆盖率达到47.3%，单位GDP能耗下降16%。\n"
    )
    assert _targets(text).get(47.3, "missing") in ("missing", None)
