"""Discovered people: no epithet before the name, a woman named in the nominative keeps her name
(issue 11, branch speak3)."""

from __future__ import annotations

from parallax.resolve.registry import discovered_person


def test_epithet_before_given_name_and_surname_is_dropped():
    p = discovered_person("Українець Олександр Усик", "uk")
    assert p is not None and p.name == "Oleksandr Usyk"
    assert "Українець Олександр Усик" in p.aliases  # the original spelling is kept


def test_surname_first_with_patronymic_is_kept():
    p = discovered_person("Шевченко Тарас Григорович", "uk")
    assert p is not None and p.name.startswith("Shevchenko")


def test_woman_named_in_the_nominative_keeps_her_name():
    # real news: «Евгения Медведева рассказала …», «сообщила пресс-секретарь … Юлия Доценко»
    assert discovered_person("Евгения Медведева", "ru").name == "Yevgeniya Medvedeva"
    assert discovered_person("Юлия Доценко", "ru").name == "Yuliya Dotsenko"
    assert discovered_person("Ірина Марченко", "uk").name == "Iryna Marchenko"
    # a masculine surname after the name: the genitive of his name, read as his
    assert discovered_person("Евгения Медведев", "ru").name == "Yevgeniy Medvedev"
