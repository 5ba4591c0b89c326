"""Constructions of English news that PolNeAR's train split showed the lens getting wrong (who speaks, and how
far their words go), one per test, each with a control the rule must leave alone (made-up sentences)."""
from __future__ import annotations

from conftest import body_quotes, make_article

from audit.quotes import quotes_in


def _reported(text: str) -> list[tuple[str, str, str]]:
    return [(q.kind, q.speaker.name if q.speaker else "", q.text) for q in body_quotes(text) if q.kind in ("indirect", "mixed")]


def test_quoted_words_opened_in_a_report_carry_it_past_the_sentence_end_to_their_closing_mark():
    assert _reported('Mayor Ann Ortiz said the new levy "would hurt every family. Nobody in this town wants it." The vote is Monday.') == [
        ("mixed", "Ann Ortiz", 'the new levy "would hurt every family. Nobody in this town wants it."')
    ]
    assert _reported('Mayor Ann Ortiz insisted that "the budget is balanced. We cut where we had to." Critics disagreed.') == [
        ("mixed", "Ann Ortiz", '"the budget is balanced. We cut where we had to."')
    ]


def test_quoted_words_closed_inside_the_report_end_it_at_the_sentence_end():
    assert _reported('Mayor Ann Ortiz said the new levy "would hurt every family" in the county. The vote is Monday.') == [
        ("mixed", "Ann Ortiz", 'the new levy "would hurt every family" in the county')
    ]


def test_a_verb_of_naming_inside_a_report_is_part_of_what_is_reported():
    assert _reported("Mayor Ann Ortiz said that she called the governor after the vote.") == [
        ("indirect", "Ann Ortiz", "she called the governor after the vote")
    ]


def test_a_verb_of_belief_right_after_a_pronoun_in_a_report_still_joins_the_first_cue():
    assert _reported("Mayor Ann Ortiz said she believed the levy would pass.") == [("indirect", "Ann Ortiz", "the levy would pass")]


def test_a_named_subject_with_an_apposition_before_said_is_the_speaker_not_an_inverted_report():
    assert _reported("Another pollster, Tom Zhang of Mercer College, said his survey of likely voters showed the mayor ahead.") == [
        ("indirect", "Tom Zhang", "his survey of likely voters showed the mayor ahead")
    ]
    assert _reported("The mayor's former campaign manager, Tom Zhang, said the aide who replaced him, Ann Ortiz, should resign.") == [
        ("indirect", "Tom Zhang", "the aide who replaced him, Ann Ortiz, should resign")
    ]


def test_a_clause_before_an_inverted_said_is_still_the_report():
    assert _reported("The new levy would hurt every family, said Tom Zhang, a local accountant.") == [
        ("indirect", "Tom Zhang", "The new levy would hurt every family")
    ]


def test_a_second_source_inside_a_report_cuts_it_at_a_clause_comma_not_inside_a_number():
    said = _reported("Tom Zhang said he expected up to 250,000 people angry at what they believe is a rigged vote.")
    assert said[0] == ("indirect", "Tom Zhang", "he expected up to 250,000 people angry at what")
    control = _reported("Tom Zhang said he expected 250,000 people, and several officials warned of traffic jams.")
    assert control[0] == ("indirect", "Tom Zhang", "he expected 250,000 people")


def test_a_prepositional_phrase_set_off_before_a_named_subject_and_its_apposition_is_no_part_of_the_speaker():
    assert _reported("Among the critics, Tom Zhang, the director of the budget office, said the deficit would grow.") == [
        ("indirect", "Tom Zhang", "the deficit would grow")
    ]
    assert _reported("Throughout the campaign, Tom Zhang, a county commissioner, argued that the levy was unfair.") == [
        ("indirect", "Tom Zhang", "the levy was unfair")
    ]
    assert _reported("Tom Zhang, the director of the budget office, said the deficit would grow.") == [
        ("indirect", "Tom Zhang", "the deficit would grow")
    ]


def test_the_predicate_after_an_inverted_source_and_its_apposition_is_reported_too():
    assert _reported("Any honest reading of the deal, said Tom Zhang, an expert on trade at Mercer College, would call it a retreat.") == [
        ("indirect", "Tom Zhang", "Any honest reading of the deal"),
        ("indirect", "Tom Zhang", "would call it a retreat"),
    ]


