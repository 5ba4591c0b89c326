"""Direct quotes: words in quote marks, attributed by the cue next to them.

For each quotation, in order: a cue right after it (``"...," says X``, ``"...," X
said``) or right before it (``X said: "..."``, ``X told reporters, "..."``) gives
the speaker; ``"X," he said, "Y."`` is two quotes by one speaker; a fragment after
the narrator's own words with a cue is a mixed quote over the whole clause; a
quoted phrase in the clause of an attribution just made is that speaker's too. A
quotation opening its sentence with no cue is still speech (its speaker is found
from the context later) unless it reads as a title; any other quoted words with no
cue are kept aside as fragments (scare quotes, or speech between two quotes of one
speaker, decided once speakers are known).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import Article
from .attribution import Attribution, FoundQuotes
from ..text import SPEECH_CLAUSES, alternation, clause_start, platform_names, word_spans
from .clauses import content_end, sentence_bounds
from .cues import AUXILIARIES_BEFORE, CLAUSE_SUBJECT_AFTER_CUE, CUE_PHRASE, TELL_OBJECT, TIME_AFTER_CUE, authored_nouns, cue_phrase_end, cues_in, speaker_end
from .mentions import PRONOUN_GENDER, SUBORDINATORS, Mention, clause_subject, parse_speaker, subject_before
from .names import ArticleNames
from .quote_marks import QuoteMarkPair, QuoteMarks
from .roles import categorize

# a reported clause opening right after a cue: "said that ...", "said his running mate ..."
_THAT_AFTER_CUE_RE = re.compile(r"\s+that\s", re.IGNORECASE)
# after a quotation that ends what the cue reports: punctuation, or another clause ("chanted "What curfew?" and kept going")
# what may follow a quotation that ends a clause: punctuation, a dash (spaced hyphens too: '"..." - the first
# to say so'), or a conjunction
_CLAUSE_GOES_ON_RE = re.compile(r"\s*(?:[,;:—–)]|-{1,2}(?=\s)|(?:and|but|as|before|after|while|when|then)\b)")
# a subordinate clause or adverbial of time opened after the speaker who follows the cue
# ("as" only before a pronoun: "said Democrats such as Chuck Schumer" names the speakers)
_ADVERBIAL_AFTER_SPEAKER_RE = re.compile(
    r"\s(?:" + alternation(SUBORDINATORS - {"as"} | {"during", "amid", "despite"}) + r"|as(?=\s+" + alternation(PRONOUN_GENDER) + r"\b))\s"
)
_SENTENCE_FINAL = frozenset({"!", "?", "…"})
_AFTER_CLOSE = " \t\u00a0'’\"”"  # the characters that may follow a closing mark (a string: rstrip and "in" read it alike)
# a dash signing a quote with its speaker's name, to the end of the line (vox-pop lists)
_SIGNATURE_RE = re.compile(r"[ \t\u00a0]*([―—–]|--)[ \t\u00a0]*(?=[A-Z])")
# a line of its own after a quotation's paragraph, opened by a dash or a hyphen, signing the quotation
# with its speaker's name (fact checks and lists of quotations: '"..."\n\n- Bernie Sanders.')
_SIGNATURE_LINE_RE = re.compile(r"[ \t\u00a0]*\n\s*([―—–]|--?)[ \t\u00a0]*(?=[A-Z])")
_SIGNATURE_LINE_WORDS = 12
# a comma and a coordinating conjunction ending a clause before another one's subject: ", and then", ", but"
_AND_THEN_RE = re.compile(r",\s*(?:and|but)(?:\s+then)?\s*$")
# a participle clause or an adverb going on after a quotation ('“...,” adding', '“...,” repeatedly')
_PARTICIPLE_OR_ADVERB_RE = re.compile(r"[’'\"”]*\s+[a-z]+(?:ing|ly)\b")
# a coordinating conjunction right after a quotation, opening a clause of its own ('“...,” but he also warned ...')
_CONJUNCTION_AFTER_QUOTATION_RE = re.compile(r"[\s,;'’\"”]*(?:and|but|yet)\s")
_TITLE_SMALL_WORDS = frozenset({"of", "for", "and", "the", "de", "van", "von", "al", "bin", "a", "an", "in", "on", "to"})


def find_direct_quotes(article: Article, marks: QuoteMarks, names: ArticleNames, found: FoundQuotes) -> None:
    """Add every direct (and cue-adjacent mixed) quote of ``article`` to ``found``; quoted
    words with no cue go to ``found.fragments``. ``names``: the article's names."""
    text = article.text
    pairs = marks.pairs
    previous: Attribution | None = None
    for index, pair in enumerate(pairs):
        if pair.used:
            continue  # inside a speaker's labelled turn (``labels``)
        s_start, s_end = sentence_bounds(article, pair.close)
        o_start, _ = sentence_bounds(article, pair.open)
        next_open = pairs[index + 1].open if index + 1 < len(pairs) else len(text)
        limit = min(s_end, next_open)
        # (the quotation's last word, past a quotation closing inside it: "“She asked, ‘What can I do?’” Weaver said.")
        if text[pair.start:pair.end].rstrip(_AFTER_CLOSE)[-1:] in _SENTENCE_FINAL and s_end <= pair.close + 2 and not text[o_start:pair.open].strip():
            # "“Will be such fun!” Trump tweeted.": after a quotation ending in "!" or "?" the segmenter starts
            # a new sentence at the capitalised speaker; its cue is still the quotation's (when the quotation
            # is a sentence of its own: "Clinton responds with, “Why now?” Mills then writes back" is Clinton's)
            after = pair.close + 1
            while after < len(text) and text[after] in _AFTER_CLOSE:
                after += 1  # the rest of a two-character mark (''), and blanks
            following = article.sentence_at(after)
            if following is not None and following.start > s_start:
                limit = min(following.end, next_open)
        prev_pair = pairs[index - 1] if index > 0 else None
        floor = o_start
        if prev_pair is not None and prev_pair.close >= o_start:
            floor = prev_pair.close + 1
        lead = text[floor:pair.open]
        at_start = not lead.strip() or bool(re.search(r"[:—–]\s*$", lead)) and cues_in(text, floor, pair.open) == []
        content_words = len(word_spans(text, pair.start, pair.end))
        sentence_like = content_words >= 4 or bool(re.search(r"[.!?,…]\s*$", text[pair.start:pair.end]))
        # an interrupted quote: "X," he said, "Y." shares the attribution of its first half
        if (
            previous is not None
            and previous.pair is prev_pair
            and previous.kind == "direct"
            and previous.has_cue
            and prev_pair.close < previous.cue_start < pair.open
            and re.search(r"[,:]\s*$", text[prev_pair.close + 1:pair.open])
            and sentence_bounds(article, pair.open)[0] <= prev_pair.close
        ):
            quote = Attribution(pair.start, pair.end, "direct", previous.cue_start, previous.cue_end, previous.mention, pair)
            quote.borrowed_from = previous
            found.add(quote)
            previous = quote
            continue
        after = _cue_after(text, pair, limit, names)
        if after is not None and not at_start and text.startswith("according to", after[0]) and cues_in(text, floor, pair.open):
            after = None  # "..., saying that his critics should “look for a psychiatrist,” according to Reuters": the clause's own speaker's
        before = _cue_before(text, pair, floor, s_end, names) if after is None else None
        if after is None and before is None and sentence_like:
            before = _colon_before(text, pair, floor, s_end, names)
        introduced = _colon_paragraph_before(article, pair) if after is None and before is None and not lead.strip() else None
        if introduced is not None:
            # "Reporter Jomana Karadsheh says:", "Trump issued the following statement:" ending the paragraph before
            # the one the quotation opens (with no cue, only a clause naming a text: "Wait, it gets better:" is none)
            before = _cue_before(text, pair, introduced, s_end, names) or (
                _colon_before(text, pair, introduced, s_end, names) if sentence_like and _authored_noun_re().search(text, introduced, pair.open) else None
            )
            if before is not None:
                # the cue stays free for what its own sentence reports ("Obama claims she is qualified:")
                quote = Attribution(pair.start, pair.end, "direct", before[0], before[1], before[2], pair)
                found.add(quote)
                previous = quote
                continue
        attribution = after or before
        going_on = _cue_after_words(text, pair, limit, names) if attribution is None and at_start and sentence_like else None
        if going_on is not None:
            # "“Many would call that a defeat” if she lost, said Smith, an analyst.": the quotation goes on in the
            # narrator's words up to the cue; the whole is one mixed quote
            c_start, c_end, mention, content_stop = going_on
            quote = Attribution(pair.open, content_stop, "mixed", c_start, c_end, mention, pair)
            found.used_cues.add(c_start)
            found.add(quote)
            previous = quote
            continue
        if attribution is not None:
            c_start, c_end, mention = attribution
            if at_start or before is not None:
                if not sentence_like and content_words < 3 and before is None:
                    continue
                quote = Attribution(pair.start, pair.end, "direct", c_start, c_end, mention, pair)
            else:
                # a fragment after the narrator's words: the whole clause is a mixed quote, with the fragments
                # before it in the clause that no cue claimed ("Guns are “a crisis” and “stunt growth,” Dean said")
                clause = clause_start(text, _unclaimed_fragments_floor(text, pairs, index, o_start, found.fragments, floor), pair.open, SPEECH_CLAUSES)
                found.fragments[:] = [f for f in found.fragments if not clause <= f.open < pair.open]
                quote = Attribution(clause, pair.close + 1, "mixed", c_start, c_end, mention, pair)
            found.used_cues.add(c_start)
            found.add(quote)
            previous = quote
            continue
        if (
            previous is not None
            and previous.kind == "direct"
            and previous.has_cue
            and floor <= previous.cue_start < pair.open
            and previous.mention is not None
            and previous.mention.end <= pair.open
            and not _title_in_phrase(text, pair, text[previous.cue_start:pair.open])
        ):
            # "“...,” says X, who studies ... and was “like almost everyone” surprised":
            # a fragment in the attribution's own clause is X's words inside a paraphrase
            previous_end = previous.mention.end
            chunk = max(text.rfind(" and ", previous_end, pair.open) + 5, text.rfind(", ", previous_end, pair.open) + 2, previous_end)
            quote = Attribution(chunk, content_end(text, pair.close + 1, s_end), "mixed", previous.cue_start, previous.cue_end, previous.mention, pair)
            quote.borrowed_from = previous
            found.add(quote)
            continue
        # (a title with the comma of the sentence inside its marks, as US style writes it: "“Billions,” a show about")
        if at_start and sentence_like and not looks_like_title(text[pair.start:pair.end].removesuffix(",")):
            quote = Attribution(pair.start, pair.end, "direct", pair=pair)
            found.add(quote)
            previous = quote
        elif not at_start:
            found.fragments.append(pair)


