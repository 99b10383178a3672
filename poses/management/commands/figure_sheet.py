"""Draw every published pose's figure in one grid, for an editor or reviewer to check at once."""

import os
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.html import escape

from poses.figures import figure_svg
from poses.models import Pose

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
COLUMNS = 6
CELL_WIDTH = 220  # about a pose card's figure on a phone

STYLE = f"""
body {{ margin: 16px; font: 14px/1.3 system-ui, sans-serif; background: #fff; color: #1f2a26; }}
.sheet {{ display: grid; grid-template-columns: repeat({COLUMNS}, {CELL_WIDTH}px); gap: 12px; }}
figure {{ margin: 0; padding: 6px; border: 1px solid #d5ddd9; border-radius: 6px; }}
figure svg {{ display: block; width: 100%; height: auto; background: #eef4f1; }}
figcaption {{ margin-top: 4px; font-weight: 600; }}
figcaption small {{ display: block; font-weight: 400; color: #566; }}
"""


def sheet_html(drawings):
    """A page of (caption, note, svg) cells."""
    cells = "".join(
        f"<figure>{svg}<figcaption>{escape(caption)}<small>{escape(note)}</small></figcaption>"
        "</figure>"
        for caption, note, svg in drawings
    )
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pose figures</title>'
        f'<style>{STYLE}</style></head><body><div class="sheet">{cells}</div></body></html>'
    )


def pose_drawings(poses):
    for pose in poses:
        note = "right side" if pose.per_side else ""
        yield pose.english_name, note, figure_svg(pose.figure, pose.english_name)


def screenshot(html, path, executable=CHROMIUM):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable)
        page = browser.new_page(viewport={"width": COLUMNS * (CELL_WIDTH + 12) + 32, "height": 600})
        page.set_content(html)
        page.screenshot(path=str(path), full_page=True)
        browser.close()


class Command(BaseCommand):
    help = "Draw every published pose's figure in a grid with its name, as a PNG."

    def add_arguments(self, parser):
        parser.add_argument(
            "output", type=Path, help="where to write the PNG, e.g. docs/figures.png"
        )

    def handle(self, *args, output, **options):
        poses = Pose.objects.published().order_by("english_name")
        drawings = list(pose_drawings(poses))
        if not drawings:
            raise CommandError("No published poses to draw; load_demo_content adds the demo ones.")
        if not Path(CHROMIUM).is_file():
            raise CommandError(f"Chromium not found at {CHROMIUM}; set CHROMIUM_PATH.")
        output.parent.mkdir(parents=True, exist_ok=True)
        screenshot(sheet_html(drawings), output)
        self.stdout.write(f"Drew {len(drawings)} figures to {output}.")
