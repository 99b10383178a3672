"""Search over poses: what people type, folded the same way as what the catalogue says.

Words are compared after `canonical_words`: diacritics, case, apostrophes, hyphens, plurals and
the usual spelling variants of transliterated Sanskrit are taken out on both sides, in Python,
so SQLite and PostgreSQL match exactly the same words. Each pose keeps those words in a
`PoseSearchEntry`, rebuilt by the signal handlers at the end of this module whenever the pose,
its steps or its links change.

A query word matches where a word of the entry starts with it ("pig" finds "pigeon"); only when
no pose matches that way does a match inside a word count ("kapotasana" in "rajakapotasana").
"""

import difflib
import functools
import re
from dataclasses import dataclass

from django.db import connection, connections
from django.db.models import Case, IntegerField, Q, Value, When
from django.db.models.expressions import RawSQL
from django.db.models.signals import m2m_changed, post_delete, post_save

from .models import Category, Muscle, Pose, PoseSearchEntry, PoseStep, SearchWord, fold
from .translation import own_column, translations_of

MAX_QUERY_WORDS = 8
MAX_WORD_LENGTH = 40
SUGGESTION_CUTOFF = 0.75
TRIGRAM = 3

WORD = re.compile(r"[^\W_]+")
DOUBLED = re.compile(r"(.)\1+")
# Spellings of one Sanskrit sound: ś and ṣ are written sh or s, ṛ ri or r, c ch or c.
VARIANTS = (("sh", "s"), ("ch", "c"), ("ri", "r"))

# Words people use for muscles the catalogue names anatomically, by muscle slug.
MUSCLE_WORDS = {
    "psoas-major": ("hip flexors", "psoas", "iliopsoas"),
    "iliacus": ("hip flexors", "iliopsoas"),
    "rectus-femoris": ("hip flexors", "quads", "thigh"),
    "quadriceps": ("quads", "thigh"),
    "hamstrings": ("back of the thigh",),
    "glutes": ("buttocks", "gluteus"),
    "adductors": ("inner thigh", "groin"),
    "hip-external-rotators": ("piriformis", "outer hip"),
    "abdominals": ("abs", "core", "belly"),
    "erector-spinae": ("back muscles", "spine"),
    "latissimus-dorsi": ("lats",),
    "chest": ("pectorals", "pecs"),
}
# Words people use for categories, by category slug.
CATEGORY_WORDS = {
    "hip-opener": ("hips",),
    "backbend": ("back bend", "extension"),
    "twist": ("twisting", "rotation"),
    "resting": ("restorative", "relaxation"),
    "forward-fold": ("forward bend",),
    "inversion": ("upside down",),
}
# Best first. Within "focus", "terms" and "worked" a muscle ranks by how much the pose is for it.
TIERS = ("exact name", "name prefix", "name words", "alias", "focus", "terms", "worked")


@functools.lru_cache(maxsize=50_000)
def canonical(word):
    for written, sound in VARIANTS:
        word = word.replace(written, sound)
    word = DOUBLED.sub(r"\1", word)
    # Plurals: "quads", "twists", "hip flexors" find "quad", "twist", "hip flexor".
    if len(word) > 3 and word.endswith("s"):
        word = word[:-1]
    return word


def canonical_words(text):
    """The words of `text` as search compares them: "Child's pose" -> ["cild", "pose"]."""
    # Most text is plain ASCII, which needs no Unicode decomposition.
    folded = text.casefold() if text.isascii() else fold(text)
    folded = folded.replace("'", "").replace("\u2019", "")
    return [canonical(word[:MAX_WORD_LENGTH]) for word in WORD.findall(folded)]


def canonical_text(text):
    return " ".join(canonical_words(text))


def query_words(query):
    """A visitor's query as words to match; punctuation and search syntax are plain text."""
    words = canonical_words(query)
    return list(dict.fromkeys(words))[:MAX_QUERY_WORDS]


# Building the index


