"""What goes on a badge. Pure functions over the core's models: no Qt, no database."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from kiosk.codes import ticket_payload
from kiosk.models import Attendee, Event, Registration
from kiosk.text import one_line


@dataclass(frozen=True, slots=True)
class BadgeContent:
    registration_id: str
    name: str
    party: str  # "+2 guests", or "" for one person (printing says it in the door's language)
    event_title: str
    event_date: str
    band: str  # "VIP", "Speaker", …: a keyword found in the notes, never the notes themselves
    qr_payload: str  # the same payload as the kiosk's QR tickets (registration + event id)
    guests: int = 0  # what ``party`` counts, for a printer that words it in another language


BAND_WORDS = ("VIP", "Speaker", "Staff", "Press", "Sponsor")
"""The words that put a band on a badge (``Settings.badge_notes_band``), as printed."""


def band_for(notes: str | None) -> str:
    """The band a registration's notes call for: the first of :data:`BAND_WORDS` found in
    them as a whole word (any case), or "". Registration notes are for staff ("Allergic to
    nuts", "Sign-language interpreter requested") and never go on a badge themselves."""
    for word in BAND_WORDS:
        if re.search(rf"\b{word}\b", notes or "", re.IGNORECASE):
            return word
    return ""


def party_line(guest_count: int) -> str:
    """``+1 guest`` / ``+2 guests``; nothing for a single person. English: what is printed
    says it in the door's language (:func:`kiosk.ui.badge_print.party_line`)."""
    if guest_count <= 0:
        return ""
    return f"+{guest_count} guest" + ("s" if guest_count != 1 else "")


def date_line(event: Event | None) -> str:
    """``Sat 14 Mar 2026, 18:00`` from the event's ISO date and time; as given if unparsable."""
    if event is None or not event.start_date:
        return ""
    try:
        day = date.fromisoformat(event.start_date[:10])
        text = f"{day:%a} {day.day} {day:%b %Y}"
    except ValueError:
        text = event.start_date
    if event.start_time:
        text += f", {event.start_time[:5]}"
    return text


def badge_content(who: Attendee | Registration, event: Event | None) -> BadgeContent:
    reg = who.registration if isinstance(who, Attendee) else who
    return BadgeContent(
        registration_id=reg.id,
        # what is drawn comes from the server: controls and invisible characters left out
        name=one_line(reg.attendee_name) or "Guest",
        party=party_line(reg.guest_count),
        event_title=one_line(event.title if event else ""),
        event_date=one_line(date_line(event)),
        band=band_for(reg.notes),
        qr_payload=ticket_payload(reg.id, reg.event_id),
        guests=max(0, reg.guest_count),
    )


SAMPLE = BadgeContent(
    registration_id="reg_sample",
    name="Maria Fernández-López",
    party="+2 guests",
    event_title="Spring Conference",
    event_date="Sat 14 Mar 2026, 09:00",
    band="Speaker",
    qr_payload=ticket_payload("reg_sample", "evt_sample"),
    guests=2,
)
"""Shown in the settings preview when no registration is at hand."""
