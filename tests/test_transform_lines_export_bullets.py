"""Numbered items behind the bullet a Word or WPS export prints: a middle dot ("· 4.…", "・4.…"), or the
Symbol / Wingdings bullet of a list read without its font (a private-use character, or Ø § ü). The
bullet before a marker is dropped, so the item is an item of its own; a bullet before plain text stays
(transform/lines.py `_BULLETS`)."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.lines import normalise_lines


def _tasks(text: str) -> list[dict]:
    return parse_document(text, source="t.txt", is_text=True).tasks


@pytest.mark.parametrize("bullet", ["·", "・", "∙", "◦", "\uf06c", "\uf0b7", "\uf0d8", "Ø", "§", "ü"])
def test_an_item_behind_an_export_bullet_is_an_item_of_its_own(bullet):
    text = (
        "某县2024年重点工作任务\n二、民生保障\n"
        f"{bullet} 3.新增城镇就业2000人。（牵头单位：县人社局）\n"
        f"{bullet} 4.改造老旧小区12个。（牵头单位：县住建局）\n"
    )
    tasks = _tasks(text)
    assert [(t["path"], t["lead_units"]) for t in tasks] == [
        (["二", "3"], ["县人社局"]),
        (["二", "4"], ["县住建局"]),
    ]


def test_bullets_of_sub_items_in_brackets_of_another_layout():
    text = (
        "某市2025年城市更新工作要点\n一、老旧小区改造\n"
        "·（1）改造城镇老旧小区40个。（责任单位：市住建局）\n"
        "·（2）加装电梯100部。（责任单位：市住建局、各区政府）\n"
    )
    tasks = _tasks(text)
    assert [t["path"] for t in tasks] == [["一", "(1)"], ["一", "(2)"]]
    assert tasks[1]["lead_units"] == ["市住建局", "各区政府"]


def test_a_bullet_before_plain_text_stays():
    lines = normalise_lines("某县工作要点\n· 坚持稳中求进工作总基调\n1.新增规上企业10家。")
    assert "· 坚持稳中求进工作总基调" in lines
