"""A count of animals with its bound, then a farm noun in its clause (250头以下未改造达标的生猪养殖场),
is the farm's size that says which farms are meant, even with no word of scale (出栏, 存栏) before it:
no target, as "投资500万元以上项目" (audit round 31C, a 畜禽养殖 rectification list). A herd the plan
keeps (生猪存栏稳定在350万头以上) and a count of farms (养殖场3个) stay targets."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


def _values(text: str) -> list[tuple]:
    return [(t["value"], t["unit"]) for t in extract_targets(text)]


@pytest.mark.parametrize("text, expected", [
    # a task list item
    ("19、禁养区和可养区250头以下未改造达标的生猪养殖场关闭拆迁。", []),
    # a plan paragraph, with 的 and a count of farms after it
    ("引导100头以下的养殖户退出，建成粪污集中处理中心2个。", [(2.0, "个")]),
    # a news report
    ("该县将对存栏50头以下的散养户和3000羽以下的养鸡场实施清理整治。", []),
    # a table row rendered as text
    ("整治对象 | 500只以下羊场 | 年底前完成", []),
])
def test_an_animal_bound_before_a_farm_is_a_qualifier(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the herd the plan keeps: no farm noun in its clause
    ("生猪存栏稳定在350万头以上，规模养殖场粪污处理设施装备配套率达到100%。", [(350.0, "万头"), (100.0, "%")]),
    ("全年出栏生猪120万头以上。", [(120.0, "万头")]),
    # the scale after 出栏 as before; the count of farms is the target
    ("建成年出栏1万头以上养殖场3个。", [(3.0, "个")]),
    # a count of farms with a bound
    ("新建标准化养殖场20个以上。", [(20.0, "个")]),
])
def test_near_misses_keep_their_numbers(text, expected):
    assert _values(text) == expected


def test_traditional_rendering_reads_the_same():
    text = "畜禽養殖污染整治方案\n一、關閉拆除\n1、禁養區250頭以下未改造達標的生豬養殖場關閉拆遷。\n2、新建糞汙處理中心2個。\n"
    targets = parse_document(text.encode(), source="x", is_text=True).targets
    assert [(t["value"], t["unit"]) for t in targets] == [(2.0, "個")]
