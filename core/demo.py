"""Demo content: YAML files in core/demo_data, checked against a small schema before loading.

A bad value fails with the file and the entry named, so an editor of the data files can find it.
"""

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

from poses.models import HOLD_MAX_SECONDS, HOLD_MIN_SECONDS, Difficulty, Severity, Trait
from routines.models import Side

DATA_DIR = Path(__file__).resolve().parent / "demo_data"

TEXT = str
SLUGS = "slugs"  # a list of slugs
STEPS = "steps"  # a list of instruction texts


class DemoDataError(ValueError):
    pass


@dataclass(frozen=True)
class Field:
    kind: object  # a Python type, or SLUGS/STEPS
    choices: tuple = ()
    required: bool = True
    bounds: tuple = ()  # (lowest, highest) for a number


HOLD = Field(int, bounds=(HOLD_MIN_SECONDS, HOLD_MAX_SECONDS))


TERM = {"slug": Field(TEXT), "name": Field(TEXT), "description": Field(TEXT)}
SOURCE = {"title": Field(TEXT), "url": Field(TEXT)}
CAUTION = {
    "condition": Field(TEXT),
    "severity": Field(TEXT, choices=tuple(Severity.values)),
    "guidance": Field(TEXT),
}
POSE = {
    "slug": Field(TEXT),
    "english_name": Field(TEXT),
    "sanskrit_name": Field(TEXT),
    "aliases": Field(SLUGS),
    "difficulty": Field(TEXT, choices=tuple(Difficulty.values)),
    "categories": Field(SLUGS),
    "stretches": Field(SLUGS),
    "strengthens": Field(SLUGS),
    "summary": Field(TEXT),
    "steps": Field(STEPS),
    "benefits": Field(TEXT),
    "modifications": Field(TEXT),
    "props": Field(TEXT),
    "default_hold_seconds": HOLD,
    "per_side": Field(bool),
    "counterposes": Field(SLUGS),
    "preparatory": Field(SLUGS),
    "contraindications": Field(list),
    "traits": Field(SLUGS),
    "reviewed": Field(TEXT),  # YYYY-MM-DD: when the safety notes were last reviewed
    "sources": Field(list),
}
ARTICLE = {
    "slug": Field(TEXT),
    "title": Field(TEXT),
    "summary": Field(TEXT),
    "days_ago": Field(int),
    "featured": Field(bool, required=False),
    "featured_poses": Field(SLUGS),  # in the order the article teaches them
    "body": Field(TEXT),
    "sources": Field(list),
}
STARTER = {"title": Field(TEXT), "description": Field(TEXT), "steps": Field(list)}

# Translations (ru.yaml), by slug; every field is optional, an absent one falls back to English.
TERM_TRANSLATION = {"name": Field(TEXT, required=False), "description": Field(TEXT, required=False)}
POSE_TRANSLATION = {
    "english_name": Field(TEXT, required=False),
    "aliases": Field(SLUGS, required=False),
    "summary": Field(TEXT, required=False),
    "steps": Field(STEPS, required=False),  # all of them, in the English steps' order
    "benefits": Field(TEXT, required=False),
    "modifications": Field(TEXT, required=False),
    "props": Field(TEXT, required=False),
    "cautions": Field(dict, required=False),  # condition slug: guidance
}
ARTICLE_TRANSLATION = {
    "title": Field(TEXT, required=False),
    "summary": Field(TEXT, required=False),
    "body": Field(TEXT, required=False),
}
STARTER_TRANSLATION = {
    "title": Field(TEXT, required=False),
    "description": Field(TEXT, required=False),
}
# What each section of a translation file translates: its schema and the file it refers to.
TRANSLATED = {
    "categories": TERM_TRANSLATION,
    "muscles": TERM_TRANSLATION,
    "conditions": TERM_TRANSLATION,
    "poses": POSE_TRANSLATION,
    "articles": ARTICLE_TRANSLATION,
    "starters": STARTER_TRANSLATION,
}
# The language of the main data files, and every other language with its file in demo_data/.
ENGLISH = "en-gb"
TRANSLATION_FILES = {"ru": "ru.yaml"}
STARTER_STEP = {
    "pose": Field(TEXT),
    "hold_seconds": HOLD,
    "hold_breaths": Field(int, required=False),
    "side": Field(TEXT, choices=tuple(Side.values)),
    "note": Field(TEXT),
}


def check_entry(entry, schema, where):
    if not isinstance(entry, dict):
        raise DemoDataError(f"{where}: expected a mapping, got {type(entry).__name__}")
    unknown = set(entry) - set(schema)
    if unknown:
        raise DemoDataError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
    for name, field in schema.items():
        if name not in entry:
            if field.required:
                raise DemoDataError(f"{where}: missing field {name!r}")
            continue
        check_value(entry[name], field, f"{where}, field {name!r}")


def check_value(value, field, where):
    if field.kind in (SLUGS, STEPS):
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise DemoDataError(f"{where}: expected a list of texts, got {value!r}")
        return
    # bool is an int in Python; a hold of `true` is still wrong.
    if not isinstance(value, field.kind) or (field.kind is int and isinstance(value, bool)):
        raise DemoDataError(f"{where}: expected {field.kind.__name__}, got {value!r}")
    if field.choices and value not in field.choices:
        raise DemoDataError(f"{where}: {value!r} is not one of {', '.join(field.choices)}")
    if field.bounds and not field.bounds[0] <= value <= field.bounds[1]:
        raise DemoDataError(
            f"{where}: {value!r} is not from {field.bounds[0]} to {field.bounds[1]}"
        )


