"""Reported speech: what a source said, in the narrator's words, around a reporting cue.

Sentence by sentence, every cue not taken by a direct quote anchors one of these
constructions (Krestel, Bergler & Witte 2008):

- leading: ``X said (that) CLAUSE``, ``X told the BBC that CLAUSE``;
- trailing: ``CLAUSE, X said.`` and ``A, X said, B.``; inverted ``CLAUSE, said X, a ROLE.``;
- participle: ``X did Y, saying CLAUSE`` (the clause's subject speaks);
- "according to": ``According to X, a ROLE, CLAUSE`` and ``CLAUSE, according to X``;
- passive agent: ``he is described by those close to him as ...``.

Quote marks inside reported speech make it a mixed quote; reported speech over a
direct quote already found is not repeated.
"""
from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache
from itertools import islice

from ..lexicons import data_lines, word_set
from ..model import Article
from .attribution import Attribution, FoundQuotes
from ..text import BE_FORMS, HAVE_FORMS, SPEECH_CLAUSES, alternation, at_least_words, clause_breaks, clause_start, cut_to_reach, date_words, dateline_end, tokens
from .clauses import content_end, content_start, names_a_source
from .direct import looks_like_title
from .cues import (
    AUTHORED_NOUN_USES,
    AUXILIARIES_BEFORE,
    CLAUSE_SUBJECT_AFTER_CUE,
    FRAME_REACH,
    HAS_CONTRACTED_BEFORE,
    NOT_A_REPORT_BEFORE,
    PASSIVE_BEFORE,
    TELL_OBJECT,
    TIME_AFTER_CUE,
    Cue,
    authored_nouns,
    auxiliaries_before,
    cue_phrase_end,
    cues_in,
    finite_scopes,
    frame_before_cue,
    is_cue_noun,
    reporting_cues,
    speaker_end,
)
from .mentions import DETERMINERS, FINITE_AUXILIARY, LEADING_CONNECTIVES, PREDICATE_OPENING_RE, PARTICIPLE_SUBORDINATORS, PREPOSITIONS, PRONOUN_GENDER, RELATIVE_WORDS, SHARE_OF_PEOPLE_RE, SUBORDINATORS, Mention, clause_subject, comma_segments, head_mention, parse_speaker, subject_before, subject_phrase
from .names import ArticleNames
from .quote_marks import QuoteMarks
from .relays import outlet_reported_subject
from .roles import role_kind, speaker_nouns

_EVIDENTIAL = frozenset({"suggest", "note"})  # "the firm's rise, suggesting ...": facts suggest, not only people
# where a clause of a sentence joins the next: ", and", " and", ", but", ", which", ", adding", ...
_CLAUSE_JOIN_RE = re.compile(r",?\s+(?:and|but|while|yet)\s+(?=\w)|,\s+(?:which|who|adding|saying|noting)\b|[;:]\s")
_NOUN_BEFORE_RE = re.compile(r"\b(?:of|the|a|an|his|her|their|its|our|my|your|this|these|those|whose)\s+$", re.IGNORECASE)
_DEFINITE_RE = re.compile(r"\s*the\s", re.IGNORECASE)
# a cue word that is a finite verb, never a noun: "said", "told", "wrote", "argued" (not "claim", "call", "report")
_FINITE_CUE_RE = re.compile(r"(?:said|says|told|tells|wrote|writes|\w+ed)\b", re.IGNORECASE)
_CLAUSE_AFTER_RE = re.compile(r"\s+(?:that|he|she|they|it|we|i|the|his|her|their)\s", re.IGNORECASE)
_PLURAL_VERB_AFTER_RE = re.compile(r"\s+(?:are|were|have|do)\b")
# "announced in a statement this month that": a longer phrase before "that" when it opens with a preposition
_PHRASE_THAT_RE = re.compile(r"(\s+(?:in|on|at|during|with|to|from|last|this|earlier|later|after)(?:\s+[\w’'\-]+){1,7}?)\s+that\b")
# "said on CNN, where he is now a paid contributor, that ...": an aside between the cue and "that"
_ASIDE_THAT_RE = re.compile(r"((?:\s+[\w’'\-]+){0,6}?\s*,[^,;“”\"]{1,100},)\s*that\b")
_AS_LEADING_RE = re.compile(r"\s*(?:(?:but|and|yet|so|just|even|also)\s+)?as\s+", re.IGNORECASE)
_AS_REPORTED_BY_RE = re.compile(r"\s*[Aa]s\s+(\w+(?:\s+first)?)\s+by\s+([^,]{2,80}),\s*")
# "as" opening a clause of report after a comma or a coordinator, with only its source before the cue: "However, as
# POLITICO has reported, ...", "Given that, as The Times reported, ...", "..., and as Comey noted, ..."
_AS_AFTER_COMMA_RE = re.compile(r"(?:,|\b(?:and|but|yet))\s*(?:(?:just|even|also)\s+)?as\s+(?=[^,;:()“”\"—–]+$)", re.IGNORECASE)
# what an "as" clause holds after its cue, to the comma closing it: a time, a medium, a place ("reported just today,",
# "reported in his book,", "reported a few days later."); no subject pronoun or auxiliary, which would open a clause
# and no object, which would make it a clause of time ("As Trump told the crowd about his plan, ...")
_AS_CLAUSE_TAIL_RE = re.compile(
    r"(?:\s+(?:in|on|at|during|last|this|earlier|later|recently|just|today|yesterday|a\s+few|\w+day)\b"
    r"(?:\s+(?!(?:he|she|they|it|we|i|you|that|who|about|would|will|could|can|should|might|may|must|did|does|do|is|are|was|were|had|has|have)\b)"
    r"[\w’'\-.]+){0,6}?)?(?=\s*(?:,|[.!?]?\s*$))",
    re.IGNORECASE,
)
# a subordinator opening the clause before an "as" clause of report ("If ..., as X predicted, ...", "When ..., as X
# noted, ..."): the report may be of the subordinate clause or of the main one
_SUBORDINATE_OPENING_RE = re.compile(
    r"\s*(?:if|when|whenever|while|because|although|though|unless|after|before|since|once|until|whether)\b", re.IGNORECASE
)
_AS_TRAILING_RE = re.compile(r",\s*(?:just\s+)?as\s+(?=[^,]+$)", re.IGNORECASE)
_PRONOUN_CLAUSE_RE = re.compile(r"\s+" + alternation(PRONOUN_GENDER) + r"\s+\w", re.IGNORECASE)
# the forms of "be" before a passive (the finite auxiliaries are ``mentions.FINITE_AUXILIARY``: one list for the
# bare clause, the passive test and a noun's complement)
_BE_FORM = alternation(BE_FORMS)
# a bare clause after a verb that takes "that": a subject of up to seven words (no comma, relative word,
# infinitive, coordinator or preposition but "of") and its auxiliary or modal ("announced the program would
# begin", "agreed there are qualified candidates", "reported more than half of the meetings were with donors")
_NOT_IN_BARE_SUBJECT = r"(?:that|which|who|whom|whose|where|when|to|for|in|on|at|with|by|from|about|and|or|but|as|if)\b"
_BARE_CLAUSE_RE = re.compile(
    r"\s+(?:(?!" + _NOT_IN_BARE_SUBJECT + r")[\w’'$%.\-]+\s+){1,7}?"
    + FINITE_AUXILIARY + r"(?:n[’']t)?\b",
    re.IGNORECASE,
)


# up to four words between a cue and its "that" belong to the cue ("told the BBC that", "said on Monday that"), not a
# subject pronoun or a wh-word, which open a clause of their own ("said he understands how hard that can be")
_WORDS_BEFORE_THAT_RE = re.compile(r"((?:\s+(?!(?:he|she|they|we|i|you|how|what|why|whether|which|who)\b)[\w’'\-]+){0,4}?)\s+that\b", re.IGNORECASE)


def _clause_follows(text: str, position: int, end: int, cue_text: str) -> bool:
    """Whether a clause opens at ``position`` with no "that": a pronoun subject ("announced he supported the
    bill") or a bare subject and its auxiliary ("announced the program would begin"), not after a cue word
    that is also a noun (``lexicons/cue_nouns.txt``: "state troopers will"), an object pronoun ("deny them
    permits until the work was done") or a time phrase ("a merger announced Monday would"). ``cue_text``:
    the cue as written, its first word read."""
    if _PRONOUN_CLAUSE_RE.match(text, position, end) is not None:
        return True
    if is_cue_noun(cue_text.split()[0]) or _OBJECT_PRONOUN_RE.match(text, position, end) or TIME_AFTER_CUE.match(text, position, end):
        return False
    return _BARE_CLAUSE_RE.match(text, position, end) is not None


_OBJECT_PRONOUN_RE = re.compile(r"\s+(?:them|him|me|us|you)\b", re.IGNORECASE)


# "picked up from his daughter by saying", "while saying", "after arguing": a subordinator opening the participle
# clause, whose subject is the clause's subject
_SUBORDINATED_PARTICIPLE_RE = re.compile(r"(?<![\w’'\-])" + alternation(PARTICIPLE_SUBORDINATORS) + r"\s*$", re.IGNORECASE)
# between the cue of a quotation and a participle going on with its speaker's words: ", ", ", while"
_AFTER_QUOTE_CUE_RE = re.compile(r"\s*,\s*(?:(?:while|before|after|then)\s*)?")
# a closing quote mark and a comma, on either side of it ("...,” adding", "...”, adding")
_AFTER_CLOSING_MARK_RE = re.compile(r"\s*(?:''|[\"”’])\s*,?\s*")
# "..., with 30 percent of voters saying", "with Cruz repeatedly calling": an absolute participle clause
_WITH_SUBJECT_RE = re.compile(r"(?<![\w’'\-])with\s+([^,;:—–]+?)\s*$", re.IGNORECASE)
# "..., pointing to his record and saying", "painting others as weak and suggesting": a participle coordinated
# with one set off by a comma
_COORDINATED_PARTICIPLE_RE = re.compile(r",\s+(?:\w+ly\s+)?[a-z]{3,}ing\b[^,;:]*\s(?:and|while)\s+$")