def test_a_relative_clause_after_an_inverted_source_is_its_description_not_its_words():
    assert _reported("The new levy would hurt every family, said Tom Zhang, who was elected in 2010.") == [
        ("indirect", "Tom Zhang", "The new levy would hurt every family")
    ]
    assert _reported("Executives at the two firms, called Zhang Holdings and Ortiz Payroll, were found to have hidden income.") == []


def test_a_that_after_a_pronoun_subject_or_a_wh_word_belongs_to_the_reported_clause_not_to_the_cue():
    assert _reported("Tom Zhang also said he understands how hard that can be.") == [("indirect", "Tom Zhang", "he understands how hard that can be")]
    assert _reported("Tom Zhang said she was convinced that the levy would pass.") == [
        ("indirect", "Tom Zhang", "she was convinced that the levy would pass")
    ]


def test_words_before_that_naming_the_hearer_or_the_time_belong_to_the_cue():
    assert [q.cue for q in body_quotes("Tom Zhang told the BBC on Monday that the levy would pass.")] == ["told the BBC on Monday"]
    assert _reported("Tom Zhang told him that the levy would pass.") == [("indirect", "Tom Zhang", "the levy would pass")]


def test_a_participle_after_a_coordinated_clause_with_its_own_subject_is_that_subjects_report():
    assert _reported("Tom Zhang said the rules are unfair, and Ann Ortiz sued the city, saying they violate free-speech rights.") == [
        ("indirect", "Tom Zhang", "the rules are unfair"),
        ("indirect", "Ann Ortiz", "they violate free-speech rights"),
    ]


def test_a_participle_after_a_coordinated_verb_with_no_new_subject_keeps_the_first_subject():
    assert _reported("Tom Zhang criticized the rules, and sued the city, saying they violate free-speech rights.") == [
        ("indirect", "Tom Zhang", "they violate free-speech rights")
    ]


def test_a_participle_after_a_comma_inside_closing_quote_marks_reports_for_the_clause_subject():
    assert _reported("Tom Zhang defended the “city values,” saying the budget needed the money.") == [
        ("indirect", "Tom Zhang", "the budget needed the money")
    ]


def test_a_participle_after_a_quoted_report_goes_on_with_the_reports_speaker():
    assert _reported('Tom Zhang said the mayor was "doing the right thing," suggesting he might back her.') == [
        ("mixed", "Tom Zhang", 'the mayor was "doing the right thing,"'),
        ("indirect", "Tom Zhang", "he might back her"),
    ]


def test_a_participles_phrase_of_medium_or_manner_before_that_belongs_to_its_cue():
    said = body_quotes("Tom Zhang made a third attempt to deflect the criticism, writing on Twitter that the real issue was crime.")
    assert [(q.cue, q.text) for q in said] == [("writing on Twitter", "the real issue was crime")]
    assert _reported("Tom Zhang was just as blunt, claiming without any evidence that the mayor wanted to raise taxes.") == [
        ("indirect", "Tom Zhang", "the mayor wanted to raise taxes")
    ]
    # "that" and a verb: a relative clause inside the phrase, not the participle's "that"
    assert _reported("Tom Zhang answered the critics, stating on a radio station that had backed him, that the levy would pass.") == []


def test_a_time_after_the_one_told_belongs_to_the_cue_when_a_clause_follows():
    assert _reported("Jane Smith told reporters Tuesday the plan would fail.") == [("indirect", "Jane Smith", "the plan would fail")]
    assert _reported("Jane Smith told reporters Tuesday was the deadline.") == [("indirect", "Jane Smith", "Tuesday was the deadline")]


def test_a_clause_after_the_cues_phrase_of_place_or_medium_is_the_report_without_that():
    assert _reported("Jane Smith said in an interview she would run.") == [("indirect", "Jane Smith", "she would run")]
    assert _reported("Jane Smith wrote in a letter the plan would fail.") == [("indirect", "Jane Smith", "the plan would fail")]
    assert [q.cue for q in body_quotes("Jane Smith told reporters at the Capitol he would run.")] == ["told reporters at the Capitol"]


def test_a_cues_phrase_ending_the_sentence_is_still_the_cues():
    assert _reported("The plan would fail, Jane Smith said in a statement on Friday.") == [("indirect", "Jane Smith", "The plan would fail")]


