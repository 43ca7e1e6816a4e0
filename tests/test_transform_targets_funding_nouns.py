"""A budget is named by the kind of money between its verb and its amount ("安排超长期特别国债3000
亿元支持…", "争取上级专项资金1200万元用于…", "统筹财政衔接资金800万元实施…"): it is committed money,
a target, even where a verb of purpose is glued to the amount (audit round 4, issue 15)."""
from __future__ import annotations

import pytest

from transform.targets import extract_targets


@pytest.mark.parametrize("text, row", [
    ("安排超长期特别国债3000亿元支持消费品以旧换新。", (3000.0, "亿元")),
    ("争取上级专项资金1200万元用于农村道路建设。", (1200.0, "万元")),
    ("统筹财政衔接资金800万元实施产业帮扶项目。", (800.0, "万元")),
])
def test_a_budget_named_by_its_kind_of_money_is_a_target(text, row):
    assert row in [(t["value"], t["unit"]) for t in extract_targets(text)]


def test_an_amount_that_names_a_company_is_still_no_target():
    rows = [(t["value"], t["unit"]) for t in extract_targets("培育年营收10亿元企业3家，新增就业岗位500个。")]
    assert (10.0, "亿元") not in rows and (3.0, "家") in rows
