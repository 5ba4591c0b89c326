"""Resolution: from each quote's speaker mention to a person, organisation or group.

A rule-based coreference in the spirit of Hobbs' nearest-antecedent search:

- a name is the registry's entity for it (a surname alone is the nearest person whose
  full name holds it);
- "he"/"she" is the nearest person before it whose gender agrees, among the names
  of the narrator's text and the speakers already resolved, unless that person is no
  subject of a sentence and one whose gender the article states as the pronoun's is
  near, and the pronoun is "she" and the subject of the nearest person's sentence does not
  speak in it (for "he", not that subject at all); "they" the most recent
  group or organisation that spoke; "it" the organisation named first in the nearest
  sentence before; with no antecedent, an unidentified voice;
- a numeral subject is the people just named ("Roe and Doe met. “...,” the two said.");
  an age ("the 43-year-old") the person the article gives that age ("Doe, 43,");
- a description is an organisation ("the company" → the one just named), the source
  of a text ("a post on Weibo" → a Weibo user; "a report from X" → X), the group of
  the sentence before ("Many point to ...") or an unnamed source of its own;
- a cue-less quote takes the entity of the quote it borrows from.

Gender is learnt only from the article's own words: an honorific, a gendered title
or role word ("Congresswoman", "a spokeswoman for ..."), the head noun of a description
("his wife", "the actress": ``lexicons/gendered_nouns.csv``) or of a named person's role
("Pat Roe, the governor's daughter", "spokeswoman Alice Stewart"), a pronoun that resolves to
the entity, a possessive in the cue ("on her account") or a pronoun opening the
reported clause.
"""
from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from functools import lru_cache
from types import MappingProxyType

from ..lexicons import data_lines, word_set
from ..model import Article
from ..text import KeyIndex, NameMention, alternation, calendar_words, name_problem, newspaper_name, place_kind, same_entity, same_entity_keys, stopwords, the_before
from .attribution import Attribution
from .cues import authored_nouns
from .mentions import ARTICLES, DETERMINERS, PERSON_OF_AGE_RE, PREPOSITIONS, POSTMODIFIER_WORDS, PRONOUN_GENDER, Mention, named_speaker, people_counted
from .names import ArticleNames, strip_possessive
from .registry import ANTECEDENT_WINDOW, CAPITALISED_WORDS, Entity, EntityRegistry, described_gender, is_person, known_by_office
from .roles import categorize, clean_role, names_one_person, role_for_category, role_word, speaker_nouns

# nouns ending in -men that are no plurals of -man
_NOT_PLURAL_IN_MEN = frozenset({"specimen", "regimen", "abdomen", "omen", "stamen", "hymen", "acumen"})
_ORG_DESCRIPTIONS = frozenset({"company", "firm", "startup", "start-up", "group", "outlet", "blog", "agency", "ministry", "government", "platform", "giant"})
_LOWER_CASE_OPENERS = DETERMINERS | {"industry", "tech", "entrepreneurs", "experts", "state"}
# a possessive pronoun owning a noun of saying ("his claim that"), read as the subject pronoun it stands for
_POSSESSIVE_SUBJECTS = {"his": "he", "her": "she", "their": "they", "its": "it"}
# characters back within which a person of the pronoun's stated gender wins over a nearer person
# of none who is no subject (and, for "she", over that one's sentence subject who does not speak in it):
# about two sentences (measured on PolNeAR train and dev: see the commit)
GENDER_EVIDENCE_WINDOW = 300
# the words before the next name of a list: "Jane Roe, ", "Roe (D-Ohio) and Sen. ", a comma or "and"
# then up to three capitalised words (a title); before the last name, "and" alone
_TITLE_BEFORE_NAME = r"\s+(?:[A-Z][\w.’'\-]*\s+){0,3}$"
_LISTED_BEFORE_RE = re.compile(r"(?:,|\band|&)" + _TITLE_BEFORE_NAME)
_AND_BEFORE_RE = re.compile(r"(?:\band|&)" + _TITLE_BEFORE_NAME)
_DEGREE_WORDS = frozenset({"most", "more", "least", "less", "very"})
_RESOLUTION_ROUNDS = 3  # passes: a quote may borrow from a later quote not resolved yet
_RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whose"})
# the words that end a role's head: a complement ("president of FreedomWorks") or a relative clause
_ROLE_COMPLEMENTS = frozenset({"of", "for", "at", "to", "with", "in", "on", "from"}) | _RELATIVE_PRONOUNS
# "spokesman for Google", "an aide to Donald Trump": whom a role works for
_AFFILIATION_RE = re.compile(rf"\b(?:for|at|of|to|with)\s+(?:the\s+)?({CAPITALISED_WORDS})")
# the speaker's own words in the first person singular ("I think", "I'm", "my", "me"): a body's statement speaks as
# "we"; an "I" after a capitalised word inside the sentence is a Roman numeral ("World War I", "a Category I storm",
# "Division I"), ``_FIRST_PERSON_I_RE``'s group 1 that word
_FIRST_PERSON_SINGULAR_RE = re.compile(r"(?:(?<![\w’'\-])([A-Z][\w’'\-]*)\s+|\b)I(?:[’'](?:m|ve|d|ll))?\s+[a-z]|\b(?:[Mm]y|[Mm]e|[Mm]yself)\b")
# a word that opens its sentence: at the start of the quote or after a full stop, a question or exclamation mark
_SENTENCE_OPENS_BEFORE_RE = re.compile(r"(?:^|[.!?:;—–]\s*|[“\"‘(]\s*)$")
# a quotation inside the quote ("He’s like, ‘No, I like to write new ones’"): another's words; a ’ before a letter is
# an apostrophe ("‘I don’t know’")
_INNER_QUOTATION_RE = re.compile(r"‘(?:[^‘’“”]|’(?=[A-Za-z]))*’(?![A-Za-z])")
# the quoted parts of a mixed quote: the speaker's own words; the rest is the narrator's
_QUOTED_PART_RE = re.compile(r"[“\"]([^“”\"]+)[”\"]")
# a word as ``\b`` bounds it, for the index of roles in ``_propagate_affiliations`` (``words_in_roles``)
_WORD_RE = re.compile(r"\w+")