def test_a_later_quotation_opened_in_a_report_carries_it_to_its_closing_mark_past_an_earlier_closed_one():
    assert _reported('Mayor Ann Ortiz said the "new" levy would "hurt every family. Nobody in this town wants it." The vote is Monday.') == [
        ("mixed", "Ann Ortiz", 'the "new" levy would "hurt every family. Nobody in this town wants it."')
    ]
    # control: both quotations close inside the sentence, which ends the report
    assert _reported('Mayor Ann Ortiz said the "new" levy would "hurt every family" in the county. The vote is Monday.') == [
        ("mixed", "Ann Ortiz", 'the "new" levy would "hurt every family" in the county')
    ]


def test_an_adjective_with_its_complement_after_the_head_noun_is_a_postmodifier_of_the_unnamed_source():
    said = body_quotes("The two sides are close to a deal on the levy, people familiar with the talks said.")
    assert [(q.text, q.speaker.name, q.speaker.named) for q in said] == [
        ("The two sides are close to a deal on the levy", "people familiar with the talks", False)
    ]
    assert _reported("People familiar with the talks said the two sides are close to a deal.") == [
        ("indirect", "People familiar with the talks", "the two sides are close to a deal")
    ]
    # control: an adjective before the head noun is a premodifier, with no complement
    assert _reported("The familiar critics said the two sides are close to a deal.") == [
        ("indirect", "the familiar critics", "the two sides are close to a deal")
    ]


def test_the_state_after_a_town_ending_an_unnamed_source_is_part_of_it_not_a_name_apposed_to_it():
    assert [(q.speaker.name, q.speaker.role) for q in body_quotes("Officials in Chappaqua, N.Y., said that the server had some security features.")] == [
        ("Officials in Chappaqua, N.Y.", "")
    ]
    # control: a name after a description is the speaker, the description its role
    assert [(q.speaker.name, q.speaker.role) for q in body_quotes("The mayor of Chappaqua, Ann Ortiz, said that the server had some security features.")] == [
        ("Ann Ortiz", "mayor of Chappaqua")
    ]


def test_her_ending_a_subject_before_a_finite_verb_of_saying_is_an_object_not_a_possessive():
    assert [q.speaker.name for q in body_quotes("Ann Ortiz spoke on Monday. Officials close to her said the plan would fail.")] == ["Officials close to Ann Ortiz"]
    assert [q.speaker.name for q in body_quotes("Ann Ortiz spoke on Monday. People familiar with her thinking said the plan would fail.")] == [
        "People familiar with Ann Ortiz's thinking"
    ]
    # control: "her" before a noun of saying is its possessor
    assert _reported("Ann Ortiz repeated her claim that the plan would fail.") == [("indirect", "Ann Ortiz", "the plan would fail")]


def test_a_relative_clause_or_partitive_after_an_opening_phrase_is_that_phrases_not_the_speaker():
    assert [(q.speaker.name, q.speaker.role) for q in body_quotes("Among the members of the board, which met on Monday, Dana Roe, a lawyer, said the deficit would grow.")] == [
        ("Dana Roe", "lawyer")
    ]
    said = body_quotes("Addressing 100 members, many of them skeptical about the plan, the campaign chief, Tom Zhang, suggested that the levy was an act.")
    assert [(q.speaker.name, q.speaker.role) for q in said] == [("Tom Zhang", "the campaign chief")]
    # control: with no opening phrase skipped, the name and its apposition are read as before
    assert [(q.speaker.name, q.speaker.role) for q in body_quotes("Among the members, Dana Roe, a lawyer, said the deficit would grow.")] == [("Dana Roe", "lawyer")]


_INTERVIEW = """The actress Dana Roe has written a memoir. Roe spoke to us this week about the book.

Q: You open your book in 2001. What did you find?

A: I came home from school and my parents were gone.

That was the day everything changed for me.

Q: Did anyone help?

A: No one did."""


def test_the_answers_of_a_question_and_answer_interview_are_the_interviewees_and_its_questions_the_interviewers():
    said = [(q.kind, q.speaker.name, q.speaker.named, q.text) for q in body_quotes(_INTERVIEW)]
    assert said == [
        ("direct", "the interviewer", False, "You open your book in 2001. What did you find?"),
        ("direct", "Dana Roe", True, "I came home from school and my parents were gone."),
        ("direct", "Dana Roe", True, "That was the day everything changed for me."),
        ("direct", "the interviewer", False, "Did anyone help?"),
        ("direct", "Dana Roe", True, "No one did."),
    ]
    # control: a lone "A:" (an answer with no question: a list's item, a heading) is no interview
    assert body_quotes("Dana Roe spoke to reporters on Monday.\n\nA: Yes, absolutely.") == ()


