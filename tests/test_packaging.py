"""Packaging, without PyInstaller: the wheel's contents, the desktop integration files agreeing on
one app id, the PyInstaller spec's inputs, the committed icons, and the Linux tarball's install.sh
(packed around a stand-in for the frozen app). CI's packaging/linux/smoke.sh freezes the real app."""

from __future__ import annotations

import configparser
import os
import shutil
import struct
import subprocess
import sys
import tarfile
import tomllib
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from pem_desktop import APP_ID, APP_NAME, __version__
from pem_desktop.languages import LANGUAGES
from pem_desktop.store.workshop_file import APPLICATION_ID

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "resources" / "linux"
ICONS = ROOT / "resources" / "icons"
MIGRATIONS = ROOT / "pem_desktop" / "store" / "migrations"
MIME_TYPE = "application/x-pem-workshop"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
MIME_NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive
    parser.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


# -- the wheel -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--quiet", "-w", str(out)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    (built,) = out.glob("pem_desktop-*.whl")
    with zipfile.ZipFile(built) as archive:
        yield archive


def test_the_wheel_carries_models_fonts_icons_migrations_and_desktop_files(wheel):
    names = set(wheel.namelist())
    data = "pem_desktop/_data"
    expected = [f"{data}/model/{path.name}" for path in (ROOT / "model").glob("*.yaml")]
    expected += [f"{data}/resources/fonts/{path.name}" for path in (ROOT / "resources" / "fonts").iterdir()]
    expected += [f"{data}/resources/icons/pem-desktop.svg", f"{data}/resources/icons/pem-desktop-small.svg"]
    expected += [f"{data}/resources/icons/hicolor/{n}x{n}/apps/{APP_ID}.png" for n in ICON_SIZES]
    expected += [f"{data}/resources/linux/{path.name}" for path in LINUX.iterdir()]
    expected += [f"{data}/docs/{path.name}" for path in (ROOT / "docs").glob("workshop-v*.schema.json")]
    expected += [
        f"pem_desktop/store/migrations/{path.relative_to(MIGRATIONS).as_posix()}"
        for path in MIGRATIONS.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    ]
    assert len(expected) > 20
    assert [name for name in expected if name not in names] == []
    assert any(name.endswith(".ttf") for name in expected)
    assert any(name.endswith(".yaml") for name in expected)


def test_the_wheel_carries_the_interface_in_every_language_compiled(wheel):
    names = set(wheel.namelist())
    assert {f"pem_desktop/_data/translations/pem_desktop_{code}.qm" for code in LANGUAGES} <= names
    assert not [name for name in names if name.endswith(".qm") and "/_data/translations/" not in name]


def test_the_wheel_declares_the_entry_points_and_the_licence(wheel):
    dist_info = f"pem_desktop-{__version__}.dist-info"
    entry_points = configparser.ConfigParser(delimiters=("=",))
    entry_points.optionxform = str
    entry_points.read_string(wheel.read(f"{dist_info}/entry_points.txt").decode())
    assert entry_points["console_scripts"]["pem-desktop"].strip() == "pem_desktop.cli:main"
    assert entry_points["gui_scripts"]["pem-desktop-gui"].strip() == "pem_desktop.cli:main"
    metadata = wheel.read(f"{dist_info}/METADATA").decode()
    assert "License-Expression: Apache-2.0" in metadata
    assert f"Version: {__version__}" in metadata
    assert wheel.read(f"{dist_info}/licenses/LICENSE") == (ROOT / "LICENSE").read_bytes()


def test_the_licence_file_is_apache_2_and_agrees_with_pyproject():
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "Apache License" in text and "Version 2.0, January 2004" in text
    assert "END OF TERMS AND CONDITIONS" in text
    assert PYPROJECT["project"]["license"] == "Apache-2.0"
    metainfo = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert metainfo.findtext("project_license") == "Apache-2.0"


def test_pyinstaller_is_not_a_test_dependency():
    extras = PYPROJECT["project"]["optional-dependencies"]["test"]
    assert not [requirement for requirement in extras if requirement.lower().startswith("pyinstaller")]


# -- one application id across the desktop integration files ------------------------------------


