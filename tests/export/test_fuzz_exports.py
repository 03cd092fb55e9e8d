"""Random text in every user field goes through every export format: never an error, and back literally."""

from __future__ import annotations

import csv
import io
import itertools
import json
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pem_desktop.export import export_workshop
from pem_desktop.services import InvalidInputError
from pem_desktop.services.views import Viewpoint

ANY_TEXT = st.text(max_size=200)
FUZZ = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
_counter = itertools.count()


def _fill(workshop, title, team, owner, detail, reason):
    """Put the random text into the workshop; None when the services refuse it (with a message)."""
    try:
        workshop.update_info(title=title or "x", notes=detail)
        added = workshop.add_team(team or f"team {next(_counter)}")
    except InvalidInputError:
        return None
    workshop.place_team(added.id, "investment", 1.5)
    action = workshop.add_action("investment", title or "x", owner=owner, detail=detail, team_id=added.id)
    disagreement = workshop.record_disagreement(
        "investment", [Viewpoint(owner, 1.0, reason), Viewpoint(team, 2.0, detail)], topic=title, team_id=added.id
    )
    return added, action, disagreement


@FUZZ
@given(title=ANY_TEXT, team=ANY_TEXT, owner=ANY_TEXT, detail=ANY_TEXT, reason=ANY_TEXT)
def test_random_text_in_csv_and_json_comes_back_exactly(workshop, tmp_path, title, team, owner, detail, reason):
    filled = _fill(workshop, title, team, owner, detail, reason)
    if filled is None:
        return
    added, action, disagreement = filled
    folder = Path(tmp_path) / f"x{next(_counter)}"
    folder.mkdir()
    with zipfile.ZipFile(export_workshop(workshop, "csv", folder / "t.zip")) as archive:
        actions = list(csv.DictReader(io.StringIO(archive.read("actions.csv").decode("utf-8-sig"), newline="")))
        reasons = list(csv.DictReader(io.StringIO(archive.read("disagreements.csv").decode("utf-8-sig"), newline="")))
    row = next(r for r in actions if int(r["action_id"]) == action.id)
    for field in ("title", "detail", "owner"):
        value = getattr(action, field)
        # a spreadsheet formula is defused with a leading apostrophe; everything else is as stored
        assert row[field] in (value, "'" + value)
    stored = {r["reason"] for r in reasons if int(r["disagreement_id"]) == disagreement.id}
    assert {point.reason for point in disagreement.viewpoints} <= {s.removeprefix("'") for s in stored} | stored
    document = json.loads(export_workshop(workshop, "json", folder / "w.json").read_text(encoding="utf-8"))
    exported = next(a for a in document["actions"] if a["id"] == action.id)
    assert (exported["title"], exported["detail"], exported["owner"]) == (action.title, action.detail, action.owner)
    workshop.remove_team(added.id)


@FUZZ
@given(title=ANY_TEXT, team=ANY_TEXT, owner=ANY_TEXT, detail=ANY_TEXT, reason=ANY_TEXT)
def test_random_text_never_breaks_the_pdf_or_markdown(workshop, tmp_path, title, team, owner, detail, reason):
    filled = _fill(workshop, title, team, owner, detail, reason)
    if filled is None:
        return
    folder = Path(tmp_path) / f"y{next(_counter)}"
    folder.mkdir()
    assert export_workshop(workshop, "pdf", folder / "r.pdf").read_bytes().startswith(b"%PDF")
    text = export_workshop(workshop, "md", folder / "r.md").read_text(encoding="utf-8")
    assert text.startswith("# ")
    workshop.remove_team(filled[0].id)
