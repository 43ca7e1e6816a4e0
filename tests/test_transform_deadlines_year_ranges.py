"""A deadline given as a range of years ("完成时限：2026-2028年", "2026年—2027年", "2026至2027年")
ends with the last year of the range; a numeric date ("2026.6", "2026-06-30") is still a date."""
from __future__ import annotations

from datetime import date

import pytest

from transform.deadlines import find_deadline


@pytest.mark.parametrize("text, end", [
    ("完成时限：2026-2028年", date(2028, 12, 31)),
    ("完成时限：2026年-2027年", date(2027, 12, 31)),
    ("完成时限：2026—2027年", date(2027, 12, 31)),
    ("完成时限：2026至2028年", date(2028, 12, 31)),
    ("完成时限：2026年～2030年", date(2030, 12, 31)),
    ("完成时限：2026.6", date(2026, 6, 30)),
    ("完成时限：2026-06-15", date(2026, 6, 15)),
    ("完成时限：2026年", date(2026, 12, 31)),
])
def test_a_range_of_years_ends_with_its_last_year(text, end):
    assert find_deadline(text, 2026)[0] == end
