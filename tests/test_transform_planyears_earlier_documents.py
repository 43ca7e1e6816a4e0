"""A year that dates an earlier document the text revises or follows ("对1999年制定的《…》进行了
修订", "2016年印发的《…办法》") is no year of the plan (invented texts in several styles)."""

from __future__ import annotations

import pytest

from transform.planyears import years_in_text


@pytest.mark.parametrize(
    ("text", "issued", "years"),
    [
        (
            "结合城区现状,对2001年制定的《青川市声环境功能区划》进行了修订,修订后的方案如下:",
            None,
            (None, None),
        ),
        ("根据2016年印发的《河西省农村公路养护办法》,2024年全县完成养护里程300公里。", 2024, (2024, 2024)),
        (
            "本办法替代2010年 颁布的《东川县林地管理办法》。到2027年,林地保有量稳定在50万亩。",
            2025,
            (2025, 2027),
        ),
        ("对照2018年出台的实施细则,2023年新建村级服务站20个。", None, (2023, 2023)),
    ],
)
def test_the_year_of_an_earlier_document_is_skipped(text, issued, years):
    assert years_in_text(text, issued) == years


def test_a_year_the_plan_itself_works_in_stays():
    assert years_in_text("2024年制定出台农村供水管理办法,新建水厂2座。", None) == (2024, 2024)
