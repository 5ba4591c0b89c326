"""Framing lens: frames per sentence, reporting verbs, hedges/boosters, loaded words, all with exact spans."""
from __future__ import annotations

import json
import re
from importlib import resources

import pytest
from conftest import make_article

from audit.framing import FRAMES, framing_of, inflections

CLAIMS_SENTENCE = "DeepSeek claims to have trained its AI model with just 2,000 A100 chips"


def body(text: str):
    """An article whose first line is a throwaway title, so ``text`` is all scored body."""
    return make_article("Headline\n\n" + text)


def test_claims_to_have_trained_is_a_loaded_attribution(seeds_by_id):
    article = seeds_by_id["004_5c6d1f69e7e62f43.txt"]
    at = article.text.index(CLAIMS_SENTENCE)
    verbs = [h for h in framing_of(article).loaded_verbs if h.start == at + len("DeepSeek ")]
    assert [(v.text, v.cue, v.category) for v in verbs] == [("claims", "claim", "loaded")]
    assert "doubt" in verbs[0].note


def test_claims_to_have_trained_is_a_hedge(seeds_by_id):
    article = seeds_by_id["004_5c6d1f69e7e62f43.txt"]
    at = article.text.index(CLAIMS_SENTENCE) + len("DeepSeek ")
    hedges = [h for h in framing_of(article).hedges if h.start == at]
    assert [(h.text, h.cue) for h in hedges] == [("claims to", "claim to")]


def test_every_hit_span_is_its_surface_in_the_original_text(seed_articles):
    for article in seed_articles:
        framing = framing_of(article)
        hits = (
            framing.frame_cues + framing.reporting_verbs + framing.hedges + framing.boosters
            + framing.loaded_words + framing.intensifiers
        )
        assert hits, article.id
        for hit in hits:
            assert article.text[hit.start : hit.end] == hit.text
            sentence = article.sentences[hit.sentence]
            assert sentence.start <= hit.start < hit.end <= sentence.end


def test_frame_share_counts_sentences_not_cues():
    article = body("The war and the battle went on. Nothing happened here. Critics attacked the plan. Rain fell.")
    conflict = next(f for f in framing_of(article).frames if f.frame == "conflict")
    assert (conflict.sentences, conflict.share, conflict.sentence_indices) == (2, 0.5, (0, 2))


def test_every_frame_is_reported_even_when_absent():
    framing = framing_of(body("Rain fell on the hills."))
    assert [f.frame for f in framing.frames] == list(FRAMES)
    assert all(f.share == 0.0 for f in framing.frames)


def test_multiword_cue_wins_over_its_parts_within_a_frame():
    hits = framing_of(body("The trade war deepened.")).frame_cues
    assert [(h.text, h.cue) for h in hits if h.category == "conflict"] == [("trade war", "trade war")]


def test_a_multiword_cue_listed_under_two_frames_counts_for_both():
    hits = framing_of(body("The trade war deepened.")).frame_cues
    assert {(h.text, h.category) for h in hits} == {("trade war", "conflict"), ("trade war", "economic consequences")}


def test_frames_match_independently_of_each_other():
    hits = framing_of(body("Critics attacked the tariff.")).frame_cues
    assert {h.category for h in hits} >= {"conflict", "economic consequences", "regulation/control"}


def frames_of(sentence: str) -> dict[str, list[str]]:
    """The frames ``sentence`` cues (as framing_of counts them) and the cue texts behind each."""
    framing = framing_of(body(sentence))
    cued = {share.frame for share in framing.frames if share.sentences}
    return {frame: [h.text for h in framing.frame_cues if h.category == frame] for frame in sorted(cued)}


# Real sentences of the development sets (PAC stories, PolNeAR train texts) for each context rule.


def test_national_security_is_security_never_national_pride():
    frames = frames_of("Republican focus on national security sharpened after the attacks Nov. 13 in Paris, which were claimed by the Islamic State.")
    assert frames["security"] == ["national security"]
    assert "national pride/rivalry" not in frames


def test_a_name_opening_a_sentence_cues_no_frame():
    frames = frames_of(
        "National Security Council spokesman John Kirby noted Thursday the evacuation from Afghanistan has led the "
        "administration to prioritize earlier evacuations in more recent conflicts in Ukraine and Ethiopia."
    )
    assert "national pride/rivalry" not in frames and "security" not in frames
    assert frames["conflict"] == ["conflicts"]
    assert "morality" not in frames_of("Justice Clarence Thomas joined the court's controlling opinion in part and dissented in part.")