@lru_cache(maxsize=1)
def _authored_before() -> re.Pattern[str]:
    """A noun of authored text (``lexicons/authored_nouns.csv``, every use) and up to four words before a
    participle: "sent a fundraising email Wednesday saying", "filed a lawsuit in 2013 alleging"."""
    nouns = set().union(*(authored_nouns(use) for use in AUTHORED_NOUN_USES))
    return re.compile(r"\b" + alternation(nouns) + r"s?(?:\s+[\w$’'\-.]+){0,4}\s*$", re.IGNORECASE)


# the quoted title of a show or publication ending the sentence after a cue's phrase ("on MSNBC’s “Morning Joe.”")
_QUOTED_TITLE_AT_END_RE = re.compile(r"\s*(?:''|[“\"])([^”\"']{1,80}?)[,.]?\s*(?:''|[”\"])(?P<end>)\s*[.!?]?\s*")


def _title_at_end(text: str, position: int, s_end: int) -> int | None:
    """Where the sentence's quoted title ends when only it stands after ``position`` (a cue's phrase
    naming a show or publication: "on MSNBC’s “Morning Joe.”"), else None."""
    title = _QUOTED_TITLE_AT_END_RE.fullmatch(text, position, s_end)
    return title.end("end") if title is not None and looks_like_title(title.group(1)) else None


_QUESTIONED = word_set("questioned_participles.txt")


_SET_OFF_RE = re.compile(r",\s*(?:(?:when|if|after|once|while)\s+)?(?:being\s+)?$", re.IGNORECASE)


def _questioned(text: str, floor: int, cue: Cue, later: Iterable[Cue]) -> bool:
    """Whether ``cue`` is a passive participle of questioning set off after its subject, answered by a
    later cue ("Smith, asked about the bill, said it would fail": Smith was asked; "said" reports)."""
    if text[cue.start:cue.end].lower() not in _QUESTIONED or not _SET_OFF_RE.search(text, floor, cue.start):
        return False
    comma = text.find(",", cue.end)
    return comma >= 0 and any(other.start > comma for other in later)


# a verb of naming ("called", "branded", "dubbed") reports speech with no quoted words when what follows is an
# object pronoun of a person and the name or description given them ("called him a political opportunist",
# "calling them rapists", "calls himself a democratic socialist"), not a particle, a preposition or an idiom
# ("called them to the stage", "called him back"); a thing's epithet stays a report only around quoted words
# ("many calling it underwhelming" is as often the narrator's summary)
_EPITHET_RE = re.compile(
    r"(?:(?:him|them|himself|herself|themselves|me|us)\s+|her\s+(?=(?:an?|the)\s))"  # not "called her mother": a call
    r"(?!(?:to|for|on|off|out|up|back|down|over|in|into|at|about|by|from|with|as|after|before|during|since|when|while|because|"
    r"and|or|but|that|this|last|something|anything|nothing|everything)\b)"
    r"(?:(?:an?|the|his|her|their|its|my|our)\s+)?[a-z][\w\-]*",
    re.IGNORECASE,
)


REPORT_REACH = 1_200
"""How many characters of its sentence are read on each side of a cue. The longest sentence of the development
articles (PolNeAR, the figure stories, the seeds) has 1,094 characters, so a real sentence is read whole; a run-on
"sentence" of thousands of words, read from its start and to its end at every cue (its clause's breaks, the
auxiliaries before the cue, an inverted source's apposition), made the lens quadratic in its length."""


def find_reported_speech(article: Article, marks: QuoteMarks, names: ArticleNames, found: FoundQuotes) -> None:
    """Add the indirect and mixed quotes of ``article`` to ``found``, after its direct quotes
    (whose cues they leave alone). ``names``: the article's names. Each cue reads its sentence within
    ``REPORT_REACH`` characters of it."""
    text = article.text
    # the direct and mixed quotes found (those a report stops before or gives way to), read apart from the many
    # indirect ones: each kept report reading every quote of the article was quadratic in its reports
    quoted_found = [a for a in found.attributions if a.kind != "indirect"]
    for sentence in article.sentences:
        if sentence.is_heading:
            continue
        cues = [c for c in cues_in(text, sentence.start, sentence.end) if c.start not in found.used_cues and not marks.encloses(c.start)]
        opening = _opening_participle(text, names, sentence.start, sentence.end)
        if opening is not None and marks.encloses(opening.cue_start):
            opening = None  # a sentence inside a quotation
        if not cues and opening is None:
            continue
        quoted = [a for a in quoted_found if a.mention is not None and a.has_cue and sentence.start <= a.cue_start < sentence.end]
        sentence_found: list[Attribution] = [opening] if opening is not None else []
        near = list(sentence_found)  # those of the sentence's reports that reach the current cue's reach, in order
        for index, cue in enumerate(cues):
            s_start, s_end = cut_to_reach(text, cue.start, cue.end, (sentence.start, sentence.end), REPORT_REACH)
            if s_start > sentence.start:
                # a run-on "sentence": a report (and its cue) ending before this cue's reach is read no more, as no
                # other word there is (each cue reading all the earlier reports was quadratic in the sentence's cues)
                near = [f for f in near if max(f.end, f.cue_end) >= s_start]
            # the later cues are read lazily: a copy of them for each cue was quadratic in a run-on sentence's cues
            if cue.scope == "direct" or _questioned(text, s_start, cue, islice(cues, index + 1, None)):
                continue
            if _in_relative_clause_before(text, cue, islice(cues, index + 1, None)):
                continue  # "Two officials who asked not to be named said ...": the clause describes the source
            if any(f.cue_start <= cue.start < f.cue_end for f in near):
                continue
            possessor = _possessor_of_noun(text, s_start, cue)
            read = len(near)
            quote = _report_at(text, names, s_start, s_end, cue, near, quoted, possessor)
            sentence_found.extend(near[read:])  # the parts of reports it added
            if quote is None:
                continue
            # "called the plan a \"disaster\"", "..., calling reporters \"dishonest\"": only around quoted words
            quote.mixed_only = (cue.scope == "mixed" or (cue.scope == "participle" and finite_scopes().get(cue.lemma) == "mixed")) and (
                possessor is None  # "his calls to ban ..." reports with no quoted words
            ) and not _EPITHET_RE.match(text, quote.start, quote.end)  # "called him a political opportunist"
            if quote.mixed_only and not any(not p.used for p in marks.within(quote.start, quote.end + 1)):
                continue  # "called the actions lawful": no quoted words, no report, and no clause for later cues
            if quote.mention is not None:
                _speaker_goes_on(text, quote, cue, near)
                for other in near:
                    if other.start < quote.mention.start <= other.end:
                        # "X said A, and several warned B": A ends where the second source begins, at its last comma,
                        # or at the coordinator right before the source when a clause stands between the two ("X said
                        # if A, B and Y says C"), not a list's last item ("that Tapper, Bash and Blitzer said")
                        joined = _JOIN_BEFORE_SOURCE_RE.search(text, other.start, quote.mention.start)
                        comma = _last_clause_comma(text, other.start, quote.mention.start)
                        if joined is not None and joined.start() > other.start and (comma <= other.start or at_least_words(text, comma, joined.start(), 4)):
                            other.end = joined.start()
                        else:
                            other.end = comma if comma > other.start else quote.mention.start
            sentence_found.append(quote)
            near.append(quote)
        if opening is not None:
            # "Noting that the county had lost jobs, Ann Ortiz said.": the main verb's report of the participle clause
            # whole is the opening's report again, less the words of its cue
            sentence_found = [q for q in sentence_found if q is opening or not (q.start <= opening.start and opening.end <= q.end)]
        for quote in sentence_found:
            _keep(text, marks, quote, found, quoted_found)


# a coordinator, with its comma, right before a second source of the sentence and its determiner: ", and ", " but the "
_JOIN_BEFORE_SOURCE_RE = re.compile(r",?\s+(?:and|but|while|yet)\s+(?:(?:the|a|an|his|her|their|its)\s+)?$", re.IGNORECASE)


# a relative word and up to three auxiliaries or adverbs right before a cue: "who asked", "who have advised
# her", "that had long argued"
_RELATIVE_BEFORE_CUE_RE = re.compile(
    r"\b(?:who|that)\s+(?:(?:had|has|have|was|were|is|are|did|do|does|not|also|\w+ly)\s+){0,3}$", re.IGNORECASE
)
# a finite verb of saying whose subject is the phrase the relative clause ends ("... not to be named said")
_LATER_FINITE_CUES = frozenset({"said", "says", "say", "told", "tell", "tells"})


# a cue opening a relative clause ("Reyes, who has argued that ..."), and the comma closing it before the main verb
# of saying, with the auxiliaries and adverbs before that verb (", said", ", has also said")
# ("who did not say whether A, said B", "who declined to say whether A, said B": ``_start_of_frame``)
_WHO_BEFORE_CUE_RE = re.compile(r"\bwho\s+(?:(?:had|has|have|was|is|did|does|would|not|also|long|since|often|never|\w+ly)\s+){0,3}$", re.IGNORECASE)


def _frame_before(text: str, s_start: int, c_start: int) -> re.Match[str] | None:
    """The frame ending where a cue starts that makes its infinitive report: "was quick to point out", "went on to
    explain" (``implicative_frames.txt``: the saying took place); "declined to say whether ...", "refused to say who
    ..." (``refusal_frames.txt``: a saying withheld, a negated quote); its subject stands before it."""
    floor = max(s_start, c_start - FRAME_REACH)
    return frame_before_cue("implicative_frames.txt").search(text, floor, c_start) or frame_before_cue("refusal_frames.txt").search(text, floor, c_start)


def _start_of_frame(text: str, s_start: int, c_start: int) -> int:
    """Where the words before a cue's subject end: the start of its ``_frame_before``, or the cue's start."""
    frame = _frame_before(text, s_start, c_start)
    return frame.start() if frame else c_start