def searchable_names(pose):
    """(names, aliases) as people write them, in every language: every source of a pose's names
    is listed here."""
    names = [*translations_of(pose, "english_name"), pose.sanskrit_name]
    lines = (line for text in translations_of(pose, "aliases") for line in text.splitlines())
    return names, [line.strip() for line in lines if line.strip()]


def name_variants(name):
    """A name as written, without a trailing "pose", and run together ("down dog" -> "downdog")."""
    words = canonical_words(name)
    if not words:
        return []
    variants = [" ".join(words), "".join(words)]
    if len(words) > 1 and words[-1] == "pose":
        variants.append(" ".join(words[:-1]))
    return variants


def barred(names):
    """`| a b | c |`: a whole name matches "| a b |", a name prefix "| a", any word " b"."""
    variants = [variant for name in names for variant in name_variants(name)]
    return "| " + " | ".join(dict.fromkeys(variants)) + " |" if variants else ""


def spaced(text):
    """Words with a space before each, so " word" finds a word that starts with it."""
    return f" {text} " if text else ""


def linked_names(pose):
    """The names of a pose's categories and muscles, from its (possibly prefetched) links."""
    muscles = {*pose.muscles_stretched.all(), *pose.muscles_strengthened.all()}
    names = [name for c in pose.categories.all() for name in translations_of(c, "name")]
    return names + sorted(name for m in muscles for name in translations_of(m, "name"))


def term_phrases(term, everyday):
    """A category's or muscle's names in every language, with the everyday words for it."""
    phrases = (*translations_of(term, "name"), *everyday.get(term.slug, ()))
    return [canonical_text(phrase) for phrase in phrases]


def terms_of(pose):
    """{"focus", "terms", "worked"}: the pose's categories and muscles, as search compares them.

    A stretched muscle its summary names is its focus ("psoas" finds low lunge before boat);
    muscles it only strengthens rank last.
    """
    summary = spaced(canonical_text(" ".join(translations_of(pose, "summary"))))
    stretched = set(pose.muscles_stretched.all())
    focus, terms, worked = [], [], []
    for category in pose.categories.all():
        terms += term_phrases(category, CATEGORY_WORDS)
    for muscle in sorted(stretched | set(pose.muscles_strengthened.all()), key=str):
        phrases = term_phrases(muscle, MUSCLE_WORDS)
        if muscle not in stretched:
            worked += phrases
        elif any(f" {phrase} " in summary for phrase in phrases):
            focus += phrases
        else:
            terms += phrases
    return {"focus": " ".join(focus), "terms": " ".join(terms), "worked": " ".join(worked)}


def prose_of(pose, steps):
    texts = [*translations_of(pose, "summary"), *translations_of(pose, "benefits"), *steps]
    return canonical_text(" ".join(texts))


def entry_for(pose, *, terms, prose):
    """The search entry of a pose, given its `terms_of` and `prose_of`."""
    names, aliases = (barred(names) for names in searchable_names(pose))
    words = [text.replace("|", " ") for text in (names, aliases)]
    document = " ".join([*words, *terms.values(), prose]).split()
    return PoseSearchEntry(
        pose=pose,
        names=names,
        aliases=aliases,
        **{name: spaced(text) for name, text in terms.items()},
        document=spaced(" ".join(document)),
    )


def vocabulary_of(pose, term_names):
    """{key: text} for the words "Did you mean" may offer, from names, aliases and terms."""
    names, aliases = searchable_names(pose)
    words = {}
    for text in [*names, *aliases, *term_names]:
        for word in WORD.findall(fold(text).replace("'", "").replace("\u2019", "")):
            if 3 <= len(word) <= MAX_WORD_LENGTH and not word.isdigit():
                words.setdefault(canonical(word), word)
    return words


def save_entries(entries, vocabulary):
    """Replace the entries of their poses, and add new words to the vocabulary."""
    PoseSearchEntry.objects.filter(pose__in=[entry.pose_id for entry in entries]).delete()
    PoseSearchEntry.objects.bulk_create(entries)
    SearchWord.objects.bulk_create(
        [SearchWord(key=key, text=text) for key, text in vocabulary.items()],
        ignore_conflicts=True,
    )