class SpeakerResolver:
    """Resolves the speaker mentions of one article's quotes to entities of its registry,
    creating entities for unnamed sources ("a Weibo user") as it goes."""

    def __init__(self, article: Article, registry: EntityRegistry):
        self.article = article
        self.text = article.text
        self.registry = registry
        self.descriptions: dict[str, Entity] = {}
        self.speakers: list[tuple[int, Entity]] = []  # mention position, entity

    def resolve(self, attributions: list[Attribution]) -> None:
        """Set ``entity`` on every quote of ``attributions`` (in order of position) that can
        have one, then let organisations named in speakers' roles take their kind of source."""
        pending = list(attributions)
        for _ in range(_RESOLUTION_ROUNDS):
            still = []
            for quote in pending:
                if quote.mention is not None:
                    quote.entity = self._entity(quote.mention, quote)
                elif quote.context_mention is not None:
                    quote.entity = self._entity(quote.context_mention, quote)
                elif quote.borrowed_from is not None and quote.borrowed_from.entity is not None:
                    quote.entity = quote.borrowed_from.entity
                elif quote.borrowed_from is not None:
                    still.append(quote)
                    continue
                if quote.entity is not None and not quote.sought:
                    # a source that declined to comment is no subject of speech a later pronoun continues: resolving it
                    # steers no other quote's speaker
                    self.speakers.append((quote.mention.start if quote.mention else quote.start, quote.entity))
            pending = still
        self._settle_guessed_genders()
        self._propagate_affiliations()
        self._merge_speakers(attributions)

    def _settle_guessed_genders(self) -> None:
        """A person the article gives no gender, whom only guessed pronoun resolutions chose, takes
        their gender when they all agree: once every resolution is made, so that a wrong guess
        steers none of the later ones."""
        for entity in self.registry.entities + list(self.descriptions.values()):
            entity.gender = entity.likely_gender

    def _merge_speakers(self, attributions: list[Attribution]) -> None:
        """One speaker per person: a speaker met only at an attribution ("Trump said", "said
        Cuban") who can be exactly one fuller-named speaker of the article (``same_entity``)
        is that speaker."""
        speakers: list[Entity] = []
        # the speakers listed, by name: an Entity compares by value, and two that are equal have one name, so a speaker is
        # looked for among those of its name (looking for it in the whole list, slowly, was quadratic in speakers)
        by_name: dict[str, list[Entity]] = {}
        for quote in attributions:
            entity = quote.entity
            if entity is not None and entity.names and entity.named and entity not in by_name.get(entity.name, ()):
                speakers.append(entity)
                by_name.setdefault(entity.name, []).append(entity)
        into = fuller_named(speakers)
        # where the article first names each speaker: a short form stands for a name the reader has met before it
        first_met: dict[int, int] = {id(entity): min(entity.mentions, default=len(self.text)) for entity in speakers}
        for quote in attributions:
            if quote.entity is not None and id(quote.entity) in first_met:
                start = quote.mention.start if quote.mention is not None else quote.start
                first_met[id(quote.entity)] = min(first_met[id(quote.entity)], start)
        # the surnames of the people the article names in full (a one-word name of no kind is no bearer: "State")
        named_in_full = {e.name: e.names[0] for e in self.registry.entities if e.names and len(e.names[0].parts) > 1 and is_person(e)}
        surnames = {name.surname for name in named_in_full.values()}
        # a given name that opens the names of two people of the article, quoted or not ("Joe Biden", "Joe Manchin"), or
        # that introduces someone by it alone ("Sarah, who asked that her last name not be used"), stands for no one named
        given_counts = Counter(name.parts[0].lower() for name in named_in_full.values())
        alone = {id(e) for e in speakers if " " not in e.name and e.mentions and _INTRODUCED_ALONE_RE.match(self.text, min(e.mentions) + len(e.name))}
        given = {
            ident: fuller
            for ident, fuller in given_name_forms(speakers, surnames, first_met).items()
            if ident not in alone and given_counts[fuller.names[0].parts[0].lower()] <= 1
        }
        for ident, fuller in [*organization_short_forms(speakers, surnames, first_met).items(), *given.items()]:
            into.setdefault(ident, fuller)
        for quote in attributions:
            if quote.entity is not None and id(quote.entity) in into:
                quote.entity = into[id(quote.entity)]

    def _entity(self, mention: Mention, quote: Attribution) -> Entity | None:
        lower = mention.text.lower()
        position = mention.start
        entity: Entity | None = None
        if mention.form == "pronoun":
            lower = _POSSESSIVE_SUBJECTS.get(lower, lower)  # "his claim that ...": the possessor speaks, as "he"
            gender = PRONOUN_GENDER.get(lower, "")
            if lower in ("he", "she"):
                entity, guessed = self._nearest_person(position, gender)
                if entity is not None:
                    entity.kind = entity.kind or "person"
                # "She declined to comment": the pronoun of a voice that said nothing teaches no gender, so it
                # steers no other quote's speaker
                if entity is not None and not quote.sought:
                    if guessed:
                        entity.gender_guesses.append(gender)
                    elif not entity.gender:
                        entity.gender = gender
            elif lower == "they":
                entity = self._recent_speaker(position, ("group", "organization"))
            elif lower == "it":
                entity = self._nearest_org(position) or self._recent_text_or_body(position) or self._body_opening_sentence_before(position)
            if entity is None:
                # no antecedent in the article: an unidentified voice, kept apart per pronoun
                entity = self._description(f"unidentified speaker ({lower})", "group" if lower == "they" else "anonymous")
                entity.labelled = True
                entity.gender = entity.gender or gender
        elif mention.conjuncts:
            # "Jeb Bush and Chris Christie say": each name is resolved as a speaker of its own, and they speak as one group
            people = [self._entity(named, quote) for named in mention.conjuncts]
            entity = self._group_of([person for person in people if person is not None])
        elif mention.form == "name":
            entity = self.registry.resolve_name(mention.text, position, mention.name)
            party = mention.text.split()[-1].lower()
            if (
                (entity is None or entity.kind in ("", "group"))
                and party in described_people().parties
                and party != "gop"
                and self._description_after_the(position)
            ):
                # "the Ohio Republican", "the Democrat": capitalised, so read as a name (of a group), but a description by
                # party of one person named before, when the article states that person's party; not a name the article
                # knows the kind of (a newspaper, a party's state branch), nor "the GOP", the party itself
                entity = self._described_person(["the", *mention.text.split()], position) or entity
            if entity is None:
                entity = self.registry.add(Entity(mention.text, tuple(mention.text.lower().split()), names=[mention.name] if mention.name else []))
            if party == "gop":
                entity.kind = entity.kind or "organization"  # the party or a state's branch ("the Utah GOP"), never one person
            if entity.name.isupper() and mention.text != self.text[mention.start:mention.end] and mention.text.upper() == entity.name:
                entity.name = mention.text  # a transcript's label ("WALLACE:") the article writes nowhere else: "Wallace"
            content = self.text[quote.start:quote.end]
            if mention.name is not None and mention.name.kind == "person":
                entity.kind = entity.kind or "person"  # a transcript's label ("WALLACE:"), a titled name: a person
            if mention.honorific_gender and not entity.gender:
                entity.gender = mention.honorific_gender
                entity.kind = entity.kind or "person"
            if not entity.kind and not self._named_after_the(entity, position) and speaks_as_one_person(content, quote.kind):
                # "“I never met him,” Hale said": a name whose own words say "I" is a person's, not a body's (nor one
                # named after "the": "The Oregonian reported Courtney saying “I ...”" is a newspaper's report)
                entity.kind = "person"
        else:
            possessor = _possessor_of_text(mention) or _author_of_text(self.text, mention, self.registry.names)
            # "According to her account", "his statement said": the possessor wrote it, read as "she", "he"
            # (when the article names whom the pronoun stands for)
            entity = self._entity(possessor, quote) if possessor is not None else None
            if entity is None or entity.labelled:
                entity = self._from_description(mention, position)
        if entity is None:
            return None
        role = clean_role(mention.role)
        if role and not entity.role:
            entity.role = role
        if mention.form == "name" and role:
            entity.add_roles([role_for_category(role)])
        if not entity.kind and role:
            kind = categorize(role)[1]
            if kind in ("person", "organization"):
                entity.kind = kind
        self._gender_from_context(entity, quote)
        return entity

    def _gender_from_context(self, entity: Entity, quote: Attribution) -> None:
        """A possessive in the cue ("wrote on her Threads account") or a pronoun opening the
        reported clause ("told me that he would not") states the speaker's gender."""
        if entity.gender or entity.kind in ("group", "organization"):
            return
        text = self.text
        cue = text[quote.cue_start:quote.cue_end].lower() if quote.has_cue else ""
        words = set(re.findall(r"\w+", cue))
        gender = "male" if "his" in words else ("female" if "her" in words else "")
        if not gender and quote.kind == "indirect":
            first = text[quote.start:quote.start + 4].split()
            if first and first[0].lower() in ("he", "she"):
                gender = PRONOUN_GENDER[first[0].lower()]
        if gender:
            entity.gender = gender
            if entity.kind == "":
                entity.kind = "person"

    def _nearest_person(self, position: int, gender: str) -> tuple[Entity | None, bool]:
        """The person a pronoun at ``position`` stating ``gender`` stands for, among the people
        named before it and the speakers resolved so far (who are the subjects of their cues),
        and whether that choice was a guess (``_agreeing_antecedent``)."""
        candidates = self.registry.people_before(position)
        speaking: set[tuple[int, int]] = set()
        for at, entity in reversed(self.speakers):
            if position - at > ANTECEDENT_WINDOW:
                break
            if at < position and (entity.kind in ("person", "anonymous") or (_unknown_lone_name(entity) and not self._named_after_the(entity, at))):
                candidates.append((at, entity, True, False, False))
                speaking.add((self._sentence_index(at), id(entity)))
        return _agreeing_antecedent(candidates, position, gender, self._sentence_index, speaking)

    def _named_after_the(self, entity: Entity, position: int) -> bool:
        """Whether the article writes ``entity``'s name after "the" (``the_before``: "The Oregonian", "The Hill"), here at
        ``position`` or where the registry read it (``written_after_the``): a newspaper, a body or a family, never one
        person by surname."""
        return the_before(self.text, position) or self.registry.written_after_the(entity)

    def _description_after_the(self, position: int) -> bool:
        """Whether "the" before ``position`` opens a description ("the Ohio Republican said"): in lower case, or
        capitalised only at the start of its sentence; "The" inside a sentence opens a nameplate ("“...,” The
        Independent reported")."""
        if not the_before(self.text, position):
            return False
        the = position - 4
        if self.text[the] == "t":
            return True
        sentence = self.article.sentence_at(the)
        return sentence is not None and not self.text[sentence.start:the].strip(" \n“\"‘'")

    def _sentence_index(self, position: int) -> int:
        sentence = self.article.sentence_at(position)
        return sentence.index if sentence is not None else -1

    def _recent_speaker(self, position: int, kinds: tuple[str, ...]) -> Entity | None:
        candidates = [(at, e) for at, e in self.speakers[-50:] if at < position and e.kind in kinds and position - at < 1500]
        return max(candidates, key=lambda item: item[0])[1] if candidates else None

    def _recent_text_or_body(self, position: int) -> Entity | None:
        """For "it" when no organisation is named near: the text or body described as the speaker of a quote
        in the sentence before or this one ("“...,” the email read. It stated that ...", "The Sanders
        campaign countered ..., which it had said ..."), not a named one (a name would be the organisation)."""
        sentence = self.article.sentence_at(position)
        floor = self.article.sentences[max(0, sentence.index - 1)].start if sentence is not None else position
        candidates = [(at, e) for at, e in self.speakers if floor <= at < position and not e.names and not e.labelled and _is_thing(e)]
        return max(candidates, key=lambda item: item[0])[1] if candidates else None

    def _body_opening_sentence_before(self, position: int) -> Entity | None:
        """For "it" with no other antecedent: a body that opens the sentence before as its subject ("The
        city sent a cease-and-desist letter. It says ...", "Donald Trump's campaign is defending his
        tweets. It's denouncing what it calls ..."), as a description."""
        sentence = self.article.sentence_at(position)
        if sentence is None or sentence.index == 0:
            return None
        opening = _BODY_SUBJECT_RE.match(self.article.sentences[sentence.index - 1].text)
        if opening is None:
            return None
        described = opening.group(0)
        entity = self._description(described[0].lower() + described[1:] if described.startswith("The ") else described, "organization")
        entity.category = entity.category or categorize(described)[0] or "other"
        return entity

    def _nearest_org(self, position: int) -> Entity | None:
        sentence = self.article.sentence_at(position)
        floor = 0
        if sentence is not None:
            floor = self.article.sentences[max(0, sentence.index - 2)].start
        entity = self.registry.nearest_organization(position, floor)
        if entity is not None:
            entity.kind = entity.kind or "organization"
        return entity

    def _description(self, description: str, kind: str) -> Entity:
        key = description.lower()
        if key not in self.descriptions:
            self.descriptions[key] = Entity(description, tuple(key.split()), kind=kind, named=False)
        return self.descriptions[key]

    def _group_of(self, people: list[Entity]) -> Entity:
        """People who speak together ("Jane Roe and John Doe said", "the two said" after them): one group named by
        them all, of their kind of source when they share one."""
        group = self._description(" and ".join(person.name for person in people), "group")
        categories = {person.source_category for person in people}
        group.category = group.category or (categories.pop() if len(categories) == 1 else "") or "other"
        if len(people) >= 2 and all(person.named and person.kind in ("", "person", "organization") for person in people):
            # "Mayor Ann Ortiz and Governor Tom Reyes said": a group the article names person by person is named voices,
            # each of whom spoke (and is the same voice as the person quoted alone in another outlet)
            group.named = True
            group.members = list(people)
        return group

    def _from_description(self, mention: Mention, position: int) -> Entity | None:
        text = mention.text
        count = people_counted(text)
        if count:
            # "Jane Roe and John Doe met voters. “...,” the two said.": the people just named, together
            people = self._people_named_before(position, count)
            if people:
                return self._group_of(people)
            # "The two lawmakers argue ... “...,” the two wrote": the group that spoke last, so described
            described = self._recent_speaker(position, ("group",))
            if described is not None and described.name.lower().startswith(text.lower() + " "):
                return described
            return self._description(text.lower(), "group")
        age = PERSON_OF_AGE_RE.fullmatch(text.lower())
        if age:
            # "John Doe, 43, ... “...,” the 43-year-old asked": the person the article gives that age
            person = self.registry.person_of_age(age.group(1), position)
            if person is not None:
                return person
        words = text.split()
        lower = [w.lower() for w in words]
        core = []
        for k, w in enumerate(lower):
            if k > 0 and w in POSTMODIFIER_WORDS:
                break
            core.append(w)
        head = strip_possessive(core[-1]) if core else ""
        if core[0] == "the" and len(core) <= 3 and head in authored_nouns("issued"):
            # "Fox News said in a statement ... The statement said": the document speaks for whom the article said issued it
            author = self._document_author(head, position)
            if author is not None:
                written = " ".join(words[:len(core)])
                key = f"{written.lower()} ({author.name})"  # two statements of two authors are two voices
                if key not in self.descriptions:
                    # of the kind a description of it had before ("the report": organization; "the memo": anonymous), no antecedent of "they"
                    kind = "organization" if head in authored_nouns("source") else "anonymous"
                    self.descriptions[key] = Entity(written, tuple(written.lower().split()), kind=kind, named=False, author=author)
                return self.descriptions[key]
        # "the Florida senator", "the former president": the person named before whose role says so
        person = self._described_person(words[:len(core)], position)
        if person is not None:
            # "Jane Roe, a film producer, ... “...,” the actress said": the article's own noun states her gender
            person.gender = person.gender or described_gender(head)
            return person
        # "a post on Fancaiju", "a report from the Stanford Institute", "a comment on Weibo"
        if head in authored_nouns("source"):
            m = re.search(r"\b(?:on|from|by|in)\s+(?:the\s+)?(.+)$", text)
            # "a report from the Stanford Institute" (not "a report on Wednesday", "a study from 2011",
            # "a report from a New Hampshire paper": a date is no author, a description no name)
            if m and m.group(1)[:1].isupper() and not name_problem(m.group(1).strip()):
                source = m.group(1).strip()
                if source.lower() in word_set("platforms.txt"):
                    return self._description(f"a {source} user", "anonymous")
                entity = self.registry.resolve_name(source, position)
                if entity is None:
                    entity = self.registry.add(Entity(source, tuple(source.lower().split()), kind="organization"))
                entity.kind = entity.kind or "organization"
                return entity
            if head in ("comment", "post"):
                return self._description("another user" if core[0] == "another" else "a user", "anonymous")
            # "the report, titled ..., warns": the document speaks for its unnamed authors
            return self._description(" ".join(words[:len(core)]), "organization")
        if core and core[0] in ("the", "this", "that") and head in _ORG_DESCRIPTIONS and len(core) <= 3:
            entity = self._nearest_org(position)
            if entity is not None:
                if not entity.category:
                    entity.category = categorize(text)[0]
                return entity
        if core in (["many"], ["some"], ["others"], ["most"]):
            # "People discuss it online. Many point to ...": the quantifier's people are the
            # plural subject of the sentence before
            group = self._previous_subject_group(position)
            if group:
                entity = self._description(group, "group")
                entity.category = entity.category or categorize(group)[0] or "other"
                return entity
        canonical = re.split(r"\s+(?:who|which|that|whose)\s+", text)[0]
        canonical = re.sub(r"^(?:some|many|several)\s+(?=\w)", "", canonical, flags=re.IGNORECASE) if len(core) > 1 else canonical
        if re.search(r"\b(him|her)\b", canonical, re.IGNORECASE):
            person, _guessed = self._nearest_person(position, "")
            if person is not None:
                # "close to her" is the person, "familiar with her thinking" the person's; not "close to her in the
                # campaign", "close to her and her husband": a function word after "her" leaves it the object
                canonical = re.sub(
                    r"\b(him|her)\b(?=\s+([\w\-]+))?",
                    lambda m: person.name + ("'s" if m.group(1).lower() == "her" and m.group(2) and m.group(2).lower() not in stopwords() else ""),
                    canonical,
                    flags=re.IGNORECASE,
                )
        canonical = re.sub(r"^those\b", "people", canonical, flags=re.IGNORECASE)
        # irregular plurals in -men and "children" too: "the women", "two men", "some congressmen" are groups
        plural = (head.endswith("s") and not head.endswith("ss") or head in ("media", "people", "many", "some", "others", "those", "public", "children")
                  or head.endswith("men") and head not in _NOT_PLURAL_IN_MEN)
        kind = "group" if plural else "anonymous"
        if core[0] in ("the",) and not plural:
            kind = "organization" if head in _ORG_DESCRIPTIONS else kind
        if canonical[:1].isupper() and canonical.split()[0].lower() in _LOWER_CASE_OPENERS:
            canonical = canonical[0].lower() + canonical[1:]
        entity = self._description(canonical, kind)
        if kind == "anonymous" and described_gender(head):
            # "his wife", "the actress": the article's own noun states it, over any guess from pronouns before
            entity.gender = described_gender(head)
        # the category comes from the article's own words ("those close to him"), not our rewording
        entity.category = entity.category or categorize(text)[0] or categorize(role_for_category(mention.role))[0] or "other"
        return entity

    def _document_author(self, noun: str, position: int) -> Entity | None:
        """Who issued the document ``noun`` ("statement", "letter") that a description at ``position`` names, by
        the sentence before it (within ``ANTECEDENT_WINDOW``) nearest to it that names that noun: its possessor
        ("Powell's statement"), the name after "from" or "by" ("a statement from the Clinton campaign"), the name
        right after a set-off "In a statement," or the subject of a verb of issuing it ("Trump and Ryan issued a
        statement", "Fox News said in a statement", "The Cruz campaign sent a fundraising email": then the body
        named with it, the campaign, issued it); ``None`` when that sentence says none of these ("Trump's son
        received a letter": the receiver is no author)."""
        sentence = self.article.sentence_at(position)
        floor = max(0, position - ANTECEDENT_WINDOW)
        found = None
        for found in re.finditer(rf"\b{re.escape(noun)}\b", self.text[floor:sentence.start if sentence else position], re.IGNORECASE):
            pass
        where = self.article.sentence_at(floor + found.start()) if found is not None else None
        if found is None or where is None:
            return None
        at = floor + found.start()
        named = [(start, end, entity) for start, end, entity, _subject in self.registry.occurrences if where.start <= start < where.end]
        source = _DOCUMENT_SOURCE_RE.match(self.text, at + len(noun))
        opening = _DOCUMENT_OPENING_RE.fullmatch(self.text, where.start, at)
        # "In a statement Ann Ortiz said": no comma sets the opening off, so no name follows it
        set_off = _DOCUMENT_SET_OFF_RE.match(self.text, at + len(noun)) if opening else None
        for start, end, entity in named:
            if _DOCUMENT_POSSESSIVE_RE.fullmatch(self.text, end, at) or (source and start == source.end()):
                return entity
            if set_off is not None and start == set_off.end():
                return entity  # "In a statement, the Sierra Club said"
        # a name of the sentence the document is "from" or "by" comes before any name of a verb of issuing
        for index, (start, end, entity) in enumerate(named):
            issued = _ISSUED_RE.fullmatch(self.text, end, at)
            if issued is not None:
                if issued.group("body"):
                    # "The Cruz campaign sent": the body the name premodifies, when the role lexicon knows it
                    body = self.text[start:end] + issued.group("body")
                    if categorize(body)[0]:
                        return Entity(body, tuple(body.lower().split()), kind="organization", named=False)
                # "Trump and Ryan issued a statement": the first of the names joined
                while index > 0 and re.fullmatch(r",\s*|\s+and\s+|,\s+and\s+", self.text[named[index - 1][1]:start]):
                    index -= 1
                    start, entity = named[index][0], named[index][2]
                return entity
        return None

    def _described_person(self, written: list[str], position: int) -> Entity | None:
        """The person a definite description at ``position`` (its words as ``written``) stands for ("the
        Florida senator", "the former president", "the Republican presidential candidate"): the
        nearest person named before it (within ``ANTECEDENT_WINDOW``) one of whose roles has the
        description's head or a word that names that office ("Florida Sen." for "the Florida
        senator"), the same rank ("Vice President" is no "president", "former President" no "the
        president"), each proper word the description holds (a state, "Russian": in that role or a
        party tag, "R-Fla.") and its party. US news names a person once in full and then by such a
        description; read as a voice of its own, "the Florida senator" stood beside Marco Rubio as an
        unnamed source. ``None`` when no person fits."""
        words = [re.sub(r"[^\w\-]", "", strip_possessive(word)) for word in written]
        words_of = described_people()
        heads, ranks, parties = words_of.heads, words_of.ranks, words_of.parties
        if len(words) < 2 or words[0].lower() != "the" or words[-2].lower() in _DEGREE_WORDS:
            return None  # "the most conservative": an adjective's degree, no noun of a person
        last = words[-1].lower()
        office: frozenset[str] | None
        if last in heads:
            office = heads[last]
        elif last in parties and all(word[:1].isupper() or word.lower() in ranks for word in words[-1:0:-1]):
            # "the Republican", "the Wisconsin Republican": a person of that party, whatever the office (a party word after
            # a lower-case word is an adjective: "the website cites so many Republican")
            office = None
        elif names_one_person(last):
            office = frozenset({last})  # "the actress": a person whose apposition or role has that head
        else:
            return None
        proper: list[tuple[str, ...]] = []  # runs of capitalised words: "New Jersey", "Russian"
        party = ""
        rank: set[str] = set()
        last_proper = -1
        if office is None:
            party = parties[last]
        for k, word in enumerate(words[1:-1], start=1):
            lower = word.lower()
            if lower in parties:
                party = parties[lower]
            elif lower in ranks:
                rank.add(ranks[lower])
            elif word[:1].isupper():
                run = tuple(_role_words(lower))
                if proper and last_proper == k - 1:
                    proper[-1] += run
                else:
                    proper.append(run)
                last_proper = k
        tried: set[int] = set()  # a person named several times before is judged once: the answer is the entity's
        for _at, entity, _subject, _possessive, _modifier in self.registry.people_before(position):
            if id(entity) in tried:
                continue
            tried.add(id(entity))
            if _described_as(entity, self._roles_with_rank(entity) + entity.epithets, office, rank, proper, party):
                return entity
        return None

    def _roles_with_rank(self, entity: Entity) -> list[str]:
        """``entity``'s roles, and each title of its names with the rank written before it in lower case
        ("former President Bill Clinton", "then-Sen. Barack Obama": the title is "President", "Sen.")."""
        ranked: dict[str, str] = {}
        for name in entity.names:
            if name.title_span is not None:
                before = described_people().rank_before.search(self.text, max(0, name.title_span[0] - 12), name.title_span[0])
                if before is not None:
                    ranked[name.title] = f"{before.group(1)} {name.title}"
        return [ranked.get(role, role) for role in entity.roles] + [role for title, role in ranked.items() if title not in entity.roles]

    def _people_named_before(self, position: int, count: int) -> list[Entity]:
        """The ``count`` people named nearest before ``position`` within its sentence and the two
        before (in the order the article names them), when the article names them together, as
        a coordination in one sentence ("Jane Roe and John Doe", "Roe, Doe and Poe"); else []."""
        sentence = self.article.sentence_at(position)
        floor = self.article.sentences[max(0, sentence.index - 2)].start if sentence is not None else position
        nearest: list[tuple[int, Entity]] = []
        for at, entity, _subject, _possessive, _modifier in self.registry.people_before(position):
            if at < floor:
                break
            if all(entity is not other for _at, other in nearest):
                nearest.append((at, entity))
        if len(nearest) < count:
            return []
        together = sorted(nearest[:count], key=lambda item: item[0])
        gaps = [self.text[a:b] for (a, _e), (b, _f) in zip(together, together[1:])]
        # each name (with its tag or apposition) followed by a comma or "and", and perhaps a title, then the next
        if not all(len(gap) <= 80 and _LISTED_BEFORE_RE.search(gap) for gap in gaps) or not _AND_BEFORE_RE.search(gaps[-1]):
            return []
        return [entity for _at, entity in together]

    def _previous_subject_group(self, position: int) -> str:
        """The plural noun opening the sentence before ``position`` ("People", "Many investors")."""
        article = self.article
        sentence = article.sentence_at(position)
        if sentence is None or sentence.index == 0:
            return ""
        prior = article.sentences[sentence.index - 1]
        words = re.findall(r"[A-Za-z][\w\-]*", prior.text)[:2]
        for size in (1, 2):
            head = words[size - 1].lower() if len(words) >= size else ""
            if head.endswith("s") and head in speaker_nouns() or head == "people":
                return " ".join(w.lower() for w in words[:size])
        return ""

    def _propagate_affiliations(self) -> None:
        """An organisation named in a person's role ("an analyst at PitchBook") is the same
        kind of source as that person when nothing else says what it is; a person whose role
        says only whom they speak or work for ("a spokesman for Google", "an aide to Trump")
        is the kind of source that organisation or person is (a company when nothing says more)."""
        people = [e for e in self.registry.entities if e.role and e.kind != "organization"]
        for person in people:
            if person.source_category:
                continue
            for role in person.roles:
                for affiliation in _AFFILIATION_RE.finditer(role):
                    found = self.registry.resolve_name(affiliation.group(1), -1)
                    if found is not None and found is not person:
                        person.category = found.source_category or ("" if is_person(found) else "industry")
                        if person.category:
                            break
                if person.category:
                    break
        # an entity is looked for only in the roles that may name it, in the order of ``people`` (looking in every
        # role for every entity was quadratic in the people of an article)
        roles_by_word = words_in_roles([person.role for person in people])
        for entity in self.registry.entities:
            if entity.source_category:
                continue
            for person in (people[index] for index in roles_possibly_naming(entity.name, roles_by_word, len(people))):
                if person is not entity and re.search(rf"\b{re.escape(entity.name)}\b", person.role):
                    entity.category = person.source_category or categorize(person.role)[0]
                    break


