"""The roadmap files a team "between X and Y" under "Toward Y", in the data, the Markdown and the PDF."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from pem_desktop.export.markdown import markdown_text
from pem_desktop.export.pdf import write_pdf
from pem_desktop.export.roadmap import build_roadmap
from pem_desktop.services.views import Viewpoint
from pem_desktop.wording import sentence_end


@pytest.fixture
def on_boundaries(workshop):
    """Payments exactly on the first boundary, Search just past the second, Mobile at the top."""
    teams = {team.name: team.id for team in workshop.teams()}
    workshop.place_team(teams["Payments"], "investment", 1.0)
    workshop.place_team(teams["Search"], "investment", 2.05)
    workshop.place_team(teams["Mobile"], "investment", 3.1)
    return workshop, teams


def test_teams_between_two_levels_are_moving_toward_the_upper_one(on_boundaries):
    workshop, _teams = on_boundaries
    aspect = build_roadmap(workshop).aspects[0]
    moving = {section.level.name: [p.team.name for p in section.moving] for section in aspect.sections}
    assert moving == {"Operational": ["Payments"], "Scalable": ["Search"], "Optimizing": ["Mobile"]}
    words = {p.team.name: (p.description, p.level.name) for p in aspect.placed}
    assert words["Payments"] == ("between Provisional and Operational", "Provisional")
    assert words["Search"] == ("between Operational and Scalable", "Operational")
    assert words["Mobile"] == ("between Scalable and Optimizing", "Scalable")


def test_default_actions_and_disagreements_land_in_the_same_section(on_boundaries):
    workshop, teams = on_boundaries
    workshop.add_action("investment", "Fund it", team_id=teams["Payments"])  # default target
    workshop.record_disagreement(
        "investment", [Viewpoint("A", 1.0), Viewpoint("B", 1.6)], team_id=teams["Payments"], topic="Funded?"
    )
    section = next(s for s in build_roadmap(workshop).aspects[0].sections if s.level.name == "Operational")
    assert [a.title for a in section.actions] == ["Fund it"]
    assert [d.topic for d in section.open_disagreements] == ["Funded?"]


def test_markdown_and_pdf_say_toward_the_upper_level(on_boundaries, tmp_path):
    workshop, _teams = on_boundaries
    text = markdown_text(workshop)
    toward_operational = text.split("### Toward Operational")[1].split("###")[0]
    assert "Payments (between Provisional and Operational)" in toward_operational
    toward_scalable = text.split("### Toward Scalable")[1].split("###")[0]
    assert "Search (between Operational and Scalable)" in toward_scalable
    # the aspect's table: team, where, position, target, gap, heading toward
    assert "| Payments | between Provisional and Operational | 1.00 | – | – | Operational: Dedicated team |" in text
    out = tmp_path / "roadmap.pdf"
    write_pdf(workshop, out)
    pdf = " ".join(page.extract_text() for page in PdfReader(out).pages)
    pdf = re.sub(r"\s+", " ", pdf)
    assert "Toward Operational: Dedicated team" in pdf
    assert "Toward Optimizing: Enabled ecosystem" in pdf


@pytest.mark.parametrize(
    ("resolution", "expected"),
    [
        ("We fund it next quarter", "We fund it next quarter. Agreed position: late Operational."),
        ("We fund it.", "We fund it. Agreed position: late Operational."),
        ("", "resolved. Agreed position: late Operational."),
    ],
)
def test_a_resolution_and_its_agreed_position_are_separate_sentences(workshop, resolution, expected):
    workshop.record_disagreement(
        "investment",
        [Viewpoint("A", 1.2), Viewpoint("B", 1.8)],
        topic="Funded?",
        resolved=True,
        resolution=resolution,
        resolved_position=1.8,
    )
    assert f"- **Funded?** (Whole organisation): {expected}" in markdown_text(workshop)


def test_sentence_end():
    assert sentence_end("Agreed") == "."
    assert sentence_end("Agreed!  ") == ""
    assert sentence_end("") == ""
