from django.db import migrations

# SQLite only: one FTS5 table with a column per ranking tier, so a page of search results is
# read tier by tier from the index in pose-id order and stops at the page (poses/search.py
# `Match`). It replaces 0009's table of the documents' words, whose column it includes.
#
# The table is contentless (it keeps no copy of the text): the triggers below give it the
# entry's columns, and "whole", each name run together into one word ("| pigeon pose | eka
# pada |" -> "pigeonpose ekapada"), so a whole name is one token and "pigeonpose" or
# "pigeonpose"* asks for an exact name or a name prefix. Deleting from a contentless table
# takes the values that were inserted, so the triggers compute them the same way.
TABLE = "poses_posesearchentry_tiers"
COLUMNS = ("whole", "names", "aliases", "focus", "terms", "worked", "document")


def values(row):
    whole = f"replace(replace({row}.names, ' ', ''), '|', ' ')"
    return ", ".join([whole, *(f"{row}.{column}" for column in COLUMNS[1:])])


INSERT = f"INSERT INTO {TABLE}(rowid, {', '.join(COLUMNS)}) VALUES (new.pose_id, {values('new')});"
DELETE = (
    f"INSERT INTO {TABLE}({TABLE}, rowid, {', '.join(COLUMNS)}) "
    f"VALUES ('delete', old.pose_id, {values('old')});"
)
CREATE_TIERS = [
    f"CREATE VIRTUAL TABLE {TABLE} USING fts5({', '.join(COLUMNS)}, content='', "
    "tokenize='unicode61 remove_diacritics 0', prefix='2 3')",
    f"CREATE TRIGGER {TABLE}_ai AFTER INSERT ON poses_posesearchentry BEGIN {INSERT} END",
    f"CREATE TRIGGER {TABLE}_ad AFTER DELETE ON poses_posesearchentry BEGIN {DELETE} END",
    f"CREATE TRIGGER {TABLE}_au AFTER UPDATE ON poses_posesearchentry BEGIN {DELETE} {INSERT} END",
    f"INSERT INTO {TABLE}(rowid, {', '.join(COLUMNS)}) "
    f"SELECT pose_id, {values('poses_posesearchentry')} FROM poses_posesearchentry",
]
DROP_TIERS = [f"DROP TRIGGER {TABLE}_{suffix}" for suffix in ("au", "ad", "ai")] + [
    f"DROP TABLE {TABLE}"
]

# Migration 0009's table of words, as it made it.
WORDS = "poses_posesearchentry_words"
WORDS_INSERT = f"INSERT INTO {WORDS}(rowid, document) VALUES (new.pose_id, new.document);"
WORDS_DELETE = (
    f"INSERT INTO {WORDS}({WORDS}, rowid, document) VALUES ('delete', old.pose_id, old.document);"
)
CREATE_WORDS = [
    f"CREATE VIRTUAL TABLE {WORDS} USING fts5(document, content='poses_posesearchentry', "
    "content_rowid='pose_id', tokenize='unicode61 remove_diacritics 0', prefix='2 3')",
    f"CREATE TRIGGER {WORDS}_ai AFTER INSERT ON poses_posesearchentry BEGIN {WORDS_INSERT} END",
    f"CREATE TRIGGER {WORDS}_ad AFTER DELETE ON poses_posesearchentry BEGIN {WORDS_DELETE} END",
    f"CREATE TRIGGER {WORDS}_au AFTER UPDATE ON poses_posesearchentry "
    f"BEGIN {WORDS_DELETE} {WORDS_INSERT} END",
    f"INSERT INTO {WORDS}({WORDS}) VALUES ('rebuild')",
]
DROP_WORDS = [f"DROP TRIGGER {WORDS}_{suffix}" for suffix in ("au", "ad", "ai")] + [
    f"DROP TABLE {WORDS}"
]


def run_for_sqlite(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "sqlite":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("poses", "0013_verbose_names_for_translation"),
    ]

    operations = [
        migrations.RunPython(
            run_for_sqlite([*DROP_WORDS, *CREATE_TIERS]),
            run_for_sqlite([*DROP_TIERS, *CREATE_WORDS]),
        ),
    ]