def test_national_intelligence_is_security_and_never_national_pride():
    # NewsMTSC train (POLUSA), and a PolNeAR sentence naming the office in capitals
    frames = frames_of("Dan Coats will be stepping down as director of national intelligence next month.")
    assert frames == {"security": ["national intelligence"]}
    assert frames_of(
        "The president-elect has four Cabinet-level slots to fill: director of National Intelligence, secretary of "
        "Agriculture, U.S. trade representative and secretary of Veterans Affairs."
    ) == {"economic consequences": ["trade"]}


def test_business_records_are_not_economic():
    assert "economic consequences" not in frames_of("He registered the company in 2012, according to the state's business records.")


def test_feared_or_hoping_alone_is_not_human_interest():
    assert "human interest" not in frames_of("Yin Myint May, 60, a doctor, said she was elated but still feared the military.")
    assert "human interest" not in frames_of("Biden is hoping that by releasing more oil on the market, prices will fall.")


def test_hoping_counts_beside_a_cue_that_stands_alone():
    frames = frames_of(
        "Rubio's father and mother married in Cuba when they were young and arrived in Miami in 1956, hoping for "
        "better - better jobs, better prospects and better dreams for their children, a common immigrant sentiment."
    )
    assert {"father", "mother", "children", "hoping", "young", "dreams"} <= set(frames["human interest"])


def test_an_exception_blocks_its_cue():
    assert "regulation/control" not in frames_of(
        "The American people are handing President Obama a beating over the many glitches in the rollout of the "
        "Affordable Care Act, with his approval ratings in polls bouncing down a staircase from one low point to the next."
    )
    assert "morality" not in frames_of("Nor will Biden's decision please many activists who have pushed Biden to pass policing and other criminal justice reforms.")


def test_a_political_scientist_cues_no_technology_frame():
    assert "technology/progress" not in frames_of(
        "Cruz's strategy was to attach himself to the anti-establishment Tea Party and crisscross the state to attend every "
        "local meeting and gathering he could get into, said Mark Jones, a political scientist at Rice University in Houston."
    )


def test_routed_money_is_no_rout():
    assert framing_of(body("AP: Trump chair routed Ukrainian money to D.C.")).loaded_words == ()


def test_bombs_and_emergencies_named_literally_are_no_loaded_words():
    literal = framing_of(body(
        "A man set off primitive explosives at the airport, and explosive material was found. "
        "FEMA sent disaster relief and disaster aid after the natural disaster."
    ))
    assert literal.loaded_words == ()
    # control: the same cues as the writer's judgment
    judged = framing_of(body("The explosive claim was a disaster for the campaign."))
    assert [hit.cue for hit in judged.loaded_words] == ["explosive", "disaster"]


def test_rather_than_is_no_hedge():
    framing = framing_of(body(
        "That means oil companies have instead chosen to expand existing refineries in recent decades rather than build new ones."
    ))
    assert framing.hedges == ()


def test_a_record_revealing_something_is_no_loaded_reporting_verb():
    framing = framing_of(body(
        "The memo revealed that the Bureau of Ocean Energy Management (BOEM) was emphasizing the climate change impacts."
    ))
    assert "revealed" not in [h.text for h in framing.loaded_verbs]
    assert [(h.text, h.category) for h in framing.neutral_verbs] == [("revealed", "neutral")]
    assert "record" in framing.neutral_verbs[0].note


def test_a_person_revealing_something_is_a_loaded_reporting_verb():
    framing = framing_of(body("National Security Council spokesman John Kirby noted Thursday the evacuation had begun."))
    assert [h.text for h in framing.loaded_verbs] == ["noted"]


def test_a_reporting_verb_after_a_preposition_is_a_noun_unless_it_ends_in_ing():
    over = framing_of(body("Concerns rose Monday over claims that a number of military ballots had flowed in late Sunday."))
    assert over.reporting_verbs == ()
    arguing = framing_of(body(
        "Twenty-seven conservative state attorneys general sued Obama's EPA over its Clean Power Plan in 2015, arguing it was overly broad."
    ))
    assert [h.text for h in arguing.loaded_verbs] == ["arguing"]


def test_a_reporting_verb_after_a_possessive_is_a_noun():
    framing = framing_of(body("Hicks also called McDougal's claim that she had an affair with Trump totally untrue."))
    assert framing.loaded_verbs == ()


def test_a_possessive_matches_its_noun_and_the_hit_leaves_out_the_s():
    for apostrophe in ("'", "’"):
        hits = framing_of(body(f"The war{apostrophe}s cost rose.")).frame_cues
        assert [(h.text, h.cue) for h in hits if h.category == "conflict"] == [("war", "war")], apostrophe


