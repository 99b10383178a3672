"""The catalogue's FilterSet, whose filters are copied lightly for each one it makes."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory

from poses.filters import CatalogueFilter
from poses.models import Pose
from tests.factories import make_pose

pytestmark = pytest.mark.django_db


def filterset(query):
    request = RequestFactory().get("/poses/", query)
    request.user = AnonymousUser()
    return CatalogueFilter(request.GET, request=request, queryset=Pose.objects.published())


def test_each_filterset_filters_with_its_own_methods():
    make_pose("Pigeon pose")
    make_pose("Camel pose")
    pigeon, camel = filterset({"q": "pidgeon"}), filterset({"q": "camel"})
    # The search method runs on the FilterSet that asked, which keeps its own correction.
    assert [pose.english_name for pose in pigeon.qs] == ["Pigeon pose"]
    assert [pose.english_name for pose in camel.qs] == ["Camel pose"]
    assert (pigeon.correction, camel.correction) == ("pigeon", "")
    assert all(filter_.parent is pigeon for filter_ in pigeon.filters.values())
    assert not set(map(id, pigeon.filters.values())) & set(map(id, camel.filters.values()))
