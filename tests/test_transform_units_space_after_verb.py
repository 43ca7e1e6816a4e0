"""A unit clause ends at a space right after its verb, as it does at a comma or 、: a rendering
that lost the comma ("（县农业农村局牵头 县财政局配合）", a full-width space too) gives the lead and
the participating units apart. A space between names without a verb keeps them waiting for it."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.units import extract_units


@pytest.mark.parametrize(
    "text, lead, participating",
    [
        ("（县农业农村局牵头 县财政局配合）", ["县农业农村局"], ["县财政局"]),
        ("（旗农牧局牵头\u3000旗财政局、各苏木镇配合）", ["旗农牧局"], ["旗财政局", "各苏木镇"]),
        ("（區住建局牽頭 各街道配合）", ["區住建局"], ["各街道"]),
        ("县住建局牵头  各乡镇 配合", ["县住建局"], ["各乡镇"]),
    ],
)
def test_a_space_after_the_verb_ends_the_clause(text, lead, participating):
    units = extract_units(text)
    assert (units.lead, units.participating) == (lead, participating)


@pytest.mark.parametrize(
    "text, lead, participating",
    [
        ("（县发改局牵头、县财政局配合）", ["县发改局"], ["县财政局"]),
        ("（牵头单位：县发改局  配合单位：县财政局）", ["县发改局"], ["县财政局"]),
        ("（县发改局 县财政局配合）", [], ["县发改局", "县财政局"]),
    ],
)
def test_other_separators_unchanged(text, lead, participating):
    units = extract_units(text)
    assert (units.lead, units.participating) == (lead, participating)


def test_a_task_list_whose_commas_were_lost():
    doc = parse_document(
        "某旗2024年重点工作任务清单\n一、农牧业\n1.新建标准化暖棚200座。（旗农牧局牵头 各苏木镇配合）\n",
        source="t.txt",
        is_text=True,
    )
    task = doc.tasks[0]
    assert task["lead_units"] == ["旗农牧局"] and task["participating_units"] == ["各苏木镇"]
