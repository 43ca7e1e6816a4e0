"""A figure cut from its measure word or its comparator by a line break (a PDF wrapped without
measuring the page: "…建成县级物流共同配送中心1" / "个。（牵头单位：…）", "…覆盖率达到90%以" / "上，…"),
or inside its digits ("…人工造林1." / "5万亩", "…监控点1" / "20个", round 44c):
the two lines are one sentence, read on as one line by `transform.lines._join_broken_lines`."""

from __future__ import annotations

import functools

_PROSE_MIN = 15  # characters of the line before the break: wrapped prose, not a table cell
# the rest of a comparator cut after 以 ("90%以" / "上", a figure within the last characters); a line
# cut after 不 ("…占比不" / "低于60%") is left as it is: the audit corpus titles such an item by its
# first line
_AFTER_YI = ("上", "下", "内")
_BEFORE_MAX = 8


def cut_figure(prev: str, line: str) -> bool:
    """Does `line` open with the measure word or the comparator rest of the figure `prev` ends
    with? `prev` must be a line of prose (long enough, with Chinese text)."""
    if (
        len(prev) < _PROSE_MIN
        or not line
        or "|" in prev
        or not any("\u4e00" <= c <= "\u9fff" for c in prev[:_PROSE_MIN])
    ):
        return False
    last = prev[-1]
    if line[0].isdigit() and (last.isdigit() or (last in ".．" and prev[-2].isdigit())):
        # "…人工造林1." / "5万亩，…", "…监控点1" / "20个。", "…达到8" / "6%" (rounds 44c, 44d)
        return _rest_of_number(line)
    if last.isdigit():
        return line.startswith(_measure_words())
    if last == "以":  # "…2万吨以" / "上。": a figure shortly before
        return any(c.isdigit() for c in prev[-_BEFORE_MAX:-1]) and line.startswith(_AFTER_YI)
    return False


@functools.cache
def _measure_words() -> tuple[str, ...]:
    from transform.unit_scale import BASE_UNITS, SCALES

    words = {w for w in (*BASE_UNITS, *SCALES) if w and "\u4e00" <= w[0] <= "\u9fff"}
    return tuple(sorted(words - {"年", "月", "日"}, key=len, reverse=True))


_DIGITS_MAX = 4  # digits of the rest of a number cut by the break ("1" / "20个")


def _rest_of_number(line: str) -> bool:
    """Does `line` open with the rest of a number and its measure word ("5万亩", "20个。")? Not a
    decimal of its own ("1.5万亩" after "…造林1": two numbers), nor a row's number ("3 新建…")."""
    k = 0
    while k < len(line) and k <= _DIGITS_MAX and line[k].isdigit():
        k += 1
    return k <= _DIGITS_MAX and line.startswith(("%", "‰", *_measure_words()), k)