# words that end the run of adjectives before a document noun: a clause or another noun phrase begins
_NOT_AN_ADJECTIVE = ARTICLES | {"and", "or", "but", "that"}
# "Powell’s statement", "the campaign's initial statement": the possessor issued the document
_DOCUMENT_POSSESSIVE_RE = re.compile(r"(?:’s|'s|’|')\s+(?:[\w\-]+\s+){0,2}")
# "Fox News said in a statement", "Trump and Ryan issued a statement", "The Cruz campaign on Wednesday sent a fundraising
# email", "Cook, a Pentagon spokesman, provided a written statement": a verb of issuing the document after its issuer
_ISSUED_RE = re.compile(
    r"(?:’s|'s)?(?P<body>\s+(?:campaign|office|team|committee))?(?:,\s+(?:an?|the|his|her|its)\s+[^,]{1,60},)?\s+(?:(?:has|have|had|also|later|then|jointly|on\s+[A-Z]\w+|[A-Z][a-z]+day|\w+ly)\s+)*"
    r"(?:issued|released|provided|sent(?:\s+out)?|put\s+out|filed|wrote|signed|emailed|posted|published|"
    r"(?:said|says|added|wrote|responded|announced|confirmed|explained)\s+in)\s+"
    # then only a determiner or possessive and adjectives ("a further", "the same", "yet another", "its own"), no
    # preposition, conjunction or second article: not "issued a rebuttal to the memo", "wrote that the statement"
    r"(?:(?:a|an|the|his|her|its|their|our|this|that|these|those|[\w\-]+(?:’s|'s|’))\s+)?"
    r"(?:(?!" + alternation(sorted(PREPOSITIONS | _NOT_AN_ADJECTIVE)) + r"\s)[\w\-]+\s+){0,3}"
)
_DOCUMENT_SET_OFF_RE = re.compile(r"[^,]{0,40},\s+(?:the\s+)?")
# "a statement from the Clinton campaign", "a letter signed by Trey Gowdy"
_DOCUMENT_SOURCE_RE = re.compile(r"\s+(?:(?:signed|sent|issued|released|written|filed)\s+)?(?:from|by)\s+(?:the\s+)?")
# "In a statement, " opening the sentence
_DOCUMENT_OPENING_RE = re.compile(r"\s*In\s+(?:a|an|his|her|its|their)\s+(?:[\w\-]+\s+){0,2}")