def _unclaimed_fragments_floor(text: str, pairs: list[QuoteMarkPair], index: int, o_start: int, fragments: list[QuoteMarkPair], floor: int) -> int:
    """Where the clause of the mixed quote closing at ``pairs[index]`` may start: before the quoted fragments
    of its sentence right before it that no cue claimed (``fragments``), when no cue and no bracket stands in
    that clause before the quotation ("Guns are “a crisis” and “stunt growth,” Dean said": one mixed quote, not
    two); else ``floor`` (after the pair before the quotation)."""
    start = floor
    k = index - 1
    while k >= 0 and pairs[k] in fragments and pairs[k].open >= o_start:
        start = pairs[k - 1].close + 1 if k > 0 and pairs[k - 1].close >= o_start else o_start
        k -= 1
    if start == floor or cues_in(text, clause_start(text, start, floor, SPEECH_CLAUSES), pairs[index].open) or "(" in text[start:pairs[index].open]:
        return floor  # "When Francis said Mr. Trump “is not Christian” ...": a cue of its own claims the fragment
    return start


def _line_end(text: str, position: int) -> int:
    """Where the line holding ``position`` ends (its newline, or the end of the text)."""
    end = text.find("\n", position)
    return len(text) if end < 0 else end


# nothing but spaces and full stops to the end of the text (matched in place: no copy of the rest of the article)
_ARTICLE_END_RE = re.compile(r"[ \t\n.\u00a0]*\Z")


