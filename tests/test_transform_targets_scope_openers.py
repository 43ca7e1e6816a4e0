"""Scope words opening the phrase are no part of the indicator: 全市范围内, 全区域, 辖区内, 该县,
于年内 ("全区域实现5G网络覆盖率95%" measures 5G网络覆盖率, not 域实现5G网络覆盖率); a term that
holds such a word stays whole (全域旅游收入)."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


@pytest.mark.parametrize("text,indicator", [
    ("全市范围内新增公共停车位2000个", "公共停车位"),
    ("全区域实现5G网络覆盖率95%", "5G网络覆盖率"),
    ("该县计划新建学校3所", "学校"),
    ("据悉，该区将于年内建成公园10个", "公园"),
    ("辖区内规上企业研发投入占比达到3%", "规上企业研发投入占比"),
])
def test_a_scope_opener_is_dropped(text, indicator):
    (t,) = extract_targets(text)
    assert t["indicator"] == indicator


def test_a_term_holding_a_scope_word_stays():
    (t,) = extract_targets("全域旅游收入达到100亿元")
    assert t["indicator"] == "全域旅游收入"