def index_poses(poses):
    """Rebuild the search entries of `poses` (a QuerySet); returns how many were written."""
    poses = poses.prefetch_related(
        "categories", "muscles_stretched", "muscles_strengthened", "steps"
    )
    count = 0
    for chunk in chunked(poses.iterator(chunk_size=500), 500):
        entries, vocabulary = [], {}
        for pose in chunk:
            steps = [
                text for step in pose.steps.all() for text in translations_of(step, "instruction")
            ]
            entries.append(entry_for(pose, terms=terms_of(pose), prose=prose_of(pose, steps)))
            vocabulary.update(vocabulary_of(pose, linked_names(pose)))
        save_entries(entries, vocabulary)
        count += len(entries)
    return count


def chunked(iterable, size):
    chunk = []
    for item in iterable:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# Searching

# Counting every match grows with the catalogue; past this many a page says "1000+".
COUNT_CAP = 1000
# SQLite's FTS5 tables of the entries' words, one per tier (migration 0015), by column.
INDEX_TABLES = {
    column: f"poses_posesearchentry_{table}"
    for table, columns in {
        "names": ("whole", "names"),
        "aliases": ("aliases",),
        "focus": ("focus",),
        "terms": ("terms",),
        "worked": ("worked",),
        "document": ("document",),
    }.items()
    for column in columns
}
# SQLite's FTS5 table of the entries' trigrams (migration 0005), for matches inside a word.
TRIGRAM_TABLE = "poses_posesearchentry_fts"
# A tier with fewer matches than this is sorted by name whole; a bigger one is walked in name
# order until its page is full.
SORTED_AT_MOST = 300


def quoted(word):
    # Query words are letters and digits only, so quoting them is all FTS5 syntax needs.
    return f'"{word}"'


def starting_all(words):
    """Where a word of the document starts with each query word, from an index."""
    if connection.vendor != "sqlite":
        # PostgreSQL: the pg_trgm GIN index on document serves these LIKEs.
        return Condition(all_words_in("document", [f" {word}" for word in words]))
    return Match.of("document", " AND ".join(quoted(word) + "*" for word in words))


def containing_all(words):
    """Where the document holds every word anywhere, even inside a longer word."""
    condition = all_words_in("document", words)
    long_words = [word for word in words if len(word) >= TRIGRAM]
    if connection.vendor != "sqlite" or not long_words:
        return Condition(condition)
    if len(long_words) == len(words):
        # SQLite: a phrase of the FTS5 trigram table is found anywhere inside a word.
        return Match(TRIGRAM_TABLE, " AND ".join(map(quoted, words)))
    # Shorter words are checked on the entry itself: SQLite 3.40 crashes on a short pattern in
    # FTS5, and a trigram table finds nothing shorter than a trigram.
    where = " AND ".join(["document LIKE %s"] * len(long_words))
    sql = f"SELECT rowid FROM {TRIGRAM_TABLE} WHERE {where}"
    found = Q(pk__in=RawSQL(sql, [f"%{word}%" for word in long_words]))
    return Condition(found & all_words_in("document", [w for w in words if len(w) < TRIGRAM]))


def all_words_in(field, words):
    condition = Q()
    for word in words:
        condition &= Q(**{f"search_entry__{field}__contains": word})
    return condition


def tier_conditions(words):
    """{tier: Q} for each of TIERS but the text, which is every other match."""
    phrase = " ".join(words)
    starts = [f" {word}" for word in words]
    return {
        "exact name": Q(search_entry__names__contains=f"| {phrase} |"),
        "name prefix": Q(search_entry__names__contains=f"| {phrase}"),
        "name words": all_words_in("names", starts),
        "alias": all_words_in("aliases", starts),
        "focus": all_words_in("focus", starts),
        "terms": all_words_in("terms", starts),
        "worked": all_words_in("worked", starts),
    }


