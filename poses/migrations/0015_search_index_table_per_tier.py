from django.db import migrations

# SQLite only: 0014's FTS5 table of tiers, split into one table per tier's words. In one table a
# column filter ({names}: "hip"*) still reads every column's occurrences of the word, so asking
# whether any name holds "hip flexors" read the postings of all the muscle and step text that
# does; in a table of its own a tier's words cost only their own postings.
#
# Contentless, like 0014's: the triggers give each table the entry's columns ("whole" is each
# name run together into one word, see 0014) and take the same values out on a delete.
TABLES = {
    "poses_posesearchentry_names": ("whole", "names"),
    "poses_posesearchentry_aliases": ("aliases",),
    "poses_posesearchentry_focus": ("focus",),
    "poses_posesearchentry_terms": ("terms",),
    "poses_posesearchentry_worked": ("worked",),
    "poses_posesearchentry_document": ("document",),
}
TRIGGERS = "poses_posesearchentry_index"


def value(row, column):
    if column == "whole":
        return f"replace(replace({row}.names, ' ', ''), '|', ' ')"
    return f"{row}.{column}"


def insert(table, columns, row):
    values = ", ".join(value(row, column) for column in columns)
    return f"INSERT INTO {table}(rowid, {', '.join(columns)}) VALUES ({row}.pose_id, {values});"


def delete(table, columns, row):
    values = ", ".join(value(row, column) for column in columns)
    return (
        f"INSERT INTO {table}({table}, rowid, {', '.join(columns)}) "
        f"VALUES ('delete', {row}.pose_id, {values});"
    )


def each_table(statement, row):
    return " ".join(statement(table, columns, row) for table, columns in TABLES.items())


CREATE = [
    *(
        f"CREATE VIRTUAL TABLE {table} USING fts5({', '.join(columns)}, content='', "
        "tokenize='unicode61 remove_diacritics 0', prefix='2 3')"
        for table, columns in TABLES.items()
    ),
    f"CREATE TRIGGER {TRIGGERS}_ai AFTER INSERT ON poses_posesearchentry "
    f"BEGIN {each_table(insert, 'new')} END",
    f"CREATE TRIGGER {TRIGGERS}_ad AFTER DELETE ON poses_posesearchentry "
    f"BEGIN {each_table(delete, 'old')} END",
    f"CREATE TRIGGER {TRIGGERS}_au AFTER UPDATE ON poses_posesearchentry "
    f"BEGIN {each_table(delete, 'old')} {each_table(insert, 'new')} END",
    *(
        f"INSERT INTO {table}(rowid, {', '.join(columns)}) SELECT pose_id, "
        f"{', '.join(value('poses_posesearchentry', column) for column in columns)} "
        "FROM poses_posesearchentry"
        for table, columns in TABLES.items()
    ),
]
DROP = [f"DROP TRIGGER {TRIGGERS}_{suffix}" for suffix in ("au", "ad", "ai")] + [
    f"DROP TABLE {table}" for table in TABLES
]

# 0014's table, as it made it.
TIERS = "poses_posesearchentry_tiers"
TIER_COLUMNS = ("whole", "names", "aliases", "focus", "terms", "worked", "document")
CREATE_TIERS = [
    f"CREATE VIRTUAL TABLE {TIERS} USING fts5({', '.join(TIER_COLUMNS)}, content='', "
    "tokenize='unicode61 remove_diacritics 0', prefix='2 3')",
    f"CREATE TRIGGER {TIERS}_ai AFTER INSERT ON poses_posesearchentry "
    f"BEGIN {insert(TIERS, TIER_COLUMNS, 'new')} END",
    f"CREATE TRIGGER {TIERS}_ad AFTER DELETE ON poses_posesearchentry "
    f"BEGIN {delete(TIERS, TIER_COLUMNS, 'old')} END",
    f"CREATE TRIGGER {TIERS}_au AFTER UPDATE ON poses_posesearchentry "
    f"BEGIN {delete(TIERS, TIER_COLUMNS, 'old')} {insert(TIERS, TIER_COLUMNS, 'new')} END",
    f"INSERT INTO {TIERS}(rowid, {', '.join(TIER_COLUMNS)}) SELECT pose_id, "
    f"{', '.join(value('poses_posesearchentry', column) for column in TIER_COLUMNS)} "
    "FROM poses_posesearchentry",
]
DROP_TIERS = [f"DROP TRIGGER {TIERS}_{suffix}" for suffix in ("au", "ad", "ai")] + [
    f"DROP TABLE {TIERS}"
]


def run_for_sqlite(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "sqlite":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("poses", "0014_search_tiers_index"),
    ]

    operations = [
        migrations.RunPython(
            run_for_sqlite([*DROP_TIERS, *CREATE]),
            run_for_sqlite([*DROP, *CREATE_TIERS]),
        ),
    ]