def test_desktop_file_metainfo_mime_type_and_icons_share_the_app_id():
    assert sorted(path.name for path in LINUX.iterdir()) == sorted(
        [f"{APP_ID}.desktop", f"{APP_ID}.metainfo.xml", f"{APP_ID}.xml"]
    )
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == APP_NAME
    assert entry["Icon"] == APP_ID
    assert entry["StartupWMClass"] == APP_NAME  # Qt's WM_CLASS is the application name
    program, *arguments = entry["Exec"].split()
    assert program == "pem-desktop" and program in PYPROJECT["project"]["scripts"]
    assert arguments == ["%f"], "a double-clicked workshop file must reach the app"
    assert entry["MimeType"].split(";")[:1] == [MIME_TYPE]

    metainfo = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert metainfo.findtext("id") == APP_ID
    assert metainfo.findtext("name") == APP_NAME
    launchable = metainfo.find("launchable")
    assert launchable.get("type") == "desktop-id" and launchable.text == f"{APP_ID}.desktop"
    assert metainfo.findtext("provides/binary") == "pem-desktop"
    assert metainfo.findtext("provides/mediatype") == MIME_TYPE
    assert metainfo.find("releases/release").get("version") == __version__, "add a <release> for this version"

    mime = ET.parse(LINUX / f"{APP_ID}.xml").getroot()
    (mime_type,) = mime.findall("m:mime-type", MIME_NS)
    assert mime_type.get("type") == MIME_TYPE
    assert [glob.get("pattern") for glob in mime_type.findall("m:glob", MIME_NS)] == ["*.pemw"]
    assert mime_type.find("m:icon", MIME_NS).get("name") == APP_ID
    magic = mime_type.find("m:magic/m:match/m:match", MIME_NS)
    assert magic.get("offset") == "68" and int(magic.get("value"), 16) == APPLICATION_ID


