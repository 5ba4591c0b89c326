"""More constructions of English news that PolNeAR's train split showed the lens missing, one per test, each
with a control sentence the rule must leave alone (made-up sentences)."""
from __future__ import annotations

from conftest import body_quotes


def _reported(text: str) -> list[tuple[str, str]]:
    return [(q.speaker.name if q.speaker else "", q.text) for q in body_quotes(text) if q.kind in ("indirect", "mixed")]


def test_a_verb_of_naming_with_an_object_pronoun_and_its_epithet_reports_with_no_quoted_words():
    assert _reported("Mayor Ann Ortiz called him a reckless opportunist.") == [("Ann Ortiz", "him a reckless opportunist")]
    assert _reported("Councilman Tom Reyes calls himself a fiscal conservative.") == [("Tom Reyes", "himself a fiscal conservative")]
    assert _reported("Councilman Tom Reyes called her the best mayor in decades.") == [("Tom Reyes", "her the best mayor in decades")]


def test_a_verb_of_naming_before_a_particle_a_preposition_or_a_verb_reports_nothing_without_quoted_words():
    assert _reported("Mayor Ann Ortiz called them to the stage.") == []
    assert _reported("Mayor Ann Ortiz called it off after the storm.") == []
    assert _reported("Many early users called it underwhelming.") == []  # a thing's epithet: only around quoted words
    assert _reported("Mayor Ann Ortiz called the meeting to order.") == []
    assert _reported("Mayor Ann Ortiz called her lawyer after the vote.") == []  # a telephone call


def _speakers(text: str) -> list[tuple[str, str, str]]:
    return [(q.kind, q.speaker.name if q.speaker else "", q.text) for q in body_quotes(text)]


def test_according_to_right_after_a_quotation_names_its_source():
    text = "Mayor Ann Ortiz spoke first.\n\n“Investigators expect to finish their work within weeks and hand the findings to prosecutors,” according to the Metro Ledger."
    assert _speakers(text)[-1] == (
        "direct", "Metro Ledger", "Investigators expect to finish their work within weeks and hand the findings to prosecutors,"
    )
    assert _speakers("She later compared the talk to a “root canal,” according to Tom Reyes.") == [
        ("mixed", "Tom Reyes", "She later compared the talk to a “root canal,”")
    ]


def test_according_to_after_a_quotations_own_cue_or_a_clause_with_one_leaves_the_speaker_alone():
    assert _speakers("“We will win,” Mayor Ann Ortiz said, according to the Metro Ledger.") == [("direct", "Ann Ortiz", "We will win,")]
    said = _speakers("Mayor Ann Ortiz closed the meeting, saying the critics should “look elsewhere,” according to the Metro Ledger.")
    assert [speaker for _kind, speaker, _text in said] == ["Ann Ortiz"]


def test_maintain_reports_a_clause_not_a_lead():
    assert _reported("Mayor Ann Ortiz maintains a commanding lead over her rivals in the county.") == []
    assert _reported("Mayor Ann Ortiz has maintained that the budget was balanced.") == [("Ann Ortiz", "the budget was balanced")]


def test_reported_before_a_gerund_reports_what_a_filing_says():
    assert _reported("The Ortiz campaign reported raising $2 million in March.") == [("the Ortiz campaign", "raising $2 million in March")]
    assert _reported("The Ortiz campaign reported a loss in March.") == []  # a noun phrase: "report" takes "that" or a clause
    assert _reported("The county report covering the last three months will be released on Friday.") == []


def test_an_as_clause_of_report_after_a_comma_or_with_a_time_reports_the_clause_after_it():
    assert _reported("Given that, as the Metro Ledger reported on Saturday, the mayor has already hired a new adviser.") == [
        ("Metro Ledger", "the mayor has already hired a new adviser")
    ]
    assert _reported("Residents can still appeal, and as Tom Reyes noted, the council could still reverse the decision.") == [
        ("Tom Reyes", "the council could still reverse the decision")
    ]
    assert _reported("As the Metro Ledger reported just today, the county auditor issued subpoenas to the developer.") == [
        ("Metro Ledger", "the county auditor issued subpoenas to the developer")
    ]


