"""Issue 11 (PolNeAR direct quotes, branch polnear9): quotes the clause parse cut at a stop between
the marks, and paragraph labels that are no transcript turns.

Sentences are from 2015–16 US campaign coverage (the "3 a.m." ad, the New Hampshire primary
guide, newsroom corrections), frames reworded where the article's own would identify it."""

from __future__ import annotations

import pytest

from . import conftest


def found(text: str):
    return conftest.found(text, "en")


def holding(text: str, needle: str):
    return conftest.holding(text, "en", needle)


def test_quote_after_said_comma_runs_to_its_closing_mark():
    # the parse ends the reported clause at "asleep."; the quoted words go on to the closing mark
    text = ("Trump has called the ad a test of who can handle a crisis. As a phone rang, the announcer said, "
            "“It’s 3 a.m., and your children are safe and asleep. Who do you want answering the phone?”")
    s = holding(text, "3 a.m., and your children")
    assert s is not None and s.type.value == "direct"
    assert [f.text for f in s.content] == [
        "“It’s 3 a.m., and your children are safe and asleep. Who do you want answering the phone?”"]


@pytest.mark.xfail(strict=True, reason="reported content that opens a partial quote still stops at the stop inside "
                   "it: running it on to the closing mark (PolNeAR mixed exact .504 → .532) lowered the planted "
                   "flag precision on events_dev under its target (0.91 → 0.89, tests/align/test_planted.py)")
def test_partial_quote_after_that_keeps_its_words_to_the_closing_mark():
    text = ("Cruz told reporters in Des Moines that “if there’s a large turnout I think we’re going to do just "
            "fine. If it’s a low turnout, that may be a different story.”")
    s = holding(text, "large turnout")
    assert s is not None and s.type.value != "direct"
    assert s.content[-1].text.endswith("a different story.”")
    assert s.content[0].text.startswith("that “if")


def test_correction_and_contributor_lines_are_no_turns():
    text = ("“I’m supporting Tom Selleck,” she said and quickly hung up.\n\n"
            "Correction: An earlier version of this story incorrectly indicated that the district chairman "
            "intended to become a delegate to the national convention.\n\n"
            "Contributing: Iris Ouyang, Thomas Vogel, Grant Miller and Raquel Zaldivar.")
    assert holding(text, "An earlier version") is None
    assert holding(text, "Iris Ouyang") is None
    assert holding(text, "Tom Selleck") is not None


def test_a_list_of_names_after_a_label_is_no_statement():
    text = ("The insiders were surveyed this week.\n\n"
            "Iowa: Tim Albrecht, Brad Anderson, Rob Barron, Jeff Boeyink, Bonnie Campbell, Dave Caris.\n\n"
            "New Hampshire: Charlie Arlinghaus, Arnie Arnesen, Patrick Arnold, Rich Ashooh, Dean Barker.")
    assert holding(text, "Tim Albrecht") is None
    assert holding(text, "Charlie Arlinghaus") is None


def test_short_heading_over_a_paragraph_about_the_person_is_no_turn():
    text = ("Here's a look at what each candidate needs to do in Tuesday's primary.\n\n"
            "Rubio: Finish second.\n\n"
            "Florida Sen. Marco Rubio is following what strategists dub a 3-2-1 strategy.\n\n"
            "Kasich: Now or never.\n\n"
            "Kasich, who brags he has held more than 100 town halls in New Hampshire, needs a strong finish.")
    assert holding(text, "Finish second") is None
    assert holding(text, "Now or never") is None


def test_transcript_turns_still_speak():
    # a turn followed by the other side's turn, and a short answer, stay statements
    text = ("Trump: We are going to build a wall, and Mexico is going to pay for it.\n\n"
            "Cooper: How?\n\n"
            "Trump: Believe me, they will.\n\n"
            "Cooper: Mr. Trump, thank you.")
    s = holding(text, "build a wall")
    assert s is not None and s.type.value == "direct" and s.speaker.text == "Trump"
    assert holding(text, "Believe me") is not None


