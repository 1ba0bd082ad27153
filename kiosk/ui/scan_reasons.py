"""A scan's reason in the UI's language (issue 20's scan log, on a German screen).

The scan log keeps each verdict's reason as the rules wrote it, in English, because the log
is data: it travels between doors and is exported. The staff console shows it translated: a
reason made from one of :data:`TEMPLATES` (the rules' own wordings, held to them by a test)
is matched, its values taken out and put into the translated wording. A reason from a newer
door, or one no template makes, shows as it was written.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kiosk.ui.verdict_view import format_when

TEMPLATES = (
    # kiosk.rules.judge
    QT_TRANSLATE_NOOP("ScanReason", "No such registration for this event"),
    QT_TRANSLATE_NOOP("ScanReason", "This registration no longer exists on the server"),
    QT_TRANSLATE_NOOP("ScanReason", "Registered for another event"),
    QT_TRANSLATE_NOOP("ScanReason", "Already checked in at {when} on {where}"),
    QT_TRANSLATE_NOOP("ScanReason", "Already checked in (recorded on the server)"),
    QT_TRANSLATE_NOOP("ScanReason", "Registration cancelled"),
    QT_TRANSLATE_NOOP("ScanReason",
                      "Registration not confirmed yet (payment pending): send to the desk"),
    # the party, kiosk.rules.party_phrase
    QT_TRANSLATE_NOOP("ScanReason", "Admit {n}"),
    QT_TRANSLATE_NOOP("ScanReason", "Admit {n}: 1 + 1 guest"),
    QT_TRANSLATE_NOOP("ScanReason", "Admit {n}: 1 + {g} guests"),
    # comings and goings, kiosk.rules.judge_door
    QT_TRANSLATE_NOOP("ScanReason", "Goodbye"),
    QT_TRANSLATE_NOOP("ScanReason", "Welcome back: admit {n}"),
    QT_TRANSLATE_NOOP("ScanReason", "Admit {k} of {n}"),
    QT_TRANSLATE_NOOP("ScanReason", "{i} of {n} in: admit the other {k}"),
    QT_TRANSLATE_NOOP("ScanReason", "{i} of {n} in: admit {k} more"),
    QT_TRANSLATE_NOOP("ScanReason", "Not admitted: this ticket was never checked in"),
    QT_TRANSLATE_NOOP("ScanReason", "Already left: nobody of this party is inside"),
    QT_TRANSLATE_NOOP("ScanReason", "Already left: this event allows one entry only"),
    QT_TRANSLATE_NOOP("ScanReason", "Full: wait for someone to leave"),
    # several events, kiosk.door_events; the event's times, kiosk.event_times
    QT_TRANSLATE_NOOP("ScanReason", "Ticket for another event"),
    QT_TRANSLATE_NOOP("ScanReason", "This ticket is for {title}"),
    QT_TRANSLATE_NOOP("ScanReason", "Doors open at {when}"),
    # the door, kiosk.door
    QT_TRANSLATE_NOOP("ScanReason", "Not downloaded yet: the first sync is incomplete. "
                                    "Run a sync, or check the ticket at the desk"),
    # not a ticket, kiosk.codes
    QT_TRANSLATE_NOOP("ScanReason", "Code too long to be a ticket"),
    QT_TRANSLATE_NOOP("ScanReason", "Empty code"),
    QT_TRANSLATE_NOOP("ScanReason", "Not a ticket code"),
    QT_TRANSLATE_NOOP("ScanReason", "Unreadable ticket data"),
    QT_TRANSLATE_NOOP("ScanReason", "Ticket data holds no registration id"),
    QT_TRANSLATE_NOOP("ScanReason", "Unreadable ticket link"),
    QT_TRANSLATE_NOOP("ScanReason", "Link holds more than one registration id"),
    QT_TRANSLATE_NOOP("ScanReason", "Link holds no registration id"),
)


NUMBERS = frozenset({"n", "k", "i", "g"})  # people: a number ("Admit {n}" is not "Admit 4: ...")


def _pattern(template: str) -> re.Pattern[str]:
    """``Admit {k} of {n}`` as a pattern taking out ``k`` and ``n``."""
    parts = re.split(r"\{(\w+)\}", template)
    return re.compile("".join(
        re.escape(part) if i % 2 == 0 else
        (rf"(?P<{part}>\d+)" if part in NUMBERS else f"(?P<{part}>.+?)")
        for i, part in enumerate(parts)) + r"\Z", re.DOTALL)


_MATCHERS = tuple((template, _pattern(template)) for template in TEMPLATES)


def reason_text(reason: str) -> str:
    """``reason`` in the UI's language when one of :data:`TEMPLATES` made it, else as is;
    a time in it (``{when}``, ISO UTC) as the screen gives times: ``18:02``."""
    for template, pattern in _MATCHERS:
        found = pattern.match(reason)
        if found:
            values = found.groupdict()
            if "when" in values:
                values["when"] = format_when(values["when"]) or values["when"]
            return QCoreApplication.translate("ScanReason", template).format(**values)
    return reason
