"""A signature by a department's office: "南岭县自然资源局耕地保护股" above the signature date
signs the page (round 46i); a unit cell of the last item names no place before its level."""

from __future__ import annotations

from transform.gazetteer import is_placed_body
from transform.lexicons import words

_OFFICES = tuple(words("structure_signer_offices"))
_OFFICE_LAST = frozenset(w[-1] for w in _OFFICES)
_OFFICE_MIN, _OFFICE_MAX = 2, 12  # characters of the office's own name


def placed_office(line: str) -> bool:
    """A body named with its place ("南岭县自然资源局") and one of its offices right after it."""
    if not line or line[-1] not in _OFFICE_LAST or not line.endswith(_OFFICES):
        return False
    n = len(line)
    return any(is_placed_body(line[:j]) for j in range(max(3, n - _OFFICE_MAX), n - _OFFICE_MIN + 1))
