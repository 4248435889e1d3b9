"""People on real RU/UK news (issue 11, branch person9): a neuter verb's subject is a body or an
outlet, never a person carried from before; a name in a case form that extraction found to be no
subject («со ссылкой на источники в команде президента Владимира Зеленского») is no speaker."""

from __future__ import annotations

import pytest

from parallax.model import Article
from parallax.pipeline import process
from parallax.resolve.registry import Registry

# ru-019 (2024): the outlet relays sources near the president; the Rada chairman spoke before
RU_019 = ("Министр иностранных дел Украины Дмитрий Кулеба подал заявление об уходе с должности, написал в "
          "социальной сети Facebook (деятельность в РФ запрещена) глава Верховной рады Руслан Стефанчук. "
          "Причина такого решения дипломата не раскрывается. Как отметил Стефанчук, заявление Кулебы будет "
          "рассмотрено на одном из ближайших пленарных заседаний.\n"
          "В Верховную раду поступило заявление министра иностранных дел Украины Кулебы об отставке. "
          "Заявление будет рассмотрено на одном из ближайших пленарных заседаний, — заявил глава Верховной рады.\n"
          "Ранее издание «Украинская правда» со ссылкой на источники в команде президента Владимира "
          "Зеленского сообщало, что Кулебу уже в скором времени могут уволить с должности министра "
          "иностранных дел. Утверждалось, что сменить дипломата на посту главы ведомства может его "
          "заместитель Андрей Сибига. Издание также не исключило и другие увольнения на Украине в ближайшее время.")


@pytest.fixture(scope="module")
def linked():
    sts, _ = process(Article(id="ru-019", text=RU_019, content_hash="h", language="ru"), Registry.load())
    return sts


def test_neuter_verb_takes_no_person_carried_from_before(linked):
    st = next(s for s in linked if "Кулебу уже" in s.text)
    assert st.speaker_name != "Руслан Стефанчук" and st.person_id != "ruslan-stefanchuk"


def test_name_in_a_case_form_that_is_no_subject_is_no_speaker(linked):
    st = next(s for s in linked if "Кулебу уже" in s.text)
    assert st.person_id != "volodymyr-zelensky"


def test_named_speakers_of_the_same_article_stay_linked(linked):
    st = next(s for s in linked if "поступило заявление" in s.text)
    assert st.person_id == "ruslan-stefanchuk"
