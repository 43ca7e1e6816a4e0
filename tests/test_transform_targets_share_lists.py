"""A list of shares each before what it counts, joined by 、: "30%以上的行政村达到A标准、50%以上的
乡镇达到B标准、50%以上的农户庭院达到C标准" — each share counts the noun after it (乡镇, 农户庭院),
never the words of the item before it (…A标准)."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "30%以上的行政村达到美丽乡村建设标准、50%以上的乡镇政府所在地达到美丽小镇建设标准、"
            "50%以上的农户庭院达到美丽庭院建设标准。",
            ["行政村", "乡镇政府所在地", "农户庭院"],
        ),
        (
            "力争80%的社区建成完整社区、60%以上的小区实现垃圾分类全覆盖。",
            ["社区", "小区"],
        ),
        (
            "全县90%以上的村卫生室达到标准化建设要求、70%以上的乡镇卫生院达到服务能力推荐标准。",
            ["村卫生室", "乡镇卫生院"],
        ),
    ],
)
def test_each_share_counts_the_noun_after_it(text, expected):
    rows = extract_targets(text, default_year=2025)
    assert [r["indicator"] for r in rows] == expected


def test_a_rate_after_a_list_item_keeps_its_subject():
    rows = extract_targets("农村卫生户厕普及率、生活污水治理率分别达到95%、60%。", default_year=2025)
    assert [r["indicator"] for r in rows] == ["农村卫生户厕普及率", "生活污水治理率"]