def test_curly_and_straight_punctuation_give_the_same_cues():
    straight = framing_of(body('Critics said the "trade war" was China\'s fault and may worsen.'))
    curly = framing_of(body("Critics said the “trade war” was China’s fault and may worsen."))
    for field in ("frame_cues", "reporting_verbs", "hedges", "loaded_words"):
        assert [(h.start, h.end, h.cue, h.quoted) for h in getattr(straight, field)] == [
            (h.start, h.end, h.cue, h.quoted) for h in getattr(curly, field)
        ], field


def test_a_cue_does_not_run_across_a_sentence_end():
    hits = framing_of(body("They talked about trade. War broke out.")).frame_cues
    assert [(h.text, h.cue) for h in hits if h.category == "conflict"] == [("War", "war")]


def test_regular_inflections_match():
    assert {"banned", "banning", "bans"} <= inflections("ban")
    assert {"claims", "claimed", "claiming"} <= inflections("claim")
    hits = framing_of(body("Washington banned the chips and is restricting exports.")).frame_cues
    assert {(h.text, h.category) for h in hits} >= {("banned", "regulation/control"), ("restricting", "regulation/control")}


def test_prefix_cue_matches_any_ending():
    hits = framing_of(body("Economists fear an economic slowdown.")).frame_cues
    assert [h.text for h in hits if h.cue == "econom*"] == ["Economists", "economic"]


def test_said_is_neutral_and_insisted_is_loaded():
    article = body("The minister said the plan works. The company insisted it had done nothing wrong. She told reporters.")
    framing = framing_of(article)
    assert [h.text for h in framing.neutral_verbs] == ["said", "told"]
    assert [(h.text, h.cue) for h in framing.loaded_verbs] == [("insisted", "insist")]


def test_claims_after_a_determiner_is_a_noun_not_a_reporting_verb():
    framing = framing_of(body("The claims were false. Such warnings are common."))
    assert framing.reporting_verbs == ()


def test_capitalised_month_may_is_not_a_hedge():
    framing = framing_of(body("Prices rose in May. Prices may rise again."))
    assert [h.text for h in framing.hedges] == ["may"]


def test_capitalised_word_opening_a_sentence_still_matches():
    framing = framing_of(body("Clearly, the model works. Reportedly it was cheap."))
    assert [h.text for h in framing.boosters] == ["Clearly"]
    assert [h.text for h in framing.hedges] == ["Reportedly"]


def test_capitalised_cue_needs_a_capitalised_word():
    hits = framing_of(body("The West is worried. Rain came from the west.")).frame_cues
    assert [h.text for h in hits if h.cue == "the West"] == ["The West"]


def test_boosters_and_intensifiers_are_told_apart_from_loaded_words():
    framing = framing_of(body("It was undoubtedly a stunning and extremely cheap release."))
    assert [h.text for h in framing.boosters] == ["undoubtedly"]
    assert [h.text for h in framing.loaded_words] == ["stunning"]
    assert [h.text for h in framing.intensifiers] == ["extremely"]


def test_rates_are_per_thousand_words_of_the_body():
    framing = framing_of(body("It may work. It may not. It works."))
    assert framing.words == 8
    assert len(framing.hedges) == 2
    assert framing.hedge_rate == 250.0


def test_title_is_not_scored():
    framing = framing_of(make_article("War and sanctions clearly loom\n\nRain fell."))
    assert framing.frame_cues == () and framing.boosters == ()


def test_same_article_gives_equal_results(seeds_by_id):
    article = seeds_by_id["001_5d1de57602b2b4fe.txt"]
    assert framing_of(article) == framing_of(article)


@pytest.mark.parametrize(
    "name", ["frames.csv", "reporting_verbs.csv", "hedges_boosters.csv", "loaded_words.csv", "record_nouns.txt", "stopwords.txt"]
)
def test_lexicon_file_opens_with_a_cited_source_and_version(name):
    text = resources.files("audit.lexicons").joinpath(name).read_text(encoding="utf-8")
    header = [line for line in text.splitlines() if line.startswith("#")]
    assert text.startswith("#")
    assert "source" in " ".join(header).lower() and "version" in " ".join(header).lower()


def test_reporting_verbs_cover_the_cues_of_gold_quotes(seeds_by_id, gold_quotes):
    """Measure against the gold: the cue of nearly every gold quote holds a counted reporting verb."""
    framings = {article_id: framing_of(article) for article_id, article in seeds_by_id.items()}
    covered = total = 0
    previous: dict[str, int] = {}
    for gold in gold_quotes:
        article = seeds_by_id[gold["article"]]
        at = article.text.find(gold["quote"], previous.get(gold["article"], 0))
        previous[gold["article"]] = max(at, 0)
        if not gold["cue"] or at < 0 or gold["cue"] not in article.text:
            continue
        starts = [m.start() for m in re.finditer(re.escape(gold["cue"]), article.text)]
        cue_start = min(starts, key=lambda i: abs(i - at))
        cue_end = cue_start + len(gold["cue"])
        total += 1
        covered += any(h.start < cue_end and cue_start < h.end for h in framings[gold["article"]].reporting_verbs)
    assert total >= 80
    assert covered / total >= 0.9


