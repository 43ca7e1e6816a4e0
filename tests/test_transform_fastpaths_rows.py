"""The speed-ups of the row building (transform/rows.py) give exactly what the plain code gives:
a well-formed target record is copied as its row, a unit's canonical name is read once."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from transform import rows as R
from transform.gazetteer import canonical, dominant_level


def _row_of(t: dict):
    """What `_targets_for` makes of one record."""
    return dict(t) if R._well_formed(t) else R._cleaned(t)


def _same(a, b) -> bool:
    """Equal values (NaN equal to NaN), types and key order."""
    if a is None or b is None:
        return a is b
    if list(a) != list(b):
        return False
    for k in a:
        x, y = a[k], b[k]
        if type(x) is not type(y):
            return False
        if not (x == y or (x != x and y != y)):
            return False
    return True


_GOOD = {
    "indicator": "粮食产量",
    "value": 120.5,
    "unit": "万吨",
    "comparator": ">=",
    "change": None,
    "year": 2025,
    "baseline_year": None,
    "text": "粮食产量稳定在120.5万吨以上",
    "value_std": 1205000.0,
    "unit_std": "吨",
    "ambiguous": False,
}


def test_a_well_formed_record_is_copied():
    assert R._well_formed(_GOOD)
    row = _row_of(_GOOD)
    assert _same(row, R._cleaned(_GOOD)) and row is not _GOOD


def test_records_that_need_coercion_take_the_plain_path():
    odd = [
        {**_GOOD, "value": "12"},  # a string value
        {**_GOOD, "value": 12},  # an int value
        {**_GOOD, "value": float("nan")},
        {**_GOOD, "year": 2025.0},
        {**_GOOD, "year": True},
        {**_GOOD, "baseline_year": float("nan")},
        {**_GOOD, "comparator": "≥"},
        {**_GOOD, "change": "up"},
        {**_GOOD, "unit": None},
        {**_GOOD, "text": None},
        {**_GOOD, "ambiguous": 1},
        {**_GOOD, "value_std": "x"},
        {**_GOOD, "value_std": 3},
        {k: v for k, v in _GOOD.items() if k != "unit_std"},  # a key missing
        {**_GOOD, "extra": 1},  # a key more
        dict(reversed(list(_GOOD.items()))),  # another key order
    ]
    for t in odd:
        assert not R._well_formed(t), t
        assert _same(_row_of(t), R._cleaned(t))


_ANY = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 3000),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["", "%", "=", ">=", "<", "~", "increase", "decrease", "亩", "12"]),
)


def _outcome(fn, t):
    try:
        return fn(t), None
    except Exception as e:  # (an infinite year: the plain code raises, the fast path must too)
        return None, type(e)


@settings(max_examples=150, deadline=None)
@given(st.fixed_dictionaries({k: _ANY for k in R.TARGET_KEYS}))
def test_fast_row_equals_the_plain_row(t):
    (fast, fast_err), (plain, plain_err) = _outcome(_row_of, t), _outcome(R._cleaned, t)
    assert fast_err is plain_err
    assert _same(fast, plain)


def test_unit_rows_read_each_name_as_the_plain_code_does():
    tasks = [
        {"task_id": "d/1", "lead_units": ["县发改局", "县财政局"], "participating_units": ["各镇街"]},
        {"task_id": "d/2", "lead_units": ["县发改局"], "participating_units": ["发展改革局", "县财政局"]},
        {"task_id": "d/3", "lead_units": [], "participating_units": ["市生态环境局某某分局", "县发改局"]},
    ]
    level = dominant_level([u for t in tasks for u in t["lead_units"] + t["participating_units"]])
    plain = [
        {"task_id": t["task_id"], "doc_id": "d", "role": role, "unit": n, "canonical": canonical(n, level)}
        for t in tasks
        for role, names in (("lead", t["lead_units"]), ("participating", t["participating_units"]))
        for n in names
    ]
    assert R._unit_rows("d", tasks) == plain