def tier_matches(words):
    """{tier: Match}, the same tiers as `tier_conditions` asked of INDEX_TABLES: a whole name is
    one word of the "whole" column, so the phrase run together finds it."""
    whole = quoted("".join(words))
    starts = " AND ".join(quoted(word) + "*" for word in words)
    return {
        "exact name": Match.of("whole", whole),
        "name prefix": Match.of("whole", f"{whole}*"),
        "name words": Match.of("names", starts),
        "alias": Match.of("aliases", starts),
        "focus": Match.of("focus", starts),
        "terms": Match.of("terms", starts),
        "worked": Match.of("worked", starts),
    }


def rank(words):
    """The best tier a pose's words reach: 0 for "exact name", up to len(TIERS) for the text."""
    conditions = tier_conditions(words)
    return Case(
        *(When(conditions[tier], then=Value(number)) for number, tier in enumerate(TIERS)),
        default=Value(len(TIERS)),
        output_field=IntegerField(),
    )


def ranked(matches, words):
    """Every match annotated with its tier and sorted: for the admin and the suggestions, which
    need a QuerySet or a single query. Pages of results read a `Ranked` instead."""
    return matches.annotate(search_rank=rank(words)).order_by("search_rank", "english_name", "pk")


def ranked_matches(poses, query):
    """Poses with a word starting with each word of `query`, best first."""
    words = query_words(query)
    if not words:
        return poses
    return ranked(poses.filter(starting_all(words).q), words)


class Candidates:
    """The poses a search looks among: a QuerySet for the ORM, and the same poses as plain SQL
    for SQLite's index, compiled once a search so that no tier's query costs ORM work (each ORM
    query on a translated model costs 0.3-1 ms of Python)."""

    def __init__(self, poses):
        self.poses = poses

    @functools.cached_property
    def name(self):
        """The name a tier is sorted by: the page's language's, as `order_by("english_name")`."""
        return own_column("english_name")

    @functools.cached_property
    def table(self):
        """(sql, params) of a table of the poses' "pk" and `name`. (values_list: values() with
        expressions costs ten times as much on a translated model.)"""
        return self.poses.order_by().values_list("pk", self.name).query.sql_with_params()

    def fetch(self, sql, params):
        with connections[self.poses.db].cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()


class Selector:
    """Which poses match: `q` for the ORM, and the ids of the first few `Candidates` in
    catalogue order that are not `listed` already."""

    def ids(self, candidates, limit, listed=()):
        matches = candidates.poses.filter(self.q).order_by("english_name", "pk")
        return list(unlisted(matches, listed).values_list("pk", flat=True)[:limit])

    def count(self, candidates, limit):
        return candidates.poses.filter(self.q).order_by().values("pk")[:limit].count()


@dataclass(frozen=True)
class Condition(Selector):
    """Poses matching a Q: PostgreSQL's way, and SQLite's for matches inside a word."""

    q: Q

    def __and__(self, other):
        return Condition(self.q & other.q)


@dataclass(frozen=True)
class Match(Selector):
    """Poses whose row of one of SQLite's FTS5 INDEX_TABLES matches an FTS5 expression, asked
    in plain SQL."""

    table: str
    expression: str

    @classmethod
    def of(cls, column, expression):
        return cls(INDEX_TABLES[column], f"{{{column}}}: ({expression})")

    @property
    def sql(self):
        return f"SELECT rowid FROM {self.table} WHERE {self.table} MATCH %s"

    @property
    def q(self):
        return Q(pk__in=RawSQL(self.sql, [self.expression]))

    def ids(self, candidates, limit, listed=()):
        """A few matches are read by id and sorted by name. Many are found the other way round:
        SQLite walks the catalogue's name index (`+` keeps it from reading the matches by id),
        checking each pose against the matches, and stops when the page is full."""
        in_index = self.count_in_index(candidates, SORTED_AT_MOST, listed)
        if not in_index:
            return []
        walk = "+" if in_index >= SORTED_AT_MOST else ""
        table, params = candidates.table
        sql = (
            f"SELECT pk FROM ({table}) WHERE {walk}pk IN ({self.sql})"
            f"{not_in('pk', listed)} ORDER BY {candidates.name}, pk LIMIT %s"
        )
        rows = candidates.fetch(sql, [*params, self.expression, *listed, limit])
        return [pk for (pk,) in rows]

    def count_in_index(self, candidates, limit, listed=()):
        """How many rows of the index match, up to `limit`, leaving out the `listed` poses."""
        sql = f"SELECT COUNT(*) FROM ({self.sql}{not_in('rowid', listed)} LIMIT %s)"
        return candidates.fetch(sql, [self.expression, *listed, limit])[0][0]

    def count(self, candidates, limit):
        """Read from the index in pose-id order, each candidate looked up by id (a correlated
        EXISTS), stopping at `limit`: its cost follows the limit, not the number of matches."""
        table, params = candidates.table
        found = f"EXISTS (SELECT 1 FROM ({table}) WHERE pk = {self.table}.rowid)"
        sql = f"SELECT COUNT(*) FROM ({self.sql} AND {found} LIMIT %s)"
        return candidates.fetch(sql, [self.expression, *params, limit])[0][0]

    def __and__(self, other):
        # Both in one table: the names' words and their "whole" are two columns of one row.
        return Match(self.table, f"({self.expression}) AND ({other.expression})")


