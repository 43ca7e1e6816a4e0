"""Unit names fixed at the round-40 merge: a word that ends in a unit ending but never ends a name."""

import pytest

from transform.gazetteer import split_glued
from transform.units import extract_units


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("县社会保险事业管理中心", ["县社会保险事业管理中心"]),
        ("市社会保障卡服务中心", ["市社会保障卡服务中心"]),
        ("县妇联县社会保险事业管理中心", ["县妇联", "县社会保险事业管理中心"]),
        ("区人大常委会区社会保险事业管理局", ["区人大常委会", "区社会保险事业管理局"]),
    ],
)
def test_a_name_is_not_cut_after_shehui(text, names):
    assert split_glued(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("县总工会县社会保险中心", ["县总工会", "县社会保险中心"]),  # 工会 still ends a name
        ("县红十字会县财政局", ["县红十字会", "县财政局"]),
        ("县供销社县财政局", ["县供销社", "县财政局"]),
    ],
)
def test_other_endings_still_cut(text, names):
    assert split_glued(text) == names


def test_label_value_keeps_the_centre_whole():
    units = extract_units("建立长效机制。（牵头单位：县社会保险事业管理中心；配合单位：县财政局）")
    assert units.lead == ["县社会保险事业管理中心"]
    assert units.participating == ["县财政局"]
