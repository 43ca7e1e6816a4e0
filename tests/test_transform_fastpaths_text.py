"""Speed-ups of the per-text work (numbers, units, rows) give exactly what the plain code gives.

Each fast path is compared with a reference written the straightforward way, on hand-picked
cases and on random strings built from the characters that matter (see also
tests/test_transform_fastpaths.py).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from transform import numerals as N


def _to_halfwidth_reference(text: str) -> str:
    """`transform.numerals.to_halfwidth` as first written: one replace per character found."""
    for ch in set(N._FULLWIDTH_RE.findall(text)):
        text = text.replace(ch, chr(N.FULLWIDTH[ord(ch)]))
    return text


_WIDTHS = ["，", "：", "；", "（", "）", "％", "１", "０", "Ａ", "ｚ", "～", "！", "\u3000", "\ufe52", "\u2236",
           ",", "1", "县", "达", "。", "、", " ", "a", "\uff5f", "\uff00"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WIDTHS), max_size=40).map("".join))
def test_to_halfwidth_equals_the_plain_version(text):
    assert N.to_halfwidth(text) == _to_halfwidth_reference(text)


def test_to_halfwidth_examples():
    for text in ("", "县", "到２０２５年，达到８０％（含）以上；", "ＡＢＣ　﹒∶！～", "（一）加强：县发改局"):
        assert N.to_halfwidth(text) == _to_halfwidth_reference(text)
    assert N.to_halfwidth("增长１５％，达到（约）３０家") == "增长15%,达到(约)30家"