_MAIN_VERB_AFTER_ASIDE_RE = re.compile(r",\s+(?:(?:has|have|had|also|later|then|\w+ly)\s+){0,2}$", re.IGNORECASE)
# what may stand before the subject that opens its clause: nothing, or a sentence adverb or coordinator, and its
# title ("But Mayor Ann Ortiz, who ...")
_OPENS_CLAUSE_RE = re.compile(r"\s*(?:(?:[Bb]ut|[Aa]nd|[Yy]et|[Ss]o|[Ss]till|[Hh]owever|[Aa]lso|[Nn]ow|[Mm]eanwhile)\b,?\s*)?(?:[A-Z][\w.’'\-]*\s+){0,3}")
# a second subject coordinated after the relative clause ("..., and Tom Reyes, who agrees,")
_COORDINATED_SUBJECT_RE = re.compile(r",\s+(?:and|or)\s+(?:[A-Z]|the\s|a\s)")


_INFINITIVE_AFTER_CUE_RE = re.compile(r"\s*(?:not\s+)?to\s", re.IGNORECASE)
_SUBJECT_PRONOUNS = frozenset(PRONOUN_GENDER) | {"you"}


def _in_relative_clause_before(text: str, cue: Cue, later: Iterable[Cue]) -> bool:
    """Whether ``cue`` stands in a relative clause describing the source of a later finite cue of its
    sentence: "Two officials who asked not to be named said the deal was close", "People who have advised her
    privately said she will run". The relative clause reports nothing of its own there (an infinitive, or
    a few words with no subject of a clause), and read as a report it took the later cue and its clause
    for its content ("not to be named said the deal was close"). Not when it has a clause of its own
    ("who said that the plan failed told reporters", "The man who told police he saw the crash said"):
    then it reports."""
    if _RELATIVE_BEFORE_CUE_RE.search(text, max(0, cue.start - 60), cue.start) is None:
        return False
    following = next((c for c in later if text[c.start:c.end].lower() in _LATER_FINITE_CUES), None)
    if following is None:
        return False
    between = text[cue.end:following.start]
    if re.search(r"\bthat\b|[;:“”\"]", between):
        return False
    if _INFINITIVE_AFTER_CUE_RE.match(between):
        return True  # "who asked not to be named", "who declined to be identified because he ..."
    words = [w.strip(",").lower() for w in between.split()]
    return len(words) <= 4 and not _SUBJECT_PRONOUNS & set(words)  # "who have advised her privately"; not "who told police he saw it"


def _last_clause_comma(text: str, start: int, end: int) -> int:
    """The last comma of ``text[start:end]`` that is no thousands separator ("up to 250,000 people"), or -1."""
    comma = text.rfind(",", start, end)
    while comma > start and text[comma - 1].isdigit() and text[comma + 1:comma + 2].isdigit():
        comma = text.rfind(",", start, comma)
    return comma


# between what a source reports and a second verb of the same source: ", noting", "... and said", ", but also urged"
_GOES_ON_RE = re.compile(r"(?:\s*,(?:[”\"’]|'')?\s*(?:(?:and|but)\s+)?|\s+(?:and|but)\s+)(?:also\s+|later\s+|then\s+)?$")


def _speaker_goes_on(text: str, quote: Attribution, cue: Cue, earlier: list[Attribution]) -> None:
    """ "Graham called both Trump and Clinton “crazy” and said ...", "Khalif said some of Clinton's rhetoric
    has been patronizing, noting ...", "Many Democrats have warned the Fed not to act, noting ...": a verb of
    saying coordinated with an earlier one ("and", "but"), or a participle after it and a comma, whose
    subject was read inside what the earlier verb reports (a name there is its object or the reported
    clause's subject) has the earlier verb's speaker, and the earlier report ends before it. Not when what
    the earlier verb reports opens with a name and a verb of saying of its own ("As Salon reported, Trump
    proudly proclaimed that ..., and suggested ...": Trump suggested)."""
    mention = quote.mention
    for other in earlier:
        if other.mention is None or not other.start <= cue.start < other.end or not other.start <= mention.start < cue.start:
            continue
        if any(not at_least_words(text, other.start, inner.start, 4) and re.match(r"\s*[A-Z]", text[other.start:inner.start]) for inner in cues_in(text, other.start, cue.start)):
            continue  # the report opens with a named speaker's clause of saying: "Trump proudly proclaimed that ..."
        if re.search(r",\s+(?:and|but)\s+$", text[other.start:mention.start]):
            return  # "X says A, and the union has sued, saying B": the participle's own clause has its subject
        going_on = _GOES_ON_RE.search(text, other.start, speaker_end(text, other.start, cue.start))
        if going_on is None or going_on.start() <= other.start or (cue.scope != "participle" and not re.search(r"\b(?:and|but)\b", going_on.group())):
            return  # ", when Mr. Buchanan, who had failed ..., called for": a comma alone before a finite verb ends an aside
        quote.mention = replace(other.mention)
        other.end = going_on.start()
        return


# a quotation mark or a semicolon before the last clause: the sentence may hold other words than the source's
_QUOTED_OR_CUED_RE = re.compile(r"[“”\";]|''")


@lru_cache(maxsize=8)
def _speech_breaks(text: str, s_start: int, s_end: int) -> tuple[tuple[int, int], ...]:
    """The ``SPEECH_CLAUSES`` breaks of the sentence ``[s_start, s_end)``, read once for all its cues."""
    return clause_breaks(text, s_start, s_end, SPEECH_CLAUSES)


