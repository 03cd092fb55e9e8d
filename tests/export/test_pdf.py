"""The PDF roadmap, read back with pypdf: structure, placement of every item, outline, fonts, hostile text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from export_samples import HOSTILE_TEAMS, HOSTILE_TITLE, LONG_WORDS
from hypothesis import given, settings
from hypothesis import strategies as st
from pdf_reading import flat, read_roadmap
from pypdf import PdfReader

from pem_desktop.export import ExportError, export_workshop
from pem_desktop.export.pdf.text import cell_lines
from pem_desktop.export.pdf_fonts import BOLD, CJK, REGULAR, _glyphs, font_runs, register_fonts


def page_texts(path: Path) -> list[str]:
    return [flat(page.extract_text() or "") for page in PdfReader(path).pages]


@pytest.fixture
def demo_pdf(demo_workshop, tmp_path: Path) -> Path:
    return export_workshop(demo_workshop, "pdf", tmp_path / "demo.pdf")


def body_text(path: Path) -> str:
    """All pages' text without the running header and footer."""
    reader = PdfReader(path)
    return " ".join(read_roadmap(path, str(reader.metadata.title)).bodies)


def test_chapters_come_in_reading_order_each_where_its_outline_entry_points(demo_workshop, demo_pdf):
    roadmap = read_roadmap(demo_pdf, demo_workshop.info().title)
    aspects = [f"{n}. {a.name}" for n, a in enumerate(demo_workshop.model.aspects, start=1)]
    assert list(roadmap.chapters) == [
        "Executive summary",
        "Contents",
        "Where every team sits",
        "Action register",
        *aspects,
        "Team scorecards",
        "What each level looks like",
        "About the model",
    ]
    for title, (first, _) in roadmap.chapters.items():
        assert title in roadmap.bodies[first], title
    sections = [
        entry.title
        for entry in roadmap.reader.outline[
            roadmap.reader.outline.index(
                next(e for e in roadmap.reader.outline if not isinstance(e, list) and e.title == aspects[0])
            )
            + 1
        ]
    ]
    assert sections and all(title.startswith("Toward ") or title.startswith("Other") for title in sections)


def test_every_action_sits_under_its_aspect_and_target_level(demo_workshop, demo_pdf):
    roadmap = read_roadmap(demo_pdf, demo_workshop.info().title)
    model = demo_workshop.model
    actions = demo_workshop.actions()
    assert len(actions) >= 8
    for action in actions:
        number = list(model.aspects).index(model.aspect(action.aspect_id)) + 1
        text = roadmap.chapter(f"{number}. {model.aspect(action.aspect_id).name}")
        where = text.index(flat(action.title))
        if action.target_level_id is None:
            assert "Other actions and disagreements" in text[:where]
        else:
            headings = list(re.finditer(r"Toward (\w+): ", text[:where]))
            assert headings[-1].group(1) == model.level(action.target_level_id).name, action.title
        assert flat(action.owner or "no owner") in text[where : where + 400]


def test_every_viewpoint_of_every_open_disagreement_is_printed(demo_workshop, demo_pdf):
    text = body_text(demo_pdf)
    disagreements = demo_workshop.disagreements()
    assert any(d.is_open for d in disagreements) and any(not d.is_open for d in disagreements)
    for disagreement in disagreements:
        assert flat(disagreement.topic) in text
        if disagreement.is_open:
            for point in disagreement.viewpoints:
                assert flat(f"{point.holder} argues") in text
                assert flat(point.reason) in text
        else:
            assert flat(disagreement.resolution) in text


def test_aspect_sections_keep_the_meaning_and_link_the_characteristics_in_the_appendix(demo_workshop, demo_pdf):
    roadmap = read_roadmap(demo_pdf, demo_workshop.info().title)
    aspect = demo_workshop.model.aspects[0]
    chapter = roadmap.chapter(f"1. {aspect.name}")
    appendix = roadmap.chapter("What each level looks like")
    scalable = aspect.levels[2]
    assert flat(scalable.meaning) in chapter
    assert f"what {scalable.level.name} looks like on this aspect ({len(scalable.characteristics)}" in chapter
    for item in scalable.characteristics:
        assert flat(item) not in chapter  # the model's full text is in the appendix only
        assert flat(item) in appendix


def test_metadata_running_header_and_page_numbers(demo_workshop, demo_pdf):
    reader = PdfReader(demo_pdf)
    info = demo_workshop.info()
    assert reader.metadata.title == info.title
    assert reader.metadata.author == info.facilitator
    total = len(reader.pages)
    assert total >= 8
    for number, text in enumerate(page_texts(demo_pdf)[1:], start=2):
        assert f"Page {number} of {total}" in text
        assert info.title in text


def test_every_font_is_embedded_and_none_is_a_base_font(hostile_workshop, tmp_path):
    path = export_workshop(hostile_workshop, "pdf", tmp_path / "hostile.pdf")
    fonts = {}
    for page in PdfReader(path).pages:
        resources = page["/Resources"]
        for font in resources.get("/Font", {}).values():
            font = font.get_object()
            fonts[str(font["/BaseFont"])] = font
    assert fonts
    for name, font in fonts.items():
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, f"{name} is not embedded"
    names = " ".join(fonts)
    assert "DejaVuSans" in names and CJK in names
    assert "Helvetica" not in names


def test_page_sizes(demo_workshop, tmp_path):
    a4 = PdfReader(export_workshop(demo_workshop, "pdf", tmp_path / "a4.pdf")).pages[0].mediabox
    letter = PdfReader(export_workshop(demo_workshop, "pdf", tmp_path / "l.pdf", page_size="Letter")).pages[0].mediabox
    assert (round(float(a4.width)), round(float(a4.height))) == (595, 842)
    assert (round(float(letter.width)), round(float(letter.height))) == (612, 792)