def _signer(text: str, start: int, end: int, names: ArticleNames | None) -> Mention | None:
    """The person named by the signature of a quotation, ``text[start:end]``; ``None`` unless it is a name, and
    not a body's ending the article: "- Reuters." as its last line credits the agency, it signs no quotation."""
    mention = parse_speaker(text, start, end, strict=True, names=names)
    if mention is None or mention.form != "name":
        return None
    if categorize(mention.text)[1] == "organization" and _ARTICLE_END_RE.match(text, end):
        return None
    return mention



def _speaker_end(text: str, cue_end: int, limit: int) -> int:
    """Where the speaker after a cue can end: ``limit`` less the sentence's closing punctuation and spaces."""
    end = limit
    while end > cue_end and text[end - 1] in ".!?,; \n":
        end -= 1
    return end

def _cue_after(text: str, pair: QuoteMarkPair, limit: int, names: ArticleNames) -> tuple[int, int, Mention] | None:
    """A cue and speaker right after the quotation, before ``limit``: ``"...," says X`` or
    ``"...," X (has) said (in a statement)``, as (cue start, cue end, speaker)."""
    seg_start = pair.close + 1
    signed = _SIGNATURE_RE.match(text, seg_start)
    if signed:
        # "“The most unqualified child to ever run for president.” ― Francisco Herrero": a quote signed with a dash
        mention = _signer(text, signed.end(), _line_end(text, signed.end()), names)
        if mention is not None:
            return signed.start(1), signed.end(1), mention
    signed = _SIGNATURE_LINE_RE.match(text, seg_start)
    if signed:
        line_end = _line_end(text, signed.end())
        while line_end > signed.end() and text[line_end - 1] in ". \t\u00a0":
            line_end -= 1
        if len(word_spans(text, signed.end(), line_end)) <= _SIGNATURE_LINE_WORDS and all(
            scope == "participle" for *_, scope in cues_in(text, signed.end(), line_end)  # "-Obama, tweeting after the speech"
        ):
            mention = _signer(text, signed.end(), line_end, names)
            if mention is not None:
                return signed.start(1), signed.end(1), mention
    for c_start, c_end, lemma, scope in cues_in(text, seg_start, min(limit, seg_start + 200)):
        bare = not text[seg_start:c_start].strip(" ,;:—–\n'’\"”")  # the cue right after the quotation mark
        if lemma == "according to" and bare:
            # "“...,” according to CNN.", "“...,” according to a court document filed by the state attorney.": the
            # source after it gives the quotation (with a verb of saying between, as in "“...,” Sanders said, according
            # to CNN", the speaker is the verb's)
            mention = parse_speaker(text, c_end, _speaker_end(text, c_end, limit), loose=True, names=names)
            return (c_start, c_end, mention) if mention is not None else None
        if scope == "participle" or lemma == "according to":
            return None
        if bare:  # past the rest of a closing mark too: "them,''' said"
            # "..., says Ding, a primary school teacher in Qingdao."
            np_end = _speaker_end(text, c_end, limit)
            comma = text.find(",", c_end, np_end)
            adverbial = _ADVERBIAL_AFTER_SPEAKER_RE.search(text, c_end, np_end if comma < 0 else comma)
            if adverbial is not None:
                # "..., said Trump as he left the stage", "said Smith during a rally"; not inside an apposition
                # ("said Jim Walsh, ..., a group that opposes the use of ethanol as a climate solution")
                np_end = adverbial.start()
            mention = parse_speaker(text, c_end, np_end, strict=True, names=names)
            if mention is None:
                return None
            return c_start, c_end, mention
        if len(word_spans(text, seg_start, c_start)) > 25 or _CONJUNCTION_AFTER_QUOTATION_RE.match(text, seg_start, c_start):
            # "Smith called it “a disgrace,” but he also noted ...", "... “not too likely” and 14 percent said ...": the
            # cue after the conjunction reports what follows it in a clause of its own, never the quotation before it
            return None
        pre_end = c_start
        aux = AUXILIARIES_BEFORE.search(text, seg_start, c_start)
        if aux and aux.start() > seg_start:
            pre_end = aux.start()
        mention = parse_speaker(text, seg_start, pre_end, strict=True, names=names)
        if mention is None:
            return None
        cue_end = cue_phrase_end(text, c_end, limit, lemma)
        dated = TIME_AFTER_CUE.match(text, cue_end, limit)
        if dated is not None:
            cue_end = cue_phrase_end(text, dated.end(), limit, lemma)  # "“...,” Trump said this month on CNBC."
        clause_after = (
            CLAUSE_SUBJECT_AFTER_CUE.match(text, cue_end, limit)
            or _THAT_AFTER_CUE_RE.match(text, cue_end, limit)
            # a title in quote marks ("on Fox News channel’s “Sunday Morning Futures,” Rep. Darrell Issa said
            # Democratic ..."): any words after the cue are what it reports
            or (
                len(word_spans(text, pair.start, pair.end)) >= 2
                and looks_like_title(text[pair.start:pair.end].rstrip(","))
                and re.match(r"\s+(?:[A-Z][\w’'\-]*|the|a|an|his|her|their|its)\s", text[cue_end:limit])
            )
        )
        if lemma != "tell" and clause_after and len(word_spans(text, cue_end, limit)) >= 3:
            return None  # "“Fox News Sunday,” Gov. Mike Pence said his running mate ...": the cue reports what follows it
        return c_start, cue_end, mention
    return None


