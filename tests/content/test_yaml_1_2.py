"""The data reader types plain scalars by YAML 1.2's core schema, not PyYAML's YAML 1.1 surprises."""

from __future__ import annotations

import datetime

import pytest

from screenaid.content.yaml_reader import read_yaml_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # YAML 1.1 booleans: a country code (NO = Norway) or an answer must stay text.
        ("NO", "NO"),
        ("no", "no"),
        ("yes", "yes"),
        ("Yes", "Yes"),
        ("on", "on"),
        ("off", "off"),
        ("y", "y"),
        ("n", "n"),
        # YAML 1.1 base-60 numbers: an opening time stays a time.
        ("12:30", "12:30"),
        ("190:20:30", "190:20:30"),
        # YAML 1.1 octal: a leading zero is decimal in 1.2; octal needs 0o.
        ("010", 10),
        ("0o10", 8),
        ("0x1F", 31),
        # YAML 1.1 digit separators are not numbers in 1.2.
        ("1_000", "1_000"),
        # What YAML 1.2 still types.
        ("true", True),
        ("False", False),
        ("null", None),
        ("~", None),
        ("-3", -3),
        ("1.5", 1.5),
        ("1e3", 1000.0),
        (".inf", float("inf")),
        # Review dates (an addition to the core schema that the data relies on).
        ("2026-11-30", datetime.date(2026, 11, 30)),
    ],
)
def test_plain_scalars_follow_yaml_1_2(text: str, expected: object) -> None:
    value = read_yaml_text(f"key: {text}\n")["key"]
    assert value == expected
    assert type(value) is type(expected)


def test_quoted_and_explicitly_tagged_values_keep_their_meaning() -> None:
    data = read_yaml_text("a: '010'\nb: \"yes\"\nc: !!int 0o17\nd: !!str 12\n")
    assert data == {"a": "010", "b": "yes", "c": 15, "d": "12"}


def test_a_list_of_country_codes_stays_a_list_of_codes() -> None:
    assert read_yaml_text("countries: [NO, ON, SE, Y]\n") == {"countries": ["NO", "ON", "SE", "Y"]}
