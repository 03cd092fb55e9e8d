"""Random text in every user field survives a store round trip exactly as it was saved."""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pem_desktop.services import InvalidInputError, Workshop
from pem_desktop.services.views import Viewpoint

# Any Unicode text, including markup characters, emoji, right-to-left scripts and control characters.
ANY_TEXT = st.text(max_size=300)


def _plain(text: str) -> bool:
    """Text the app keeps exactly: no control characters, no surrounding or doubled white space."""
    return all(unicodedata.category(ch) != "Cc" for ch in text) and " ".join(text.split()) == text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=ANY_TEXT, notes=ANY_TEXT, team=ANY_TEXT, owner=ANY_TEXT, detail=ANY_TEXT, holder=ANY_TEXT, reason=ANY_TEXT)
def test_every_text_field_round_trips(workshop, title, notes, team, owner, detail, holder, reason):
    path = workshop.path
    saved = {}
    try:
        workshop.update_info(title=title or "x", notes=notes)
        added = workshop.add_team(team)
        saved["team"] = added.name
    except InvalidInputError:
        return  # refused with a message (e.g. a name that is empty once cleaned), which is fine
    action = workshop.add_action("investment", title or "x", owner=owner, detail=detail, team_id=added.id)
    disagreement = workshop.record_disagreement(
        "investment", [Viewpoint(holder, 1.0, reason), Viewpoint(owner, 2.0, detail)], topic=title
    )
    info = workshop.info()
    reopened = Workshop.open(path, read_only=True)
    try:
        assert reopened.info() == info
        assert reopened.action(action.id) == action
        assert reopened.disagreement(disagreement.id) == disagreement
        assert reopened.team(added.id).name == saved["team"]
    finally:
        reopened.close()
    if _plain(owner) and len(owner) <= 300:
        assert action.owner == owner
    if _plain(team) and team:
        assert saved["team"] == team
    if all(unicodedata.category(ch) != "Cc" for ch in detail) and detail == detail.strip():
        assert action.detail == detail
    workshop.remove_team(added.id)  # keep names free for the next example