def read(name):
    path = DATA_DIR / name
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise DemoDataError(f"{name}: not valid YAML ({error})") from error


def entries(name, schema, *, key="slug"):
    rows = read(name)
    if not isinstance(rows, list):
        raise DemoDataError(f"{name}: expected a list of entries")
    for number, row in enumerate(rows, start=1):
        label = row.get(key) if isinstance(row, dict) else None
        check_entry(row, schema, f"{name}, entry {number} ({label or 'unnamed'})")
    return rows


def check_refs(name, label, slugs, known, what):
    missing = [slug for slug in slugs if slug not in known]
    if missing:
        raise DemoDataError(f"{name}, {label}: unknown {what} {', '.join(missing)}")


@dataclass
class DemoContent:
    categories: list
    muscles: list
    conditions: list
    poses: list
    figures: dict
    articles: list
    starters: list
    # {language: {section: {slug or starter title: translated fields}}}
    translations: dict


def load():
    """Every demo data file, checked; raises DemoDataError naming the file and entry."""
    content = DemoContent(
        categories=entries("categories.yaml", TERM),
        muscles=entries("muscles.yaml", TERM),
        conditions=entries("conditions.yaml", TERM),
        poses=entries("poses.yaml", POSE),
        figures=read("figures.yaml") or {},
        articles=entries("articles.yaml", ARTICLE),
        starters=entries("starters.yaml", STARTER, key="title"),
        translations={
            language: translation_entries(name) for language, name in TRANSLATION_FILES.items()
        },
    )
    check_cross_references(content)
    check_translations(content)
    return content


def translation_entries(name):
    sections = read(name) or {}
    if not isinstance(sections, dict):
        raise DemoDataError(f"{name}: expected a mapping of sections")
    unknown = set(sections) - set(TRANSLATED)
    if unknown:
        raise DemoDataError(f"{name}: unknown section(s) {', '.join(sorted(unknown))}")
    for section, rows in sections.items():
        if not isinstance(rows, dict):
            raise DemoDataError(f"{name}, {section}: expected a mapping by slug")
        for key, row in rows.items():
            check_entry(row, TRANSLATED[section], f"{name}, {section}, {key}")
    return sections


def check_translations(content):
    """Each translation names something the English files have, and a pose's steps match."""
    known = {
        "categories": {row["slug"] for row in content.categories},
        "muscles": {row["slug"] for row in content.muscles},
        "conditions": {row["slug"] for row in content.conditions},
        "poses": {row["slug"] for row in content.poses},
        "articles": {row["slug"] for row in content.articles},
        "starters": {row["title"] for row in content.starters},
    }
    poses = {row["slug"]: row for row in content.poses}
    for language, sections in content.translations.items():
        name = TRANSLATION_FILES[language]
        for section, rows in sections.items():
            check_refs(name, section, list(rows), known[section], section.rstrip("s"))
        for slug, row in sections.get("poses", {}).items():
            english = poses[slug]
            if "steps" in row and len(row["steps"]) != len(english["steps"]):
                raise DemoDataError(
                    f"{name}, poses, {slug}: {len(row['steps'])} steps, but the English has "
                    f"{len(english['steps'])}; translate every step, in order"
                )
            noted = {caution["condition"] for caution in english["contraindications"]}
            check_refs(name, f"poses, {slug}", list(row.get("cautions", {})), noted, "caution")


def check_sources(sources, where):
    for number, source in enumerate(sources, start=1):
        check_entry(source, SOURCE, f"{where}, source {number}")
        if not source["url"].startswith(("https://", "http://")):
            raise DemoDataError(f"{where}, source {number}: {source['url']!r} is not a web address")


def check_cross_references(content):
    categories = {row["slug"] for row in content.categories}
    muscles = {row["slug"] for row in content.muscles}
    conditions = {row["slug"] for row in content.conditions}
    poses = {row["slug"] for row in content.poses}
    for row in content.poses:
        label = f"pose {row['slug']}"
        check_refs("poses.yaml", label, row["categories"], categories, "category")
        check_refs("poses.yaml", label, row["stretches"] + row["strengthens"], muscles, "muscle")
        check_refs("poses.yaml", label, row["counterposes"] + row["preparatory"], poses, "pose")
        for number, caution in enumerate(row["contraindications"], start=1):
            check_entry(caution, CAUTION, f"poses.yaml, {label}, caution {number}")
        check_refs(
            "poses.yaml",
            label,
            [c["condition"] for c in row["contraindications"]],
            conditions,
            "condition",
        )
        check_refs("poses.yaml", label, row["traits"], Trait.values, "trait")
        check_sources(row["sources"], f"poses.yaml, {label}")
        try:
            date.fromisoformat(row["reviewed"])
        except ValueError:
            raise DemoDataError(
                f"poses.yaml, {label}: reviewed {row['reviewed']!r} is not a YYYY-MM-DD date"
            ) from None
    check_refs("figures.yaml", "figures", list(content.figures), poses, "pose")
    for row in content.articles:
        check_refs("articles.yaml", f"article {row['slug']}", row["featured_poses"], poses, "pose")
        check_sources(row["sources"], f"articles.yaml, article {row['slug']}")
    for row in content.starters:
        for number, step in enumerate(row["steps"], start=1):
            where = f"starters.yaml, {row['title']}, step {number}"
            check_entry(step, STARTER_STEP, where)
            check_refs("starters.yaml", where, [step["pose"]], poses, "pose")
