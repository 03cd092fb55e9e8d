"""Trends over a chain and over independent workshops: teams matched by identity, by name and by a name map."""

from __future__ import annotations

from datetime import date

import pytest
from follow_up_chain import make_chain

from pem_desktop.services import InvalidInputError, Workshop
from pem_desktop.services.trend import compare_files


def _workshop(path, model, day, teams, positions):
    workshop = Workshop.create(
        path, title=f"Assessment {day.isoformat()}", loaded_model=model, workshop_date=day, team_names=teams
    )
    for team, position in zip(workshop.teams(), positions, strict=True):
        workshop.place_team(team.id, "investment", position)
    workshop.close()
    return path


def test_independent_workshops_are_matched_by_name_and_by_a_name_map(tmp_path, pe_model):
    later = _workshop(
        tmp_path / "later.pemw", pe_model, date(2027, 5, 1), ["payments", "Search", "Data"], [2.0, 1.5, 3.0]
    )
    earlier = _workshop(tmp_path / "earlier.pemw", pe_model, date(2027, 1, 1), ["Payments", "Search team"], [1.0, 0.5])
    trend = compare_files([later, earlier])  # given newest first: shown oldest first
    assert [p.workshop_date for p in trend.points] == [date(2027, 1, 1), date(2027, 5, 1)]
    assert [p.source for p in trend.points] == ["earlier.pemw", "later.pemw"]
    assert [t.name for t in trend.teams] == ["payments", "Search team", "Search", "Data"]  # case-insensitive names
    mapped = compare_files([earlier, later], {"Search team": "Search"})
    assert [(t.name, t.names) for t in mapped.teams] == [
        ("payments", ("Payments", "payments")),
        ("Search", ("Search team", "Search")),
        ("Data", ("Data",)),
    ]
    series = {t.name: mapped.series("investment", t.key) for t in mapped.teams}
    assert series == {"payments": [1.0, 2.0], "Search": [0.5, 1.5], "Data": [None, 3.0]}


def test_a_chain_is_matched_by_identity_and_its_copies_are_not_counted_twice(tmp_path, pe_model):
    chain = make_chain(tmp_path, pe_model)
    trend = compare_files([chain.a, chain.b, chain.c])
    assert len(trend.points) == 3
    payments = next(team for team in trend.teams if team.name == "Payments core")
    assert payments.names == ("Payments", "Payments core")
    assert len(trend.teams) == 6
    alone = compare_files([chain.c])  # one follow-up brings its history
    assert [p.title for p in alone.points] == [p.title for p in trend.points]
    assert alone.series("investment", payments.key) == trend.series("investment", payments.key)


def test_only_workshops_of_the_same_model_compare(tmp_path, pe_model, cn_model):
    one = _workshop(tmp_path / "one.pemw", pe_model, date(2027, 1, 1), ["A"], [1.0])
    other = Workshop.create(tmp_path / "other.pemw", title="Cloud native", loaded_model=cn_model, team_names=["A"])
    other.close()
    with pytest.raises(InvalidInputError, match="only workshops of the same model"):
        compare_files([one, tmp_path / "other.pemw"])
    with pytest.raises(InvalidInputError, match="at least one"):
        compare_files([])
