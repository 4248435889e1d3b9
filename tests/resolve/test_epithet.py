"""A discovered person's name without an epithet before it (issue 11, branch speak3)."""

from __future__ import annotations

from parallax.resolve.registry import discovered_person


def test_epithet_before_given_name_and_surname_is_dropped():
    p = discovered_person("Українець Олександр Усик", "uk")
    assert p is not None and p.name == "Oleksandr Usyk"
    assert "Українець Олександр Усик" in p.aliases  # the original spelling is kept


def test_surname_first_with_patronymic_is_kept():
    p = discovered_person("Шевченко Тарас Григорович", "uk")
    assert p is not None and p.name.startswith("Shevchenko")