def _report_at(
    text: str, names: ArticleNames, s_start: int, s_end: int, cue: Cue, earlier: list[Attribution], quoted: list[Attribution], possessor: re.Match[str] | None
) -> Attribution | None:
    """The reported speech ``cue`` anchors in the sentence ``[s_start, s_end)``, or None;
    ``earlier``: what the sentence's earlier cues reported (may be extended here); ``quoted``: the
    sentence's direct and mixed quotes with a cue; ``possessor``: ``_possessor_of_noun`` of the cue."""
    c_start, c_end, lemma, scope = cue
    if possessor is not None:
        # "his claim that ...", "Trump's promise to build a wall": a noun, reporting for its possessor (not
        # inside what an earlier cue of the sentence reports: "According to Variety, CNN answered Trump's
        # demand to ...")
        if any(other.start <= c_start < other.end for other in earlier):
            return None
        return _nominal_report(text, names, s_end, cue, possessor)
    frame = _frame_before(text, s_start, c_start)
    subject_end = frame.start() if frame else c_start
    noun_before = _NOUN_BEFORE_RE.search(text, max(s_start, c_start - 12), c_start)
    if noun_before is not None and noun_before.group().lower().startswith("her") and (
        _FINITE_CUE_RE.match(text, c_start, c_end) or text[c_start:c_end].lower() == "say" and _CLAUSE_AFTER_RE.match(text, c_end)
    ):
        # "Those close to her said", "People close to her say she ...": an object ending the subject, before a verb
        # no noun is spelled as, or before the subject of a clause ("had her say" is followed by none)
        noun_before = None
    if frame is None and NOT_A_REPORT_BEFORE.search(text, max(s_start, c_start - 20), c_start) or noun_before is not None:
        return None  # "to say", "will tell"; "secretary of state", "a report", "his claim": nouns
    progressive = scope == "participle" and PASSIVE_BEFORE.search(text, max(s_start, c_start - 30), c_start) is not None
    if progressive:
        scope = finite_scopes().get(lemma, "any")  # "The White House is saying that ...": a finite verb, not a participle clause
    elif lemma != "according to" and PASSIVE_BEFORE.search(text, max(s_start, c_start - 30), c_start):
        if re.match(r"\s+by\s", text[c_end:c_end + 5]):
            if lemma == "report":  # "Her move was reported by CNN.": the outlet reported the subject
                floor = clause_start(text, s_start, c_start, SPEECH_CLAUSES, read=_speech_breaks(text, s_start, s_end))
                by_outlet = outlet_reported_subject(text, names, s_start, floor, s_end, c_start, c_end)
                if by_outlet is not None:
                    return by_outlet
            return _passive_agent(text, names, s_end, c_start, c_end)
        if not HAS_CONTRACTED_BEFORE.search(text, max(s_start, c_start - 30), c_start):
            return None
        # "He's said he gets ...": a contracted "has", not a passive; read on as an active cue
    sentence_breaks = _speech_breaks(text, s_start, s_end)
    clause_floor = clause_start(text, s_start, c_start, SPEECH_CLAUSES, read=sentence_breaks)
    # a cue inside an earlier quote's content: "said he believed" (one cue), or a second
    # source inside the first one's clause ("a choice experts believe ...")
    relative_subject = None
    for other in earlier:
        if other.start <= c_start < other.end:
            main_verb = _MAIN_VERB_AFTER_ASIDE_RE.search(text, other.start, c_start)
            if (other.mention is not None and main_verb is not None
                    and _WHO_BEFORE_CUE_RE.search(text, max(s_start, other.cue_start - 40), _start_of_frame(text, s_start, other.cue_start))
                    and _OPENS_CLAUSE_RE.fullmatch(text, clause_start(text, s_start, other.mention.start, SPEECH_CLAUSES, read=sentence_breaks), other.mention.start)
                    and not _COORDINATED_SUBJECT_RE.search(text, other.start, main_verb.start())):
                # "Reyes, who has argued that A, said B": the relative clause's report ends at the comma before the
                # main verb, whose subject is the relative clause's; only when that subject opens the clause ("The
                # levy was written by Reyes, who has argued that A, said Ortiz" reports Ortiz's) and stands alone
                # ("Ortiz, who has said A, and Reyes, who agrees, said B" has two subjects)
                other.end = main_verb.start()
                relative_subject = replace(other.mention)
                continue
            head = text[other.start:c_start]
            mention = parse_speaker(text, other.start, speaker_end(text, other.start, c_start), names=names)
            # not a verb of naming ("said that she called Sanders after the vote to congratulate him"): its object
            # is no clause, and what the first cue reports goes on through it
            if mention is not None and mention.form == "pronoun" and scope != "mixed" and re.fullmatch(r"\s*\w+(?:\s+\w+)?\s*", head):
                other.cue_end = c_end
                other.start = content_start(text, c_end)
                return None
            clause_floor = max(clause_floor, other.start)
    if lemma == "according to":
        return _according_to(text, names, s_end, c_start, c_end, clause_floor, earlier)
    if lemma == "report":
        by_outlet = outlet_reported_subject(text, names, s_start, clause_floor, s_end, c_start, c_end)
        if by_outlet is not None:
            return by_outlet  # "O’Malley’s move was first reported by MSNBC."
    left_end = subject_end
    aux = auxiliaries_before(text, clause_floor, subject_end)
    if aux:
        left_end = aux.start()
    if scope == "participle":
        if clause_floor == s_start:
            fronted = _fronted_participle(text, names, s_end, cue, clause_floor, left_end)
            if fronted is not None:
                return fronted
        return _participle(text, names, s_end, cue, clause_floor, left_end, quoted, earlier)
    left = text[clause_floor:left_end]
    cue_end = cue_phrase_end(text, c_end, s_end, lemma)
    if lemma == "tell":
        cue_end = _hearer_end(text, c_end, s_end) or cue_end
    clause_at = _clause_inside_phrase(text, c_end, cue_end, s_end)
    if clause_at is not None:
        c_end = cue_end = clause_at  # "said in an interview she would run": the phrase is the cue's, the clause the report
    dated = TIME_AFTER_CUE.match(text, cue_end, s_end)
    if dated is not None:
        dated_end = cue_phrase_end(text, dated.end(), s_end, lemma)  # "said Friday in a statement."
        if not text[dated_end:s_end].strip(" .!?”\"") or text[dated_end:s_end].startswith(",") or _title_at_end(text, dated_end, s_end):
            cue_end = dated_end  # "..., he said Friday.", "..., she said Tuesday in Paris, noting ...": the time belongs to the cue
        elif cue_end == c_end and CLAUSE_SUBJECT_AFTER_CUE.match(text, dated.end(), s_end):
            c_end = cue_end = dated.end()  # "said Friday his running mate would ...", not "said Friday would be the deadline"
    cue_end = _title_at_end(text, cue_end, s_end) or cue_end  # "..., he said on MSNBC’s “Morning Joe.”": the show's title ends the cue's phrase
    rest = text[cue_end:s_end]
    # what lies between the cue and "that" belongs to the cue: "told the BBC that",
    # "said in a statement that", "reported last month that"
    that = (
        _WORDS_BEFORE_THAT_RE.match(text[c_end:s_end])
        or _PHRASE_THAT_RE.match(text[c_end:s_end])
        or _ASIDE_THAT_RE.match(text[c_end:s_end])
    )
    trailing = not that and (not rest.strip(" .!?”\"") or rest.lstrip().startswith(","))
    if c_end > c_start and text[c_end - 1] == "s" and _PLURAL_VERB_AFTER_RE.match(text, c_end):
        return None  # "The company's efficiency claims are influencing ...": a noun
    as_report = _as_report(text, names, clause_floor, left_end, c_start, cue_end, s_end)
    if as_report is not None:
        return as_report
    if not trailing:
        coordinated = clause_start(text, clause_floor, left_end, SPEECH_CLAUSES, coordinated=True)
        if text[coordinated:left_end].strip():  # ", and said ...": the subject of the clause before speaks
            clause_floor = max(clause_floor, coordinated)
        left = text[clause_floor:left_end]
        leading = relative_subject or subject_before(text, clause_floor, left_end, names)
        if leading is not None and (relative_subject is not None or not left.rstrip().endswith(",")):
            return _leading(text, leading, c_start, (c_end + that.end(1)) if that else c_end, lemma, scope, s_end, bool(that))
    # inverted, after the content: "..., said Tom Zhang, a human resources expert."
    # ("told" takes its hearer after it, never its speaker: "..., his aide, Tad Devine, told The Huffington Post.")
    after_comma = left.rstrip().endswith(",") and not that and lemma != "tell"
    np_end = content_end(text, c_end, s_end) if after_comma else s_end
    mention = parse_speaker(text, c_end, np_end, strict=True, names=names) if after_comma else None
    if mention is None:
        before_source = False
    elif "," not in left.rstrip(" ,") and _predicate_after_source(text, mention, np_end) is not None:
        # one noun phrase, a name too, that the predicate after the source goes on with ("The bill, said Tom Zhang,
        # would pass easily"; "And Trump, said Zhang, doesn't forgive"; "Mayor Ann Reyes, says Tom Ortiz, is a liar"),
        # not a name and its age or apposition ("Lee, 45, said ...")
        before_source = True
    else:
        # a clause ("The plan will fail, said Tom Zhang"), not a named subject and its apposition; nor a subject of
        # one or two words with no predicate after the source
        before_source = at_least_words(text, clause_floor, left_end, 3) and not _named_with_apposition(text, clause_floor, left_end, names)
    if before_source:
        # the speaker ends the sentence or opens an apposition ("urged Congress to leave ..." is no inversion)
        # an infinitive right after the name is no inversion ("urged Congress to leave"); in the apposition after
        # its comma "to" is a preposition like any other ("said Jane Smith, an adviser to the family")
        own_end = text.find(",", mention.end, np_end) if mention is not None else -1
        inverted = mention is not None and not re.search(r"\bto\s+[a-z]", text[mention.start:own_end if own_end >= 0 else np_end]) and (
            not re.match(r"[^\w]*\w", text[mention.end:np_end]) or re.match(r"\s*[,(]", text[mention.end:np_end])
        )
        if inverted:
            end = left_end
            while end > clause_floor and text[end - 1] in " ,":
                end -= 1
            # the whole sentence before an inverted source is its report ("A, but for some B, said Batchelder."),
            # from after what an earlier cue of the sentence reported
            start = max([s_start, *(other.end for other in earlier if s_start <= other.end <= clause_floor)])
            if _QUOTED_OR_CUED_RE.search(text, start, clause_floor) or cues_in(text, start, clause_floor):
                start = clause_floor  # "Smith said A, but B, said Doe": the sentence holds another's words
            start = dateline_end(text, start)  # "WASHINGTON (AP) — The bill, said Lee, would pass": the place is no one's words
            while start < clause_floor and text[start] in " ,;:—–-\n":
                start += 1
            quote = Attribution(start, end, "indirect", c_start, c_end, mention)
            if scope != "mixed":  # "Executives at the firms, called A and B, were found ...": a verb of naming, no report
                _predicate_after_inverted_source(text, mention, np_end, quote, earlier)
            return quote
        if not trailing and leading is not None:
            # "Proponents, including the United States Conference of Mayors, have urged Congress to ...": the subject's apposition
            return _leading(text, leading, c_start, (c_end + that.end(1)) if that else c_end, lemma, scope, s_end, bool(that))
    if trailing:
        return _trailing(text, names, clause_floor, left_end, c_start, cue_end, s_end, earlier)
    # leading: "SPEAKER said (that) CLAUSE"
    mention = subject_before(text, clause_floor, left_end, names)
    if mention is None:
        # "a choice experts believe has fostered ...": a bare plural source just before the cue
        m = re.search(r"([A-Za-z][\w\-]*s)\s*$", text[clause_floor:left_end])
        if m and m.group(1).lower() in speaker_nouns():
            mention = Mention(clause_floor + m.start(1), clause_floor + m.end(1), m.group(1), "description")
    if mention is None and not _noun_cue_or_passive(text, left_end, c_start, c_end):
        # "A court document filed Thursday says ...", "The Vatican says ...": the clause's whole noun phrase
        mention = subject_phrase(text, clause_floor, left_end, names)
    if mention is None:
        return None
    return _leading(text, mention, c_start, (c_end + that.end(1)) if that else c_end, lemma, scope, s_end, bool(that))


# the one told, of two to four words after a determiner ("told a Senate panel", "told his closest advisers", "told the
# House Armed Services Committee"): no pronoun, determiner, relative word or auxiliary, which would open a clause, nor
# a preposition ("told her to leave": "her" is the one told, "to leave" what she was told)
_HEARER_DETERMINER_RE = re.compile(r"\s+(?:an?|the|his|her|their|its|our)(?=\s)", re.IGNORECASE)
_HEARER_WORD_RE = re.compile(
    r"\s+(?!(?:that|who|which|whom|he|she|they|it|we|i|you|the|an?|his|her|their|its|this|these|those|there|"
    r"as|if|when|while|after|before|because|and|or|but|to|in|on|at|for|from|with|by|of|into|about|over)\b|" + FINITE_AUXILIARY + r"\b)[\w’'&\-]+(?![\w’'&\-])",
    re.IGNORECASE,
)


# a comma and a participle going on with the speaker's words (", adding that ..."); a comma before anything else may
# sit inside the hearer's phrase ("told a town hall in Salem, New Hampshire on Monday that ...") or open the rest of
# the report ("told the agency simply, “We lost.”")
_PARTICIPLE_AFTER_COMMA_RE = re.compile(r",\s+(?:\w+ly\s+)?[a-z]+ing\b")


def _hearer_end(text: str, c_end: int, s_end: int) -> int | None:
    """Where "told" and its hearer of several words end ("..., Carter told a Senate panel Wednesday.", "..., she told
    the House Armed Services Committee on Tuesday, adding ..."), when nothing follows them but a time, a phrase of
    place or medium, and the sentence's end or a participle after a comma: the cue trails its report. None otherwise:
    a hearer of one word after a determiner ("told the BBC that") is ``cue_phrase_end``'s, and a clause after the
    hearer ("told the committee members the plan would fail") is what was told."""
    determiner = _HEARER_DETERMINER_RE.match(text, c_end, s_end)
    if determiner is None:
        return None
    end = determiner.end()
    for count in range(4):
        word = _HEARER_WORD_RE.match(text, end, s_end)
        if word is None:
            return None
        end = word.end()
        if count == 0:
            continue  # one word is cue_phrase_end's
        after_end = cue_phrase_end(text, end, s_end)
        dated = TIME_AFTER_CUE.match(text, after_end, s_end)
        if dated is not None:
            after_end = cue_phrase_end(text, dated.end(), s_end)
        after = text[after_end:s_end]
        if not after.strip(" .!?”\"") or _PARTICIPLE_AFTER_COMMA_RE.match(after):
            return cue_phrase_end(text, end, s_end)  # the time after it is read as after any cue's phrase
    return None


