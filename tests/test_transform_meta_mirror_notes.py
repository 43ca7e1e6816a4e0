"""Mirror sites also gloss characters with labelled notes — "(读:dà)", "{拼音:zhōng}", "《练:xiǎo》",
"(繁体:學)", "[繁体:園]", "《繁:驟》", "【lián】" — and with bare toned syllables before a space
("2021年nián 全市"): the working copy drops them as it drops "(shí)", and prints them as found."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.normalize import working_copy


@pytest.mark.parametrize("printed, working", [
    ("扩大(读:dà)城镇教育资源", "扩大城镇教育资源"),
    ("其中{拼音:zhōng}：甲区4所", "其中：甲区4所"),
    ("中小《练:xiǎo》学9所", "中小学9所"),
    ("中小学(繁体:學)学位4000个", "中小学学位4000个"),
    ("入园[繁体:園]难，实施步骤《繁:驟》", "入园难，实施步骤"),
    ("幼儿【ér】园，祁连【lián】路", "幼儿园，祁连路"),
    ("第一幼儿园{pinyin:yuán}主体完工", "第一幼儿园主体完工"),
])
def test_labelled_glosses_are_dropped_from_the_copy(printed, working):
    w = working_copy(printed)
    assert w is not None and w.text == working
    assert w.printed(working) == printed


def test_bare_toned_syllables_before_a_space_on_a_noisy_page():
    w = working_copy("2021年nián 全市新建学校9所，古浪làng 县4所")
    assert w.text == "2021年全市新建学校9所，古浪县4所"


def test_a_single_bare_syllable_or_latin_words_stay():
    assert working_copy("引进Café 品牌门店3家") is None


def test_a_glossed_plan_reads_like_plain_text():
    r = parse_document(
        "某市2021年学校建设方案\n一、目标任务\n2021年nián 全市新建公办幼儿园、中小《练:xiǎo》学9所，"
        "新增学位(繁体:學)4000个。\n二、实施步骤《繁:驟》\n（一）新建公办《繁体:辦》学校9所，其中{拼音:zhōng}："
        "甲区4所。（责任单位：市教育局）\n",
        source="m.txt", is_text=True,
    )
    # (the title ends at the first colon: the gloss stays, as printed)
    assert [t["title"] for t in r.tasks] == ["新建公办《繁体:辦》学校9所，其中{拼音:zhōng}"]
    values = [t["value"] for t in r.targets]
    assert values.count(9) == 2 and 4000 in values
    assert not any(ch in t["indicator"] for t in r.targets for ch in "《{(繁xǎ")
