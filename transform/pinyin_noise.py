"""Pinyin noise of mirror sites: the syllables and glosses a mirror prints after characters
("落實(shí)", "(读:dà)", "2021年nián 全市"), found so that the working copy (`transform.normalize`)
can leave them out."""

from __future__ import annotations

import re

from transform.lexicons import words

TONES = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# "(shí)" after a CJK character: a syllable of lower-case latin letters (tone marks included)
_PINYIN = re.compile(r"(?<=[\u3400-\u9fff])[(（]([a-zü" + TONES + r"]{1,6})[)）]")
_TONED = re.compile("[" + TONES + "]")
# "(读:dà)", "{拼音:zhōng}", "《练:xiǎo》", "(繁体:學)", "[繁体:園]", "【lián】": a mirror's gloss
# of the character before it, labelled or bracketed so that it can be nothing else
_GLOSS = re.compile(
    r"(?<=[\u3400-\u9fff])(?:[(（《{\[【](?:读|讀|拼音|pinyin|练|練|繁体|繁體|繁|简体|簡體)[:：]"
    r"(?:[a-zü" + TONES + r"]{1,6}|[\u3400-\u9fff]{1,2})[)）》}\]】]"
    r"|【[a-zü" + TONES + r"]{1,6}】)"
)
# "2021年nián 全市", "古浪làng 县": a bare toned syllable between a character and a space
_BARE_TONED = re.compile(r"(?<=[\u3400-\u9fff])[a-zü]{0,5}[" + TONES + r"][a-zü]{0,5}(?= )")


def pinyin_spans(text: str) -> list[tuple[int, int]]:
    """Spans of pinyin noise: toned syllables, and toneless ones of the lexicon on a page that
    shows at least two toned ones."""
    toned: list[re.Match[str]] = []
    toneless: list[re.Match[str]] = []
    for m in _PINYIN.finditer(text):
        (toned if _TONED.search(m.group(1)) else toneless).append(m)
    glosses = list(_GLOSS.finditer(text)) if ":" in text or "：" in text or "【" in text else []
    bare = list(_BARE_TONED.finditer(text))
    if len(toned) + len(glosses) + len(bare) >= 2:
        neutral = set(words("pinyin_neutral"))
        toned += [m for m in toneless if m.group(1) in neutral]
    spans = [m.span() for m in toned] + [m.span() for m in glosses]
    if len(toned) + len(glosses) + len(bare) >= 2:
        spans += [(m.start(), m.end() + 1) for m in bare]  # (with the space after it)
    spans.sort()
    return spans
