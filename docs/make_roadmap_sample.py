"""Render the demo workshop's PDF roadmap as PNG pages: python docs/make_roadmap_sample.py [OUT_DIR].

Needs pdftoppm (Debian package poppler-utils). Writes the demo's A4 roadmap as page-NN.png, its
summary, overview and first aspect in greyscale (greyscale-NN.png) and its summary on US Letter
(letter-02.png), and the first pages of the large workshop's roadmap (200 teams, 2,000 actions:
large-NN.png), to check that the roadmap reads well at any size, printed in grey and on either paper.
Everything is dated 25 November 2026, the demo's workshop date, so the pictures do not change by day.
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
from pem_desktop.services.large import write_large_workshop

DAY = date(2026, 11, 25)


def pages(pdf: Path, prefix: Path, *options: str) -> None:
    subprocess.run(["pdftoppm", "-r", "80", "-png", *options, str(pdf), str(prefix)], check=True)


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "roadmap-sample"
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        workshop = write_demo_workshop(folder / "demo.pemw", bundled_model(), today=DAY)
        pdf = export_workshop(workshop, "pdf", folder / "roadmap.pdf", today=DAY)
        letter = export_workshop(workshop, "pdf", folder / "letter.pdf", page_size="Letter", today=DAY)
        workshop.close()
        pages(pdf, out / "page")
        pages(pdf, out / "greyscale", "-gray", "-f", "2", "-l", "6")
        pages(letter, out / "letter", "-f", "2", "-l", "2")
        large = write_large_workshop(folder / "large.pemw", bundled_model(), today=DAY)
        large_pdf = export_workshop(large, "pdf", folder / "large.pdf", today=DAY)
        large.close()
        pages(large_pdf, out / "large", "-f", "2", "-l", "7")
    print(f"wrote {len(list(out.glob('*.png')))} pages to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
