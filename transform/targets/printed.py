"""A traditional text read alone (round 47d): `extract_targets` called on a task's text as printed
(from Python, a test, a mirror's table cell) rather than on the page's simplified working copy.

The page pipeline reads a traditional page in its simplified working copy (`transform.normalize`)
and puts every output string back as printed. A text handed to `extract_targets` directly gets the
same treatment here, so the simplified words of every rule (verbs, comparators, measure words,
exclusions) read it: "新建公共停車場8座，新增停車位1200個" reads as "…停车位1200个" and prints 1200 個."""

from __future__ import annotations

from transform.normalize import WorkingCopy, needs_t2s, working_copy


def simplified_copy(text: str) -> WorkingCopy | None:
    """The simplified working copy of a text that prints traditional characters, or None (a
    simplified text, or a page's working copy already: nothing to do)."""
    if not needs_t2s(text):
        return None
    w = working_copy(text)
    return w if w is not None and w.text != text and len(w.text) == len(w.start) else None


def as_printed(w: WorkingCopy, targets: list[dict]) -> list[dict]:
    """The targets read in the working copy `w`, their text, indicator and unit as printed (in place)."""
    for t in targets:
        text = t.get("text")
        found = w.locate(text) if isinstance(text, str) else None
        lo, hi = (found[0], found[1]) if found else (0, None)
        if isinstance(text, str):
            t["text"] = w.printed(text, lo, hi)
        ind = t.get("indicator")
        if isinstance(ind, str):
            t["indicator"] = w.printed_words(ind, lo, hi) if w.span(ind) else _printed_pieces(w, ind)
        if isinstance(t.get("unit"), str):
            t["unit"] = w.printed_chars(t["unit"])
    return targets


def _printed_pieces(w: WorkingCopy, s: str) -> str:
    """An indicator rebuilt from pieces of the text (新建项目30个，其中50%為產業項目 → 项目中产业项目比例),
    each longest piece found in the copy printed as the text prints it (项目中產業項目比例: a text that
    mixes the two scripts keeps each), a character found nowhere as the copy maps it."""
    out: list[str] = []
    i = 0
    while i < len(s):
        j = len(s)
        while j > i + 1 and w.span(s[i:j]) is None:
            j -= 1
        found = w.span(s[i:j])
        out.append(w.printed_span(*found) if found else w.printed_chars(s[i:j]))
        i = j
    return "".join(out)
