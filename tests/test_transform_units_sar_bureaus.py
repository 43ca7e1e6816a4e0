"""Hong Kong and Macao SAR bureaus printed bare after a KPI ("…完成检视。(发展局)", "(政务司司长
办公室/劳工及福利局)", in traditional characters too) are the responsible units, as "（县住建局）"
is (lexicons/units_departments.toml)."""
from __future__ import annotations

import pytest

from transform.document import parse_document


@pytest.mark.parametrize("item, lead", [
    ("1. 於2025年底前完成土地用途檢視。(發展局)", ["發展局"]),
    ("1. 於2025年內完成500次聯合清潔行動。(政務司司長辦公室/勞工及福利局)", ["政務司司長辦公室", "勞工及福利局"]),
    ("1. 于2025年内新建过渡性房屋3000个。（房屋局）", ["房屋局"]),
])
def test_a_bare_bureau_after_a_kpi_is_its_unit(item, lead):
    r = parse_document(f"某施政報告指標\n{item}\n2. 其他指標。(保安局)\n", source="k.txt", is_text=True)
    assert r.tasks[0]["lead_units"] == lead
