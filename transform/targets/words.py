"""Word lists of the target rules (data files in transform/lexicons/targets_*.toml) and the
helpers that turn them into fast tests.

Many rules ask "does the text end with one of these words?". For a plain list of words that is
`str.endswith(tuple)`, one C call instead of a regex search (see `ends_with`); the regexes that
mix words with \\s, digits or optional parts keep the regex, and a set of the characters a match
can start or end with (computed from the words) lets the caller skip the regex when the text
cannot match at all.
"""

from __future__ import annotations

import re
from typing import Any

from transform.lexicons import table


def lex(name: str, *keys: str | int) -> tuple[str, ...]:
    """The word list at `keys` in lexicons/NAME.toml, in file order: a TOML array, or one
    string of words separated by whitespace."""
    v: Any = table(name)
    for k in keys:
        v = v[k]
    return _as_words(v)


def _as_words(v: Any) -> tuple[str, ...]:
    if isinstance(v, str):
        return tuple(v.split())
    return tuple(str(w) for w in v)


def alternation(words: tuple[str, ...], not_words: tuple[str, ...] = ()) -> str:
    """`w1|w2|…` (escaped, in order), where a word is not matched inside one of `not_words`:
    建 with 建立 among them becomes `建(?!立)`; 已 with 而已 becomes `已(?<!而已)`."""
    alts = []
    for w in words:
        after = [x[len(w) :] for x in not_words if x.startswith(w) and x != w]
        before = [x for x in not_words if x.endswith(w) and x != w and not x.startswith(w)]
        rx = re.escape(w)
        if after:
            rx += "(?!" + "|".join(map(re.escape, after)) + ")"
        for x in before:
            rx += f"(?<!{re.escape(x)})"
        alts.append(rx)
    return "|".join(alts)


def tail_re(words: tuple[str, ...]) -> re.Pattern:
    """`(?:w1|w2|…)$`: the text ends with one of the words."""
    return re.compile("(?:" + "|".join(map(re.escape, words)) + ")$")


def ends_with(s: str, words: tuple[str, ...]) -> bool:
    """`tail_re(words).search(s) is not None` as str calls: `$` also matches before a final
    newline (no word holds one)."""
    return s.endswith(words) or (s[-1:] == "\n" and s[:-1].endswith(words))


def by_last_char(tests: list) -> dict[str, list[tuple[tuple[str, ...], object]]]:
    """[(words, result), …] as {character: the tests with their words that end with it}, in order."""
    out: dict[str, list] = {}
    for words, result in tests:
        groups: dict[str, list[str]] = {}
        for w in words:
            groups.setdefault(w[-1], []).append(w)
        for ch, ws in groups.items():
            out.setdefault(ch, []).append((tuple(ws), result))
    return out


def first_ending(s: str, tests_by_char: dict[str, Any], default: Any = None) -> Any:
    """The result of the first test whose words s ends with (`for words, result in tests: if
    ends_with(s, words): return result`), `tests_by_char` being by_last_char(tests): a test
    without a word ending in s's last character cannot pass, and most texts end in none."""
    if s[-1:] == "\n":
        s = s[:-1]  # `$` also matches before a final newline
    for words, result in tests_by_char.get(s[-1:], ()):
        if s.endswith(words):
            return result
    return default


def firsts(words: tuple[str, ...]) -> frozenset[str]:
    """The first characters of the words."""
    return frozenset(w[0] for w in words)


def lasts(words: tuple[str, ...]) -> frozenset[str]:
    """The last characters of the words."""
    return frozenset(w[-1] for w in words)


def chars(words: tuple[str, ...]) -> frozenset[str]:
    """Every character of the words."""
    return frozenset("".join(words))


def any_word_re(words: tuple[str, ...] | list[str]) -> re.Pattern:
    """A regex whose `search(s, pos, endpos)` finds one of `words` exactly where
    `any(s.find(w, pos, endpos) >= 0 for w in words)` does (`any(w in s …)` without bounds): one
    C-speed pass instead of a generator and a scan per word. No words: it never matches."""
    ws = sorted(set(words), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, ws)) if ws else "(?!)")


def anchors(words: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """The words no other word of `words` stands in: a text holding none of them holds none of
    `words` (实事 stands for 民生实事 and 实事项目), so a few substring tests can rule out a regex
    that must match one of `words` before its scan of a whole text."""
    return tuple(w for w in dict.fromkeys(words) if not any(o != w and o in w for o in words))


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Does `text` hold one of `words` (a plain loop: no generator on a page's every call)?"""
    for w in words:
        if w in text:
            return True
    return False
