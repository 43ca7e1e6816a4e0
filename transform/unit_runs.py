"""Units named by an unnumbered heading line over a run of items: a task list printed unit first.

"县发改局：" / 1. 2. … / "县财政局：" / 1. 2. …, or "县教育和体育局（2项）" over its items: each run of
items restarting at 1 takes the unit its heading line names as its lead (a task that names its
own keeps them: `transform.rows`). Only lists where every run has a unit heading, two runs at
least: a topic line ("经济发展：") or a single heading is no owner.

A short statement over a section's first item that speaks for the items below it ("（以下任务由县
农业农村局牵头）", "下列事项由区住建局负责"; its openers in lexicon units_section_openers.txt) names
the lead of every item of that section.

An item whose responsible label says "同上" ("（责任单位：同上）", lexicon units_ditto.txt) has the lead
units of the item before it in its section (round 39h).
"""

from __future__ import annotations

from transform.lexicons import words
from transform.tree import Node
from transform.unit_labels import _label_matches
from transform.unit_words import simplified
from transform.units import extract_units, heading_line_units

#: a unit label's value that repeats the units of the item above ("同上"), longest first
_DITTO: tuple[str, ...] = tuple(sorted(words("units_ditto"), key=len, reverse=True))
#: what may follow the ditto word: the value ends there
_DITTO_ENDS = frozenset("）)】]。；;，,\n \u3000")
#: at most this many items back for the units a run of dittos repeats
_MAX_DITTO_BACK = 50


#: the openers of a statement that speaks for the items below it: "以下任务由…牵头"
_SECTION_OPENERS: tuple[str, ...] = tuple(words("units_section_openers"))


class RunUnits:
    """The units an unnumbered heading line names over each run of items restarting at 1
    ("县发改局：" / 1. 2. … / "县财政局：" / 1. 2. …), for lists that give every run one: two runs at
    least, each under a unit heading. Each parent's items are read once."""

    def __init__(self) -> None:
        self.found: dict[int, list[str]] = {}  # id(item) -> the units of its run's heading
        self.read: set[int] = set()  # id(parent) already read

    def __call__(self, node: Node) -> list[str] | None:
        parent = node.parent
        if parent is None:
            return None
        if id(parent) not in self.read:
            self.read.add(id(parent))
            self._read(parent)
        run = self.found.get(id(node))
        if run is None and "同" in node.own_text and says_ditto(node.own_text):
            run = self._ditto(node, parent)
        return run

    def _ditto(self, node: Node, parent: Node) -> list[str] | None:
        """The lead units of the nearest item before `node` in its section that names some (or
        whose own ditto was resolved)."""
        k = next((i for i, c in enumerate(parent.children) if c is node), 0)
        for prev in reversed(parent.children[max(0, k - _MAX_DITTO_BACK) : k]):
            lead = list(extract_units(prev.own_text).lead) or self.found.get(id(prev))
            if lead:
                self.found[id(node)] = list(lead)
                return list(lead)
            if not says_ditto(prev.own_text):
                return None
        return None

    def _read(self, parent: Node) -> None:
        starts = [k for k, c in enumerate(parent.children) if k == 0 or (c.number == 1 and c.subheading)]
        if len(starts) < 2:
            units = section_statement_units(parent.children[0].subheading) if parent.children else []
            if not units and parent.children and parent.kind != "root":
                # "二、完善物流体系" / "以下任务均由县交通运输局负责：" / "（一）…": the section's last
                # line, right above its first item, where the section's text names no units by itself
                # ("（以下任务由县农业农村局牵头，县财政局配合）" is read there, with its 配合 units)
                last = _last_line(parent)
                if last and not extract_units(last):
                    units = section_statement_units(last)
            for c in parent.children if units else ():
                self.found[id(c)] = units
            return
        children = parent.children
        heads = [
            heading_line_units(children[k].subheading or _line_above(parent, children[k])) for k in starts
        ]
        if not all(heads):
            return
        for units, k, end in zip(heads, starts, [*starts[1:], len(children)], strict=True):
            for c in children[k:end]:
                self.found[id(c)] = units


def _last_line(section: Node) -> str:
    """The last non-empty line of a section's own text (under its heading)."""
    for ln in reversed(section.lines):
        if ln.strip():
            return ln
    return ""


def _line_above(parent: Node, first: Node) -> str:
    """The last line above the first item of a top level (its numbering context's preamble)."""
    if parent.kind != "root":
        return first.subheading
    lines = (parent.preambles or {}).get(first.annex) or []
    for ln in reversed(lines[-2:]):
        if ln.strip():
            return ln
    return ""


def section_statement_units(line: str) -> list[str]:
    """The lead units of a statement over a section's items ("（以下任务由县农业农村局牵头）" ->
    ["县农业农村局"]); [] for any other line."""
    printed = line.strip().lstrip("（(【[").lstrip()
    text = simplified(printed)
    opener = next((o for o in _SECTION_OPENERS if text.startswith(o)), None)
    if opener is None:
        return []
    # "以下任务均由县交通运输局负责：": the colon that opens the items and an adverb before 由 are no
    # part of the statement
    line = line.rstrip().rstrip("：:")
    rest = printed.rstrip().rstrip("：:")[len(opener) :].lstrip()
    if rest[:1] in _ADVERBS and rest[1:2] == "由":
        rest = rest[1:]
    # "（以下任务责任单位为县农业农村局）": the label after the opener, read without it
    return list(extract_units(line).lead or extract_units(rest).lead)


#: adverbs between the opener and 由 ("以下任务均由…", "以下工作都由…")
_ADVERBS = ("均", "都", "皆")


def says_ditto(text: str) -> bool:
    """Does a lead or responsible label of the text say "同上" ("（责任单位：同上）")?"""
    if "同" not in text:
        return False
    view = simplified(text)
    for _start, value, kind in _label_matches(view):
        if kind not in ("lead", "resp"):
            continue
        word = next((w for w in _DITTO if view.startswith(w, value)), None)
        if word is not None and view[value + len(word) : value + len(word) + 1] in _DITTO_ENDS | {""}:
            return True
    return False