def _predicate_after_inverted_source(text: str, mention: Mention, np_end: int, quote: Attribution, earlier: list[Attribution]) -> None:
    """ "Any honest reading of the deal, said Tom Zhang, an expert on trade, would call it a retreat.": an inverted
    source (and its apposition) set inside a clause; the predicate after it, opening with an auxiliary or a
    modal, is the rest of what the source said, a second part of the same report."""
    segment_start = _predicate_after_source(text, mention, np_end)
    if segment_start is not None:
        part = Attribution(segment_start, np_end, "indirect", quote.cue_start, quote.cue_end, quote.mention)
        part.borrowed_from = quote
        earlier.append(part)


def _predicate_after_source(text: str, mention: Mention, np_end: int) -> int | None:
    """Where the predicate after an inverted source (and its apposition) opens, with an auxiliary or a modal and at
    least two words ("..., said Tom Zhang, an expert on trade, would call it a retreat"), or None."""
    for segment_start, segment_end in comma_segments(text, mention.end, np_end):
        if PREDICATE_OPENING_RE.match(text, segment_start, segment_end) and at_least_words(text, segment_start, np_end, 2):
            return segment_start
    return None


_SUBJECT_PRONOUN_OR_DETERMINER_RE = re.compile(r"\s+(?:(?P<pronoun>he|she|they|we|i)|the|a|an|his|her|their|its|this|these|those)\s", re.IGNORECASE)


def _clause_inside_phrase(text: str, c_end: int, phrase_end: int, s_end: int) -> int | None:
    """Where a clause opens inside the phrase read after a cue ("said in an interview she would run", "said in a
    statement the plan would fail"): after at least a preposition and its noun, a subject pronoun, or a
    determiner opening a bare subject and its auxiliary; None when the phrase holds no clause."""
    for m in _SUBJECT_PRONOUN_OR_DETERMINER_RE.finditer(text, c_end, phrase_end):
        if not at_least_words(text, c_end, m.start(), 2):
            continue
        if m.group("pronoun") or _BARE_CLAUSE_RE.match(text, m.start(), s_end):
            return m.start()
    return None


def _named_with_apposition(text: str, start: int, end: int, names: ArticleNames) -> bool:
    """Whether ``text[start:end]`` is all a named speaker and an apposition ("Another pollster, David Woodard of
    Clemson University,", "Mr. Trump's former campaign manager, Corey Lewandowski,"): the subject of the verb
    after it, not a clause reported by an inverted source ("The plan will fail, said Tom Zhang")."""
    mention = parse_speaker(text, start, end, strict=True, names=names)
    return mention is not None and mention.form == "name" and not _QUOTED_OR_CUED_RE.search(text, start, end)


def _noun_cue_or_passive(text: str, left_end: int, c_start: int, c_end: int) -> bool:
    """Whether the cue word may be a noun ("claims", "remarks", "tweet": ``lexicons/cue_nouns.txt``, with a
    plural -s) or a passive participle ("was first noted"), so that the words before it need not be its subject."""
    return is_cue_noun(text[c_start:c_end].split()[0], plural=True) or _BE_BEFORE_CUE_RE.search(text[left_end:c_start]) is not None


_BE_BEFORE_CUE_RE = re.compile(r"\b" + _BE_FORM + r"\s+(?:\w+\s+)?$", re.IGNORECASE)


def _as_report(text: str, names: ArticleNames, clause_floor: int, left_end: int, c_start: int, cue_end: int, s_end: int) -> Attribution | None:
    """ "As POLITICO has reported, CLAUSE." and "CLAUSE, as Clinton supporters point out.": the
    main clause is what the source of the "as" clause said."""
    passive = _AS_REPORTED_BY_RE.match(text, clause_floor, s_end)
    if passive and passive.start(1) <= c_start < passive.end(1):
        # "As reported by Western Journalism, investigators found ...": the agent reported what follows
        mention = parse_speaker(text, passive.start(2), passive.end(2), strict=True, loose=True, names=names)
        start = passive.end()
        end = content_end(text, start, s_end)
        if mention is not None and at_least_words(text, start, end, 2):
            return Attribution(start, end, "indirect", c_start, c_start + len(passive.group(1)), mention)
    leading = _AS_LEADING_RE.match(text, clause_floor, left_end)
    if leading:
        mention = parse_speaker(text, leading.end(), left_end, strict=True, loose=True, names=names)
        after = re.match(r"\s*,\s*", text[cue_end:s_end])
        if mention is not None and after:
            start = cue_end + after.end()
            end = content_end(text, start, s_end)
            return Attribution(start, end, "indirect", c_start, cue_end, mention) if at_least_words(text, start, end, 2) else None
    trailing = _AS_TRAILING_RE.search(text, clause_floor, left_end)
    if trailing and not text[cue_end:s_end].strip(" .!?”\""):
        mention = parse_speaker(text, trailing.end(), left_end, strict=True, loose=True, names=names)
        if mention is not None and at_least_words(text, clause_floor, trailing.start(), 3):
            return Attribution(clause_floor, trailing.start(), "indirect", c_start, cue_end, mention)
    return _as_clause_inside(text, names, clause_floor, left_end, c_start, cue_end, s_end)


_NEGATION_RE = re.compile(r"\b(?:not|never|no\s+longer)\b|n[’']t\b", re.IGNORECASE)


def _as_clause_inside(text: str, names: ArticleNames, clause_floor: int, left_end: int, c_start: int, cue_end: int, s_end: int) -> Attribution | None:
    """An "as" clause of report set off by commas inside the sentence, its cue followed by a time, a medium or a
    place: "However, as POLITICO has reported, CLAUSE." and "As the Post reported just today, CLAUSE." report the
    clause after it; "CLAUSE, as the Times reported on Tuesday, and ..." and "CLAUSE, as Breitbart reported a few
    days later." the clause before it."""
    opening = _AS_AFTER_COMMA_RE.search(text, max(clause_floor, left_end - 120), left_end) or _AS_LEADING_RE.match(text, clause_floor, left_end)
    tail = _AS_CLAUSE_TAIL_RE.match(text, cue_end, s_end)
    if opening is None or tail is None:
        return None
    mention = parse_speaker(text, opening.end(), left_end, strict=True, loose=True, names=names) or subject_phrase(text, opening.end(), left_end, names)
    if mention is None:
        return None
    after = re.match(r"\s*,\s*", text[tail.end():s_end])
    before_as = opening.start() if text[opening.start()] == "," else text.rfind(",", clause_floor, opening.start())
    if after is not None and not re.match(r"(?:and|but|while|yet|so)\b", text[tail.end() + after.end():s_end]):
        if before_as > clause_floor and _SUBORDINATE_OPENING_RE.match(text, clause_floor, before_as):
            return None  # "If the council passes the budget, as Ortiz predicted, the mayor will sign it": which is reported is unsaid
        start = tail.end() + after.end()  # "..., as X reported, CLAUSE"
        end = content_end(text, start, s_end)
        if any(_FINITE_CUE_RE.fullmatch(text, c.start, c.end) and subject_before(text, start, c.start, names) for c in cues_in(text, start, min(end, start + 60))):
            return None  # "Asked why ..., as some Democrats have asked, Carney said ...": the clause has its own source
    elif before_as > clause_floor and (after is None or re.match(r"and\b", text[tail.end() + after.end():s_end])):
        start, end = clause_floor, before_as  # "CLAUSE, as X reported [...], and ..." or "CLAUSE, as X reported [...]."
        if _NEGATION_RE.search(text, start, end):
            return None  # "This will not streamline filing, as the Left claims, ...": the source claims the contrary
    else:
        return None
    return Attribution(start, end, "indirect", c_start, tail.end(), mention) if at_least_words(text, start, end, 3) else None


# a comma, or a noun of authored text (``authored_nouns.csv``, use "saying"), right before a participle cue
# (the comma may stand inside a closing quotation mark, as US style puts it: "a defense of “New York values,” saying";
# a spaced dash sets a participle off as a comma does: "flipped his choice on the spot – saying")
_SAYING_NOUN_BEFORE_RE = re.compile(r"(?:,(?:[”\"’]|'')?|\b" + alternation(authored_nouns("saying")) + r")\s*$")
# a participle's phrase of place, medium or manner before its "that": "writing on Twitter that", "stating on NBC's
# \"Meet the Press\" that", "claiming without any evidence that"
# ("that" and a verb is a relative clause inside the phrase: "on a station that had backed him")
_PARTICIPLE_PHRASE_THAT_RE = re.compile(
    r"\s+(?:in|on|at|to|with|without|during|from|through|via)\s[^,;:.!?]{1,60}?(?=\s+that\s+(?!" + FINITE_AUXILIARY + r"\b))"
)


