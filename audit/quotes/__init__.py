"""Quoted voices: who speaks in an article, in their own words or reported, and who they are.

``quotes_in(article)`` finds three kinds of quote, each with the span of its content,
its cue (the reporting verb or phrase) and the mention of its speaker, all as offsets
into ``Article.text``:

- ``direct``: words inside quote marks (straight or curly double quotes, curly single
  quotes), attributed by an adjacent cue (``"...," says X``; ``X wrote: "..."``) or, with
  no cue, by the context (the previous quote of the paragraph, the subject of the
  previous sentence, or the next quote). A quote left open at a paragraph's end that
  reopens at the start of the next is one quote; ``"X," he said, "Y."`` is two quotes by
  one speaker. Quote marks around a short phrase with no cue (scare quotes, titles,
  nicknames) are not speech.
- ``indirect``: reported speech with no quote marks: ``X said (that) ...``,
  ``..., X said.``, ``According to X, ...``, ``X believes ...``.
- ``mixed``: reported speech holding a quoted fragment (``X called it a "main
  challenge"``); the span is the whole reported clause. A quoted phrase with no cue
  in a sentence between two quotes by one speaker is that speaker's too.

The rules follow the cue-based approach of Krestel, Bergler & Witte (2008), "Minding
the Source: Automatic Tagging of Reported Speech in Newspaper Articles" (LREC), as
textacy's ``direct_quotations`` does: a closed list of reporting verbs
(``lexicons/reporting_cues.csv``) anchors each attribution, the speaker is the noun
phrase on the other side of the verb (with its apposition as the role), and a speaker
named only by a pronoun, a surname, an honorific or "the company" is resolved to the
fullest name the article gives earlier (a rule-based coreference in the spirit of
Hobbs' nearest-antecedent search, with gender agreement from honorifics and pronouns).

One module per step, in the order ``quotes_in`` runs them: ``quote_marks`` pairs the
marks; ``registry`` lists the people and organisations the narrator names (words and
names from ``names``); ``labels`` reads a transcript's turns ("WALLACE: ..."); ``direct``
and ``reported`` attribute quotes at the cues of
``cues`` (the speaker's noun phrase read by ``mentions``, clause bounds from
``clauses``, each quote an ``attribution``); ``questions`` reads the questions put with a
passive "asked" ("Asked whether ..., X said"), speech of the one who asked; ``headline`` reads the title's own
attribution ("Poll: ...", "Obama Says ..."); ``context`` gives quotes with no cue
their speaker; ``negation`` marks the quotes of a negated cue ("did not say whether ...": what the
speaker did not say); ``sought`` reads the requests for comment a source declined or left unanswered
("declined to comment", "did not respond to a request for comment": a voice sought, not said, with no
content); ``resolution`` turns mentions into entities; ``roles`` says what kind
of source a role names, ``principals`` whom a spokesperson speaks for and ``officials``
which US federal officeholders a name can be. Only this module's names are the lens's
public face.

Speaker profiles: canonical name (the fullest form in the article), role as the
article states it (apposition, "X of Y", "Y's founder X"), kind of source from the
editable lexicon ``lexicons/speaker_roles.csv`` (the taxonomy of the gold README),
gender only from the article's own honorifics, pronouns and gendered nouns ("his wife"), and whether the speaker is
named. The function is pure and cheap (regular expressions over the sentences, no
model) so that other lenses (tone) can use the quoted spans.

Limits: English only; quotes whose speaker is never stated are attributed to the
nearest plausible voice; a pronoun with no antecedent becomes an unidentified voice;
quoted fragments with no cue, not between two quotes of one speaker, are read as
scare quotes; the kind of source follows the words of the role ("works at a
university" is academic), not why the person was quoted.
"""
from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..model import Article, Span
from ..text import NameMention, party_tag, the_before
from .attribution import Attribution, FoundQuotes
from .clauses import end_at_opening_clause
from .context import attribute_fragments_between_quotes, borrow_speakers
from .cues import CUE_SCOPES, reporting_cues
from .direct import find_direct_quotes
from .headline import find_headline_speech
from .labels import find_interview_turns, find_labelled_turns
from .mentions import Mention
from .names import ArticleNames, speaker_words
from .negation import claim_after_negation, negated_cue
from .officials import federal_category, latest_year_written, left_every_office, office_over_role, surname_category
from .principals import family_category, kin_category, principal_category
from .questions import find_asked_questions
from .quote_marks import DOUBLE_MARK_RE, QuoteMarks
from .registry import ANTECEDENT_WINDOW, Entity, EntityRegistry
from .relays import relayed_reports
from .reported import find_reported_speech
from .resolution import SpeakerResolver, owner_of_text
from .sought import drop_refusals_reported, find_requests_for_comment
from .roles import CATEGORIES, RoleWord, categorize, clean_role, looks_like_organization, office_outranks_candidacy, poll_share, role_kind, role_words

