"""Copy the licences of everything frozen into the app into one folder, for the installers.

    python packaging/collect_licenses.py OUT_DIR

Run with the Python the app is frozen from (it reads that environment's installed packages):
for pem-desktop's dependencies and theirs, OUT_DIR/NAME-VERSION/ gets the licence files the
package ships and a METADATA.txt with its declared licence; then Python's own licence, and
packaging/licenses/ (the LGPL and GPL texts Qt and PySide6 are used under, with a note). The fonts
carry their licence files inside the app (resources/fonts). Used by packaging/linux/build.sh and
the Windows and macOS notes.
"""

from __future__ import annotations

import re
import shutil
import sys
import sysconfig
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
LICENCE_FILE = re.compile(r"LICEN[CS]E|COPYING|NOTICE|AUTHORS", re.IGNORECASE)


def _name(requirement: str) -> str:
    return re.split(r"[\s;<>=!~\[(]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def bundled_distributions(root: str = "pem-desktop") -> list[metadata.Distribution]:
    """The installed distributions `root` needs at run time (no extras), `root` itself left out."""
    found, todo, seen = [], [root], set()
    while todo:
        name = _name(todo.pop())
        if name in seen:
            continue
        seen.add(name)
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        todo += [requirement for requirement in dist.requires or [] if "extra ==" not in requirement]
        if name != root:
            found.append(dist)
    return sorted(found, key=lambda dist: dist.metadata["Name"].lower())


def copy_licences(target: Path) -> list[str]:
    """Fill `target`; return the names of the distributions covered."""
    target.mkdir(parents=True, exist_ok=True)
    covered = []
    for dist in bundled_distributions():
        folder = target / f"{dist.metadata['Name']}-{dist.version}"
        folder.mkdir(exist_ok=True)
        summary = [f"{dist.metadata['Name']} {dist.version}"]
        summary += [f"License: {value}" for key in ("License-Expression", "License") if (value := dist.metadata[key])]
        summary += [value for value in dist.metadata.get_all("Classifier") or [] if value.startswith("License ::")]
        (folder / "METADATA.txt").write_text("\n".join(summary) + "\n", encoding="utf-8")
        for file in dist.files or []:
            if file.parts[0].endswith(".dist-info") and LICENCE_FILE.search(file.name):
                source = Path(dist.locate_file(file))
                if source.is_file():
                    shutil.copyfile(source, folder / file.name)
        covered.append(dist.metadata["Name"])
    python_licence = Path(sysconfig.get_path("stdlib"), "LICENSE.txt")
    if python_licence.is_file():
        shutil.copyfile(python_licence, target / "Python-LICENSE.txt")
    for notice in sorted((HERE / "licenses").glob("*.txt")):
        shutil.copyfile(notice, target / notice.name)
    return covered


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    covered = copy_licences(Path(args[0]))
    print(f"collect_licenses: {len(covered)} packages: {', '.join(covered)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