def test_one_headline_quote_under_a_name_stays_a_statement():
    # one "Name: words" line is a headline quote even when the next paragraph reports its speaker
    text = ("Речник командування Повітряних сил ЗСУ Юрій Ігнат в ефірі телеканалу прокоментував вибухи в Росії.\n"
            "Ігнат: Тривожний для них сигнал\n"
            "Він зазначив, що росіяни самі ж винні. Ігнат наголосив, що якби ворог не починав війни, "
            "то нічого не було б.")
    sts = conftest.found(text, "uk")
    assert any(f.text == "Тривожний для них сигнал" for s in sts for f in s.content)


def test_quote_inside_a_second_reported_clause_is_no_fragment_of_the_first():
    text = ('"Loud footsteps upstairs in the presidential race could easily shake the Senate races below," '
            "veteran analyst Charlie Cook wrote this week, adding that if the GOP loses the White House by a "
            'larger margin than it did in 2008 or 2012, "hanging onto the Senate would be a long shot at best."')
    s = holding(text, "Loud footsteps")
    assert s is not None and s.type.value == "direct"
    assert [f.text for f in s.content] == [
        '"Loud footsteps upstairs in the presidential race could easily shake the Senate races below,"']
    rest = holding(text, "hanging onto the Senate")
    assert rest is not None and rest is not s and rest.type.value != "direct"


def test_split_quote_with_a_plain_frame_stays_one_statement():
    text = ('"The fact is that she’s been the person who started this type of conversation in the campaign," '
            'Christie said. "She should be ashamed of herself."')
    s = holding(text, "The fact is")
    assert s is not None and len(s.content) == 2 and s.content[1].text == '"She should be ashamed of herself."'


def test_three_marks_close_an_inner_and_an_outer_quote():
    # ''…'…,''' : the first mark closes the inner single quote, the other two the outer quote
    text = ("''We are told all the time, 'Kosovo is a special case,''' Mr. Putin said. ''It is all lies. "
            "There is no special case, and everybody understands it perfectly well.''")
    s = holding(text, "We are told")
    assert s is not None and s.type.value == "direct"
    assert s.content[0].text == "''We are told all the time, 'Kosovo is a special case,'''"
    assert len(s.content) == 2 and s.content[1].text.startswith("''It is all lies.")


def test_statement_over_four_paragraphs_with_one_closing_mark_is_one_quote():
    text = ("Dr. Ward stated:\n\n"
            "\"The U.S. Department of Justice isn’t about “Equal Justice Under Law” anymore. It’s about President "
            "Obama’s extreme vision of fundamentally transforming our nation.\n\n"
            "\"The latest example of this extreme overreach is Loretta Lynch suing North Carolina for its "
            "“Bathroom Bill,” which allows individual business owners to decide who can use which bathrooms.\n\n"
            "\"The solution to transgender bathroom issues is not politics, but personal property. Period.\n\n"
            "\"The Senate was supposed to be the guardian of the states. I’ll stop DC at the bathroom door.\"\n\n"
            "North Carolina’s HB2 took effect on March 23 of this year.")
    s = holding(text, "Department of Justice")
    assert s is not None and s.type.value == "direct"
    assert s.content[0].text.startswith("\"The U.S.") and s.content[-1].text.endswith("bathroom door.\"")
    assert holding(text, "The Senate was supposed").id == s.id


def test_title_in_apposition_is_no_statement_even_before_a_frame():
    text = ("Where is that $115 supposed to come from? In his 2002 book, ''Make Your Kid a Millionaire,'' "
            "Mr. McKinley suggested looking at the family budget.\n\n"
            "Mr. Allen is for the time being continuing to write his vital morning tip sheet at Politico, "
            "''Playbook,'' seven days a week.")
    assert holding(text, "Make Your Kid") is None
    assert holding(text, "Playbook") is None


def test_title_case_words_after_a_cue_and_comma_are_still_speech():
    text = ('Trump, who campaigned in the state this week, tweeted, "Thank you Indiana! #Trump2016" on Friday '
            'afternoon.')
    s = holding(text, "Thank you Indiana")
    assert s is not None and s.type.value == "direct"


def test_elided_year_opens_no_quote():
    text = ("Rep. Hank Johnson (D-Ga.) said in ‘08 that the early willingness of white voters to back Obama threw "
            "previous racial assumptions into doubt. “I do sense that people are aware of a thing that’s occurring "
            "in this country. It makes their eyes open wider,” he said. “It does away with the ‘blame game’ and the "
            "‘race card.’”")
    s = holding(text, "I do sense")
    assert s is not None and s.type.value == "direct"
    assert s.content[0].text.startswith("“I do sense") and len(s.content) == 2