def test_an_interview_ends_at_its_last_answer_where_the_article_reports_on_its_own():
    body = _INTERVIEW + (
        "\n\nThat was hard.\n\nThis interview has been edited and condensed."
        "\n\nOrtiz said on Monday that she was confident. “We will win,” she said.\n\nTom Arlen contributed reporting."
    )
    said = [(q.kind, q.speaker.name, q.text) for q in body_quotes(body)][4:]
    assert said == [
        ("direct", "Dana Roe", "No one did."),
        ("direct", "Dana Roe", "That was hard."),  # control: a paragraph that is no report of its own goes on
        ("indirect", "Ortiz", "she was confident"),
        ("direct", "Ortiz", "We will win,"),
    ]


def test_the_interviewee_is_whom_the_introduction_says_was_interviewed_not_whom_it_names_most():
    intro = "The memoir is about Tom Arlen. Arlen left in 2001, and Arlen never came back. We talked to Dana Roe about it."
    body = intro + "\n\nQ: What did you find?\n\nA: My parents were gone."
    assert [(q.speaker.name, q.text) for q in body_quotes(body)] == [("the interviewer", "What did you find?"), ("Dana Roe", "My parents were gone.")]
    # control: with no such phrase, the person named most often answers
    body = body.replace("We talked to Dana Roe about it.", "Dana Roe wrote it.")
    assert [(q.speaker.name, q.text) for q in body_quotes(body)][-1] == ("Tom Arlen", "My parents were gone.")
    # the person the title line names answers
    titled = quotes_in(make_article("Q&A: Dana Roe on her memoir\n\n" + body))
    assert [(q.speaker.name, q.text) for q in titled][-1] == ("Dana Roe", "My parents were gone.")


def test_a_definite_description_with_no_role_word_right_before_a_closing_verb_of_saying_is_the_source():
    assert _reported("The levy will pass, the former reality TV star said.") == [("indirect", "the former reality TV star", "The levy will pass")]
    assert _reported("To hit its target, the advisory panel concluded, the tax must rise again in 2018.") == [
        ("indirect", "the advisory panel", "To hit its target"),
        ("indirect", "the advisory panel", "the tax must rise again in 2018"),
    ]
    # controls: a comparison holding a pronoun, and a cue word that is a plural noun after the description
    assert _reported("He did it, the more he said.") == []
    assert _reported("In Nevada and Florida, the two battleground states with the most voters, the nominee leads.") == []


def test_a_closing_according_to_names_who_relayed_the_report_and_is_no_part_of_what_was_said():
    said = [(q.speaker.name, q.text) for q in body_quotes("Ann Ortiz said the levy will pass, according to CNN.")]
    assert said == [("CNN", "Ann Ortiz said the levy will pass"), ("Ann Ortiz", "the levy will pass")]
    # the same report with the relay first reads the same
    assert [(q.speaker.name, q.text) for q in body_quotes("According to CNN, Ann Ortiz said the levy will pass.")] == said
    # control: "according to" with no comma is part of the clause
    assert _reported("Ann Ortiz said the levy will pass according to plan.") == [("indirect", "Ann Ortiz", "the levy will pass according to plan")]


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(q.speaker.name if q.speaker else "", q.text) for q in body_quotes(text)]


def test_a_name_modifying_a_noun_is_no_antecedent_of_a_pronoun_while_a_person_named_whole_is():
    assert _speakers(
        "Tom Frank is a historian. At times, Frank underplays the Obama administration's record. But he is correct to note that the party lost its voters."
    ) == [("Tom Frank", "the party lost its voters")]
    # controls: a modifier is no subject either ("the Clinton campaign"), and it is still the antecedent when no one
    # else is named ("a Trump television interview, in which he says")
    assert _speakers("Barack Obama spoke to the Clinton campaign on Monday. He said the race was close.") == [("Barack Obama", "the race was close")]
    assert _speakers("Donald Trump spoke in Ohio. The ad includes a clip of a Trump television interview, in which he says he will build a wall.") == [
        ("Donald Trump", "he will build a wall")
    ]


def test_say_after_an_object_pronoun_ending_the_subject_is_the_verb_before_its_clause():
    assert _speakers("Ann Ortiz is the senator. People close to her say the race was lost.") == [("People close to Ann Ortiz", "the race was lost")]
    assert _speakers("Ann Ortiz is the senator. People close to her say she now acknowledges the race was lost.") == [
        ("People close to Ann Ortiz", "the race was lost")
    ]
    # controls: "her say" is a noun before no clause, and "her remark that" a noun
    assert _speakers("Ann Ortiz is the senator. She had her say on Monday, and the race was lost.") == []
    assert _speakers("Ann Ortiz praised her remark that the race was lost.") == []