def test_icons_exist_in_every_size_and_are_up_to_date():
    assert (ICONS / "pem-desktop.svg").is_file()
    for size in ICON_SIZES:
        assert _png_size(ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png") == (size, size)
    check = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "make_icons.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert check.returncode == 0, check.stderr


# -- the PyInstaller spec, read without PyInstaller ---------------------------------------------


class _Recorder:
    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs
        self.datas, self.binaries, self.pure, self.scripts = [], [], [], []


def test_the_spec_bundles_models_resources_fonts_migrations_and_every_module():
    spec = ROOT / "packaging" / "pem-desktop.spec"
    made: dict[str, list[_Recorder]] = {}

    def record(kind):
        def make(*args, **kwargs):
            made.setdefault(kind, []).append(_Recorder(*args, **kwargs))
            return made[kind][-1]

        return make

    names = {kind: record(kind) for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}
    namespace = {**names, "SPECPATH": str(spec.parent)}
    exec(compile(spec.read_text(encoding="utf-8"), str(spec), "exec"), namespace)

    (analysis,) = made["Analysis"]
    (script,) = analysis.args[0]
    assert Path(script).is_file()
    datas = {(Path(source).resolve(), target.replace("\\", "/")) for source, target in analysis.kwargs["datas"]}
    for path in (ROOT / "model").glob("*.yaml"):
        assert (path, "pem_desktop/_data/model") in datas
    for path in (ROOT / "resources" / "fonts").iterdir():
        assert (path, "pem_desktop/_data/resources/fonts") in datas
    assert (ICONS / "pem-desktop.svg", "pem_desktop/_data/resources/icons") in datas
    assert (ROOT / "docs" / "workshop-v1.schema.json", "pem_desktop/_data/docs") in datas
    translations = {source.name for source, target in datas if target == "pem_desktop/_data/translations"}
    assert translations == {f"pem_desktop_{code}.qm" for code in LANGUAGES}
    qt_translations = ("PySide6/Qt/translations/qtbase_de.qm", "PySide6/Qt/translations/designer_de.qm")
    assert [namespace["_keep"]((name, "", "DATA")) for name in qt_translations] == [True, False]
    for path in MIGRATIONS.rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts:
            target = Path("pem_desktop/store/migrations", path.relative_to(MIGRATIONS).parent).as_posix()
            assert (path, target) in datas

    hidden = set(analysis.kwargs["hiddenimports"])
    for path in (ROOT / "pem_desktop").rglob("*.py"):
        if MIGRATIONS not in path.parents:
            module = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
            assert module in hidden
    assert {"alembic", "sqlalchemy", "PySide6.QtSvg"} <= hidden
    assert "PySide6.QtSvg" not in analysis.kwargs["excludes"]
    assert made["EXE"][0].kwargs["name"] == "pem-desktop"
    assert made["COLLECT"][0].kwargs["name"] == "pem-desktop"


# -- the Linux tarball and install.sh, around a stand-in for the frozen app ----------------------


def test_build_sh_packs_a_tarball_whose_install_sh_installs_and_uninstalls(tmp_path: Path):
    if shutil.which("bash") is None or sys.platform != "linux":
        pytest.skip("the Linux installer is built and installed on Linux")
    fake_app = tmp_path / "frozen"
    fake_app.mkdir()
    (fake_app / "pem-desktop").write_text(f'#!/bin/sh\necho "pem-desktop {__version__} $*"\n', encoding="utf-8")
    (fake_app / "pem-desktop").chmod(0o755)
    out = tmp_path / "out"
    env = {**os.environ, "PYTHON": sys.executable}
    subprocess.run(
        ["bash", str(ROOT / "packaging" / "linux" / "build.sh"), "--app", str(fake_app), "--out", str(out)],
        check=True,
        capture_output=True,
        timeout=120,
        env=env,
    )
    (tarball,) = out.glob("*.tar.gz")
    top = f"pem-desktop-{__version__}-linux-{os.uname().machine}"
    assert tarball.name == f"{top}.tar.gz"
    with tarfile.open(tarball) as archive:
        members = {member.name: member for member in archive.getmembers()}
        assert {f"{top}/{name}" for name in ("install.sh", "LICENSE", "README.txt", "VERSION")} <= set(members)
        assert members[f"{top}/install.sh"].mode & 0o111
        assert f"{top}/licenses/LGPL-3.0.txt" in members
        assert any(name.startswith(f"{top}/licenses/PySide6") for name in members)
        archive.extractall(tmp_path / "unpacked", filter="tar")

    home = tmp_path / "home"
    prefix = home / ".local"
    data = prefix / "share"
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(data), "XDG_CONFIG_HOME": str(home / ".config")}
    installer = tmp_path / "unpacked" / top / "install.sh"
    subprocess.run(["sh", str(installer), "--prefix", str(prefix)], check=True, capture_output=True, env=env)

    app = prefix / "lib" / "pem-desktop" / "pem-desktop"
    link = prefix / "bin" / "pem-desktop"
    assert link.is_symlink() and link.resolve() == app.resolve()
    assert subprocess.run([str(link), "--version"], capture_output=True, text=True).stdout.startswith(
        f"pem-desktop {__version__}"
    )
    desktop = (data / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f"Exec={app} %f\n" in desktop
    assert (data / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (data / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    for size in ICON_SIZES:
        assert (data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    if shutil.which("update-mime-database"):
        assert f"{MIME_TYPE}:*.pemw" in (data / "mime" / "globs2").read_text(encoding="utf-8")

    user_file = data / "pem-desktop" / "backups" / "keep.pemw"  # the app's own data stays
    user_file.parent.mkdir(parents=True)
    user_file.write_text("a backup", encoding="utf-8")
    subprocess.run([str(prefix / "lib" / "pem-desktop" / "uninstall.sh")], check=True, capture_output=True, env=env)
    assert not (prefix / "lib" / "pem-desktop").exists() and not link.exists()
    assert not (data / "applications" / f"{APP_ID}.desktop").exists()
    assert not list((data / "icons").rglob(f"{APP_ID}.*"))
    assert user_file.read_text(encoding="utf-8") == "a backup"


def test_shell_scripts_parse():
    for script in (ROOT / "packaging" / "linux").glob("*.sh"):
        shell = "sh" if script.read_text(encoding="utf-8").startswith("#!/bin/sh") else "bash"
        subprocess.run([shell, "-n", str(script)], check=True)
