import re
import xml.etree.ElementTree as ET
from html import unescape

import pytest
from django.core.management import call_command
from django.urls import reverse

from poses.bodymap import ANATOMY, VERTEBRAE, body_map
from poses.models import Muscle
from tests.factories import make_muscle, make_pose

pytestmark = pytest.mark.django_db

SVG = "{http://www.w3.org/2000/svg}"


def body_map_svg(page):
    """The body map's SVG element from a page, parsed as XML."""
    match = re.search(r'<svg[^>]*class="body-map-svg".*?</svg>', page, re.S)
    assert match, "no body map on the page"
    return ET.fromstring(match.group(0))


def regions(root):
    return {
        element.get("data-muscle"): element
        for element in root.iter(f"{SVG}g")
        if element.get("data-muscle")
    }


def test_every_catalogue_muscle_has_a_region_even_one_added_later():
    call_command("load_demo_content", verbosity=0)
    make_muscle("Tibialis anterior")
    muscles = list(Muscle.objects.all())
    context = body_map(muscles)
    drawn = {region.slug: region for region in context["regions"]}
    others = {region.slug: region for region in context["others"]}
    for muscle in muscles:
        assert muscle.slug in drawn or muscle.slug in others, muscle.slug
    assert all(drawn[slug].paths for slug in drawn)
    assert set(others) == {"tibialis-anterior"}
    assert others["tibialis-anterior"].swatch
    # Every demo muscle is drawn on the body itself, not only listed.
    assert {muscle.slug for muscle in muscles} - set(ANATOMY) == {"tibialis-anterior"}


def test_psoas_runs_from_the_lumbar_spine_to_the_top_of_the_inner_thigh():
    psoas, iliacus = ANATOMY["psoas-major"], ANATOMY["iliacus"]
    ((_, points),) = psoas.front
    ys = [y for _, y in points]
    assert min(ys) <= dict(VERTEBRAE)["T12"]  # starts at T12
    assert max(ys) >= 245  # ends at the lesser trochanter, below the hip joint
    assert min(dx for dx, _ in points) < 10  # beside the spine
    assert psoas.deep and iliacus.deep
    ((_, fan),) = iliacus.front
    assert max(y for _, y in fan) > 235  # the iliacus joins the psoas tendon low down


def test_pose_page_highlights_stretched_and_strengthened_muscles(client):
    psoas, glutes, quads = (
        make_muscle("Psoas major"),
        make_muscle("Glutes"),
        make_muscle("Quadriceps"),
    )
    extra = make_muscle("Tibialis anterior")
    pose = make_pose("Low lunge", stretches=[psoas, quads, extra], strengthens=[glutes, quads])
    page = client.get(pose.get_absolute_url()).content.decode()
    root = body_map_svg(page)
    assert root.find(f"{SVG}title").text and root.find(f"{SVG}desc").text
    found = regions(root)
    assert found["psoas-major"].get("data-state") == "stretched"
    assert found["glutes"].get("data-state") == "strengthened"
    assert found["quadriceps"].get("data-state") == "both"
    assert found["tibialis-anterior"].get("data-state") == "stretched"
    assert found["chest"].get("data-state") == "neutral"
    # Two styles that differ by more than colour: a solid fill and a hatch pattern.
    assert found["psoas-major"].get("fill").startswith("#")
    assert found["glutes"].get("fill") == "url(#bm-hatch)"
    assert "bm-stretched" in found["psoas-major"].get("class")
    assert "Strengthened: blue stripes" in page and "Stretched: solid orange" in page
    assert "Stretched: psoas major, quadriceps, tibialis anterior." in unescape(page)


def test_catalogue_muscle_regions_link_to_the_filter_and_keep_other_filters(client):
    psoas = make_muscle("Psoas major")
    make_muscle("Tibialis anterior")
    lunge = make_pose("Low lunge", stretches=[psoas])
    make_pose("Mountain pose")
    page = client.get(reverse("poses:list"), {"safe": "1", "q": "lunge", "page": "1"})
    root = body_map_svg(page.content.decode())
    links = {link.find(f"{SVG}g").get("data-muscle"): link for link in root.iter(f"{SVG}a")}
    assert set(links) == {"psoas-major", "tibialis-anterior"}
    href = links["psoas-major"].get("href")
    assert href == "?q=lunge&safe=1&muscle=psoas-major"  # the filters in the form's order
    assert links["psoas-major"].get("aria-label") == "Psoas major: show poses for this muscle"
    # Drawn muscles not in this catalogue are pictured but not links.
    assert "chest" in regions(root)
    filtered = client.get(reverse("poses:list") + href)
    assert [pose.english_name for pose in filtered.context["poses"]] == [lunge.english_name]
    chosen = regions(body_map_svg(filtered.content.decode()))
    assert chosen["psoas-major"].get("data-state") == "selected"
    # The plain checkboxes stay as the fallback.
    assert 'name="muscle" value="psoas-major"' in filtered.content.decode()


def test_pose_page_names_the_worked_muscles_beside_the_map(client):
    call_command("load_demo_content", verbosity=0)
    page = client.get(reverse("poses:detail", args=["low-lunge"])).content.decode()
    root = body_map_svg(page)
    names = {
        text.text
        for group in root.iter(f"{SVG}g")
        if group.get("class") == "bm-names"
        for text in group.iter(f"{SVG}text")
    }
    assert {"Psoas major", "Iliacus", "Rectus femoris"} <= names
    # Only the highlighted muscles are labelled, so the labels stay readable.
    assert "Calves" not in names


def test_catalogue_lists_muscle_links_big_enough_to_tap(client):
    call_command("load_demo_content", verbosity=0)
    page = client.get(reverse("poses:list"), {"q": "lunge"}).content.decode()
    links = re.findall(r'<a href="([^"]+)" class="bm-link-item"[^>]*>([^<]+)</a>', page)
    by_name = {name: unescape(href) for href, name in links}
    assert len(by_name) == Muscle.objects.count()
    # Each link keeps the search and picks that one muscle.
    assert by_name["Psoas major"] == "?q=lunge&muscle=psoas-major"
    followed = client.get(reverse("poses:list") + by_name["Psoas major"]).content.decode()
    assert "Low lunge" in followed and "Corpse pose" not in followed


@pytest.mark.parametrize(
    "name", ["Psoas major", "Большая поясничная мышца (подвздошно-поясничная)"]
)
def test_a_long_muscle_name_widens_the_label_column_instead_of_covering_the_body(name):
    psoas = Muscle(slug="psoas-major", name=name)
    drawing = body_map([psoas], stretched=["psoas-major"], labelled=True)
    (label,) = drawing["labels"]
    # The text runs right from its x and must end before its leader line starts.
    text_width = len(name) * drawing["label_size"] * 0.55
    assert label["x"] + text_width < label["line_x"]
    assert drawing["view_x"] <= label["x"] - 4