def test_a_relative_clause_after_a_name_is_its_role_only_when_it_says_a_role_a_job_or_a_home():
    roles = lambda text: [(q.speaker.name, q.speaker.role) for q in body_quotes(text)]  # noqa: E731
    assert roles("Dana Roe, who met them on Monday, said the talks had failed.") == [("Dana Roe", "")]
    # controls: a job, a role word and a home stay the role; a name alone before "who" is still a person ("she")
    assert roles("Dana Roe, who now runs Our Principles, said the talks had failed.") == [("Dana Roe", "who now runs Our Principles")]
    assert roles("Dana Roe, who is a senator from Ohio, said the talks had failed.") == [("Dana Roe", "who is a senator from Ohio")]
    assert roles("Dana Roe, who lives in a small town outside the capital, said the talks had failed.") == [
        ("Dana Roe", "who lives in a small town outside the capital")
    ]
    assert _speakers("Tom Reyes spoke first. Then Rihanna, who won the award, took the stage. “Love yourself,” she said.") == [("Rihanna", "Love yourself,")]


def test_a_demonym_after_a_describing_word_is_a_person_from_the_place_not_the_outlet_of_that_name():
    described = lambda text: [(q.speaker.name, q.speaker.category) for q in body_quotes(text)]  # noqa: E731
    assert described("Ann Ortiz faced reporters. Later the outspoken New Yorker said the race was rigged.") == [("the outspoken New Yorker", "other")]
    assert described("Ann Ortiz faced reporters. A New Yorker said the race was rigged.") == [("a New Yorker", "other")]
    # controls: the magazine itself, and an outlet that is no demonym after a describing word
    assert described("Ann Ortiz faced reporters. The New Yorker reported the race was rigged.") == [("New Yorker", "media")]
    assert described("Ann Ortiz faced reporters. The liberal New York Times reported the race was rigged.") == [("New York Times", "media")]


def test_here_or_there_between_the_subject_and_its_verb_of_saying_is_no_part_of_either():
    assert _speakers("The officials here said the plan would fail.") == [("the officials", "the plan would fail")]
    assert _speakers("Residents there say the water is unsafe.") == [("Residents", "the water is unsafe")]
    # control: "there" of an existential question is no subject
    assert _speakers("Is there said to be a plan?") == []


def test_the_subject_of_a_verb_coordinated_with_a_cue_ends_before_the_verb_of_its_own_clause():
    # the refusal before the claim is a voice sought, marked not said (tests/test_quotes_sought.py)
    assert _speakers("The spokesman declined to comment but said there was no call planned.") == [
        ("the spokesman", "declined to comment"), ("the spokesman", "there was no call planned")
    ]
    assert _speakers("The officials refused to answer questions on the race, saying the case was open.") == [
        ("the officials", "refused to answer questions on the race"), ("the officials", "the case was open")
    ]
    # control: a participle after the head noun before a cue of its own stays in the description
    assert _speakers("People briefed on the talks said the deal was close.") == [("People briefed on the talks", "the deal was close")]


def test_a_closing_according_to_that_names_no_source_is_part_of_what_was_said():
    for how in ("plan", "population", "law", "need", "schedule"):
        said = f"the recount went smoothly, according to {how}"
        assert _reported(f"Ann Ortiz said {said}.") == [("indirect", "Ann Ortiz", said)]
    # controls: a speaker a parse finds, a name inside the phrase, a noun of authored text that speaks
    assert _reported("The levy will pass, according to officials.") == [("indirect", "officials", "The levy will pass")]
    assert _reported("The levy will pass, according to a CNN tally.") == [("indirect", "a CNN tally", "The levy will pass")]
    assert _reported("The levy will pass, according to a new study.") == [("indirect", "a new study", "The levy will pass")]
    assert _reported("The levy will pass, according to the returns.") == [("indirect", "the returns", "The levy will pass")]
    assert _reported("The levy will pass, according to early returns.") == [("indirect", "early returns", "The levy will pass")]
    assert _reported("The levy will pass, according to someone in attendance.") == [("indirect", "someone in attendance", "The levy will pass")]


