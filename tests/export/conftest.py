"""Workshops for the export tests: the demo, and one full of text that tries to break every format."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from export_samples import HOSTILE_TEAMS, HOSTILE_TITLE, LONG_NOTE

from pem_desktop.maturity.catalog import bundled_model
from pem_desktop.services import Workshop
from pem_desktop.services.demo import write_demo_workshop
from pem_desktop.services.views import Viewpoint


@pytest.fixture
def hostile_workshop(tmp_path: Path, pe_model):
    """A workshop whose every field holds markup characters, other scripts, emoji and very long text."""
    workshop = Workshop.create(
        tmp_path / "hostile.pemw",
        title=HOSTILE_TITLE,
        loaded_model=pe_model,
        organisation="Łódź <Works> & Ελλάδα",
        workshop_date=date(2026, 11, 25),
        facilitator="Zoë <script>alert(1)</script>",
        participants="| pipes | and `ticks` and *stars*\n- a list line\n# a heading line",
        notes=LONG_NOTE,
        team_names=HOSTILE_TEAMS,
    )
    teams = workshop.teams()
    model = workshop.model
    for index, team in enumerate(teams):
        for number, aspect in enumerate(model.aspects):
            workshop.place_team(team.id, aspect.id, (index * 0.45 + number * 0.3) % model.level_count)
    investment = model.aspects[0].id
    workshop.add_action(
        investment,
        "Fix <b>bold</b> & <unknown> tags",
        team_id=teams[0].id,
        detail=LONG_NOTE,
        owner='=HYPERLINK("x")',
        due_date=date(2027, 1, 31),
    )
    workshop.add_action(investment, "東京 と Ελλάδα のアクション", team_id=teams[2].id, owner="Łukasz 😎")
    workshop.add_action(investment, "Organisation-wide: no target", target_level_id=None, detail="<br/>not a break")
    workshop.record_disagreement(
        investment,
        [
            Viewpoint("SRE <leads>", 0.5, "Because <b>we</b> said & so"),
            Viewpoint("שלום", 2.2, "מימין לשמאל"),
            Viewpoint("Emoji 😀 fans", 3.9, "x" * 3000),
        ],
        team_id=teams[1].id,
        topic="Is <this> & that funded?",
    )
    workshop.record_disagreement(
        model.aspects[1].id,
        [Viewpoint("A", 1.0, "one"), Viewpoint("B", 2.0, "two")],
        topic="Settled & closed",
        resolved=True,
        resolution="Agreed <b>after</b> a vote",
        resolved_position=1.5,
    )
    yield workshop
    workshop.close()


@pytest.fixture(scope="session")
def large_roadmap(tmp_path_factory) -> dict:
    """The large workshop (200 teams, 2,000 actions) and its roadmap in A4 and Letter, made once; "read" is the
    A4 roadmap read back (every page), "letter" the Letter one's first pages."""
    from pdf_reading import read_roadmap

    from pem_desktop.export import export_workshop
    from pem_desktop.maturity.catalog import bundled_model
    from pem_desktop.services.large import write_large_workshop

    folder = tmp_path_factory.mktemp("large")
    workshop = write_large_workshop(folder / "large.pemw", bundled_model("cncf-platform-engineering"))
    try:
        made = {
            "title": workshop.info().title,
            "teams": workshop.teams(),
            "A4": export_workshop(workshop, "pdf", folder / "large-a4.pdf"),
            "Letter": export_workshop(workshop, "pdf", folder / "large-letter.pdf", page_size="Letter"),
            "md": export_workshop(workshop, "md", folder / "large.md"),
        }
    finally:
        workshop.close()
    made["read"] = read_roadmap(made["A4"], made["title"])
    made["letter"] = read_roadmap(made["Letter"], made["title"], pages=3)
    return made


@pytest.fixture(scope="session")
def demo_session(tmp_path_factory):
    """The demo workshop, written once and open read-only for the whole session."""
    folder = tmp_path_factory.mktemp("demo")
    write_demo_workshop(folder / "demo.pemw", bundled_model("cncf-platform-engineering")).close()
    opened = Workshop.open(folder / "demo.pemw", read_only=True)
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def demo_roadmap(demo_session, tmp_path_factory):
    """The demo's roadmap in A4 and Letter, read back."""
    from pdf_reading import read_roadmap

    from pem_desktop.export import export_workshop

    folder = tmp_path_factory.mktemp("demo-pdf")
    title = demo_session.info().title
    return {
        size: read_roadmap(export_workshop(demo_session, "pdf", folder / f"demo-{size}.pdf", page_size=size), title)
        for size in ("A4", "Letter")
    }