def test_report_marks_frame_cues_and_loaded_words_naming_their_lexicon(seed_articles):
    from audit import audit_story
    from audit.sections import framing as section

    story = audit_story(seed_articles)
    marks = section.marks(story, 4)
    assert {m.kind for m in marks} == {"frame", "loaded"}
    article = seed_articles[4]
    claims = [m for m in marks if article.text[m.start : m.end] == "claims" and m.kind == "loaded"]
    assert claims and all("reporting_verbs.csv" in m.note for m in claims)
    lexicons = ("frames.csv", "reporting_verbs.csv", "hedges_boosters.csv", "loaded_words.csv")
    assert all(any(name in m.note for name in lexicons) for m in marks)
    assert len({m.anchor for m in marks}) == len(marks)


def test_report_links_each_distinctive_term_to_its_sentences(seed_articles):
    from audit import audit_story
    from audit.sections import framing as section

    context = section.context(audit_story(seed_articles))
    outlet = context["vocabulary"][0]
    term = outlet["words"][0]
    assert term["first"] == term["links"][0]["anchor"]
    assert all(link["anchor"].startswith("art") and "-s" in link["anchor"] for link in term["links"])
    assert [o["label"] for o in context["vocabulary"]] == [o["label"] for o in context["outlets"]]


HARBOUR_GAZETTE = (  # three articles of one outlet on one story, each about one side of it
    ("Dockworkers strike at the port", "Dockworkers walked off the job at the port on Monday. The dockworkers say wages have not "
     "kept pace with prices. Union leaders said the dockworkers would stay out until the port authority returns to talks."),
    ("Ships queue as strike enters second day", "Container ships queued outside the harbour as the strike entered its second "
     "day. Shipping companies warned that container traffic could be diverted to other ports. Retailers fear container "
     "delays before the holidays."),
    ("Minister urges mediation", "The transport minister urged both sides to accept mediation. The minister said the "
     "government would not intervene in wage talks. Opposition lawmakers accused the minister of ignoring the strike."),
)


def test_articles_of_one_outlet_get_distinctive_words_per_article_each_linked_to_its_sentences(tmp_path):
    from audit import audit_story, load, render_report
    from audit.sections import framing as section

    lines = [json.dumps({"title": title, "text": text, "outlet": "Harbour Gazette"}) for title, text in HARBOUR_GAZETTE]
    (tmp_path / "gazette.jsonl").write_text("\n".join(lines), encoding="utf-8")
    story = audit_story(load([tmp_path]).articles)
    context = section.context(story)
    labels = ["Harbour Gazette", "Harbour Gazette (2)", "Harbour Gazette (3)"]
    assert [o["label"] for o in context["vocabulary"]] == [o["label"] for o in context["outlets"]] == labels
    assert [o["words"][0]["term"] for o in context["vocabulary"]] == ["dockworkers", "container", "minister"]
    html = render_report(story)
    assert '<h3 id="framing-vocabulary">Distinctive words per article</h3>' in html
    assert "Only one outlet is present (Harbour Gazette): its 3 articles are compared with each other" in html
    for index, outlet in enumerate(context["vocabulary"]):
        for term in outlet["words"] + outlet["phrases"]:
            assert term["links"] and term["first"] == term["links"][0]["anchor"]
            for link in term["links"]:
                # the link opens a sentence of this article that holds the term, and the report has that anchor
                article, sentence = map(int, re.fullmatch(r"art(\d+)-s(\d+)", link["anchor"]).groups())
                assert article == index and f'id="{link["anchor"]}"' in html
                assert term["term"].lower() in story.articles[article].sentences[sentence].text.lower()


def test_words_inside_quotation_marks_are_flagged_as_quoted():
    framing = framing_of(body('Critics called it “a stunning failure”, but the launch was stunning.'))
    assert [(h.text, h.quoted) for h in framing.loaded_words] == [("stunning", True), ("stunning", False)]


def test_quotation_left_open_runs_to_the_end_of_its_paragraph():
    framing = framing_of(body('He said: "It was a stunning week.\n\nThen prices fell. It was stunning.'))
    assert [h.quoted for h in framing.loaded_words] == [True, False]
