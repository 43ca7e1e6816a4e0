"""The words before 关于 of a notice title name its issuer; words that hold a comma or open a
sentence (为 根据 按照 依据 据 近日 日前) are a sentence that lost its 。, no issuer, so the line is
no 关于 title (invented lines: plan openings, news ledes, a table's caption)."""

from __future__ import annotations

import pytest

from transform import headings as H


@pytest.mark.parametrize(
    "line",
    [
        "为深入贯彻落实党中央、国务院关于推进乡村振兴的决策部署，结合我县实际，制定本实施方案",
        "為深入貫徹落實省委省政府關於推進鄉村振興的決策部署，結合我縣實際，制定本實施方案",
        "根据省委省政府关于推进新型城镇化的部署要求制定本方案",
        "按照市委市政府关于做好民生实事工作的总体安排制定本方案",
        "依据国务院关于加强安全生产工作的决定制定本方案",
        "日前某市召开会议研究关于做好春耕生产工作的意见",
    ],
)
def test_a_sentence_before_about_is_no_title(line: str) -> None:
    assert H.notice_title([line]) is None


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # a news lede naming the notice it reports: that notice is the title
        (
            "据某省人民政府网消息，近日，某省人民政府发布关于加快推进数字经济发展的通知",
            "关于加快推进数字经济发展的通知",
        ),
        ("近日，某市人民政府办公室印发关于进一步优化营商环境的意见", "关于进一步优化营商环境的意见"),
    ],
)
def test_a_news_lede_gives_the_notice_it_names(line: str, title: str) -> None:
    assert H.notice_title([line]) == title


@pytest.mark.parametrize(
    "line",
    [
        "某县人民政府办公室关于印发2024年重点工作任务分解方案的通知",
        "中共某县委办公室 某县人民政府办公室关于印发某某实施方案的通知",
        "为民服务中心关于开展便民服务月活动的通知",  # an issuer whose name opens with 为
        "关于印发某市2025年民生实事项目的通知",
    ],
)
def test_an_issuer_before_about_keeps_the_title(line: str) -> None:
    assert H.notice_title([line]) == line
