"""A sentence that opens with a word of the present and a comma ("目前，全县森林覆盖率为60%。",
"目前,我国社会研发投入的强度在2%左右") states where things stand: its numbers before any word that
looks ahead are the present state, no target — as "目前全县…" (the word in the number's own clause)
already is (audit round 32A: a news report of the 十三五 纲要). The numbers after a future word of
the same sentence (到2020年力争达到2.5%) stay targets."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


def _values(text: str) -> list[tuple]:
    return [(t["value"], t["unit"]) for t in extract_targets(text)]


@pytest.mark.parametrize("text, expected", [
    # a plan: the present state, then the goal
    ("目前，全县森林覆盖率为60%。到2025年，森林覆盖率达到65%。", [(65.0, "%")]),
    # a news report of a plan, the goal later in the same sentence
    ("目前,我国社会研发投入的强度在2%左右,到2020年力争达到2.5%。", [(2.5, "%")]),
    # another present word, a count
    ("现阶段，全区建成污水处理厂3座，日处理能力4万吨。计划新建污水处理厂2座。", [(2.0, "座")]),
    # a table rendered as text: the row's remark
    ("当前，全市5G基站1200个。 | 新建5G基站800个", [(800.0, "个")]),
])
def test_a_sentence_opening_with_the_present_states_where_things_stand(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a future word before the number in the same sentence
    ("目前，我县计划新建学校3所。", [(3.0, "所")]),
    ("当前，要确保粮食播种面积稳定在120万亩以上。", [(120.0, "万亩")]),
    # the present word not at the opening of the sentence, as before
    ("到2025年，全县森林覆盖率达到65%，目前正在推进。", [(65.0, "%")]),
])
def test_near_misses_keep_their_numbers(text, expected):
    assert _values(text) == expected


def test_traditional_rendering_reads_the_same():
    text = "某縣發展規劃\n一、主要目標\n當前,全縣城鎮化率為52%。到2025年,城鎮化率達到60%。\n"
    targets = parse_document(text.encode(), source="x", is_text=True).targets
    assert [(t["value"], t["unit"]) for t in targets] == [(60.0, "%")]