def test_hostile_text_prints_literally(hostile_workshop, tmp_path):
    path = export_workshop(hostile_workshop, "pdf", tmp_path / "hostile.pdf")
    text = body_text(path)
    for name in HOSTILE_TEAMS:
        # reportlab lays right-to-left script out in display order, and pypdf reads it back in that order
        assert flat(name) in text or flat(name)[::-1] in text, name
    assert flat(HOSTILE_TITLE) in flat(" ".join(page_texts(path)))
    for fragment in (
        "Fix <b>bold</b> & <unknown> tags",
        "Is <this> & that funded?",
        "SRE <leads> argues",
        "Because <b>we</b> said & so",
        "Emoji 😀 fans",
        "東京 と Ελλάδα のアクション",
        "<br/>not a break",
        "Agreed <b>after</b> a vote",
        "Zoë <script>alert(1)</script>",
    ):
        assert fragment in text, fragment
    # The 10,000-character note and action detail: every word comes back, in order, twice.
    words = [w for w in text.split() if re.fullmatch(r"w\d{5}", w)]
    assert words == LONG_WORDS + LONG_WORDS
    assert "x" * 3000 in text.replace(" ", "")
    assert "מימין לשמאל"[::-1] in text
    assert "\x00" not in text  # no character fell back to the missing glyph


def test_names_in_other_scripts_use_a_font_that_has_their_glyphs():
    for name in ("Zürich", "Łódź", "東京", "Ελλάδα", "שלום", "Москва"):
        for font, run in font_runs(name, REGULAR):
            for char in run:
                assert ord(char) in _glyphs(font), (name, char, font)


def test_export_to_a_missing_folder_is_a_clear_error_and_leaves_nothing(demo_workshop, tmp_path):
    with pytest.raises(ExportError, match="does not exist"):
        export_workshop(demo_workshop, "pdf", tmp_path / "missing" / "out.pdf")


def test_a_failed_export_keeps_the_previous_file(demo_workshop, tmp_path, monkeypatch):
    target = tmp_path / "roadmap.pdf"
    target.write_bytes(b"previous")
    from pem_desktop.export import pdf

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pdf, "render_pdf", broken)
    with pytest.raises(ExportError, match="No space left on device"):
        export_workshop(demo_workshop, "pdf", target)
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".roadmap")] == []


def test_progress_is_reported_up_to_the_end(demo_workshop, tmp_path):
    seen = []
    export_workshop(demo_workshop, "pdf", tmp_path / "p.pdf", progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1]
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_a_model_with_five_levels_and_teams_at_the_top(tmp_path, cn_model):
    from pem_desktop.services import Workshop

    workshop = Workshop.create(tmp_path / "cn.pemw", title="Cloud native", loaded_model=cn_model, team_names=["A", "B"])
    a, b = workshop.teams()
    top = cn_model.model.level_count
    for aspect in cn_model.model.aspects:
        workshop.place_team(a.id, aspect.id, top)
        workshop.place_team(b.id, aspect.id, 3.5)
    workshop.add_action(cn_model.model.aspects[0].id, "Keep adapting", team_id=a.id)
    path = export_workshop(workshop, "pdf", tmp_path / "cn.pdf")
    roadmap = read_roadmap(path, "Cloud native")
    chapter = roadmap.chapter(f"1. {cn_model.model.aspects[0].name}")
    last = cn_model.model.levels[-1]
    assert f"Toward {last.name}" in chapter
    assert "Keep adapting" in chapter[chapter.index("Other actions and disagreements") :]
    workshop.close()


def test_a_long_action_table_keeps_every_row_in_order(workshop, tmp_path):
    team = workshop.teams()[0]
    aspect = workshop.model.aspects[0].id
    workshop.place_team(team.id, aspect, 1.5)
    titles = [f"Action number {n:03d}" for n in range(1, 61)]
    for title in titles:
        workshop.add_action(aspect, title, team_id=team.id, owner="Owner 東京")
    roadmap = read_roadmap(export_workshop(workshop, "pdf", tmp_path / "long.pdf"), "Test workshop")
    chapter = roadmap.chapter(f"1. {workshop.model.aspects[0].name}")
    assert re.findall(r"Action number \d{3}", chapter) == titles
    assert chapter.count("Owner 東京") == len(titles)
    section = chapter[chapter.index("Toward Scalable") :]
    assert section.index("Action Team Owner Due Status") < section.index(titles[0])
    register = roadmap.chapter("Action register")
    assert re.findall(r"Action number \d{3}", register) == titles  # no due dates: in the order agreed


@settings(max_examples=200, deadline=None)
@given(
    text=st.lists(st.sampled_from(["ab", "c", "defghij", " ", "  ", "\n", "東京", "Ωж", "x" * 40])).map("".join),
    width=st.floats(min_value=8, max_value=180),
)
def test_table_cell_text_breaks_into_lines_that_fit_and_keeps_every_character(text, width):
    register_fonts()
    cell = cell_lines("cell", width, (text, REGULAR), ("\nsecond line", BOLD))
    for line_width, runs in cell.lines:
        characters = "".join(run for _, run, _ in runs)
        assert line_width <= width + 1e-6 or len(characters.strip()) == 1, (characters, line_width)
    printed = "".join(run for _, runs in cell.lines for _, run, _ in runs)
    assert "".join(printed.split()) == "".join(text.split()) + "secondline"
