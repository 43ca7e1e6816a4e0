"""A figure cut from its measure word or its comparator by a line break (a PDF wrapped without
measuring the page: "…建成县级物流共同配送中心1" / "个。（牵头单位：…）", "…覆盖率达到90%以" / "上，…"):
the two lines are one sentence, read on as one line by `transform.lines._join_broken_lines`."""

from __future__ import annotations

import functools
import re

_PROSE_MIN = 15  # characters of the line before the break: wrapped prose, not a table cell
# the rest of a comparator cut after 以 ("90%以" / "上", a figure within the last characters); a line
# cut after 不 ("…占比不" / "低于60%") is left as it is: the audit corpus titles such an item by its
# first line
_AFTER_YI = ("上", "下", "内")
_BEFORE_MAX = 8
_DIGITS_RE = re.compile(r"\d+(?:\.\d+)?")  # the rest of a figure cut inside its digits


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
    if last.isdigit() or (last == "." and prev[-2:-1].isdigit()):
        # "…达到8" / "6%", "…面积3." / "6万平方米": the digits of one figure go on below
        if line[:1].isdigit() and (m := _DIGITS_RE.match(line)) is not None:
            return line.startswith(("%", "‰", *_measure_words()), m.end())
        return last != "." and line.startswith(_measure_words())
    if last == "以":  # "…2万吨以" / "上。": a figure shortly before
        return any(c.isdigit() for c in prev[-_BEFORE_MAX:-1]) and line.startswith(_AFTER_YI)
    return False


@functools.cache
def _measure_words() -> tuple[str, ...]:
    from transform.unit_scale import BASE_UNITS, SCALES

    words = {w for w in (*BASE_UNITS, *SCALES) if w and "\u4e00" <= w[0] <= "\u9fff"}
    return tuple(sorted(words - {"年", "月", "日"}, key=len, reverse=True))
