from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Prefetch, Q
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from .figures import figure_from_query, figure_problems, figure_svg
from .forms import CatalogueFilterForm
from .models import Contraindication, Pose, PoseContraindication, Severity

POSES_PER_PAGE = 24


def filter_poses(poses, filters):
    if filters.get("q"):
        poses = poses.search(filters["q"])
    if filters.get("difficulty"):
        poses = poses.filter(difficulty=filters["difficulty"])
    # Within one filter any ticked value matches; across filters all must. Sub-queries
    # rather than joins, so no DISTINCT is needed over the whole catalogue.
    if filters.get("category"):
        poses = poses.filter(
            pk__in=Pose.categories.through.objects.filter(category__in=filters["category"]).values(
                "pose_id"
            )
        )
    if filters.get("muscle"):
        muscles = filters["muscle"]
        poses = poses.filter(
            Q(
                pk__in=Pose.muscles_stretched.through.objects.filter(muscle__in=muscles).values(
                    "pose_id"
                )
            )
            | Q(
                pk__in=Pose.muscles_strengthened.through.objects.filter(muscle__in=muscles).values(
                    "pose_id"
                )
            )
        )
    return poses.safe_for(filters.get("conditions"))


def pose_list(request):
    data = request.GET.copy()
    if "safe" not in data and "conditions" not in data:
        # A member's profile pre-ticks "safe for me" until they change it.
        data.setlist(
            "conditions",
            Contraindication.objects.of_member(request.user).values_list("slug", flat=True),
        )
    form = CatalogueFilterForm(data)
    filters = form.filters()
    conditions = filters.get("conditions") or []

    poses = filter_poses(Pose.objects.published(), filters).for_cards()
    if conditions:
        poses = poses.prefetch_related(
            Prefetch(
                "pose_contraindications",
                queryset=PoseContraindication.objects.filter(contraindication__in=conditions)
                .exclude(severity=Severity.AVOID)
                .select_related("contraindication"),
                to_attr="matching_cautions",
            )
        )
    page = Paginator(poses, POSES_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "poses/pose_list.html",
        {
            "form": form,
            "page_obj": page,
            "poses": page.object_list,
            "conditions": conditions,
            "is_filtered": any(
                filters.get(key) for key in ("q", "difficulty", "category", "muscle")
            ),
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
    published_only = Pose.objects.published()
    pose = get_object_or_404(
        Pose.objects.prefetch_related(
            "steps",
            "categories",
            "muscles_stretched",
            "muscles_strengthened",
            "images",
            "sources",
            Prefetch(
                "pose_contraindications",
                queryset=PoseContraindication.objects.select_related("contraindication"),
            ),
            Prefetch("counterposes", queryset=published_only),
            Prefetch("preparatory_poses", queryset=published_only),
        ),
        slug=slug,
    )
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
            'Give the figure as a small JSON object of settings, e.g. ?angles={"pitch": 90}.',
            content_type="text/plain",
        )
    problems = figure_problems(figure)
    invalid = [problem for problem in problems if problem.startswith("“")]
    if invalid:
        return HttpResponseBadRequest("\n".join(invalid), content_type="text/plain")
    name = request.GET.get("name", "").strip()[:120] or "this pose"
    response = HttpResponse(
        figure_svg(figure, name, side=request.GET.get("side", "right")),
        content_type="image/svg+xml",
    )
    response["X-Figure-Problems"] = " ".join(problems).encode("ascii", "replace").decode()
    response["Cache-Control"] = "private, max-age=3600"
    return response
