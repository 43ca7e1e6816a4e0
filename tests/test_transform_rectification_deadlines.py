"""整改时限 / 整改期限 label a task's deadline as 完成时限 does: in a rectification list the value may
be a date ("2024年12月底前") or standing work ("立行立改，长期坚持": text kept, no date). Invented
items in the styles of an inspection rectification plan and an audit rectification list; a
mention of 整改时限 in prose (no colon) labels nothing."""

from __future__ import annotations

from datetime import date

from transform.deadlines import find_deadline, labelled_deadline


def test_standing_rectification_value_is_kept():
    text = "秸秆露天焚烧时有发生。\n整改措施：落实网格化监管。\n责任单位：区农业农村局\n整改时限：立行立改，长期坚持"
    assert find_deadline(text, None) == (None, "立行立改，长期坚持")


def test_dated_rectification_value():
    text = "专项资金闲置。整改措施：加快拨付。（责任单位：市财政局；整改期限：2024年9月底前）"
    assert find_deadline(text, None) == (date(2024, 9, 30), "2024年9月底前")


def test_the_label_wins_over_a_time_in_the_measures():
    text = "整改措施：6月底前完成排查，建立长效机制。整改时限：2024年12月底前"
    assert find_deadline(text, None) == (date(2024, 12, 31), "2024年12月底前")


def test_traditional_label():
    text = "財務管理不規範。整改時限:2024年6月30日前"
    assert find_deadline(text, None) == (date(2024, 6, 30), "2024年6月30日前")


def test_a_parent_label_reaches_sub_items():
    assert labelled_deadline("（一）督察反馈问题整改。整改时限：长期坚持", None) == (None, "长期坚持")


def test_prose_mention_labels_nothing():
    text = "明确每个问题的整改措施、整改时限和责任单位，按期完成。"
    assert find_deadline(text, None) == (None, None)
