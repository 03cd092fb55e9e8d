"""File > Export and File > Import through the real menus, dialogs and buttons."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QProgressDialog, QPushButton
from ui_helpers import open_in


def when_modal(handle, expected=None) -> None:
    """Run `handle(dialog)` on the next modal dialog of the expected type, once it is shown."""

    def find() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or (expected is not None and not isinstance(dialog, expected)):
            QTimer.singleShot(20, find)
        else:
            handle(dialog)

    QTimer.singleShot(20, find)


def type_file_name(dialog: QFileDialog, path: Path) -> None:
    """Put a full path in the dialog's file name field, as a user typing it would."""
    edit = dialog.findChild(QLineEdit, "fileNameEdit")
    edit.clear()
    edit.setText(str(path))


def save_as(path: Path, then=None):
    def handle(dialog: QFileDialog) -> None:
        assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
        type_file_name(dialog, path)
        if then is not None:
            then()
        dialog.accept()

    return handle


def click_button(text: str):
    def handle(box: QMessageBox) -> None:
        button = next(b for b in box.buttons() if b.text() == text)
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    return handle


def test_export_pdf_from_the_menu_and_open_it(window, demo_workshop, tmp_path, monkeypatch):
    path = demo_workshop.path
    demo_workshop.close()
    open_in(window, path)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    target = tmp_path / "exports" / "Board roadmap.pdf"
    target.parent.mkdir()

    when_modal(save_as(target, then=lambda: when_modal(click_button("Open the PDF"), QMessageBox)), QFileDialog)
    QTest.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)

    assert opened == [str(target)]
    reader = PdfReader(target)
    assert reader.metadata.title == window.workshop.info().title
    assert len(reader.pages) > 5
    assert "Exported to" in window.statusBar().currentMessage()
    # the next export suggests the same folder
    assert window.settings.export_folder() == target.parent


def test_export_menu_lists_every_format_and_follows_the_workshop(window, workshop):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    export_menu = next(a.menu() for a in menu.actions() if a.text() == "&Export")
    texts = [a.text().replace("&", "") for a in export_menu.actions()]
    assert texts[0].startswith("PDF roadmap") and texts[1].startswith("PDF roadmap")
    assert texts[2:] == ["CSV tables…", "Markdown summary…", "JSON (whole workshop)…"]
    assert not any(a.isEnabled() for a in export_menu.actions())
    path = workshop.path
    workshop.close()
    open_in(window, path)
    assert all(a.isEnabled() for a in export_menu.actions())


def test_markdown_export_adds_the_suffix(window, workshop, tmp_path):
    path = workshop.path
    workshop.close()
    open_in(window, path)
    when_modal(save_as(tmp_path / "summary"), QFileDialog)
    written = window.export("md")
    assert written == tmp_path / "summary.md"
    assert written.read_text(encoding="utf-8").startswith("# Test workshop")


def test_a_failed_export_says_why_and_keeps_the_old_file(window, workshop, tmp_path, monkeypatch):
    path = workshop.path
    workshop.close()
    open_in(window, path)
    target = tmp_path / "old.pdf"
    target.write_bytes(b"the previous roadmap")
    path.rename(tmp_path / "moved away.pemw")  # the stick it was on is gone, say: the export process cannot read it
    messages = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: messages.append((title, text)))
    # the save dialog asks before replacing the file: yes
    when_modal(save_as(target, then=lambda: when_modal(click_button("&Yes"), QMessageBox)), QFileDialog)
    assert window.export("pdf", "A4") is None
    assert messages == [("Export failed", f"{path} does not exist.")]
    assert target.read_bytes() == b"the previous roadmap"
    assert [p.name for p in tmp_path.glob("*.pdf")] == ["old.pdf"] and list(tmp_path.glob(".old.pdf*")) == []


