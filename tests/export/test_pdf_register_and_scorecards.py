"""The action register (one table of every action, open ones first, flagged) and the team scorecards."""

from __future__ import annotations

import re
from datetime import date, timedelta

from pdf_reading import flat, read_roadmap

from pem_desktop.export import export_workshop

TODAY = date.today()


def test_the_register_sorts_open_actions_by_due_date_then_owner_and_flags_what_needs_chasing(workshop, tmp_path):
    payments, search, _ = (team.id for team in workshop.teams())
    workshop.place_team(payments, "investment", 1.2)
    add = workshop.add_action
    add("investment", "Agreed later, Zed", team_id=payments, owner="Zed", due_date=TODAY + timedelta(days=9))
    add(
        "investment",
        "In progress later, Amy",
        team_id=search,
        owner="Amy",
        due_date=TODAY + timedelta(days=9),
        status="in progress",
    )
    add("investment", "Proposed, late", owner="Bo", due_date=TODAY - timedelta(days=3), status="proposed")
    add("investment", "Done long ago", owner="Cy", due_date=TODAY - timedelta(days=30), status="done")
    add("adoption", "Dropped one", owner="Di", due_date=TODAY - timedelta(days=1), status="dropped")
    add("adoption", "Nobody, no date", owner="")
    add("adoption", "Nobody, later", owner="", due_date=TODAY + timedelta(days=9))
    roadmap = read_roadmap(export_workshop(workshop, "pdf", tmp_path / "r.pdf"), "Test workshop")
    text = roadmap.chapter("Action register")
    order = [
        "Proposed, late",  # the earliest due first
        "In progress later, Amy",  # same day: by owner, unowned last
        "Agreed later, Zed",
        "Nobody, later",
        "Nobody, no date",  # no due date: last of the open ones
        "Done long ago",
        "Dropped one",
    ]
    found = sorted(order, key=text.index)
    assert found == order
    assert text.index("Open actions (5") < text.index("Done actions (1)") < text.index("Dropped actions (1)")
    assert "Open actions (5, 1 overdue, 2 without owner, 1 without due date)" in text

    def row(title: str) -> str:
        start = text.index(title)
        following = [
            text.index(other, start + 1) for other in order if other != title and text.find(other, start + 1) > 0
        ]
        return text[start : min(following, default=len(text))]

    assert "overdue" in row("Proposed, late") and "Proposed" in row("Proposed, late")
    assert "overdue" not in row("Done long ago") and "overdue" not in row("Dropped one")  # finished: not chased
    assert "no owner" in row("Nobody, later") and "no owner" in row("Nobody, no date")
    assert "no due date" in row("Nobody, no date")
    assert "In progress" in row("In progress later, Amy")
    numbers = [int(n) for n in re.findall(r"#(\d+) ", text)]
    assert numbers == list(range(1, 8))


def test_aspect_sections_say_what_their_action_tables_hold(demo_session, demo_roadmap):
    roadmap = demo_roadmap["A4"]
    adoption = roadmap.chapter("2. Adoption")
    assert "Agreed actions" not in " ".join(roadmap.bodies)
    assert "Actions (2: 1 agreed, 1 proposed)" in adoption
    interfaces = roadmap.chapter("3. Interfaces")
    assert "Actions (2: 1 proposed, 1 dropped)" in interfaces


def test_every_team_has_a_scorecard_in_team_order_with_aspects_targets_actions_and_disagreements(
    demo_session, demo_roadmap
):
    roadmap = demo_roadmap["A4"]
    text = roadmap.chapter("Team scorecards")
    teams = demo_session.teams()
    outline = roadmap.reader.outline
    index = next(
        i for i, entry in enumerate(outline) if not isinstance(entry, list) and entry.title == "Team scorecards"
    )
    assert [entry.title for entry in outline[index + 1]] == [team.name for team in teams]
    heading = r"■ {} (?=Short of its target|At or beyond its target|No targets set)"  # a card, not the ranking
    starts = [re.search(heading.format(re.escape(team.name)), text).start() for team in teams]
    assert starts == sorted(starts)
    cards = {
        team.name: text[start:end] for team, start, end in zip(teams, starts, [*starts[1:], len(text)], strict=True)
    }
    payments = cards["Payments"]
    for aspect in demo_session.model.aspects:
        assert aspect.name in payments
    assert "Scalable by" in payments and "the organisation's" in payments
    assert "Retire the old deployment wiki" in payments and "Track every platform request" in payments
    assert "Open disagreements about Payments (1)" in payments and "Is the platform funded or borrowed?" in payments
    data = cards["Data platform"]
    assert "its own" in data  # its own target on Measurement
    assert "Write a platform product charter" in data and "Retire the old deployment wiki" not in data


def test_scorecards_of_a_large_workshop_take_half_a_page_to_a_page_each(large_roadmap):
    roadmap = large_roadmap["read"]
    first, stop = roadmap.chapters["Team scorecards"]
    teams = large_roadmap["teams"]
    assert len(teams) / 3 <= stop - first <= len(teams)
    text = roadmap.chapter("Team scorecards")
    for team in teams[::37]:
        assert f"■ {flat(team.name)}" in text
    assert "Open actions of" in text  # with this many teams, a card lists the open ones
