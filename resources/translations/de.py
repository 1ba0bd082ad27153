"""German strings for kiosk_de.ts: ``python resources/translations/de.py`` fills the .ts
written by ``pyside6-lupdate`` and compiles it with ``pyside6-lrelease``. (Translators may
use Qt Linguist on the .ts instead; this file only seeds it.)

A count in a string is written ``%n`` in the source (``self.tr("%n people in", "", n)``) and
its German is a tuple of Qt's numerus forms, singular first: ``("%n Person da", "%n Personen
da")``; Qt picks the form for the number, so German never says "1 Personen"."""
DE = {
'Show': 'Anzeigen', 'Everyone': 'Alle', 'Checked in': 'Eingecheckt', 'Not yet in': 'Noch nicht da',
'Pending': 'Ausstehend', 'Cancelled': 'Storniert', 'Not uploaded yet': 'Noch nicht hochgeladen',
'Filter…': 'Filtern…', 'Filter the list': 'Liste filtern', '&Export CSV…': 'CSV &exportieren…',
'Export the attendance list as CSV': 'Anwesenheitsliste als CSV exportieren',
'Attendance summary': 'Anwesenheit – Übersicht', 'Attendance list': 'Anwesenheitsliste', 'Show:': 'Anzeigen:',
'{shown} shown of {total}; %n people in': ('{shown} von {total} angezeigt; %n Person da',
                                            '{shown} von {total} angezeigt; %n Personen da'),
'Export attendance': 'Anwesenheit exportieren', 'CSV files (*.csv)': 'CSV-Dateien (*.csv)',
'Export failed: {why}': 'Export fehlgeschlagen: {why}', 'Exported %n rows to {path}': ('%n Zeile nach {path} exportiert', '%n Zeilen nach {path} exportiert'),
'Name': 'Name', 'Email': 'E-Mail', 'Phone': 'Telefon', 'Status': 'Status', 'Party': 'Gruppe', 'Device': 'Gerät',
'Needs attention': 'Zu klären',
'Changes the server refused. Nothing here stops the door; settle each when you can.':
    'Änderungen, die der Server abgelehnt hat. Der Einlass läuft weiter; klären Sie jede, sobald Sie können.',
'Conflicts': 'Konflikte', 'What happened and what to do': 'Was passiert ist und was zu tun ist',
'&Retry upload': '&Erneut hochladen', 'Retry the upload': 'Erneut hochladen',
"Accept the server's &version": 'Fassung des &Servers übernehmen',
"Dismiss: accept the server's version": 'Schließen: Fassung des Servers übernehmen',
'&Open registration': 'Anmeldung ö&ffnen', 'Nothing needs attention.': 'Nichts zu klären.',
'check-in or undo': 'Einlass oder Rücknahme', 'walk-in registration': 'Anmeldung an der Tür',
'the {op} was refused: the registration is gone from the server': '{op} abgelehnt: die Anmeldung gibt es auf dem Server nicht mehr',
'the server refused the {op}: {why}': 'der Server hat {op} abgelehnt: {why}',
'the {op} was refused: the API key may not write': '{op} abgelehnt: der API-Schlüssel darf nicht schreiben',
'the {op} could not be uploaded: {why}': '{op} konnte nicht hochgeladen werden: {why}',
"The guest was admitted here but the server no longer knows the registration. Check with the organiser; register them as a walk-in if they should be counted, then accept the server's version.":
    'Der Gast wurde hier eingelassen, aber der Server kennt die Anmeldung nicht mehr. Fragen Sie beim Veranstalter nach; melden Sie den Gast an der Tür an, wenn er gezählt werden soll, und übernehmen Sie dann die Fassung des Servers.',
"The server's record differs (for example the registration was cancelled after it was admitted offline). Talk to the guest or the organiser. Accept the server's version to close this, or retry if the organiser has fixed the record.":
    'Der Server hat einen anderen Stand (zum Beispiel wurde die Anmeldung storniert, nachdem sie offline eingelassen wurde). Sprechen Sie mit dem Gast oder dem Veranstalter. Übernehmen Sie die Fassung des Servers, um den Fall zu schließen, oder laden Sie erneut hoch, wenn der Veranstalter den Eintrag korrigiert hat.',
'Ask the organiser for a key with registrations:write, enter it in Settings, then retry.':
    'Bitten Sie den Veranstalter um einen Schlüssel mit registrations:write, tragen Sie ihn in den Einstellungen ein und laden Sie erneut hoch.',
"Retry the upload; if it fails again, accept the server's version and tell the organiser.":
    'Laden Sie erneut hoch; scheitert es wieder, übernehmen Sie die Fassung des Servers und informieren Sie den Veranstalter.',
'What happened ({when}): {what}\n\nWhat you can do: {todo}': 'Was passiert ist ({when}): {what}\n\nWas Sie tun können: {todo}',
'Connect to WebKasa': 'Mit WebKasa verbinden',
"The API key is stored in this computer's keyring, never in a file.": 'Der API-Schlüssel wird im Schlüsselbund dieses Computers gespeichert, nie in einer Datei.',
'API URL': 'API-URL', 'API key': 'API-Schlüssel',
'Saved key {masked} (leave empty to keep it)': 'Gespeicherter Schlüssel {masked} (leer lassen, um ihn zu behalten)',
'How the key is sent': 'Wie der Schlüssel gesendet wird', 'Authorization: Bearer': 'Authorization: Bearer',
'API &URL': 'API-&URL', 'API &key': 'API-&Schlüssel', 'Key &sent as': 'Schlüssel sen&den als',
'The URL must start with https://': 'Die URL muss mit https:// beginnen',
'Enter the API key from your WebKasa dashboard.': 'Geben Sie den API-Schlüssel aus Ihrem WebKasa-Dashboard ein.',
'Connecting…': 'Verbinde…',
'The key was refused. Check it and its scopes (events:read, registrations:read, registrations:write).':
    'Der Schlüssel wurde abgelehnt. Prüfen Sie ihn und seine Berechtigungen (events:read, registrations:read, registrations:write).',
'Cannot reach the server: {why}': 'Server nicht erreichbar: {why}',
'The server answered with an error: {why}': 'Der Server meldet einen Fehler: {why}',
'Hold your QR code up to the camera': 'Halten Sie Ihren QR-Code vor die Kamera',
'Type or paste a ticket code, then Enter': 'Ticket-Code eintippen oder einfügen, dann Enter',
'Ticket code': 'Ticket-Code', 'Mute sounds': 'Töne aus', 'Camera state': 'Kamerastatus',
'Staff': 'Personal', 'Staff unlock': 'Entsperren durch Personal',
'Could not check this code: {error}': 'Dieser Code konnte nicht geprüft werden: {error}',
'Camera starting…': 'Kamera startet…', 'Camera on': 'Kamera an',
'Camera lost; the USB scanner still works': 'Kamera verloren; der USB-Scanner funktioniert weiter',
'Camera reconnecting…': 'Kamera verbindet neu…', 'Video ended': 'Video zu Ende', 'Camera off': 'Kamera aus',
'No camera ({detail}); the USB scanner still works': 'Keine Kamera ({detail}); der USB-Scanner funktioniert weiter',
'Sound off': 'Ton aus', 'Sound on': 'Ton an',
'Choose the event': 'Veranstaltung wählen',
'Events': 'Veranstaltungen', 'No upcoming events for this key.': 'Keine kommenden Veranstaltungen für diesen Schlüssel.',
'Your ticket is in your confirmation email.': 'Ihr Ticket finden Sie in Ihrer Bestätigungs-E-Mail.',
'Welcome to {event}': 'Willkommen bei {event}', 'Welcome': 'Willkommen',
'Check-in kiosk': 'Einlass-Kiosk', 'Screens': 'Ansichten', '&Door': '&Tür', '&Search': '&Suche',
'&Walk-in': '&Abendkasse', 'Needs &attention': 'Zu &klären', 'A&ttendance': 'A&nwesenheit',
'Main': 'Haupt', 'Sync now': 'Jetzt abgleichen', 'Settings…': 'Einstellungen…',
'Self-service mode': 'Selbstbedienung', 'Quit': 'Beenden', '{event} — check-in': '{event} — Einlass',
'Needs &attention ({n})': 'Zu &klären ({n})', 'Restart needed': 'Neustart nötig',
'The new event or server takes effect when the app starts again.':
    'Neue Veranstaltung oder neuer Server gelten nach dem nächsten Start.',
'Staff PIN': 'Personal-PIN', 'Enter the staff PIN, or scan a staff code.': 'Personal-PIN eingeben oder Personal-Code scannen.',
'Unlock': 'Entsperren', 'PIN': 'PIN', 'Wrong PIN': 'Falsche PIN', 'Camera preview': 'Kameravorschau',
'Starting camera…': 'Kamera startet…', 'Set staff PIN': 'Personal-PIN festlegen', 'New PIN': 'Neue PIN',
'Repeat PIN': 'PIN wiederholen',
'Self-service mode can only be left with this PIN.': 'Die Selbstbedienung lässt sich nur mit dieser PIN verlassen.',
'Use 4 to 12 digits.': '4 bis 12 Ziffern verwenden.', 'The two PINs differ.': 'Die beiden PINs stimmen nicht überein.',
'Settings': 'Einstellungen', 'Settings sections': 'Einstellungsbereiche', 'no key saved': 'kein Schlüssel gespeichert',
'Saved API key (masked)': 'Gespeicherter API-Schlüssel (verdeckt)',
'Enter a new key to replace the saved one': 'Neuen Schlüssel eingeben, um den gespeicherten zu ersetzen',
'New API key': 'Neuer API-Schlüssel', 'Device name': 'Gerätename', 'Sync interval': 'Abgleich-Intervall',
'Upload interval': 'Upload-Intervall', 'Saved key': 'Gespeicherter Schlüssel', 'Replace &key': '&Schlüssel ersetzen',
'Event': 'Veranstaltung', '&Device name': '&Gerätename', 'Sync every (s)': 'Abgleich alle (s)',
'Upload every (s)': 'Upload alle (s)', 'Connection': 'Verbindung', 'Camera': 'Kamera', 'Resolution': 'Auflösung',
'Frame rate': 'Bildrate', 'Decoder': 'Decoder', 'Look for {name} codes': 'Nach {name}-Codes suchen',
'Same-code cooldown': 'Sperrzeit für denselben Code', '&Preview this camera': 'Kamera-&Vorschau',
'&Camera': '&Kamera', '&Resolution': '&Auflösung', 'D&ecoder': 'D&ecoder', 'Symbologies': 'Code-Arten',
'Cooldown (s)': 'Sperrzeit (s)',
'Admit pending registrations (awaiting payment)': 'Ausstehende Anmeldungen einlassen (Zahlung offen)',
'Admit pending registrations': 'Ausstehende Anmeldungen einlassen', 'Play sounds': 'Töne abspielen',
'Sound': 'Ton', 'Language': 'Sprache', 'System language': 'Systemsprache', '&Language': '&Sprache',
'Door': 'Tür', 'Set staff &PIN…': 'Personal-&PIN festlegen…', 'Staff codes': 'Personal-Codes',
'Staff &codes (comma separated)': 'Personal-&Codes (durch Komma getrennt)', 'Self-service': 'Selbstbedienung',
'set': 'festgelegt', 'not set': 'nicht festgelegt', '{n} registered': '{n} angemeldet',
'Set up the check-in kiosk': 'Einlass-Kiosk einrichten',
'Search name, email or phone…': 'Name, E-Mail oder Telefon suchen…', 'Search registrations': 'Anmeldungen suchen',
'Search results': 'Suchergebnisse', 'Result count': 'Trefferzahl', 'Registration': 'Anmeldung',
'Notes': 'Hinweise', 'Upload': 'Upload', 'Id': 'ID', '&Check in': '&Einlassen',
'Check in the selected registration': 'Ausgewählte Anmeldung einlassen', 'Admit &pending': 'Aus&stehende einlassen',
'Admit a pending registration': 'Ausstehende Anmeldung einlassen', '&Undo check-in': 'Einlass &zurücknehmen',
'Undo the check-in': 'Einlass zurücknehmen', 'Last action': 'Letzte Aktion', '{n} found': '{n} gefunden',
'Type to search': 'Tippen zum Suchen', 'Nothing selected': 'Nichts ausgewählt',
'{n} (1 + {g} guests)': '{n} (1 + {g} Gäste)', '{when} on {device}': '{when} an {device}',
'Conflict: {why}': 'Konflikt: {why}', 'Waiting to upload': 'Wartet auf Upload', 'Up to date': 'Aktuell',
'Admitting pending registrations is switched off in Settings.': 'Das Einlassen ausstehender Anmeldungen ist in den Einstellungen ausgeschaltet.',
'Check-in undone: {name} is {status} again': 'Einlass zurückgenommen: {name} ist wieder {status}',
'never': 'nie', 'just now': 'gerade eben', '{n} min ago': 'vor {n} Min.', '{n} h ago': 'vor {n} Std.',
'%n days ago': ('vor %n Tag', 'vor %n Tagen'), 'People in': 'Personen da', 'Uploads waiting': 'Wartende Uploads',
'Last sync': 'Letzter Abgleich', 'No event selected': 'Keine Veranstaltung gewählt', '● Connecting…': '● Verbinde…',
'✔ Online': '✔ Online', 'no connection': 'keine Verbindung', '⚠ OFFLINE: {why}': '⚠ OFFLINE: {why}',
'In: {n} / {slots}': 'Da: {n} / {slots}', 'In: {n}': 'Da: {n}', '↑ {n} waiting': '↑ {n} wartend',
'↑ all sent': '↑ alles gesendet', '%n conflicts': ('%n Konflikt', '%n Konflikte'), 'Synced {age}': 'Abgeglichen {age}',
'First sync': 'Erster Abgleich',
'Copying the registrations to this computer, so the door works without a network.':
    'Die Anmeldungen werden auf diesen Computer kopiert, damit der Einlass auch ohne Netz funktioniert.',
'Sync progress': 'Fortschritt des Abgleichs', '&Stop syncing': 'Abgleich &anhalten',
'Could not save the settings: {why}': 'Einstellungen konnten nicht gespeichert werden: {why}',
'{done} of %n registrations': ('{done} von %n Anmeldung', '{done} von %n Anmeldungen'), '%n registrations': ('%n Anmeldung', '%n Anmeldungen'),
'Stopping…': 'Halte an…',
'%n registrations ready. The door works offline from now on.': ('%n Anmeldung bereit. Der Einlass funktioniert ab jetzt auch offline.', '%n Anmeldungen bereit. Der Einlass funktioniert ab jetzt auch offline.'),
'Sync stopped. The app finishes it in the background once it is open.': 'Abgleich angehalten. Die App beendet ihn im Hintergrund, sobald sie geöffnet ist.',
'Sync failed: {why}. The app retries in the background.': 'Abgleich fehlgeschlagen: {why}. Die App versucht es im Hintergrund erneut.',
'ADMIT': 'EINLASS', 'ALREADY IN': 'SCHON DRIN', 'SEE THE DESK': 'BITTE ZUR KASSE', 'NO ENTRY': 'KEIN EINLASS',
'NOT A TICKET': 'KEIN TICKET', 'Welcome!': 'Willkommen!',
'This ticket was already checked in.': 'Dieses Ticket wurde schon eingelassen.',
'Registration not confirmed yet (awaiting payment).': 'Anmeldung noch nicht bestätigt (Zahlung offen).',
'This registration was cancelled.': 'Diese Anmeldung wurde storniert.',
'This ticket is for another event.': 'Dieses Ticket gilt für eine andere Veranstaltung.',
'This ticket is not on the list.': 'Dieses Ticket steht nicht auf der Liste.',
'This code is not a ticket.': 'Dieser Code ist kein Ticket.',
'Admit {n}': '{n} einlassen', 'Admit {n}: 1 + 1 guest': '{n} einlassen: 1 + 1 Gast',
'Admit {n}: 1 + {g} guests': '{n} einlassen: 1 + {g} Gäste', 'Party of 1': '1 Person',
'Party of {n} (1 + 1 guest)': '{n} Personen (1 + 1 Gast)', 'Party of {n} (1 + {g} guests)': '{n} Personen (1 + {g} Gäste)',
'Checked in at {when} on {device}': 'Eingelassen um {when} an {device}', 'Checked in at {when}': 'Eingelassen um {when}',
'Note: {notes}': 'Hinweis: {notes}', 'Register a walk-in': 'Anmeldung an der Tür', 'Check in now': 'Gleich einlassen',
'Places left': 'Freie Plätze', 'Form error': 'Fehler im Formular', 'Registration result': 'Ergebnis der Anmeldung',
'&Register': '&Anmelden', '&Name': '&Name', 'Attendee name': 'Name des Gasts', '&Email': '&E-Mail',
'Attendee email': 'E-Mail des Gasts', '&Phone (optional)': '&Telefon (optional)', 'Attendee phone': 'Telefon des Gasts',
'&Guests': '&Begleitung', 'Number of guests': 'Zahl der Begleitpersonen', 'N&otes': 'H&inweise',
'Notes for staff': 'Hinweise fürs Personal', '%n places left': ('%n Platz frei', '%n Plätze frei'),
'Registered and checked in: {name}. {party}': 'Angemeldet und eingelassen: {name}. {party}',
'Registered: {name}': 'Angemeldet: {name}', 'Event full: {why}': 'Ausgebucht: {why}',
'Confirmed': 'Bestätigt',
'walk-in': 'an der Tür',
'Show door': 'Zum Einlass',
'Too many wrong PINs. Scan a staff code to unlock.': 'Zu viele falsche PINs. Zum Entsperren einen Personal-Code scannen.',
'Wrong PIN. Try again in {s} s.': 'Falsche PIN. Neuer Versuch in {s} s.',
'OK': 'OK', 'Delete the last digit': 'Letzte Ziffer löschen',
'Camera lost; reconnecting…': 'Kamera getrennt; verbinde neu…',
'No camera ({detail})': 'Keine Kamera ({detail})',
'No camera: use the scanner or ask the staff': 'Keine Kamera: bitte den Scanner nutzen oder das Personal fragen',
'No camera: use the scanner or search': 'Keine Kamera: Scanner oder Suche verwenden',
'Speak each verdict aloud': 'Jede Entscheidung ansagen',
'Speak verdicts': 'Entscheidungen ansagen',
'Large text': 'Große Schrift',
# issue 9: background keyring reads and sync progress
'reading the keyring…': 'Schlüsselbund wird gelesen…', 'saving the key…': 'Schlüssel wird gespeichert…',
'keyring unavailable: {why}': 'Schlüsselbund nicht verfügbar: {why}',
'Syncing {done} of {total}': 'Synchronisiere {done} von {total}', 'Syncing {done}': 'Synchronisiere {done}',
# issues 10, 11, 12: peers, key file, verdict hold, badges
'Badges waiting to print': 'Namensschilder warten auf den Druck',
'Print &waiting badges': 'Wartende Namensschilder &drucken',
'Check-ins go on. Fix the printer (paper, cable, power, the printer chosen in Settings → Badges), then print the waiting badges: they come out in the order people were admitted.': 'Der Einlass läuft weiter. Beheben Sie das Druckerproblem (Papier, Kabel, Strom, der unter Einstellungen → Namensschilder gewählte Drucker) und drucken Sie dann die wartenden Namensschilder: Sie kommen in der Reihenfolge des Einlasses heraus.',
'double entry: {why}': 'doppelter Einlass: {why}',
'Nothing is lost and the server is told once. If two people came in on one ticket, find the second one with the organiser.': 'Nichts geht verloren, und der Server erfährt es einmal. Sind zwei Personen mit einem Ticket hereingekommen, klären Sie die zweite mit dem Veranstalter.',
'Badge preview': 'Vorschau des Namensschilds',
'🖨 %n badges waiting: {why}': ('🖨 %n Namensschild wartet: {why}', '🖨 %n Namensschilder warten: {why}'),
'🖨 %n badges waiting': ('🖨 %n Namensschild wartet', '🖨 %n Namensschilder warten'),
'Staff passphrase': 'Passphrase des Personals',
'Staff passphrase again': 'Passphrase des Personals wiederholen',
'Staff &passphrase': '&Passphrase des Personals',
'Passphrase &again': 'Passphrase wieder&holen',
'This computer has no system keyring.': 'Dieser Computer hat keinen Schlüsselbund des Systems.',
'No system keyring: the key from KIOSK_API_KEY is used and not stored. Start the kiosk with it set each time, or type a key here to keep it in a file encrypted with a staff passphrase.': 'Kein Schlüsselbund: Der Schlüssel aus KIOSK_API_KEY wird verwendet und nicht gespeichert. Starten Sie den Kiosk jedes Mal damit, oder geben Sie hier einen Schlüssel ein, um ihn in einer mit einer Passphrase des Personals verschlüsselten Datei aufzubewahren.',
'No system keyring: the key will be kept in a file encrypted with a staff passphrase (at least {n} characters), asked each time the kiosk starts. Or start the kiosk with the key in KIOSK_API_KEY.': 'Kein Schlüsselbund: Der Schlüssel wird in einer Datei aufbewahrt, die mit einer Passphrase des Personals (mindestens {n} Zeichen) verschlüsselt ist; sie wird bei jedem Start des Kiosks abgefragt. Oder starten Sie den Kiosk mit dem Schlüssel in KIOSK_API_KEY.',
'Choose a staff passphrase of at least {n} characters.': 'Wählen Sie eine Passphrase des Personals mit mindestens {n} Zeichen.',
'The two passphrases differ.': 'Die beiden Passphrasen stimmen nicht überein.',
'Badge of {name} not printed: {why}': 'Namensschild von {name} nicht gedruckt: {why}',
'Badge of {name}: {what}': 'Namensschild von {name}: {what}',
'Unlock the API key': 'API-Schlüssel entsperren',
'This computer has no system keyring: the API key is in a file encrypted with the staff passphrase.': 'Dieser Computer hat keinen Schlüsselbund: Der API-Schlüssel liegt in einer mit der Passphrase des Personals verschlüsselten Datei.',
'Verdict hold': 'Anzeigedauer des Ergebnisses',
'Verdict hold (s)': 'Anzeigedauer des Ergebnisses (s)',
'Print a badge when someone is admitted': 'Beim Einlass ein Namensschild drucken',
'Print badges on admit': 'Namensschilder beim Einlass drucken',
'Badge printer': 'Drucker für Namensschilder',
'Label size': 'Etikettengröße',
'Notes as a coloured band': 'Hinweise als farbiges Band',
'Notes band': 'Hinweisband',
'QR code of the registration': 'QR-Code der Anmeldung',
'QR code on badges': 'QR-Code auf Namensschildern',
'&Printer': '&Drucker',
'Label &size': 'Etiketten&größe',
'Badges': 'Namensschilder',
'Print &badge': 'Namensschild &drucken',
'Print a name badge for the selected registration': 'Ein Namensschild für die gewählte Anmeldung drucken',
'Printing the badge of {name}…': 'Namensschild von {name} wird gedruckt…',
'Other doors': 'Andere Eingänge',
'Sync warning': 'Warnung der Synchronisierung',
'Badges waiting': 'Wartende Namensschilder',
'⇄ {n} doors linked': '⇄ {n} Eingänge verbunden',
'⇄ {n} doors linked, this door pulls': '⇄ {n} Eingänge verbunden, dieser lädt die Liste',
'⇄ {n} doors linked, {door} pulls': '⇄ {n} Eingänge verbunden, {door} lädt die Liste',
'alone': 'allein',
'⚠ First sync incomplete': '⚠ Erste Synchronisierung unvollständig',
'⚠ Sync: {warning}': '⚠ Synchronisierung: {warning}',
'Wrong passphrase. Try again.': 'Falsche Passphrase. Bitte erneut versuchen.',
'A staff PIN needs at least one staff code: after 10 wrong PINs only a scanned staff code unlocks self-service mode. Enter one, then save.':
    'Eine Personal-PIN braucht mindestens einen Personal-Code: Nach 10 falschen PINs entsperrt nur noch ein gescannter Personal-Code die Selbstbedienung. Geben Sie einen ein und speichern Sie dann.',
'Self-service mode needs a staff code. After 10 wrong PINs only a scanned staff code unlocks the kiosk, so enter at least one in Settings → Self-service first (a PIN is optional).':
    'Die Selbstbedienung braucht einen Personal-Code. Nach 10 falschen PINs entsperrt nur noch ein gescannter Personal-Code den Kiosk; tragen Sie daher zuerst mindestens einen unter Einstellungen → Selbstbedienung ein (eine PIN ist optional).',
'The server refused this walk-in: the event is full there. Check with the organiser; undo the check-in if the person must leave.':
    'Der Server hat diese Anmeldung an der Tür abgelehnt: Die Veranstaltung ist dort ausgebucht. Fragen Sie beim Veranstalter nach; nehmen Sie den Einlass zurück, wenn die Person gehen muss.',
'The server refused this walk-in ({server}). Correct the details and register again.':
    'Der Server hat diese Anmeldung an der Tür abgelehnt (Antwort des Servers: {server}). Korrigieren Sie die Angaben und melden Sie erneut an.',
'This walk-in was never registered on the server, so its check-in cannot be sent.':
    'Diese Anmeldung an der Tür ist auf dem Server nie angekommen, daher kann ihr Einlass nicht gesendet werden.',
"The registration no longer exists on the server. Check the person's ticket with the organiser.":
    'Die Anmeldung gibt es auf dem Server nicht mehr. Prüfen Sie das Ticket der Person mit dem Veranstalter.',
'The server refused the check-in (the registration may have been cancelled after it was admitted here). Speak to the attendee or the organiser, then dismiss or undo.':
    'Der Server hat den Einlass abgelehnt (die Anmeldung wurde vielleicht storniert, nachdem die Person hier eingelassen wurde). Sprechen Sie mit dem Gast oder dem Veranstalter; schließen Sie den Fall dann oder nehmen Sie den Einlass zurück.',
'The server refused this change: {server}':
    'Der Server hat diese Änderung abgelehnt. Antwort des Servers: {server}',
'Cancelled on the server after it was admitted here: this person was let in from the cached list. Speak to the organiser, then dismiss.':
    'Auf dem Server storniert, nachdem die Person hier eingelassen wurde: Sie wurde anhand der gespeicherten Liste eingelassen. Sprechen Sie mit dem Veranstalter und schließen Sie den Fall dann.',
'Admitted {n} times while the doors could not see each other. The first is the one kept and uploaded.':
    '{n}-mal eingelassen, während die Eingänge einander nicht erreichten. Der erste Einlass zählt und wird hochgeladen.',
'check-in': 'Einlass', 'status change': 'Statusänderung', 'double entry': 'doppelter Einlass',
'{when} at {door}': '{when} ({door})', '{op}: {why}': '{op}: {why}',
'No refused changes.': 'Keine abgelehnten Änderungen.',
# the settings' descriptions (kiosk/ui/setting_docs.py), the Settings dialog's tooltips
'Base URL of the WebKasa API (paths go under /api/v1).': 'Basis-URL der WebKasa-API (die Pfade liegen unter /api/v1).',
'Shown with every check-in ("checked in at Door 2"); the host name when empty.':
    'Wird bei jedem Einlass angezeigt („eingelassen an Tür 2“); leer: der Name des Computers.',
'Admit PENDING registrations (awaiting payment) instead of sending them to the desk.':
    'Anmeldungen mit ausstehender Zahlung (PENDING) einlassen, statt sie an den Schalter zu schicken.',
'Camera index, video file, image folder or stream URL.': 'Kameranummer, Videodatei, Bildordner oder Stream-URL.',
'Requested capture width in pixels.': 'Gewünschte Aufnahmebreite in Pixeln.',
'Requested capture frame rate.': 'Gewünschte Bildrate der Aufnahme.',
'Decoder backend: ``zxing`` (default) or ``pyzbar``.': 'Decoder: ``zxing`` (Standard) oder ``pyzbar``.',
'The same code seen again within this many seconds is the same scan.':
    'Derselbe Code, innerhalb so vieler Sekunden noch einmal erkannt, gilt als derselbe Scan.',
"A verdict stays up at least this long before the camera's scan of another code replaces it (that scan waits its turn; typed or USB-scanner codes show at once).":
    'So lange bleibt ein Ergebnis mindestens stehen, bevor der Kamera-Scan eines anderen Codes es ersetzt (dieser Scan wartet, bis er an der Reihe ist; eingetippte Codes und Codes vom USB-Scanner erscheinen sofort).',
'Play a sound for admit and refuse.': 'Bei Einlass und Abweisung einen Ton abspielen.',
"UI language (``en``, ``de``); the system's when empty.": 'Sprache der Oberfläche (``en``, ``de``); leer: die des Systems.',
'Speak each verdict aloud (spd-say/espeak-ng on Linux, say on macOS, SAPI on Windows).':
    'Jedes Ergebnis laut ansagen (spd-say/espeak-ng unter Linux, say unter macOS, SAPI unter Windows).',
'Large-text mode: bigger type on every screen and verdict.': 'Große Schrift: größere Schrift in jeder Ansicht und bei jedem Ergebnis.',
'Codes that unlock self-service mode when scanned; self-service needs at least one.':
    'Codes, die die Selbstbedienung entsperren, wenn sie gescannt werden; die Selbstbedienung braucht mindestens einen.',
"Badge printer: a system printer's name, or ``pdf:FOLDER`` for PDF files; empty: none.":
    'Drucker für Namensschilder: der Name eines Systemdruckers oder ``pdf:ORDNER`` für PDF-Dateien; leer: keiner.',
'Badge label size: ``62x100mm``, ``89x36mm``, ``4x3in`` or ``a6``.':
    'Etikettengröße der Namensschilder: ``62x100mm``, ``89x36mm``, ``4x3in`` oder ``a6``.',
'Print a badge automatically when someone is admitted (once per registration).':
    'Beim Einlass automatisch ein Namensschild drucken (einmal pro Anmeldung).',
'Print a coloured band on the badge when the notes name VIP, Speaker, Staff, Press or Sponsor.':
    'Ein farbiges Band auf das Namensschild drucken, wenn die Hinweise VIP, Speaker, Staff, Press oder Sponsor nennen.',
'Put a QR code of the registration on the badge, for scanning at sessions.':
    'Einen QR-Code der Anmeldung auf das Namensschild drucken, zum Scannen bei einzelnen Programmpunkten.',
'Seconds between background pulls of the registration list.': 'Sekunden zwischen zwei Abgleichen der Anmeldeliste im Hintergrund.',
'Seconds between background outbox uploads while something waits.':
    'Sekunden zwischen zwei Uploads im Hintergrund, solange etwas wartet.',
"Looking for this computer's keyring…": 'Suche den Schlüsselbund dieses Computers …',
'Opening the check-in data…': 'Die Einlassdaten werden geöffnet …', 'Saving…': 'Wird gespeichert …',
'Settings not saved': 'Einstellungen nicht gespeichert',
'The settings could not be written to the data folder: {why}. They apply until the app closes; free some disk space, then set them again.':
    'Die Einstellungen konnten nicht in den Datenordner geschrieben werden: {why}. Sie gelten, bis die App geschlossen wird; schaffen Sie Platz auf dem Datenträger und stellen Sie sie dann erneut ein.',
'The settings were not saved: {why}. Nothing has changed; free some disk space or check the data folder, then save again.':
    'Die Einstellungen wurden nicht gespeichert: {why}. Nichts wurde geändert; schaffen Sie Platz auf dem Datenträger oder prüfen Sie den Datenordner und speichern Sie dann erneut.',
'Undo check-in': 'Einlass zurücknehmen', 'Keep checked in': 'Eingecheckt lassen',
'Undo the check-in of {name}? They will no longer count as checked in.':
    'Einlass von {name} zurücknehmen? Die Person gilt dann nicht mehr als eingelassen.',
'Quit the check-in kiosk? This door stops checking people in until it is started again.':
    'Den Einlass-Kiosk beenden? Diese Tür lässt dann niemanden mehr ein, bis sie wieder gestartet wird.',
'Keep running': 'Weiterlaufen lassen',
# issue 18: leaving the setup
'Leave the setup?': 'Einrichtung verlassen?',
'Nothing is saved: the setup starts again next time the app opens.':
    'Nichts wurde gespeichert: Die Einrichtung beginnt beim nächsten Start der App von vorn.',
'The key and the event are saved: the app opens with them next time and finishes the first sync then.':
    'Schlüssel und Veranstaltung sind gespeichert: Die App öffnet beim nächsten Start damit und beendet dann den ersten Abgleich.',
'&Leave the setup': 'Einrichtung &verlassen', '&Continue the setup': 'Einrichtung &fortsetzen',
"This undo was not sent: the server changed the registration after this door's check-in (it now says {server}). The server's status stands; speak to the organiser if that is wrong, then dismiss.":
    'Diese Rücknahme wurde nicht gesendet: Der Server hat die Anmeldung nach dem Einlass an diesem Eingang geändert (jetzt: {server}). Der Stand des Servers gilt; sprechen Sie mit dem Veranstalter, falls er falsch ist, und schließen Sie den Fall dann.',
"Nothing to send: the organiser's change stands. Accept the server's version to close this.":
    'Nichts zu senden: Die Änderung des Veranstalters gilt. Übernehmen Sie die Fassung des Servers, um den Fall zu schließen.',
'The last sync would remove %n registrations the server no longer lists. They are kept, since the server may have answered wrongly. Remove them only when the organiser confirms they are gone.': (
    'Die letzte Synchronisierung würde %n Anmeldung entfernen, die der Server nicht mehr aufführt. Sie bleibt erhalten, da der Server falsch geantwortet haben kann. Entfernen Sie sie erst, wenn der Veranstalter bestätigt, dass sie weg ist.',
    'Die letzte Synchronisierung würde %n Anmeldungen entfernen, die der Server nicht mehr aufführt. Sie bleiben erhalten, da der Server falsch geantwortet haben kann. Entfernen Sie sie erst, wenn der Veranstalter bestätigt, dass sie weg sind.'),
'&Remove them': '&Entfernen',
'Remove the registrations the server no longer lists': 'Die Anmeldungen entfernen, die der Server nicht mehr aufführt',
'The network wants a login (captive portal)': 'Das Netzwerk verlangt eine Anmeldung (Captive Portal)',
# issue 18: offline reasons and camera failures by kind (the raw detail is quoted as detail)
'not connected yet': 'noch nicht verbunden', 'pacing requests (rate limited)': 'Anfragen gebremst (Ratenlimit)',
'API key refused': 'API-Schlüssel abgelehnt', 'server trouble': 'Störung beim Server',
'{why}\nDetail: {detail}': '{why}\nDetail: {detail}', 'Detail: {detail}': 'Detail: {detail}',
'No camera: the video source was not found': 'Keine Kamera: die Videoquelle wurde nicht gefunden',
'No camera: it is in use or unplugged': 'Keine Kamera: sie ist belegt oder nicht angeschlossen',
'No camera': 'Keine Kamera',
'Press “Preview this camera” to see it here': 'Drücken Sie „Kamera-Vorschau“, um sie hier zu sehen',
"Changes the server refused, and people admitted at two doors while the doors could not see each other. Nothing here stops the door; settle each when you can.":
    'Änderungen, die der Server abgelehnt hat, und Personen, die an zwei Türen eingelassen wurden, während die Türen einander nicht sahen. Der Einlass läuft weiter; klären Sie jede, sobald Sie können.',
'People admitted at two doors while the doors could not see each other. Nothing here stops the door.':
    'Personen, die an zwei Türen eingelassen wurden, während die Türen einander nicht sahen. Der Einlass läuft weiter.',
'Nothing here stops the door.': 'Nichts hier hält den Einlass auf.',
# the badge preview's sample and the label sizes' names (issue 18)
'+%n guest(s)': ('+%n Gast', '+%n Gäste'), 'Spring Conference': 'Frühjahrskonferenz',
'Sat 14 Mar 2026, 09:00': 'Sa., 14. März 2026, 09:00', 'Speaker': 'Referentin',
'62 × 100 mm (Brother QL 62 mm roll, cut)': '62 × 100 mm (Brother-QL-Rolle 62 mm, geschnitten)',
'89 × 36 mm (DYMO 99012 large address)': '89 × 36 mm (DYMO 99012, große Adressetiketten)',
'4 × 3 in (Zebra / direct thermal 4 in roll)': '4 × 3 Zoll (Zebra / Thermodirekt-Rolle 4 Zoll)',
'A6 (105 × 148 mm, any office printer)': 'A6 (105 × 148 mm, jeder Bürodrucker)',
# sync warnings by kind (issue 18)
"the server's paging does not move (offset stays at {offset}); stopped with {seen} registrations read":
    'die Seitenabfrage des Servers kommt nicht voran (Versatz bleibt bei {offset}); nach {seen} gelesenen Anmeldungen angehalten',
'the server kept saying there is more after {pages} pages (its total of {total} needs {needed}); stopped':
    'der Server meldete nach {pages} Seiten immer noch weitere (seine Gesamtzahl {total} braucht {needed}); angehalten',
'the sync deadline passed; stopped with {seen} of {total} registrations read':
    'die Frist für den Abgleich ist abgelaufen; nach {seen} von {total} Anmeldungen angehalten',
"the server's list left out {unseen} of {cached} cached registrations; they are kept until staff confirm the removal (Needs attention, or 'kiosk sync --accept-removals')":
    "die Liste des Servers ließ {unseen} von {cached} gespeicherten Anmeldungen aus; sie bleiben, bis das Personal das Entfernen bestätigt (Zu klären, oder 'kiosk sync --accept-removals')",
# the key file chosen in Settings when there is no keyring (issue 17)
'Keep the API key in a file': 'API-Schlüssel in einer Datei aufbewahren',
'No system keyring: the key will be kept in a file encrypted with a staff passphrase (at least {n} characters), asked each time the kiosk starts.':
    'Kein Schlüsselbund: Der Schlüssel wird in einer Datei aufbewahrt, die mit einer Passphrase des Personals (mindestens {n} Zeichen) verschlüsselt ist; sie wird bei jedem Start des Kiosks abgefragt.',
# a wrong clock on the strip (issue 19)
'Clock warning': 'Uhr-Warnung',
'⚠ Clock off by %n min': ('⚠ Uhr geht %n Minute falsch', '⚠ Uhr geht %n Minuten falsch'),
"This computer's clock differs from the server's or the other doors' by {seconds} s. Set it right: every check-in is stamped with it.":
    'Die Uhr dieses Computers weicht um {seconds} s von der des Servers oder der anderen Eingänge ab. Stellen Sie sie richtig: Jeder Einlass wird mit ihr gestempelt.',
# badges once per venue, Check this door (issue 21)
'Printed by {door} at {time}': 'Gedruckt an {door} um {time}', 'Not printed': 'Nicht gedruckt',
'Reprinted %n time(s): {doors}': ('%n-mal nachgedruckt: {doors}', '%n-mal nachgedruckt: {doors}'),
'Badge': 'Namensschild', 'Check this door': 'Tür prüfen', 'Check this &door': 'Tür &prüfen',
'Will this door work today? Checks the key, the server, the last download, the clocks, the other doors, the camera, the badge printer and the disk.':
    'Funktioniert diese Tür heute? Prüft den Schlüssel, den Server, den letzten Download, die Uhren, die anderen Türen, die Kamera, den Namensschild-Drucker und den Speicherplatz.',
'Checking… the door keeps working meanwhile.': 'Prüfe… der Einlass läuft währenddessen weiter.',
'{ok} ok, {warnings} warnings, {problems} problems': '{ok} in Ordnung, {warnings} Warnungen, {problems} Probleme',
'ok': 'in Ordnung', 'warning': 'Warnung', 'problem': 'Problem',
'{found}\nWhat to do: {todo}': '{found}\nWas tun: {todo}',
'Key': 'Schlüssel', 'Server and event': 'Server und Veranstaltung',
'Last full download': 'Letzter vollständiger Download', 'Data folder': 'Datenordner',
'Clock (server)': 'Uhr (Server)', 'Clock (other doors)': 'Uhr (andere Türen)',
'Finding other doors': 'Andere Türen finden', 'Peer port': 'Port für andere Türen',
'Disk space': 'Speicherplatz',
'Download the registrations (Sync now).': 'Laden Sie die Anmeldungen herunter (Jetzt synchronisieren).',
'Key {key} given for this process, stored nowhere': 'Schlüssel {key} nur für diesen Prozess angegeben, nirgends gespeichert',
'Key {key} in the system keyring': 'Schlüssel {key} im Schlüsselbund des Systems',
'No API key for {url}': 'Kein API-Schlüssel für {url}',
'Enter the key on the Connection tab and save.': 'Tragen Sie den Schlüssel im Reiter Verbindung ein und speichern Sie.',
'Key accepted; event “{title}” found': 'Schlüssel angenommen; Veranstaltung „{title}“ gefunden',
'The server refused the key: {why}': 'Der Server hat den Schlüssel abgelehnt: {why}',
'Check the key and its permissions; enter a new one and save.': 'Prüfen Sie den Schlüssel und seine Rechte; tragen Sie einen neuen ein und speichern Sie.',
'Event {event} not found on the server': 'Veranstaltung {event} auf dem Server nicht gefunden',
'Set up the door again and choose its event.': 'Richten Sie die Tür neu ein und wählen Sie ihre Veranstaltung.',
'Check the network; check-ins work offline and upload later.': 'Prüfen Sie das Netzwerk; der Einlass funktioniert offline und lädt später hoch.',
'Never fully downloaded: the door may not know every registration': 'Nie vollständig heruntergeladen: die Tür kennt vielleicht nicht jede Anmeldung',
'Last full download {minutes} min ago': 'Letzter vollständiger Download vor {minutes} Min.',
'None seen (fine for a single door)': 'Keine gesehen (in Ordnung bei nur einer Tür)',
'{what} gives pictures ({size})': '{what} liefert Bilder ({size})',
'In use by this door and giving pictures': 'Von dieser Tür benutzt und liefert Bilder',
'In use by this door, but no picture yet': 'Von dieser Tür benutzt, aber noch kein Bild',
'Look at the camera message on the door screen; choose another camera on the Camera tab if it stays dark.':
    'Sehen Sie sich die Kamera-Meldung am Einlass-Bildschirm an; wählen Sie im Reiter Kamera eine andere Kamera, wenn das Bild dunkel bleibt.',
'{mb} MB free': '{mb} MB frei', 'Only {mb} MB free': 'Nur {mb} MB frei',
'Free some space before the doors open.': 'Schaffen Sie Platz, bevor der Einlass beginnt.',
'Free space now: the door stops recording check-ins when the disk is full.': 'Schaffen Sie jetzt Platz: bei voller Festplatte speichert die Tür keine Eincheckvorgänge mehr.',
'No event chosen': 'Keine Veranstaltung gewählt',
'Set up the door and choose its event.': 'Richten Sie die Tür ein und wählen Sie ihre Veranstaltung.',
'The data folder cannot be opened: {why}': 'Der Datenordner lässt sich nicht öffnen: {why}',
"Run 'kiosk repair' on this door's data folder.": 'Führen Sie „kiosk repair“ für den Datenordner dieser Tür aus.',
'The key file is damaged: {why}': 'Die Schlüsseldatei ist beschädigt: {why}',
'Enter the key again on the Connection tab and save.': 'Tragen Sie den Schlüssel im Reiter Verbindung neu ein und speichern Sie.',
'Key in the passphrase-protected file {where}; staff type the passphrase when the door starts': 'Schlüssel in der passwortgeschützten Datei {where}; das Personal gibt das Passwort beim Start der Tür ein',
'Key file {where}: {why}': 'Schlüsseldatei {where}: {why}',
'Set KIOSK_KEY_PASSPHRASE to the staff passphrase.': 'Setzen Sie KIOSK_KEY_PASSPHRASE auf das Passwort des Personals.',
'Key {key} in the file {where}': 'Schlüssel {key} in der Datei {where}',
'Not checked: no key at hand': 'Nicht geprüft: kein Schlüssel zur Hand',
'The server refused: {why}': 'Der Server hat abgelehnt: {why}',
'Not measured yet': 'Noch nicht gemessen',
'Off by {seconds} s': 'Weicht um {seconds} s ab',
"Set this computer's clock (turn on network time).": 'Stellen Sie die Uhr dieses Computers (Netzwerkzeit einschalten).',
'Within 60 s ({seconds} s)': 'Innerhalb von 60 s ({seconds} s)',
'{n} seen; {behind} entries still to fetch': '{n} gesehen; {behind} Einträge noch abzuholen',
'Any free port': 'Ein beliebiger freier Port',
'Cannot listen on port {port}: {why}': 'Port {port} lässt sich nicht öffnen: {why}',
'Check peer_bind and peer_port in the settings.': 'Prüfen Sie peer_bind und peer_port in den Einstellungen.',
'Port {port} free for the other doors': 'Port {port} frei für die anderen Türen',
'Port {port}: this door is running and listening': 'Port {port}: diese Tür läuft und hört zu',
'Port {port} is in use by another door of this event': 'Port {port} wird von einer anderen Tür dieser Veranstaltung benutzt',
'Stop it, or choose another peer_port (the same on every door).': 'Beenden Sie sie, oder wählen Sie einen anderen peer_port (an jeder Tür denselben).',
'Port {port} is in use by another program': 'Port {port} wird von einem anderen Programm benutzt',
'Discovery off: the doors link through the peers setting': 'Suche aus: die Türen verbinden sich über die Einstellung peers',
'Finding doors on the network is not possible here: {why}': 'Türen im Netzwerk finden ist hier nicht möglich: {why}',
'List the other doors in the peers setting (host:port).': 'Tragen Sie die anderen Türen in der Einstellung peers ein (host:port).',
'Other doors of this event heard on the network: {n}': 'Andere Türen dieser Veranstaltung im Netzwerk gehört: {n}',
'No other door of this event heard on the network (multicast blocked?)': 'Keine andere Tür dieser Veranstaltung im Netzwerk gehört (Multicast gesperrt?)',
'No other door of this event heard (fine for a single door)': 'Keine andere Tür dieser Veranstaltung gehört (in Ordnung bei nur einer Tür)',
'The camera {source} does not open: {why}': 'Die Kamera {source} lässt sich nicht öffnen: {why}',
'Choose a camera on the Camera tab, or use the USB scanner.': 'Wählen Sie im Reiter Kamera eine Kamera, oder nutzen Sie den USB-Scanner.',
'{what} opened but gave no picture': '{what} geöffnet, aber kein Bild',
'Badges print on admission, but no badge printer is chosen': 'Namensschilder werden beim Einlass gedruckt, aber kein Drucker ist gewählt',
'Choose a badge printer on the Badges tab.': 'Wählen Sie im Reiter Namensschilder einen Drucker.',
'PDF badges go to {folder}': 'PDF-Namensschilder landen in {folder}',
'Cannot write PDF badges in {folder}': 'PDF-Namensschilder können nicht in {folder} geschrieben werden',
'Choose a writable folder for the PDF badges.': 'Wählen Sie einen beschreibbaren Ordner für die PDF-Namensschilder.',
'Printer {printer} is ready': 'Drucker {printer} ist bereit',
'Printer {printer} is stopped or in error': 'Drucker {printer} ist angehalten oder gestört',
"Look at the printer (paper, labels, lid) and resume it in the system's printer settings.": 'Sehen Sie nach dem Drucker (Papier, Etiketten, Deckel) und setzen Sie ihn in den Druckereinstellungen des Systems fort.',
'Printer {printer} is not known to the system (known: {known})': 'Drucker {printer} ist dem System nicht bekannt (bekannt: {known})',
'Connect and add the printer, or choose one of those known on the Badges tab.': 'Schließen Sie den Drucker an und fügen Sie ihn hinzu, oder wählen Sie im Reiter Namensschilder einen bekannten.',
# adding and removing doors (issue 21)
'Doors': 'Eingänge',
'This door is not linked with other doors (no API key or peer secret, or its port is taken): it cannot invite one.':
    'Dieser Eingang ist mit keinem anderen verbunden (kein API-Schlüssel oder gemeinsames Geheimnis, oder sein Port ist belegt): Er kann keinen einladen.',
'&Invite a door': 'Eingang &einladen',
'Scan only (do not hand over the API key)': 'Nur scannen (API-Schlüssel nicht übergeben)',
'Doors of this event': 'Eingänge dieser Veranstaltung',
'&Remove the selected door': 'Gewählten Eingang &entfernen',
'Invitation QR code': 'QR-Code der Einladung',
'Not done: {error}': 'Nicht erledigt: {error}',
"A new door joins with this code: 'kiosk join' or \"Join a door nearby\" in its setup.":
    "Ein neuer Eingang tritt mit diesem Code bei: 'kiosk join' oder „Einem Eingang in der Nähe beitreten“ in seiner Einrichtung.",
'The new door has joined.': 'Der neue Eingang ist beigetreten.',
'The invitation expired unused.': 'Die Einladung ist ungenutzt abgelaufen.',
'A door is joining…': 'Ein Eingang tritt bei…',
'Valid for {minutes}:{seconds:02d}, for one door': 'Gültig noch {minutes}:{seconds:02d}, für einen Eingang',
'{name} (removed)': '{name} (entfernt)',
'Choose a door in the list first.': 'Wählen Sie zuerst einen Eingang in der Liste.',
'Removed: the other doors refuse its check-ins from now on.':
    'Entfernt: Die anderen Eingänge lehnen seine Einlässe ab jetzt ab.',
'Join a door nearby…': 'Einem Eingang in der Nähe beitreten…',
'Join a door nearby': 'Einem Eingang in der Nähe beitreten',
"On a door of the event, open Settings → Doors and press \"Invite a door\". Hold its QR code up to this computer's camera, or type the code under it.":
    'Öffnen Sie an einem Eingang der Veranstaltung Einstellungen → Eingänge und drücken Sie „Eingang einladen“. Halten Sie dessen QR-Code vor die Kamera dieses Computers oder tippen Sie den Code darunter ab.',
'Invitation &code': 'Einladungs&code',
'Invitation code': 'Einladungscode',
'&Scan the QR code with the camera': 'QR-Code mit der Kamera &scannen',
'&Join': '&Beitreten',
"Hold the invitation's QR code up to the camera…": 'Halten Sie den QR-Code der Einladung vor die Kamera…',
'Not an invitation: {why}': 'Keine Einladung: {why}',
'Joining…': 'Trete bei…',
'Asking the door at {address}…': 'Frage den Eingang unter {address}…',
'Copying {count} registrations…': 'Kopiere Anmeldungen ({count})…',
'Joined from {door}. Registrations copied: {count}. Press Finish.':
    'Beigetreten über {door}. Kopierte Anmeldungen: {count}. Drücken Sie „Fertigstellen“.',
'Not joined: {why}': 'Nicht beigetreten: {why}',
'this is not an invitation code': 'das ist kein Einladungscode',
'the code has a typo: check it against the other door': 'der Code hat einen Tippfehler: vergleichen Sie ihn mit dem anderen Eingang',
'the other door runs another version of the kiosk: update both': 'der andere Eingang hat eine andere Kiosk-Version: aktualisieren Sie beide',
'this invitation was used already: make a new one': 'diese Einladung wurde schon benutzt: erstellen Sie eine neue',
'this invitation expired: make a new one': 'diese Einladung ist abgelaufen: erstellen Sie eine neue',
'the door that answered is at another event': 'der antwortende Eingang gehört zu einer anderen Veranstaltung',
'no inviting door answered. Is it running, on this network, with its peer port open?':
    'kein einladender Eingang hat geantwortet. Läuft er, ist er in diesem Netz, und ist sein Port offen?',
'this computer is a door of an event already': 'dieser Computer ist schon ein Eingang einer Veranstaltung',
"this computer has no keyring for the doors' secret: invite it with the API key (not scan only)":
    'dieser Computer hat keinen Schlüsselbund für das Geheimnis der Eingänge: laden Sie ihn mit API-Schlüssel ein (nicht „Nur scannen“)',
# issue 20: the scan log and the arrivals chart
'Admitted': 'Eingelassen', 'Already in': 'Schon drin', 'Wrong event': 'Falsche Veranstaltung',
'Unknown': 'Unbekannt', 'Not a ticket': 'Kein Ticket', 'Not recorded': 'Nicht gespeichert',
'Undone': 'Zurückgenommen', 'Exit': 'Ausgang', 'Time': 'Zeit', 'Code': 'Code',
'Verdict': 'Ergebnis', 'Reason': 'Grund', 'Verdict:': 'Ergebnis:', 'Door:': 'Tür:',
'Show scans with this verdict': 'Scans mit diesem Ergebnis anzeigen',
'Show scans at this door': 'Scans an dieser Tür anzeigen', 'All': 'Alle',
'All doors': 'Alle Türen', 'Export the scan log as CSV': 'Scan-Protokoll als CSV exportieren',
'Scan log': 'Scan-Protokoll', 'Scan log summary': 'Scan-Protokoll – Übersicht',
'The latest {n} scans (export for all)': 'Die letzten {n} Scans (Export für alle)',
'%n scans': ('%n Scan', '%n Scans'), 'Export scan log': 'Scan-Protokoll exportieren',
'Exported %n scans to {path}': ('%n Scan nach {path} exportiert',
                                '%n Scans nach {path} exportiert'),
'Arrivals per 10 minutes, by door': 'Ankünfte pro 10 Minuten, nach Tür',
'Arrivals per 10 minutes': 'Ankünfte pro 10 Minuten',
'%n a minute at the moment': ('%n pro Minute im Moment', '%n pro Minute im Moment'),
'Everyone expected is in ({arrived} arrivals).': 'Alle Erwarteten sind da ({arrived} Ankünfte).',
'{left} still expected: all in by about {time} at this rate.':
    '{left} noch erwartet: bei diesem Tempo alle gegen {time} da.',
'{left} still expected; too few arrivals yet to say when all will be in.':
    '{left} noch erwartet; noch zu wenige Ankünfte, um zu sagen, wann alle da sind.',
'Sc&ans': 'Sc&ans',
# event times (issue 20, part 6)
'NOT OPEN YET': 'NOCH KEIN EINLASS', 'Doors open at {time}.': 'Einlass ab {time}.',
'Warning: the event ended at {time}.': 'Achtung: Die Veranstaltung endete um {time}.',
'Admit anyway': 'Trotzdem einlassen',
'Doors open before the start (minutes)': 'Einlass vor Beginn (Minuten)',
'Doors open (min before)': 'Einlass (Min. vorher)',
"Minutes before the event's start the door admits people; earlier, only staff can (\"admit anyway\"), never self-service.":
    'So viele Minuten vor Beginn der Veranstaltung lässt die Tür ein; früher nur das Personal („trotzdem einlassen“), nie im Selbstbedienungsmodus.',
# several events at one door (issue 20, part 2)
"Select the door's event; tick any more events this door also admits to (a conference and its workshops).":
    'Wählen Sie die Veranstaltung dieser Tür; haken Sie weitere an, zu denen diese Tür auch einlässt (eine Konferenz und ihre Workshops).',
'Upcoming events, with how many are registered.': 'Kommende Veranstaltungen mit Anzahl der Anmeldungen.',
'Events this door admits to': 'Veranstaltungen, zu denen diese Tür einlässt', 'Admits to': 'Einlass zu',
'In: {each} = {n} / {slots}': 'Da: {each} = {n} / {slots}', 'In: {each} = {n}': 'Da: {each} = {n}',
'{event}: {n} in': '{event}: {n} da',
'This ticket is for {event}.': 'Dieses Ticket gilt für {event}.',
'Welcome to {event}!': 'Willkommen bei {event}!',
}

