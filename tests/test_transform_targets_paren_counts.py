"""A heading that counts its own projects in parentheses ("一、教育惠民工程（项目6个，其中基建类5个、
服务类1个）") states how the list is made up, not what is committed: no target; the figures of the
work after it are (audit round 4, issue 15)."""
from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _rows(text: str) -> list[tuple]:
    return [(t["value"], t["unit"]) for t in extract_targets(text)]


@pytest.mark.parametrize("text, kept", [
    ("一、教育惠民工程(项目6个,其中基建类5个、服务类1个)。主要是新建幼儿园12所。", [(12.0, "所")]),
    ("(三)交通出行工程(项目4个,含续建项目2个)。新改建农村公路80公里。", [(80.0, "公里")]),
    ("二、养老服务提升行动(项目3个)。新增养老床位300张。", [(300.0, "张")]),
])
def test_a_headings_own_project_count_is_no_target(text, kept):
    assert _rows(text) == kept


def test_a_committed_count_in_parentheses_stays():
    assert (20.0, "个") in _rows("建设口袋公园(新建20个)，绿化覆盖率达到42%。")
