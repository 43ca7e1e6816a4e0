"""A PDF table cell that lists units one per line, each wrapped inside a narrow column: the reader
joins the cell's lines, and a wrap that falls where one unit ends and the next (of the same level)
begins keeps the two names apart (invented cells)."""

from __future__ import annotations

import pytest

from transform.attachments.grid import join_lines


@pytest.mark.parametrize(
    ("cell", "joined"),
    [
        # city departments, each wrapped in a three-character column
        ("市发展\n改革委\n市生态\n环境局", "市发展改革委 市生态环境局"),
        ("市发展\r\n改革委\r\n市商务\r\n局", "市发展改革委 市商务局"),
        # county departments in a wider column
        ("县农业\n农村局\n县财政局", "县农业农村局 县财政局"),
        # party organs of a district
        ("区委组\n织部\n区委宣\n传部", "区委组织部 区委宣传部"),
        # traditional characters
        ("市發展\n改革委\n市商務\n局", "市發展改革委 市商務局"),
    ],
)
def test_units_wrapped_one_per_line_stay_apart(cell: str, joined: str) -> None:
    assert join_lines(cell) == joined


@pytest.mark.parametrize(
    ("cell", "joined"),
    [
        ("各县\n市区\n政府、\n开发\n区管\n委会", "各县市区政府、开发区管委会"),
        ("市委宣\n传部", "市委宣传部"),  # one name wrapped after its level's organ
        ("县人民政\n府办公室", "县人民政府办公室"),
        ("市发展和\n改革委\n员会", "市发展和改革委员会"),
        ("市生态\n环境局\n县分局", "市生态环境局县分局"),  # a branch of another level: not cut here
        ("市财\n政局\n各县\n市区\n政府", "市财政局各县市区政府"),  # a collective: left to the unit splitter
        # a task cell is no list of units
        (
            "加快推进市发展改革委\n市商务局联合开展的消费券发放工作",
            "加快推进市发展改革委市商务局联合开展的消费券发放工作",
        ),
        ("市发展改革委", "市发展改革委"),
    ],
)
def test_one_name_or_text_is_joined_as_before(cell: str, joined: str) -> None:
    assert join_lines(cell) == joined