# exits, re-entry and parties in parts (issue 20)
DE.update({
    'Entry': 'Eingang', 'Exit': 'Ausgang', 'Both ways': 'Beide Richtungen',
    'Door mode: {mode}': 'Türmodus: {mode}',
    'Which way this door lets people through': 'In welche Richtung diese Tür Leute durchlässt',
    'EXIT: {instruction}': 'AUSGANG: {instruction}',
    'Both ways (inside goes out, outside comes in)':
        'Beide Richtungen (wer drin ist, geht hinaus; wer draußen ist, kommt herein)',
    'Let a party that left come in again': 'Eine Gruppe, die gegangen ist, wieder einlassen',
    'Self-service asks how many of a party are here':
        'Selbstbedienung fragt, wie viele einer Gruppe da sind',
    'no limit': 'keine Grenze', 'Door &mode': 'Tür&modus', 'Most people inside': 'Höchstens drinnen',
    'Door mode': 'Türmodus', 'Allow re-entry': 'Wiedereinlass erlauben',
    'Parties in parts': 'Gruppen in Teilen', 'Admit': 'Einlassen',
    'of {n}': 'von {n}',
    'Admit part of the party; the rest stay open for a later scan':
        'Einen Teil der Gruppe einlassen; der Rest bleibt für einen späteren Scan offen',
    'People to admit': 'Einzulassende Personen',
    'How many of you are here?': 'Wie viele von Ihnen sind da?',
    'Your ticket is for {n}. The others can come later with the same ticket.':
        'Ihr Ticket gilt für {n}. Die anderen können später mit demselben Ticket kommen.',
    'Not now': 'Jetzt nicht', '%n people': ('%n Person', '%n Personen'),
    'Which way this door lets people through: ``entry``, ``exit`` or ``both`` (a party inside '
    'goes out, one outside comes in).':
        'In welche Richtung diese Tür Leute durchlässt: ``entry`` (Eingang), ``exit`` (Ausgang) '
        'oder ``both`` (eine Gruppe drinnen geht hinaus, eine draußen kommt herein).',
    'A party that left may come in again ("Welcome back"); off: one entry only.':
        'Eine Gruppe, die gegangen ist, darf wieder herein („Willkommen zurück“); aus: nur ein '
        'Einlass.',
    "Most people inside at once, every door's (a fire-code limit); 0: no limit.":
        'Höchstens so viele Personen gleichzeitig drinnen, über alle Türen (Brandschutzgrenze); '
        '0: keine Grenze.',
    'Self-service asks how many of a party are here, and admits that many.':
        'Selbstbedienung fragt, wie viele einer Gruppe da sind, und lässt so viele ein.',
    'Entry and exit': 'Ein- und Ausgang', 'Inside now': 'Jetzt drinnen',
    'Inside: {n} / {max}': 'Drinnen: {n} / {max}', 'Inside: {n}': 'Drinnen: {n}',
    'Full: entry waits until someone leaves': 'Voll: Einlass wartet, bis jemand geht',
    'Nearly full': 'Fast voll',
    'WELCOME BACK': 'WILLKOMMEN ZURÜCK', 'GOODBYE': 'AUF WIEDERSEHEN',
    'NOT ADMITTED': 'NICHT EINGELASSEN', 'ALREADY OUT': 'SCHON DRAUSSEN',
    'NO RE-ENTRY': 'KEIN WIEDEREINLASS', 'FULL': 'VOLL',
    'The rest of the party.': 'Der Rest der Gruppe.', 'Welcome back!': 'Willkommen zurück!',
    'See you soon.': 'Bis bald.',
    'This ticket was never checked in.': 'Dieses Ticket wurde nie eingecheckt.',
    'Nobody of this party is inside.': 'Niemand aus dieser Gruppe ist drinnen.',
    'This event allows one entry only.': 'Diese Veranstaltung erlaubt nur einen Einlass.',
    'Full: wait for someone to leave.': 'Voll: bitte warten, bis jemand geht.',
    '{k} of {n} leaving': '{k} von {n} gehen', 'Admit {n} again': '{n} wieder einlassen',
    '{i} of {n} in: admit the other {k}': '{i} von {n} drin: die übrigen {k} einlassen',
    '{i} of {n} in: admit {k} more': '{i} von {n} drin: {k} weitere einlassen',
    'Admit {k} of {n}': '{k} von {n} einlassen',
    # the staff console's "Admit anyway" and "Let out" (issue 20, kiosk/ui/console_actions.py)
    'Admit before the doors open': 'Vor Einlassbeginn einlassen', 'Let out': 'Hinauslassen',
    'Let out of the venue': 'Aus der Veranstaltung hinauslassen',
    'of {n} inside': 'von {n} drinnen', 'People leaving': 'Gehende Personen',
    'Record that they left, without a scan at an exit door':
        'Festhalten, dass sie gegangen sind, ohne Scan an einer Ausgangstür',
    # a walk-in at a door of several events (kiosk/ui/walk_in.py)
    'E&vent': '&Veranstaltung', 'Event to register for': 'Veranstaltung der Anmeldung',
    '⚠ Sync of {event}: {warning}': '⚠ Synchronisierung von {event}: {warning}',
    'Key accepted; events found: {titles}': 'Schlüssel angenommen; Veranstaltungen gefunden: {titles}',
})


