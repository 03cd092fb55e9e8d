"""Render the demo workshop's PDF roadmap as PNG pages: python docs/make_roadmap_sample.py [OUT_DIR].

Needs pdftoppm (Debian package poppler-utils). Writes roadmap.pdf's pages as page-NN.png, plus
greyscale-NN.png of the summary page and first aspect, to check that the roadmap reads well printed in grey.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from pem_desktop.export import export_workshop
from pem_desktop.maturity.catalog import bundled_model
from pem_desktop.services.demo import write_demo_workshop


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "roadmap-sample"
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as scratch:
        workshop = write_demo_workshop(Path(scratch) / "demo.pemw", bundled_model(), today=date(2026, 11, 25))
        pdf = export_workshop(workshop, "pdf", Path(scratch) / "roadmap.pdf")
        workshop.close()
        subprocess.run(["pdftoppm", "-r", "80", "-png", str(pdf), str(out / "page")], check=True)
        grey = ["pdftoppm", "-r", "80", "-png", "-gray", "-f", "2", "-l", "3", str(pdf), str(out / "greyscale")]
        subprocess.run(grey, check=True)
    print(f"wrote {len(list(out.glob('*.png')))} pages to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
