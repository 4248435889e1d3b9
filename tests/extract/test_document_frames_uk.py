"""Ukrainian document frames in either euphonic form: «– ідеться в повідомленні» after a vowel or a
dash is «йдеться у повідомленні» (issue 11, branch person11)."""

from __future__ import annotations

import pytest

from .conftest import one

# uk-014 (news_ukru): the regional administration's report quoted after the narrator names it
UK_014 = ("За минулу добу російські окупанти обстрілювали територію Миколаївської області з мінометів і РСЗВ, "
          "про що повідомляють у зведенні Миколаївської обласної військової адміністрації.\n"
          "“Учора, 17 лютого, о 10:00 та 13:32 ворог здійснив мінометні обстріли по акваторії та береговій смузі "
          "Очаківської громади. Обійшлося без жертв”, – ідеться в повідомленні.")


@pytest.mark.parametrize("verb", ["ідеться", "йдеться"])
def test_document_frame_in_either_form_is_a_cue(verb):
    st = one(UK_014.replace("ідеться", verb), "uk", "мінометні обстріли")
    assert st.cue and st.cue[0].text == verb
    assert st.speaker is not None and "повідомленні" in st.speaker.text
