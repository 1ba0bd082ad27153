"""Seeded fake WebKasa data: events and registrations that look like a real venue's.

Everything is drawn from one ``random.Random(seed)`` in a fixed sequence, so the same seed
and the same ``today`` give the same data, byte for byte. That makes a failing test or a
benchmark reproducible, and lets ``kiosk demo`` show the same attendees every time.

The data is deliberately awkward where real data is awkward: names from many scripts
(Latin with diacritics, Greek, Cyrillic, Han, Hangul, Arabic), apostrophes and hyphens,
very long names, some names typed in lower case, missing or empty phone numbers,
multi-line notes, ``created_at`` with and without fractional seconds (API notes, B.6),
and ids that are random-looking rather than sequential.

Generation is tuned for volume: 100,000 registrations take well under two seconds,
because the per-row work is a handful of ``random()`` calls over precomputed pools.
"""

from __future__ import annotations

import time
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from random import Random
from typing import Any

from kiosk.contract import STATUSES_HOLDING_PLACES
from kiosk.models import Status

ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"
"""Registration and event ids are ``reg_``/``evt_`` plus random characters from this set."""

REGISTRATION_ID_LENGTH = 12
EVENT_ID_LENGTH = 10
EVENT_STATUSES = ("published", "draft", "cancelled")

Registration = dict[str, Any]
"""A registration exactly as the API serialises it (the nine published fields)."""
Event = dict[str, Any]

# --------------------------------------------------------------------------- names

_TRANSLIT = str.maketrans(
    {
        "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
        "Æ": "Ae", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ı": "i", "œ": "oe", "Œ": "Oe",
    }
)


