"""English plural forms for kiosk_en.ts. English is the source language, so only the strings
with a count need an English "translation": Qt picks "1 person in" or "2 people in".

    pyside6-lupdate $(git ls-files 'kiosk/ui/*.py') -ts resources/translations/kiosk_en.ts \\
        -target-language en -pluralonly -no-obsolete
    python resources/translations/en.py
"""

from de import fill  # same folder (this file runs as a script)

EN = {
    '%n people': ('%n person', '%n people'),  # issue 20: self-service's party buttons
    '⚠ Clock off by %n min': ('⚠ Clock off by %n min', '⚠ Clock off by %n min'),
    '{shown} shown of {total}; %n people in': ('{shown} shown of {total}; %n person in',
                                            '{shown} shown of {total}; %n people in'),
    'Exported %n rows to {path}': ('Exported %n row to {path}', 'Exported %n rows to {path}'),
    '%n places left': ('%n place left', '%n places left'),
    '%n days ago': ('%n day ago', '%n days ago'),
    '%n conflicts': ('%n conflict', '%n conflicts'),
    '{done} of %n registrations': ('{done} of %n registration', '{done} of %n registrations'),
    '%n registrations': ('%n registration', '%n registrations'),
    '%n registrations ready. The door works offline from now on.': (
        '%n registration ready. The door works offline from now on.',
        '%n registrations ready. The door works offline from now on.'),
    '🖨 %n badges waiting': ('🖨 %n badge waiting', '🖨 %n badges waiting'),
    '🖨 %n badges waiting: {why}': ('🖨 %n badge waiting: {why}', '🖨 %n badges waiting: {why}'),
    'The last sync would remove %n registrations the server no longer lists. They are kept, '
    'since the server may have answered wrongly. Remove them only when the organiser confirms '
    'they are gone.': (
        'The last sync would remove %n registration the server no longer lists. It is kept, '
        'since the server may have answered wrongly. Remove it only when the organiser confirms '
        'it is gone.',
        'The last sync would remove %n registrations the server no longer lists. They are kept, '
        'since the server may have answered wrongly. Remove them only when the organiser confirms '
        'they are gone.'),
    '+%n guest(s)': ('+%n guest', '+%n guests'),
    'Reprinted %n time(s): {doors}': ('Reprinted %n time: {doors}', 'Reprinted %n times: {doors}'),
    '%n scans': ('%n scan', '%n scans'),
    'Exported %n scans to {path}': ('Exported %n scan to {path}', 'Exported %n scans to {path}'),
    '%n a minute at the moment': ('%n a minute at the moment', '%n a minute at the moment'),
}

if __name__ == "__main__":
    fill("kiosk_en.ts", EN, "kiosk_en.qm")
