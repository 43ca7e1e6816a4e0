"""A sentence that opens with an evaluation ("从评估情况来看，", "从评估结果来看，") reports results:
its rates are achieved, not targets — in a news report of a new plan too. "从长远来看，" opens no
evaluation."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _values(text: str) -> set[float]:
    return {t["value"] for t in parse_document(text, source="n.txt", is_text=True).targets}


_NEWS = (
    "某区新一轮三年行动计划发布\n某报讯 某区日前印发新一轮三年行动计划。{sentence}"
    "新一轮计划提出,到2026年,全区新建社区食堂30个,养老床位达到5000张。\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "从评估情况来看,第一轮行动计划120项重点任务、第二轮行动计划98项重点任务,完成率均在90%以上。",
        "前两轮计划都开展了总结评估。从评估结果来看,重点任务完成率达到95%。",
    ],
)
def test_rates_after_an_evaluation_opener_are_results(sentence):
    got = _values(_NEWS.format(sentence=sentence))
    assert 30.0 in got and 90.0 not in got and 95.0 not in got


def test_a_long_view_opener_is_no_evaluation():
    got = _values(_NEWS.format(sentence="从长远来看,到2030年,全区养老服务覆盖率达到98%。"))
    assert 98.0 in got
