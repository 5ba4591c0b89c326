"""Actors: names merged into actors on evidence, labels as whole phrases, tone toward each actor
built from its mentions, the actors table and command. Sentences are from the seeds, PolNeAR
(train split) and the PAC figure stories unless a test says otherwise."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from audit import load
from audit.cli import main
from audit.compare.actors import MentionTone, StoryActors, actors_in
from audit.compare.actors.lexicon import actor_lexicon
from audit.story import audit_story
from audit.tables import actors_table
from audit.text import name_problem
from audit.tone import stance_toward
from conftest import ROOT, make_article
from golden_outputs import devsets_folder

BBC = "004_5c6d1f69e7e62f43.txt"
NYT = "001_5d1de57602b2b4fe.txt"


@pytest.fixture(scope="module")
def seed_actors(seed_articles) -> StoryActors:
    return actors_in(seed_articles)


def _actor(found: StoryActors, name: str):
    return next(actor for actor in found.actors if actor.name == name)


def _entry(found: StoryActors, articles, article_id: str, name: str):
    index = next(i for i, a in enumerate(articles) if a.id == article_id)
    return next(row for row in found.by_article[index] if row.actor == name)


def _story(*texts: str) -> StoryActors:
    return actors_in([make_article(f"Title line\n\n{text}\n", id=f"a{i}.txt") for i, text in enumerate(texts)], min_mentions=1)


def _names(found: StoryActors) -> set[str]:
    return {actor.name for actor in found.actors}


def _labels(found: StoryActors) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for rows in found.by_article:
        for row in rows:
            out.setdefault(row.actor, []).extend(label.text for label in row.labels)
    return out


# --- names merged into actors ------------------------------------------------------------------


def test_country_aliases_and_metonyms_are_one_actor(seed_actors):
    assert {"US", "U.S.", "United States", "Washington", "America"} <= set(_actor(seed_actors, "United States").aliases)
    assert {"China", "Beijing", "Chinese government"} <= set(_actor(seed_actors, "China").aliases)


def test_a_bare_demonym_is_no_mention_of_a_country():
    found = _story("American companies lobbied hard. The United States imposed the curbs. The United States said so.")
    us = next(row for row in found.by_article[0] if row.actor == "United States")
    assert [m.surface for m in us.mentions] == ["United States", "United States"]


def test_liang_wenfeng_mr_liang_and_liang_are_one_actor_across_articles(seed_actors):
    liang = _actor(seed_actors, "Liang Wenfeng")
    assert {"Liang Wenfeng", "Mr. Liang", "Liang"} <= set(liang.aliases)
    assert liang.articles >= 4 and liang.kind == "person"
    assert not any(actor.name in ("Liang", "Mr. Liang") for actor in seed_actors.actors)


def test_merges_are_recorded_with_their_rule(seed_actors):
    rules = {(m.alias, m.actor): m.rule for m in seed_actors.merges}
    assert "same article" in rules[("Liang", "Liang Wenfeng")]
    assert "lexicons/actors.csv" in rules[("Washington", "United States")]


def test_people_sharing_a_surname_stay_apart(seed_actors):
    names = _names(seed_actors)
    assert {"Marina Zhang"} <= names and "Zhang" not in names
    assert "Ms. Zhang" in _actor(seed_actors, "Marina Zhang").aliases


def test_an_ambiguous_surname_is_counted_for_nobody():
    found = _story("Tom Zhang runs a lab. Zhang Wei runs a fund. Later, Zhang said the market was calm.")
    assert [(a.alias, a.candidates) for a in found.ambiguous] == [("Zhang", ("Tom Zhang", "Zhang Wei"))]
    for row in found.by_article[0]:
        assert all(m.surface != "Zhang" for m in row.mentions)


def test_dotted_and_undotted_abbreviations_are_one_actor():
    found = _story(
        "“I assume she is trying,” said Paul R. Pillar, a former C.I.A. analyst who teaches at Georgetown University.",
        "The CIA declined to comment. Facebook reported the posting to the F.B.I. on Thursday, and the FBI said nothing.",
    )
    # both are in lexicons/actors.csv, whose aliases match with and without dots as the name finder's keys do
    cia = [a for a in found.actors if a.name in ("CIA", "C.I.A.", "Central Intelligence Agency")]
    assert len(cia) == 1 and set(cia[0].aliases) == {"CIA", "C.I.A."} and cia[0].articles == 2
    fbi = [a for a in found.actors if a.name in ("FBI", "F.B.I.", "Federal Bureau of Investigation")]
    assert len(fbi) == 1 and fbi[0].mentions == 2


def test_full_names_with_and_without_a_middle_initial_are_one_person_and_another_given_name_is_not():
    found = _story(
        "The White House did not release his national security adviser, Susan E. Rice, issued last week.",
        "Susan Rice met Condoleezza Rice at the State Department, and Condoleezza Rice spoke first.",
    )
    rice = [a for a in found.actors if a.name in ("Susan E. Rice", "Susan Rice")]
    assert len(rice) == 1 and rice[0].mentions == 2
    assert _actor(found, "Condoleezza Rice").mentions == 2


def test_an_acronym_introduced_in_parentheses_is_its_organisation():
    # the Environmental Protection Agency is in lexicons/actors.csv: an agency that is not shows the rule
    found = _story("The Consumer Financial Protection Bureau (CFPB) had finalized the rule in June. The CFPB said it would appeal.")
    cfpb = _actor(found, "Consumer Financial Protection Bureau")
    assert set(cfpb.aliases) == {"Consumer Financial Protection Bureau", "CFPB"} and cfpb.mentions == 2
    assert ("CFPB", "Consumer Financial Protection Bureau", "acronym introduced in parentheses") in {(m.alias, m.actor, m.rule) for m in found.merges}


def test_an_acronym_no_article_introduces_joins_the_one_name_of_the_story_it_spells():
    found = _story(
        "Republican leaders criticized the JCT analysis. The GAO and the FCC declined to comment, and the ACA stayed.",
        "The Joint Committee on Taxation scored the plan. The Government Accountability Office and the Federal "
        "Communications Commission were silent about the Affordable Care Act.",
    )
    # the departments of Justice and of the Interior ("DOJ", "DOI") are in lexicons/actors.csv
    pairs = (("JCT", "Joint Committee on Taxation"), ("GAO", "Government Accountability Office"), ("FCC", "Federal Communications Commission"))
    for short, full in pairs:
        actor = _actor(found, full)
        assert set(actor.aliases) == {short, full} and actor.articles == 2
        assert (short, full, "acronym of the one name of the story it spells") in {(m.alias, m.actor, m.rule) for m in found.merges}
    # the acronym's guess ("organization") does not outvote what the full name is: a law (lexicons/actors.csv)
    assert _actor(found, "Affordable Care Act").kind == "law"


def test_a_committee_of_congress_whose_name_holds_and_is_one_actor():
    # the name finder reads "Ways" and "Means" apart; the committee's names in lexicons/actors.csv join them
    found = _story(
        "According to a Ways and Means report, taxes rose. House Ways and Means Committee Chairman Kevin Brady disagreed.",
        "The top Democrat on the Energy and Commerce Committee spoke. The Ways and Means Committee met.",
    )
    assert {(a.name, a.kind, a.articles) for a in found.actors if a.kind == "institution"} == {
        ("House Committee on Ways and Means", "institution", 2),
        ("House Committee on Energy and Commerce", "institution", 1),
    }
    assert not {"Ways", "Means", "Energy", "Commerce"} & _names(found)
    # control: the words in lower case are no committee
    assert _names(_story("Ways to cut costs and means to pay for them were discussed by Kevin Brady.")) == {"Kevin Brady"}


def test_a_law_named_by_its_nickname_is_the_law():
    # "Obamacare" in one outlet, "the ACA" and "the Affordable Care Act" in another: one actor, a law, with each
    # outlet's words for it among its aliases
    found = _story(
        "Republicans vowed to repeal ObamaCare. Obamacare premiums rose again.",
        "The Affordable Care Act survived. Democrats said the ACA covers millions.",
    )
    actor = _actor(found, "Affordable Care Act")
    assert (actor.kind, set(actor.aliases), actor.articles) == ("law", {"ObamaCare", "Obamacare", "Affordable Care Act", "ACA"}, 2)
    # control: the president it is named after stays an actor of his own
    found = _story("President Barack Obama signed the bill, and Obamacare passed.")
    assert {(a.name, a.kind) for a in found.actors} == {("Barack Obama", "person"), ("Affordable Care Act", "law")}


def test_an_acronym_two_names_of_the_story_spell_joins_neither():
    found = _story(
        "The NPC met on Monday.",
        "The National People's Congress and the National Petroleum Council met. H.R. 1 passed; H. Res. 24 did not.",
    )
    assert "NPC" in _names(found) and _actor(found, "NPC").aliases == ("NPC",)
    assert "H.R." not in {alias for actor in found.actors if actor.name != "H.R." for alias in actor.aliases}


def test_groups_stay_their_own_actors():
    found = _story(
        "Bernie Sanders is pushing fellow Senate Democrats to reject the Puerto Rico debt deal. "
        "Democrats in the House agreed, and the Senate will vote. Republicans objected."
    )
    names = _names(found)
    assert {"Senate Democrats", "Democrats", "Senate", "Republicans", "Bernie Sanders"} <= names
    assert _actor(found, "Senate Democrats").aliases == ("Senate Democrats",)
    assert _actor(found, "Democrats").kind == "group"


def test_an_organisation_does_not_absorb_another_that_shares_its_first_word():
    found = _story("The files on Google Drive were safe, Google said. Google Drive had stored them.")
    assert {"Google", "Google Drive"} <= _names(found)
    assert _actor(found, "Google").mentions == 1


def test_a_company_with_and_without_its_suffix_is_one_actor(seed_actors):
    assert set(_actor(seed_actors, "Tencent").aliases) == {"Tencent", "Tencent Holdings"}


def test_a_bare_first_name_joins_a_person_of_its_own_article_only():
    found = _story(
        "Judiciary Committee Chairman Bob Goodlatte (R-Va.) sent the referral.",
        "“We were held up,” said the base chief known as Bob. Bob said he was familiar with the account.",
    )
    assert _actor(found, "Bob Goodlatte").mentions == 1
    assert _actor(found, "Bob").mentions == 2


def test_a_full_name_shaped_like_a_persons_takes_its_short_form_after_a_title():
    # the seeds: "Ye Kejiang" holds no given name of the list; "Mr. Ye" says Ye is his surname. A bare
    # "Ye" stays apart: a first word alone may as well be a product's ("Google" and "Google Drive")
    found = _story("“Nobody expected it,” said Ye Kejiang, a doctoral researcher. Mr. Ye said the model was cheap. Ye left.")
    assert set(_actor(found, "Ye Kejiang").aliases) == {"Ye Kejiang", "Mr. Ye"}
    assert _actor(found, "Ye").mentions == 1


def test_a_surname_goes_to_the_person_not_to_a_photo_credit():
    # Politico (PAC): a photo credit runs into the caption, "Brendan Smialowski/AFP/Getty Images Trump"
    found = _story(
        "Brendan Smialowski/AFP/Getty Images Trump spoke. President Donald Trump said the wall would be built. "
        "Aides said Trump meant it, and Donald Trump left."
    )
    assert _actor(found, "Donald Trump").mentions == 3


def test_a_surname_goes_to_the_person_not_to_a_relative_named_as_such():
    # Fox News and ABC (PAC): "President Biden ...", then "first lady Jill Biden"; "his eldest
    # granddaughter, Naomi Biden": the relative is named by the kin word, the surname is the president's
    found = _story(
        "President Biden spoke on Monday. Biden said he would run. Later first lady Jill Biden spoke too.",
        "President Joe Biden spoke on Monday. Biden said he would run. His eldest granddaughter, Naomi Biden, agreed.",
    )
    assert _actor(found, "Joe Biden").mentions == 4
    assert _actor(found, "Jill Biden").mentions == 1 and _actor(found, "Naomi Biden").mentions == 1
    assert found.ambiguous == ()


def test_a_surname_of_two_people_neither_named_as_a_relative_stays_ambiguous():
    found = _story("Hillary Clinton spoke. Bill Clinton spoke too. Clinton left.")
    assert [a.alias for a in found.ambiguous] == ["Clinton"]


def test_a_son_with_jr_is_not_his_father():
    found = _story("Donald Trump spoke. Donald Trump Jr. spoke later. Then Trump left.")
    assert {"Donald Trump", "Donald Trump Jr."} <= _names(found)
    assert _actor(found, "Donald Trump").mentions == 2


def test_titles_and_party_tags_are_not_part_of_the_name_and_every_mention_is_found():
    # Washington Post (PolNeAR train): McConnell at each of his mentions
    found = _story(
        "Senate Majority Leader Mitch McConnell (R-Ky.) said the Senate would not act. "
        "McConnell repeated it on Tuesday. Aides to McConnell said he would not meet Garland."
    )
    mcconnell = _actor(found, "Mitch McConnell")
    assert mcconnell.mentions == 3 and mcconnell.kind == "person"
    assert not _names(found) & {"R-Ky.", "Senate Majority Leader", "Tuesday", "Ky"}


def test_a_name_only_in_headings_is_no_actor():
    text = "DeepSeek Upending the AI Race\n\nAnalysts said DeepSeek released a model. DeepSeek said it was cheap."
    found = actors_in([make_article(f"Title line\n\n{text}\n")], min_mentions=1)
    assert _names(found) == {"DeepSeek"}


def test_a_singular_party_noun_or_adjective_ending_a_name_is_no_actor():
    found = _story("The ranking Democrat objected. House Republican leaders met, and House Democrats left.")
    assert _names(found) == {"House Democrats"}


def test_a_name_glued_to_page_debris_is_no_actor():
    # HuffPost live blog (PolNeAR train): its buttons glued to the reporters' names
    found = _story("Then Rubio spoke.\nJulia CravenFlagShareLikeReplyAni Vrabel 5ptsmoderator wrote that Rubio won.")
    assert _names(found) == {"Rubio"}


def test_a_portfolio_after_secretary_of_is_no_actor():
    found = _story("The president-elect has slots to fill: director of National Intelligence and secretary of Agriculture.")
    assert not _names(found)


def test_sentence_initial_capitals_of_common_words_are_not_actors(seed_actors):
    assert not _names(seed_actors) & {"However", "Users", "Take", "He", "The", "Apparently"}


# --- labels --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("article_id", "actor", "label"),
    [
        (NYT, "Liang Wenfeng", "the reclusive chief executive"),
        (NYT, "Global Times", "the Communist Party tabloid"),
        (NYT, "Liang Wenfeng", "the DeepSeek chief executive"),
        (BBC, "Liang Wenfeng", "technical idealist"),
        (BBC, "Liang Wenfeng", "the 40-year-old founder of DeepSeek"),
        (BBC, "Elon Musk", "tech mogul"),
        (BBC, "Marina Zhang", "an associate professor at the University of Technology Sydney"),
    ],
)
def test_labels_given_to_actors_are_collected(seed_articles, seed_actors, article_id, actor, label):
    entry = _entry(seed_actors, seed_articles, article_id, actor)
    article = next(a for a in seed_articles if a.id == article_id)
    found = [l for l in entry.labels if l.text == label]
    assert found and article.text[found[0].start:found[0].end] == label


@pytest.mark.parametrize(
    ("text", "actor", "labels"),
    [
        # Breitbart: the title and every word that modifies it, as one phrase
        (
            "Guccifer said he had access to Democratic presidential candidate former Secretary of State Hillary Clinton’s email server.",
            "Hillary Clinton",
            ["Democratic presidential candidate former Secretary of State"],
        ),
        # Washington Post: "then-" before the office
        ("He asked whether an official, including then-Secretary of State Hillary Clinton, had impeded rescue.", "Hillary Clinton", ["then-Secretary of State"]),
        # Washington Post: a lower-case office with its "of" complement
        ("His targets included former secretary of state Colin L. Powell and others.", "Colin L. Powell", ["former secretary of state"]),
        # Politico: an office alone is a label
        ("Democrats had favored Clinton over primary rival Sen. Bernie Sanders in the race.", "Bernie Sanders", ["primary rival Sen."]),
        # New York Times: the party label after the name
        ("Representative Dave Camp, Republican of Michigan and chairman of the Ways and Means Committee, objected.", "Dave Camp",
         ["Representative", "Republican of Michigan and chairman of the Ways and Means Committee"]),
        # PAC (Politico): past the party-and-state tag
        ("Mark Meadows (R-N.C.), a close Trump ally, said in a text message that it would pass.", "Mark Meadows", ["a close Trump ally"]),
    ],
)
def test_labels_are_whole_phrases(text, actor, labels):
    assert _labels(_story(text)).get(actor) == labels


@pytest.mark.parametrize(
    ("text", "actor", "labels"),
    [
        # a possessive after a naming verb is no object: Trump was labelled "s proposal"
        ("Pelosi called Trump’s proposal a nonstarter. Trump spoke.", "Trump", []),
        # a function word stops the phrase before a title: "sent under Ambassador", "what Vice Chairman"
        ("The cables were sent under Ambassador Chris Stevens.", "Chris Stevens", ["Ambassador"]),
        ("That is what Vice Chairman Stanley Fischer said.", "Stanley Fischer", ["Vice Chairman"]),
        # a dash is no word of a label
        ("The trip was cut short -- White House spokesman Josh Earnest said Obama agreed.", "Josh Earnest", ["White House spokesman"]),
        # Washington Post: a name inside another's name gets no appositive ("America's Voice, the ...")
        ("The survey, conducted for the immigration advocacy group America's Voice, also found that support rose.", "United States", []),
        # Fox News (PAC): a phrasal verb names no one
        ("Reid called out Ocasio-Cortez on Monday. Ocasio-Cortez answered.", "Alexandria Ocasio-Cortez", []),
        # a modifier of the noun after a name is not the name's: "a long-time Nevada senator"
        ("A long-time Nevada senator, Harry Reid left. Nevada voted.", "Nevada", []),
        # the name after "known as" is the label's content, not its object
        ("Payments to managed-care organizations, known as Medicare Advantage plans, are based on a formula. Medicare Advantage grew.",
         "Medicare Advantage", []),
        # Washington Post: a name followed by its reporting verb is a speaker, not an apposition
        ("Their account is more credible than that of the CIA chief, Zuckoff said. Mitchell Zuckoff wrote the book.", "Mitchell Zuckoff", []),
        # Breitbart: "which he described as" labels the server, not the nearest person
        ("Lazar had access to Hillary Clinton’s email server, which he described as “like an open orchid” on the Internet.", "Hillary Clinton", []),
        # a premodifier of a group is a subgroup, not a label
        ("Moderate Democrats met, and fellow Republicans said no. Democrats left.", "Republicans", []),
        # New York Times: a clause in the past after a comma is no appositive either
        ("When a nurse who had treated Ebola patients in West Africa returned to the U.S., the governor ordered such a "
         "quarantine. The U.S. agreed.", "United States", []),
        # HuffPost live blog: debris glued to a title is no label
        ("Feb 6, 2016 9:14PMBuddiesASSOCIATED PRESSOhio Gov. John Kasich spoke. Kasich left.", "John Kasich", []),
        # Washington Post: a clause after a comma is no appositive
        ("Once the judge gets in front of the Judiciary Committee, the president hopes obstruction would become "
         "politically untenable for the GOP. The Judiciary Committee met.", "Judiciary Committee", []),
    ],
)
def test_fragments_are_never_labels(text, actor, labels):
    assert _labels(_story(text)).get(actor, []) == labels


def test_a_list_of_names_is_not_an_appositive_label(seed_actors):
    texts = {label.text for rows in seed_actors.by_article for row in rows for label in row.labels}
    assert not any(text.startswith(("Xiaomi", "Baidu, and")) for text in texts)


def test_an_office_inside_a_capitalised_run_is_split_from_the_name():
    labels = _labels(_story("FAA Administrator Mike Whitaker told lawmakers the agency erred. Mr. Whitaker left."))
    assert labels["Mike Whitaker"] == ["FAA Administrator"]


def test_a_short_appositive_between_commas_is_a_label_even_without_a_known_noun():
    labels = _labels(_story("Shares of Boeing fell. Boeing, the embattled planemaker, said it would cooperate."))
    assert labels["Boeing"] == ["the embattled planemaker"]


def test_a_premodifier_alone_labels_a_person():
    labels = _labels(_story("Investors feared that embattled Trump would fire him. Then Trump spoke."))
    assert labels["Trump"] == ["embattled"]


def test_a_naming_verb_in_active_voice_does_not_label_its_subject():
    labels = _labels(_story("Senator Maria Cantwell called the failures “deeply troubling”. Ms Cantwell has scheduled a hearing."))
    assert "deeply troubling" not in labels["Maria Cantwell"]


def test_a_naming_verb_with_him_labels_the_person_named_before():
    labels = _labels(_story("Mr. Liang Wenfeng spoke on Monday. Chinese media have labeled him a “technical idealist”."))
    assert "technical idealist" in labels["Liang Wenfeng"]


def test_a_role_noun_subject_gets_the_label_when_one_actor_holds_that_role(seed_articles, seed_actors):
    # "led by a founder now being celebrated as an "AI hero"": the article calls only Liang a founder.
    entry = _entry(seed_actors, seed_articles, BBC, "Liang Wenfeng")
    assert "AI hero" in [label.text for label in entry.labels]


def test_a_role_noun_shared_by_two_actors_labels_nobody():
    labels = _labels(_story(
        "Tom Wu, the founder of Acme, spoke. Ann Lee, the founder of Bolt, spoke. Later a founder was hailed as a “visionary” by fans."
    ))
    assert all("visionary" not in texts for texts in labels.values())


def test_labels_hold_their_offsets(seed_articles, seed_actors):
    for article, rows in zip(seed_articles, seed_actors.by_article):
        for row in rows:
            for label in row.labels:
                assert article.text[label.start:label.end] == label.text


# --- tone toward actors --------------------------------------------------------------------------


def test_negative_quote_about_the_us_counts_as_quoted_not_as_the_outlets_voice(seed_articles, seed_actors):
    article = next(a for a in seed_articles if a.id == BBC)
    sentence = next(s for s in article.sentences if "America is no longer the global leader" in s.text)
    us = _entry(seed_actors, seed_articles, BBC, "United States")
    quoted = [m for m in us.mentions if m.sentence == sentence.index and m.quoted]
    assert len(quoted) == 1 and quoted[0].tone.label == "negative"
    assert sentence.index in us.quoted.sentences and sentence.index not in us.own.sentences


def test_negative_quote_in_a_neutral_report_leaves_own_voice_neutral():
    found = _story(
        "The report on the United States was published on Tuesday. "
        "“The United States has failed miserably and its policy is a disaster,” the minister said."
    )
    us = next(row for row in found.by_article[0] if row.actor == "United States")
    assert (us.own.mentions, us.own.neutral) == (1, 1)
    assert (us.quoted.mentions, us.quoted.negative) == (1, 1) and us.quoted_tone < -0.5


def test_a_plain_statement_about_an_actor_is_neutral():
    # VADER rates "united" as positive; the tone toward the United States here is neutral
    us = next(row for row in _story("The United States held talks on Tuesday.").by_article[0] if row.actor == "United States")
    assert (us.own.mentions, us.own.neutral) == (1, 1)


def test_the_tone_at_each_mention_is_the_stance_toward_it(seed_articles, seed_actors):
    for article, rows in zip(seed_articles, seed_actors.by_article):
        for row in rows[:3]:
            for m in row.mentions:
                if m.sentence is None:
                    assert m.tone is None
                    continue
                sentence = article.sentences[m.sentence]
                stance = stance_toward(article.text, m.start, m.end, sentence=(sentence.start, sentence.end))
                assert (m.tone.label, m.tone.score) == (stance.label, round(stance.score, 4))


def test_a_sentence_naming_two_actors_reads_the_tone_toward_each():
    rows = {row.actor: row for row in _story(
        "Senator Elizabeth Warren praised the courageous workers, while critics attacked Amazon for its brutal treatment of them."
    ).by_article[0]}
    assert rows["Elizabeth Warren"].own.positive == 1
    assert rows["Amazon"].own.negative == 1


def test_actor_tone_is_built_from_a_tone_per_mention():
    # any per-mention function: here one that reads "praised" after a mention as positive
    def tone(text: str, start: int, end: int) -> MentionTone:
        positive = text[end:end + 8] == " praised"
        return MentionTone("positive" if positive else "negative", 0.6 if positive else -0.2)

    article = make_article("Title line\n\nThen Obama praised the deal. Later Obama vetoed the bill. “Obama praised it,” Reid said. Reid left.\n")
    (obama,) = [row for row in actors_in([article], min_mentions=1, tone=tone).by_article[0] if row.actor == "Obama"]
    assert (obama.own.mentions, obama.own.positive, obama.own.negative) == (2, 1, 1)
    assert obama.own.mean == 0.2 and obama.own.low < 0.2 < obama.own.high
    assert (obama.quoted.mentions, obama.quoted.positive, obama.quoted.low) == (1, 1, None)


def test_the_interval_of_the_mean_is_students_t():
    scores = [0.5, -0.1, 0.3]

    def tone(text: str, start: int, end: int) -> MentionTone:
        return MentionTone("neutral", scores[text.count("Obama", 0, start)])

    article = make_article("Title line\n\nThen Obama spoke. Then Obama left. Later Obama came back.\n")
    (obama,) = actors_in([article], min_mentions=1, tone=tone).by_article[0]
    # mean 0.2333, sample sd 0.3055, t(2) 4.303: 0.2333 +- 0.7590
    assert (obama.own.mean, obama.own.low, obama.own.high) == (0.2333, -0.5256, 0.9923)


def test_mentions_point_into_the_original_text(seed_articles, seed_actors):
    for article, rows in zip(seed_articles, seed_actors.by_article):
        for row in rows:
            for mention in row.mentions:
                assert article.text[mention.start:mention.end] == mention.surface


# --- the alias lexicon: US government, armed forces, armed groups, international bodies ----------


def test_a_department_named_three_ways_is_one_institution():
    found = _story(
        "The Treasury said on Monday that the tax cuts would pay for themselves.",
        "A Treasury Department analysis was released. The Department of the Treasury did not say more.",
    )
    treasury = _actor(found, "Department of the Treasury")
    assert (treasury.kind, treasury.mentions, treasury.articles) == ("institution", 3, 2)
    assert "Treasury" not in _names(found) and "Treasury Department" not in _names(found)


def test_a_committee_named_for_a_department_stays_apart_from_it():
    found = _story("Homeland Security officials said the House Homeland Security Committee would hold a hearing.")
    assert _actor(found, "Department of Homeland Security").aliases == ("Homeland Security",)
    assert _actor(found, "House Homeland Security Committee").kind == "organization"


def test_the_pentagon_and_the_justice_department_short_forms():
    found = _story(
        "The Pentagon said the Defense Department had sent troops. The Justice Department and the DOJ agreed.",
        "The Department of Justice said the Department of Defense would help.",
    )
    assert set(_actor(found, "Department of Defense").aliases) == {"Pentagon", "Defense Department", "Department of Defense"}
    assert set(_actor(found, "Department of Justice").aliases) == {"Justice Department", "DOJ", "Department of Justice"}


def test_a_portfolio_word_alone_is_no_department():
    found = _story("Secretary of Defense Lloyd Austin and Justice Samuel Alito met the Pentagon press corps.")
    assert "Department of Justice" not in _names(found)
    assert _actor(found, "Department of Defense").aliases == ("Pentagon",)


def test_the_armed_services_with_and_without_the_country():
    found = _story("The U.S. Army said the Army would deploy.", "The Navy and the Salvation Army helped.")
    army = _actor(found, "U.S. Army")
    assert (army.kind, army.mentions) == ("institution", 2)
    assert _actor(found, "U.S. Navy").kind == "institution"
    assert _actor(found, "Salvation Army").aliases == ("Salvation Army",)


def test_armed_groups_written_several_ways_are_one_organization():
    found = _story(
        "Biden claimed that al Qaeda is gone and that the Taliban is letting Americans through.",
        "The Pentagon said al-Qaeda and ISIS were present, and the Islamic State was growing.",
    )
    qaeda = _actor(found, "al-Qaeda")
    assert (qaeda.kind, set(qaeda.aliases)) == ("organization", {"al Qaeda", "al-Qaeda"})
    assert set(_actor(found, "Islamic State").aliases) == {"ISIS", "Islamic State"}
    assert _actor(found, "Taliban").kind == "organization"


def test_an_offshoot_stays_apart_from_its_parent_group():
    found = _story("Officials said ISIS-K claimed the attack, though ISIS had not.")
    assert _actor(found, "ISIS-Khorasan").aliases == ("ISIS-K",)
    assert _actor(found, "Islamic State").aliases == ("ISIS",)


def test_international_bodies_with_and_without_dots():
    found = _story("The U.N. said the United Nations would vote.", "The UN Security Council met and NATO agreed.")
    assert set(_actor(found, "United Nations").aliases) == {"U.N.", "United Nations"}
    assert _actor(found, "United Nations Security Council").kind == "institution"
    assert _actor(found, "NATO").kind == "institution"


def test_an_acronym_introduced_for_a_lexicon_name_is_that_actor():
    found = _story("The Department of Transportation (DOT) issued the rule. DOT officials said it would save fuel.")
    transportation = _actor(found, "Department of Transportation")
    assert set(transportation.aliases) == {"DOT", "Department of Transportation"}
    assert "DOT" not in _names(found)


def test_an_acronym_introduced_for_another_name_is_not_the_lexicon_actor():
    found = _story("The Department of Human Services (DHS) said DHS would review the cases.")
    assert set(_actor(found, "Department of Human Services").aliases) == {"DHS", "Department of Human Services"}
    assert "Department of Homeland Security" not in _names(found)


def test_an_acronym_spelling_the_one_lexicon_actor_of_the_story_joins_it():
    # "DOT" is no alias (state DOTs): it joins the department only by the names of the story
    found = _story("The DOT finalized the rule.", "The Department of Transportation’s (DOT) rule was praised.")
    transportation = _actor(found, "Department of Transportation")
    assert set(transportation.aliases) == {"DOT", "Department of Transportation"} and transportation.articles == 2
    assert ("DOT", "Department of Transportation", "acronym of the one name of the story it spells") in {
        (m.alias, m.actor, m.rule) for m in found.merges
    }


def test_an_acronym_spelling_two_lexicon_actors_joins_neither():
    found = _story("The DOT finalized the rule.", "The Department of Transportation and the Department of the Treasury agreed.")
    assert _actor(found, "DOT").aliases == ("DOT",)
    assert _actor(found, "Department of Transportation").aliases == ("Department of Transportation",)


def test_an_alias_before_a_security_or_a_committee_is_not_the_institution():
    found = _story(
        "Treasury yields rose after the Treasury said it would borrow more.",
        "He is ranking member of the Homeland Security appropriations committee.",
    )
    assert _actor(found, "Department of the Treasury").mentions == 1
    assert "Department of Homeland Security" not in _names(found)


def test_a_verb_after_an_institution_leaves_it_the_institution():
    # "notes" and "bills" are verbs after an agency as often as securities (actor_alias_heads.txt version 2): "The CDC
    # notes that" had made the CDC an organisation of its own beside the lexicon's Centers for Disease Control
    found = _story("The CDC notes that cases rose. The IRS bills taxpayers late. The CDC warned on Monday, and the IRS agreed.")
    assert _actor(found, "Centers for Disease Control and Prevention").mentions == 2
    assert _actor(found, "Internal Revenue Service").mentions == 2
    assert not {"CDC", "IRS"} & _names(found)


def test_a_person_introduces_no_acronym():
    # "Ann Ortiz (DOJ)" gives her affiliation: "DOJ" stays the lexicon's Justice Department, not an actor of its own
    found = _story("Ann Ortiz (DOJ) said it would appeal. The Justice Department declined to comment.")
    assert set(_actor(found, "Department of Justice").aliases) == {"DOJ", "Justice Department"}


# --- the table, the command, determinism ---------------------------------------------------------


def test_actors_table_has_one_row_per_article_and_actor(seed_articles):
    story = audit_story(seed_articles)
    frame = actors_table(story)
    assert not frame.duplicated(["article", "actor"]).any()
    assert len(frame) == sum(len(rows) for rows in story.actors.by_article)
    row = frame[(frame.article == BBC) & (frame.actor == "United States")].iloc[0]
    assert row.quoted_mentions >= 1 and row.evidence
    assert row.own_negative + row.own_neutral + row.own_positive == pytest.approx(1.0, abs=0.001)  # shares rounded to 4 places


def test_actors_command_prints_json_list_under_actors(monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    assert main(["actors", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)["actors"]
    assert {"article", "outlet", "actor", "aliases", "mentions", "own_tone", "own_low", "own_high", "own_negative",
            "quoted_tone", "labels", "evidence"} <= set(rows[0])


def test_same_input_gives_identical_actors(seed_articles, seed_actors):
    assert actors_in(seed_articles) == seed_actors


def test_lexicons_cite_their_source():
    for name in ("actors.csv", "actor_words.csv"):
        first = (Path(ROOT) / "audit" / "lexicons" / name).read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# ")


def test_gold_person_speakers_are_found_with_their_short_forms_merged(seed_articles, gold_quotes):
    """Measured on tests/gold/quotes.jsonl: 29 of 32 named speaker mentions ("Mr. Liang",
    "Ms Zhang", "Professor Zeng") resolve to the gold speaker; the misses are "You" (also a
    pronoun), a name with a nickname in quote marks, and a bare "Ye" after "Ye Kejiang" (no title
    or given name says Ye is a surname rather than the first word of a product's name)."""
    ids = [a.id for a in seed_articles]
    found = actors_in(seed_articles, min_mentions=1)
    pairs = sorted(
        {
            (g["article"], g["speaker_mention"], g["speaker"])
            for g in gold_quotes
            if g["speaker_type"] == "person" and g["speaker_mention"] and g["speaker_mention"][0].isupper()
            and g["speaker_mention"] not in ("He", "She")
        }
    )
    right = 0
    for article_id, mention, speaker in pairs:
        rows = found.by_article[ids.index(article_id)]
        candidates = sorted(
            ((len(alias), row.actor) for row in rows for alias in row.aliases if mention.endswith(alias) or mention.startswith(alias + ",")),
            reverse=True,
        )
        right += bool(candidates) and candidates[0][1] == speaker
    assert len(pairs) >= 30
    assert right / len(pairs) >= 0.9


# --- no junk on real news ------------------------------------------------------------------------


def _junk(name: str) -> str:
    """Why ``name`` cannot be an actor's name or alias: the name finder's reasons (a month or weekday,
    a party-and-state tag, a title alone, a fragment, ...) and a dateline or heading in capitals."""
    letters = name.replace(".", "").replace(" ", "")
    if letters.isupper() and len(letters) >= 6:
        return "dateline or heading in capitals"
    return name_problem(name)


def _story_folders() -> list[Path]:
    folder = devsets_folder()
    if folder is None:
        pytest.skip("../shared/devsets not found (set AUDIT_DEVSETS): the 57 real stories of devsets/figures/stories are not here")
    return sorted(p for p in (folder / "figures" / "stories").iterdir() if p.is_dir())


def _problems(found: StoryActors) -> list[tuple[str, str]]:
    problems = []
    for actor in found.actors:
        # lexicon names and their aliases as the lexicon writes them are curated ("al Qaeda")
        curated = actor_lexicon().aliases if actor.source == "lexicon" else {}
        names = [a for a in actor.aliases if a not in curated] + ([actor.name] if actor.source == "names" else [])
        problems.extend((name, _junk(name)) for name in names if _junk(name))
    undotted: dict[str, str] = {}
    for actor in found.actors:
        key = actor.name.replace(".", "").replace(" ", "").lower()
        if key in undotted:
            problems.append((actor.name, f"not merged with {undotted[key]}"))
        undotted[key] = actor.name
    return problems


def test_no_actor_of_the_seeds_is_junk_and_dotted_forms_merge(seed_actors):
    assert _problems(seed_actors) == []


def test_no_actor_of_the_real_stories_is_junk_and_dotted_forms_merge():
    problems = []
    for folder in _story_folders():
        found = actors_in(load([folder]).articles)
        problems.extend((folder.name, *problem) for problem in _problems(found))
    assert problems == []


def test_a_surname_goes_to_the_person_known_by_a_title_not_to_one_known_as_a_person_only_by_the_surname():
    # "Ivanka Trump" beside "Donald Trump": the finder makes the full name a person's by the surname of a
    # titled person (names._person_elsewhere); that weaker evidence does not take the bare "Trump" from him
    text = "President Donald Trump spoke. The adviser, Zorvana Trump, agreed, as did Zorvana. Trump said no, and Donald Trump left."
    found = _story(text)
    assert _actor(found, "Zorvana Trump").kind == "person"
    assert _actor(found, "Donald Trump").mentions == 3
    # her bare first name joins her ("as did Zorvana")
    assert _actor(found, "Zorvana Trump").mentions == 2 and "Zorvana" not in _names(found)
    # control: two people each known by a title share the bare surname, so it stays ambiguous
    control = _story("President Donald Trump spoke. Ms. Zorvana Trump agreed. Trump said no, and Donald Trump left.")
    assert _actor(control, "Donald Trump").mentions == 2
    assert [a.alias for a in control.ambiguous] == ["Trump"]


def test_an_actor_of_unknown_kind_takes_the_kind_its_labels_name():
    # "Lars Larson, a conservative radio host based in Portland": the finder cannot tell a name whose given
    # name the census lacks; the label's head (the last role word before "based in Portland") can
    found = _story("Zorvan Quelle, a conservative radio host based in Portland, spoke. Then Vunk Tarbo, the environmental advocacy group, sued.")
    assert (_actor(found, "Zorvan Quelle").kind, _actor(found, "Vunk Tarbo").kind) == ("person", "organization")
    # controls: a label with no role word, or a charge given by a naming verb, says nothing
    found = _story("Zorvan Quelle, the federal sign-up site, opened. Critics called Vunk Tarbo a dictator. Vunk Tarbo left.")
    assert (_actor(found, "Zorvan Quelle").kind, _actor(found, "Vunk Tarbo").kind) == ("unknown", "unknown")
    # nor does an office that news also writes of things ("Manus, an invite-only AI agent", "the market leader"), nor
    # a role news gives to firms and people alike ("a software developer in Shenzhen", "a giant of Chinese cinema":
    # roles_no_evidence.txt)
    found = _story("Zorvan Quelle, an invite-only AI agent, spread. Vunk Tarbo, the market leader, fell.")
    assert (_actor(found, "Zorvan Quelle").kind, _actor(found, "Vunk Tarbo").kind) == ("unknown", "unknown")
    found = _story("Zorvan Quelle, a software developer in Shenzhen, built it. Vunk Tarbo, a giant of Chinese cinema, died.")
    assert (_actor(found, "Zorvan Quelle").kind, _actor(found, "Vunk Tarbo").kind) == ("unknown", "unknown")


def test_a_party_and_its_nickname_are_one_actor_and_its_name_before_a_noun_is_no_mention():
    # "the GOP" in one outlet, "the Republican Party" in another: one actor, a party, with each outlet's word
    # for it among its aliases; "the Democrat Party", as its opponents write it, is the Democratic Party under
    # a label worth seeing
    found = _story(
        "The GOP is divided. Critics of the GOP's platform spoke, and the Democrat Party objected.",
        "The Republican Party met in Cleveland. The Democratic Party and the Republican party disagreed.",
    )
    gop = _actor(found, "Republican Party")
    assert (gop.kind, set(gop.aliases), gop.articles, gop.mentions) == ("party", {"GOP", "Republican Party", "Republican party"}, 2, 4)
    democrats = _actor(found, "Democratic Party")
    assert (democrats.kind, set(democrats.aliases)) == ("party", {"Democrat Party", "Democratic Party"})
    # a party's name before a noun or a title is its adjective, as "Republican" is: the candidates, the
    # front-runner, the senator speak, not the party ("the GOP nominee", "GOP Sen. Tom Lee")
    found = _story(
        "GOP candidates clashed with GOP front-runner Donald Trump, and GOP Sen. Tom Lee left. "
        "Republican Party officials said the GOP has a problem. The GOP, Lee said, will lose the GOP nomination, "
        "though the GOP won the seat, the GOP never conceded and the feud tore the GOP apart."
    )
    # "the GOP has", "The GOP, Lee said", "the GOP won", "the GOP never", "tore the GOP apart": the party acting
    # or acted on
    assert _actor(found, "Republican Party").mentions == 5
    # a verb after the name keeps it the party acting: an -s form before its object, an -ing form, a time word, a
    # past the same as its present (review of r-parties)
    found = _story(
        "The Republican Party faces a reckoning, and the GOP welcomes its nominee. The GOP heading into the convention "
        "is split. The GOP today is smaller, and the GOP put forward a plan. GOP voters and GOP donors stayed home."
    )
    assert _actor(found, "Republican Party").mentions == 5
    # control: the Democrats, people of the party, stay a group of their own beside it
    found = _story("Democrats said the Democratic Party would win.")
    assert {(a.name, a.kind) for a in found.actors} == {("Democrats", "group"), ("Democratic Party", "party")}


def test_a_country_the_alias_lexicon_does_not_list_is_a_country_as_the_place_lexicon_types_it():
    # actors.csv lists the countries news names by their capitals; any other country the place lexicon names
    # (places.csv, after GeoNames) is a country too, not a "place" beside the lexicon's "country"
    found = _story("North Korea fired a missile, the DPRK said, and Venezuela objected. Britain protested.")
    assert {(a.name, a.kind) for a in found.actors} == {("North Korea", "country"), ("Venezuela", "country"), ("United Kingdom", "country")}
    # a territory the place lexicon lists among countries is a territory (review of r-parties)
    found = _story("Puerto Rico officials said Guam would follow.")
    assert {(a.name, a.kind) for a in found.actors} == {("Puerto Rico", "territory"), ("Guam", "territory")}
    # control: a US state and a city stay places
    found = _story("Texas sued, and Chicago agreed with Ohio.")
    assert {(a.name, a.kind) for a in found.actors} == {("Texas", "place"), ("Chicago", "place"), ("Ohio", "place")}


def test_a_court_case_named_by_its_first_party_is_the_case():
    # "Roe v. Wade" in one outlet, "overturning Roe" and "the Roe decision" in another: one actor, the case
    found = _story(
        "The court overturned Roe v. Wade in June.",
        "Since the Roe decision fell, states have acted, and Democrats vowed to codify Roe.",
    )
    case = _actor(found, "Roe v. Wade")
    assert (set(case.aliases), case.articles, case.mentions) == ({"Roe v. Wade", "Roe"}, 2, 3)
    assert "Roe" not in _names(found)
    # control: a person who shares the first party's name stays a person of his own
    found = _story("Trump v. United States reached the court. President Donald Trump said Trump would win.")
    assert {"Trump v. United States", "Donald Trump"} <= _names(found)
    assert set(_actor(found, "Donald Trump").aliases) == {"Donald Trump", "Trump"}
    # a surname alone that speaks is a person's, not the case's (review of r-parties)
    found = _story("Obergefell v. Hodges was decided in 2015. On Monday, Obergefell, who said the court should act, was glad.")
    assert "Obergefell" in _names(found) and _actor(found, "Obergefell v. Hodges").aliases == ("Obergefell v. Hodges",)