def _participle(text: str, names: ArticleNames, s_end: int, cue: Cue, clause_floor: int, left_end: int, quoted: list[Attribution], earlier: list[Attribution]) -> Attribution | None:
    """ "..., saying that ...", "had a post saying ...", "... by saying ...", "... after arguing ...": the
    clause's subject speaks; after the cue of a quotation or of an earlier report of the sentence ("“...,” he
    said, adding that ...", "The plan will fail, Smith said, adding that ..."), its speaker."""
    left = text[clause_floor:left_end]
    # "“...,” Smith said, adding that ...", "..., he added, while also saying": the quotation's speaker goes on
    # ("Peabody said: “...,” adding that ...": right after the closing mark of a quotation its cue stands before)
    quoted_speaker = next(
        (
            replace(q.mention) for q in reversed([*quoted, *earlier]) if q.mention is not None and q.cue_end <= left_end and (
                _AFTER_QUOTE_CUE_RE.fullmatch(text, _after_cue_and_speaker(text, q, left_end), left_end)
                or q.kind == "direct" and q.cue_end <= q.start and _AFTER_CLOSING_MARK_RE.fullmatch(text, q.end, left_end)
            )
        ),
        None,
    )
    subordinated = not _SAYING_NOUN_BEFORE_RE.search(left)
    # "with the mayor in arguing": a subordinator before the participle makes it the clause's, not "with"'s
    absolute = _WITH_SUBJECT_RE.search(left) if not _SUBORDINATED_PARTICIPLE_RE.search(left) else None
    mention = None
    if subordinated and absolute is not None:
        # "..., with 30 percent of voters saying they ...": the noun phrase after "with" speaks
        mention = parse_speaker(text, clause_floor + absolute.start(1), left_end, strict=True, loose=True, names=names) or subject_phrase(
            text, clause_floor + absolute.start(1), left_end, names
        )
        if mention is None:
            return None
    elif subordinated and not (_SUBORDINATED_PARTICIPLE_RE.search(left) or _authored_before().search(left) or _COORDINATED_PARTICIPLE_RE.search(left)):
        return None
    mention = quoted_speaker or mention or _coordinated_subject(text, clause_floor, left_end, names) or clause_subject(text, clause_floor, left_end, names)
    if mention is None or (cue.lemma in _EVIDENTIAL and mention.form == "description" and role_kind(mention.text) == "organization"):
        return None
    cue_end = cue.end
    if cue.lemma == "tell":
        # "..., telling reporters that ...": the one told belongs to the cue
        told = re.match(TELL_OBJECT, text[cue_end:s_end])
        cue_end += told.end() if told else 0
    phrase = _PARTICIPLE_PHRASE_THAT_RE.match(text, cue_end, s_end)
    if phrase is not None:
        cue_end = phrase.end()
    has_that = re.match(r"[\s,]*that\b", text[cue_end:cue_end + 8]) is not None
    if (finite_scopes().get(cue.lemma) == "that" or subordinated and cue.lemma != "say") and not has_that and not _clause_follows(text, cue_end, s_end, text[cue.start:cue.end]):
        # "..., announcing a partnership": no report; after a subordinator only a clause is one ("by adding
        # Democratic strongholds", "in declaring victory" are deeds)
        return None
    start = content_start(text, cue_end)
    return Attribution(start, content_end(text, start, s_end), "indirect", cue.start, cue_end, mention)


# what may stand before a participle clause opening its sentence: nothing, or a subordinator ("After saying ...",
# "Since announcing ...", "In addition to stating ...")
_FRONTED_BEFORE_RE = re.compile(r"\s*(?:(?:after|since|while|before|besides|upon|in\s+addition\s+to)\s+)?", re.IGNORECASE)


# a capitalised participle opening a sentence ("Noting that ..."), which ``cues_in`` leaves out as it leaves out
# every capitalised word (a name's, a title's); read here only for ``_fronted_participle``
_OPENING_PARTICIPLE_RE = re.compile(r"\s*[A-Z][a-z]+ing\b")


def _opening_participle(text: str, names: ArticleNames, s_start: int, s_end: int) -> Attribution | None:
    """``_fronted_participle`` of a capitalised participle of saying opening the sentence ``[s_start, s_end)``."""
    word = _OPENING_PARTICIPLE_RE.match(text, s_start, s_end)
    if word is None:
        return None
    lemma, scope = reporting_cues().get(word.group().strip().lower(), ("", ""))
    if scope != "participle":
        return None
    cue = Cue(word.end() - len(word.group().strip()), word.end(), lemma, scope)
    return _fronted_participle(text, names, s_end, cue, cue.start, cue.start)


_AUXILIARY_WORD_RE = re.compile(r"\b" + FINITE_AUXILIARY + r"\b", re.IGNORECASE)
# a comma and the closing quote mark US style puts after it ("has rough edges,” the governor said")
_COMMA_RE = re.compile(r",([”\"’]|'')?\s+")


def _fronted_participle(text: str, names: ArticleNames, s_end: int, cue: Cue, clause_floor: int, left_end: int) -> Attribution | None:
    """ "Noting that the county had lost jobs, Mayor Ortiz called for ...", "After saying he was nervous, the man
    ...": a participle clause of saying that opens its sentence, with "that" or a clause after it, reports for the
    subject of the main clause after its closing comma ("Recalling that moment, ..." and "Responding to the
    charge, ..." report nothing: no clause)."""
    if not _FRONTED_BEFORE_RE.fullmatch(text, clause_floor, left_end):
        return None
    cue_end = cue.end
    phrase = _PARTICIPLE_PHRASE_THAT_RE.match(text, cue_end, s_end)
    if phrase is not None and not _AUXILIARY_WORD_RE.search(phrase.group()):
        cue_end = phrase.end()  # "announcing in October that", not "Adding to the worry is a fear that"
    if not re.match(r"\s*that\b", text[cue_end:cue_end + 8]) and not _clause_follows(text, cue_end, s_end, text[cue.start:cue.end]):
        return None
    start = content_start(text, cue_end)
    # the comma closing the participle clause: the first after which a clause's subject names a speaker
    for comma in _COMMA_RE.finditer(text, start, s_end):
        mention = _main_clause_subject(text, names, comma.end(), s_end)
        if mention is None:
            continue
        end = comma.start() + (len(comma.group(1)) if comma.group(1) and text.count("“", start, comma.start()) > text.count("”", start, comma.start()) else 0)
        if not at_least_words(text, start, end, 3):
            return None
        return Attribution(start, end, "indirect", cue.start, cue_end, mention)
    return None


def _main_clause_subject(text: str, names: ArticleNames, start: int, s_end: int) -> Mention | None:
    """The subject of the clause opening at ``start``: read as a verb of saying's subject when one follows within a few
    words ("..., Trump told Fox that ...": Trump, where the longest opening naming a speaker would be "Fox"), else as a
    participle's clause subject (``clause_subject``)."""
    main_cue = next(iter(cues_in(text, start, min(s_end, start + 80))), None)
    if main_cue is not None:
        aux = AUXILIARIES_BEFORE.search(text, start, main_cue.start)
        mention = subject_before(text, start, aux.start() if aux else main_cue.start, names)
        if mention is not None:
            return mention
    return clause_subject(text, start, s_end, names)


# ", and " or ", but " opening a coordinated clause: the last one before a participle
_COORDINATED_CLAUSE_RE = re.compile(r",\s+(?:and|but)\s+")


def _coordinated_subject(text: str, floor: int, left_end: int, names: ArticleNames) -> Mention | None:
    """ "Protest groups say the rules are unfair, and the A.C.L.U. has sued the city, saying ...": the participle
    belongs to the last clause coordinated after a comma, whose own subject (a name or a description that opens
    it) speaks; None when that clause has none ("..., and sued the city, saying": the first clause's subject)."""
    coordinated = list(_COORDINATED_CLAUSE_RE.finditer(text, floor, left_end))
    if not coordinated:
        return None
    start = coordinated[-1].end()
    mention = clause_subject(text, start, left_end, names)
    opens = mention is not None and not text[start:mention.start].strip()
    return mention if opens and mention.form in ("name", "description") else None


def _after_cue_and_speaker(text: str, quote: Attribution, left_end: int) -> int:
    """Where the cue of ``quote`` ends or, when its speaker follows the cue ("“...,” said Tad Devine, a
    top aide,"), where the speaker and the apposition end: a participle right after them goes on with
    the speaker's words ("..., suggesting that ...")."""
    mention = quote.mention
    if mention is None or not quote.cue_end <= mention.start < mention.end <= left_end:
        return quote.cue_end
    last_comma = text.rfind(",", mention.end, left_end)
    apposition = text[mention.end:last_comma] if last_comma >= 0 else ""
    if last_comma >= 0 and (not apposition.strip() or apposition.lstrip().startswith(",") and not re.search(r"[“”\";]|''", apposition)):
        return last_comma
    return quote.cue_end


# "reported raising $9 million", "has reported spending $1.8 million on ads": a filing's gerund is what it reports
# (the past form only: "The FEC report covering the last three months" is a noun)
_GERUND_REPORTS = frozenset({"reported"})
_GERUND_RE = re.compile(r"\s+(?!being\b|nothing\b|something\b|anything\b|everything\b|during\b|morning\b|evening\b)[a-z]{2,}ing\b")


def _leading(text: str, mention: Mention, c_start: int, cue_end: int, lemma: str, scope: str, s_end: int, has_that: bool) -> Attribution | None:
    """ "SPEAKER said (that) CLAUSE": the content runs from the cue to the sentence's end."""
    if scope == "that" and not has_that and not _clause_follows(text, cue_end, s_end, text[c_start:cue_end]) and not (
        text[c_start:cue_end].lower() in _GERUND_REPORTS and _GERUND_RE.match(text, cue_end, s_end)
    ):
        return None  # "announced a partnership" (but "announced he supported the bill" reports)
    if lemma == "tell" and not has_that:
        # "told the Guardian she would ...": the one told belongs to the cue
        obj = re.match(TELL_OBJECT, text[cue_end:s_end])
        cue_end += obj.end() if obj else 0
        dated = TIME_AFTER_CUE.match(text, cue_end, s_end)
        if obj and obj.end() and dated is not None and CLAUSE_SUBJECT_AFTER_CUE.match(text, dated.end(), s_end):
            cue_end = dated.end()  # "told reporters Tuesday the plan would fail": the time belongs to the cue too
    start = content_start(text, cue_end)
    end = content_end(text, start, s_end)
    if not at_least_words(text, start, end, 2):
        return None
    return Attribution(start, end, "indirect", c_start, cue_end, mention)


