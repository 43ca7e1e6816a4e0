"""An ellipsis after a figure (……, NFKC ......) ends its phrase: the words after it are no noun
of what the figure counts ("增长20.7%……云南省第十四届人民代表大会…开幕")."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


@pytest.mark.parametrize("text", [
    "旅居人数达389.75万、增长20.7%……省人民代表大会第三次会议18日在昆明开幕",
    "旅居人数达389.75万、增长20.7%......省人民代表大会第三次会议18日在昆明开幕",
])
def test_an_ellipsis_ends_the_noun_after_a_figure(text):
    found = extract_targets(text)
    assert [t["indicator"] for t in found] == ["旅居人数", "旅居人数"]


def test_in_a_page():
    page = "某省2025年文旅工作要点\n一、主要目标\n力争旅居人数达600万、增长20%……各地要抓好落实。\n"
    p = parse_document(page, source="p.txt", is_text=True)
    assert all("抓好" not in (t["indicator"] or "") for t in p.targets)
