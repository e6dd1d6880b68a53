"""Property-based tests: the handout renderer meets arbitrary and hostile resource text and options with
clear errors only (a ValidationError naming the field, or a ValueError), never a crash or a hang.

Two ways in: through the Resource model, as data from a file arrives (what validation lets through must
render), and straight into the renderer with validation bypassed (``tests.conftest.unchecked_copy``), as if a
resource had been built in code or tampered with after loading. Each test prints how many cases it ran.
"""

from __future__ import annotations

import time
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from screenaid.handout import HANDOUT_LANGUAGES, render_handout
from tests.conftest import unchecked_copy
from tests.handout import samples
from tests.privacy.figures import show

CASES = 100
HANG = 10.0
"""Seconds after which one rendering counts as a hang (a robustness bound, not a speed target)."""
RTL = "\u0627\u0644\u0639\u0631\u0628\u064a\u0629 \u05e9\u05dc\u05d5\u05dd \u202e\u202d\u200f\u061c"
HOSTILE_TEXT = st.one_of(
    st.text(max_size=300),
    st.text(
        alphabet=st.characters(codec="utf-8", categories=["Cc", "Cf", "Zl", "Zp", "Co", "Cs"]), max_size=80
    ),
    st.text(alphabet=RTL + "abc <>&;/\"'", max_size=200),
    st.sampled_from(
        [
            "<b>unclosed",
            '<link href="javascript:alert(1)">x</link>',
            '<img src="/etc/passwd"/>',
            "<font size=999>huge</font>",
            "&#0; &#xFFFF; &bogus; &amp",
            "<para><para><para>",
            "]]><!--",
            "\x00\x1b[31m",
            "\ud800",
        ]
    ),
    st.builds(lambda n: "W" * n, st.integers(1, 10_000)),
    st.builds(lambda n: "word " * n, st.integers(1, 2000)),
    st.builds(lambda n: "<b>" * n + "x" + "</b>" * n, st.integers(1, 500)),
)
PRINTABLE_HOSTILE = st.one_of(
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cc", "Cs", "Co", "Cn"]), min_size=1),
    st.text(
        alphabet=RTL.replace("\u202e", "").replace("\u202d", "") + "abc <>&;/\"'", min_size=1, max_size=200
    ),
    st.sampled_from(
        ["<b>unclosed", '<link href="javascript:alert(1)">x</link>', "&#0; &bogus; &amp", "]]><!--"]
    ),
    st.builds(lambda n: "W" * n, st.integers(1, 10_000)),
    st.builds(lambda n: "word " * n, st.integers(1, 2000)),
)
"""Hostile but mostly valid text, so that most cases get past the model and reach the renderer."""
OPTIONS = st.fixed_dictionaries(
    {
        "language": st.sampled_from(HANDOUT_LANGUAGES),
        "layout": st.sampled_from(["page", "cards"]),
        "title_style": st.sampled_from(["plain", "discreet"]),
        "paper": st.sampled_from(["letter", "a4"]),
    }
)


class Tally:
    def __init__(self, name: str) -> None:
        self.name = name
        self.outcomes: dict[str, int] = {}
        self.slowest = 0.0

    def add(self, outcome: str, started: float) -> None:
        self.outcomes[outcome] = self.outcomes.get(outcome, 0) + 1
        self.slowest = max(self.slowest, time.perf_counter() - started)

    @property
    def count(self) -> int:
        return sum(self.outcomes.values())

    def line(self) -> str:
        parts = ", ".join(f"{k} {v}" for k, v in sorted(self.outcomes.items()))
        return f"{self.name}: {self.count} cases ({parts}), slowest {self.slowest * 1000:.0f} ms"


def rendered(resources: list[Any], options: dict[str, Any]) -> bytes:
    started = time.perf_counter()
    pdf = render_handout(resources, **options)
    assert time.perf_counter() - started < HANG
    assert pdf.startswith(b"%PDF-")
    assert b"%%EOF" in pdf[-64:]
    return pdf


through_model = Tally("handout via the Resource model, hostile name/blurb/hours/keyword")


@settings(max_examples=CASES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=PRINTABLE_HOSTILE,
    blurb=st.one_of(PRINTABLE_HOSTILE, HOSTILE_TEXT),
    hours=PRINTABLE_HOSTILE,
    keyword=st.one_of(PRINTABLE_HOSTILE, HOSTILE_TEXT),
    options=OPTIONS,
)
def test_what_the_model_accepts_renders_and_the_rest_is_a_clear_error(
    name: str, blurb: str, hours: str, keyword: str, options: dict[str, Any]
) -> None:
    started = time.perf_counter()
    try:
        resource = samples.resource(
            "res-us-fuzz",
            name,
            channels=[{"kind": "text", "value": "202-555-0187", "keyword": keyword}],
            available_24_7=False,
            hours={"en": hours, "es": hours},
            blurb={"en": blurb, "es": blurb, "ar": blurb},
        )
    except ValidationError as error:
        for problem in error.errors():
            assert problem["loc"], problem  # the message names the field
            assert problem["msg"]
        through_model.add("rejected by the model (ValidationError naming the field)", started)
        return
    rendered([resource, samples.PHONE_LINE], options)
    through_model.add("rendered", started)


straight_in = Tally("handout renderer with validation bypassed, hostile text in every text field")


@settings(max_examples=CASES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=HOSTILE_TEXT, blurb=HOSTILE_TEXT, hours=HOSTILE_TEXT, options=OPTIONS)
def test_the_renderer_survives_text_that_skipped_validation(
    name: str, blurb: str, hours: str, options: dict[str, Any]
) -> None:
    started = time.perf_counter()
    base = samples.TEXT_LINE
    channel = unchecked_copy(base.channels[0], keyword=name[:40] or None)
    resource = unchecked_copy(
        base, name=name, blurb={"en": blurb, "es": blurb}, hours={"en": hours}, channels=(channel,)
    )
    try:
        rendered([resource], options)
        outcome, message = "rendered", "-"
    except ValueError as error:
        outcome, message = f"clear ValueError: {type(error).__name__}", str(error)
    assert message
    straight_in.add(outcome, started)


wrong_options = Tally("handout options of the wrong value or type")


@settings(max_examples=CASES, deadline=None)
@given(
    language=st.text(max_size=20),  # typed ``str`` (mypy strict); a None here is a programming error
    layout=st.one_of(st.text(max_size=10), st.integers(), st.none(), st.sampled_from(["page", "cards"])),
    title_style=st.one_of(st.text(max_size=10), st.none(), st.sampled_from(["plain", "discreet"])),
    paper=st.one_of(st.text(max_size=10), st.floats(), st.sampled_from(["letter", "a4"])),
    empty=st.booleans(),
)
def test_wrong_options_give_a_clear_error(
    language: Any, layout: Any, title_style: Any, paper: Any, empty: bool
) -> None:
    started = time.perf_counter()
    options = {"language": language, "layout": layout, "title_style": title_style, "paper": paper}
    try:
        rendered([] if empty else [samples.PHONE_LINE], options)
        outcome, message = "rendered (valid options, unknown language falls back)", "-"
    except (ValueError, TypeError) as error:
        outcome, message = type(error).__name__, str(error)
    assert message
    wrong_options.add(outcome, started)


def test_handout_fuzz_case_counts(capsys) -> None:  # type: ignore[no-untyped-def]
    tallies = (through_model, straight_in, wrong_options)
    show(capsys, "handout renderer fuzz", [t.line() for t in tallies])
    for tally in tallies:
        assert tally.count >= CASES // 2, tally.line()