def test_her_before_a_function_word_is_the_person_not_the_persons():
    def sources(phrase: str) -> list[str]:
        return [q.speaker.name for q in body_quotes(f"Ann Ortiz spoke on Monday. {phrase} said the plan would fail.")]

    assert sources("People close to her in the campaign") == ["People close to Ann Ortiz in the campaign"]
    assert sources("People close to her and her husband") == ["People close to Ann Ortiz and Ann Ortiz's husband"]
    # control: "her" before a noun is the person's
    assert sources("People familiar with her thinking") == ["People familiar with Ann Ortiz's thinking"]


def test_the_interviewee_follows_an_interview_cue_with_only_a_title_between_and_nearest_the_questions():
    def answerer(intro: str) -> str:
        # (a question "asked about" someone is speech of no one named: ``questions``)
        return [q.speaker.name for q in body_quotes(intro + "\n\nQ: What did you find?\n\nA: My parents were gone.") if q.speaker][-1]

    assert answerer("Dana Roe has written a memoir. Last year Roe asked Tom Arlen to leave the firm. We talked to Dana Roe about it.") == "Dana Roe"
    assert answerer("Dana Roe has written a memoir. In an interview last year Tom Arlen praised it. This week Roe spoke to us about the book.") == "Dana Roe"
    assert answerer("Dana Roe has written a memoir. Roe was asked about Tom Arlen.") == "Dana Roe"
    # controls: a title or role between the cue and the name, and "we asked"
    assert answerer("Tom Arlen has written a memoir. Arlen praised it. We spoke with the novelist Dana Roe.") == "Dana Roe"
    assert answerer("Tom Arlen has written a memoir. Arlen praised it. We asked Sen. Dana Roe about it.") == "Dana Roe"


def test_a_closing_according_to_before_a_norm_with_a_determiner_or_modifier_or_before_law_enforcement_names_a_relay():
    for source, said in (
        ("law enforcement", "The suspect fled on foot"),
        ("local law enforcement", "The suspect fled on foot"),
        ("new federal guidelines", "Doctors should screen patients every year"),
        ("the plan", "Troops will withdraw from the city by May"),
        ("the Senate's rules", "The bill needs 60 votes"),
        ("the bylaws", "The board meets monthly"),
    ):
        assert _reported(f"{said}, according to {source}.") == [("indirect", source, said)]
    # control: a bare norm says how something was done
    assert _reported("Ann Ortiz said the recount went smoothly, according to law.") == [("indirect", "Ann Ortiz", "the recount went smoothly, according to law")]


def test_a_document_issued_with_an_adjective_such_as_further_or_same_before_its_noun_is_its_issuers():
    def kind(issued: str) -> str:
        return [q.speaker.category for q in body_quotes(f"The Sierra Club {issued}. “We regret it,” the statement said.")][-1]

    for issued in ("released a further statement", "released the same statement", "released yet another statement", "released a statement"):
        assert kind(issued) == "advocacy"
    # controls: a preposition or a clause between the verb and the noun
    assert kind("wrote that the statement was false") == "other"
    assert kind("released a rebuttal to the statement") == "other"


def test_a_relative_clause_of_a_job_in_the_perfect_is_the_speakers_role():
    def role(clause: str) -> str:
        return [q.speaker.role for q in body_quotes(f"Dana Roe, {clause}, said the plan would fail.")][0]

    for clause in ("who has represented the district since 2010", "who had headed the school for a decade", "who have long run the shop"):
        assert role(clause) == clause
    # controls: the clause in the present, and one in the perfect that names no job
    assert role("who represents the district") == "who represents the district"
    assert role("who has said little") == ""


def test_a_possessive_apposition_naming_a_relative_or_role_in_any_conjunct_or_a_pick_for_an_office_is_a_role():
    def role_and_kind(intro: str) -> tuple[str, str]:
        said = body_quotes(f"{intro}, spoke on Monday. “We will win,” {intro.split(',')[0].split()[-1]} said.")
        return (said[0].speaker.role, said[0].speaker.category)

    assert role_and_kind("Jared Kushner, Trump's son-in-law and senior adviser") == ("Trump's son-in-law and senior adviser", "politics")
    assert role_and_kind("Ann Ortiz, Biden's pick for labor secretary") == ("Biden's pick for labor secretary", "government")
    # controls: an absolute phrase in every conjunct, and a head before a preposition that no role follows
    assert role_and_kind("Ann Ortiz, her campaign in tatters and her company near bankruptcy") == ("", "other")
    assert role_and_kind("Ann Ortiz, her pick for the weekend") == ("", "other")


