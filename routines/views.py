from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from .models import Routine


@login_required
def routine_list(request):
    routines = Routine.objects.owned_by(request.user).with_totals()
    return render(request, "routines/routine_list.html", {"routines": routines})


def starter_list(request):
    routines = Routine.objects.starters().with_totals().order_by("title")
    return render(request, "routines/starter_list.html", {"routines": routines})


def routine_detail(request, pk):
    from django.shortcuts import get_object_or_404

    routine = get_object_or_404(Routine.objects.visible_to(request.user), pk=pk)
    return render(request, "routines/starter_list.html", {"routines": [routine]})