__all__ = [
    "ANTECEDENT_WINDOW",
    "CATEGORIES",
    "CUE_SCOPES",
    "KINDS",
    "Quote",
    "RoleWord",
    "Speaker",
    "categorize",
    "heard",
    "quotes_in",
    "reporting_cues",
    "role_kind",
    "role_words",
    "speaker_words",
]

KINDS = ("direct", "indirect", "mixed")


@dataclass(frozen=True)
class Speaker:
    """Who speaks: a profile built from what the article itself says about them.

    ``kind`` is ``person``, ``organization``, ``group`` or ``anonymous`` (an unnamed
    individual). ``gender`` is ``male``/``female`` only when the article uses an
    honorific, a pronoun or a gendered noun ("his wife", "the actress") for the speaker, ``unknown`` otherwise, and ``""`` for
    organisations and groups. ``named`` is False for "a Hong Kong investor". ``mention``:
    the fullest name as ``audit.text.find_names`` read it (compare speakers with
    ``audit.text.same_entity``), None for an unnamed source.
    """

    name: str
    kind: str
    role: str
    category: str
    gender: str
    named: bool
    mention: NameMention | None = None  # the fullest name as the name finder read it, for comparing speakers
    # of a named group ("Ann Ortiz and Tom Reyes said"): each named person or body who speaks in it, a named voice of
    # its own who is counted and compared across articles as one
    members: tuple[Speaker, ...] = ()


@dataclass(frozen=True)
class Quote:
    """One quote: its content span, kind, cue and speaker, as the article gives them."""

    span: Span
    text: str
    kind: str
    cue: str
    cue_span: Span | None
    mention: str
    mention_span: Span | None
    speaker: Speaker | None
    # the cue is negated ("did not say whether", "would not say who", "has never said"): the content is what the
    # speaker did not say, no claim of theirs (``negation``)
    negated: bool = False
    # a request for comment its source declined or left unanswered ("declined to comment", "did not respond to a
    # request for comment", "could not be reached for comment", ``sought``): a voice the article sought, always
    # negated; there is no content, so the span and text are the article's words stating the refusal ("did not
    # respond to a request for comment"), the evidence a reader can check, and never words of the speaker
    sought: bool = False
    # a news outlet's report relaying what others say ("“...,” Ortiz said, according to CNN.", ``relays``): the outlet
    # is the source of the report, as PolNeAR annotates it, and the quotes inside keep their own speakers; the outlet
    # is no voice of the story, so voices, quoted shares and tone's quoted spans leave it out (``heard``)
    relays: bool = False

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end


def quotes_in(article: Article) -> tuple[Quote, ...]:
    """Every quote in ``article``: direct, indirect and mixed, in order of appearance.

    Pure and cheap (rules over the sentences): other lenses may call it to know which
    spans are quoted speech.

    >>> from audit.load import RawArticle, build_article
    >>> a = build_article(RawArticle("t", "t", "Title\\n\\n“We will win,” said Li Na, a teacher in Wuhan.", fields={}))
    >>> [(q.kind, q.text, q.speaker.name, q.speaker.category) for q in quotes_in(a)]
    [('direct', 'We will win,', 'Li Na', 'citizen')]
    """
    marks = QuoteMarks(article)
    names = ArticleNames(article.text)
    registry = EntityRegistry(article, marks, names)
    found = FoundQuotes()
    find_labelled_turns(article, marks, names, found)
    find_interview_turns(article, marks, names, found)
    find_direct_quotes(article, marks, names, found)
    find_requests_for_comment(article, marks, names, found)
    find_reported_speech(article, marks, names, found)
    drop_refusals_reported(found)
    _end_reports_at_opening_clauses(article, found)
    find_asked_questions(article, marks, names, found)
    find_headline_speech(article, names, found)
    attributions = sorted(found.attributions, key=lambda a: (a.start, a.end))
    borrow_speakers(article, marks, registry, attributions)
    # after borrowing: an outlet's report lends no speaker to the quotations after it ("..., according to CNN. “...”")
    attributions = sorted(attributions + relayed_reports(article, names, attributions), key=lambda a: (a.start, a.end))
    SpeakerResolver(article, registry).resolve(attributions)
    attribute_fragments_between_quotes(article, found.fragments, attributions)
    # an undated article's offices are read as of the latest year it writes (``officials.latest_year_written``)
    return _quotes(article.text, attributions, registry, article.reference_date or latest_year_written(article.text))


