"""A share that qualifies what follows it ("90%以上的行政村集体收入超10万元": the 10万元 defines who
counts) does not swallow the next item of a list: "30%以上的村达到A标准、50%以上的乡镇达到B标准"
gives two targets."""
from __future__ import annotations

import pytest

from transform.targets import extract_targets


@pytest.mark.parametrize("text, values", [
    ("30%以上的行政村达到示范村标准、50%以上的乡镇达到示范镇标准。", [30, 50]),
    ("40%以上的社区建成完整社区、60%以上的小区实现垃圾分类、80%以上的家庭参与。", [40, 60, 80]),
    ("90%以上的行政村集体经营性收入超过10万元。", [90]),
])
def test_each_share_of_a_list_is_a_target(text, values):
    assert [r["value"] for r in extract_targets(text, annual_year=2025)] == values
