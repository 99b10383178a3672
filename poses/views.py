from dataclasses import dataclass
from urllib.parse import quote

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext
from django.views.decorators.http import require_GET

from .figure_widgets import UNNAMED
from .figures import figure_from_query, figure_problems, figure_svg, setting_problems
from .filters import CatalogueFilter
from .models import Contraindication, Pose, PoseContraindication, Severity

POSES_PER_PAGE = 24


def with_matching_cautions(poses, conditions):
    """Each pose's *modify* and *caution* notes for the ticked conditions, for its card."""
    if not conditions:
        return poses
    return poses.prefetch_related(
        Prefetch(
            "pose_contraindications",
            queryset=PoseContraindication.objects.filter(contraindication__in=conditions)
            .exclude(severity=Severity.AVOID)
            .select_related("contraindication"),
            to_attr="matching_cautions",
        )
    )


@dataclass(frozen=True)
class Listing:
    """One page of the catalogue for a query: the same for every reader who asks it."""

    count: int  # a search's count stops at COUNT_CAP, with `more` set past it
    needing_changes: int  # of `count`, the poses marked *modify* for a ticked condition
    number: int  # the page shown (a bad or too high ?page= gives the nearest one)
    ids: list  # the page's poses in order
    correction: str  # "Did you mean …?"
    more: bool = False  # more than `count` poses match


def listing_of(filterset, page_number):
    # A sequence of ids, cut a page at a time: a search reads only the tiers the page reaches.
    results = filterset.results()
    paginator = Paginator(results, POSES_PER_PAGE)
    # Counted with the poses that need changes, in one query, instead of by the paginator.
    paginator.count, needing_changes, more = filterset.counts(results)
    page = paginator.get_page(page_number)
    ids = list(page.object_list)
    return Listing(
        paginator.count, needing_changes, page.number, ids, filterset.correction, more=more
    )


def query_parts(filterset, page_number):
    """What a listing depends on: the cleaned query, ticked items by key, and the page."""
    filterset.is_valid()
    cleaned = filterset.form.cleaned_data
    return (sorted((name, _as_key(value)) for name, value in cleaned.items()), page_number)


def _as_key(value):
    if isinstance(value, str) or not hasattr(value, "__iter__"):
        return value
    return sorted(str(item.pk) for item in value)


class CardPoses:
    """A page of pose cards by id, best first, for `{% pose_cards %}`.

    A card's shared HTML is usually cached (core/templatetags/fragment_tags.py), so the rows it
    is drawn from, with their categories and images, are loaded only for the cards that must be
    drawn. The reader's own part of a card (notes for the conditions they ticked, a member's
    add-to-routine control) needs the bare row of every pose, so only when there is one.
    """

    def __init__(self, ids, *, reader, conditions=()):
        self.ids, self.conditions = list(ids), conditions
        self.reader_part = bool(conditions) or reader.is_authenticated

    def __len__(self):
        return len(self.ids)

    def __iter__(self):
        rows = self.rows(to_draw=self.ids)
        return (rows[pk] for pk in self.ids if pk in rows)

    def rows(self, to_draw):
        """{id: pose} of the published poses in `to_draw` with what their cards show, and the
        bare rows of the others when the reader has a part of their own."""
        to_draw = set(to_draw)
        published = with_matching_cautions(Pose.objects.published(), self.conditions)
        found = published.for_cards().in_bulk(to_draw) if to_draw else {}
        rest = [pk for pk in self.ids if pk not in to_draw]
        if self.reader_part and rest:
            found |= published.in_bulk(rest)
        return found


def computed(name, parts, compute):
    """No sharing: compute every time. poses/urls.py passes the shared cache's version."""
    return compute()


def pose_list(request, remember=computed):
    filterset = CatalogueFilter(request.GET, request=request, queryset=Pose.objects.published())
    page_number = request.GET.get("page")
    listing = remember(
        "catalogue", query_parts(filterset, page_number), lambda: listing_of(filterset, page_number)
    )
    filterset.correction = listing.correction
    conditions = filterset.ticked_conditions
    page = Paginator(range(listing.count), POSES_PER_PAGE).page(listing.number)
    page.object_list = CardPoses(listing.ids, reader=request.user, conditions=conditions)
    return render(
        request,
        "poses/pose_list.html",
        {
            "filterset": filterset,
            "form": filterset.form,
            "page_obj": page,
            "poses": page.object_list,
            "conditions": conditions,
            "needing_changes": listing.needing_changes,
            "more_poses": listing.more,
        },
    )


def contraindications_by_severity(pose_contraindications, conditions):
    """[(severity, label, [links])] in order avoid, modify, caution, marking the member's own."""
    own = {condition.pk for condition in conditions}
    groups = []
    for severity in Severity:
        items = [pc for pc in pose_contraindications if pc.severity == severity]
        for pc in items:
            pc.is_mine = pc.contraindication_id in own
        if items:
            groups.append((severity.value, severity.label, items))
    return groups


def pose_detail(request, slug):
    pose = get_object_or_404(Pose.objects.for_detail(), slug=slug)
    if not pose.is_published and not request.user.is_staff:
        raise Http404("No such pose.")
    conditions = list(Contraindication.objects.of_member(request.user))
    return render(
        request,
        "poses/pose_detail.html",
        {
            "pose": pose,
            "contraindication_groups": contraindications_by_severity(
                pose.pose_contraindications.all(), conditions
            ),
        },
    )


@require_GET
def figure_preview(request):
    """The drawing of unsaved figure data, for the admin's live preview; staff only.

    Unreadable or invalid data answers 400 with what to fix; problems the solver could not
    fix (a grip that cannot close) still draw, listed in the ``X-Figure-Problems`` header.
    """
    if not request.user.is_staff:
        raise PermissionDenied
    text = request.GET.get("angles", "")
    figure = figure_from_query(text) if text else {}
    if figure is None:
        return HttpResponseBadRequest(
            gettext(
                'Give the figure as a small JSON object of settings, e.g. ?angles={"pitch": 90}.'
            ),
            content_type="text/plain",
        )
    invalid = setting_problems(figure)
    if invalid:
        return HttpResponseBadRequest("\n".join(invalid), content_type="text/plain")
    problems = figure_problems(figure)
    name = request.GET.get("name", "").strip()[:120] or str(UNNAMED)
    response = HttpResponse(
        figure_svg(figure, name, side=request.GET.get("side", "right")),
        content_type="image/svg+xml",
    )
    # Headers are Latin-1: the words (Russian too) travel percent-encoded as UTF-8.
    response["X-Figure-Problems"] = quote(" ".join(problems))
    response["Cache-Control"] = "private, max-age=3600"
    return response