def _trailing(text: str, names: ArticleNames, clause_floor: int, left_end: int, c_start: int, cue_end: int, s_end: int, earlier: list[Attribution]) -> Attribution | None:
    """ "CLAUSE, SPEAKER said." and "A, SPEAKER said, B.": the speaker sits between the
    last comma that leaves a valid noun phrase before the cue and the cue itself."""
    commas = [m.start() + clause_floor for m in re.finditer(r"(?<!\d),|,(?=\s)", text[clause_floor:left_end])]
    for comma in reversed(commas):
        mention = parse_speaker(text, comma + 1, left_end, strict=True, names=names)
        if mention is None and comma == commas[-1] and _DEFINITE_RE.match(text, comma + 1, left_end) and _FINITE_CUE_RE.match(text, c_start, cue_end):
            # "..., the former reality TV star said": a definite description right before a verb of saying names
            # its source though no word of it is a role (not before a cue that can be a plural noun: "the two
            # battleground states")
            mention = parse_speaker(text, comma + 1, left_end, strict=True, loose=True, names=names)
            if mention is not None and any(word.lower() in PRONOUN_GENDER for word in mention.text.split()):
                mention = None  # "..., the more he said": a clause of comparison, no description
        if mention is None:
            continue
        if mention.form == "description" and re.match(r"(?:an?|the)\s", mention.text, re.IGNORECASE):
            # "Li Chengdong, an e-commerce investor, wrote": the description is an apposition
            earlier_commas = [c for c in commas if c < comma]
            if earlier_commas:
                fuller = parse_speaker(text, earlier_commas[-1] + 1, left_end, strict=True, names=names)
                if fuller is not None and fuller.form == "name" and at_least_words(text, clause_floor, earlier_commas[-1], 3):
                    comma, mention = earlier_commas[-1], fuller
        a_end = comma
        if not at_least_words(text, clause_floor, a_end, 2):
            # "Sometimes, they say, it means ...", "But, he said, it is risky": an adverb before the source
            b = re.match(r"\s*,\s*", text[cue_end:s_end])
            if b and at_least_words(text, cue_end + b.end(), s_end, 2):
                start = cue_end + b.end()
                quote = Attribution(start, content_end(text, start, s_end), "indirect", c_start, cue_end, mention)
                _subject_part(text, clause_floor, a_end, quote, earlier)
                return quote
            return None
        rest = text[cue_end:s_end]
        b = re.match(r"\s*,\s*", rest)
        first_words = text[clause_floor:a_end].split()
        subordinate = bool(first_words) and first_words[0].lower() in SUBORDINATORS or not at_least_words(text, clause_floor, a_end, 4)
        if b and rest[b.end():].strip(" .!?"):
            b_start = cue_end + b.end()
            b_words = text[b_start:b_start + 12].split()
            b_word = b_words[0].lower() if b_words else ""
            if subordinate:
                quote = Attribution(b_start, content_end(text, b_start, s_end), "indirect", c_start, cue_end, mention)
                if _finite_subordinate(first_words):
                    # "If it's just a few delegates, the campaign said, it may not bother": the subordinate clause
                    # is the speaker's too, a part of the same report
                    part = Attribution(clause_floor, a_end, "indirect", c_start, cue_end, mention)
                    part.borrowed_from = quote
                    earlier.append(part)
                else:
                    _subject_part(text, clause_floor, a_end, quote, earlier)
                return quote
            quote = Attribution(clause_floor, a_end, "indirect", c_start, cue_end, mention)
            if b_word == "including" or not b_word.startswith(("which", "who", "where")) and not b_word.endswith(("ing", "ed")):
                # "A, Graham said, since B": the speaker's words go on after the cue (a participle
                # phrase, "..., he said, vindicating ...", is the narrator's)
                extra = Attribution(b_start, content_end(text, b_start, s_end), "indirect", c_start, cue_end, mention)
                extra.borrowed_from = quote
                earlier.append(extra)
            return quote
        return Attribution(clause_floor, a_end, "indirect", c_start, cue_end, mention)
    return None


def _finite_subordinate(words: list[str]) -> bool:
    """Whether the words before a source ("If it's just a few delegates at stake") are a subordinate clause with
    its own subject and verb, four words or more: a subordinator, then no participle ("When asked about it",
    "After meeting Trump aides" are the narrator's) and no adverb alone ("Sometimes"); not "as", which
    frames the words in the narrator's time ("As China's economy develops, he said, China should ...")."""
    lower = [word.lower().strip(",") for word in words]
    return len(lower) >= 4 and lower[0] in SUBORDINATORS - {"as"} and not _PARTICIPLE_WORD_RE.fullmatch(lower[1])


_PARTICIPLE_WORD_RE = re.compile(r"[a-z]{2,}(?:ed|ing|en)|asked|told|pressed")


# connectives, prepositions and relative words ("that" is a determiner too): a phrase they open or close is no subject
_NOT_IN_SUBJECT = (RELATIVE_WORDS - {"that"}) | LEADING_CONNECTIVES | PREPOSITIONS | SUBORDINATORS | {"what", "or", "not"}
_TIME_WORDS = date_words() | frozenset("earlier later last next week weeks month months year years today yesterday tonight ago morning evening night".split())
# a word that opens no predicate: after it, the part after the source is a clause of its own
_NO_PREDICATE_OPENERS = _NOT_IN_SUBJECT | PRONOUN_GENDER.keys() | DETERMINERS | {"there", "you", "our", "my"}


def _subject_part(text: str, a_start: int, a_end: int, quote: Attribution, earlier: list[Attribution]) -> None:
    """ "This campaign, he says, is different", "The goal, John Kerry said, is to reach a deal": a short
    noun phrase before the source is the subject of the words after it, so it is reported too, as a
    part of the same report (like the two parts of an interrupted quotation; one word alone is no
    quote, see ``_keep``). Not an adverb or a
    subordinate clause before the source ("Sometimes, they say, it means ...": the part after the
    source has its own subject), nor a phrase the part after the source does not continue."""
    subject = text[a_start:a_end].strip(" ,")
    words = subject.split()
    following = re.match(r"\s*([A-Za-z][\w’'\-]*)", text[quote.start:quote.end])
    if not words or following is None or not following.group(1).islower() or following.group(1) in _NO_PREDICATE_OPENERS:
        return
    lower = [word.lower().strip(".,") for word in words]
    if lower[0] in _NOT_IN_SUBJECT or lower[0].endswith("ly") or lower[-1] in _NOT_IN_SUBJECT or any(word in _TIME_WORDS for word in lower):
        return  # "However", "Earlier this week": an adverbial, not the subject
    start = a_start + text[a_start:a_end].index(subject)
    part = Attribution(start, start + len(subject), "indirect", quote.cue_start, quote.cue_end, quote.mention)
    part.borrowed_from = quote
    earlier.append(part)


@lru_cache(maxsize=1)
def _report_nouns() -> dict[str, frozenset[str]]:
    """Noun of saying → the complements it reports (``that``, ``to``), from ``lexicons/report_nouns.csv``."""
    nouns = {}
    for row in csv.DictReader(data_lines("report_nouns.csv")):
        complements = frozenset(row["complement"].split())
        if not complements or not complements <= {"that", "to"}:
            raise ValueError(f"lexicons/report_nouns.csv: {row['noun']!r} has complement {row['complement']!r}; use that, to or both")
        nouns[row["noun"].strip().lower()] = complements
    return nouns


# a possessive and at most two lower-case words before a noun of saying: "his ", "Trump's false ", "the
# campaign's earlier ", "Mr. Obama's original "
_POSSESSOR_BEFORE_RE = re.compile(
    r"(?:(?<![\w’'\-])(?P<pronoun>his|her|their|its)|(?P<owner>(?<![\w’'\-])(?:(?:the|a|an|his|her|their|its)(?:\s+[\w\-]+){1,3}?|[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*))[’']s?)"
    r"(?:\s+(?-i:[a-z][\w\-]*)){0,2}\s+$"
)
# what may stand between the noun and its complement: "in November", "last month", "in a recent Fox News interview";
# no form of "have" or "be" in it (but "being", which the rule has always let through)
_NOUN_COMPLEMENT_RE = re.compile(
    r"(?:\s+(?:in|on|at|during|last|this|earlier|from)(?:\s+(?!" + alternation(BE_FORMS - {"being"} | HAVE_FORMS) + r"\b)[\w’'\-.]+){1,5}?)?\s+(?:(?P<that>that)\s+(?!" + FINITE_AUXILIARY + r"\b)(?=\w)|(?P<to>to)\s+(?=[a-z]+\b(?<!s\b))(?!(?:the|a|an|his|her|their|its|this|that|these|those|be)\b))"
)


def _possessor_of_noun(text: str, s_start: int, cue: Cue) -> re.Match[str] | None:
    """The possessive before ``cue`` when the cue is a noun of saying of ``lexicons/report_nouns.csv`` ("his
    claim", "Trump's false claims"), else None."""
    if text[cue.start:cue.end].lower() not in _report_nouns():
        return None
    return _POSSESSOR_BEFORE_RE.search(text, max(s_start, cue.start - 80), cue.start)


