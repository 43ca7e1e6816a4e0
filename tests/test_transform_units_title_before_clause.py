"""A short task title ended by 。 (or a clause opened by 由) is never a unit name of the unit
clause after it: "1.加快建设现代农业产业园。由县农业农村局牵头，县财政局配合。" leads with
县农业农村局 only. Names listed in the same sentence as their verb still wait for it
("县财政局，县统计局配合")."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.units import extract_units


@pytest.mark.parametrize(
    "text, lead, participating",
    [
        # a plan: title sentence, then 由X牵头
        ("加快建设现代农业产业园。由县农业农村局牵头，县财政局配合。", ["县农业农村局"], ["县财政局"]),
        # the same without 由
        ("建设智慧物流园。区商务局牵头，区交通局、各街道配合。", ["区商务局"], ["区交通局", "各街道"]),
        # one sentence: the title, then 由 opens the names
        ("完善乡镇卫生院，由县卫健局牵头，县医保局配合。", ["县卫健局"], ["县医保局"]),
        # traditional characters
        ("推進縣城污水處理廠提標改造。由縣住建局牽頭，縣生態環境分局配合。", ["縣住建局"], ["縣生態環境分局"]),
    ],
)
def test_the_title_is_no_unit_of_the_clause_after_it(text, lead, participating):
    units = extract_units(text)
    assert (units.lead, units.participating) == (lead, participating)


@pytest.mark.parametrize(
    "text, lead, participating",
    [
        # names waiting for their verb across a comma in one sentence: unchanged
        ("县发改局牵头，县财政局，县统计局配合。", ["县发改局"], ["县财政局", "县统计局"]),
        ("推进项目建设（县发改局、县工信局牵头，各乡镇配合）", ["县发改局", "县工信局"], ["各乡镇"]),
        ("抓好粮食生产。县农业农村局、县粮食和物资储备局负责。", ["县农业农村局", "县粮食和物资储备局"], []),
    ],
)
def test_names_in_the_sentence_of_their_verb_are_kept(text, lead, participating):
    units = extract_units(text)
    assert (units.lead, units.participating) == (lead, participating)


def test_a_task_list_with_short_titles():
    text = (
        "某县2024年重点工作任务清单\n"
        "一、产业发展\n"
        "1.加快建设现代农业产业园。由县农业农村局牵头，县财政局配合，2024年12月底前完成。\n"
        "2.建设冷链物流中心。县商务局牵头，各乡镇（街道）配合。\n"
    )
    doc = parse_document(text, source="t.txt", is_text=True)
    tasks = {tuple(t["path"]): t for t in doc.tasks}
    assert tasks[("一", "1")]["lead_units"] == ["县农业农村局"]
    assert tasks[("一", "1")]["participating_units"] == ["县财政局"]
    assert tasks[("一", "2")]["lead_units"] == ["县商务局"]
    assert tasks[("一", "2")]["participating_units"] == ["各乡镇（街道）"]
