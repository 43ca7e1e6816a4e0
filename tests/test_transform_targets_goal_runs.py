"""A paragraph right after a goal paragraph that goes on with the goals without a cue word of its
own ("此外，结构调整迈出新步伐。…营业收入达到4.3万亿元，…年均增长10%以上") holds goals too, when it
states two figures or more after target verbs and names no past (已, 去年, 以来 …; 取得 opens a
goal there: 取得重大进展) nor a five-year period it reviews ("十三五"期间…) (audit round 17B/18B: a
省 三年行动 news copy lost the figures of its later goal paragraphs). Examples are invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _values(text: str) -> set[float]:
    return {t["value"] for t in parse_document(text, source="x.txt", is_text=True).targets}


_LEAD = (
    "本报讯 2月20日，某省就《某省高质量发展三年行动方案(2025-2027年)》(简称《方案》)举行新闻发布会。\n"
    "据介绍，《方案》围绕总体目标，设置了多个方面具体目标。\n"
    "首先，经济实力实现新跨越。力争地区生产总值增速高于全国水平，科技成果本地转化率达到55%。\n"
)


@pytest.mark.parametrize(
    "paragraph, values",
    [
        (
            "此外，结构调整迈出新步伐。产业体系建设取得重大进展，规上工业营业收入达到3.2万亿元，"
            "战略性新兴产业增加值年均增长12%以上。",
            {3.2, 12.0},
        ),
        (
            "同时，民生保障更加有力。城镇新增就业每年稳定在40万人以上，新建改建养老机构床位达到2万张。",
            {40.0, 2.0},
        ),
        (
            "此外，綠色發展取得新成效。單位地區生產總值能耗下降13.5%，森林覆蓋率提高到46%。",
            {13.5, 46.0},
        ),
    ],
    ids=["structure", "livelihood", "traditional"],
)
def test_a_paragraph_going_on_with_the_goals_is_read(paragraph, values):
    got = _values(_LEAD + paragraph + "\n")
    assert {55.0} | values <= got, got


@pytest.mark.parametrize(
    "paragraph, values",
    [
        ("去年，全省地区生产总值达到2.9万亿元，规上工业增加值增长7.2%。", {2.9, 7.2}),
        ("“十四五”期间，全省森林覆盖率达到45%，治理沙化土地120万亩。", {45.0, 120.0}),
        ("目前，全省已建成5G基站8万个，培育专精特新企业600家。", {8.0, 600.0}),
    ],
    ids=["last-year", "five-year-period", "already"],
)
def test_a_review_after_the_goals_stays_out(paragraph, values):
    got = _values(_LEAD + paragraph + "\n")
    assert 55.0 in got and not (values & got), got