# bodies a description may name, that "it" stands for ("the city", "the campaign")
_BODY_NOUNS = frozenset({"campaign", "city", "state", "committee", "council", "board", "court", "department", "administration", "newspaper", "paper"})


# a sentence opening with a body as its subject: "The city", "Donald Trump’s campaign", "The state's health department"
_BODY_SUBJECT_RE = re.compile(
    r"(?:The|(?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w.\-]*[’']s)\s+(?:[a-z\-]+\s+){0,2}?" + alternation(_BODY_NOUNS) + r"\b(?=\s+[a-z])"
)


@dataclass(frozen=True)
class DescriptionWords:
    """``described_people.csv`` read: each head with the words that name its office in a role, each
    rank word with the one spelling it is compared under ("lt" is "lieutenant", "ex" is "former"),
    each party word with its one-letter code, and the pattern of a rank written in lower case right
    before a title, which the name finder leaves out of it ("former President", "then-Sen.")."""

    heads: Mapping[str, frozenset[str]]
    ranks: Mapping[str, str]
    parties: Mapping[str, str]
    rank_before: re.Pattern[str]


@lru_cache(maxsize=1)
def described_people() -> DescriptionWords:
    """The words of ``described_people.csv`` (``DescriptionWords``)."""
    heads: dict[str, frozenset[str]] = {}
    ranks: dict[str, str] = {}
    parties: dict[str, str] = {}
    for row in csv.DictReader(data_lines("described_people.csv")):
        word, matches = row["word"], row["matches"].split()
        if row["kind"] == "head":
            heads[word] = frozenset([word, *matches])
        elif row["kind"] == "rank":
            ranks[word] = matches[0] if matches else word
        else:
            parties[word] = row["matches"]
    rank_before = re.compile(rf"\b({alternation(ranks)})[\s\-]+$", re.IGNORECASE)
    return DescriptionWords(MappingProxyType(heads), MappingProxyType(ranks), MappingProxyType(parties), rank_before)


