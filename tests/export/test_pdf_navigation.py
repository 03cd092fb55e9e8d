"""Finding one's way in the roadmap: contents with page numbers and links, bookmarks shown on opening, the
document's language, links from the summary and the overview, the running header, and page breaks that
leave no heading alone at a page foot."""

from __future__ import annotations

import re

import pytest
from pdf_reading import links

from pem_desktop.export.pdf.charts import drawn_column, label_lanes
from pem_desktop.export.pdf_fonts import BOLD, register_fonts, string_width
from pem_desktop.export.roadmap import TeamPosition
from pem_desktop.services.views import TeamView


def outline_pages(reader, level_limit: int = 1) -> list[tuple[int, str, int]]:
    """(level, title, 0-based page) of every outline entry down to `level_limit`."""
    found = []

    def walk(entries, level):
        for entry in entries:
            if isinstance(entry, list):
                if level < level_limit:
                    walk(entry, level + 1)
            else:
                found.append((level, entry.title, reader.get_destination_page_number(entry)))

    walk(reader.outline, 0)
    return found


def roadmaps(demo_roadmap, large_roadmap):
    yield demo_roadmap["A4"]
    yield demo_roadmap["Letter"]
    yield large_roadmap["read"]


def test_the_pdf_opens_with_its_bookmarks_shown_and_says_its_language(demo_roadmap):
    root = demo_roadmap["A4"].reader.trailer["/Root"]
    assert root["/PageMode"] == "/UseOutlines"
    assert root["/Lang"] == "en-GB"


@pytest.mark.parametrize("which", ["demo", "large"])
def test_the_contents_give_every_chapter_and_section_with_its_page_and_a_link_to_it(which, demo_roadmap, large_roadmap):
    roadmap = demo_roadmap["A4"] if which == "demo" else large_roadmap["read"]
    first, stop = roadmap.chapters["Contents"]
    contents = " ".join(roadmap.bodies[first:stop])
    targets = {target for page, target in links(roadmap.reader) if first <= page < stop}
    entries = outline_pages(roadmap.reader)
    checked, cursor, parent = 0, 0, ""
    teams = contents.index("Team scorecards")
    for level, title, page in entries:
        parent = title if level == 0 else parent
        if title in ("Contents",) or (level == 1 and title.split(". ", 1)[0].isdigit()):
            continue  # the appendix's own per-aspect entries are bookmarks only
        pattern = re.compile(re.escape(title) + r"[ .]*?(\d+)")
        if parent == "Team scorecards" and level == 1:  # in columns: read across, not down
            printed = pattern.search(contents, teams)
        else:
            printed = pattern.search(contents, cursor)  # in the outline's order
            cursor = printed.end() if printed else cursor
        assert printed, title
        assert int(printed.group(1)) == page + 1, title
        assert page in targets, title
        checked += 1
    assert checked >= (20 if which == "demo" else 200)


def test_summary_and_overview_cells_link_to_the_aspect_chapters_and_scorecards(demo_roadmap):
    roadmap = demo_roadmap["A4"]
    found = links(roadmap.reader)
    aspects = [page for title, (page, _) in roadmap.chapters.items() if title[0].isdigit()]
    overview = roadmap.chapters["Where every team sits"][0]
    from_overview = {target for page, target in found if page == overview}
    assert set(aspects) <= from_overview  # every matrix column's cells go to its aspect
    scorecards = {page for _, title, page in outline_pages(roadmap.reader) if title in ("Payments", "Identity")}
    assert scorecards <= from_overview  # the team names go to their scorecards
    from_summary = {target for page, target in found if page == 1}
    assert set(aspects) <= from_summary and roadmap.chapters["Action register"][0] in from_summary


def test_the_running_header_names_the_section_and_says_continued_on_follow_on_pages(demo_roadmap, large_roadmap):
    continued = 0
    for roadmap in roadmaps(demo_roadmap, large_roadmap):
        starts = {page for level, _, page in outline_pages(roadmap.reader) if level <= 1}
        for page in range(1, len(roadmap.bodies)):
            header = roadmap.headers[page]
            if page in starts:
                assert "(continued)" not in header, page
            else:
                assert header.rstrip().endswith("(continued)"), (page, header)
                continued += 1
    assert continued > 100
    large = large_roadmap["read"]
    register = large.chapters["Action register"]
    assert "Action register · Open actions (1200) (continued)" in large.headers[register[0] + 2]


SUBHEADINGS = re.compile(
    r"(Moving toward it|Actions \(\d+: [^)]*\)|Actions|Open disagreements \(\d+\), to be decided|"
    r"Resolved disagreements \(\d+\)|Open actions of [^(]*\([^)]*\)|Actions of [^(]*\(\d+\))$"
)


def test_no_heading_is_left_alone_at_the_foot_of_a_page(demo_roadmap, large_roadmap):
    for roadmap in roadmaps(demo_roadmap, large_roadmap):
        for _, title, page in outline_pages(roadmap.reader, level_limit=2):
            assert not roadmap.bodies[page].endswith(title), (page, title)
        for page, body in enumerate(roadmap.bodies[1:], start=1):
            assert not SUBHEADINGS.search(body[-120:]), (page, body[-120:])


def test_no_page_is_left_nearly_empty_within_a_chapter(demo_roadmap, large_roadmap):
    """A page that is not the last of its chapter is not given up to one short block that went on, and a
    chapter's last page is not one short block left over."""
    for roadmap in roadmaps(demo_roadmap, large_roadmap):
        chapter_ends = {stop - 1 for first, stop in roadmap.chapters.values() if stop - first > 1}
        for page, body in enumerate(roadmap.bodies[1:-1], start=1):
            assert len(body) > (150 if page in chapter_ends else 400), (page, body[:200])


def test_labels_on_a_level_bar_stay_inside_their_own_level_column(pe_model):
    register_fonts()
    model = pe_model.model
    width = 490.0
    column = width / model.level_count
    names = ["Payments", "A team with a very long name indeed, longer than any column", "東京 platform", "Ops"]
    positions = [0.0, 0.05, 0.5, 0.97, 1.0, 1.5, 1.99, 2.0, 2.95, 3.4, 3.99, 4.0]
    placed = []
    for index, position in enumerate(positions):
        team = TeamView(index + 1, names[index % len(names)], "#2563EB", index)
        placed.append(TeamPosition(team, position, model.level_at(position), "", None))
    for lane in label_lanes(placed, width, model):
        for item, _x, left, name in lane:
            level = drawn_column(item.position, model.level_count)
            label_width = string_width(name, BOLD, 7.5) + 8
            assert level * column <= left and left + label_width <= (level + 1) * column + 0.01, (item.position, name)
            assert left >= 0 and left + label_width <= width
            if name != item.team.name:
                assert name.endswith("…")  # shortened here; the tables have it in full