def not_in(column, listed):
    return f" AND {column} NOT IN ({', '.join(['%s'] * len(listed))})" if listed else ""


def unlisted(poses, listed):
    return poses.exclude(pk__in=listed) if listed else poses


def tiers_of(words, matching):
    """The matches by tier, best first, the text (every match) last. A pose is in every tier
    its words reach; `Ranked` lists it in the best."""
    if connection.vendor == "sqlite":
        found = tier_matches(words)
    else:
        found = {tier: Condition(condition) for tier, condition in tier_conditions(words).items()}
    # Every tier's words are words of the document, but a name run together may match where
    # the query's words do not start words ("pig eon" for "pigeon"): they must start its names'.
    if len(words) > 1:
        for tier in ("exact name", "name prefix"):
            found[tier] = found["name words"] & found[tier]
    return [*found.values(), matching]


class Ranked:
    """The ids of the poses in `poses` that match a search, best tier first and in catalogue
    order within a tier: a lazy sequence a Paginator can cut. Reading a page asks tier after
    tier for what the page still needs, and stops there; the count stops at its limit.

    A tier is read only once the better tiers are read whole, so the poses it shares with them
    are the ids already listed, and each tier leaves those out by id: excluding the better
    tiers' matches instead made the index evaluate every better tier again."""

    def __init__(self, poses, words, matching, tiers):
        self.poses, self.words, self.matching, self.tiers = poses, words, matching, tiers
        self.candidates = Candidates(poses)
        self.counted = {}

    def __getitem__(self, index):
        if not isinstance(index, slice) or index.step:
            raise TypeError("Ranked poses are read a page (a slice) at a time.")
        needed = index.stop
        ids = []
        for tier in self.tiers:
            if len(ids) >= needed:
                break
            ids += tier.ids(self.candidates, needed - len(ids), listed=ids)
        return ids[index.start or 0 : needed]

    def count_upto(self, limit):
        """How many poses match, counting no further than `limit`."""
        if limit not in self.counted:
            self.counted[limit] = self.matching.count(self.candidates, limit)
        return self.counted[limit]

    def exists(self):
        # Counted as far as a page's count goes, so the page's count costs no second query.
        return self.count_upto(COUNT_CAP + 1) > 0

    def queryset(self):
        """Every match, unordered: for counts that look at more than the ids."""
        return self.poses.filter(self.matching.q)

    def in_one_query(self):
        """Every match in the same order, as a QuerySet that ranks them all (see `ranked`)."""
        return ranked(self.queryset(), self.words)


def did_you_mean(query):
    """The query with each unknown word replaced by the closest catalogue word, or ""."""
    originals = WORD.findall(fold(query).replace("'", ""))[:MAX_QUERY_WORDS]
    corrected, changed = [], False
    for original in originals:
        key = canonical(original[:MAX_WORD_LENGTH])
        # Misspellings rarely change the first letter, and it keeps the candidates few; a
        # known word is among them too, so one query a word answers both questions.
        vocabulary = {} if len(key) < 3 else words_starting_with(key[0])
        if not vocabulary or key in vocabulary:
            corrected.append(original)
            continue
        closest = closest_word(key, vocabulary)
        corrected.append(closest.text if closest else original)
        changed = changed or closest is not None
    return " ".join(corrected) if changed else ""


