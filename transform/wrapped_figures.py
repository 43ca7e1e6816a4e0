"""A figure cut from its measure word or its comparator by a line break (a PDF wrapped without
measuring the page: "…建成县级物流共同配送中心1" / "个。（牵头单位：…）", "…覆盖率达到90%以" / "上，…"),
or inside its digits ("…人工造林1." / "5万亩", "…监控点1" / "20个", round 44c), inside its measure
word ("…6000立方" / "米/日，…", "…3万" / "亩，…"), or before the figure that ends a clause ("…新增公交线路" /
"3条。…", round 44g): the two lines are one sentence, read on as one line by `transform.lines._join_broken_lines`."""

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
    if "\u4e00" <= last <= "\u9fff" and (line[0].isdigit() or line[0] in _unit_rests()):
        return _cut_unit(prev, line) or _figure_ends_clause(line)
    if last == "以":  # "…2万吨以" / "上。": a figure shortly before
        return any(c.isdigit() for c in prev[-_BEFORE_MAX:-1]) and line.startswith(_AFTER_YI)
    return False


@functools.cache
def _measure_words() -> tuple[str, ...]:
    from transform.unit_scale import BASE_UNITS, SCALES

    words = {w for w in (*BASE_UNITS, *SCALES) if w and "\u4e00" <= w[0] <= "\u9fff"}
    return tuple(sorted(words - {"年", "月", "日"}, key=len, reverse=True))


_TAIL_MAX = 4  # characters of a measure word cut by the break ("…6000立方" / "米/日"), its scale too
_CLAUSE_ENDS = "，,。；;、（("
_SCALE_WORDS = ("万", "亿", "千", "百")


@functools.cache
def _unit_rests() -> frozenset[str]:
    """The characters of measure words: where the rest of one cut after its figure or a part of it opens."""
    return frozenset("".join(_measure_words()))


def _cut_unit(prev: str, line: str) -> bool:
    """Does the break cut a measure word after a figure ("…6000 立方" / "米/日", "…120万平方" / "米。",
    "…3万" / "亩，")? The tail after the digits is a scale and the head of a measure word the next
    line completes."""
    k = len(prev)
    while k > len(prev) - _TAIL_MAX - 1 and k > 0 and "\u4e00" <= prev[k - 1] <= "\u9fff":
        k -= 1
    tail = prev[k:]
    if not tail or len(tail) > _TAIL_MAX or not prev[:k].rstrip(" ")[-1:].isdigit():
        return False
    scale = tail[0] if tail[0] in _SCALE_WORDS else ""
    part = tail[len(scale) :]
    if not part:
        return line.startswith(_measure_words())
    return any(
        len(w) > len(part) and w.startswith(part) and line.startswith(w[len(part) :])
        for w in _measure_words()
    )


def _figure_ends_clause(line: str) -> bool:
    """Does `line` open with a figure and its measure word that end a clause ("3条。", "12个，",
    "95%；")? A line of its own opens with words, a row's number with a space ("3 新建…")."""
    k = 0
    while k < len(line) and k <= _DIGITS_MAX and (line[k].isdigit() or (k and line[k] == ".")):
        k += 1
    if not k or k > _DIGITS_MAX + 1 or line[k - 1] == ".":
        return False
    if line.startswith(_SCALE_WORDS, k):
        k += 1
    if line[k : k + 1] == " ":  # a PDF's gap after the figure ("480 公里。", round 46h)
        k += 1
    rest = line[k:]
    if rest.startswith(("%", "‰")):
        return rest[1:2] in _CLAUSE_ENDS and rest[1:2] != ""
    for w in _measure_words():
        if rest.startswith(w):
            return rest[len(w) : len(w) + 1] in _CLAUSE_ENDS and len(rest) > len(w)
    return False


_DIGITS_MAX = 4  # digits of the rest of a number cut by the break ("1" / "20个")


def _rest_of_number(line: str) -> bool:
    """Does `line` open with the rest of a number and its measure word ("5万亩", "20个。")? Not a
    decimal of its own ("1.5万亩" after "…造林1": two numbers), nor a row's number ("3 新建…")."""
    k = 0
    while k < len(line) and k <= _DIGITS_MAX and line[k].isdigit():
        k += 1
    return k <= _DIGITS_MAX and line.startswith(("%", "‰", *_measure_words()), k)