def test_an_as_clause_of_report_followed_by_a_coordinated_clause_or_a_time_reports_the_clause_before_it():
    assert _reported("The mayor met the developer that day, as the Metro Ledger reported on Tuesday, and she will meet him again.") == [
        ("Metro Ledger", "The mayor met the developer that day")
    ]
    assert _reported("The staff discussed a walkout after the vote, as the Metro Ledger reported a few days later.") == [
        ("Metro Ledger", "The staff discussed a walkout after the vote")
    ]


def test_an_as_clause_of_time_with_a_verb_of_saying_and_its_object_reports_nothing():
    assert _reported("As Mayor Ann Ortiz announced her budget, protesters gathered outside the hall.") == []
    assert _reported("As expected, the council passed the budget on Friday.") == []


def test_a_participle_clause_of_saying_opening_the_sentence_reports_for_the_main_clause_subject():
    assert _reported("Noting that the county had lost 3,000 jobs since 2010, Mayor Ann Ortiz opened the hearing.") == [
        ("Ann Ortiz", "the county had lost 3,000 jobs since 2010")
    ]
    assert _reported("After saying he was nervous about the vote, Councilman Tom Reyes voted for the budget.") == [
        ("Tom Reyes", "he was nervous about the vote")
    ]
    assert _reported("Since announcing in October that she would not run, Mayor Ann Ortiz has campaigned for her deputy.") == [
        ("Ann Ortiz", "she would not run")
    ]


def test_a_participle_opening_the_sentence_with_an_object_and_no_clause_reports_nothing():
    assert _reported("Recalling that moment, Councilman Tom Reyes smiled.") == []
    assert _reported("Saying goodbye to her staff, Mayor Ann Ortiz left the building.") == []
    assert _reported("Responding to the storm, Mayor Ann Ortiz closed the schools.") == []


def test_a_participle_opening_a_sentence_inside_a_quotation_is_the_quotations():
    assert _reported("“The plant is closing. Noting that the county had lost jobs, the owner left town. We should too,” Tom Reyes said.") == []



def test_a_relative_clause_with_no_report_leaves_the_main_verb_of_saying_to_its_subject():
    assert _reported("Councilman Tom Reyes, who voted for the levy, said it was fair.") == [("Tom Reyes", "it was fair")]


def test_a_participle_clause_opening_the_sentence_reports_for_the_subject_of_a_verb_of_saying_after_it():
    assert _reported("Tom Reyes spoke on Monday. Claiming the levy is unfair, Reyes told Reuters that he would vote against it.") == [
        ("Tom Reyes", "the levy is unfair"),
        ("Tom Reyes", "he would vote against it"),
    ]


def test_an_as_clause_before_a_clause_with_its_own_source_or_after_a_negated_clause_reports_nothing():
    asked = _reported("Asked why the county will not move the deadline, as even some council members have asked, Ortiz said the date was fixed.")
    assert ("Ortiz", "the date was fixed") in asked and not [speaker for speaker, _ in asked if "council" in speaker]
    assert _reported("The levy will not lower property taxes, as its backers claim, but will raise them.") == []


def test_a_relative_clause_describing_another_than_the_speaker_after_the_verb_gives_no_quote_of_a_name():
    # review: "who has argued that ..." set off before an inverted "said Ann Ortiz" gave Reyes a quote "Ann Ortiz"
    found = _reported("The levy was written by Tom Reyes, who has argued that it is fair, said Ann Ortiz.")
    assert not [content for _speaker, content in found if "Ann Ortiz" in content]


