"""Queries compiled once per connection (compiled/__init__.py) load what the ORM loads."""

import pytest
from django.db.models import F

from accounts.models import Profile
from compiled import CompiledQuery
from routines import plans
from routines.models import Routine
from tests.factories import make_condition, make_user

pytestmark = pytest.mark.django_db


def field_values(instance):
    return {
        field.attname: getattr(instance, field.attname) for field in instance._meta.concrete_fields
    }


def test_a_row_becomes_the_instance_the_orm_loads_followed_by_its_annotations():
    owner = make_user("ana")
    routine = Routine.objects.create(owner=owner, title="Evening", is_starter=True)
    query = CompiledQuery(
        Routine,
        lambda: Routine._base_manager.filter(pk=0).annotate(owner_name=F("owner__username")),
    )

    ((loaded, owner_name),) = query.rows(routine.pk)

    stored = Routine.objects.get(pk=routine.pk)
    assert field_values(loaded) == field_values(stored)
    assert loaded.is_starter is True and isinstance(loaded.created_at, type(stored.created_at))
    assert not loaded._state.adding
    assert owner_name == "ana"
    assert query.rows(routine.pk + 1) == []


def test_a_query_run_with_the_wrong_number_of_values_is_refused():
    query = CompiledQuery(Routine, lambda: Routine._base_manager.filter(pk=0, owner=0))

    with pytest.raises(ValueError, match="takes 2 parameters"):
        query.rows(1)


def test_a_builder_opens_only_the_members_own_routine_with_their_conditions():
    ana, ben = make_user("ana"), make_user("ben")
    knee, back = make_condition("Knee injury"), make_condition("Back pain")
    Profile.objects.create(user=ana).conditions.add(back, knee)
    Profile.objects.create(user=ben)
    mine = Routine.objects.create(owner=ana, title="Mine")
    bens = Routine.objects.create(owner=ben, title="Ben's")

    routine, conditions = plans.opened(ana, mine.pk)

    assert routine == mine and conditions == sorted([knee.pk, back.pk])
    assert plans.opened(ana, bens.pk) == (None, None)
    assert plans.opened(ben, bens.pk) == (bens, [])
    assert plans.opened(ana, 2**70) == (None, None)