def _role_words(role: str) -> list[str]:
    """The words of a role as a description is compared with them: lower case, without dots ("U.S.
    Sen." is "us sen"), hyphenated words whole ("first-term")."""
    return re.findall(r"[a-z]+(?:-[a-z]+)*", role.lower().replace(".", ""))


def _described_as(entity: Entity, roles: list[str], office: frozenset[str] | None, rank: set[str], proper: list[tuple[str, ...]], party: str) -> bool:
    """Whether one of ``roles`` (``entity``'s) names ``office`` at ``rank`` (the rank words before the
    office word, none when ``rank`` is empty), with every run of words of ``proper`` (or that run is
    the state of ``entity``'s party tag); and the party ``party`` among them and ``entity``'s party
    tags, when one is asked. With no ``office`` (a description by party alone, "the Ohio Republican"),
    the party and each run of ``proper`` in a role or the party tag's state are enough."""
    words_of = described_people()
    ranks, parties = words_of.ranks, words_of.parties
    # each part of a role on its own: "Florida Sen. and Republican presidential candidate", "Sen., D-Mass."
    role_words = [_role_words(part) for role in roles for part in re.split(r",|;|\band\b|&", role.lower())]
    if party and party not in {name.party for name in entity.names} | {parties[w] for words in role_words for w in words if w in parties}:
        return False
    tagged = {tuple(name.state.lower().split()) for name in entity.names if name.state}
    if office is None:
        return bool(party) and not rank and all(run in tagged or any(_holds_run(words, run) for words in role_words) for run in proper)
    for words in role_words:
        # the role's head, before any complement ("president of FreedomWorks", "Florida Sen."): an
        # office word elsewhere in a role ("who will be 86 ... as president") names no office held
        head = next((k for k, word in enumerate(words) if word in _ROLE_COMPLEMENTS), len(words)) - 1
        if head < 0 or words[head] not in office or words[0] in _RELATIVE_PRONOUNS:
            continue
        if {ranks[w] for w in words[:head] if w in ranks} != rank:
            continue
        if all(run in tagged or _holds_run(words, run) for run in proper):
            return True
    return False