def _cue_after_words(text: str, pair: QuoteMarkPair, limit: int, names: ArticleNames) -> tuple[int, int, Mention, int] | None:
    """An inverted cue ending the sentence after the narrator's words that carry the quotation on
    (``"..." if she lost, said Smith, an analyst.``), as (cue start, cue end, named speaker, end of
    the words before the cue's comma); None when other quoted words or a cue come between."""
    seg_start = pair.close + 1
    for c_start, c_end, lemma, scope in cues_in(text, seg_start, min(limit, seg_start + 200)):
        between = text[seg_start:c_start].rstrip()
        words = len(word_spans(text, seg_start, c_start))
        if scope == "participle" or lemma == "according to" or not between.endswith(",") or not 0 < words <= 25 or re.search(r"[“”\"]|''", between):
            return None
        mention = parse_speaker(text, c_end, _speaker_end(text, c_end, limit), strict=True, names=names)
        if mention is None or mention.form != "name":
            return None
        return c_start, c_end, mention, seg_start + len(between.rstrip(", "))
    return None


@lru_cache(maxsize=1)
def _authored_noun_re() -> re.Pattern[str]:
    """A noun of authored text (``lexicons/authored_nouns.csv``, use "authored"): "statement", "letter"."""
    return re.compile(r"\b" + alternation(authored_nouns("authored")) + r"\b", re.IGNORECASE)


