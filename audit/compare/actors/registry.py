"""Names into actors: which written names are one actor, merged only on evidence.

- an alias of ``lexicons/actors.csv`` is its actor ("Beijing" is China), and so is an acronym an
  article introduces for one ("Department of Transportation (DOT)");
- one name key is one actor: dotted and undotted ("C.I.A." = "CIA"), with or without a
  title ("Sen. Tom Carper" = "Tom Carper"), as the name finder keys them;
- full names of people merge when they share the surname and their given names agree
  (``audit.text.same_entity``: "Susan E. Rice" = "Susan Rice", never "Condoleezza Rice");
- an acronym joins the name it was introduced for in parentheses ("American Civil
  Liberties Union (ACLU)"), or else the one name of the story whose initials it spells ("JCT" and
  "Joint Committee on Taxation" in two outlets), a lexicon actor's written alias included ("DOT" and
  "Department of Transportation"); a company name with a corporate suffix joins its stem
  ("Tencent Holdings" = "Tencent");
- a one-word name of a person joins the one person of its article whose surname it is
  ("Rice"), or whose first word it is after a title ("Mr. Liang": Liang Wenfeng), else the one
  such person of the story; a bare first name ("Hillary") joins only a person of its own
  article known by a title or a given name. People are those the finder knows by a title, a
  given name or a party tag, and full names shaped as people's are (two or three capitalised
  words the story never writes in lower case: "Ye Kejiang", not "Budget Resolution"). When
  several fit, the short name is counted for nobody and listed as ambiguous, unless one of
  them is known by a title or a given name and named more often ("Trump" and a photo
  credit's "Getty Images Trump"), or one alone has no "Jr." ("Trump" and Donald Trump Jr.);
- nothing else: groups ("Senate Democrats", "Democrats") and organisations sharing a word
  ("Google", "Google Drive") stay apart, and no name joins one of another kind.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from ...model import Article
from ...text import ACRONYM_GUESS, CONNECTORS, NameMention, Vocabulary, is_acronym, is_speech_verb, kin_before, place_kind, same_entity
from .lexicon import ActorLexicon, alias_key
from .mentions import Occurrence
from .results import Ambiguous

PERSONISH = ("person", "unknown")
ORGANISATIONISH = ("organization", "unknown")
COMPANY = "company name with its corporate suffix"
CASE = "court case named by its first party"
SPELLED = "acronym of the one name of the story it spells"
SPELLED_KINDS = ("organization", "unknown", "thing")  # "ACA" is the Affordable Care Act; a person or place is no acronym's
MAX_COMPANY_WORDS = 8  # longer runs of capitals are no company name (and their prefixes are many)


@dataclass
class _Form:
    """Every occurrence of one name key in the story."""

    key: str
    found: list[Occurrence] = field(default_factory=list)

    @property
    def name(self) -> NameMention:
        """The first mention: all share the key, and so the parts that matter for merging."""
        mention = self.found[0].name
        assert mention is not None
        return mention

    @property
    def parts(self) -> int:
        return len(self.name.given) + 1

    @property
    def suffix(self) -> str:
        return _suffix(self.name)

    def kind(self) -> str:
        return _majority_kind(self.found)

    def genders(self) -> frozenset[str]:
        return frozenset(o.name.gender for o in self.found if o.name is not None and o.name.gender)


@dataclass(frozen=True)
class Registry:
    """Which actor each occurrence is, and how names were merged.

    ``actor_of`` maps ``(article, start, end)`` to the actor's name (an occurrence left
    out is counted for nobody); ``merges`` maps ``(alias, actor, rule)`` to article ids.
    """

    actor_of: dict[tuple[int, int, int], str]
    kinds: dict[str, str]
    sources: dict[str, str]
    merges: dict[tuple[str, str, str], set[str]]
    ambiguous: tuple[Ambiguous, ...]


class _Clusters:
    """Forms grouped into actors; a form joins a cluster with the rule that joined it."""

    def __init__(self) -> None:
        self.members: list[list[_Form]] = []
        self.of: dict[str, int] = {}
        self.rule: dict[str, str] = {}

    def new(self, form: _Form) -> int:
        self.of[form.key] = len(self.members)
        self.members.append([form])
        return self.of[form.key]

    def join(self, form: _Form, cluster: int, rule: str) -> None:
        self.of[form.key] = cluster
        self.members[cluster].append(form)
        self.rule[form.key] = rule

    def move(self, source: int, target: int, rule: str) -> None:
        """Every form of cluster ``source`` into ``target``."""
        for form in self.members[source]:
            self.join(form, target, rule)
        self.members[source] = []


def registry(
    articles: Sequence[Article], found: Sequence[Sequence[Occurrence]], lexicon: ActorLexicon, vocabulary: Vocabulary
) -> Registry:
    """Merge every occurrence of the story into actors (see the module docstring); ``vocabulary``
    is the story's, which tells a person's name from a phrase of common words."""
    ids = [a.id for a in articles]
    actor_of: dict[tuple[int, int, int], str] = {}
    kinds: dict[str, str] = {}
    sources: dict[str, str] = {}
    merges: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    forms: dict[str, _Form] = {}
    for occurrences in found:
        for o in occurrences:
            if o.canonical:
                actor_of[(o.article, o.start, o.end)] = o.canonical
                kinds[o.canonical] = lexicon.kinds[o.canonical]
                sources[o.canonical] = "lexicon"
                if o.alias != o.canonical:
                    rule = "acronym introduced in parentheses" if o.introduced else "alias in lexicons/actors.csv"
                    merges[(o.alias, o.canonical, rule)].add(ids[o.article])
            elif o.name is not None:
                key = _form_key(o.name)
                forms.setdefault(key, _Form(key)).found.append(o)

    clusters = _Clusters()
    people = _people(forms, clusters)
    spelled_actors = _organisations(forms, clusters, _lexicon_initials(found, lexicon))
    _cases(articles, forms, clusters, people)
    for key, canonical in sorted(spelled_actors.items()):
        for o in forms.pop(key).found:
            actor_of[(o.article, o.start, o.end)] = canonical
            merges[(o.alias, canonical, SPELLED)].add(ids[o.article])
    resolved, ambiguous = _short_forms(forms, clusters, people, ids, vocabulary, _relatives(articles, clusters, people))

    names = [_cluster_name(cluster, clusters.rule) if cluster else "" for cluster in clusters.members]
    for index, cluster in enumerate(clusters.members):
        if not cluster:
            continue
        name = names[index]
        sources.setdefault(name, "names")
        kind = _majority_kind([o for form in cluster for o in form.found])
        # "North Korea" is a country as "Iran" of the alias lexicon is, not a place beside it
        kinds.setdefault(name, "country" if kind == "place" and place_kind(name) == "country" else kind)
        for form in cluster:
            for o in form.found:
                actor_of[(o.article, o.start, o.end)] = name
                if o.alias != name:
                    merges[(o.alias, name, clusters.rule.get(form.key) or _written(o, name))].add(ids[o.article])
    for o, (index, rule) in resolved:
        name = names[index]
        actor_of[(o.article, o.start, o.end)] = name
        merges[(o.alias, name, rule)].add(ids[o.article])
        if kinds.get(name) == "unknown":
            kinds[name] = "person"  # "Mr. Liang" says what "Liang Wenfeng" is
    return Registry(actor_of, kinds, sources, dict(merges), ambiguous)


def _people(forms: dict[str, _Form], clusters: _Clusters) -> list[int]:
    """Full names (two parts or more) into clusters; people merge by ``same_entity`` when exactly
    one cluster fits. Returns the clusters of people."""
    full = sorted((f for f in forms.values() if f.parts > 1), key=lambda f: (-f.parts, -len(f.found), f.key))
    by_surname: dict[str, list[int]] = defaultdict(list)
    for form in full:
        if form.kind() not in PERSONISH:
            clusters.new(form)
            continue
        fits = [
            c for c in by_surname.get(form.name.surname, ())
            if all(same_entity(form.name, g.name) and form.suffix == g.suffix for g in clusters.members[c])
        ]
        if len(fits) == 1:
            clusters.join(form, fits[0], "same surname, compatible given names or initials")
        else:
            by_surname[form.name.surname].append(clusters.new(form))
    return sorted(c for cs in by_surname.values() for c in cs)


def _lexicon_initials(found: Sequence[Sequence[Occurrence]], lexicon: ActorLexicon) -> dict[str, set[str]]:
    """The acronyms the aliases of lexicon actors written in the story spell, with those actors ("Department
    of Transportation": "dot", "Affordable Care Act": "aca"; not "Pentagon")."""
    spelled: dict[str, set[str]] = defaultdict(set)
    written = {(o.alias, o.canonical) for occurrences in found for o in occurrences if o.canonical and lexicon.kinds[o.canonical] in ("institution", "organization", "law")}
    for alias, canonical in written:  # each alias spelled once, however often the story writes it
        for letters in _initials(alias_key(alias)):
            spelled[letters].add(canonical)
    return spelled


def _organisations(forms: dict[str, _Form], clusters: _Clusters, lexicon_spelled: dict[str, set[str]]) -> dict[str, str]:
    """An acronym introduced in parentheses joins its name; a company name with a corporate
    suffix joins its stem, when ``same_entity`` says they are one ("Tencent Holdings", "Tencent").
    Returns the acronyms that spell the one lexicon actor of the story they may name (``lexicon_spelled``),
    with that actor: they join no cluster."""
    introduced: dict[str, _Form] = {}
    for form in sorted(forms.values(), key=lambda f: f.key):
        if form.key in clusters.of:
            for o in form.found:
                if o.name is not None and o.name.acronym:
                    introduced.setdefault(o.name.acronym.lower(), form)
    for form in sorted(forms.values(), key=lambda f: f.key):
        target = introduced.get(form.key)
        if target is not None and form.key not in clusters.of and form.kind() in ORGANISATIONISH + (target.kind(),):
            clusters.join(form, clusters.of[target.key], "acronym introduced in parentheses")
    # an acronym no article introduces joins the one name of the story it spells ("JCT" in one outlet,
    # "Joint Committee on Taxation" in another; "DOJ", "Department of Justice"); two such names, none
    spelled: dict[str, set[str]] = defaultdict(set)
    for form in forms.values():
        if form.key in clusters.of and form.kind() in SPELLED_KINDS:
            for letters in _initials(form.key):
                spelled[letters].add(form.key)
    to_lexicon: dict[str, str] = {}
    for form in sorted(forms.values(), key=lambda f: f.key):
        if form.key in clusters.of or form.kind() not in ORGANISATIONISH or not is_acronym(form.name.text, longest=6):
            continue
        targets = spelled.get(form.key, set())
        actors = lexicon_spelled.get(form.key, set())
        if len(targets) == 1 and not actors:
            clusters.join(form, clusters.of[next(iter(targets))], SPELLED)
        elif len(actors) == 1 and not targets:
            to_lexicon[form.key] = next(iter(actors))
    for form in sorted(forms.values(), key=lambda f: (-f.parts, f.key)):
        if not 2 <= form.parts <= MAX_COMPANY_WORDS or form.kind() not in ORGANISATIONISH:
            continue
        words = form.key.split()
        for width in range(len(words) - 1, 0, -1):
            stem = forms.get(" ".join(words[:width]))
            if stem is None or stem.key in to_lexicon or stem.kind() not in ORGANISATIONISH or not same_entity(stem.name, form.name):
                continue
            target = clusters.of.get(stem.key)
            if target is None:
                target = clusters.new(stem)
            if clusters.of[form.key] != target:
                clusters.move(clusters.of[form.key], target, COMPANY)
            break
    return to_lexicon


# a court case as news names it: "Roe v. Wade", "Dobbs v. Jackson Women's Health Organization" (keys without dots)
_CASE_KEY_RE = re.compile(r"(?P<first>\S+(?: \S+)*?) vs? \S")


def _cases(articles: Sequence[Article], forms: dict[str, _Form], clusters: _Clusters, people: list[int]) -> None:
    """A one-word name that is the first party of one court case of the story joins the case ("overturning
    Roe", "the Roe decision" after "Roe v. Wade"), unless a person of the story has it as surname, it reads
    as a person's ("Trump v. United States" beside "President Trump") or it speaks somewhere ("Brown, who said",
    "Brown said": a person's surname, not the case)."""
    surnames = {form.name.surname for c in people for form in clusters.members[c]}
    by_first: dict[str, set[int]] = defaultdict(set)
    for form in forms.values():
        case = _CASE_KEY_RE.match(form.key)
        if case and form.key in clusters.of and form.kind() == "thing":
            by_first[case.group("first")].add(clusters.of[form.key])
    for first, cases in sorted(by_first.items()):
        form = forms.get(first)
        if len(cases) == 1 and form is not None and form.key not in clusters.of and first not in surnames and form.kind() in ("unknown", "thing") and not any(
            _speaks_after(articles[o.article].text, o.end) for o in form.found
        ):
            clusters.join(form, next(iter(cases)), CASE)


# a name followed by a verb of saying or a relative "who": a speaker, so a person ("Brown said", "Brown, who argued")
_SPEAKS_AFTER_RE = re.compile(r"\s*,?\s*(?:who\b|(?P<verb>[a-z]+)\b)")


def _speaks_after(text: str, end: int) -> bool:
    after = _SPEAKS_AFTER_RE.match(text, end)
    return after is not None and (after.group("verb") is None or is_speech_verb(after.group("verb")))


def _relatives(articles: Sequence[Article], clusters: _Clusters, people: list[int]) -> set[int]:
    """The people every full name of whom follows a word for a relative ("first lady Jill Biden",
    "his son Hunter Biden": ``kin_words.txt``): named as someone's relative, not as the one the
    story calls by the surname."""
    found = set()
    for c in people:
        full = [o for form in clusters.members[c] if form.parts > 1 for o in form.found]
        if full and all(kin_before(articles[o.article].text, o.start) for o in full):
            found.add(c)
    return found


def _short_forms(
    forms: dict[str, _Form], clusters: _Clusters, people: list[int], ids: list[str], vocabulary: Vocabulary, relatives: set[int]
) -> tuple[list[tuple[Occurrence, tuple[int, str]]], tuple[Ambiguous, ...]]:
    """Each occurrence of a one-word name left: the one person of its article (or of the story) it
    names, ambiguous when several fit; the rest become actors of their own. A surname that also names
    someone introduced only as a relative ("first lady Jill Biden", "his eldest granddaughter, Naomi
    Biden") is the other person's ("President Joe Biden"): news names the relative by the kin word
    because the surname alone is taken."""
    by_part: dict[str, set[int]] = defaultdict(set)  # surname -> people
    by_first: dict[str, set[int]] = defaultdict(set)  # first name, or a surname written first ("Liang Wenfeng")
    in_article: dict[int, set[int]] = defaultdict(set)
    for c in people:
        for form in clusters.members[c]:
            by_part[form.name.surname].add(c)
            if form.name.given and len(form.name.given[0]) > 1:
                by_first[form.name.given[0]].add(c)
            for o in form.found:
                in_article[o.article].add(c)
    # people by a title, a given name or a tag; and full names only shaped like people's ("Ye Kejiang")
    titled_at_all = {c for c in people if _majority_kind([o for f in clusters.members[c] for o in f.found]) == "person"}
    # a full name known as a person's only by another mention ("Ivanka Trump" beside "Donald Trump", by the
    # surname: ``NameMention.person_by_elsewhere``) does not compete for the bare surname with one known by its
    # own title or given name (``_fewest``); its bare first name ("Ivanka") still joins it
    titled = {
        c for c in titled_at_all
        if _majority_kind([o for f in clusters.members[c] for o in f.found if o.name is None or not o.name.person_by_elsewhere]) == "person"
    }
    known_people = titled_at_all | {c for c in people if any(_name_shaped(f, vocabulary) for f in clusters.members[c])}
    resolved: list[tuple[Occurrence, tuple[int, str]]] = []
    ambiguous: set[Ambiguous] = set()
    for form in sorted(forms.values(), key=lambda f: f.key):
        if form.parts > 1 or form.key in clusters.of:
            continue
        alone = []
        for o in form.found:
            # a bare first name ("Hillary", "Bob") names someone of its own article only; a first word
            # after a title is a surname written first ("Mr. Liang", "President Xi") and may look further
            first = by_first.get(form.key, set())
            doubt: set[int] = set()
            if o.name is None or not o.name.title:
                # bare, a first word is a first name only of a person known by a title or a given name
                # ("Hillary"); a name only shaped like a person's may be a product ("Google Drive") or a
                # surname written first ("Zhang Wei"): that one joins nothing, and no one else either
                doubt = {c for c in first if c in in_article[o.article] and c not in titled_at_all and c in known_people}
                first = {c for c in first if c in in_article[o.article] and c in titled_at_all}
            fitting = by_part.get(form.key, set()) | first
            if fitting - relatives:
                fitting = fitting - relatives
            candidates = _candidates(o, fitting, clusters, known_people)
            if not candidates:
                alone.append(o)
                continue
            here = _fewest(sorted(c for c in candidates if c in in_article[o.article]), titled, clusters)
            if doubt and not (len(here) == 1 and here[0] in doubt):
                here = sorted(set(here) | doubt)
            story = _fewest(sorted(candidates), titled, clusters)
            how = f"after “{o.name.title}”" if o.name is not None and o.name.title else "bare"
            if len(here) == 1:
                resolved.append((o, (here[0], f"short form ({how}) of a name in the same article")))
            elif not here and len(story) == 1:
                resolved.append((o, (story[0], f"short form ({how}), the only such name in the story")))
            else:
                names = tuple(sorted({_cluster_name(clusters.members[c], clusters.rule) for c in (here or story)}))
                ambiguous.add(Ambiguous(o.text, ids[o.article], names))
        if alone:
            clusters.new(_Form(form.key, alone))
    return resolved, tuple(sorted(ambiguous, key=lambda a: (a.alias, a.article, a.candidates)))


def _fewest(candidates: list[int], titled: set[int], clusters: _Clusters) -> list[int]:
    """Of several candidates, the one without a generational suffix (a bare "Trump" is not Donald
    Trump Jr.); then the one known to be a person by a title, a given name or a tag when it is also
    named more often than each other one ("Trump" is Donald Trump, not the "Getty Images Trump" of a
    photo credit; "Floyd" is George Floyd, not his sister Bridgett Floyd named once). Else all stay."""
    if len(candidates) > 1:
        plain = [c for c in candidates if not any(f.suffix for f in clusters.members[c])]
        candidates = plain if len(plain) == 1 else candidates
    if len(candidates) > 1:
        known = [c for c in candidates if c in titled]
        if len(known) == 1:
            size = {c: sum(len(f.found) for f in clusters.members[c] if f.parts > 1) for c in candidates}
            if all(size[known[0]] > size[c] for c in candidates if c != known[0]):
                return known
    return candidates


def _candidates(o: Occurrence, fitting: set[int], clusters: _Clusters, known_people: set[int]) -> set[int]:
    """The people a one-word name can be: known to be people (a title, a given name, a party tag, or
    a name shaped like people's: "DeepSeek" does not join a heading's "DeepSeek Upending", nor
    "Trump" a "Trump Wants"), of a kind that agrees, and of the gender the text states for both."""
    mention = o.name
    if mention is None or mention.kind not in PERSONISH:
        return set()
    out = set()
    for c in fitting:
        if c not in known_people:
            continue
        genders = frozenset(g for form in clusters.members[c] for g in form.genders())
        if not (mention.gender and genders and mention.gender not in genders):
            out.add(c)
    return out


# "Jr." and "Sr." tell a son from his father, both often in the news (Donald Trump Jr.); "III" is written
# by one man at some mentions and not at others (Joe Manchin III)
_RELATION_SUFFIXES = frozenset({"jr", "sr"})


def _suffix(name: NameMention) -> str:
    """"jr" or "sr" written after a name ("Donald Trump Jr."), which the finder's key drops; else ""."""
    last = name.parts[-1].replace(".", "").lower() if len(name.parts) > 1 else ""
    return last if last in _RELATION_SUFFIXES else ""


# words an acronym may skip: "Joint Committee on Taxation" is JCT, "Department of the Interior" DOI
_SKIPPED_BY_ACRONYMS = (frozenset(), frozenset({"the"}), frozenset(CONNECTORS))


def _initials(key: str) -> set[str]:
    """The acronyms a name of two words or more may be written as: the initials of all its words, of all
    but "the", of all but its function words ("department of justice": "doj", "dj")."""
    words = key.split()
    if len(words) < 2 or any(len(w) == 1 for w in words):
        return set()  # one word; or "H. Res", "John F. Kennedy": abbreviations and initials spell no acronym
    found = set()
    for skipped in _SKIPPED_BY_ACRONYMS:
        initials = "".join(w[0] for w in words if w not in skipped)
        if len(initials) >= 2:
            found.add(initials)
    return found


def _form_key(name: NameMention) -> str:
    """The finder's key, with the generational suffix: Donald Trump Jr. is not his father."""
    suffix = _suffix(name)
    return f"{name.key} {suffix}" if suffix else name.key


def _name_shaped(form: _Form, vocabulary: Vocabulary) -> bool:
    """A full name written as people's names are, outside headings: two or three words, each a capital
    and lower-case letters, none a word the story also writes in lower case ("Ainsley Earhardt", "Ye
    Kejiang"; not "Budget Resolution", "Nvidia A100", "DeepSeek Upending")."""
    name = form.name
    if not 2 <= len(name.parts) <= 3 or all(o.heading for o in form.found):
        return False
    return all(_PERSON_WORD_RE.fullmatch(part) and part.lower() not in vocabulary.lower for part in name.parts)


_PERSON_WORD_RE = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*")


def _majority_kind(found: Sequence[Occurrence]) -> str:
    """The kind most occurrences have; an acronym's guess ("organization" for any capitals) counts only
    when no other occurrence says ("ACA" beside "Affordable Care Act" is a law)."""
    named = [o.name for o in found if o.name is not None and o.name.kind != "unknown"]
    kinds = Counter(n.kind for n in [n for n in named if n.evidence != ACRONYM_GUESS] or named)
    if not kinds:
        return "unknown"
    return sorted(kinds.items(), key=lambda item: (-item[1], item[0]))[0][0]


def _cluster_name(cluster: list[_Form], rules: dict[str, str] | None = None) -> str:
    """The most written surface of the cluster's full names (a full name before a surname, the
    expansion before its acronym); a company is named by its stem ("Tencent", not "Tencent Holdings")."""
    named = [f for f in cluster if not rules or rules.get(f.key) != COMPANY] or cluster
    full = [f for f in named if f.parts > 1] or named
    written = Counter(o.text for f in full for o in f.found)
    return sorted(written.items(), key=lambda item: (-item[1], -len(item[0]), item[0]))[0][0]


def _written(o: Occurrence, name: str) -> str:
    if o.text == name:
        return f"the name after “{o.name.title}”" if o.name is not None and o.name.title else "the same name"
    if o.text.replace(".", "").replace(" ", "").lower() == name.replace(".", "").replace(" ", "").lower():
        return "the same name with and without dots"
    return "the same name, written differently"
