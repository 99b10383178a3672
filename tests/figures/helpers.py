"""Reading the drawn SVG back: parts, coordinates and the view box."""

import re
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"
NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def parse_svg(markup):
    root = ET.fromstring(markup)
    assert root.tag == f"{SVG}svg"
    return root


def view_box(root):
    x, y, width, height = (float(n) for n in root.get("viewBox").split())
    return x, y, x + width, y + height


def path_points(d):
    numbers = [float(n) for n in NUMBER.findall(d)]
    return list(zip(numbers[::2], numbers[1::2], strict=True))


def parts(root):
    return {
        element.get("data-part"): element for element in root.iter() if element.get("data-part")
    }


def drawn_points(root):
    """Every coordinate the figure draws, with the reach of its shape around it."""
    points = []
    for element in root.iter():
        tag = element.tag.removeprefix(SVG)
        if tag == "path":
            points += [(x, y, 0) for x, y in path_points(element.get("d"))]
        elif tag == "circle":
            points.append(
                (float(element.get("cx")), float(element.get("cy")), float(element.get("r")))
            )
        elif tag == "line":
            points += [
                (float(element.get("x1")), float(element.get("y1")), 0),
                (float(element.get("x2")), float(element.get("y2")), 0),
            ]
        elif tag == "rect":
            x, y = float(element.get("x")), float(element.get("y"))
            points += [
                (x, y, 0),
                (x + float(element.get("width")), y + float(element.get("height")), 0),
            ]
    return points


def assert_inside_view_box(root):
    left, top, right, bottom = view_box(root)
    for x, y, reach in drawn_points(root):
        assert left <= x - reach and x + reach <= right, (x, left, right)
        assert top <= y - reach and y + reach <= bottom, (y, top, bottom)