def _colon_paragraph_before(article: Article, pair: QuoteMarkPair) -> int | None:
    """The start of the sentence ending the paragraph before the quotation's when that sentence
    ends in a colon and the quotation opens its own paragraph, else None."""
    text = article.text
    before = text[:pair.open].rstrip()
    if not before.endswith(":") or "\n" not in text[len(before):pair.open]:
        return None
    start, _ = sentence_bounds(article, len(before) - 1)
    # "The Times made these claims, and Breitbart News responded:": the clause the colon ends
    start = clause_start(text, start, len(before) - 1, SPEECH_CLAUSES, coordinated=True)
    return start if start < len(before) - 1 else None


def _cue_before(text: str, pair: QuoteMarkPair, floor: int, s_end: int, names: ArticleNames) -> tuple[int, int, Mention] | None:
    """A speaker and cue right before the quotation, with or without a comma or colon:
    ``He added: "..."``, ``she told reporters on Monday: "..."``, ``Trump declared "..."``,
    ``I laughed and said, "..."``, ``Dean tweeting "..."``; the quotation must end the
    clause (``said "Hillary" was lying`` quotes a word of reported speech)."""
    cues = cues_in(text, floor, pair.open)
    if not cues:
        return None
    c_start, c_end, lemma, scope = cues[-1]
    tail = text[c_end:pair.open]
    obj = TELL_OBJECT if lemma in ("tell", "ask") else ""
    if not re.fullmatch(obj + r"(?:" + CUE_PHRASE + r")?\s*[,:]?\s*(?:--|[—–])?\s*", tail):
        return None
    if _title_in_phrase(text, pair, tail):
        return None  # "said Wednesday on Fox News Channel’s “Hannity,”": the title of a show in the cue's phrase
    if re.search(r"\w", text[pair.close + 1:s_end]) and not _CLAUSE_GOES_ON_RE.match(text, pair.close + 1, s_end) and not (
        # US style sets the sentence's comma inside the closing mark: 'Smith said, “...,” pledging to ...' (not a
        # title: 'told “Fox and Friends,” reminding ...')
        text[pair.start:pair.end].rstrip().endswith(",")
        and _PARTICIPLE_OR_ADVERB_RE.match(text, pair.close + 1, s_end)
        and not looks_like_title(text[pair.start:pair.end].rstrip().removesuffix(","))
    ):
        return None
    coordinated = clause_start(text, floor, c_start, SPEECH_CLAUSES, coordinated=True)
    if scope != "participle" and _AND_THEN_RE.search(text, floor, coordinated):
        # "The crowd cheers, and then Wallnau continues: ...": the subject of the clause the cue ends
        floor = coordinated
    mention = (_speaker_going_on(text, floor, cues[:-1], c_start, names) if scope == "participle" else None) or subject_before(
        text, floor, speaker_end(text, floor, c_start), names, participle=scope == "participle"
    )
    if mention is None:
        return None
    return c_start, c_start + len(tail.rstrip(" ,:\n—–-")) + (c_end - c_start), mention