@pytest.mark.parametrize(
    ("child", "message"),
    [
        ("raise RuntimeError('boom')", "The export stopped unexpectedly (RuntimeError: boom); nothing was written."),
        (
            "import os, signal; os.kill(os.getpid(), signal.SIGKILL)",
            "The export stopped unexpectedly; nothing was written.",
        ),
    ],
)
def test_an_export_process_that_fails_unexpectedly_is_reported(window, workshop, tmp_path, monkeypatch, child, message):
    from PySide6.QtCore import QProcessEnvironment

    from pem_desktop.ui import exporting

    path = workshop.path
    workshop.close()
    open_in(window, path)
    monkeypatch.setattr(
        exporting, "_export_command", lambda arguments: (sys.executable, ["-c", child], QProcessEnvironment())
    )
    messages = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: messages.append((title, text)))
    when_modal(save_as(tmp_path / "r.pdf"), QFileDialog)
    assert window.export("pdf", "A4") is None
    assert messages == [("Export failed", message)]
    assert list(tmp_path.glob("*.pdf")) == []


def test_cancel_stops_a_running_export_and_leaves_nothing(window, tmp_path, monkeypatch):
    from pem_desktop.maturity.catalog import bundled_model
    from pem_desktop.services.large import write_large_workshop
    from pem_desktop.ui.exporting import Exporter

    path = tmp_path / "large.pemw"
    write_large_workshop(path, bundled_model("cncf-platform-engineering"), teams=200, actions=2000).close()
    open_in(window, path)
    offered = []  # if Cancel did not stop it, the export ends by offering to open the PDF
    monkeypatch.setattr(Exporter, "offer_to_open", lambda self, target: offered.append(target))
    seen = {}

    def cancel_once_under_way(dialog: QProgressDialog) -> None:
        if dialog.value() < 2:  # wait for the export process to report progress
            QTimer.singleShot(20, lambda: cancel_once_under_way(dialog))
            return
        seen["progress"] = (dialog.value(), dialog.maximum())
        cancel = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel")
        # through the dialog's window, as input from the window system arrives
        where = cancel.mapTo(dialog, cancel.rect().center())
        QTest.mouseClick(dialog.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)

    when_modal(
        save_as(tmp_path / "r.pdf", then=lambda: when_modal(cancel_once_under_way, QProgressDialog)), QFileDialog
    )
    assert window.export("pdf", "A4") is None and offered == []
    value, maximum = seen["progress"]
    assert 2 <= value < maximum
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob(".r.pdf*")) == []
    assert "cancelled" in window.statusBar().currentMessage()


def test_the_window_takes_no_input_while_an_export_runs(window, tmp_path):
    from pem_desktop.maturity.catalog import bundled_model
    from pem_desktop.services.large import write_large_workshop
    from pem_desktop.ui.exporting import ExportProcess

    path = tmp_path / "large.pemw"
    write_large_workshop(path, bundled_model("cncf-platform-engineering"), teams=120, actions=800).close()
    open_in(window, path)
    pressed = []

    def press_close_while_exporting() -> None:  # before the progress dialog shows and blocks the window itself
        QTest.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
        pressed.append(window.workshop is not None)

    QTimer.singleShot(100, press_close_while_exporting)
    target = tmp_path / "r.pdf"
    job = ExportProcess(window, path, "pdf", target, "A4")
    assert job.run() is None and not job.cancelled
    assert pressed == [True] and window.workshop is not None and window.workshop.path == path
    assert target.read_bytes().startswith(b"%PDF")
    # once the export is over (and the window active again), the same keys close the workshop
    window.activateWindow()
    QApplication.processEvents()
    QTest.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.workshop is None


def test_import_from_json_opens_the_new_workshop(window, demo_workshop, tmp_path):
    from pem_desktop.export import export_workshop

    source = export_workshop(demo_workshop, "json", tmp_path / "sent.json")
    title = demo_workshop.info().title
    demo_workshop.close()
    target = tmp_path / "received.pemw"

    def choose(dialog: QFileDialog) -> None:
        assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptOpen
        type_file_name(dialog, source)
        dialog.accept()
        when_modal(save_as(target), QFileDialog)

    when_modal(choose, QFileDialog)
    window.import_action.trigger()
    assert window.workshop is not None and window.workshop.path == target
    assert window.workshop.info().title == title
    assert json.loads(source.read_text(encoding="utf-8"))["workshop"]["title"] == title
