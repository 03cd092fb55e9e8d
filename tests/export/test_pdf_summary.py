"""The executive summary: one page right after the cover, for any size of workshop, saying what to do next."""

from __future__ import annotations

import pytest
from pdf_reading import flat, read_roadmap

from pem_desktop.export import export_workshop
from pem_desktop.export.roadmap import describe_target
from pem_desktop.services import Workshop
from pem_desktop.services.targets import target_set


def summary_page(roadmap) -> str:
    assert roadmap.chapters["Executive summary"] == (1, 2), "the summary is the second page, and one page"
    assert roadmap.bodies[2].startswith("Contents")
    return roadmap.bodies[1]


@pytest.mark.parametrize("size", ["A4", "Letter"])
def test_the_demo_summary_says_what_to_do_next_and_where_the_organisation_stands(demo_session, demo_roadmap, size):
    text = summary_page(demo_roadmap[size])
    model = demo_session.model
    for heading in ("Executive summary", "What to do next", "Where the organisation stands", "Largest gaps to target"):
        assert heading in text
    assert "Next actions by due date" in text and "Disagreements still to be decided" in text
    # the steps: the overdue action, the open disagreements, owners and dates, the largest gap
    assert "1. Chase the overdue action “Retire the old deployment wiki” (#1: no owner, due" in text
    assert "2. Decide the 3 open disagreements: “Is the platform funded or borrowed?” (Investment)" in text
    assert "Give an owner to 1 open action and a due date to 1" in text
    assert "Close the largest gap, on Investment: median team Operational, target Scalable by" in text
    # every aspect with the spread of its teams in level words and its target
    targets = target_set(demo_session)
    for aspect in model.aspects:
        positions = sorted(p.position for p in demo_session.placements(aspect.id))
        words = [model.describe_position(x) for x in (positions[0], positions[-1])]
        target = describe_target(model, targets.organisation(aspect.id), short=True)
        row = text[text.index(aspect.name, text.index("Where the organisation stands")) :][:200]
        assert words[0] in row and words[1] in row and flat(target) in flat(row), aspect.name
    # the next actions with owner and due date, flags as words
    actions = text[text.index("Next actions by due date") :]
    assert actions.index("Retire the old deployment wiki") < actions.index("Publish a platform newsletter")
    assert "no owner" in actions and "overdue" in actions
    assert "11 open actions: 1 overdue, 1 without an owner, 1 without a due date. 3 open disagreements." in text


@pytest.mark.parametrize("size", ["A4", "Letter"])
def test_the_large_summary_still_fits_one_page_and_says_how_many_it_shows(large_roadmap, size):
    text = summary_page(large_roadmap["read" if size == "A4" else "letter"])
    assert "What to do next" in text and "Chase the" in text and "overdue actions, first" in text
    for name in ("Investment", "Adoption", "Interfaces", "Operations", "Measurement"):
        assert name in text[text.index("Where the organisation stands") :]
    assert "Next actions by due date (" in text and " of 1200; all in the register)" in text
    assert "Largest gaps to target (" in text
    assert "1200 open actions:" in text


def test_an_empty_workshop_still_gets_a_summary_with_a_next_step(tmp_path, pe_model):
    workshop = Workshop.create(tmp_path / "empty.pemw", title="Nothing yet", loaded_model=pe_model)
    try:
        roadmap = read_roadmap(export_workshop(workshop, "pdf", tmp_path / "empty.pdf"), "Nothing yet")
    finally:
        workshop.close()
    text = summary_page(roadmap)
    assert "1. Agree the next actions, each with an owner and a due date." in text
    assert "No open actions." in text