# what stands between a finite cue and a participle going on with its speaker's words: a comma, after a phrase
# of place or medium ("said on CNN, adding") or after the speaker ("said Spicer, adding")
_GOING_ON_WORDS = 8


def _speaker_going_on(text: str, floor: int, earlier: list, c_start: int, names: ArticleNames) -> Mention | None:
    """The speaker of the report a participle cue goes on with: "The two will meet next week, Spicer said,
    adding, “...”", "..., said Spicer, adding, “...”" (not the subject opening the sentence, which is the
    reported clause's); None when no finite cue stands right before the participle."""
    if not earlier:
        return None
    e_start, e_end, lemma, e_scope = earlier[-1]
    between = text[e_end:c_start]
    if e_scope == "participle" or not between.rstrip().endswith(",") or re.search(r"[“”\"]|''", between) or len(between.split()) > _GOING_ON_WORDS:
        return None
    phrase_end = cue_phrase_end(text, e_end, c_start, lemma)  # "told CNN on Thursday,"
    time = TIME_AFTER_CUE.match(text, phrase_end, c_start)
    if re.fullmatch(r"\s*,\s*", text[time.end() if time else phrase_end:c_start]):
        return subject_before(text, floor, speaker_end(text, floor, e_start), names)
    after = parse_speaker(text, e_end, c_start, strict=True, names=names)  # "said Spicer, adding"
    return after if after is not None and after.form == "name" and not text[e_end:after.start].strip() else None


@lru_cache(maxsize=1)
def _authored_comma_re() -> re.Pattern[str]:
    """A clause ending in a determiner and a noun of authored text (``lexicons/authored_nouns.csv``,
    use "authored"), with at most a short prepositional phrase, then a comma: "issued a statement,",
    "posted a message on Facebook,", "sent a letter to supporters,"."""
    nouns = alternation(authored_nouns("authored"))
    return re.compile(
        r"\b(?:a|an|the|his|her|its|their)\s+(?:[\w\-]+\s+){0,2}?" + nouns + r"(?:\s+(?:on|to|in|from|at)\s+[\w\-.’' ]{1,40}?)?,\s*$",
        re.IGNORECASE,
    )