def _end_reports_at_opening_clauses(article: Article, found: FoundQuotes) -> None:
    """End each report whose cue stands in a subordinate clause opening its sentence at the comma that closes the
    clause ("While the summary acknowledged the evacuation should have begun sooner, it blamed ...":
    ``clauses.end_at_opening_clause``)."""
    text = article.text
    for quote in found.attributions:
        if quote.kind != "indirect" or not quote.has_cue or quote.cue_end > quote.start:
            continue
        sentence = article.sentence_at(quote.cue_start)
        if sentence is not None:
            quote.end = end_at_opening_clause(text, sentence.start, quote.cue_start, quote.start, quote.end)


def heard(quotes: Sequence[Quote]) -> list[Quote]:
    """The quotes of ``quotes`` that give the story's voices: not a news outlet's report relaying the others
    (``Quote.relays``), whose words are the quotes inside it and the narration around them."""
    return [quote for quote in quotes if not quote.relays]


def _quotes(text: str, attributions: list[Attribution], registry: EntityRegistry, day: _dt.date | None) -> tuple[Quote, ...]:
    """The finished quotes, trimmed, one per span, sorted by position."""
    quotes = []
    seen: set[tuple[int, int]] = set()
    for attribution in attributions:
        start, end = attribution.start, attribution.end
        while end > start and text[end - 1] in " \n\t":
            end -= 1
        if end <= start or (start, end) in seen:
            continue
        seen.add((start, end))
        mention = attribution.mention or attribution.context_mention
        cue_span = Span(attribution.cue_start, attribution.cue_end) if attribution.has_cue else None
        negated = attribution.sought or (cue_span is not None and negated_cue(text, cue_span.start))
        quote = Quote(
            span=Span(start, end),
            text=text[start:end],
            kind=attribution.kind,
            cue=text[attribution.cue_start:attribution.cue_end] if cue_span else "",
            cue_span=cue_span,
            mention=mention.text if mention else "",
            mention_span=Span(mention.start, mention.end) if mention else None,
            speaker=_profile(attribution.entity, mention, registry, day),
            negated=negated,
            sought=attribution.sought,
            relays=attribution.relays,
        )
        claim = claim_after_negation(text, start, end) if negated else None
        if claim is None:
            quotes.append(quote)
            continue
        # "refused to say whether A, adding that B": A is what the source did not say, B its own claim
        quotes.append(replace(quote, span=Span(start, claim.start()), text=text[start:claim.start()], kind=_kind_of(text, start, claim.start(), attribution.kind)))
        if (claim.end(), end) not in seen:
            seen.add((claim.end(), end))
            quotes.append(replace(
                quote, span=Span(claim.end(), end), text=text[claim.end():end], kind=_kind_of(text, claim.end(), end, attribution.kind),
                cue=claim.group("cue"), cue_span=Span(claim.start("cue"), claim.end("cue")), negated=False,
            ))
    return tuple(sorted(quotes, key=lambda q: (q.span.start, q.span.end)))


def _kind_of(text: str, start: int, end: int, kind: str) -> str:
    """The kind of a part of a mixed quote: mixed while it holds quote marks, else indirect."""
    return kind if kind != "mixed" or DOUBLE_MARK_RE.search(text, start, end) else "indirect"


def _surname_alone(entity: Entity, registry: EntityRegistry) -> bool:
    """Whether ``entity`` is named by one word that no fuller name of the article holds before its last word
    ("Trump" said; not the "Paul" of "Paul Smith, a farmer")."""
    if len(entity.tokens) != 1:
        return False
    return entity.tokens[0].lower() not in registry.words_before_last


