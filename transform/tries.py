"""Word lists as trie-shaped regexes: the engine follows one branch per character instead of
trying every word in turn at every position (about ten times faster on long lists)."""

from __future__ import annotations

import re


def trie_regex(words, gap: str = "") -> str:
    """Regex matching any of `words`, preferring the longest, as a trie.

    With `gap` (a regex), the characters of a word may be separated by what `gap` matches; a
    match may then also run on over a `gap` after a complete word.
    """
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = []
        end = "" in node
        for ch in sorted(k for k in node if k):
            rest = build(node[ch])
            alts.append(re.escape(ch) + (f"(?:{gap}{rest})" if gap and rest else rest))
        if not alts:
            return ""
        if len(alts) == 1 and len(alts[0]) == 1:
            return alts[0] + "?" if end else alts[0]
        # a word that may stop here: (?:…|), which the engine runs faster than (?:…)?
        return "(?:" + "|".join(alts) + ("|)" if end else ")")

    return build(tree)
