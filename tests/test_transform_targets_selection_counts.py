"""The counts of how a list of work was chosen are no targets: the candidates put to the vote
("形成了15个候选项目", "从13项候选项目中选出10项") and the suggestions collected ("共征集意见建议70余条",
"收到群众建议300多条"). The items chosen and their own figures stay."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _values(text: str) -> set[float]:
    return {t["value"] for t in parse_document(text, source="n.txt", is_text=True).targets}


@pytest.mark.parametrize(
    "process",
    [
        "经过多轮论证，形成了15个候选项目，",
        "项目征集工作启动以来，共征集意见建议70余条，从15项候选项目中选出",
        "收到群众建议70多条，经人大代表票决，从15个候选项目中确定",
    ],
)
def test_candidates_and_suggestions_are_no_targets(process):
    text = (
        "某区2026年十件民生实事项目出炉\n"
        f"今年，{process}2026年民生实事项目，计划新建口袋公园12个，力争城镇新增就业2700人。\n"
    )
    got = _values(text)
    assert 15.0 not in got and 70.0 not in got
    assert {12.0, 2700.0} <= got


def test_a_commitment_to_collect_suggestions_stays():
    text = "某区2026年工作要点\n一、问需于民\n1.开展问需活动。全年力争收集群众意见建议300条以上。（牵头单位：区信访局）\n"
    assert 300.0 in _values(text)