def _profile(entity: Entity | None, mention: Mention | None, registry: EntityRegistry, day: _dt.date | None) -> Speaker | None:
    """The speaker's profile: kind, role and kind of source, from what was learnt of the entity,
    falling back on the mention's own words, then on whom a spokesperson or aide speaks for
    (``principals``: "Clinton spokesman Brian Fallon" is of Clinton's kind), then on the US federal
    officeholders a person's full name can be (``officials``: "Bernie Sanders" said, with no role, is
    a government source; one elected to an office soon after the article's day, a candidate, is a
    political source; ``office_over_role`` settles what such an office says against the article's
    roles), then on an age given with nothing else ("Brenda Johnson, 62,": a citizen), then on the one
    officeholder or candidate a surname the article never gives in full names on its day ("Trump" said)."""
    if entity is None:
        return None
    kind = entity.kind
    surname_alone = _surname_alone(entity, registry)
    if not kind:
        if entity.gender:
            kind = "person"
        elif (surname_alone and not looks_like_organization(entity.name)
              and not any(the_before(registry.text, m.start) for m in entity.names) and surname_category(entity.name, day)):
            # "Obama told reporters": one word, no pronoun, but the surname of the one officeholder or candidate of its
            # day; not a name written after "the" ("as The Hill reported": a newspaper, not Rep. French Hill)
            kind = "person"
        elif looks_like_organization(entity.name) or len(entity.tokens) == 1 or any(name.kind == "thing" for name in entity.names):
            # a thing said to speak ("the Judicial Conference said"): the body behind it
            kind = "organization"
        else:
            kind = "person"
    role = clean_role(mention.role) if mention else ""
    # "Gus Brandt's post said": the author's words say the kind, not the medium's ("post" is no newspaper)
    description = owner_of_text(mention.text) if mention and mention.form == "description" else ""
    category = (
        # "other" is what the resolution of a description settles on when its words name no kind: a
        # principal or an office below may still say more ("a spokeswoman for Hillary Clinton")
        ("citizen" if poll_share(entity.name) else "")  # "45% of Republicans said": respondents, not the party
        # "Eric Trump, son of the Republican presidential front-runner": the family of a candidate
        or kin_category([*entity.roles, role], entity, registry, day)
        or (entity.source_category if entity.source_category != "other" else "")
        # "the statement said": of the kind of whom the article says issued it ("a letter, report or study: its authors")
        or (_profile(entity.author, None, registry, day).category if entity.author is not None else "")
        or categorize(role, description)[0]
        or ("government" if party_tag(role) else "")  # "Bob Goodlatte, House Judiciary Committee Chairman, R-Va., said"
        # "a spokeswoman for Hillary Clinton said": the description names the principal too
        or principal_category([*entity.roles, role, description], entity, registry, day)
        or (federal_category(entity.name, day) if kind == "person" else "")
        # "Eric Trump" in a story of Donald Trump's campaign: a candidate's family speaks for him
        or (family_category(entity, registry, day) if kind == "person" and not entity.roles else "")
        # US news gives the age of the ordinary people it quotes ("Brenda Johnson, 62,"), when it says nothing else of them
        or ("citizen" if kind == "person" and entity.aged else "")
        # "Trump said" in an article that never names him in full: the officeholder or candidate readers know by it
        or (surname_category(entity.name, day, entity.gender) if kind == "person" and surname_alone else "")
        or ("industry" if kind == "organization" and entity.name.lower() in {"the company", "the firm"} else "")
        or "other"
    )
    if kind == "person":
        category = office_over_role(category, entity.name, day)
        if category == "government" and office_outranks_candidacy(*entity.roles, role) and left_every_office(entity.name, day):
            # "Libertarian presidential nominee Gary Johnson" and "Johnson, a two-term governor of New Mexico": an office
            # the article writes as if held wins a tie with a candidacy, but the lists say he had left it by the article's
            # day; the candidacy is his newer role
            category = "politics"
    gender = (entity.gender or "unknown") if kind in ("person", "anonymous") else ""
    members = tuple(m for m in (_profile(member, None, registry, day) for member in entity.members) if m is not None)
    if members and len({m.category for m in members}) == 1:
        # "Republican Sens. Ruth Adler and Gus Brandt": a named group is of the kind of source its members all are
        category = members[0].category
    return Speaker(
        name=entity.name,
        kind=kind,
        role=entity.role,
        category=category,
        gender=gender,
        named=entity.named and (kind in ("person", "organization") or bool(members) and all(m.named for m in members)),
        mention=entity.names[0] if entity.names and entity.named else None,
        members=members,
    )