def _holds_run(words: list[str], run: tuple[str, ...]) -> bool:
    """Whether ``run`` appears in ``words`` as consecutive words."""
    return any(tuple(words[k:k + len(run)]) == run for k in range(len(words)))


def _is_thing(entity: Entity) -> bool:
    """Whether a described speaker is a text or a body, not a person: an organisation, or an unnamed
    source whose head noun is a text (``lexicons/authored_nouns.csv``) or a body ("the city of Phoenix")."""
    if entity.kind == "organization":
        return True
    head = re.split(r"\s+(?:of|from|by|on|in)\s+", entity.name.lower())[0].split()[-1:]
    return entity.kind == "anonymous" and not entity.gender and bool(head) and (
        head[0] in _BODY_NOUNS or any(head[0] in authored_nouns(use) for use in ("authored", "source", "channel"))
    )


def _possessor_of_text(mention: Mention) -> Mention | None:
    """The possessive pronoun of a description that is a person's or a body's own text ("her account",
    "his latest statement", "its website": ``lexicons/authored_nouns.csv``, authored), as a pronoun
    mention; None otherwise."""
    words = mention.text.split()
    # not "their": "they" is any group that spoke last ("The Tax Foundation, according to their website")
    if mention.form != "description" or not 2 <= len(words) <= 3 or words[0].lower() not in ("his", "her", "its"):
        return None
    if words[-1].lower() not in authored_nouns("authored"):
        return None
    return Mention(mention.start, mention.start + len(words[0]), words[0], "pronoun")


# "Gus Brandt's Facebook post", "the senator's statement", "Sanders' letter": a possessor, then up to two words before a noun
_POSSESSED_TEXT_RE = re.compile(r"(?P<owner>.+?)(?:['’]s|(?<=s)['’])\s+(?:[\w-]+\s+){0,2}(?P<noun>[\w-]+)")


def owner_of_text(description: str) -> str:
    """The possessor of a description that is someone's own text ("the senator" of "the senator's statement"), whose
    words, not the text's, say what kind of source speaks; the description itself otherwise."""
    matched = _POSSESSED_TEXT_RE.fullmatch(description)
    return matched.group("owner") if matched is not None and matched.group("noun").lower() in authored_nouns("authored") else description


def _author_of_text(text: str, mention: Mention, names: ArticleNames) -> Mention | None:
    """The possessor of a description that is a named person's or body's own text ("Gus Brandt's Facebook post", "the
    senator's statement": ``lexicons/authored_nouns.csv``, authored), as a mention of the name or of the description
    ("the senator"): the text is the medium, its author the speaker. None otherwise: a place's ("Iowa's statement"), a
    business's name written with its "'s" ("Trader Joe's statement", "Dick's Sporting Goods statement"), "the" before no
    source noun ("The Children's Hospital statement", "The People's Bank statement": the business speaks)."""
    owner = owner_of_text(mention.text)
    if mention.form != "description" or owner == mention.text:
        return None
    owner_end = mention.start + len(owner)
    name = names.ending_at(mention.start, owner_end)
    if name is not None:
        the = re.match(r"[Tt]he\s+", owner)
        opening = mention.start + (the.end() if the else 0)  # "The Teamsters’ statement": the name "The" opens owns it
        if name.kind == "place" or opening not in (name.start, name.title_span[0] if name.title_span else name.start):
            return None  # "Iowa's statement"; "Organizers of the push to boycott Trump's speech": the name is no possessor of the text
        written = named_speaker(text, name)
        between = re.sub(r"^['’]s?", "", mention.text[len(owner):]).split()[:-1]
        if name.kind == "unknown" and (written.start > name.start or (between and all(w[:1].isupper() for w in between))):
            # "Trader Joe's statement", "Dick's Sporting Goods statement": a business's name written with its "'s",
            # no person titled by a trade ("Trader"), nor one who owns a business ("Gus Brandt's Facebook post": a person)
            return None
        return written
    words = owner.split()
    head = words[-1]
    if len(words) == 1 and re.fullmatch(r"[A-Z][\w\-]*", head) and not place_kind(head) and head.lower() not in calendar_words().weekdays | calendar_words().months | word_set("owner_non_names.txt"):
        # "Exxon's statement", "Ortiz's letter" opening the sentence: one capitalised word the name finder leaves
        # unread there (it may open any sentence), but a possessor of a text is a name (not "Iowa's", "Monday's",
        # "Tonight's", "Somebody's": ``owner_non_names.txt``)
        return Mention(mention.start, owner_end, owner, "name")
    if words[0].lower() in ARTICLES and len(words) <= 4 and (head in speaker_nouns() or role_word(head) is not None):
        # "the senator's statement", "the company's report": a source noun ("The Children's Hospital statement": a name)
        return Mention(mention.start, owner_end, owner, "description")
    return None