def test_partial_quote_that_runs_on_into_the_narrators_words_is_no_fragment():
    text = ('"That may not be a majority position in my party, but that\'s down the road," Rubio said. '
            '"You can\'t even begin that process until you prove to people" that border security is working, '
            'he said.')
    s = holding(text, "majority position")
    assert s is not None and len(s.content) == 1


def test_decades_are_elided_years_too():
    text = ("MTV has a similar strategy for ''Unplugged'' concerts by '90s staples like Nirvana. "
            "''I don't think we're trying to recreate anything,'' said Ms. Aubrey.")
    s = holding(text, "recreate anything")
    assert s is not None and s.type.value == "direct" and s.content[0].text.startswith("''I don't")


def test_quote_after_a_frame_split_around_its_circumstance_still_continues():
    # fr: «"…" a, en …, déclaré»: one word of the frame after the mark is no running sentence
    text = ('"Certaines de ces actions pourraient nécessiter une présence sur le territoire ukrainien sans franchir '
            'le seuil de belligérance", a-t-il souligné. "Il nous faut être très clairs et très lucides, une '
            'victoire russe sur l\'Ukraine mettrait gravement en cause notre sécurité" a, en outre, déclaré le '
            'ministre.')
    sts = conftest.found(text, "fr")
    assert any(len(s.content) == 2 and s.content[1].text.startswith('"Il nous faut') for s in sts)


def test_short_question_after_the_frame_sentence_continues_the_statement():
    text = ("Not everyone is on board.\n\n“This is sophomoric,” Alicia Powe wrote on Young Conservatives. "
            "“Blacklisted?”\n\nThe list has not been published.")
    s = holding(text, "sophomoric")
    assert s is not None and [f.text for f in s.content] == ["“This is sophomoric,”", "“Blacklisted?”"]


def test_show_title_after_the_frame_is_still_no_fragment():
    text = ("“We’re going to win this,” Rubio said on CBS’s “Face the Nation.”\n\nHe did not say how.")
    s = holding(text, "going to win")
    assert s is not None and len(s.content) == 1


def test_frame_that_tells_how_he_spoke_still_joins_the_two_pieces():
    text = ('"These guys know how to use words," said Sherman, speaking of politicians, "and leave themselves a '
            'little wiggle room in what they said. You\'ve really got to hold their feet to the fire."')
    s = holding(text, "These guys")
    assert s is not None and len(s.content) == 2 and s.content[1].text.startswith('"and leave')


def test_colon_after_a_second_cue_brings_in_a_new_quotation():
    text = ("“Having access to the RNC file and two people who understand it is valuable,” said Skelly, "
            "explaining he worked more closely with Chrabaszcz, who was responsible for putting it into the "
            "national RNC file: “Vito is outstanding with data. He’s a real good data manipulator.”")
    s = holding(text, "Having access")
    assert s is not None and len(s.content) == 1


def test_a_new_sentence_in_the_gap_stops_the_comma_continuation():
    text = ("«Но здесь главное — не врать… Не стесняться сказать, что ты чего-то не знаешь», — заявил Песков. "
            "По его словам, не зазорно чего-то не знать, «зазорно не желать это узнать».")
    sts = conftest.found(text, "ru")
    first = next(s for s in sts if s.content[0].text.startswith("«Но здесь"))
    assert len(first.content) == 1 and first.content[0].text.endswith("не знаешь»")


def test_show_title_with_a_lower_case_word_inside_the_frame_keeps_the_statement_going():
    text = ('"The message is that if anybody lives in those circumstances in this country, that’s something that '
            'the government should be working to try to change," Christie said on ABC\'s "This Week with George '
            'Stephanopoulos." "And Donald Trump is not going to give in to the special interests in this country, '
            'like the teachers union."')
    s = holding(text, "The message is")
    assert s is not None and len(s.content) == 2 and s.content[1].text.startswith('"And Donald Trump')
    assert not any("This Week" in f.text for f in s.content)