def ascii_slug(text: str) -> str:
    """Latin text reduced to what people put in an e-mail address: ``Dvořák`` -> ``dvorak``."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_TRANSLIT))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    return "".join(ch for ch in plain if ch.isascii() and (ch.isalnum() or ch in "-"))


def _latin(*names: str) -> tuple[tuple[str, str], ...]:
    return tuple((name, ascii_slug(name)) for name in names)


@dataclass(frozen=True)
class _Culture:
    """Given and family names of one culture, each paired with the ASCII form used for e-mail.

    ``family_first`` writes the family name first (Vietnamese, Chinese, Japanese, Korean);
    ``joiner`` is what goes between the parts (nothing for Han and Hangul names).
    """

    given: tuple[tuple[str, str], ...]
    family: tuple[tuple[str, str], ...]
    weight: int
    family_first: bool = False
    joiner: str = " "


_CULTURES: tuple[_Culture, ...] = (
    _Culture(
        _latin("James", "Emily", "Olivia", "Liam", "Charlotte", "Oliver", "Amelia", "Jack",
               "Harper", "Noah", "Zoë", "Chloë", "Renée"),
        _latin("Smith", "O'Brien", "Johnson", "Walker", "Thompson", "MacDonald", "Wright",
               "Baker", "Clarke", "Evans", "Fitzgerald-Hughes", "D'Arcy"),
        weight=16,
    ),
    _Culture(
        _latin("Jürgen", "Lena", "Maximilian", "Anna", "Lukas", "Sophie", "Günther", "Märta"),
        _latin("Müller", "Schäfer", "Weiß", "Groß", "Fischer", "Becker", "Köhler",
               "von Bülow"),
        weight=8,
    ),
    _Culture(
        _latin("Łukasz", "Małgorzata", "Wojciech", "Zofia", "Paweł", "Agnieszka"),
        _latin("Kowalski", "Wiśniewska", "Wójcik", "Lewandowski", "Dąbrowska", "Zieliński"),
        weight=5,
    ),
    _Culture(
        _latin("Jiří", "Tereza", "Antonín", "Lucie", "Kateřina"),
        _latin("Dvořák", "Novák", "Svobodová", "Černý", "Procházka"),
        weight=3,
    ),
    _Culture(
        _latin("Søren", "Ólafur", "Åsa", "Björn", "Sigríður", "Mikael", "Ingrid", "Þóra"),
        _latin("Jensen", "Østergaard", "Guðmundsson", "Ólafsdóttir", "Lindqvist",
               "Sørensen", "Håkansson"),
        weight=5,
    ),
    _Culture(
        _latin("José", "María", "João", "Inês", "Sebastián", "Lucía", "Ramón",
               "María de los Ángeles"),
        _latin("García", "Muñoz", "Hernández", "Gonçalves", "Peña", "Fernández",
               "Conceição", "Fernández de Córdoba y Figueroa"),
        weight=10,
    ),
    _Culture(
        _latin("Chloé", "Hélène", "François", "Benoît", "Léa", "Noël"),
        _latin("Lefèvre", "Dubois", "Moreau", "Girard", "Bérénger"),
        weight=5,
    ),
    _Culture(
        _latin("Thị Hương", "Văn Minh", "Thị Lan", "Đức Anh", "Ngọc Ánh"),
        _latin("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng"),
        weight=4,
        family_first=True,
    ),
    _Culture(
        (("伟", "wei"), ("芳", "fang"), ("敏", "min"), ("洋", "yang"), ("静", "jing"),
         ("秀英", "xiuying")),
        (("李", "li"), ("王", "wang"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen")),
        weight=5,
        family_first=True,
        joiner="",
    ),
    _Culture(
        (("花子", "hanako"), ("翔太", "shota"), ("美咲", "misaki"), ("蓮", "ren")),
        (("佐藤", "sato"), ("鈴木", "suzuki"), ("高橋", "takahashi"), ("田中", "tanaka")),
        weight=3,
        family_first=True,
        joiner="",
    ),
    _Culture(
        _latin("Haruto", "Yui", "Sakura", "Kenji"),
        _latin("Sato", "Yamamoto", "Watanabe", "Itō"),
        weight=2,
    ),
    _Culture(
        (("민준", "minjun"), ("서연", "seoyeon"), ("지호", "jiho"), ("하은", "haeun")),
        (("김", "kim"), ("이", "lee"), ("박", "park"), ("최", "choi")),
        weight=2,
        family_first=True,
        joiner="",
    ),
    _Culture(
        _latin("Aisha", "Omar", "Fatima", "Youssef", "Layla", "Khaled"),
        _latin("Al-Farsi", "Haddad", "El-Amin", "Nasser", "Mansour", "Abu-Zahra"),
        weight=5,
    ),
    _Culture(
        (("محمد", "mohammed"), ("فاطمة", "fatima"), ("ليلى", "layla")),
        (("الفارسي", "alfarsi"), ("حداد", "haddad"), ("منصور", "mansour")),
        weight=2,
    ),
    _Culture(
        (("Κώστας", "kostas"), ("Ελένη", "eleni"), ("Γιώργος", "giorgos"), ("Μαρία", "maria")),
        (("Παπαδόπουλος", "papadopoulos"), ("Οικονόμου", "oikonomou"),
         ("Νικολάου", "nikolaou")),
        weight=3,
    ),
    _Culture(
        (("Иван", "ivan"), ("Ольга", "olga"), ("Дмитрий", "dmitry"), ("Анастасия", "anastasia")),
        (("Шевченко", "shevchenko"), ("Ковальчук", "kovalchuk"), ("Бондаренко", "bondarenko"),
         ("Мельник", "melnyk")),
        weight=3,
    ),
    _Culture(
        _latin("Priya", "Arjun", "Ananya", "Rohan", "Lakshmi"),
        _latin("Sharma", "Patel", "Iyer", "Reddy", "Venkatasubramanian"),
        weight=6,
    ),
    _Culture(
        _latin("Çağla", "Ömer", "Şule", "İsmail", "Gülşen"),
        _latin("Yılmaz", "Öztürk", "Şahin", "Çelik"),
        weight=3,
    ),
    _Culture(
        _latin("Chidi", "Ngozi", "Kwame", "Amara", "Thabo", "Adaeze"),
        _latin("Okonkwo", "Mensah", "Adeyemi", "Nkosi", "Okonkwo-Adeyemi"),
        weight=5,
    ),
    _Culture(
        _latin("Siobhán", "Seán", "Aoife", "Pádraig"),
        _latin("Ó Súilleabháin", "MacCarthy", "O'Connor", "Ní Bhriain"),
        weight=3,
    ),
)

# One entry per weight unit, so picking a culture is a single index.
_CULTURE_TABLE: tuple[_Culture, ...] = tuple(c for c in _CULTURES for _ in range(c.weight))

SHOWCASE_PEOPLE: tuple[tuple[str, str], ...] = (
    ("Zoë Åkesson", "zoe.akesson"),
    ("Łukasz Wiśniewski", "lukasz.wisniewski"),
    ("Nguyễn Thị Hương", "huong.nguyen"),
    ("李伟", "wei.li"),
    ("Søren Østergaard", "soren.ostergaard"),
    ("José Peña", "jose.pena"),
    ("Ólafur Guðmundsson", "olafur.gudmundsson"),
    ("Aisha Al-Farsi", "aisha.al-farsi"),
    ("Siobhán O'Brien", "siobhan.obrien"),
    ("Jürgen Müller", "jurgen.muller"),
    ("Antonín Dvořák", "antonin.dvorak"),
    ("Κώστας Παπαδόπουλος", "kostas.papadopoulos"),
    ("Иван Шевченко", "ivan.shevchenko"),
    ("فاطمة الفارسي", "fatima.alfarsi"),
    ("김민준", "minjun.kim"),
    ("María de los Ángeles Fernández de Córdoba y Figueroa", "mariaangeles.fernandez"),
    ("Çağla Öztürk", "cagla.ozturk"),
)
"""Names guaranteed to be in the main event (when it has enough registrations), so a demo
and the tests always meet the hard cases."""

_DOMAINS = (
    "gmail.com", "gmail.com", "gmail.com", "outlook.com", "yahoo.com", "proton.me",
    "icloud.com", "web.de", "mail.ru", "yahoo.co.jp", "fastmail.fm", "example.org",
    "acme.io", "uni-heidelberg.de", "posteo.de", "hey.com",
)

_PHONE_FORMATS: tuple[tuple[str, tuple[int, ...]], ...] = (
    ("+1 (415) 555-{:04d}", (4,)),
    ("+1 212-555-{:04d}", (4,)),
    ("+44 7700 900{:03d}", (3,)),
    ("+44 20 7946 {:04d}", (4,)),
    ("+49 30 {:07d}", (7,)),
    ("+49 (0)171 {:07d}", (7,)),
    ("+48 {:03d} {:03d} {:03d}", (3, 3, 3)),
    ("+420 {:03d} {:03d} {:03d}", (3, 3, 3)),
    ("+45 {:02d} {:02d} {:02d} {:02d}", (2, 2, 2, 2)),
    ("+354 {:03d} {:04d}", (3, 4)),
    ("+33 6 {:02d} {:02d} {:02d} {:02d}", (2, 2, 2, 2)),
    ("+34 6{:02d} {:03d} {:03d}", (2, 3, 3)),
    ("+81 90-{:04d}-{:04d}", (4, 4)),
    ("+86 138 {:04d} {:04d}", (4, 4)),
    ("+84 912 {:03d} {:03d}", (3, 3)),
    ("+82 10-{:04d}-{:04d}", (4, 4)),
    ("+91 98{:03d} {:05d}", (3, 5)),
    ("+234 803 {:03d} {:04d}", (3, 4)),
    ("+971 50 {:03d} {:04d}", (3, 4)),
    ("+61 4{:02d} {:03d} {:03d}", (2, 3, 3)),
    ("0{:03d} {:07d}", (3, 7)),
    ("+30{:010d}", (10,)),
)

_NOTES = (
    "VIP",
    "Vegetarian",
    "Vegan meal",
    "Gluten-free",
    "Wheelchair access",
    "needs badge reprint",
    "Speaker",
    "Press",
    "Sponsor — Acme GmbH",
    "Allergic to nuts 🥜",
    "Arrives late, keep seat",
    "Sign-language interpreter requested",
    "Paid at door",
    "Student discount — check ID",
    "Parking pass needed\nPlate: AB-123-CD",
    "Bringing a guide dog 🐕",
    "Halal meal",
    "Name on badge: “Kasia”",
)

# --------------------------------------------------------------------------- events

_TITLE_ADJECTIVES = (
    "Nordic", "Open", "Annual", "Spring", "Autumn", "Midsummer", "Global", "Urban",
    "Late-Night", "Community", "Independent",
)
_TITLE_NOUNS = (
    "Design Summit", "Python Meetup", "Jazz Evening", "Film Festival", "Data Conference",
    "Book Fair", "Hackathon", "Food Market", "Science Slam", "Photography Walk",
    "Startup Night", "Choir Concert",
)
_LOCATIONS = (
    "Kulturhuset, Stockholm",
    "Kongresshaus Zürich, Saal 2",
    "The Old Brewery, Dublin",
    "Centrum Nauki Kopernik, Warszawa",
    "Palais des Congrès, Montréal",
    "東京国際フォーラム, Tokyo",
    "Harpa, Reykjavík",
    "Fabrika, Praha 7",
    "Community Hall, 12 Market St, Springfield",
    "Online",
)
_TIMEZONES = (
    "Europe/Berlin", "Europe/London", "Europe/Warsaw", "America/New_York",
    "America/Sao_Paulo", "Asia/Tokyo", "Asia/Ho_Chi_Minh", "Asia/Kolkata",
    "Australia/Sydney", "Africa/Lagos", "Atlantic/Reykjavik",
)
_DESCRIPTIONS = (
    "Talks, workshops and a lot of coffee.",
    "Doors open 30 minutes before the start. Bring your ticket on your phone or printed.",
    "An evening of music and conversation. Drinks available at the bar.",
    "Please note: the venue is step-free; lifts are by the main entrance.",
    "Hands-on sessions in small groups — laptops recommended.",
    "",
)


@dataclass(frozen=True)
class Dataset:
    """Events and their registrations, as the simulator starts out."""

    events: list[Event]
    registrations: list[Registration]
    main_event_id: str
    other_event_id: str


def random_id(rng: Random, prefix: str, length: int, taken: set[str]) -> str:
    """A fresh ``prefix`` + random id, never one already in ``taken`` (which it joins)."""
    while True:
        candidate = prefix + "".join(rng.choices(ID_ALPHABET, k=length))
        if candidate not in taken:
            taken.add(candidate)
            return candidate


def format_timestamp(epoch: float, fraction_digits: int = 0) -> str:
    """ISO 8601 UTC with a ``Z``; ``fraction_digits`` 0, 3 or 6 (B.6: both forms occur)."""
    whole = int(epoch)
    stamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(whole))
    if fraction_digits <= 0:
        return stamp + "Z"
    fraction = int((epoch - whole) * 10**fraction_digits)
    return f"{stamp}.{fraction:0{fraction_digits}d}Z"


def _varied_timestamp(rng: Random, epoch: float) -> str:
    """Mostly milliseconds, often whole seconds, sometimes microseconds."""
    r = rng.random()
    return format_timestamp(epoch, 3 if r < 0.5 else 0 if r < 0.85 else 6)


def fake_person(rng: Random) -> tuple[str, str]:
    """A ``(name, email)`` pair; the e-mail is ASCII and derived from the name."""
    culture = _CULTURE_TABLE[int(rng.random() * len(_CULTURE_TABLE))]
    given, given_ascii = culture.given[int(rng.random() * len(culture.given))]
    family, family_ascii = culture.family[int(rng.random() * len(culture.family))]
    parts = (family, given) if culture.family_first else (given, family)
    name = culture.joiner.join(parts)
    r = rng.random()
    if r < 0.03:
        name = name.lower()  # typed carelessly into a booking form
    elif r < 0.04:
        name = name.upper()
    return name, _email(rng, given_ascii.replace(" ", ""), family_ascii.replace(" ", ""))


def _email(rng: Random, given: str, family: str) -> str:
    r = rng.random()
    if r < 0.45:
        local = f"{given}.{family}"
    elif r < 0.65:
        local = f"{given[:1]}{family}"
    elif r < 0.80:
        local = f"{given}{family}{int(rng.random() * 100)}"
    elif r < 0.90:
        local = f"{given}_{family}"
    else:
        local = f"{family}.{given}+events"
    domain = _DOMAINS[int(rng.random() * len(_DOMAINS))]
    email = f"{local}@{domain}"
    if rng.random() < 0.04:
        email = email.capitalize()  # e-mail addresses arrive in mixed case too
    return email


def fake_phone(rng: Random) -> str | None:
    """International formats, some local-only; about a fifth missing (None) or empty."""
    r = rng.random()
    if r < 0.18:
        return None
    if r < 0.20:
        return ""
    template, widths = _PHONE_FORMATS[int(rng.random() * len(_PHONE_FORMATS))]
    return template.format(*(int(rng.random() * 10**w) for w in widths))


def fake_guest_count(rng: Random) -> int:
    """Mostly alone, some bring 1-3 guests, rarely a group of up to 6."""
    r = rng.random()
    if r < 0.80:
        return 0
    if r < 0.98:
        return 1 + int(rng.random() * 3)
    return 4 + int(rng.random() * 3)


def fake_status(rng: Random) -> str:
    """70% CONFIRMED, 10% each PENDING, CANCELLED and ATTENDED."""
    r = rng.random()
    if r < 0.70:
        return Status.CONFIRMED
    if r < 0.80:
        return Status.PENDING
    if r < 0.90:
        return Status.CANCELLED
    return Status.ATTENDED


def fake_notes(rng: Random) -> str | None:
    """About one registration in seven carries a note for the door."""
    if rng.random() >= 0.15:
        return None
    return _NOTES[int(rng.random() * len(_NOTES))]


def fake_registration(
    rng: Random,
    event_id: str,
    created_epoch: float,
    taken: set[str],
    *,
    status: str | None = None,
    person: tuple[str, str] | None = None,
) -> Registration:
    """One registration with every published field, ready to serve as JSON."""
    reg_id = random_id(rng, "reg_", REGISTRATION_ID_LENGTH, taken)
    name, email = person or fake_person(rng)
    return {
        "id": reg_id,
        "event_id": event_id,
        "attendee_name": name,
        "attendee_email": email,
        "attendee_phone": fake_phone(rng),
        "status": status or fake_status(rng),
        "guest_count": fake_guest_count(rng),
        "notes": fake_notes(rng),
        "created_at": _varied_timestamp(rng, created_epoch),
    }


def fake_registrations(
    rng: Random,
    event_id: str,
    count: int,
    *,
    first_epoch: float,
    last_epoch: float,
    taken: set[str],
    showcase: bool = False,
) -> list[Registration]:
    """``count`` registrations with ``created_at`` rising from ``first_epoch`` to ``last_epoch``.

    With ``showcase`` the :data:`SHOWCASE_PEOPLE` are spread evenly through the list.
    """
    step = (last_epoch - first_epoch) / max(count, 1)
    special: dict[int, tuple[str, str]] = {}
    if showcase and count >= len(SHOWCASE_PEOPLE):
        for n, (name, local) in enumerate(SHOWCASE_PEOPLE):
            special[n * count // len(SHOWCASE_PEOPLE)] = (name, f"{local}@example.org")
    rows = []
    for i in range(count):
        # Jitter stays inside the step, so created_at keeps rising with creation order.
        epoch = first_epoch + step * (i + rng.random() * 0.9)
        rows.append(fake_registration(rng, event_id, epoch, taken, person=special.get(i)))
    return rows


def places_held(rows: list[Registration]) -> int:
    """People counted against slots: ``1 + guest_count`` of every place-holding status."""
    return sum(1 + r["guest_count"] for r in rows if r["status"] in STATUSES_HOLDING_PLACES)


def _fake_event(
    rng: Random, event_id: str, start: date, status: str, created_epoch: float
) -> Event:
    hour = 8 + int(rng.random() * 12)
    duration = 1 + int(rng.random() * 6)
    cost_cents = 0 if rng.random() < 0.3 else (5 + int(rng.random() * 95)) * 100 - (
        1 if rng.random() < 0.3 else 0
    )
    return {
        "id": event_id,
        "title": f"{rng.choice(_TITLE_ADJECTIVES)} {rng.choice(_TITLE_NOUNS)}",
        "description": rng.choice(_DESCRIPTIONS),
        "start_date": start.isoformat(),
        "start_time": f"{hour:02d}:{'00' if rng.random() < 0.7 else '30'}",
        "end_time": f"{min(hour + duration, 23):02d}:{'00' if rng.random() < 0.7 else '30'}",
        "timezone": rng.choice(_TIMEZONES),
        "location": rng.choice(_LOCATIONS),
        "cost": cost_cents / 100,
        "slots": None,  # set once the registrations are known
        "status": status,
        "created_at": _varied_timestamp(rng, created_epoch),
    }


def generate(
    *,
    seed: int,
    today: date,
    events: int = 4,
    registrations: int = 300,
    slots: int | None = None,
) -> Dataset:
    """The starting data of a simulator.

    The first event is the *main* event: published, on ``today``, with ``registrations``
    registrations and ``slots`` places (by default what its registrations hold plus some
    head-room, so walk-ins fit). The second is another published event on the same day with
    a handful of registrations, useful for "ticket for another event". The rest are spread
    over four months either side of ``today`` with mixed statuses and few registrations.
    """
    if events < 2:
        raise ValueError("the simulator needs at least two events (main and other)")
    if registrations < 0:
        raise ValueError("registrations must be >= 0")
    rng = Random(seed)
    taken: set[str] = set()
    midnight = datetime.combine(today, datetime.min.time(), tzinfo=timezone.utc).timestamp()
    event_rows: list[Event] = []
    all_regs: list[Registration] = []
    for index in range(events):
        event_id = random_id(rng, "evt_", EVENT_ID_LENGTH, taken)
        if index < 2:
            start, status = today, "published"
        else:
            start = today + timedelta(days=int(rng.random() * 241) - 120)
            status = rng.choice(("published", "published", "published", "draft", "cancelled"))
        sales_open = midnight - 90 * 86400 + rng.random() * 86400
        event = _fake_event(rng, event_id, start, status, sales_open - 86400)
        count = registrations if index == 0 else 3 + int(rng.random() * 23)
        sales_close = min(midnight + (start - today).days * 86400, midnight) - 3600
        rows = fake_registrations(
            rng,
            event_id,
            count,
            first_epoch=sales_open,
            last_epoch=max(sales_close, sales_open + 3600),
            taken=taken,
            showcase=index == 0,
        )
        held = places_held(rows)
        if index == 0 and slots is not None:
            event["slots"] = slots
        else:
            event["slots"] = held + max(20, held // 10) if index == 0 else held + 10 + int(
                rng.random() * 200
            )
        event_rows.append(event)
        all_regs.extend(rows)
    return Dataset(event_rows, all_regs, event_rows[0]["id"], event_rows[1]["id"])


__all__ = [
    "Dataset",
    "SHOWCASE_PEOPLE",
    "ascii_slug",
    "fake_person",
    "fake_registration",
    "fake_registrations",
    "format_timestamp",
    "generate",
    "places_held",
    "random_id",
]
