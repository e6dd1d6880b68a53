"""Resources built for the handout tests: real, validated content models, with fictional names and example numbers.

The numbers are in ranges set aside for fiction or examples (US 555-01xx, UK 07700 900xxx, FR 01 99 00 xx xx),
so a test never prints a real service's number.
"""

from __future__ import annotations

import datetime as dt

from screenaid.content.resources import Resource
from screenaid.content.validation import validated

REVIEWED = dt.date(2026, 11, 20)


def resource(
    id: str,
    name: str,
    *,
    country: str = "US",
    channels: list[dict[str, object]] | None = None,
    available_24_7: bool = True,
    hours: dict[str, str] | None = None,
    blurb: dict[str, str] | None = None,
    services: tuple[str, ...] = ("crisis",),
) -> Resource:
    return validated(
        Resource,
        {
            "id": id,
            "name": name,
            "country": country,
            "scope": "national",
            "services": list(services),
            "audiences": ["everyone"],
            "languages": ["en", "es"],
            "channels": channels or [{"kind": "phone", "value": "202-555-0142"}],
            "available_24_7": available_24_7,
            "hours": hours,
            "blurb": blurb
            or {
                "en": "Talk to someone who can help. It is free.",
                "es": "Hable con alguien que puede ayudar. Es gratis.",
                "fr": "Parlez à quelqu'un qui peut aider. C'est gratuit.",
                "zh-Hans": "和能帮助您的人谈谈。免费。",
                "vi": "Nói chuyện với người có thể giúp bạn. Miễn phí.",
                "ar": "تحدث مع شخص يمكنه المساعدة. الخدمة مجانية.",
                "ht": "Pale ak yon moun ki ka ede w. Li gratis.",
                "fil": "Makipag-usap sa taong makakatulong. Libre ito.",
                "ko": "도와줄 수 있는 사람과 이야기하세요. 무료입니다.",
                "ru": "Поговорите с тем, кто может помочь. Это бесплатно.",
                "uk": "Поговоріть з тим, хто може допомогти. Це безкоштовно.",
                "pt": "Fale com alguém que pode ajudar. É grátis.",
            },
            "verified": REVIEWED,
            "neutral_label": "help_line",
            "sources": ["src-test"],
            "reviewed": REVIEWED,
        },
    )


PHONE_LINE = resource(
    "res-us-test-phone",
    "Helpline Example",
    channels=[
        {"kind": "phone", "value": "202-555-0142"},
        {"kind": "web", "value": "https://help.example.org/"},
    ],
)
TEXT_LINE = resource(
    "res-us-test-text",
    "Text Line Example",
    channels=[{"kind": "text", "value": "202-555-0187", "keyword": "HELLO"}],
    available_24_7=False,
    hours={"en": "Monday to Friday, 9 am to 5 pm", "es": "De lunes a viernes, de 9 a 17 h"},
)
WEB_ONLY = resource(
    "res-us-test-web",
    "Web Service Example",
    channels=[{"kind": "web", "value": "https://support.example.net/start"}],
)
MARKUP_NAME = resource(
    "res-us-test-markup",
    'A <b>bold</b> & <font size="40">big</font> <link href="https://x.example">name</link> <',
    channels=[{"kind": "phone", "value": "202-555-0111"}],
    blurb={"en": "Use <i>this</i> & <br/> that < > &amp; here.", "es": "Texto <para> & más."},
)


def eight_resources() -> list[Resource]:
    """Eight resources with QR codes: enough for a two-page full-page handout."""
    numbers = ["0100", "0101", "0102", "0103", "0104", "0105", "0106", "0107"]
    return [
        resource(
            f"res-us-test-{i}",
            f"Service Example {i + 1}",
            channels=[
                {"kind": "phone", "value": f"202-555-{number}"},
                {"kind": "text", "value": "202-555-0199", "keyword": f"HI{i}"},
                {"kind": "web", "value": f"https://service{i}.example.org/"},
            ],
            available_24_7=i % 2 == 0,
            hours=None
            if i % 2 == 0
            else {"en": "Every day, 8 am to 8 pm", "es": "Todos los días, de 8 a 20 h"},
        )
        for i, number in enumerate(numbers)
    ]
