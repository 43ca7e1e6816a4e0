"""Open cases of the last audit that the parser already reads right (regression locks, not new
rules): a count of people served is a target (解决农村8万人饮水问题 → 8 万人), and a threshold that
qualifies what is counted is not (展览面积超2万平米的展会达到6个 → only 6 个)."""
from __future__ import annotations

import pytest

from transform.targets import extract_targets


@pytest.mark.parametrize("text, expected", [
    ("解决农村8万人饮水问题。", [(8, "万人")]),
    ("巩固提升3.5万农村人口供水保障水平。", [(3.5, "万")]),
    ("展览面积超2万平米的展会达到6个。", [(6, "个")]),
    ("举办展览面积5万平方米以上的展会3个以上。", [(3, "个")]),
])
def test_open_cases(text, expected):
    assert [(r["value"], r["unit"]) for r in extract_targets(text, annual_year=2025)] == expected