# the scan log's words for the organisers' verdicts (issue 20)
DE.update({
    'Not open yet': 'Noch nicht geöffnet', 'Rest of party': 'Rest der Gruppe',
    'Re-entry': 'Wiedereinlass', 'Never came in': 'Nie eingelassen',
    'Already left': 'Schon gegangen', 'No re-entry': 'Kein Wiedereinlass', 'Full': 'Voll',
})

# the scan log's reasons, as the rules wrote them (kiosk/ui/scan_reasons.py)
DE.update({
    'No such registration for this event': 'Keine solche Anmeldung für diese Veranstaltung',
    'This registration no longer exists on the server': 'Diese Anmeldung gibt es auf dem Server nicht mehr',
    'Registered for another event': 'Für eine andere Veranstaltung angemeldet',
    'Already checked in at {when} on {where}': 'Schon eingecheckt um {when} an {where}',
    'Already checked in (recorded on the server)': 'Schon eingecheckt (auf dem Server vermerkt)',
    'Registration cancelled': 'Anmeldung storniert',
    'Registration not confirmed yet (payment pending): send to the desk':
        'Anmeldung noch nicht bestätigt (Zahlung ausstehend): zum Schalter schicken',
    'Goodbye': 'Auf Wiedersehen',
    'Welcome back: admit {n}': 'Willkommen zurück: {n} einlassen',
    'Not admitted: this ticket was never checked in': 'Nicht eingelassen: dieses Ticket wurde nie eingecheckt',
    'Already left: nobody of this party is inside': 'Schon gegangen: niemand dieser Gruppe ist drinnen',
    'Already left: this event allows one entry only': 'Schon gegangen: diese Veranstaltung erlaubt nur einen Einlass',
    'Full: wait for someone to leave': 'Voll: bitte warten, bis jemand geht',
    'Ticket for another event': 'Ticket für eine andere Veranstaltung',
    'This ticket is for {title}': 'Dieses Ticket ist für {title}',
    'Doors open at {when}': 'Einlass ab {when}',
    'Not downloaded yet: the first sync is incomplete. Run a sync, or check the ticket at the desk':
        'Noch nicht geladen: der erste Abgleich ist unvollständig. Gleichen Sie ab oder prüfen Sie das Ticket am Schalter',
    'Code too long to be a ticket': 'Code zu lang für ein Ticket',
    'Empty code': 'Leerer Code',
    'Not a ticket code': 'Kein Ticket-Code',
    'Unreadable ticket data': 'Unlesbare Ticketdaten',
    'Ticket data holds no registration id': 'Die Ticketdaten enthalten keine Anmelde-ID',
    'Unreadable ticket link': 'Unlesbarer Ticket-Link',
    'Link holds more than one registration id': 'Der Link enthält mehr als eine Anmelde-ID',
    'Link holds no registration id': 'Der Link enthält keine Anmelde-ID',
})



def fill(ts_name: str, table: dict, qm_name: str) -> None:
    """Put ``table``'s translations into the .ts written by lupdate and compile it."""
    import subprocess
    import sys
    import xml.etree.ElementTree as ET
    from pathlib import Path

    here = Path(__file__).resolve().parent
    ts = here / ts_name
    tree = ET.parse(ts)
    missing = 0
    for message in tree.iter("message"):
        source = message.find("source").text
        translation = message.find("translation")
        if source in table:
            words = table[source]
            for form in list(translation):
                translation.remove(form)
            if isinstance(words, tuple):  # Qt's plural forms: singular, plural
                # lupdate marks self.tr(..., n) but not QCoreApplication.translate(..., n)
                message.set("numerus", "yes")
                translation.text = None
                for text in words:
                    ET.SubElement(translation, "numerusform").text = text
            else:
                translation.text = words
            translation.attrib.pop("type", None)
        else:
            missing += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    print(f"{ts.name}: {missing} untranslated")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(ts), "-qm", str(here / qm_name)], check=True)


if __name__ == "__main__":
    fill("kiosk_de.ts", DE, "kiosk_de.qm")