def _agreeing_antecedent(
    candidates: list[tuple[int, Entity, bool, bool, bool]], position: int, gender: str, sentence_of: Callable[[int], int],
    speaking: AbstractSet[tuple[int, int]] = frozenset(),
) -> tuple[Entity | None, bool]:
    """Of ``candidates`` (where, entity, whether it is the subject of its sentence, whether a possessive, whether a
    modifier of the noun after it: "the Obama administration") before a
    pronoun at ``position`` stating ``gender``, the one it stands for (Hobbs' nearest antecedent,
    with agreement): never one whose gender the article states otherwise (an honorific, a gendered
    title, a pronoun resolved to it before); the nearest when it is the subject of its sentence;
    else the nearest whose gender the article states as the pronoun's (or guessed pronouns do, all alike), within
    ``GENDER_EVIDENCE_WINDOW``, unless the sentence of the nearest has a subject and that one speaks in it
    (``speaking``: sentence index and ``id`` of each speaker; "Ms. Alvarez spoke. Kim Osei said Dan Roe waited.
    “...,” she said": Osei) or the pronoun is "he" (then that subject); else the subject of the sentence of the nearest ("Clinton says that
    Trump never paid. She says ...": Clinton); else the nearest that is no possessive (a possessor, "Trump's plan",
    is embedded in another noun phrase: the least salient place in Lappin & Leass 1994, "An
    algorithm for pronominal anaphora resolution"); else the nearest. In "Ms. Berg, a professor,
    spoke to the students of John Smith. “Rates will fall,” she said." she is Berg. A name modifying
    a noun ("the Obama administration", "a Trump interview") is no noun phrase of its own: it is
    embedded too, and of agreeing candidates it is chosen only when no other agrees ("At times, Frank
    underplays the Obama administration's record. But he is right ...": Frank).

    Also whether the choice was a guess, which must not teach the chosen person's gender (else one
    wrong pick makes Trump "she" and then Clinton "he" for the rest of the article): it is one when
    another person could be meant and the chosen, of no stated gender, is not the nearest name
    and a subject, or is while a person of the pronoun's stated gender is near."""
    Candidate = tuple[int, Entity, bool, bool, bool]
    nearest: Candidate | None = None
    agreeing: Candidate | None = None
    agreeing_modifier: Candidate | None = None
    unembedded: Candidate | None = None
    subject: Candidate | None = None
    for candidate in candidates:
        at, entity, _subject, possessive, modifier = candidate
        if gender and entity.gender and entity.gender != gender:
            continue
        if nearest is None or at > nearest[0]:
            nearest = candidate
        if not possessive and not modifier and (unembedded is None or at > unembedded[0]):
            unembedded = candidate
        if _subject and (subject is None or at > subject[0]):
            subject = candidate
        if gender and entity.likely_gender == gender and position - at <= GENDER_EVIDENCE_WINDOW:
            if not modifier and (agreeing is None or at > agreeing[0]):
                agreeing = candidate
            elif modifier and (agreeing_modifier is None or at > agreeing_modifier[0]):
                agreeing_modifier = candidate
    agreeing = agreeing or agreeing_modifier
    if subject is not None and nearest is not None and sentence_of(subject[0]) != sentence_of(nearest[0]):
        subject = None
    # for "he" a sentence's subject is more salient than a man named near ("Mrs. Clinton should build bridges to
    # Mr. Sanders, said David Axelrod, a strategist for the Obama campaign. “...,” he said": Axelrod): most people
    # named in the news are men, so a subject of no stated gender is most likely "he"; seldom "she", who stands for
    # that subject over a woman named near only when it speaks in its sentence, the clause of saying the quote goes
    # on ("Sandy Roe, who lost her daughter Jessica, said that .... “...,” she said": Roe; "Ms. Warren questioned
    # the nominee. Steven Mnuchin met with Jerome Powell. “...,” she said": Warren)
    subject_speaks = subject is not None and (sentence_of(subject[0]), id(subject[1])) in speaking
    if subject is not None and agreeing is not None and (gender == "male" or subject_speaks):
        preferred = subject
    else:
        preferred = agreeing or subject
    chosen = nearest if nearest is not None and nearest[2] else preferred or unembedded or nearest
    if chosen is None:
        return None, False
    others = any(entity is not chosen[1] and not (gender and entity.gender and entity.gender != gender) for _at, entity, _s, _p, _m in candidates)
    sure = chosen is nearest and chosen[2] and (agreeing is None or agreeing[1] is chosen[1])
    guessed = others and not chosen[1].gender and not sure
    return chosen[1], guessed


def _unknown_lone_name(entity: Entity) -> bool:
    """Whether ``entity`` is a speaker named by one word of no kind the article or the lexicons state ("Granholm told
    reporters ..."): a "he" or "she" after it may stand for it (and so make it a person), as for a person; a body the
    lexicons list ("Pfizer") or that the article describes as one has its kind already."""
    return not entity.kind and len(entity.tokens) == 1 and bool(entity.names) and entity.names[0].kind == "unknown"


def speaks_as_one_person(content: str, kind: str) -> bool:
    """Whether the quoted words of a quote's ``content`` (its ``kind``: direct, mixed or indirect) speak in the first
    person singular ("I", "my", "me"), outside any quotation they quote: one person speaks, a body's statement says
    "we". A reported clause is the narrator's words ("Hale said I was wrong" reports of the writer), so never."""
    return any(_in_first_person_singular(part) for part in _own_words(content, kind))


def _own_words(content: str, kind: str) -> list[str]:
    """The speaker's own words in a quote's ``content``: a direct quote whole, a mixed quote's quoted parts (a reported
    clause is the narrator's), without any quotation inside them (another's words)."""
    if kind == "direct":
        parts = [content]
    elif kind == "mixed":
        parts = _QUOTED_PART_RE.findall(content)
    else:
        parts = []
    return [_INNER_QUOTATION_RE.sub(" ", part) for part in parts]


def _in_first_person_singular(words: str) -> bool:
    """Whether ``words`` say "I", "my" or "me" (``_FIRST_PERSON_SINGULAR_RE``): an "I" after a capitalised word counts
    only when that word opens its sentence ("“When I left"), else it is a numeral ("a Category I storm")."""
    for m in _FIRST_PERSON_SINGULAR_RE.finditer(words):
        if m.group(1) is None or _SENTENCE_OPENS_BEFORE_RE.search(words, max(0, m.start() - 3), m.start()):
            return True
    return False


def fuller_named(speakers: Sequence[Entity]) -> dict[int, Entity]:
    """Of ``speakers`` (named entities, each once), each (by ``id``) that can be exactly one speaker of a fuller name
    (``same_entity``; not a relative first named so for one known by an office: "President Biden" is no "first lady
    Jill Biden"), with that speaker.

    Each speaker is compared only with those filed under a key it may share (``same_entity_keys``), in the order of
    ``speakers``: comparing it with every one was quadratic in the speakers of an article."""
    filed_under = KeyIndex()
    for index, entity in enumerate(speakers):
        filed_under.file(index, same_entity_keys(entity.names[0])[0])
    into: dict[int, Entity] = {}
    for entity in speakers:
        short = entity.names[0]
        fuller = [
            other for other in (speakers[index] for index in filed_under.candidates(same_entity_keys(short)[1]))
            if other is not entity and len(other.names[0].parts) > len(short.parts) and same_entity(_as_kind(other), _as_kind(entity))
            and not (other.kin and known_by_office(entity))
        ]
        if len(fuller) == 1:
            into[id(entity)] = fuller[0]
    return into


