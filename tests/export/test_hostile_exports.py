"""Exports never replace what is not a regular file, and the PDF lays out any model the loader accepts."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from pem_desktop.cli import main
from pem_desktop.export import ExportError, export_workshop
from pem_desktop.maturity import load_model_text
from pem_desktop.maturity.loader import MAX_ASPECTS, MAX_LEVELS
from pem_desktop.services import Workshop

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from hostile_corpus import model_yaml


def _special(tmp_path: Path, kind: str) -> Path:
    target = tmp_path / f"target-{kind}"
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "folder":
        target.mkdir()
    elif kind == "device":
        try:
            os.mknod(target, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # what /dev/null is
        except PermissionError:
            pytest.skip("making a device node needs root")
    return target


@pytest.mark.parametrize("kind", ["fifo", "folder", "device"])
@pytest.mark.parametrize("format_name", ["pdf", "json"])
def test_an_export_never_replaces_a_special_file(demo_workshop, tmp_path, kind, format_name, capsys):
    target = _special(tmp_path, kind)
    mode = target.lstat().st_mode
    with pytest.raises(ExportError, match="choose a file name"):
        export_workshop(demo_workshop, format_name, target)
    path = demo_workshop.path
    demo_workshop.close()
    assert main(["export", str(path), "-f", format_name, "-o", str(target)]) == 1
    assert "choose a file name" in capsys.readouterr().err
    assert target.lstat().st_mode == mode  # still the FIFO, folder or device it was
    assert sorted(entry.name for entry in tmp_path.iterdir()) == sorted(["demo.pemw", target.name])


def test_an_export_through_a_link_writes_where_it_points(demo_workshop, tmp_path):
    real = tmp_path / "real.json"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    export_workshop(demo_workshop, "json", link)
    assert link.is_symlink() and real.read_text(encoding="utf-8").startswith("{")


def test_a_link_to_a_fifo_is_refused(demo_workshop, tmp_path):
    fifo = _special(tmp_path, "fifo")
    link = tmp_path / "link.pdf"
    link.symlink_to(fifo)
    with pytest.raises(ExportError, match="not a regular file"):
        export_workshop(demo_workshop, "pdf", link)
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


@pytest.mark.parametrize(("aspects", "levels"), [(40, 4), (MAX_ASPECTS, MAX_LEVELS)])
def test_the_pdf_lays_out_the_widest_model_the_loader_accepts(tmp_path, aspects, levels):
    loaded = load_model_text(model_yaml(aspects, levels, text="«Ωμέγα» 東京 " + "Longword" * 12))
    workshop = Workshop.create(
        tmp_path / "wide.pemw",
        title="W" * 300,
        loaded_model=loaded,
        team_names=[f"Team {n} " + "x" * 60 for n in range(3 if aspects > 40 else 6)],
    )
    try:
        for team in workshop.teams():
            for index, aspect in enumerate(loaded.model.aspects):
                workshop.place_team(team.id, aspect.id, (index % (levels * 10)) / 10)
        first = loaded.model.aspects[0].id
        workshop.add_action(first, "A" * 300, detail="D" * 5000, owner="O" * 300, team_id=workshop.teams()[0].id)
        pdf = export_workshop(workshop, "pdf", tmp_path / "wide.pdf")
    finally:
        workshop.close()
    text = "".join(page.extract_text() or "" for page in PdfReader(pdf).pages[:8])
    assert "Aspect 0" in text and f"Aspect {min(aspects, 6) - 1}" in text
