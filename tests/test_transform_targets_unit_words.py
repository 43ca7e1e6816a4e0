"""A measure word that starts a word glued after a number ("…规划保障54名词解释55": a table of
contents whose page number runs into 名词解释; "附件3名单") is no unit: no target there (audit
round 4, issue 15). The measure word itself still counts ("培训家政人员300名")."""
from __future__ import annotations

import pytest

from transform.targets import extract_targets


@pytest.mark.parametrize("text", [
    "第六章实施效果及资金匡算48第七章规划保障54名词解释55",
    "详见附件3名单。",
    "按照第12条例外情形办理。",
])
def test_a_number_before_a_word_that_starts_with_a_measure_word_is_no_target(text):
    assert extract_targets(text) == []


def test_the_measure_word_itself_still_counts():
    assert [(t["value"], t["unit"]) for t in extract_targets("培训家政人员300名，名单报县人社局。")] == [(300.0, "名")]