def test_coordinated_subjects_with_relative_clauses_keep_their_own_reports():
    found = _reported("Ann Ortiz, who has said the levy is unfair, and Tom Reyes, who agrees, said on Monday they would vote no.")
    assert ("Ann Ortiz", "the levy is unfair") in found
    assert not [content for _speaker, content in found if "Tom Reyes" in content]


def test_a_participle_clause_the_main_verb_of_saying_reports_whole_is_no_second_report():
    # review: the clause and its inner clause were two quotes of one speech
    assert _reported("Noting that the county had lost jobs, Ann Ortiz said.") == [("Ann Ortiz", "the county had lost jobs")]


def test_an_as_clause_after_a_subordinate_clause_or_before_so_reports_nothing():
    # review: the clause after the "as" clause was given to its source
    assert _reported("If the council passes the budget, as Ann Ortiz predicted on Monday, the mayor will sign it.") == []
    assert _reported("When the council passed the budget, as Ann Ortiz noted on Monday, the mayor was out of town.") == []
    assert _reported("The budget passed, as the Ledger reported, so the mayor signed it.") == []


def test_a_report_in_a_relative_clause_ends_before_the_main_verb_of_saying_which_reports_for_the_same_source():
    assert _reported("Tom Reyes, who has argued that the levy is unfair, said on Monday that he would vote against it.") == [
        ("Tom Reyes", "the levy is unfair"),
        ("Tom Reyes", "he would vote against it"),
    ]
    assert _reported("But Mayor Ann Ortiz, who has long insisted the bridge was safe, told reporters she would order a second inspection.") == [
        ("Ann Ortiz", "the bridge was safe"),
        ("Ann Ortiz", "she would order a second inspection"),
    ]


def test_a_report_ends_before_a_quotation_its_speaker_adds_after_a_participle():
    text = "The spokesman declined to discuss the talks but said there was no meeting planned with the mayor, adding: “If one is proposed we will consider it.”"
    assert _speakers(text) == [
        ("indirect", "the spokesman", "there was no meeting planned with the mayor"),
        ("direct", "the spokesman", "If one is proposed we will consider it."),
    ]
    # control: a quotation after "and added" already ended the report at its conjunction
    text = "The spokesman said there was no meeting planned with the mayor and added, “If one is proposed we will consider it.”"
    assert _speakers(text)[0] == ("indirect", "the spokesman", "there was no meeting planned with the mayor")


def test_quoted_fragments_no_cue_claims_join_the_mixed_quote_a_later_cue_attributes():
    text = "Budget cuts are “a slow disaster” and “will empty the schools,” Mayor Ann Ortiz said at the hearing."
    assert _speakers(text) == [("mixed", "Ann Ortiz", "Budget cuts are “a slow disaster” and “will empty the schools,”")]
    # controls: a fragment its own cue claims stays that cue's; a fragment inside brackets stays apart
    text = "When Tom Reyes said the levy was “a fair deal,” the council voted, and “nobody clapped,” Ann Ortiz said."
    assert ("mixed", "Ann Ortiz", "“a fair deal,” the council voted, and “nobody clapped,”") not in _speakers(text)
    assert [q for q in _speakers(text) if "nobody clapped" in q[2]] == [("mixed", "Ann Ortiz", "the council voted, and “nobody clapped,”")]


def test_states_after_a_preposition_is_the_noun_not_a_verb_of_saying():
    text = "Since winning the primary, Ortiz has spent $2 million on radio ads, largely targeting voters in battleground states, according to a tally by the Ledger."
    assert _reported(text) == [("a tally by the Ledger", "Since winning the primary, Ortiz has spent $2 million on radio ads, largely targeting voters in battleground states")]
    assert _reported("Delegates from states Reyes won should switch to him, his aide said.") == [("his aide", "Delegates from states Reyes won should switch to him")]
    # controls: the verb after its subject, and after the "to" of an infinitive, still reports
    assert _reported("The memo states that the levy will pass.") == [("the memo", "the levy will pass")]
    assert _reported("The ruling went on to state that the levy was lawful.") == [("the ruling", "the levy was lawful")]
    # and a subject ending in a prepositional phrase right before the verb with its "that" (a review's finding)
    assert _reported("A letter from the governor states that the levy will pass.") == [("a letter from the governor", "the levy will pass")]
    # but not a relative "that" after the noun
    assert _reported("Voters in the two states that lead off the race are angry, he said.") == [
        ("unidentified speaker (he)", "Voters in the two states that lead off the race are angry")
    ]