def _nominal_report(text: str, names: ArticleNames, s_end: int, cue: Cue, possessor: re.Match[str]) -> Attribution | None:
    """ "his claim in November that CLAUSE", "Trump's promise to build a wall": the possessor speaks the noun's
    that-clause or infinitive (as ``lexicons/report_nouns.csv`` allows); no complement, no report ("his
    claim was false", "Trump's promise to voters")."""
    complement = _NOUN_COMPLEMENT_RE.match(text, cue.end, s_end)
    if complement is None or ("that" if complement.group("that") else "to") not in _report_nouns()[text[cue.start:cue.end].lower()]:
        return None
    if possessor.group("pronoun"):
        mention: Mention | None = Mention(possessor.start("pronoun"), possessor.end("pronoun"), possessor.group("pronoun"), "pronoun")
    else:
        start, end = possessor.span("owner")
        mention = parse_speaker(text, start, end, strict=True, loose=True, names=names) or subject_phrase(text, start, end, names)
    if mention is None:
        return None
    start = complement.end() if complement.group("that") else complement.start("to")
    # the complement ends at its first comma, dash or bracket: the sentence goes on in the narrator's words
    # ("Trump's claim that Obama “founded ISIS,” saying they were nitpicking")
    end = content_end(text, start, s_end)
    stop = re.search(r",(?P<mark>[”\"’]|'')?|\s[—–-]\s|\s\(", text[start:end])
    if stop is not None:
        end = start + (stop.end() if stop.group("mark") else stop.start())  # (a closing mark after the comma is the complement's)
    if not at_least_words(text, start, end, 2):
        return None
    cue_end = complement.start("that") if complement.group("that") else cue.end
    while cue_end > cue.end and text[cue_end - 1].isspace():
        cue_end -= 1  # "claim in November"
    return Attribution(start, end, "indirect", cue.start, cue_end, mention)


def _according_to(text: str, names: ArticleNames, s_end: int, c_start: int, c_end: int, clause_floor: int, earlier: list[Attribution]) -> Attribution | None:
    """ "According to X, a ROLE, CLAUSE." and "CLAUSE, according to X." """
    left = text[clause_floor:c_start]
    opener = left.split()[0].lower().strip(",") if left.split() else ""
    # "In addition, according to the department, ...", "But, according to the poll, ...": an adverbial before it
    adverbial = bool(re.fullmatch(r"\s*(?:[\w’']+\s*,?\s*){1,3}", left)) and (opener in LEADING_CONNECTIVES or opener in PREPOSITIONS or opener.endswith("ly"))
    if not left.strip(" ,") or adverbial or re.fullmatch(r"\s*(?:\w+\s*,?\s*){0,2}", left) and not left.rstrip().endswith(","):
        # sentence-initial: "According to X, a ROLE, CLAUSE."
        segments = comma_segments(text, c_end, s_end)
        if len(segments) < 2:
            return None
        mention = parse_speaker(text, *segments[0], loose=True, names=names) or _source_phrase(text, *segments[0])
        if mention is None:
            return None
        k = 1
        while k < len(segments) - 1:
            if not _apposition(text, segments[k], names):
                break
            mention.role = ", ".join(x for x in (mention.role, re.sub(r"^(?:an?|the)\s+", "", text[segments[k][0]:segments[k][1]])) if x)
            k += 1
        start = segments[k][0]
        return Attribution(start, content_end(text, start, s_end), "indirect", c_start, c_end, mention)
    # trailing: "CLAUSE, according to X." (or "A, according to X, B": both parts); a spaced dash ends the
    # source ("according to the Tax Policy Center - half a percentage point of GDP")
    np_end = content_end(text, c_end, s_end)
    dash = re.search(r"\s[-—–]\s", text[c_end:np_end])
    if dash is not None:
        np_end = c_end + dash.start()
    segments = comma_segments(text, c_end, np_end)
    after: tuple[int, int] | None = None
    if len(segments) > 1:
        # "The implication, according to the Sanders aide, is that ...": the clause goes on after the source
        # (a relative clause or, last, a noun phrase with a determiner describes the source: "..., according to
        # SITE Intelligence Group, which tracks ...", "according to the U.S. Judicial Conference, the policy-making
        # arm of the federal court system")
        rest = [
            seg for k, seg in enumerate(segments[1:], start=1)
            if not (_apposition(text, seg, names) or _describes_source(text, seg, names, last=k == len(segments) - 1))
        ]
        if rest and at_least_words(text, rest[0][0], np_end, 3):
            # (a clause joined by a conjunction is the narrator's own: "..., according to a CNN tally, but his
            # pathway is narrowing"; the source ends before it all the same)
            if not re.match(r"(?:but|and|yet|while|so|although|though)\b", text[rest[0][0]:rest[0][1]], re.IGNORECASE):
                after = (rest[0][0], np_end)
            np_end = segments[segments.index(rest[0]) - 1][1]
    if not names_a_source(text[c_end:np_end]):
        return None  # "..., according to plan."
    mention = parse_speaker(text, c_end, np_end, loose=True, names=names) or _source_phrase(text, c_end, np_end)
    if mention is None:
        return None
    end = c_start
    while end > clause_floor and text[end - 1] in " ,":
        end -= 1
    start = clause_floor
    for other in earlier:
        if other.start <= start < other.end:
            return None
    quote = Attribution(start, end, "indirect", c_start, c_end, mention)
    if after is not None:
        extra = Attribution(after[0], after[1], "indirect", c_start, c_end, mention)
        extra.borrowed_from = quote
        earlier.append(extra)
    return quote


def _apposition(text: str, segment: tuple[int, int], names: ArticleNames) -> bool:
    """Whether a comma segment after a source describes it ("a professor at Yale"): a noun phrase that
    is no pronoun and opens with no number ("46 percent of voters remain undecided" is a share of
    people, the subject of the clause the source reports)."""
    words = tokens(text, *segment)
    if not words or SHARE_OF_PEOPLE_RE.match(" ".join(word.lower() for _start, _end, word in words)):
        return False
    head = head_mention(text, words, names)
    return head is not None and head.form != "pronoun"


def _describes_source(text: str, segment: tuple[int, int], names: ArticleNames, *, last: bool) -> bool:
    """Whether a comma segment after a source describes it though its head is no source noun: a relative
    clause ("which tracks terrorists' communications", "who was an adviser") or, as the sentence's last
    segment, a noun phrase of up to eight words opened by an article ("the policy-making arm of the federal
    court system")."""
    words = tokens(text, *segment)
    if not words:
        return False
    first = words[0][2].lower()
    if first in ("which", "who", "whose", "whom"):
        return True
    return last and first in ("the", "a", "an") and len(words) <= 8 and subject_phrase(text, *segment, names) is not None


_SOURCE_WORDS = 12
_POSTMODIFIER_RE = re.compile(r"[a-z]{3,}(?:ed|ing)|that|which|who", re.IGNORECASE)


def _source_phrase(text: str, start: int, end: int) -> Mention | None:
    """What follows "according to" when it is no name or known description ("a fact sheet lawmakers
    released Monday", "FEC records", "exit polling data"): a description, up to twelve words."""
    words = tokens(text, start, end)
    if len(words) > _SOURCE_WORDS:
        # "early results of exit polls conducted for the Associated Press and television networks": the
        # noun phrase before its participle or relative clause names the source
        cut = next((k for k, word in enumerate(words) if k >= 2 and _POSTMODIFIER_RE.fullmatch(word[2])), len(words))
        words = words[:cut]
    if not words or len(words) > _SOURCE_WORDS or words[0][2].lower() in ("him", "her", "them", "it", "me", "us"):
        return None
    return Mention(words[0][0], words[-1][1], text[words[0][0]:words[-1][1]], "description")


def _passive_agent(text: str, names: ArticleNames, s_end: int, c_start: int, c_end: int) -> Attribution | None:
    """ "he's described by those close to him as more of a "geek" ": the agent is the source."""
    m = re.match(r"\s+by\s+([^,.;]{2,80}?)\s+as\s+", text[c_end:s_end])
    if not m:
        return None
    mention = parse_speaker(text, c_end + m.start(1), c_end + m.end(1), names=names)
    if mention is None:
        return None
    start = c_end + m.end()
    return Attribution(start, content_end(text, start, s_end), "indirect", c_start, c_end + m.start(1) - 1, mention)


def _stop_before_later_quotes(text: str, quote: Attribution, quoted_found: list[Attribution]) -> None:
    """ "X said A and added, "B."", "X said A, which he called "C."": reported speech ends before
    the clause of a later quote of the sentence, at its last comma or conjunction. ``quoted_found``: the
    direct and mixed quotes found, in the order found."""
    for other in quoted_found:
        if other.kind in ("direct", "mixed") and quote.start < other.start < quote.end:
            limit = min(other.start, other.cue_start) if other.has_cue and other.cue_start > quote.start else other.start
            # (read past the limit by the later cue's word: "..., adding: “...”" joins at ", adding", the cue itself)
            reach = max(limit, other.cue_end if other.has_cue and other.cue_start == limit else limit) + 2
            cut = max(
                (m.start() for m in _CLAUSE_JOIN_RE.finditer(text, quote.start, reach) if m.start() < limit),
                default=-1,
            )
            if cut > quote.start:
                quote.end = min(quote.end, cut)


def _keep(text: str, marks: QuoteMarks, quote: Attribution, found: FoundQuotes, quoted_found: list[Attribution]) -> None:
    """Record reported speech: quote marks inside it make it mixed; over a direct quote
    already found it is not repeated. ``quoted_found``: the direct and mixed quotes of ``found``, in
    its order (a mixed one kept is added to them)."""
    _stop_before_later_quotes(text, quote, quoted_found)
    if quote.end <= quote.start or not at_least_words(text, quote.start, quote.end, 2):
        return
    inside = marks.within(quote.start, quote.end + 1)
    if quote.mixed_only and not any(not p.used for p in inside):
        return  # "called the consultation a ..." reports speech only around quoted words
    for pair in inside:
        if pair.used:
            return
        quote.kind = "mixed"
        pair.used = True
        quote.end = max(quote.end, pair.close + 1)
    left_open = marks.open_at_end(quote.start, quote.end)
    if left_open is not None and not left_open.used and not left_open.reopened and text.count("\n", quote.end, left_open.close) == 0:
        # 'said the plan "would fail. Nobody wants it."': quoted words opened inside the report go on past the
        # sentence's end to their closing mark, and the report with them
        quote.kind = "mixed"
        left_open.used = True
        quote.end = left_open.close + 1
    for other in quoted_found:
        if other.start < quote.end and quote.start < other.end and other.kind in ("direct", "mixed"):
            return
    found.used_cues.add(quote.cue_start)
    found.add(quote)
    if quote.kind != "indirect":
        quoted_found.append(quote)