def words_starting_with(letter):
    return {word.key: word for word in SearchWord.objects.filter(key__startswith=letter)}


def closest_word(key, vocabulary):
    near = [word for word in vocabulary if abs(len(word) - len(key)) <= 3]
    best = difflib.get_close_matches(key, near, n=1, cutoff=SUGGESTION_CUTOFF)
    return vocabulary[best[0]] if best else None


def best_matches(poses, words):
    """(Ranked matches, any?): matches inside longer words count only when nothing else does."""
    starting = starting_all(words)
    matches = Ranked(poses, words, starting, tiers_of(words, starting))
    if matches.exists():
        return matches, True
    # Inside a word no tier's word starts, so these all rank as text.
    inside = containing_all(words)
    matches = Ranked(poses, words, inside, [inside])
    return matches, matches.exists()


def search_with_correction(poses, query):
    """(Ranked matches or None, correction): a misspelt query answers with its closest spelling;
    None when the query has no words to search for."""
    words = query_words(query)
    if not words:
        return None, ""
    matches, found = best_matches(poses, words)
    if found:
        return matches, ""
    correction = did_you_mean(query)
    # Words are not removed from the vocabulary when a pose changes, so check the answer.
    corrected, found = best_matches(poses, query_words(correction)) if correction else (None, False)
    return (corrected, correction) if found else (matches, "")


# Keeping the index in step with the catalogue


def reindex_pose(sender, instance, raw=False, **kwargs):
    if not raw:
        index_poses(Pose.objects.filter(pk=instance.pk))


def reindex_step_pose(sender, instance, raw=False, origin=None, **kwargs):
    # Steps deleted along with their pose leave nothing to index.
    if raw or isinstance(origin, Pose) or getattr(origin, "model", None) is Pose:
        return
    index_poses(Pose.objects.filter(pk=instance.pose_id))


def reindex_linked_poses(sender, instance, action, reverse, pk_set, **kwargs):
    if not action.startswith("post_"):
        return
    if not reverse:
        index_poses(Pose.objects.filter(pk=instance.pk))
    elif pk_set:
        index_poses(Pose.objects.filter(pk__in=pk_set))


def reindex_term_poses(sender, instance, raw=False, **kwargs):
    """A renamed category or muscle changes the entries of every pose that has it."""
    if raw:
        return
    if sender is Category:
        poses = Pose.objects.filter(categories=instance)
    else:
        poses = Pose.objects.filter(
            Q(muscles_stretched=instance) | Q(muscles_strengthened=instance)
        ).distinct()
    index_poses(poses)


def index_unindexed_poses(using="default", **kwargs):
    """After `migrate`: poses saved before the index existed, or by bulk_create, get entries."""
    if index_matches_models(connections[using]):
        index_poses(Pose.objects.using(using).filter(search_entry__isnull=True))


def index_matches_models(connection):
    """False when migrated back to before the index, or to an older shape of it."""
    table = PoseSearchEntry._meta.db_table
    with connection.cursor() as cursor:
        if table not in connection.introspection.table_names(cursor):
            return False
        columns = {
            column.name for column in connection.introspection.get_table_description(cursor, table)
        }
    return columns >= {field.column for field in PoseSearchEntry._meta.concrete_fields}


def connect_signals():
    post_save.connect(reindex_pose, sender=Pose, dispatch_uid="search-pose")
    for signal in (post_save, post_delete):
        signal.connect(reindex_step_pose, sender=PoseStep, dispatch_uid=f"search-step-{signal}")
    for field in ("categories", "muscles_stretched", "muscles_strengthened"):
        m2m_changed.connect(
            reindex_linked_poses,
            sender=getattr(Pose, field).through,
            dispatch_uid=f"search-{field}",
        )
    for model in (Category, Muscle):
        post_save.connect(reindex_term_poses, sender=model, dispatch_uid=f"search-{model}")