def test_a_report_before_a_second_source_ends_at_the_coordinator_not_at_a_comma_inside_it():
    text = "Ortiz said if the levy fails, the city will close three schools next year and Reyes says the board agrees."
    assert _reported(text) == [("Ortiz", "if the levy fails, the city will close three schools next year"), ("Reyes", "the board agrees")]
    # control: a comma and its coordinator before the second source end the first report there, as before
    assert _reported("Ortiz said the levy would pass, and several landlords said they would sue.") == [
        ("Ortiz", "the levy would pass"),
        ("landlords", "they would sue"),
    ]


def test_a_cue_after_a_conjunction_past_a_quotation_reports_its_own_clause_not_the_quotation():
    # "..., but he also warned ...": the clause after the conjunction has its own subject and cue, and what the cue
    # reports follows it; the quotation before belongs to the first clause's own cue
    text = "His aides had urged him to act “presidential,” but Mayor Ann Ortiz said she answered: “I will not back down.”"
    assert ("his aides", "him to act “presidential,”") in _reported(text)
    assert all(speaker != "Ann Ortiz" for speaker, _ in _reported(text))
    text = "In the poll, 21 percent of voters said “not too likely” and 14 percent said “not at all likely.”"
    assert ("21 percent of voters", "not too likely") in [(q.speaker.name, q.text) for q in body_quotes(text)]
    # control: a cue right after the quotation, and one after its speaker, still take the quotation
    assert _speakers("“The budget is a plan for every family,” Ortiz said, and she added that the vote would be close.")[0] == (
        "direct", "Ortiz", "The budget is a plan for every family,"
    )
    assert _speakers("Mayor Ann Ortiz called the budget “a plan for every family,” she told reporters.")[0][:2] == ("mixed", "Ann Ortiz")


def test_an_inverted_source_inside_a_short_subject_and_its_predicate_speaks_both_halves():
    # "The bill, said Rep. Tom Lee, would pass easily.": the source set between a subject of one or two words and
    # its predicate says the whole sentence around it, not "the bill" the rest
    assert _reported("The levy, said Councilman Tom Reyes, would pass easily.") == [("Tom Reyes", "The levy"), ("Tom Reyes", "would pass easily")]
    assert _reported("And Ortiz, said Tom Reyes, who worked for her for years, doesn't forgive or forget.") == [
        ("Tom Reyes", "And Ortiz"),
        ("Tom Reyes", "doesn't forgive or forget"),
    ]
    # controls: a longer subject reads so as before, and a name with its age before "said" is the speaker
    assert _reported("The real problem, said Councilman Tom Reyes, is the cost.") == [("Tom Reyes", "The real problem"), ("Tom Reyes", "is the cost")]
    assert _reported("Reyes, 45, said Ortiz, the mayor, would win.") == [("Reyes", "Ortiz, the mayor, would win")]


def test_a_quotation_after_its_cue_with_the_comma_inside_its_marks_goes_on_with_a_participle():
    # US style sets the sentence's comma inside the closing mark: 'X said in a Facebook post, “...,” pledging ...'
    text = "Councilman Tom Reyes said in a Thursday night Facebook post, “We will stand guard over this budget,” pledging to vote no."
    assert ("direct", "Tom Reyes", "We will stand guard over this budget,") in _speakers(text)
    # and the participle after the closing mark reports for the quotation's speaker, not for a name inside it
    text = "In a statement, Reyes said: “Ortiz Holdings was a fine company when it went public,” adding that its shares quadrupled."
    assert ("indirect", "Reyes", "its shares quadrupled") in _speakers(text)
    # control: a show's title after "told" is no quotation of the speaker's
    assert all(q[0] != "direct" for q in _speakers("Mayor Ann Ortiz told “Fox and Friends,” reminding the hosts that the levy had failed."))