# a spaced dash, then a short run of words up to the colon before a quotation ("... - Carl Bialik:")
_DASHED_NAME_BEFORE_COLON_RE = re.compile(r"\s[-—–―]\s*([A-Z][^-—–―:;,“”\"]{1,60}?)\s*:\s*$")


def _colon_before(text: str, pair: QuoteMarkPair, floor: int, s_end: int, names: ArticleNames) -> tuple[int, int, Mention] | None:
    """A quotation after a colon ending a clause whose subject speaks: "Ms. Lauten wrote what she
    thought the daughters should have done: "Rise to the occasion."", "President Obama is rolling
    out a new campaign message: "It's about me."" (the clause's first cue, else its subject); or after
    a comma ending a clause whose object is a text the subject wrote ("Trump issued a statement,
    "Last night, our nation was attacked."": ``_authored_comma_re``)."""
    colon = re.search(r":\s*$", text[floor:pair.open]) or _authored_comma_re().search(text[floor:pair.open])
    if colon is None or re.search(r"\w", text[pair.close + 1:s_end]):
        return None
    colon_at = floor + colon.start()
    signed = _DASHED_NAME_BEFORE_COLON_RE.search(text, floor, colon_at + 1)
    if signed is not None:
        # "Pollsters agree - Carl Bialik: “...”", "TURNOUT WAS HIGH - Michael P. McDonald: “...”": a digest's
        # heading or summary, then the name of whom the quotation is from
        mention = _signer(text, signed.start(1), signed.end(1), names)
        if mention is not None and mention.start == signed.start(1):
            return colon_at, colon_at + 1, mention
    cues = cues_in(text, floor, colon_at)
    if cues:
        c_start, c_end, _lemma, scope = cues[0]
        mention = subject_before(text, floor, speaker_end(text, floor, c_start), names, participle=scope == "participle")
        return (c_start, c_end, mention) if mention is not None else None
    owned = _owned_text_re().search(text[floor:colon_at])
    if owned is not None:
        # "From Bush's Facebook post:", "Trump's statement:": the text's owner wrote the quotation
        mention = parse_speaker(text, floor + owned.start("owner"), floor + owned.end("owner"), strict=True, names=names)
        if mention is not None and mention.form == "name":
            return colon_at, colon_at + 1, mention
    mention = clause_subject(text, floor, colon_at, names)
    if mention is None or mention.form == "description":
        return None  # "The sign read:", "Her message:" name no speaker
    return colon_at, colon_at + 1, mention


@lru_cache(maxsize=1)
def _owned_text_re() -> re.Pattern[str]:
    """A clause that is only a name's text before a colon, perhaps after "From" or "In": the possessive name, a
    platform (``platform_names``) and a noun of authored text (``lexicons/authored_nouns.csv``, use "authored"):
    "From Bush's Facebook post", "Trump's statement"."""
    platform = r"(?:(?i:" + alternation(platform_names()) + r")\s+)?"
    return re.compile(
        r"^\s*(?:(?:From|In|from|in)\s+)?(?P<owner>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*?)(?:[’']s|(?<=s)[’'])\s+"
        + platform + r"(?i:" + alternation(authored_nouns("authored")) + r")\s*$"
    )


def _title_in_phrase(text: str, pair: QuoteMarkPair, before: str) -> bool:
    """Whether the quotation is a title (``looks_like_title``) closing a phrase that names where something
    was said ("on MSNBC’s “Andrea Mitchell Reports.”", "in “Meet the Press”"): no quote of a speaker's."""
    return bool(re.search(r"(?:[’']s?|\b(?:on|in))\s*$", before)) and looks_like_title(text[pair.start:pair.end].rstrip(",."))


def looks_like_title(content: str) -> bool:
    """ "AI Superpowers", "The Art of War": every main word capitalised and no final punctuation."""
    words = content.split()
    if not words or len(words) > 8 or re.search(r"[.!?,]$", content):
        return False
    main = [w for w in words if w.lower() not in _TITLE_SMALL_WORDS]
    return all(w[:1].isupper() or not w[:1].isalpha() for w in main)
