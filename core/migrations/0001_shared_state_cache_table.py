from django.core.management import call_command
from django.db import migrations


def create_cache_tables(apps, schema_editor):
    # The "shared" cache lives in the database unless REDIS_URL is set; creating its table
    # here means every `migrate` (deploys, `make run`, the benchmark) has it.
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = []

    operations = [migrations.RunPython(create_cache_tables, migrations.RunPython.noop)]