def organization_short_forms(speakers: Sequence[Entity], surnames: AbstractSet[str], first_met: Mapping[int, int]) -> dict[int, Entity]:
    """Of ``speakers`` (named entities, each once), each organisation (by ``id``) named by a short form of exactly one
    other organisation speaker's name met before it (``first_met``: where the article first names each), with that
    speaker. Two short forms only, each dropping words that name nothing the rest could name apart: a newspaper by the
    words after its place ("The Washington Post" then "the Post", "the Chicago Sun-Times" then "the Sun-Times"), and a
    body by the words before a generic head (``body_generic_heads.txt``: "the State Department" then "State", "Pew
    Research Center" then "Pew"). Not a short form met first ("Trump said" then "the Trump Organization"), that is a
    place ("Washington") or the surname of a person of the article (``surnames``), nor one of a known other kind of
    source. Leading words of any other sort name other bodies ("the House" is no "White House", "the Supreme Court"
    no "Ohio Supreme Court", "Fox" no "Fox News", "Ford" no "Ford Foundation").

    >>> post, full = Entity("Post", ("post",), kind="organization"), Entity("Washington Post", ("washington", "post"), kind="organization")
    >>> organization_short_forms([full, post], frozenset(), {id(full): 0, id(post): 50})[id(post)].name
    'Washington Post'
    >>> organization_short_forms([full, post], frozenset(), {id(full): 50, id(post): 0})
    {}
    """
    heads = word_set("body_generic_heads.txt")
    # each body under its short forms, for a lookup by a short form's words (a name has a few words: linear in the speakers)
    by_short: dict[tuple[str, ...], list[Entity]] = {}
    for entity in speakers:
        words = _organization_words(entity)
        if _body_kind(entity) != "organization" or len(words) < 2:
            continue
        if newspaper_name(" ".join(_organization_words(entity, cased=True))):
            for size in range(1, len(words)):
                if place_kind(" ".join(words[:size])):
                    by_short.setdefault(words[size:], []).append(entity)
        for size in range(1, len(words)):
            if " ".join(words[size:]) in heads:
                by_short.setdefault(words[:size], []).append(entity)
    into: dict[int, Entity] = {}
    for entity in speakers:
        words = _organization_words(entity)
        if not words or _body_kind(entity) is None or place_kind(" ".join(words)) or (len(words) == 1 and words[0] in surnames):
            continue
        fuller = {other.name: other for other in by_short.get(words, ()) if other is not entity}
        if len(fuller) != 1:
            continue
        other = next(iter(fuller.values()))
        if first_met[id(other)] < first_met[id(entity)] and not (entity.category and other.category and entity.category != other.category):
            into[id(entity)] = other
    return into


# after the first mention of a given name alone, the words that say the article withholds the rest of the name ("said
# Sarah, who asked that her last name not be used", "... She declined to give her last name.", "identified only by his
# first name"): someone introduced by it, no namesake. A withholding verb tied to a pronoun's surname, within the
# mention's sentence and the next, not any "full name" nearby ("her full name was printed on every ballot")
_INTRODUCED_ALONE_RE = re.compile(
    r"[^\n]{0,300}?\b(?:asked|requested|declined|refused|withheld|(?:would|did)\s+not\s+(?:give|want|provide))\b[^.\n]{0,60}?"
    r"\b(?:her|his|their)\s+(?:last|family|sur)\s?name\b"
    r"|[^\n]{0,300}?\b(?:identified|named|known|gave)\s+only\s+(?:by\s+)?(?:her|his|their)\s+first\s+name\b",
    re.IGNORECASE,
)


def given_name_forms(speakers: Sequence[Entity], surnames: AbstractSet[str], first_met: Mapping[int, int]) -> dict[int, Entity]:
    """Of ``speakers`` (named entities, each once), each named by a given name alone (by ``id``) that opens the name of
    exactly one person speaker the article named before it (``first_met``), with that speaker: "Jane told reporters"
    after "Jane Sanders said", "Hillary" after "Hillary Clinton", which ``same_entity`` does not join (it joins a
    surname). Not a name the article gives a role, description or age of its own: that is someone introduced by
    the first name alone ("Sarah, a nurse who asked that her surname not be used", "Tim, a farmer in Iowa"), no
    famous namesake; nor one of a known other kind of source, nor a word that is the surname of a person of the
    article (``surnames``: "Jordan said" after "Jordan Smith" and "Jim Jordan").

    >>> jane, full = Entity("Jane", ("jane",)), Entity("Jane Sanders", ("jane", "sanders"), kind="person")
    >>> given_name_forms([full, jane], frozenset({"sanders"}), {id(full): 0, id(jane): 40})[id(jane)].name
    'Jane Sanders'
    >>> given_name_forms([full, jane], frozenset({"sanders"}), {id(full): 40, id(jane): 0})
    {}
    """
    by_given: dict[str, dict[str, Entity]] = {}
    for entity in speakers:
        parts = [part.lower() for part in entity.names[0].parts]
        if entity.kind == "person" and len(parts) >= 2:
            by_given.setdefault(parts[0], {})[entity.name] = entity
    into: dict[int, Entity] = {}
    for entity in speakers:
        parts = [part.lower() for part in entity.names[0].parts]
        if len(parts) != 1 or entity.kind not in ("person", "") or parts[0] in surnames or entity.roles or entity.epithets or entity.aged:
            continue
        fuller = [other for other in by_given.get(parts[0], {}).values() if other is not entity]
        if len(fuller) != 1:
            continue
        other = fuller[0]
        if first_met[id(other)] < first_met[id(entity)] and not (entity.category and other.category and entity.category != other.category):
            into[id(entity)] = other
    return into


def _body_kind(entity: Entity) -> str | None:
    """The kind an organisation speaker may have: "organization" when the article or the name finder knows it as a
    body, "" when it has no kind or gender yet (the kind of source settles it later, ``quotes._profile``), None for
    a person, group or anonymous source."""
    if entity.kind == "organization" or (not entity.kind and entity.names and entity.names[0].kind == "organization"):
        return "organization"
    return "" if not entity.kind and not entity.gender and entity.named else None


def _organization_words(entity: Entity, cased: bool = False) -> tuple[str, ...]:
    """The words of an organisation's name in lower case (as written when ``cased``), without a leading "the" and a
    possessive ("The Post's" is "post")."""
    words = strip_possessive(entity.name).split()
    words = words[1:] if words[:1] and words[0].lower() == "the" else words
    return tuple(words if cased else (word.lower() for word in words))


def words_in_roles(roles: Sequence[str]) -> dict[str, list[int]]:
    """Each word of ``roles`` as ``\\b`` bounds it (``\\w+``), with the places in ``roles`` of those that have it, in
    order: an index for ``roles_possibly_naming``."""
    found: dict[str, list[int]] = {}
    for index, role in enumerate(roles):
        for word in set(_WORD_RE.findall(role)):
            found.setdefault(word, []).append(index)
    return found


def roles_possibly_naming(name: str, roles_by_word: Mapping[str, list[int]], count: int) -> Sequence[int]:
    """The places, in order, of the roles of ``roles_by_word`` (``words_in_roles`` of ``count`` roles) that may write
    ``name`` as a whole word (``\\bNAME\\b``): a name so written has each of its words there as a whole word, so
    those that hold its rarest word (every role when it has no word), a superset of those that write it.

    >>> roles_possibly_naming("Acme Corp", words_in_roles(["an analyst at Acme Corp", "a spokesman for Acme"]), 2)
    [0]
    """
    name_words = set(_WORD_RE.findall(name))
    if not name_words:
        return range(count)
    return min((roles_by_word.get(word, []) for word in sorted(name_words)), key=len)


def _as_kind(entity: Entity) -> NameMention:
    """The entity's fullest name, with the kind the article taught ("Liang Wenfeng", a founder, is a person)."""
    mention = entity.names[0]
    return replace(mention, kind=entity.kind) if mention.kind == "unknown" and entity.kind in ("person", "organization", "group") else mention
