"""A warehouse made by an older planwatch (fewer contract columns) takes the new columns on the
next write, and its old versions still read back in contract schema."""
from __future__ import annotations

import pyarrow as pa
from deltalake import DeltaTable

from load.merge import load_run
from warehouse import contract
from warehouse.store import CDF_CONFIG, Warehouse
from warehouse_fixtures import Doc, make_run


def test_new_contract_columns_are_added_on_write(tmp_path):
    wh = Warehouse(tmp_path / "wh")
    full = contract.table("targets").schema
    old = pa.schema([f for f in full if f.name != "restates"])  # as planwatch wrote it before `restates`
    DeltaTable.create(wh.uri("targets"), old, configuration=CDF_CONFIG)
    assert "restates" not in {f.name for f in DeltaTable(wh.uri("targets")).schema().fields}
    before = DeltaTable(wh.uri("targets")).version()

    load_run(wh, run_id="r1", flow="load", tables=make_run([Doc("d1", n_targets=2)]))

    names = {f.name for f in DeltaTable(wh.uri("targets")).schema().fields}
    assert set(contract.table("targets").column_names) <= names
    now = wh.read("targets")
    assert now.height == 2 and now.columns == contract.table("targets").column_names
    then = wh.read("targets", as_of=before)
    assert then.height == 0 and then.columns == contract.table("targets").column_names