def test_a_participle_before_a_preposition_after_the_head_noun_stays_in_the_subject_of_a_coordinated_cue():
    assert _speakers("Two officials involved in the talks met reporters and said the deal was close.") == [("two officials involved in the talks", "the deal was close")]
    assert _speakers("Two officials involved in the talks declined to comment but said the deal was close.") == [
        ("two officials involved in the talks", "declined to comment"), ("two officials involved in the talks", "the deal was close")
    ]
    # control: a word in -ed before "to" and a verb is the clause's verb
    assert _speakers("The spokesman declined to comment but said there was no call planned.")[-1] == ("the spokesman", "there was no call planned")
    # control: a subject read no further than six words does not end inside a name
    said = _speakers("The document released by the White House gives an overview and recounts the details of the withdrawal.")
    assert said and not said[0][0].endswith("White")


def test_the_interviewee_the_title_line_names_after_an_interview_cue_outranks_the_interviewer_named_nearer():
    article = make_article(
        "Q&A with Vice President Joe Biden\n\nJoe Biden flew to Washington, where he spoke with POLITICO writer Tom Arlen."
        "\n\nQ: What did you find?\n\nA: My parents were gone."
    )
    assert [q.speaker.name for q in quotes_in(article)][-1] == "Joe Biden"
    # control: with no title line naming anyone, the nearest cued mention answers
    assert [q.speaker.name for q in body_quotes("Tom Arlen met Joe Biden. We spoke with Joe Biden.\n\nQ: Why?\n\nA: Because.")][-1] == "Joe Biden"


def test_a_verb_of_saying_in_a_relative_clause_describing_the_source_reports_nothing():
    # "who asked not to be named", "who have advised her privately": read as a report, the relative clause took the
    # later "said" and its clause for its content ("not to be named said the deal was close")
    for text, said in (("Two officials who asked not to be named said the deal was close.", "the deal was close"),
                       ("A senior official, who asked not to be identified because he was not authorized to speak publicly, said the talks had stalled.", "the talks had stalled"),
                       ("People who have advised her privately said she will run.", "she will run")):
        assert [q.text for q in body_quotes(text)] == [said], text
    # control: a relative clause with a clause of its own is still read as a report ("who told police he saw the
    # crash"; its content still runs on through the later cue, a limit left as it was)
    assert [q.text for q in body_quotes("The man who told police he saw the crash said nothing else.")][0].startswith("police he saw the crash")


def test_a_lower_case_word_before_an_office_in_an_apposed_name_leaves_the_name_the_speaker():
    assert _reported("The bill's sponsor, state Rep. Tom Lee, said that the measure would pass.") == [
        ("indirect", "Tom Lee", "the measure would pass")
    ]
    assert _reported("The committee's chairman, former Gov. Ann Ortiz, said that the plan would fail.") == [
        ("indirect", "Ann Ortiz", "the plan would fail")
    ]


def test_an_example_or_a_singled_out_name_after_a_description_is_no_apposed_speaker():
    # control: a preposition, participle or adverb before the office gives an example of the speakers
    assert _reported("The bill's backers, including Sen. Tom Lee, said that the plan would pass.")[0][:2] == ("indirect", "the bill's backers")
    assert _reported("The bill's backers, especially Sen. Tom Lee, said that the plan would pass.")[0][:2] == ("indirect", "the bill's backers")


def test_a_noun_of_saying_in_lower_case_before_an_office_and_a_name_is_no_verb():
    quotes = body_quotes('"We are tying their hands," state Sen. Jason Holm said about halfway through the debate.')
    assert [(q.kind, q.cue, q.speaker.name if q.speaker else "") for q in quotes] == [("direct", "said", "Jason Holm")]
    # control: the same word as a verb before its clause, and with a plural subject after it
    assert _reported("The authors state that the rules were never enforced.") == [("indirect", "the authors", "the rules were never enforced")]


def test_a_state_legislator_keeps_state_in_the_role():
    quotes = body_quotes('"We are tying their hands," state Sen. Jason Holm (D) said about halfway through the debate.')
    assert [(q.speaker.name, q.speaker.role) for q in quotes] == [("Jason Holm", "state Sen., (D)")]


