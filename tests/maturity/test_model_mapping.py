"""model/cncf-cloud-native-v3-mapping.md, the source's statements beside our cells, follows the model file."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_side_by_side_table_is_up_to_date():
    spec = importlib.util.spec_from_file_location("make_model_mapping", ROOT / "docs" / "make_model_mapping.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    written = (ROOT / "model" / "cncf-cloud-native-v3-mapping.md").read_text(encoding="utf-8")
    assert written == module.mapping_text(), "run python docs/make_model_mapping.py"
    # one row per statement: 5 prologue levels, per aspect the overview and every sub-topic at its levels,
    # and Business Outcomes' six examples
    rows = [line for line in written.splitlines() if line.startswith("| Level ") or line.startswith("| KPI ")]
    rows += [line for line in written.splitlines() if line.startswith("| old vs. new ")]
    assert len(rows) == 5 + 5 * 5 + (4 * 5 + 6 * 5 - 2 + 4 * 5 + 2 * 5 + 6 * 5) + 6