def test_a_quotation_after_a_names_post_and_a_colon_is_the_names():
    # "From Bush's Facebook post:": the post's owner wrote the quotation, not the subject of the sentence before
    body = "Aides say Tom Reyes will back the levy. From Reyes's Facebook post: “For the sake of our city, we must unite behind one plan now.”"
    assert _speakers(body)[-1] == ("direct", "Tom Reyes", "For the sake of our city, we must unite behind one plan now.")
    # control: a clause whose subject is no name's text keeps its reading ("The sign read:")
    body = "Aides say Tom Reyes will back the levy. The sign read: “For the sake of our city, we must unite behind one plan now.”"
    assert _speakers(body)[-1] == ("direct", "the sign", "For the sake of our city, we must unite behind one plan now.")


def test_the_predicate_after_an_inverted_source_is_no_role_of_the_source():
    # "Reyes, says Ortiz, is a liar": the comma segment after the source opens with a verb, so it is the rest of
    # what was said; read as an apposition it gave the speaker the role "is a liar"
    quotes = body_quotes("Mayor Ann Reyes, says Councilman Tom Ortiz, is a liar who cannot be trusted with the budget.")
    assert [(q.speaker.name, q.speaker.role, q.text) for q in quotes] == [
        ("Tom Ortiz", "Councilman", "Mayor Ann Reyes"),
        ("Tom Ortiz", "Councilman", "is a liar who cannot be trusted with the budget"),
    ]
    # controls: an apposition after the source stays its role, and a name with a capital that looks like a modal
    # ("May") is no predicate
    assert {q.speaker.role for q in body_quotes("The levy, said Tom Ortiz, a Democrat, would pass easily.")} == {"Democrat"}
    assert {q.speaker.name for q in body_quotes("The levy will pass easily, said Ann Reyes, May Lee's deputy.")} == {"Ann Reyes"}


def test_a_dateline_is_no_part_of_the_words_an_inverted_source_says():
    # "WASHINGTON (AP) — The plan will fail, said Tom Zhang": the report opens after the dateline
    for dateline in ("WASHINGTON (AP) — ", "NEW YORK — ", "ALBANY, N.Y. (Reuters) - "):
        quotes = body_quotes(f"{dateline}The levy will fail in the council, said Tom Ortiz, an analyst.")
        assert [q.text for q in quotes] == ["The levy will fail in the council"]
    # control: a sentence with no dateline keeps its first word
    assert [q.text for q in body_quotes("WASHINGTON lawmakers oppose the levy, said Ann Reyes, an analyst.")] == ["WASHINGTON lawmakers oppose the levy"]


def test_a_dateline_is_no_part_of_a_described_speaker_after_it():
    # "PHILADELPHIA ― Hillary Clinton's campaign said ...": the place opens the line, the description names the speaker
    for dateline in ("PHILADELPHIA ― ", "WASHINGTON (AP) — ", "ALBANY, N.Y. (Reuters) - "):
        quotes = body_quotes(f"{dateline}The mayor’s campaign said it is looking for a new chair.")
        assert [(q.speaker.name, q.text) for q in quotes] == [("the mayor’s campaign", "it is looking for a new chair")]
    # control: capitals that are no dateline (no dash after them) stay in the speaker
    quotes = body_quotes("NATO officials said the alliance is looking for a new chair.")
    assert [(q.speaker.name, q.text) for q in quotes] == [("NATO officials", "the alliance is looking for a new chair")]