def test_a_verb_of_saying_that_is_also_a_noun_still_reports_before_an_office_and_a_name():
    # review of the 'state' rule: only "state" modifies an office, and not after a subject it agrees with
    assert _reported("Critics claim Gov. Ann Ortiz ignored the warnings about the dam.") == [
        ("indirect", "Critics", "Gov. Ann Ortiz ignored the warnings about the dam")
    ]
    assert _reported("Analysts note President Tom Lee has not signed the bill.")[0][:2] == ("indirect", "Analysts")


def test_a_multi_word_state_office_is_no_verb_and_its_holder_speaks():
    assert _reported("The bill's sponsor, state House Speaker Ann Ortiz, said that the measure would pass.") == [
        ("indirect", "Ann Ortiz", "the measure would pass")
    ]


def test_an_apposed_name_after_a_preposition_or_in_a_list_is_no_speaker():
    assert _reported("The mayor, unlike Gov. Ann Ortiz, said that the plan would fail.")[0][:2] == ("indirect", "the mayor")
    assert _reported("Three lawmakers, former Sen. Kim Ward, Rep. Tom Lee and Sen. Ann Ortiz, said that the measure would pass.")[0][:2] == (
        "indirect", "three lawmakers"
    )
    # control: a singular description's apposed name still speaks
    assert _reported("The panel's chairman, Sen. Kim Ward, said that the measure would pass.")[0][:2] == ("indirect", "Kim Ward")
    # control: a plural noun before a parenthetical attribution, no count and no list, leaves the speaker named
    assert _reported("The winning arguments, Tom Lee says his research shows, include convincing voters.")[0][:2] == ("indirect", "Tom Lee")


def test_a_noun_of_saying_after_a_platforms_name_is_the_post_not_the_verb():
    quotes = body_quotes("The group, known for its rallies, said in a Thursday night Facebook post: “We will stand together with our senators.”")
    assert [(q.kind, q.cue.split()[0]) for q in quotes] == [("direct", "said")]
    # control: the verb after the platform's user is still a cue
    assert _reported("Mayor Ann Ortiz posted on Facebook that the levy would pass.")[0][::2] == ("indirect", "the levy would pass")


def _voices(text: str) -> list[tuple[str, str]]:
    return [(q.speaker.name, q.speaker.role) for q in body_quotes(text) if q.speaker]


def test_a_role_ending_a_phrase_or_clause_before_a_comma_is_not_the_role_of_the_name_opening_the_next_clause():
    # "... after he was fired from the Trump campaign, Politico reported": the campaign is the object of "from", and
    # Politico the subject of a clause of its own; so is a verb's object, or a clause's complement, no apposition
    assert _voices("Tom Reyes sought the contract again after he was fired from the Ortiz campaign, Newsline reported.") == [("Newsline", "")]
    assert _voices("After he met the city's new police chief, Tom Reyes said the force needed more officers.") == [("Tom Reyes", "")]
    assert _voices("Although Ann Ortiz is not yet a candidate, Tom Reyes said he would run against her.") == [("Tom Reyes", "")]
    assert _voices("Tom Reyes is joining the morning show as an anchor, Newsline announced.") == [("Newsline", "")]


def test_a_noun_phrase_alone_before_the_comma_or_after_as_is_the_role_of_the_name_opening_the_clause():
    # controls of the rule above: the description opens the clause (after a quotation, "as", a coordinator or an
    # inverted verb of saying), and an apposition closed after the name may stand anywhere
    assert _voices("“We will appeal,” another lawyer, Tom Reyes told reporters. Later, Reyes said the ruling was wrong.") == [
        ("Tom Reyes", "another lawyer"), ("Tom Reyes", "another lawyer")
    ]
    assert _voices("An angry neighbor, Ann Ortiz says the plant should close. Ortiz said she had written to the mayor.") == [
        ("Ann Ortiz", "An angry neighbor"), ("Ann Ortiz", "An angry neighbor")
    ]
    assert _voices("Over a long career as a lobbyist, Ann Ortiz has advised three governors. Ortiz said the levy would pass.") == [("Ann Ortiz", "lobbyist")]
    assert _voices("Tom Reyes, the city's budget chief, and his deputy, Ann Ortiz told the council the levy would pass.") == [("Ann Ortiz", "his deputy")]
    assert _voices("“The race is close,” said another pollster, Tom Zhang of Mercer College. Later, Zhang said turnout would decide it.") == [
        ("Tom Zhang", "another pollster"), ("Tom Zhang", "another pollster")
    ]
    assert _voices("The mayor met the county's top prosecutor, Tom Reyes, on Monday. “We talked,” Reyes said.") == [("Tom Reyes", "county's top prosecutor")]
