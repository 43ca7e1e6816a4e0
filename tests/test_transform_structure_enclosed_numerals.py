"""Enclosed numerals that print a whole marker in one character — ⑴…⒇, ⒈…⒛, ㈠…㈩ — number items
like (1), 1. and (一) do; their paths use those labels."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.numbering import match_marker


@pytest.mark.parametrize("line, label, number", [
    ("⑴强化招商意识。", "(1)", 1),
    ("⒉优化营商环境。", "2", 2),
    ("㈢具体目标", "(三)", 3),
    ("⑿第十二项", "(12)", 12),
])
def test_an_enclosed_numeral_is_a_marker(line, label, number):
    mk = match_marker(line)
    assert (mk.label, mk.number, mk.end) == (label, number, 1)


def test_items_numbered_with_enclosed_numerals_are_tasks():
    r = parse_document(
        "某县2022年招商引资行动方案\n⑴强化招商意识。确保项目开工率达到80%以上。（牵头单位：县投促局）\n"
        "⑵抢抓合作机遇。引进到位资金20亿元。（牵头单位：县经合局）\n"
        "⑶优化营商环境。落实一企一策服务机制。（牵头单位：县发改局）\n",
        source="e.txt", is_text=True,
    )
    assert [t["path"] for t in r.tasks] == [["(1)"], ["(2)"], ["(3)"]]
    assert [t["title"] for t in r.tasks] == ["强化招商意识", "抢抓合作机遇", "优化营商环境"]
    assert r.tasks[1]["lead_units"] == ["县经合局"]


def test_sections_with_parenthesised_ideographs():
    r = parse_document(
        "某镇2024年工作要点\n㈠产业发展\n1.新建标准厂房2万平方米。\n2.引进企业5家。\n㈡民生保障\n1.新增就业岗位300个。\n",
        source="e.txt", is_text=True,
    )
    assert [t["path"] for t in r.tasks] == [["(一)", "1"], ["(一)", "2"], ["(二)", "1"]]
